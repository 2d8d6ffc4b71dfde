"""quality_notes skips a pattern on texts without its cues: the notes equal those of every pattern run."""

from newsfuse.model import Article
from newsfuse.provenance.drift import _CHECKS, _SIGNALS, folded, quality_notes

TEXTS = [
    "The minister said told reporters the plan was final.",
    "Officials STATED THAT SAID nothing had changed.",
    "The mayor informed that the roads would close. He was informed that it rained.",
    "She expressed that hope on Monday; they got told that twice.",
    "The spokesman declared to the press that talks ended, and said to journalists that more would come.",
    "The council took a decision in the frame of the reform and gave a press conference.",
    "They made a question, put attention to it and realized a study (meaning a survey of homes).",
    "Hearth fighters and law enforcement officials officers arrived [i.e. the police].",
    "The \u017fpokesman \u017faid told the crowd; he \u0130nformed that the \u212aing had left.",
    "Ordinary text where people said that the vote was close, told friends and stated figures.",
    "TAKING A DECISION WAS HARD, SAID TOLD THE PAPER (LITERALLY A RIDDLE) \u0131nformed that",
]


def _unfiltered(article: Article) -> list[tuple[str, str]]:
    notes = []
    for name, _cues, pattern in _SIGNALS:
        hits = pattern.findall(article.text)
        if hits:
            notes.append((article.id, f"{name}: {len(hits)} occurrence(s), e.g. {hits[0]!r}"))
    return notes


def test_prefilter_keeps_every_note() -> None:
    articles = [Article(id=f"a{i}", path=f"a{i}", text=t) for i, t in enumerate(TEXTS)]
    found = list(quality_notes(articles))
    assert found == [n for a in articles for n in _unfiltered(a)]
    assert len(found) >= 10  # the texts raise notes of every signal


def test_folded_maps_ignore_case_letters_to_ascii() -> None:
    assert folded("\u0130nformed \u017fAID \u212aing \u0131t") == "informed said king it"
    assert len(folded("\u0130stanbul")) == len("\u0130stanbul")


def test_every_cue_string_is_found_through_its_shared_piece() -> None:
    """A cue is kept under a piece it holds, so a text holding the cue holds the piece (and is checked)."""
    for (name, cues, _pattern), (_, keyed, _, _) in zip(_SIGNALS, _CHECKS, strict=True):
        strings = [c for c in cues if isinstance(c, str)]
        kept = [cue for piece, group in keyed for cue in (group or (piece,))]
        assert sorted(kept) == sorted(strings), name
        assert all(piece in cue for piece, group in keyed for cue in group)
