"""Faults: a run killed mid-way resumes to the same report; a Dask worker killed mid-run changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import newsfuse
from newsfuse import run
from newsfuse.dedup import DedupIndex
from newsfuse.model import RawDoc
from newsfuse.report import report_dict
from newsfuse.runtime import LocalRunner
from newsfuse.runtime.checkpoint import _HEAD, Journal
from newsfuse.runtime.dask import DaskRunner

SRC = Path(newsfuse.__file__).resolve().parents[1]


def _corpus(root: Path, corpus: Path, copies: int) -> Path:
    """Variants of the example corpus's plain-text files, each with a sentence of its own."""
    out = root / "corpus"
    texts = sorted(p for p in corpus.rglob("*.txt") if p.stat().st_size > 500)
    for n in range(copies):
        for p in texts:
            folder = out / f"batch{n}"
            folder.mkdir(parents=True, exist_ok=True)
            extra = f"\n\nCorrection {n}: an earlier version of this story misspelled a street name.\n"
            (folder / p.name).write_text(p.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return out


def _frames(journal: Path) -> list[str]:
    import pickle

    data, keys, at = journal.read_bytes(), [], 0
    while at < len(data):
        length = int.from_bytes(data[at : at + 8], "little")
        keys.append(pickle.loads(data[at + _HEAD : at + _HEAD + length])[0])
        at += _HEAD + length
    return keys


LONG = 420.0
"""Seconds to wait for a child run: minutes of wall time when two cores are shared by a load of 20-30."""

_HOLD = """
import os, sys, threading
from pathlib import Path
from newsfuse.cli import main
from newsfuse.runtime.checkpoint import Journal

appended = Journal.append

def append_then_hold(self, items):
    written = appended(self, items)
    if written:  # its first entries are durable: say so (whole, by a rename), and wait mid-run for the kill
        Path(sys.argv[1] + ".part").write_text(str(written), encoding="utf-8")
        os.replace(sys.argv[1] + ".part", sys.argv[1])
        threading.Event().wait()
    return written

Journal.append = append_then_hold
sys.exit(main(sys.argv[2:]))
"""


def _frozen_source(root: Path) -> str:
    """A copy of the package for the test's runs: the source tree may change while they run (other work in
    the same checkout), and a killed run, its resumption and the run they are compared with must be one code."""
    shutil.copytree(SRC / "newsfuse", root / "src" / "newsfuse")
    return str(root / "src")


def _cli(src: str, *args: str, hold: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": src}
    entry = ["-c", _HOLD, str(hold)] if hold is not None else ["-m", "newsfuse.cli"]
    return subprocess.Popen([sys.executable, *entry, "run", *args, "--quiet"], env=env)


def test_killed_run_resumes_to_the_same_report_with_nothing_done_twice(tmp_path: Path, corpus: Path) -> None:
    inputs = _corpus(tmp_path, corpus, copies=4)
    src = _frozen_source(tmp_path)
    (tmp_path / "nf.toml").write_text("[runtime]\ncheckpoint_every = 4\n", encoding="utf-8")
    config = ["--config", str(tmp_path / "nf.toml")]
    work, journal, held = tmp_path / "work", tmp_path / "work" / "journal.bin", tmp_path / "held"
    first = _cli(src, str(inputs), "--out", str(tmp_path / "o1"), "--workdir", str(work), *config, hold=held)
    try:  # the run stops itself after its first journal entries (start-up takes minutes on a loaded machine)
        deadline = time.monotonic() + LONG
        while not held.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert held.exists(), f"no journal entry in {LONG:g} s (exit status {first.poll()})"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    done_before = len(_frames(journal))
    assert done_before == int(held.read_text(encoding="utf-8")) > 0

    resumed = _cli(
        src, str(inputs), "--out", str(tmp_path / "o2"), "--workdir", str(work), "--resume", *config
    )
    fresh = _cli(src, str(inputs), "--out", str(tmp_path / "o3"), *config)  # the same code, never interrupted
    assert resumed.wait(timeout=LONG) == 0
    assert fresh.wait(timeout=LONG) == 0
    got, want = ((tmp_path / o / "report.json").read_text(encoding="utf-8") for o in ("o2", "o3"))
    assert json.loads(got) == json.loads(want)
    keys = _frames(journal)
    assert len(keys) > done_before
    assert len(keys) == len(set(keys)), "an entry was journalled twice"
    report = json.loads(want)
    assert sum(1 for k in keys if k.startswith("clean:")) == len(report["articles"])  # kept and rejected
    assert sum(1 for k in keys if k.startswith("events:")) == len(report["events"])


def test_a_torn_last_entry_is_cut_off_and_redone(tmp_path: Path) -> None:
    doc = RawDoc(id="a", path="a", text="x")
    journal = Journal(tmp_path, {"k": 1})
    journal.append([("one", doc), ("two", doc)])
    data = journal.path.read_bytes()
    journal.path.write_bytes(data[:-5])
    again = Journal(tmp_path, {"k": 1})
    assert "one" in again and "two" not in again and again.torn_bytes > 0
    assert again.append([("one", doc), ("two", doc)]) == 1
    assert _frames(again.path) == ["one", "two"]


def test_a_workdir_from_another_config_is_refused(tmp_path: Path) -> None:
    from newsfuse.errors import InputError

    Journal(tmp_path, {"k": 1})
    with pytest.raises(InputError, match="different config"):
        Journal(tmp_path, {"k": 2})


class _Counting(LocalRunner):
    """Counts the items each labelled map receives."""

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, int] = {}

    def imap(self, fn: Any, items: Any, label: str) -> Any:
        def counted() -> Any:  # counted as the runner takes them (``items`` may be a generator)
            for item in items:
                self.items[label] = self.items.get(label, 0) + (len(item) if label == "clean" else 1)
                yield item

        return super().imap(fn, counted(), label)


def test_a_new_batch_reuses_the_journal_and_the_dedup_index(tmp_path: Path, corpus: Path) -> None:
    inputs = _corpus(tmp_path, corpus, copies=2)
    work = tmp_path / "work"
    first = run([inputs / "batch0"], workdir=work)
    before = set(_frames(work / "journal.bin"))
    counting = _Counting()
    both = run([inputs / "batch0", inputs / "batch1"], workdir=work, runner=counting)
    added = [k for k in _frames(work / "journal.bin") if k not in before and k.startswith("clean:")]
    new_inputs = len(list((inputs / "batch1").iterdir()))
    assert len(added) == counting.items["clean"] == new_inputs
    index = DedupIndex.load(work / "dedup.npz")  # the first run's articles kept their place: not re-added
    assert [s.id for s in index.sketches[: len(first.articles)]] == [a.id for a in first.articles]
    assert len(index) == len(both.articles)
    assert report_dict(both) == report_dict(run([inputs / "batch0", inputs / "batch1"]))


@pytest.mark.slow  # ~45 s: Dask waits for the dead worker's tasks to time out
def test_killing_a_dask_worker_mid_run_gives_the_same_report(corpus: Path) -> None:
    expected: dict[str, Any] = report_dict(run([corpus]))

    class KillingRunner(DaskRunner):
        killed = False

        def imap(self, fn: Any, items: Any, label: str) -> Any:
            if label != "clean" or self.killed:
                return super().imap(fn, items, label)

            def source() -> Any:
                yield from items  # every chunk is sent once the runner has read them all: kill a worker
                pids = self.client.run(os.getpid)
                os.kill(next(iter(pids.values())), signal.SIGKILL)
                self.killed = True

            return super().imap(fn, source(), label)

    with KillingRunner(workers=2, processes=True) as runner:
        got = report_dict(run([corpus], runner=runner))
        assert runner.killed
    assert got == expected
