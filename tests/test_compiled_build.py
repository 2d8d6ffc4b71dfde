"""benchmarks/build_compiled.py: the opt-in mypyc copy of the package is built outside src/, knows when it is
stale, and runs the example corpus (and, when generated, benchmarks/work/jsonl-2000-s9-g2) to the same bytes
as its source, on two worker processes (so every object the pools send back is pickled through the compiled
classes); the last two compile the copy once between them: slow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import build_compiled as bc


def test_compiled_modules_are_in_the_package_and_not_also_left_out() -> None:
    assert bc.COMPILED, "nothing to compile"
    for module in bc.COMPILED:
        assert (bc.SRC / module).is_file(), module
        assert module not in bc.NOT_COMPILED, module
        assert module.startswith("newsfuse/") and module.endswith(".py")
        assert not module.endswith("__init__.py")


def test_modules_left_as_python_are_named_with_a_reason() -> None:
    for module, reason in bc.NOT_COMPILED.items():
        assert (bc.SRC / module).is_file(), module
        assert module not in bc.COMPILED, module
        assert len(reason) > 40, module
    assert len(set(bc.COMPILED)) == len(bc.COMPILED), "a module listed twice"


def test_a_build_never_goes_into_src_or_over_a_foreign_folder(tmp_path: Path) -> None:
    for where in (bc.SRC, bc.SRC / "newsfuse", bc.SRC / "newsfuse" / "text", bc.ROOT, bc.ROOT.parent):
        with pytest.raises(SystemExit):
            bc.safe_out(where)
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit):
        bc.safe_out(foreign)
    assert bc.safe_out(tmp_path / "fresh") == (tmp_path / "fresh").resolve()


def _package(root: Path) -> Path:
    (root / "newsfuse" / "sub").mkdir(parents=True)
    (root / "newsfuse" / "__init__.py").write_text("", encoding="utf-8")
    (root / "newsfuse" / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (root / "newsfuse" / "sub" / "mod.py").write_text("VALUE = 1\n", encoding="utf-8")
    (root / "newsfuse" / "sub" / "__pycache__").mkdir()
    (root / "newsfuse" / "sub" / "__pycache__" / "mod.cpython-311.pyc").write_bytes(b"stale")
    return root


def test_a_copy_is_the_source_without_caches_and_check_sees_later_edits(tmp_path: Path) -> None:
    src = _package(tmp_path / "src")
    out = tmp_path / "out"
    info = bc.build(out, modules=(), src=src)
    assert (out / "newsfuse" / "sub" / "mod.py").read_text(encoding="utf-8") == "VALUE = 1\n"
    assert not (out / "newsfuse" / "sub" / "__pycache__").exists()
    assert json.loads((out / bc.INFO).read_text(encoding="utf-8"))["source_digest"] == info["source_digest"]
    assert bc.check(out, src) is None
    (src / "newsfuse" / "sub" / "mod.py").write_text("VALUE = 2\n", encoding="utf-8")
    assert "changed" in (bc.check(out, src) or "")
    bc.build(out, modules=(), src=src)  # a rebuild replaces its own earlier build
    assert bc.check(out, src) is None
    assert bc.check(tmp_path / "nothing", src) is not None


@pytest.fixture(scope="module")
def compiled_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("compiled") / "copy"
    info = bc.build(out)
    assert len(info["extensions"]) == len(bc.COMPILED)  # type: ignore[arg-type]
    return out


@pytest.mark.slow
def test_the_compiled_copy_runs_the_example_corpus_to_the_same_bytes(
    compiled_copy: Path, tmp_path: Path
) -> None:
    out = compiled_copy
    probe = "import importlib, sys; print(all(importlib.import_module(m).__file__.endswith('.so') for m in sys.argv[1:]))"
    names = [m.removesuffix(".py").replace("/", ".") for m in bc.COMPILED]
    env = {**os.environ, "PYTHONPATH": str(out)}
    done = subprocess.run([sys.executable, "-c", probe, *names], env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr
    corpus = bc.ROOT / "examples" / "corpus"
    assert bc.verify(out, bc.SRC, [corpus], tmp_path / "runs") == []


JSONL_2000 = bc.ROOT / "benchmarks" / "work" / "jsonl-2000-s9-g2"


@pytest.mark.slow
@pytest.mark.skipif(
    not JSONL_2000.is_dir(), reason="benchmarks/warc_generator.py --articles 2000 --format jsonl --seed 9"
)
def test_the_compiled_copy_runs_two_thousand_articles_to_the_same_bytes(
    compiled_copy: Path, tmp_path: Path
) -> None:
    """~1,400 output files: every stage's pool and every event kind, beyond what the example corpus has."""
    assert bc.verify(compiled_copy, bc.SRC, [JSONL_2000], tmp_path / "runs") == []


def test_the_records_a_pool_sends_back_from_compiled_modules_are_rebuilt_by_calling_their_class() -> None:
    """``runtime.held`` is compiled: a compiled frozen dataclass cannot be unpickled through dataclasses'
    ``__setstate__``, so ``Held`` (and the ``Ref`` it holds) pickle as their class and fields."""
    import pickle

    from newsfuse.model import Article
    from newsfuse.runtime.closing import Closed
    from newsfuse.runtime.held import Held, head_of
    from newsfuse.runtime.spill import Ref

    held = Held(head_of(Article(id="a", path="", text="x", published="2025-01-02")), Ref("f.bin", 3, 9), "k")
    assert held.__reduce__() == (Held, (held.head, held.ref, "k"))
    assert held.ref.__reduce__() == (Ref, ("f.bin", 3, 9))
    assert pickle.loads(pickle.dumps(held, protocol=5)) == held
    assert Closed.__module__ == "newsfuse.runtime.handover"  # a list subclass: kept out of compiled closing
