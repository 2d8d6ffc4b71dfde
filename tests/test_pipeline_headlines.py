"""Headline-only members in the product: a page rejected for its body whose headline names an event is
clustered with it (``cluster.headlines``) and shown as "also covered by", and used for nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.config import Config
from newsfuse.model import Event, RawDoc, RunResult
from newsfuse.pipeline import event_inputs, group, process, write_run
from newsfuse.report import validate_report
from newsfuse.report.html import _event_template, event_section
from newsfuse.report.view import event_view
from newsfuse.runtime import LocalRunner
from newsfuse.tasks import cluster_dataset

_SHOOTING = (
    "Two men were shot outside the Marlow Street tavern in Brenton late Friday, police said. Officers "
    "found both victims near the tavern's parking lot shortly after midnight. One of the men, a "
    "34-year-old Brenton resident, died at Brenton General Hospital; the other was treated and released. "
    "Police Chief Dana Okafor said detectives were looking for a gray pickup seen leaving the lot."
)
_SHOOTING_2 = (
    "A Brenton man died and another was wounded when gunfire broke out outside the Marlow Street tavern "
    "shortly after midnight on Friday, according to police. Chief Dana Okafor said the 34-year-old victim "
    "was pronounced dead at Brenton General Hospital. Detectives want to find a gray pickup truck that "
    "witnesses saw leaving the tavern's parking lot after the shooting, she said."
)
_SCHOOL = (
    "The Hollis County school board voted on Tuesday to extend the school year by four days next spring, "
    "after snowstorms closed its schools for a week in February. Superintendent Mark Eriksen said the "
    "added days would fall in June. Parents at the meeting asked the board to keep the spring break, "
    "which it did. The board also approved a new bus contract worth 2.1 million dollars."
)
_WALL = "Sign in to continue reading. Create a free account."
_WALL_HEADLINE = "Police: one dead, one hurt in shooting outside Brenton tavern"
_ALONE_HEADLINE = "Lowmere ferry crews end two-day strike over rosters"


def _docs() -> list[RawDoc]:
    return [
        RawDoc("a", "a.txt", _SHOOTING, title="Two shot outside Brenton tavern, one dies", outlet="Brenton Post",
               published="2016-03-05"),
        RawDoc("b", "b.txt", _SHOOTING_2, title="One dead after shooting at Brenton tavern", outlet="Valley News",
               published="2016-03-05"),
        RawDoc("c", "c.txt", _SCHOOL, title="Hollis school year extended by four days", outlet="Hollis Herald",
               published="2016-03-04"),
        RawDoc("wall", "wall.html", _WALL, title=_WALL_HEADLINE, outlet="Brenton Courier",
               published="2016-03-05T09:00:00Z"),
        RawDoc("ferry", "ferry.html", _WALL, title=_ALONE_HEADLINE, outlet="Harbour Times",
               published="2016-03-02"),
    ]  # fmt: skip


def _placed(events: list[Event] | tuple[Event, ...]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(e.article_ids, tuple(m[0] for m in e.headline_only)) for e in events}


def _run() -> RunResult:
    return process(_docs(), Config(), LocalRunner())


def test_a_member_joins_its_event_and_feeds_nothing_but_its_name() -> None:
    result = _run()
    assert [(r.id, str(r.reason)) for r in result.rejected] == [
        ("wall", "no_article_content"),
        ("ferry", "no_article_content"),
    ]  # their rejections stay recorded, and they are no articles
    assert {a.id for a in result.articles} == {"a", "b", "c"}
    shooting = next(e for e in result.events if "a" in e.article_ids)
    assert shooting.article_ids == ("a", "b")
    assert shooting.headline_only == (("wall", "Brenton Courier", _WALL_HEADLINE),)
    assert shooting.independent_sources == 2
    cited = {s.article_id for sentence in shooting.brief for s in sentence.evidence}
    assert cited and "wall" not in cited
    assert all("wall" not in f.article_ids for f in shooting.facts)
    assert all("wall" not in ids for _, ids in shooting.sources)
    school = next(e for e in result.events if "c" in e.article_ids)
    assert school.headline_only == ()


def test_members_alone_make_an_event_without_brief_facts_or_sources() -> None:
    (ferry,) = [e for e in _run().events if not e.article_ids]
    assert ferry.headline_only == (("ferry", "Harbour Times", _ALONE_HEADLINE),)
    assert ferry.title == _ALONE_HEADLINE
    assert (ferry.brief, ferry.facts, ferry.sources, ferry.independent_sources) == ((), (), (), 0)
    assert ferry.first_published == "2016-03-02"


def test_the_stream_and_the_batch_place_members_alike(tmp_path: Path) -> None:
    config = Config()
    grouped = group(_docs(), config, LocalRunner())
    batch = {
        (tuple(sorted(a.id for a in i.articles)), tuple(m.id for m in i.members))
        for i in event_inputs(grouped)
    }
    assert batch == _placed(_run().events)
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(_record(d)) for d in _docs()), "utf-8")
    labels = cluster_dataset(path, config)
    assert labels["wall"] == labels["a"] == labels["b"] != labels["c"]
    assert labels["ferry"] not in {labels["a"], labels["c"]}


def _record(doc: RawDoc) -> dict[str, str | None]:
    return {
        "id": doc.id,
        "text": doc.text,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published,
    }


def test_the_report_and_pages_name_a_member_as_headline_only(tmp_path: Path) -> None:
    write_run(_docs(), tmp_path, Config(), LocalRunner())
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    validate_report(report)
    by_id = {e["id"]: e for e in report["events"]}
    shooting = next(e for e in report["events"] if "a" in e["article_ids"])
    assert shooting["headline_only"] == [{"id": "wall", "outlet": "Brenton Courier", "title": _WALL_HEADLINE}]
    school = next(e for e in report["events"] if "c" in e["article_ids"])
    assert "headline_only" not in school  # absent when none
    ferry = next(e for e in report["events"] if not e["article_ids"])
    assert (ferry["independent_sources"], ferry["brief"], ferry["facts"]) == (0, [], [])
    page = (tmp_path / "index.html").read_text("utf-8")
    assert f'<span title="{_WALL_HEADLINE}">Brenton Courier</span> (headline only)' in page
    assert "Harbour Times</span> (headline only)" in page
    assert page.count("No brief: every page of this event was rejected") == 1  # the ferry only
    markdown = (tmp_path / "events" / f"{shooting['id']}.md").read_text("utf-8")
    assert "Also covered by Brenton Courier (headline only)." in markdown
    alone = tmp_path / "events" / f"{ferry['id']}.md"
    assert "No brief: every page of this event was rejected" in alone.read_text("utf-8")
    assert "No brief" not in markdown
    articles = {a["id"]: a for a in report["articles"]}
    assert {articles["wall"]["status"], articles["ferry"]["status"]} == {"rejected"}
    for event in by_id.values():  # the page's Python renderer is the template, byte for byte
        view = event_view(event, articles)
        assert event_section(view) == _event_template().render(v=view)


def test_the_api_and_web_page_of_such_an_event_name_its_members() -> None:
    from newsfuse.report.contract import event_dict
    from newsfuse.web.views import event_pages

    (ferry,) = [e for e in _run().events if not e.article_ids]
    html, api = event_pages(event_dict(ferry), [])
    assert json.loads(api)["headline_only"] == [
        {"id": "ferry", "outlet": "Harbour Times", "title": _ALONE_HEADLINE}
    ]
    assert f'<span title="{_ALONE_HEADLINE}">Harbour Times</span> (headline only)' in html
