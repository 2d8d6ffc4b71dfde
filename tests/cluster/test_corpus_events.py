from typing import Any


def test_example_corpus_events_equal_gold_including_the_spanish_article(
    corpus_report: dict[str, Any], gold: dict[str, Any]
) -> None:
    found = sorted(sorted(e["article_ids"]) for e in corpus_report["events"])
    expected = sorted(sorted(e["members"]) for e in gold["events"])
    assert found == expected
    assert any("harbor-fire/el-faro-incendio.txt" in e for e in found)
