"""The ``newsfuse`` command: each subcommand parses its arguments, calls a public function, exits."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from newsfuse import config as config_module
from newsfuse.config import Config
from newsfuse.errors import InputError, NewsfuseError
from newsfuse.pipeline import run_to
from newsfuse.runtime import ENGINES, open_runner
from newsfuse.runtime.worker import tune_gc
from newsfuse.tasks import cluster_dataset, extract_dataset, quotes_dataset, summarize_dataset

if TYPE_CHECKING:
    from newsfuse.watch import WatchStats


def _config(path: str | None) -> Config:
    return config_module.load(path) if path else Config()


def _folder(path: str | Path, what: str) -> None:
    """Make the folder ``path`` now, so that a command whose output cannot be written says so before its
    work, as a clear error (an InputError naming ``what``) rather than a traceback at its end."""
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot write the {what} {path}: {exc.strerror or exc}") from exc


def _json_out(out: str) -> str:
    """``out`` once its folder is made (``_folder``) and it is no folder itself."""
    _folder(Path(out).parent, "output file's folder")
    if Path(out).is_dir():
        raise InputError(f"cannot write the output file {out}: it is a folder")
    return out


def _write_json(data: Any, out: str) -> None:
    try:
        Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the output file {out}: {exc.strerror or exc}") from exc


def _at_least_one(value: str) -> int:
    """An argument that counts something (words): a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1, not {value!r}")
    return number


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
    _folder(args.out, "output folder")
    if args.workdir:
        _folder(args.workdir, "work folder")
    tune_gc()
    with open_runner(args.engine, args.scheduler, args.workers, progress=not args.quiet) as runner:
        config = _config(args.config)
        if args.query:
            config = config.with_values(summarize={"query": args.query})
        stats = run_to(args.paths, args.out, config, runner=runner, workdir=args.workdir)
    if not args.quiet:
        console.print(_summary_table(stats))
    print(Path(args.out, "index.html").resolve())
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    _json_out(args.out)
    summaries = summarize_dataset(args.dataset, args.words, _config(args.config), update=args.update)
    _write_json(summaries, args.out)
    return 0


def cmd_cluster(args: argparse.Namespace) -> int:
    _json_out(args.out)
    _write_json(cluster_dataset(args.dataset, _config(args.config)), args.out)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    _json_out(args.out)
    _write_json(extract_dataset(args.dataset, args.field, _config(args.config)), args.out)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    _json_out(args.out)
    _write_json(quotes_dataset(args.dataset, reported=args.reported), args.out)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from newsfuse.web import serve

    token = args.token or os.environ.get("NEWSFUSE_TOKEN") or None
    serve(
        args.store,
        args.host,
        args.port,
        token,
        _config(args.config),
        workers=args.workers,
        ready_file=args.ready_file,
    )
    return 0


def _watch_report(console: Console, stats: WatchStats) -> None:
    """A poll's counts, then each input it rejected with the reason (the store keeps them too)."""
    console.print(f"{stats.files} files: {stats.outcomes}", markup=False)
    for o in stats.rejected:
        console.print(f"  rejected {o.id}: {o.reason} ({o.detail})", markup=False, highlight=False)


def cmd_watch(args: argparse.Namespace) -> int:
    from newsfuse.service import Service
    from newsfuse.store import Store
    from newsfuse.watch import until_signalled, watch

    store = Store(args.store)
    console = Console(stderr=True)
    try:  # SIGTERM / SIGINT stop the loop between polls and batches
        service = Service(store, _config(args.config))
        stats = until_signalled(
            lambda stop: watch(
                args.sources,
                service,
                stop,
                interval=args.interval,
                max_polls=args.max_polls,
                report=None if args.quiet else partial(_watch_report, console),
            )
        )
    finally:
        store.close()
    if not args.quiet:
        console.print(f"stopped after {stats.polls} polls, {stats.files} files: {stats.outcomes}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="newsfuse", description="Turn a pile of news articles into events.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run the whole pipeline on files and folders")
    p.add_argument(
        "paths",
        nargs="+",
        help="files or folders (.txt, .html/.htm, .jsonl[.gz], .warc[.gz], .rss/.atom/.xml feeds, .urls lists)",
    )
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--config", help="TOML or JSON config file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary table")
    p.add_argument("--engine", choices=ENGINES, default="local", help="where stages run (default: local)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (with --engine dask)")
    p.add_argument("--workers", type=int, default=2, help="processes of the local pool or Dask cluster (2)")
    p.add_argument("--workdir", help="journal finished work here; rerun with the same folder to resume")
    p.add_argument("--resume", action="store_true", help="require that --workdir holds an earlier run")
    p.add_argument("--query", help="focus every brief on this question or topic (query-focused briefs)")
    p.set_defaults(fn=cmd_run)

    p = sub.add_parser("summarize", help="summarize every cluster of a dataset file")
    p.add_argument("--dataset", required=True)
    p.add_argument("--words", type=_at_least_one, default=100, help="each summary's budget in words (100)")
    p.add_argument("--out", required=True)
    p.add_argument("--config")
    p.add_argument(
        "--update",
        action="store_true",
        help="update mode: what is new given the records' previous_batch_doc_ids (DUC 2007 update file)",
    )
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

    p = sub.add_parser("quotes", help="direct quotes and reported speech, with speakers, of a dataset file")
    p.add_argument("--dataset", required=True, help="JSONL of articles with 'id' and 'text'")
    p.add_argument("--out", required=True)
    p.add_argument("--reported", action=argparse.BooleanOptionalAction, default=True)
    p.set_defaults(fn=cmd_quotes)

    p = sub.add_parser("serve", help="HTTP API and web UI over a store")
    p.add_argument("--store", default="sqlite:///newsfuse.db", help="sqlite:///file.db or postgresql://…")
    p.add_argument("--host", default="127.0.0.1", help="a non-loopback host needs --token")
    p.add_argument("--port", type=int, default=8000, help="0: a free port (the address is printed on start)")
    p.add_argument("--token", help="token required by write requests (or env NEWSFUSE_TOKEN)")
    p.add_argument("--workers", type=int, default=1, help="server processes (they share the store)")
    p.add_argument(
        "--ready-file",
        help="append a JSON line {url, pid} to this file as each worker starts serving (for scripts and tests)",
    )
    p.add_argument("--config", help="TOML or JSON config file")
    p.set_defaults(fn=cmd_serve)

    p = sub.add_parser("watch", help="keep a store up to date as files appear in folders or feeds")
    p.add_argument("sources", nargs="+", help="folders and feed URLs (http:// or https://) to watch")
    p.add_argument("--store", default="sqlite:///newsfuse.db", help="sqlite:///file.db or postgresql://…")
    p.add_argument("--interval", type=float, default=5.0, help="seconds between polls")
    p.add_argument("--max-polls", type=int, help="stop after this many polls (default: until SIGTERM)")
    p.add_argument("--config", help="TOML or JSON config file")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(fn=cmd_watch)
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
