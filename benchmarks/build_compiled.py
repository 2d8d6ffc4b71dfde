"""An opt-in copy of the newsfuse package with its hot pure-Python modules compiled by mypyc (issue 9).

The copy is built OUTSIDE src/ (default: build/compiled/, git-ignored): a compiled ``.so`` beside a ``.py``
shadows the source, so one built into src/ or the editable install would hide every later edit of that
module. Here src/ is never written; the copy is used only when asked for, by putting it first on the path:

    make compiled                                   # = python benchmarks/build_compiled.py
    PYTHONPATH=build/compiled .venv/bin/newsfuse run examples/corpus --out out
    python benchmarks/build_compiled.py --check     # exit 1 if src/ changed since the copy was built
    python benchmarks/build_compiled.py --verify examples/corpus benchmarks/work/jsonl-2000-s9-g2
                                                    # `newsfuse run` with the copy and with its source:
                                                    # every output byte for byte the same, or exit 1

While ``PYTHONPATH`` names the copy, EVERY newsfuse module comes from the copy (the modules left as Python
too): an edit of src/ takes effect only after the next build. ``--check`` says whether the copy is stale.

The modules compiled are ``COMPILED`` (chosen by their share of a profiled 2,000-article run; see
benchmarks/results/compiled_speed.md); ``NOT_COMPILED`` lists the candidates left as Python and why.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
DEFAULT_OUT = ROOT / "build" / "compiled"
INFO = "BUILD_INFO.json"
"""Written at the top of a built copy: what it was built from (and the mark that lets a rebuild remove it)."""

COMPILED: tuple[str, ...] = (
    "newsfuse/compare/quantities.py",
    "newsfuse/compare/entities.py",
    "newsfuse/compare/reported.py",
    "newsfuse/compare/align.py",
    "newsfuse/compare/quotes.py",
    "newsfuse/compare/dates.py",
    "newsfuse/compare/statements.py",
    "newsfuse/compare/mentions.py",
    "newsfuse/compare/versions.py",
    "newsfuse/compare/article.py",
    "newsfuse/summarize/concepts.py",
    "newsfuse/summarize/pool.py",
    "newsfuse/summarize/brief.py",
    "newsfuse/summarize/compress.py",
    "newsfuse/summarize/attribute.py",
    "newsfuse/summarize/select.py",
    "newsfuse/cluster/features.py",
    "newsfuse/cluster/stream.py",
    "newsfuse/clean/features.py",
    "newsfuse/clean/blocks.py",
    "newsfuse/clean/plaintext.py",
    "newsfuse/clean/normalize.py",
    "newsfuse/clean/document.py",
    "newsfuse/clean/metadata.py",
    "newsfuse/text/words.py",
    "newsfuse/text/sentences.py",
    "newsfuse/provenance/timeline.py",
    "newsfuse/provenance/credits.py",
    "newsfuse/provenance/drift.py",
    "newsfuse/provenance/event.py",
    "newsfuse/dedup/verify.py",
    "newsfuse/dedup/index.py",
    "newsfuse/dedup/shingles.py",
    "newsfuse/ingest/files.py",
    "newsfuse/runtime/held.py",
    "newsfuse/runtime/closing.py",
)
"""Modules compiled, as paths under src/ (the rest of the package is copied as Python)."""

NOT_COMPILED: dict[str, str] = {
    "newsfuse/model.py": "not tried: its records are made by class decorators (`immutable_record`, "
    "`_pickled_as_tuple`, which assigns `__reduce__` on the class), which a compiled (native) class does "
    "not allow; every compiled module reads their fields through generic attribute lookups",
}
"""Candidates (by CPU share) left as Python, with the reason."""

_SKIPPED_NAMES = ("__pycache__", "*.pyc", "*.so", "*.c", "*.o")


def source_digest(package: Path) -> str:
    """sha256 over the relative path and bytes of every file of ``package`` (caches and builds left out)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts or path.suffix in (".pyc", ".so", ".c", ".o"):
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def safe_out(out: Path) -> Path:
    """``out`` if a build may go (and a rebuild may delete) there: never src/, a site-packages folder, the
    repository's root, or an existing folder that is not an earlier build (no ``BUILD_INFO.json``)."""
    out = out.resolve()
    if _inside(out, SRC) or _inside(SRC, out) or "site-packages" in out.parts or out == ROOT:
        raise SystemExit(f"--out {out}: a compiled copy must live outside src/ and the installed packages")
    if out.exists() and any(out.iterdir()) and not (out / INFO).is_file():
        raise SystemExit(f"--out {out}: exists and is not an earlier compiled build; not touching it")
    return out


def snapshot(commit: str, into: Path) -> Path:
    """``src/newsfuse`` as committed at ``commit`` (``git archive``), unpacked under ``into``; its src folder."""
    archive = subprocess.run(
        ["git", "archive", commit, "src/newsfuse"], cwd=ROOT, check=True, capture_output=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def copy_package(src: Path, out: Path) -> None:
    """A fresh ``out/newsfuse``: ``src/newsfuse`` as it is, without caches or compiled files."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(src / "newsfuse", out / "newsfuse", ignore=shutil.ignore_patterns(*_SKIPPED_NAMES))


def compile_modules(out: Path, modules: Sequence[str], opt_level: str = "3") -> None:
    """mypyc-compile ``modules`` (paths like ``newsfuse/text/words.py``) of the copy in ``out``, in place: each
    gets a ``.so`` beside its ``.py`` there (the ``.py`` is kept; the ``.so`` is what imports). Runs in a child
    process in ``out`` (setuptools and mypy work in the current folder); raises on any failure."""
    missing = [m for m in modules if not (out / m).is_file()]
    if missing:
        raise SystemExit(f"not in the package: {missing}")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--compile-child", opt_level, *modules]
    subprocess.run(cmd, cwd=out, check=True)


def _compile_here(opt_level: str, modules: list[str]) -> None:
    """The child of ``compile_modules``: mypycify and ``build_ext --inplace`` in the current folder."""
    from mypyc.build import mypycify
    from setuptools import setup

    flags = ["--ignore-missing-imports", "--python-version", "3.11", "--cache-dir", ".mypy_cache"]
    extensions = mypycify(
        [*flags, *modules],
        opt_level=opt_level,
        debug_level="0",
        multi_file=True,
        target_dir="_mypyc_c",
    )
    setup(
        name="newsfuse-compiled",
        ext_modules=extensions,
        script_args=["build_ext", "--inplace", "--build-temp", "_mypyc_obj", "--parallel", "2"],
    )


def build(
    out: Path = DEFAULT_OUT,
    modules: Sequence[str] = COMPILED,
    src: Path = SRC,
    opt_level: str = "3",
    keep_c: bool = False,
) -> dict[str, object]:
    """Copy ``src/newsfuse`` to ``out`` and compile ``modules`` there; write and return ``BUILD_INFO.json``."""
    out = safe_out(out)
    began, cpu = time.perf_counter(), _cpu_with_children()
    copy_package(src, out)
    if modules:
        compile_modules(out, modules, opt_level)
    if not keep_c:
        for scratch in ("_mypyc_c", "_mypyc_obj", ".mypy_cache", "build"):
            shutil.rmtree(out / scratch, ignore_errors=True)
    built = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.so") if "__mypyc." not in p.name)
    info: dict[str, object] = {
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": str(src.resolve()),
        "source_digest": source_digest(src / "newsfuse"),
        "commit": _commit(),
        "modules": list(modules),
        "extensions": built,
        "opt_level": opt_level,
        "mypy": _version("mypy"),
        "build_seconds": round(time.perf_counter() - began, 1),
        "build_cpu_seconds": round(_cpu_with_children() - cpu, 1),
    }
    (out / INFO).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return info


def check(out: Path = DEFAULT_OUT, src: Path = SRC) -> str | None:
    """Why the copy in ``out`` is not the current ``src`` (None when it is)."""
    info_path = out / INFO
    if not info_path.is_file():
        return f"no compiled build in {out}"
    info = json.loads(info_path.read_text(encoding="utf-8"))
    if info["source_digest"] != source_digest(src / "newsfuse"):
        return f"{out} was built at {info['built']} from a src/newsfuse that has changed since: rebuild it"
    return None


def run_outputs(tree: Path, inputs: Sequence[Path], out: Path, workers: int = 2) -> dict[str, str]:
    """``newsfuse run`` with the package in ``tree`` first on the path; sha256 of every output file."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    paths = [str(Path(p).resolve()) for p in inputs]
    cmd = [sys.executable, "-m", "newsfuse.cli", "run", *paths, "--out", str(out), "--quiet"]
    subprocess.run([*cmd, "--workers", str(workers)], env=env, check=True, cwd=out.parent)
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def verify(compiled: Path, pure: Path, inputs: Sequence[Path], scratch: Path) -> list[str]:
    """The output files that differ between ``newsfuse run`` of ``inputs`` with the two trees (none: same)."""
    ours = run_outputs(compiled, inputs, scratch / "compiled")
    theirs = run_outputs(pure, inputs, scratch / "pure")
    return sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))


def _cpu_with_children() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the compiled copy (not under src/)")
    parser.add_argument("--commit", help="build from this commit's src/newsfuse (git archive), not src/")
    parser.add_argument("--src", type=Path, default=SRC, help="build from this folder's newsfuse package")
    parser.add_argument("--modules", help="comma-separated paths under src/ to compile (default: COMPILED)")
    parser.add_argument("--opt-level", default="3")
    parser.add_argument("--keep-c", action="store_true", help="keep mypyc's C files and objects")
    parser.add_argument("--check", action="store_true", help="only say whether the copy in --out is stale")
    parser.add_argument(
        "--verify",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help="after building (or with --no-build), compare `newsfuse run` of these inputs with the copy and "
        "with its source, file by file",
    )
    parser.add_argument("--no-build", action="store_true", help="use the copy already in --out")
    parser.add_argument("--compile-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(None if argv is None else list(argv))
    if args.compile_child:
        _compile_here(args.compile_child[0], args.compile_child[1:])
        return 0
    if args.check:
        stale = check(args.out, args.src)
        print(stale or f"{args.out} is built from the current {args.src}/newsfuse")
        return 1 if stale else 0
    with tempfile.TemporaryDirectory(prefix="newsfuse_compiled_") as scratch:
        src = snapshot(args.commit, Path(scratch) / "snapshot") if args.commit else args.src.resolve()
        if not args.no_build:
            modules = args.modules.split(",") if args.modules else COMPILED
            info = build(args.out, modules, src, args.opt_level, args.keep_c)
            print(json.dumps(info, indent=1))
        elif args.commit is None and (stale := check(args.out, src)):
            raise SystemExit(stale)
        if args.verify:
            differ = verify(args.out.resolve(), src, args.verify, Path(scratch))
            print(
                f"verify {' '.join(map(str, args.verify))}: {len(differ)} output files differ", *differ[:20]
            )
            return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
