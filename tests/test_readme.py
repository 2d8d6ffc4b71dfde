"""The README's configuration excerpt must not drift from the code's defaults."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from newsfuse.config import Config

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_config_excerpt_equals_the_defaults() -> None:
    block = re.search(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert block, "README has no toml block"
    excerpt = tomllib.loads(block.group(1))
    defaults = Config().to_dict()
    for section, values in excerpt.items():
        for key, value in values.items():
            assert defaults[section][key] == value, f"[{section}] {key}"


def test_readme_opens_with_the_two_commands() -> None:
    lines = [line for line in README.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[1:4] == [
        "```",
        "make demo     # creates .venv, installs newsfuse, runs it on examples/corpus, prints where the report is",
        "make test     # installs dev deps; ruff, mypy and pytest all pass",
    ]
