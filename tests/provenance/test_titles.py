from newsfuse.model import BriefSentence, Span
from newsfuse.provenance.titles import (
    acronyms,
    event_title,
    headline_case,
    is_headline,
    lead_heading,
    short_span,
)
from tests.helpers import article

BODY = "The storm reached the coast on Tuesday."


def _said(text: str, *ids: str) -> BriefSentence:
    return BriefSentence(text, tuple(Span(i, 0, 5) for i in ids), len(ids))


def test_a_mixed_case_headline_beats_a_slug_in_capitals_and_codes_are_none() -> None:
    slug = article("a", BODY, title="STORM HITS COAST", published="2026-01-01")
    real = article("b", BODY, title="Storm hits the coast", published="2026-01-02")
    code = article("c", BODY, title="AP Photo NY303-304", published="2025-12-31")
    pile = [slug, real, code]
    assert event_title(pile, frozenset("abc"), [], "en") == "Storm hits the coast"
    assert event_title([slug, code], frozenset("ac"), [], "en") == "Storm Hits Coast"
    assert not is_headline("GAMBLING")
    assert not is_headline("AP Photo NY303-304")
    assert not is_headline("A photographer takes photos at the scene on Monday. Credit: KMOV")
    assert is_headline("U.S. ACTS TO TIGHTEN PROTECTION OF WETLANDS")
    assert not is_headline("word " * 30)


def test_the_first_report_names_the_event() -> None:
    early = article("a", BODY, title="Storm floods the harbor", published="2026-01-01")
    later = article("b", BODY, title="Harbor shops count the cost", published="2026-01-02")
    brief = [_said("One.", "b"), _said("Two.", "a", "b")]
    assert event_title([later, early], frozenset("ab"), brief, "en") == "Storm floods the harbor"


def test_headline_case_keeps_abbreviations_and_small_words() -> None:
    assert (
        headline_case("`STAR WARS' BATTLES TO A DRAW: BREATHTAKING ANIMATION")
        == "`Star Wars' Battles to a Draw: Breathtaking Animation"
    )
    assert headline_case("NYC DROPS PUSH ON U.S. LAND") == "NYC Drops Push on U.S. Land"


def test_an_acronym_the_texts_write_in_capitals_stays_in_capitals() -> None:
    """ "IOC" is no "Ioc": the event's texts write it in capitals in running prose; "JONES" and a dateline's
    "ATHENS" they write otherwise (or only in capitals at a line's start), so those go to headline case."""
    text = (
        "ATHENS, Greece _ The IOC banned Marion Jones on Friday. Jones said the IOC's ruling and the "
        "AIDS charity's letter came late. Athens hosted the hearing."
    )
    slug = article("a", text, title="IOC BANS JONES; ATHENS HEARING ON AIDS CHARITY'S IOC'S LETTER")
    assert event_title([slug], frozenset("a"), [], "en") == (
        "IOC Bans Jones; Athens Hearing on AIDS Charity's IOC's Letter"
    )
    assert acronyms("ATHENS: IOC", ["ATHENS, Greece _ the IOC met. ATHENS is hot."]) == {"IOC"}
    assert acronyms("IOC RULES", ["The Ioc said; the ioc agreed; the IOC ruled."]) == frozenset()


def test_without_a_headline_a_short_span_of_the_brief() -> None:
    long = (
        "Suicide bombers targeted a crowded open-air market Friday, setting off blasts that killed the two"
        " assailants, injured 21 people and prompted Israel to suspend its ratification of the land deal."
    )
    untitled = [article("a", long), article("b", long)]
    brief = [
        _said("However, the talks went on.", "a"),
        _said("Unfortunately for the talks, the blasts came first.", "a"),
        _said(long, "a", "b"),
    ]
    title = event_title(untitled, frozenset("ab"), brief, "en")
    assert title == "Suicide bombers targeted a crowded open-air market Friday…"
    assert short_span("BUENOS AIRES, Argentina _ The general was arrested.") == "The general was arrested"
    assert short_span("KATY, Texas - A man was arrested.") == "A man was arrested"
    words = short_span("word " * 60)
    assert len(words) <= 91 and words.endswith("…") and not words.endswith(" …")
    assert event_title(untitled, frozenset("ab"), [], "en") == "a"


def test_an_untitled_articles_lead_heading_is_its_first_sentence() -> None:
    assert lead_heading("_ The show ran twice on Sunday. It was a hit.") == "The show ran twice on Sunday"
    text = "LONDON (AP) -- Police arrested former dictator Gen. Augusto Pinochet. He was ill."
    assert lead_heading(text) == "Police arrested former dictator Gen. Augusto Pinochet"
    assert lead_heading("The man was from Ohio. Then more.") == "The man was from Ohio"


def test_a_headline_in_a_script_written_without_spaces_is_a_headline() -> None:
    """Chinese, Japanese and Thai headlines hold no spaces: four of their characters make a headline, so such
    an event is named by its headline, not by its first article's id (a word alone stays none)."""
    head = "宇航员在太空中喝酒会怎么样？后果很严重"
    assert is_headline(head) and is_headline("图书馆因石棉关闭") and is_headline("โรงเรียนปิดเพราะน้ำท่วม")
    assert not is_headline("中国") and not is_headline("Mandelplätzchen")
    page = article("gmw", "翱翔于距地球数千公里的太空中。", title=head)
    assert event_title([page], frozenset({"gmw"}), [], "zh") == head
