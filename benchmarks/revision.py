"""Import newsfuse code as it was at another commit, beside the working tree's, to time both in one process."""

from __future__ import annotations

import atexit
import importlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def import_at(commit: str, part: str, name: str) -> ModuleType:
    """``newsfuse`` (``part`` = "") or its subpackage ``newsfuse.<part>`` as it was at ``commit``: taken with
    ``git archive``, unpacked in a temporary folder, renamed ``name`` (its own imports of itself rewritten),
    and imported. Whatever else it imports from ``newsfuse`` is the working tree's."""
    dotted = "newsfuse" + (f".{part}" if part else "")
    folder = Path(tempfile.mkdtemp(prefix="newsfuse_revision_"))
    atexit.register(shutil.rmtree, folder, True)
    source = "src/" + dotted.replace(".", "/")
    archive = subprocess.run(["git", "archive", commit, source], cwd=ROOT, check=True, capture_output=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / name
    (folder / source).rename(package)
    own = re.compile(rf"\b{re.escape(dotted)}(?=\.| import)")
    for path in package.rglob("*.py"):
        path.write_text(own.sub(name, path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(name)
