"""The README's examples run as written, as a user runs them: the shell lines in a real shell from a fresh
copy of the checkout's tracked files, and the Python calls its prose names with the signatures it shows.

tests/test_docs_readme.py runs the ``newsfuse`` lines in-process and parses the dataset commands; here the first
command runs in a shell (the default suite), and every line, the dataset commands on ../shared/data too, in the
``slow`` test (about 40 CPU-s; minutes of wall time on a loaded machine)."""

from __future__ import annotations

import inspect
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from newsfuse import Config, run, write_outputs
from newsfuse.cluster.stream import StreamClusterer
from newsfuse.dedup.index import DedupIndex
from newsfuse.model import Article, RunResult
from tests.conftest import ROOT, SHARED_DATA

README = (ROOT / "README.md").read_text(encoding="utf-8")
NEWSFUSE = Path(sys.executable).with_name("newsfuse")


def shell_lines() -> list[str]:
    """Every ``newsfuse …`` line of the README's untagged fenced blocks, as written."""
    blocks = re.findall(r"^```\n(.*?)^```", README, re.DOTALL | re.MULTILINE)
    return [line for block in blocks for line in block.splitlines() if line.startswith("newsfuse ")]


def fresh_checkout(tmp_path: Path) -> Path:
    """A folder holding the checkout's tracked examples/ files only (nothing a run left there), with
    ``../shared`` beside it when the data is present, as the README's commands expect."""
    if shutil.which("git") is None or not NEWSFUSE.exists():
        pytest.skip("needs git and the installed newsfuse command")
    listed = subprocess.run(["git", "ls-files", "-z", "examples"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: its tracked files are unknown")
    tracked = listed.stdout.decode()
    top = tmp_path / "checkout"
    for name in filter(None, tracked.split("\0")):
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, top / name)
    if SHARED_DATA.is_dir():
        (tmp_path / "shared").symlink_to(SHARED_DATA.parent, target_is_directory=True)
    return top


def in_shell(line: str, top: Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{NEWSFUSE.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(
        ["bash", "-c", line], cwd=top, env=env, capture_output=True, text=True, timeout=timeout
    )


def check_run_output(out: Path) -> None:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["events"] and (out / "index.html").is_file() and (out / "config.json").is_file()
    assert sorted(p.stem for p in (out / "events").glob("*.md")) == sorted(e["id"] for e in report["events"])


def test_the_first_command_runs_in_a_shell_from_a_fresh_checkout(tmp_path: Path) -> None:
    first = shell_lines()[0]
    assert first.startswith("newsfuse run examples/corpus --out out ")
    top = fresh_checkout(tmp_path)
    done = in_shell(first, top)
    assert done.returncode == 0, done.stderr
    check_run_output(top / "out")
    assert done.stdout.strip().endswith("out/index.html"), "it prints where the report is"


@pytest.mark.slow
@pytest.mark.shared_data
def test_every_shell_line_runs_as_written_from_a_fresh_checkout(tmp_path: Path) -> None:
    """In README order (the second run reads the config the first wrote). ``serve`` is started with
    ``--port 0 --ready-file`` added (port 8000 may be taken on a shared machine) and asked for its stats."""
    top = fresh_checkout(tmp_path)
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent")
    for line in shell_lines():
        argv = shlex.split(line, comments=True)
        if argv[1] == "serve":
            check_serve(line, top)
            continue
        done = in_shell(line, top)
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        out = top / argv[argv.index("--out") + 1] if "--out" in argv else None
        if argv[1] == "run":
            assert out is not None
            check_run_output(out)
        elif argv[1] != "watch":
            assert out is not None
            written = json.loads(out.read_text(encoding="utf-8"))
            assert written and isinstance(written, dict), line
            shape = {"summarize": str, "cluster": str, "extract": str, "quotes": list}[argv[1]]
            assert all(isinstance(v, shape) for v in written.values()), line


def check_serve(line: str, top: Path) -> None:
    ready = top / "out" / "ready.jsonl"
    env = dict(os.environ, PATH=f"{NEWSFUSE.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env["PYTHONPATH"] = str(ROOT / "src")
    argv = [*shlex.split(line, comments=True), "--port", "0", "--ready-file", str(ready)]
    server = subprocess.Popen(argv, cwd=top, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            if ready.exists() and ready.read_text(encoding="utf-8").strip():
                break
            if server.poll() is not None:
                pytest.fail(f"{line} exited: {server.stderr.read().decode() if server.stderr else ''}")
            subprocess.run(["sleep", "0.1"], check=True)
        url = json.loads(ready.read_text(encoding="utf-8").splitlines()[0])["url"]
        with urllib.request.urlopen(f"{url}/api/stats", timeout=30) as answer:
            assert json.loads(answer.read())["events"] > 0, "serve shows the store watch filled"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_streaming_call_the_readme_shows_runs_and_its_state_is_json() -> None:
    """`newsfuse.cluster.stream.StreamClusterer(config.cluster).add(article)` returns an event id that never
    changes; the state saves to JSON."""
    (call,) = re.findall(r"`(newsfuse\.cluster\.stream\.StreamClusterer\([^`]*\)\.add\(article\))`", README)
    config = Config()
    first = Article(id="a", path="a", text="Fire crews fought a warehouse fire in Millbrook on Sunday night.")
    namespace: dict[str, Any] = {"newsfuse": sys.modules["newsfuse"], "config": config, "article": first}
    eid = eval(call, namespace)  # the README's own expression
    assert isinstance(eid, str) and eid
    clusterer = StreamClusterer(config.cluster)
    assert clusterer.add(first) == eid, "the same article in a new clusterer opens the same id"
    second = Article(
        id="b", path="b", text="A warehouse fire in Millbrook on Sunday night kept fire crews busy."
    )
    clusterer.add(second)
    resumed = StreamClusterer.from_state(json.loads(json.dumps(clusterer.to_state())))
    assert resumed.resolve(eid) == clusterer.resolve(eid)


def test_the_dedup_index_has_the_methods_the_readme_names(tmp_path: Path) -> None:
    named = re.search(r"`newsfuse\.dedup\.index\.DedupIndex` \(([^)]*)\)", README)
    assert named, "the README names DedupIndex's methods"
    methods = re.findall(r"`(\w+)`", named.group(1))
    assert methods == ["add", "merge", "save", "load"]
    assert all(callable(getattr(DedupIndex, m)) for m in methods)
    text = "The county board voted on Tuesday to freeze the bus fare at $2.25 through September. " * 3
    one, other = DedupIndex(), DedupIndex()
    one.add([Article(id="a", path="a", text=text)])
    other.add([Article(id="b", path="b", text=text)])
    merged = one.merge(other)
    merged.save(tmp_path / "index")
    assert DedupIndex.load(tmp_path / "index").ids == merged.ids == ["a", "b"]


def test_the_documented_calls_fit_the_signatures() -> None:
    """The README's Python example and the package docstring's: ``run(paths[, config])`` gives a RunResult
    with the fields the comment lists, ``write_outputs(result, out)`` returns the report."""
    inspect.signature(run).bind(["examples/corpus"], Config())
    inspect.signature(run).bind(["examples/corpus"])
    inspect.signature(write_outputs).bind(object(), "out")
    assert "a typed RunResult: articles, rejected, dedup, events" in README
    assert {"articles", "rejected", "dedup", "events"} <= set(RunResult.__dataclass_fields__)
    assert inspect.signature(run).return_annotation in (RunResult, "RunResult")
    assert "report = write_outputs(result" in (sys.modules["newsfuse"].__doc__ or "")
    assert str(inspect.signature(write_outputs).return_annotation).startswith("dict")
