"""The web service's own ingest does what ``newsfuse run`` does: headline-only members of rejected pages, and
each input cleaned with the recurring-line statistics of its site's inputs read before it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsfuse.config import Config
from newsfuse.ingest import read_inputs
from newsfuse.model import RawDoc, Rejected
from newsfuse.pipeline import process
from newsfuse.runtime import LocalRunner
from newsfuse.service import Service
from newsfuse.store import Store
from newsfuse.web import create_app
from tests.clean.test_plain_recurring import BODIES, FOURTH, NOTE, _pages
from tests.test_pipeline_headlines import _WALL, _WALL_HEADLINE, _docs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path / 'service.db'}")
    yield store
    store.close()


def _corpus() -> list[RawDoc | Rejected]:
    return [*_docs(), *_pages([*BODIES, FOURTH])]


def _stored(store: Store) -> set[tuple[frozenset[str], frozenset[str]]]:
    events = [store.event(e.id) or {} for e in store.events(100)]
    return {
        (frozenset(e["article_ids"]), frozenset(m["id"] for m in e.get("headline_only", []))) for e in events
    }


def test_the_api_places_a_rejected_page_with_a_headline_in_its_event(store: Store) -> None:
    story, other = _docs()[0], _docs()[2]
    batch = [
        {"id": d.id, "text": d.text, "title": d.title, "outlet": d.outlet, "published": d.published}
        for d in (story, other)
    ]
    wall = {"id": "wall", "text": _WALL, "title": _WALL_HEADLINE, "outlet": "Brenton Courier"}
    with TestClient(create_app(Service(store))) as client:
        added = client.post("/api/articles/batch", json={"articles": batch}).json()["outcomes"]
        outcome = client.post("/api/articles", json=wall).json()
        assert outcome["status"] == "rejected" and outcome["reason"] == "no_article_content"
        assert outcome["event_id"] == added[0]["event_id"] != added[1]["event_id"]
        event = client.get(f"/api/events/{outcome['event_id']}").json()
        assert event["headline_only"] == [
            {"id": "wall", "outlet": "Brenton Courier", "title": _WALL_HEADLINE}
        ]
        assert event["article_ids"] == [story.id] and event["independent_sources"] == 1
        assert "headline_only" not in client.get(f"/api/events/{added[1]['event_id']}").json()
        assert "Brenton Courier" in client.get(f"/events/{outcome['event_id']}").text
    assert "wall" in {r["id"] for r in store.rejected()}  # its rejection stays recorded


def test_the_service_and_newsfuse_run_give_the_same_events_and_kept_texts(store: Store) -> None:
    docs = _corpus()
    run = process(docs, Config(), LocalRunner(workers=1))
    Service(store).ingest_documents(docs)
    expected = {(frozenset(e.article_ids), frozenset(m[0] for m in e.headline_only)) for e in run.events}
    assert _stored(store) == expected
    assert any(e[1] for e in expected) and any(not e[0] for e in expected)  # a member joins, one is alone
    texts = {a.id: a.text for a in run.articles}
    assert {aid: (found.data["text"] if (found := store.article(aid)) else None) for aid in texts} == texts
    assert NOTE in texts["1"] and NOTE not in texts["3"]  # the site's note is cut from its third page on


def test_the_service_counts_recurring_lines_across_its_batches(store: Store) -> None:
    docs = _pages([*BODIES, FOURTH])
    run = process(docs, Config(), LocalRunner(workers=1))
    service = Service(store)
    for doc in docs:  # one input at a time, as a feed brings them
        service.ingest_documents([doc])
    for article in run.articles:
        found = store.article(article.id)
        assert found is not None and found.data["text"] == article.text
        assert found.data["removed"] == [{"text": b.text, "reason": b.reason} for b in article.removed]


def test_the_api_gives_an_event_as_the_run_reports_it(store: Store, corpus_report: dict[str, Any]) -> None:
    Service(store).ingest_documents(list(read_inputs([ROOT / "examples" / "corpus"])))
    (ran,) = [e for e in corpus_report["events"] if e.get("credited_copies")]
    with TestClient(create_app(Service(store))) as client:
        ids = [e["id"] for e in client.get("/api/events").json()["events"]]
        served = [client.get(f"/api/events/{eid}").json() for eid in ids]
    (got,) = [e for e in served if set(e["article_ids"]) == set(ran["article_ids"])]
    assert got["credited_copies"] == ran["credited_copies"]  # Riverside Tribune's four CPS sentences
    # every field as report.json holds it (the comparison block too: adds, credits, timeline, ...), but the
    # service's own event id and the API's coverage matrix and articles
    web_only = {"id", "coverage", "articles"}
    assert {k: v for k, v in got.items() if k not in web_only} == {
        k: v for k, v in ran.items() if k not in web_only
    }
