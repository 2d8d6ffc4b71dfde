"""The store and the incremental service, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from newsfuse.clean import clean_document
from newsfuse.cluster import StreamClusterer
from newsfuse.config import Config
from newsfuse.ingest import read_inputs
from newsfuse.model import Article, RawDoc, Rejected
from newsfuse.service import Service, Submission, SubmissionError
from newsfuse.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


def corpus_docs() -> list[RawDoc | Rejected]:
    return list(read_inputs([CORPUS]))


def event_of(store: Store) -> dict[str, str]:
    return {aid: e.id for e in store.events(100) for aid in (store.event(e.id) or {})["article_ids"]}


def streamed_partition(docs: list[RawDoc | Rejected]) -> set[frozenset[str]]:
    """The events StreamClusterer itself forms from the same articles in the same order."""
    config = Config()
    articles = [a for d in docs if isinstance(d, RawDoc) for a in [clean_document(d, config.clean)]]
    clusterer = StreamClusterer(config.cluster)
    joined = {a.id: clusterer.add(a) for a in articles if isinstance(a, Article)}
    clusterer.consolidate()  # the service consolidates after each batch, batch mode at the end
    events: dict[str, set[str]] = {}
    for aid, eid in joined.items():
        events.setdefault(clusterer.resolve(eid), set()).add(aid)
    return {frozenset(ids) for ids in events.values()}


def test_incremental_ingest_forms_the_streaming_clusterers_events(store: Store) -> None:
    service = Service(store)
    docs = corpus_docs()
    for start in range(0, len(docs), 7):  # in small batches, as a stream would bring them
        service.ingest_documents(docs[start : start + 7])
    stored = {frozenset((store.event(e.id) or {})["article_ids"]) for e in store.events(100)}
    assert stored == streamed_partition(docs)
    for event in store.events(100):
        full = store.event(event.id)
        assert full is not None and full["brief"], event.id
        for sentence in full["brief"]:
            for span in sentence["evidence"]:
                article = store.article(span["article_id"])
                assert article is not None and article.event_id == event.id
                assert 0 <= span["start"] < span["end"] <= len(article.data["text"])
    assert sorted(r["id"] for r in store.rejected()) == sorted(r.id for r in docs if isinstance(r, Rejected))


def test_api_submissions_and_ids(store: Store) -> None:
    service = Service(store)
    text = "The harbour authority said on Monday that the new ferry line would open in May. " * 4
    first = service.ingest([Submission(text=text, id="ferry-1", outlet="Ledger")])
    assert first[0].status == "added" and first[0].event_id
    assert service.ingest([Submission(text=text, id="ferry-1", outlet="Ledger")])[0].status == "known"
    clash = service.ingest([Submission(text=text + " More.", id="ferry-1")])[0]
    assert clash.status == "rejected" and "already exists" in (clash.detail or "")
    twin = service.ingest([Submission(text=text, id="ferry-2", outlet="Courier")])[0]
    assert twin.event_id == first[0].event_id
    event = store.event(first[0].event_id or "")
    assert event is not None and event["independent_sources"] == 1
    assert event["duplicates"][0]["copies"][0]["relation"] == "exact"
    with pytest.raises(SubmissionError):
        Submission(text="a", url="http://example.org/")


def test_an_edited_file_is_added_as_its_later_version(store: Store) -> None:
    """A document read again from an edited file (``watch``) is not refused for its id: it is that id's next
    version, ``~2``, in the same event; each version read again is known under its own id."""
    service = Service(store)
    text = "The harbour authority said on Monday that the new ferry line would open in May with 4 boats. " * 3
    first = RawDoc("ferry.txt", "in/ferry.txt", text=text)
    edited = RawDoc("ferry.txt", "in/ferry.txt", text=text.replace("4 boats", "6 boats"))
    (added,) = service.ingest_documents([first])
    (later,) = service.ingest_documents([edited])
    assert (later.status, later.id, later.event_id) == ("added", "ferry.txt~2", added.event_id)
    assert [(o.status, o.id) for o in service.ingest_documents([edited, first])] == [
        ("known", "ferry.txt~2"),
        ("known", "ferry.txt"),
    ]
    event = store.event(added.event_id or "")
    assert event is not None and set(event["article_ids"]) == {"ferry.txt", "ferry.txt~2"}


def test_stored_corpus_is_idempotent_searchable_and_report_shaped(store: Store) -> None:
    service = Service(store)
    docs = corpus_docs()
    first = service.ingest_documents(docs)
    before = store.stats()
    again = service.ingest_documents(docs)
    assert store.stats() == before
    assert {o.status for o in again} == {"known", "rejected"}
    assert [o.id for o in again] == [o.id for o in first]
    hits = store.events(query="bridge cracks")
    assert hits and "Bridge" in hits[0].title
    for hostile in ["' OR 1=1 --", '"', "*", "NEAR(", "bridge) OR (1", "%_", "\\", "title:x"]:
        store.events(query=hostile)  # parameterised and stripped of operators: no error
    assert store.events(query="zzzznotaword") == []
    data = store.event(hits[0].id)
    assert data is not None
    assert {"id", "title", "brief", "facts", "duplicates", "shared_passages", "article_ids"} <= set(data)
    json.dumps(data)


def test_delete_article_rebuilds_its_event(store: Store) -> None:
    service = Service(store)
    service.ingest_documents(corpus_docs())
    placed = event_of(store)
    aid = "harbor-ledger-warehouse-fire.txt"
    eid = placed[aid]
    before = store.event(eid)
    assert before is not None and aid in before["article_ids"]
    assert service.delete_article(aid) == eid
    after = store.event(eid)
    assert after is not None and aid not in after["article_ids"]
    assert all(s["article_id"] != aid for b in after["brief"] for s in b["evidence"])
    assert store.article(aid) is None
    assert service.delete_article(aid) is None
    for other in after["article_ids"]:
        service.delete_article(other)
    assert store.event(eid) is None


def test_a_failed_batch_leaves_nothing_and_the_service_recovers(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = Service(store)
    docs = corpus_docs()
    service.ingest_documents(docs[:5])
    before = store.stats()

    def boom(*_: Any) -> None:
        raise RuntimeError("crash while refreshing events")

    monkeypatch.setattr(service, "_refresh", boom)
    with pytest.raises(RuntimeError):
        service.ingest_documents(docs[5:])
    assert store.stats() == before
    monkeypatch.undo()
    service.ingest_documents(docs[5:])
    fresh = Service(store)
    assert {o.status for o in fresh.ingest_documents(docs)} == {"known", "rejected"}


def test_two_services_on_one_store_share_the_clusterer(store_url: str) -> None:
    docs = corpus_docs()
    a, b = Store(store_url), Store(store_url)
    try:
        one, two = Service(a), Service(b)
        threads = [
            threading.Thread(target=one.ingest_documents, args=(docs[0::2],)),
            threading.Thread(target=two.ingest_documents, args=(docs[1::2],)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stored = {frozenset((a.event(e.id) or {})["article_ids"]) for e in a.events(100)}
        assert sum(map(len, stored)) == a.stats()["articles"] == sum(map(len, streamed_partition(docs)))
    finally:
        a.close()
        b.close()


def test_bad_store_urls() -> None:
    with pytest.raises(StoreError):
        Store("mysql://x")
    with pytest.raises(StoreError):
        Store("sqlite:///")


def test_each_event_keeps_its_rendered_page_at_its_version(store: Store) -> None:
    from newsfuse.store import EventPage
    from newsfuse.web.views import event_pages, renderer

    service = Service(store)
    service.ingest_documents(corpus_docs())
    placed = event_of(store)
    for summary in store.events(100):
        head = store.event_head(summary.id)
        page = store.event_page(summary.id)
        event = store.event(summary.id)
        assert head is not None and page is not None and event is not None
        assert head == (summary.id, summary.updated) and page.version == summary.updated
        assert store.event_summary(summary.id) == summary and summary.title == event["title"]
        assert page.renderer == renderer()
        assert (page.html, page.api) == event_pages(event, store.event_articles(summary.id))
        assert json.loads(page.api)["id"] == summary.id
    assert store.events_to_render(renderer()) == []

    aid = "harbor-ledger-warehouse-fire.txt"
    eid = placed[aid]
    before = store.event_page(eid)
    service.delete_article(aid)
    after, head = store.event_page(eid), store.event_head(eid)
    assert before is not None and after is not None and head is not None
    assert after.version == head[1] != before.version and aid not in after.api

    with store.write() as w:  # a page from other templates, and an event whose page is missing
        w.put_page(eid, EventPage(head[1], "older-templates", "<p>stale</p>", "{}"))
    other = next(e.id for e in store.events(100) if e.id != eid)
    with store.write() as w:
        w._run("DELETE FROM event_pages WHERE id = ?", (other,))
    assert sorted(store.events_to_render(renderer())) == sorted([eid, other])
    assert service.render_pages() == 2 and store.events_to_render(renderer()) == []
    fixed = store.event_page(eid)
    assert fixed is not None and fixed.version == head[1] and "stale" not in fixed.html

    for member in list((store.event(eid) or {})["article_ids"]):
        service.delete_article(member)
    assert store.event_page(eid) is None and store.event_head(eid) is None


def saved_state(store: Store) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(the clusterer's state as a fresh service resumes it, the saved main blob, the saved parts)."""
    with store.write() as w:
        _, header = w.state("clusterer") or (0, {})
        return Service(store)._load(w).to_state(), header, w.state_parts("clusterer")


def test_the_clusterer_state_is_saved_piecewise_and_resumes_exactly(store: Store) -> None:
    docs = corpus_docs()
    one, two = Service(store), Service(store)
    for n, start in enumerate(range(0, len(docs), 9)):  # two writers taking turns: each catches up
        (one, two)[n % 2].ingest_documents(docs[start : start + 9])
    last = (one, two)[(len(range(0, len(docs), 9)) - 1) % 2]
    assert last._clusterer is not None
    live = last._clusterer.to_state()
    resumed, header, parts = saved_state(store)
    assert resumed == live
    assert "events" not in header and sorted(parts) == sorted(e["id"] for e in live["events"])
    assert list(header["event_versions"]) == [e["id"] for e in live["events"]]
    assert max(header["event_versions"].values()) > min(header["event_versions"].values())
    stored = {frozenset((store.event(e.id) or {})["article_ids"]) for e in store.events(100)}
    assert stored == streamed_partition(docs)

    with store.write() as w:  # a state saved whole (as older versions did) still loads, then goes piecewise
        w.put_state("clusterer", live, {}, list(parts))
    older = Service(store)
    story = (
        "The Kestrel Valley water board voted on Tuesday to build a second reservoir near Orrin Ford, "
        "its chair Dana Whitlock said. The reservoir will hold 40 million cubic metres and cost 210 million. "
        "Construction starts in spring and should take four years, the board said in a statement."
    )
    assert older.ingest([Submission(text=story, id="after-upgrade")])[0].status == "added"
    assert older._clusterer is not None
    resumed, header, parts = saved_state(store)
    assert resumed == older._clusterer.to_state()
    assert "events" not in header and sorted(parts) == sorted(header["event_versions"])
    assert one.ingest([Submission(text=story + " More later.", id="then")])[0].status == "added"
    assert one._clusterer is not None and saved_state(store)[0] == one._clusterer.to_state()
