"""The ``newsfuse`` command: each subcommand parses its arguments, calls a public function, exits."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from newsfuse import config as config_module
from newsfuse.config import Config
from newsfuse.errors import InputError, NewsfuseError
from newsfuse.pipeline import run
from newsfuse.report import write_outputs
from newsfuse.runtime import ENGINES, open_runner
from newsfuse.tasks import cluster_dataset, extract_dataset, summarize_dataset


def _config(path: str | None) -> Config:
    return config_module.load(path) if path else Config()


def _write_json(data: Any, out: str) -> None:
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _summary_table(stats: dict[str, Any]) -> Table:
    table = Table(title="newsfuse run", show_header=False)
    for key in ("inputs", "kept", "duplicates", "rejected", "events"):
        table.add_row(key, str(stats[key]))
    for reason, count in stats["rejected_by_reason"].items():
        table.add_row(f"  rejected: {reason}", str(count))
    return table


def cmd_run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    if args.resume and not (args.workdir and Path(args.workdir, "journal.bin").exists()):
        raise InputError("--resume needs the --workdir of an earlier run (it holds journal.bin)")
    with open_runner(args.engine, args.scheduler, args.workers, progress=not args.quiet) as runner:
        result = run(args.paths, _config(args.config), runner=runner, workdir=args.workdir)
    report = write_outputs(result, args.out)
    if not args.quiet:
        console.print(_summary_table(report["stats"]))
    print(Path(args.out, "index.html").resolve())
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    _write_json(summarize_dataset(args.dataset, args.words, _config(args.config)), args.out)
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    _write_json(cluster_dataset(args.dataset, _config(args.config)), args.out)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    _write_json(extract_dataset(args.dataset, args.field, _config(args.config)), args.out)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="newsfuse", description="Turn a pile of news articles into events.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run the whole pipeline on files and folders")
    p.add_argument("paths", nargs="+", help="files or folders (.txt, .html, .htm, .jsonl, .jsonl.gz)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--config", help="TOML or JSON config file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary table")
    p.add_argument("--engine", choices=ENGINES, default="local", help="where stages run (default: local)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (with --engine dask)")
    p.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster (default 2)")
    p.add_argument("--workdir", help="journal finished work here; rerun with the same folder to resume")
    p.add_argument("--resume", action="store_true", help="require that --workdir holds an earlier run")
    p.set_defaults(fn=cmd_run)

    p = sub.add_parser("summarize", help="summarize every cluster of a dataset file")
    p.add_argument("--dataset", required=True)
    p.add_argument("--words", type=int, default=100)
    p.add_argument("--out", required=True)
    p.add_argument("--config")
    p.set_defaults(fn=cmd_summarize)

    p = sub.add_parser("cluster", help="cluster the articles of a dataset file into events")
    p.add_argument("--dataset", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--config")
    p.set_defaults(fn=cmd_cluster)

    p = sub.add_parser("extract", help="clean every page of an extraction dataset file")
    p.add_argument("--dataset", required=True)
    p.add_argument("--field", choices=["page_text", "html"], default="page_text")
    p.add_argument("--out", required=True)
    p.add_argument("--config")
    p.set_defaults(fn=cmd_extract)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.fn(args)
    except NewsfuseError as exc:
        print(f"newsfuse: error: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
