"""Newsfuse code as it was at another commit, beside the working tree's: imported in one process, or laid
over a copy of the tree for a child process, to time both on the same load."""

from __future__ import annotations

import atexit
import importlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _scratch(prefix: str) -> Path:
    """A temporary folder removed when the process ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _import_renamed(package: Path, dotted: str) -> ModuleType:
    """Import the package folder ``package`` under its folder name, its own imports of ``dotted`` rewritten."""
    own = re.compile(rf"\b{re.escape(dotted)}(?=\.| import)")
    for path in package.rglob("*.py"):
        path.write_text(own.sub(package.name, path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(package.parent))
    return importlib.import_module(package.name)


def import_at(commit: str, part: str, name: str) -> ModuleType:
    """``newsfuse`` (``part`` = "") or its subpackage ``newsfuse.<part>`` as it was at ``commit``: taken with
    ``git archive``, unpacked in a temporary folder, renamed ``name`` (its own imports of itself rewritten),
    and imported. Whatever else it imports from ``newsfuse`` is the working tree's."""
    dotted = "newsfuse" + (f".{part}" if part else "")
    folder = _scratch("newsfuse_revision_")
    source = "src/" + dotted.replace(".", "/")
    archive = subprocess.run(["git", "archive", commit, source], cwd=ROOT, check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    (folder / source).rename(folder / name)
    return _import_renamed(folder / name, dotted)


def file_at(commit: str, path: str, name: str) -> ModuleType:
    """The one module file ``path`` (a repository path) as it was at ``commit``, imported as the top-level
    module ``name``; whatever it imports from ``newsfuse`` is the working tree's."""
    shown = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True)
    target = _scratch("newsfuse_file_") / f"{name}.py"
    target.write_bytes(shown.stdout)
    spec = importlib.util.spec_from_file_location(name, target)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def import_tree(src: Path, name: str) -> ModuleType:
    """The ``newsfuse`` package of the source folder ``src`` (e.g. one made by ``tree_with_files_at``),
    imported as ``name`` beside the working tree's."""
    folder = _scratch("newsfuse_tree_")
    shutil.copytree(src / "newsfuse", folder / name)
    return _import_renamed(folder / name, "newsfuse")


def tree_with_files_at(commit: str, folder: Path, src: Path, names: Sequence[str]) -> Path:
    """A copy of the source folder ``src`` at ``folder``, with the files ``names`` (repository paths under
    src/) as they were at ``commit`` (a file that did not exist then is removed)."""
    subprocess.run(["cp", "-rL", str(src), str(folder)], check=True)
    for name in names:
        shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{name}"], capture_output=True)
        target = folder / Path(name).relative_to("src")
        if shown.returncode == 0:
            target.write_bytes(shown.stdout)
        else:
            target.unlink(missing_ok=True)
    return folder


def run_child(script: str | Path, src: Path, *args: str) -> Any:
    """Run a benchmark script in a child process on the source folder ``src``; its last stdout line is JSON."""
    env = {**os.environ, "PYTHONPATH": f"{src}:{ROOT}"}
    done = subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout.splitlines()[-1])
