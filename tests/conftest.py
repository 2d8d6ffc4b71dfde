"""Shared fixtures: the example corpus, its gold file, one run over it, and ../shared/data."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from newsfuse import run
from newsfuse.model import RunResult
from newsfuse.report import report_dict

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
SHARED_DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``NEWSFUSE_TEST_ORDER=reverse`` or ``=shuffle:SEED`` runs the tests in another order, to catch a test
    that passes only after another one (pytest-randomly is not a dependency); unset, pytest's order."""
    order = os.environ.get("NEWSFUSE_TEST_ORDER", "")
    if order == "reverse":
        items.reverse()
    elif order.startswith("shuffle:"):
        random.Random(order.removeprefix("shuffle:")).shuffle(items)
    elif order:
        raise pytest.UsageError(f"NEWSFUSE_TEST_ORDER={order!r}: use reverse or shuffle:SEED")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def corpus_result() -> RunResult:
    return run([CORPUS])


@pytest.fixture(scope="session")
def corpus_report(corpus_result: RunResult) -> dict[str, Any]:
    return report_dict(corpus_result)


def shared_dataset(*parts: str) -> Path:
    """A path under ../shared/data: skips when it is absent, but fails under CI=true."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent: evaluation data lives in ../shared/data beside the checkout"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
