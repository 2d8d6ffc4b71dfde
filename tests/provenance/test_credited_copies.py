"""A story that credits another outlet in a credit line is not independent of it for the sentences it shares
with that outlet (reader audit r22: Riverside Tribune's copies of Continental Press Service sentences)."""

from __future__ import annotations

from newsfuse.config import Config
from newsfuse.model import BriefSentence, DedupResult, RemovedBlock, Span
from newsfuse.pipeline import EventInput, build_event
from newsfuse.provenance.credits import extract_credits
from newsfuse.provenance.origins import count_spans, credited_copies, origin_keys, recount_brief
from newsfuse.report.contract import article_dict, report_event
from newsfuse.report.view import event_view
from newsfuse.summarize.pool import is_boilerplate
from tests.helpers import article

HURT = (
    "Two firefighters were treated at the scene for heat exhaustion, and one worker was taken to St. Brendan's "
    "Hospital with a minor hand injury, according to Fire Chief Odette Marchand."
)
CLOSED = "Dock Road would remain closed between Pier 4 and Salter Avenue at least through the weekend."
WIRE = (
    "A fire tore through a cold-storage warehouse on the Port Emmet waterfront early Thursday, fire officials "
    f"said. {HURT}\n\nThe warehouse stored frozen seafood for supermarkets. {CLOSED}"
)
OWN = (
    "Two engine companies from the Riverside Fire Department helped neighboring crews contain the fire, "
    "Captain Imani Torvald said."
)
TRIBUNE = f"{OWN} No one was seriously hurt. {HURT}\n\n{CLOSED}"
CREDIT_LINE = "This story includes information from Continental Press Service."
KNOWN = ["Continental Press Service", "Harbor Ledger"]


def test_credit_lines_and_wire_credits_are_read_from_the_text_and_from_cut_blocks() -> None:
    text = (
        "The fire burned all night.\n\nCrews stayed until noon. (Reuters)\n"
        "With reporting by Harbor Ledger.\nSmith (AP) said the (UN) agency would help."
    )
    cut = (
        RemovedBlock(CREDIT_LINE, "boilerplate"),
        RemovedBlock("Mayor Hale told the Harbor Ledger", "related"),
    )
    found = [(c.outlet, c.cue, c.span) for c in extract_credits(article("a", text, removed=cut), KNOWN)]
    end = len(text)
    assert found == [
        ("Reuters", "wire", Span("a", text.index("Reuters"), text.index("Reuters") + 7)),
        ("Harbor Ledger", "with reporting by", Span("a", text.index("Harbor"), text.index("Harbor") + 13)),
        # a cut credit line is read, with the empty span at the end of the text; a cut "told" is not
        ("Continental Press Service", "includes information from", Span("a", end, end)),
    ]


def test_a_credit_line_listing_several_outlets_credits_each() -> None:
    lines = {
        "This story includes information from The Associated Press and Reuters.": ["AP", "Reuters"],
        "Reuters, Agence France-Presse and The Associated Press contributed to this report.": [
            "Reuters",
            "AFP",
            "AP",
        ],
        "With reporting by Harbor Ledger, and Continental Press Service. It includes information from CPS and "
        "was updated.": [
            "Harbor Ledger",
            "Continental Press Service",
            "Continental Press Service",
        ],  # CPS: 2 cues
    }
    short = {"The Associated Press": "AP", "Agence France-Presse": "AFP"}
    for line, expected in lines.items():
        found = [short.get(c.outlet, c.outlet) for c in extract_credits(article("a", line), KNOWN)]
        assert found == expected, line


def _event_articles(credit: str) -> list:  # type: ignore[type-arg]
    return [
        article("cps", WIRE, outlet="Continental Press Service"),
        article("rt", f"{TRIBUNE}\n\n{credit}".strip(), outlet="Riverside Tribune"),
        article("hl", f"Harbor Ledger's own report. {CLOSED}", outlet="Harbor Ledger"),
    ]


def _span(aid: str, text: str, sentence: str) -> Span:
    return Span(aid, text.index(sentence), text.index(sentence) + len(sentence))


def test_the_sentences_a_crediting_story_shares_with_the_credited_outlet_count_for_that_outlet() -> None:
    articles = _event_articles(CREDIT_LINE)
    origin = origin_keys(articles, {})
    credits = [c for a in articles for c in extract_credits(a, [a.outlet for a in articles if a.outlet])]
    copied = credited_copies(articles, credits, origin, ())
    tribune = articles[1].text
    assert [tribune[s:e] for s, e, _ in copied["rt"]] == [HURT, CLOSED]  # not its own lead or "No one ..."
    assert {o for _, _, o in copied["rt"]} == {"outlet:continental press service"}
    hurt = tuple(_span(a.id, a.text, HURT) for a in articles[:2])
    closed = tuple(_span(a.id, a.text, CLOSED) for a in articles)
    own = Span("rt", 0, len(OWN))
    assert count_spans(hurt, origin, copied) == 1
    assert count_spans(closed, origin, copied) == 2  # CPS (and the Tribune's copy), Harbor Ledger
    assert count_spans((*hurt, own), origin, copied) == 2  # the Tribune's own sentence still counts
    brief = recount_brief([BriefSentence(HURT, hurt, 2), BriefSentence(CLOSED, closed, 3)], origin, copied)
    assert [s.independent_sources for s in brief] == [1, 2]
    # without a credit line, a shared sentence is the Tribune's as before
    plain = _event_articles("")
    plain_credits = [c for a in plain for c in extract_credits(a, KNOWN)]
    assert credited_copies(plain, plain_credits, origin_keys(plain, {}), ()) == {}


def test_every_count_of_an_event_drops_the_credited_copies() -> None:
    with_credit = build_event(EventInput(tuple(_event_articles(CREDIT_LINE)), DedupResult((), ())), Config())
    without = build_event(EventInput(tuple(_event_articles("")), DedupResult((), ())), Config())
    assert with_credit.independent_sources == without.independent_sources == 3  # the Tribune has its own lead
    assert [(a, o) for a, _, _, o in with_credit.credited_copies] == [("rt", "Continental Press Service")] * 2
    assert without.credited_copies == ()

    def fact_count(event, value: str) -> int:  # type: ignore[no-untyped-def]
        return next(f.independent_sources for f in event.facts if f.value == value)

    assert fact_count(without, "Odette Marchand") == 2
    assert fact_count(with_credit, "Odette Marchand") == 1  # the Tribune's mention is in the copied sentence
    assert fact_count(with_credit, "Salter Avenue") == 2  # CPS and Harbor Ledger
    outlet_of = {a.id: a.outlet or a.id for a in _event_articles(CREDIT_LINE)}
    report = report_event(with_credit, outlet_of)
    assert report["credited_copies"][0]["outlet"] == "Continental Press Service"
    assert "credited_copies" not in report_event(without, outlet_of)
    adds = {a["outlet"]: set(a["fact_ids"]) for a in report["adds"]}
    marchand = next(f.id for f in with_credit.facts if f.value == "Odette Marchand")
    assert marchand in adds["Continental Press Service"]
    assert all(marchand not in ids for outlet, ids in adds.items() if outlet != "Continental Press Service")
    articles = {a.id: article_dict(a, {}) for a in _event_articles(CREDIT_LINE)}
    notes = {s["text"]: s["fewer_outlets"] for s in event_view(report, articles)["brief"]}
    credited = " · Riverside Tribune credits Continental Press Service"
    assert any(note == credited for note in notes.values())  # the page says why a copy is not counted
    assert all(note in ("", credited) for note in notes.values())


def test_a_credit_line_is_boilerplate_never_a_brief_sentence() -> None:
    for line in (
        CREDIT_LINE,
        "Reporting by Murray Weiss and Janon Fisher.",
        "With additional reporting by Reuters.",
    ):
        assert is_boilerplate(line)
    assert not is_boilerplate(HURT)
