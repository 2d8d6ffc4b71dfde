"""The gated deletions (``summarize.compress_gate``): an aside is cut only where other sources do not report
its words; provenance holds for every kept piece."""

import pytest

from newsfuse.config import SummarizeConfig
from newsfuse.errors import ConfigError
from newsfuse.model import Article
from newsfuse.summarize import summarize_event
from newsfuse.summarize.compress import Gate, gate_for, kept_spans, rebuilt, shorten
from newsfuse.summarize.pool import candidates
from tests.helpers import article

# our own fiction: three papers on one harbor storm
HERALD = (
    "The Emmet harbor trust (the port's owner since the war) closed the Dock Road pier after the storm "
    "tore away its northern railings. Rosa Delgado, 47, said crews from the Ferris Salvage Company "
    "(Ferris) would start the repairs on Monday and finish them before the ferry season opens."
)
COURIER = (
    "Ferris Salvage Company crews will repair the Dock Road pier, whose northern railings the storm "
    "tore away, harbor officials said. The Emmet harbor trust closed the pier until the repairs end."
)
GAZETTE = (
    "Repairs by Ferris Salvage Company crews to the storm-damaged Dock Road pier begin on Monday. "
    "The harbor trust said the pier stays closed to walkers and anglers until the ferry season opens."
)
SOURCES = {"herald": "herald", "courier": "courier", "gazette": "gazette"}


def _articles() -> list[Article]:
    return [article("herald", HERALD), article("courier", COURIER), article("gazette", GAZETTE)]


def test_the_gate_counts_other_sources_per_content_stem() -> None:
    pool = candidates(_articles())
    gate = gate_for(pool, SOURCES, ["paren", "age"], 0.5)
    assert isinstance(gate, Gate) and gate.others == 2
    assert gate.allows("(the port's owner since the war)")  # nobody else says it
    assert not gate.allows("(Ferris)")  # both other papers name Ferris
    assert gate.allows(", 47,")  # no content stem: a bare number always qualifies
    assert gate_for(pool, SOURCES, ["paren"], 0.0) is None
    assert gate_for(pool, SOURCES, [], 0.5) is None
    assert gate_for(pool, {a: "one" for a in SOURCES}, ["paren"], 0.5) is None  # one source: no gate


def test_a_gated_rule_cuts_only_unreported_asides_and_keeps_pieces() -> None:
    arts = _articles()
    pool = candidates(arts)
    gate = gate_for(pool, SOURCES, ["paren", "age"], 0.5)
    short = shorten(pool, ["dateline"], 8, gate)
    texts = {c.text: s.text for c, s in zip(pool, short, strict=True)}
    owner = next(t for t in texts if t.startswith("The Emmet harbor trust ("))
    assert texts[owner].startswith("The Emmet harbor trust closed the Dock Road pier")
    delgado = next(t for t in texts if t.startswith("Rosa Delgado"))
    assert texts[delgado].startswith("Rosa Delgado said crews from the Ferris Salvage Company (Ferris) would")
    # the kept spans rebuild the shortened text from the article
    for cand, made in zip(pool, short, strict=True):
        spans = kept_spans(cand, ["dateline"], gate)
        if made is cand:
            assert spans == ()
            continue
        source = next(a.text for a in arts if a.id == cand.article_id)
        joined = "".join(source[s.start : s.end] for s in spans)
        assert joined[:1].upper() + joined[1:] == made.text


def test_briefs_with_a_gate_keep_provenance_and_without_one_are_unchanged() -> None:
    arts = _articles()
    texts = {a.id: a.text for a in arts}
    plain = summarize_event(arts, SOURCES, SummarizeConfig(words=60))
    assert summarize_event(arts, SOURCES, SummarizeConfig(words=60, compress_gated="paren+age")) == plain
    gated = SummarizeConfig(words=60, compress="dateline", compress_gated="paren+age", compress_gate=0.5)
    brief = summarize_event(arts, SOURCES, gated)
    assert brief and all(s.evidence for s in brief)
    for sentence in brief:
        assert sentence.text == rebuilt(sentence, texts)
    assert any("since the war" in texts[s.evidence[0].article_id] and s.kept for s in brief) or all(
        "since the war" not in s.text for s in brief
    )
    # one source: a gated rule deletes nothing that ``compress`` does not name
    alone = {a: "one" for a in SOURCES}
    assert summarize_event(arts, alone, gated) == summarize_event(
        arts, alone, SummarizeConfig(words=60, compress="dateline")
    )


def test_unknown_gated_rules_are_refused() -> None:
    with pytest.raises(ConfigError, match=r"summarize\.compress_gated"):
        SummarizeConfig(compress_gated="paren+synonyms")
