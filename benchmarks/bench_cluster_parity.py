"""Issue 5's promise, checked: ``newsfuse run FILE`` and ``newsfuse cluster --dataset FILE`` give every
article the same co-members (the dataset command is only a different input/output shape).

The run's path is ``pipeline.run`` (the run's ids: the file's name, ``#``, the record's id), the dataset's
``tasks.cluster_dataset`` (answering by the record's id); both in this process. No gold is read. Each
article's event id is checked too: the dataset's answer names the run's event. An article the run
leaves out of every event (a reject) has itself alone as co-members, as the dataset's answer gives it; a
headline-only member (``Event.headline_only``) is a member of its event, as in the dataset's answer.

Usage: ``.venv/bin/python benchmarks/bench_cluster_parity.py [FILE ...]`` (default: wikiref220,
newscluster_giveme5w1h, GVA and UCI's files under ../shared/data). Exit status 1 when any article differs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from newsfuse.cluster import event_id
from newsfuse.config import Config
from newsfuse.pipeline import run
from newsfuse.runtime import LocalRunner
from newsfuse.tasks import cluster_dataset

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = (
    "wikiref220/wikiref220.jsonl.gz",
    "newscluster_giveme5w1h/newscluster_giveme5w1h.jsonl.gz",
    "gva_violent_corpus/gva_violent_corpus.jsonl.gz",
    "uci_news_aggregator_subset/uci_news_aggregator_subset.jsonl.gz",
)


def co_members(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """Each article's co-members (itself included) from groups of article ids."""
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        members = frozenset(group)
        out.update(dict.fromkeys(members, members))
    return out


def by_event(labels: Mapping[str, str]) -> list[list[str]]:
    """Groups of article ids from {article id: event id}."""
    groups: dict[str, list[str]] = {}
    for aid, eid in labels.items():
        groups.setdefault(eid, []).append(aid)
    return list(groups.values())


def differing(path: Path, config: Config) -> tuple[int, list[str], list[str]]:
    """How many articles the dataset command answers for, those whose co-members the run gives otherwise,
    and those whose event id differs from the run's (a reject's: ``event_id`` of its name in the run)."""
    labels = cluster_dataset(path, config)
    dataset = co_members(by_event(labels))
    prefix = f"{path.name}#"
    result = run([str(path)], config, runner=LocalRunner())
    ran_ids: dict[str, str] = {}
    for event in result.events:
        for aid in (*event.article_ids, *(m[0] for m in event.headline_only)):
            ran_ids[aid.removeprefix(prefix)] = event.id
    ran = co_members(by_event(ran_ids))
    differ = [aid for aid, members in dataset.items() if ran.get(aid, frozenset([aid])) != members]
    ids = [aid for aid, eid in labels.items() if ran_ids.get(aid, event_id([prefix + aid])) != eid]
    return len(dataset), sorted(differ), sorted(ids)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [DATA / name for name in FILES]
    config, status = Config(), 0
    for path in paths:
        start = time.process_time()
        answered, differ, ids = differing(path, config)
        status |= bool(differ or ids)
        print(
            f"{path.name}: {answered} articles, {answered - len(differ)} with the same co-members, "
            f"{len(differ)} otherwise {differ[:6]}; {answered - len(ids)} with the run's event id, "
            f"{len(ids)} otherwise {ids[:6]} ({time.process_time() - start:.0f} CPU s)",
            flush=True,
        )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
