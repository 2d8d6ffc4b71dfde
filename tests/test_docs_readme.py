"""Every command, path and name the README shows works on a clean checkout, as written.

The ``newsfuse`` commands of its command-line blocks are parsed by the real parser and their input files must
exist; those on examples/corpus are run (in-process, from a scratch folder holding a link to examples/) and
must write what their comments say; the watch + serve pair is run against the store it names; the Python
example is executed; every ``make`` target, repository path, ``newsfuse.*`` name and config key it mentions
must exist. The dataset commands read ../shared/data: parsed and their files checked, not run (whole dev sets
take minutes; tests/test_cli.py runs each command on a small file).
"""

from __future__ import annotations

import importlib
import json
import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from newsfuse.cli import main, parser
from newsfuse.config import Config
from tests.conftest import ROOT, shared_dataset

README = (ROOT / "README.md").read_text(encoding="utf-8")
SHARED = "../shared/data/"


def blocks(language: str) -> list[str]:
    """The README's fenced blocks tagged ``language`` ("" for untagged ones)."""
    return re.findall(rf"^```{language}\n(.*?)^```", README, re.DOTALL | re.MULTILINE)


def commands(name: str | None = None) -> list[list[str]]:
    """Each ``newsfuse …`` line of the README's untagged blocks, split as a shell would (comments dropped)."""
    found = [
        shlex.split(line, comments=True)[1:]
        for block in blocks("")
        for line in block.splitlines()
        if line.startswith("newsfuse ")
    ]
    return [argv for argv in found if name is None or argv[0] == name]


def spans() -> list[str]:
    """Every inline code span of the README's prose (outside fenced blocks)."""
    prose = re.sub(r"^```.*?^```", "", README, flags=re.DOTALL | re.MULTILINE)
    return re.findall(r"`([^`\n]+)`", prose)


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch working folder that looks like the top of a checkout to the README's commands."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_shows_the_commands_it_promises() -> None:
    shown = {argv[0] for argv in commands()}
    assert {"run", "watch", "serve", "summarize", "cluster", "extract", "quotes"} <= shown
    assert blocks("python") and blocks("toml")


def test_every_command_parses_and_its_inputs_exist() -> None:
    for argv in commands():
        args = parser().parse_args(argv)  # SystemExit on an unknown option or a missing argument
        if argv[0] == "run":
            for path in args.paths:
                assert (ROOT / path).exists(), f"{shlex.join(argv)}: {path} is not in the checkout"
        written = [getattr(args, name, None) for name in ("out", "workdir")]
        written.append(getattr(args, "store", "sqlite:///out/").removeprefix("sqlite:///"))
        for path in filter(None, written):
            assert Path(path).parts[0] == "out", f"{shlex.join(argv)} writes outside out/ (git-ignored)"
        dataset = getattr(args, "dataset", None)
        if dataset is not None:
            assert dataset.startswith(SHARED), f"{shlex.join(argv)}: datasets live in {SHARED}"
            shared_dataset(*Path(dataset.removeprefix(SHARED)).parts)


def test_the_run_commands_work_on_the_corpus(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each distinct local run, in README order (a later one may read what an earlier one wrote)."""
    runs = [argv for argv in commands("run") if parser().parse_args(argv).engine == "local"]
    assert len(runs) >= 3
    done: list[tuple[tuple[str, object], ...]] = []
    for argv in runs:
        args = vars(parser().parse_args(argv))
        key = tuple(sorted((k, v) for k, v in args.items() if k != "fn"))
        if key in done:  # the same run spelt out (e.g. --workers 2, the default)
            continue
        done.append(key)
        assert main([*argv, "--quiet"]) == 0, shlex.join(argv)
        out = checkout / args["out"]
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert report["events"] and (out / "index.html").is_file() and (out / "config.json").is_file()
        assert sorted(p.stem for p in (out / "events").glob("*.md")) == sorted(
            e["id"] for e in report["events"]
        )
    capsys.readouterr()


def test_watch_fills_the_store_that_serve_then_shows(checkout: Path) -> None:
    from fastapi.testclient import TestClient

    from newsfuse.service import Service
    from newsfuse.store import Store
    from newsfuse.web import create_app

    (watch,) = commands("watch")
    (serve,) = commands("serve")
    assert main(watch) == 0
    store_url = parser().parse_args(serve).store
    assert store_url == parser().parse_args(watch).store
    with sqlite3.connect(checkout / store_url.removeprefix("sqlite:///")) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] > 0, "watch read no article"
    args = parser().parse_args(serve)
    assert (args.host, args.port) == ("127.0.0.1", 8000), "the README names this address"
    store = Store(store_url)
    try:
        with TestClient(create_app(Service(store))) as client:
            assert client.get("/docs").status_code == 200  # "OpenAPI at /docs"
            assert client.get("/api/stats").json()["events"] > 0
            assert client.get("/").status_code == 200
    finally:
        store.close()


def test_the_python_example_runs(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (example,) = blocks("python")
    exec(compile(example, "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out
    assert " - " in printed, "the example prints each brief sentence"
    assert {p.name for p in (checkout / "out").iterdir()} >= {
        "report.json",
        "index.html",
        "events",
        "config.json",
    }


def test_every_make_target_it_names_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.MULTILINE))
    named = set(re.findall(r"\bmake ([\w-]+)", README))
    assert {"demo", "test", "bench", "bench-scale"} <= named
    assert named <= targets, f"not Makefile targets: {named - targets}"


def test_every_path_it_names_exists() -> None:
    """Repository paths in the prose: from the top of the checkout, or from src/newsfuse for a module's."""
    outputs = ("out/", "benchmarks/results/", "benchmarks/work/", ".venv/", "../", "events/")
    paths = {
        word.rstrip(",.;:")
        for span in spans()
        for word in span.split()
        if "/" in word and re.fullmatch(r"[\w.*-]+(/[\w.*-]+)*/?", word.rstrip(",.;:"))
    }
    paths = {p for p in paths if not p.startswith(outputs)}
    assert "src/newsfuse/report/report.schema.json" in paths and "clean/weights.py" in paths
    for path in paths:
        assert any(base.glob(path.rstrip("/")) for base in (ROOT, ROOT / "src" / "newsfuse")), path


def test_every_name_and_config_key_it_names_exists() -> None:
    for span in spans():
        dotted = re.match(r"(newsfuse(?:\.\w+)+)", span)
        if dotted:
            module, *attributes = dotted.group(1).split(".")
            target: object = importlib.import_module(module)
            for part in attributes:
                try:
                    target = getattr(target, part)
                except AttributeError:
                    target = importlib.import_module(f"{target.__name__}.{part}")  # type: ignore[attr-defined]
    defaults = Config().to_dict()
    keys = {m.group(1, 2) for span in spans() if (m := re.fullmatch(r"(\w+)\.(\w+\*?)(?: = .*)?", span))}
    keys = {(section, key) for section, key in keys if section in defaults}
    assert ("runtime", "fetch") in keys and ("summarize", "compress") in keys
    for section, key in keys:
        assert any(re.fullmatch(key.replace("*", r"\w+"), k) for k in defaults[section]), f"{section}.{key}"
    assert "pipeline.group" in spans() and callable(importlib.import_module("newsfuse.pipeline").group)
