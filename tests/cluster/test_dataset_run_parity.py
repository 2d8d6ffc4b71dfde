"""Issue 5's promise: ``newsfuse cluster --dataset FILE`` answers what ``newsfuse run FILE`` found (the same
co-members, the same event ids), keyed by the file's own ids, one answer a record."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.cli import main
from newsfuse.cluster import event_id
from newsfuse.config import Config
from newsfuse.pipeline import run
from newsfuse.runtime import LocalRunner
from newsfuse.tasks import cluster_dataset
from tests.test_pipeline_headlines import _SCHOOL, _SHOOTING, _SHOOTING_2

_SCHOOL_2 = (
    "Hollis County students will go to school four more days in June after the school board voted Tuesday "
    "to make up the week of classes lost to February's snowstorms. Superintendent Mark Eriksen said spring "
    "break stays as planned. The board also signed a bus contract worth 2.1 million dollars."
)


def _records() -> list[dict[str, str]]:
    """Two events of two articles, a page with no article (a reject), a repeated id and a record without
    an id (a blank line before it: the run names it by its line number)."""
    return [
        {"id": "t1", "title": "Two shot at Brenton tavern", "text": _SHOOTING, "published": "2016-03-05"},
        {"id": "s1", "title": "Hollis school year extended", "text": _SCHOOL, "published": "2016-03-04"},
        {"id": "t1", "title": "One dead at Brenton tavern", "text": _SHOOTING_2, "published": "2016-03-05"},
        {"id": "wall", "text": "Sign in to continue reading. Create a free account."},
        {"title": "Hollis students get four more days", "text": _SCHOOL_2, "published": "2016-03-04"},
    ]


def _write(path: Path) -> Path:
    lines = [json.dumps(r) for r in _records()]
    path.write_text("\n".join([*lines[:4], "", lines[4]]) + "\n", "utf-8")
    return path


def _run_labels(path: Path) -> dict[str, str]:
    """{the run's name of an article: its event id}; a reject has none."""
    result = run([str(path)], Config(), runner=LocalRunner())
    return {
        aid: event.id
        for event in result.events
        for aid in (*event.article_ids, *(m[0] for m in event.headline_only))
    }


def test_the_dataset_answer_is_the_runs_events_under_the_files_own_ids(tmp_path: Path) -> None:
    path = _write(tmp_path / "day.jsonl")
    labels = cluster_dataset(path, Config())
    ran = _run_labels(path)
    # the run's names of the five records: the file's name, '#', the id (repeated: '~2'; none: the line)
    own = {"t1": "t1", "s1": "s1", "t1~2": "t1~2", "wall": "wall", "4": "L6"}
    assert set(labels) == set(own)
    assert set(ran) == {f"day.jsonl#{own[k]}" for k in ("t1", "s1", "t1~2", "4")}
    for key, name in own.items():
        assert labels[key] == ran.get(f"day.jsonl#{name}", event_id([f"day.jsonl#{name}"]))
    assert labels["t1"] == labels["t1~2"] != labels["s1"] == labels["4"]
    assert labels["t1"] == event_id(["day.jsonl#t1", "day.jsonl#t1~2"])
    assert labels["wall"] not in {labels["t1"], labels["s1"]}


def test_the_cluster_command_writes_every_records_own_id(tmp_path: Path) -> None:
    path = _write(tmp_path / "day.jsonl")
    out = tmp_path / "events.json"
    assert main(["cluster", "--dataset", str(path), "--out", str(out)]) == 0
    written = json.loads(out.read_text("utf-8"))
    assert written == cluster_dataset(path, Config())
    assert sorted(written) == ["4", "s1", "t1", "t1~2", "wall"]
