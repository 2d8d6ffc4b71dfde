"""reported_dev5's draw: one stratum of paragraphs holding "told <hearer>" (the closed list of family 1), one of
paragraphs holding another verb of saying or a quotation mark, at most one paragraph an incident; the incidents of
session 27's read "told <hearer> <clause>" sentences are left out."""

from pathlib import Path

from benchmarks.reported_dev4 import _sha1
from benchmarks.reported_dev5 import TOLD_HEARER, draw_paragraphs
from tests.compare.test_reported_dev4 import write_corpus

TOLD = "The driver told police that he had stopped at the light on Main Street before the shots were fired at the car on Friday night."
READ = "A neighbor told officers he heard three shots and saw a dark sedan speed away from the corner of the street after midnight."
SAID = "A spokesman for the department said the investigation into the shooting on the east side was still going on late on Sunday night."
PLAIN = "The shooting happened shortly after midnight near the corner of Elm Street and Third Avenue in the north end of the city, near a park."
SAME = "A second paragraph of the same incident, in which the sheriff said deputies were still looking for a suspect in the case."


def _corpus(root: Path) -> None:
    arts = [
        {"id": "a1", "cluster": "gva-1", "text": f"{TOLD}\n\n{SAME}"},
        {"id": "a2", "cluster": "gva-2", "text": READ},
        {"id": "a3", "cluster": "gva-3", "text": f"{SAID}\n\n{PLAIN}"},
    ]
    write_corpus(root, arts)


def test_the_hearer_list_is_closed() -> None:
    assert TOLD_HEARER.search("He told the state investigators that he fired")
    assert TOLD_HEARER.search("She told local police about the fight")
    assert not TOLD_HEARER.search("He told policemen he fired")
    assert not TOLD_HEARER.search("He told reporters he fired")
    assert not TOLD_HEARER.search("He told officers' union leaders he fired")


def test_the_draw_takes_one_paragraph_a_stratum_and_an_incident(tmp_path: Path) -> None:
    _corpus(tmp_path)
    drawn = draw_paragraphs(tmp_path, seed=3, half=5)
    # a2's "told officers he …" is one of the read sentences (every one, here): its incident is left out; a1 gives
    # its "told police" paragraph to the first stratum and none to the second; a3 gives its paragraph of saying
    assert [d["sha1"] for d in drawn] == [_sha1(TOLD), _sha1(SAID)]
    assert [d["doc"] for d in drawn] == ["a1", "a3"]
