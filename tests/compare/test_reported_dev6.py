"""reported_dev6's draw (paragraphs of 120-700 characters): one stratum of paragraphs holding a "told <hearer>" nested in another attribution (a trailing
", X said/according to X", a "said" before it, a leading "According to"), one of paragraphs holding another verb of
saying or a quotation mark and no such sentence, at most one paragraph an incident."""

from pathlib import Path

from benchmarks.reported_dev4 import _sha1
from benchmarks.reported_dev6 import draw_paragraphs, nested
from tests.compare.test_reported_dev4 import write_corpus

NESTED = "The driver told police that he had stopped at the light on Main Street before the shots were fired, Dana Lund said."
TOLD = "The driver told police that he had stopped at the light on Main Street before the shots were fired at the car on Friday."
SAID = "A spokesman for the department said the investigation into the shooting on the east side was still going on late on Sunday."
READ = "Police said a neighbor told officers he heard three shots and saw a dark sedan speed away from the corner after midnight."
SAME = "According to the report, a neighbor told officers that she heard three shots and saw a dark sedan speed away from the corner at night."


def test_nested_forms() -> None:
    assert nested(NESTED)
    assert nested(SAME)
    assert nested(
        "Police said Tuesday that the father told investigators a stranger shot his son in the yard."
    )
    assert nested(
        "He told reporters the car was stolen, according to the affidavit filed in the county court."
    )
    assert not nested(TOLD)  # a sentence-level "told police": family 1's
    assert not nested(
        "The driver told police he stopped. The sergeant said the car was stolen from a lot nearby."
    )
    assert not nested("Police said the father told his wife a stranger shot their son.")  # no family 1 hearer


def test_the_draw_takes_one_paragraph_a_stratum_and_an_incident(tmp_path: Path) -> None:
    arts = [
        {"id": "a1", "cluster": "gva-1", "text": f"{NESTED}\n\n{SAME}"},
        {"id": "a2", "cluster": "gva-2", "text": f"{TOLD}\n\n{SAID}"},
        {"id": "a3", "cluster": "gva-3", "text": READ},
    ]
    write_corpus(tmp_path, arts)
    drawn = draw_paragraphs(tmp_path, seed=3, half=5)
    # a1 gives one nested paragraph (one an incident); a2's plain "told police" and its "said" are the second stratum's;
    # a3's "told officers he …" is one of session 27's read sentences (every one, here): its incident is left out
    assert [d["doc"] for d in drawn][:1] == ["a1"]
    assert drawn[0]["sha1"] in (_sha1(NESTED), _sha1(SAME))
    assert [d["doc"] for d in drawn][1:] == ["a2"]
    assert drawn[1]["sha1"] in (_sha1(TOLD), _sha1(SAID))
