"""Session 20: a sentence's opening subject when no subject ends right before the verb (reported.py)."""

from __future__ import annotations

import pytest

from newsfuse.compare.reported import find_reports
from newsfuse.model import Article


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.speaker) for r in find_reports(Article(id="t", path="t", text=text))]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Residents of the flooded valley who gathered at the hall said the dike had been left unrepaired for years.",
            "the dike had been left unrepaired for years",
            "Residents",
        ),
        (
            "Several growers I've spoken with this spring say the frost took most of the early blossom.",
            "the frost took most of the early blossom",
            "Several growers",
        ),
        (
            "Marta Kowalczyk, 47, a baker who lives above her shop on Quay Street, told the council that deliveries had stopped.",
            "deliveries had stopped",
            "Marta Kowalczyk",
        ),
    ],
)
def test_opening_subject(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "He went on to say that the ferry schedule would be cut in half next winter.",
        "The plan was reminiscent of the council's earlier claim that the ferry schedule would be cut.",
    ],
)
def test_no_opening_subject_from_a_verb(text: str) -> None:
    assert all(speaker not in ("He went", "The plan was reminiscent") for _, speaker in _reports(text))


def test_according_to_aside_mid_sentence() -> None:
    text = "Since the spring, according to the river authority, the weir has lost a third of its height."
    assert (text.rstrip("."), "the river authority") in _reports(text)


def test_according_to_then_a_joined_clause_keeps_the_first() -> None:
    text = "The ferry carried 400 cars in June, according to the harbour office, but the July count fell."
    assert [c for c, _ in _reports(text)] == ["The ferry carried 400 cars in June"]


def test_participle_after_a_quotation_attribution() -> None:
    text = (
        "Greta Lindqvist runs the bakery. “We will stay open,” Greta Lindqvist told reporters on Monday, "
        "adding that the ovens had been repaired overnight."
    )
    assert ("the ovens had been repaired overnight", "Greta Lindqvist") in _reports(text)


def test_adjunct_before_a_pronoun_clause() -> None:
    text = "Ines Carvalho wrote in both letters she was leaving the co-operative at the end of May."
    assert ("she was leaving the co-operative at the end of May", "Ines Carvalho") in _reports(text)


def test_adjunct_before_a_pronoun_without_a_finite_verb_is_no_content() -> None:
    text = "Ines Carvalho promised to keep the shop open should she win the tender next month."
    assert _reports(text) == []


def test_opening_subject_after_a_conjunction_and_a_lead() -> None:
    text = "But a week later, Ines Carvalho changed course, telling the council that the shop would close."
    assert ("the shop would close", "Ines Carvalho") in _reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "The levy will fall hardest on small farms, said Liberal organizer Petra Novak.",
        "The levy will fall hardest on small farms, Liberal organizer Petra Novak said.",
        "The levy will fall hardest on small farms, Mayor Ortiz's longtime adviser Petra Novak said.",
    ],
)
def test_trailing_name_after_a_capitalised_role(text: str) -> None:
    assert ("The levy will fall hardest on small farms", "Petra Novak") in _reports(text)


def test_admiral_speaks() -> None:
    text = "The patrols had two aims, the admiral said."
    assert [c for c, _ in _reports(text)] == ["The patrols had two aims"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ortiz (who has 25 delegates so far) said the count would take a week.", "Ortiz"),
        ("Petra Novak in a Medium post said the count would take a week.", "Petra Novak"),
        ("The magazine said the count would take a week.", "The magazine"),
    ],
)
def test_gaps_and_heads(text: str, speaker: str) -> None:
    assert ("the count would take a week", speaker) in _reports(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A district court judge has ruled that the mill must pay the fine.",
            "the mill must pay the fine",
            "A district court judge",
        ),
        (
            "The opposition said the levy came without relief.",
            "the levy came without relief",
            "The opposition",
        ),
        ("Some growers nearby said they feared a late frost.", "they feared a late frost", "Some growers"),
    ],
)
def test_ruled_opposition_nearby(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _reports(text)


def test_a_verb_ending_like_a_role_is_no_speaker() -> None:
    text = "Dr. Ama Boateng, the district's officer of health, said the first vaccines would arrive in May."
    assert ("the first vaccines would arrive in May", "Ama Boateng") in _reports(text)


def test_rules_as_a_noun_is_no_cue() -> None:
    assert _reports("The council adopted party rules that could reduce the role of the mayor.") == []


def test_told_name_then_that_is_a_hearer() -> None:
    text = "His sister, Ines Moro, told radio host Dale Birch, that the family would sue the county."
    assert all(content != "His sister, Ines Moro" for content, _ in _reports(text))


def test_lives_is_no_head_noun() -> None:
    text = "Ines Moro lives in the flat above and says the boy was visiting his cousin."
    assert ("the boy was visiting his cousin", "Ines Moro") in _reports(text)


def test_who_said_after_a_trailing_attribution() -> None:
    text = "The bridge will stay closed until June, said Mayor Ines Moro, who said the repairs would cost $2 million."
    assert ("the repairs would cost $2 million", "Ines Moro") in _reports(text)


def test_who_said_after_a_description() -> None:
    text = "The last question came from a young farmer, who said he had driven six hours to the meeting."
    assert ("he had driven six hours to the meeting", "a young farmer") in _reports(text)
