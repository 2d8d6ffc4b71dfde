"""Quality gate on a dev set: the first 1,500 articles of gva_violent_corpus (look-alike shootings)."""

import gzip
import json
from itertools import islice
from pathlib import Path

from benchmarks.metrics import bcubed
from newsfuse.tasks import cluster_dataset
from tests.conftest import shared_dataset


def test_gva_subset_b3_floor(tmp_path: Path) -> None:
    source = shared_dataset("gva_violent_corpus", "gva_violent_corpus.jsonl.gz")
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        lines = list(islice(handle, 1500))
    data = tmp_path / "gva.jsonl"
    data.write_text("".join(lines), encoding="utf-8")
    gold: dict[str, str] = {}
    for line in lines:
        record = json.loads(line)
        gold.setdefault(record["id"], record["cluster"])
    labels = cluster_dataset(data)
    assert bcubed(labels, gold)["f1"] >= 0.84
