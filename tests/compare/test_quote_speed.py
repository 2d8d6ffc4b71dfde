"""Speed-only rewrites in the quote readers keep their answers: each against the plain form it replaced."""

from __future__ import annotations

from newsfuse.compare import quotes
from newsfuse.compare.entities import LOC_CUES, ORG_CUES, place_names
from newsfuse.compare.quotes import _CAPS, People, _plausible_person


def _plain_plausible(name: str) -> bool:
    """_plausible_person as written before its set-based form (generators over the words)."""
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in name.split()):
        return False
    lowered = name.lower()
    if name.rsplit(maxsplit=1)[-1] + "." in quotes._SHORT_TITLES:
        return False
    if lowered.endswith(quotes._GROUP_ENDINGS):
        return False
    if any(w in quotes._HEADLINE_WORDS for w in name.split()[1:]):
        return False
    return (
        quotes._named_person(name)
        and not any(c.isdigit() for c in name)
        and not any(w in ORG_CUES or w in LOC_CUES or w in quotes._NOT_NAME_WORDS for w in lowered.split())
        and lowered not in place_names()
        and lowered.split()[0] not in quotes._PLACE_FIRST
        and lowered.rsplit(maxsplit=1)[-1] not in quotes._PLACE_LAST
        and not quotes._place_after_first(lowered.split())
    )


TEXT = (
    "HARLOW POINT — Mayor Ines Okafor said on Monday the Okafor campaign would not appeal. Okafor's aides "
    "declined to comment. Police Chief Dmitri Valenko, 52, told reporters that Sgt. Wren Bailey of the Harlow "
    'Point Police Service was hurt. "Bailey is recovering," Valenko said. Later Valenko added that Mr. Bailey '
    "and Tessa Bailey thanked the Harlow General Hospital staff. Siblings Mateo and Lucia Ferrante, of North "
    "Harlow, watched. Mateo said he was relieved; Lucia, 19, said she was not. Gov. Ana Ruiz Jr. spoke last. "
    "The Upper East Side, New York, Weimar Germany, Senate Democrats, Obama Says It, Route 9 and PF-9 are no "
    "one. Mrs. Okafor and Dr. Amos Lindqvist III said nothing, as Anya said."
)


SCANNED = [
    (15, 32, "Ines Okafor"),
    (86, 94, "Ines Okafor"),
    (122, 149, "Dmitri Valenko"),
    (180, 191, "Wren Bailey"),
    (238, 244, "Wren Bailey"),
    (261, 268, "Dmitri Valenko"),
    (275, 288, "Dmitri Valenko"),
    (304, 310, "Wren Bailey"),
    (315, 327, "Tessa Bailey"),
    (371, 385, "Mateo Ferrante"),
    (390, 404, "Lucia Ferrante"),
    (432, 437, "Mateo Ferrante"),
    (460, 465, "Lucia Ferrante"),
    (494, 505, "Ana Ruiz"),
    (519, 538, "Upper East Side"),
    (633, 639, "Ines Okafor"),
    (648, 666, "Amos Lindqvist"),
    (684, 688, "Anya"),
]


def test_plausible_person_as_the_plain_form() -> None:
    names = set()
    for m in _CAPS.finditer(TEXT):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                names.add(" ".join(words[i:j]))
    names |= {"Ali Baba", "ALI Baba", "John Smith²", "A B", "Sen Warren", "Mr. Smith", "Anne Kerry"}
    assert len(names) > 60
    for name in sorted(names):
        assert _plausible_person(name) == _plain_plausible(name), name


def test_scan_reads_the_people() -> None:
    quotes.clear_caches()
    found = People(TEXT)._scan(())
    names = [name for _, _, name in found]
    assert "Ines Okafor" in names and "Dmitri Valenko" in names and "Wren Bailey" in names
    assert found == SCANNED  # as the scan read it before its speed pass (fb50374)
    reader = People(TEXT)
    reader._read()
    assert reader._genders() == {"Ines Okafor": "f", "Wren Bailey": "m", "Dmitri Valenko": "m"}
    start = TEXT.index('"Bailey')
    inside = ((start, TEXT.index('"', start + 1)),)
    without = People(TEXT)._scan(inside)
    assert [f for f in found if not inside[0][0] <= f[0] < inside[0][1]] == without


def test_opens_sentence_as_sentence_start() -> None:
    texts = [
        TEXT,
        'Mr. X said. Reyes spoke.\nLater Reyes came. "Done." Later Reyes',
        "He left.” Later Reyes. She left.'' Then Reyes? Yes! Now",
        "A. B. Reyes met Gen. Flynn. St. Paul and p.m. Later\n Later",
        ". A",
        "?  A",
    ]
    for text in texts:
        reader = People(text)
        for at in range(len(text) + 1):
            assert reader._opens_sentence(at) == (reader.sentence_start(at) >= at - 1), (text, at)
