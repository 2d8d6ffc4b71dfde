import json
from pathlib import Path

import pytest

from newsfuse.cli import main
from tests.helpers import WIRE
from tests.summarize.test_modes import FOLLOW_UP, FOLLOW_UP_2


def _record(rid: str, docs: list[tuple[str, list[str]]], previous: list[str]) -> str:
    documents = [{"id": d, "text": "\n\n".join(text)} for d, text in docs]
    return json.dumps({"id": rid, "documents": documents, "previous_batch_doc_ids": previous}) + "\n"


def test_summarize_update_mode_on_a_dataset_file(tmp_path: Path) -> None:
    data = tmp_path / "update.jsonl"
    data.write_text(
        _record("t-A", [("d1", WIRE), ("d2", WIRE[:3])], [])
        + _record("t-B", [("d3", FOLLOW_UP), ("d4", FOLLOW_UP_2)], ["d1", "d2"]),
        encoding="utf-8",
    )
    out = tmp_path / "s.json"
    assert main(["summarize", "--dataset", str(data), "--words", "40", "--update", "--out", str(out)]) == 0
    summaries = json.loads(out.read_text(encoding="utf-8"))
    assert set(summaries) == {"t-A", "t-B"} and summaries["t-A"]
    assert "wiring" in summaries["t-B"] and "140 firefighters" not in summaries["t-B"]


def test_update_mode_refuses_a_previous_batch_it_has_not_seen(tmp_path: Path) -> None:
    data = tmp_path / "update.jsonl"
    data.write_text(_record("t-B", [("d3", FOLLOW_UP)], ["d1"]), encoding="utf-8")
    assert main(["summarize", "--dataset", str(data), "--update", "--out", str(tmp_path / "s.json")]) == 2


@pytest.mark.slow
def test_run_with_a_query_focuses_the_briefs(corpus: Path, tmp_path: Path) -> None:
    assert main(["run", str(corpus), "--out", str(tmp_path), "--quiet", "--query", "injuries"]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["config"]["summarize"]["query"] == "injuries"


@pytest.mark.parametrize("bad", [{"update_discount": 2.0}, {"length_scale": -1.0}])
def test_bad_summarize_settings_are_refused(bad: dict[str, float]) -> None:
    from newsfuse.config import Config
    from newsfuse.errors import ConfigError

    with pytest.raises(ConfigError):
        Config().with_values(summarize=bad)
