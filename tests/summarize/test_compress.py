import json
from typing import Any

import jsonschema
import pytest

from newsfuse.config import Config, SummarizeConfig
from newsfuse.errors import ConfigError
from newsfuse.model import Event
from newsfuse.report import validate_report
from newsfuse.report.contract import event_dict
from newsfuse.summarize import summarize_event
from newsfuse.summarize.compress import RULES, compress, rebuilt, rule_names
from tests.helpers import article

# our own sentences (fiction), one per rule, with what the rule leaves
SHORTENED = [
    (
        "However, the harbor master said the pier would reopen.",
        "opener",
        "The harbor master said the pier would reopen.",
    ),
    (
        "On Tuesday, the council approved a new ferry timetable.",
        "opener",
        "The council approved a new ferry timetable.",
    ),
    (
        "In a statement on Monday, the mill's owners said the layoffs were over.",
        "opener",
        "The mill's owners said the layoffs were over.",
    ),
    (
        "PORT EMMET, March 3 (CPS) -- The harbor levy vote was delayed to spring.",
        "dateline",
        "The harbor levy vote was delayed to spring.",
    ),
    ("PORT EMMET -- However, the levy vote was delayed.", "opener", "The levy vote was delayed."),
    # the NYT wire's place-and-state dateline (reader audit F-2), with the dash forms it comes in
    ("PORT EMMET, Maine _ The levy vote was delayed.", "dateline", "The levy vote was delayed."),
    ("NORTH EMMET, Gaza Strip _ Ferries sailed again.", "dateline", "Ferries sailed again."),
    ("COEUR d'EMMET, Ida. -- The levy vote was delayed.", "dateline", "The levy vote was delayed."),
    (
        "Senator Ada Voss (Northfield) voted against the harbor levy on Friday.",
        "paren",
        "Senator Ada Voss voted against the harbor levy on Friday.",
    ),
    (
        "Miller Tanner, 54, said the road would stay shut.",
        "age",
        "Miller Tanner said the road would stay shut.",
    ),
    (
        "Rosa Delgado, the town's fire chief, praised the volunteers.",
        "appositive",
        "Rosa Delgado praised the volunteers.",
    ),
    (
        "The Dock Road bridge, which spans the Emmet river, closed for repairs.",
        "relative",
        "The Dock Road bridge closed for repairs.",
    ),
    (
        "The crews cleared the harbor road before dawn, which pleased the fishermen.",
        "relative_end",
        "The crews cleared the harbor road before dawn.",
    ),
    (
        "The harbor master said on Tuesday that the pier would reopen.",
        "said_when",
        "The harbor master said that the pier would reopen.",
    ),
    (
        "The pier will reopen, the harbor master said Monday.",
        "said_when",
        "The pier will reopen, the harbor master said.",
    ),
    (
        "The crews cleared the harbor road, while the mayor watched from the pier.",
        "trailing",
        "The crews cleared the harbor road.",
    ),
]

# deletions that would change who claims something, or what is claimed: every one must be refused
KEPT_WHOLE = [
    "According to the harbor master, the pier would reopen.",  # attribution opener
    "In a statement on Monday, prices on the quay rose sharply.",  # no attribution left without the opener
    "On Sunday, March 16, the town raised the ferry fund.",  # an opener a date goes on from
    "The bridge, which was built in 1911, closed for repairs.",  # a number
    "The bridge, which never carried lorries, closed for repairs.",  # a negation
    "The bridge, which may be unsafe, closed for repairs.",  # a hedge
    "The mayor, who told reporters the bridge was sound, left early.",  # an attribution
    '"The bridge, which we rebuilt, is safe," the mayor said.',  # inside a quote
    "In Port Emmet, a storm hit the quay, flooding the market.",  # a clause, not an appositive
    "The chief, Rosa Delgado, the town's first, spoke briefly.",  # the name is itself an aside
    "She met Rosa Delgado, the fire chief, and Miller Tanner at the quay.",  # a list goes on after it
    "The fair was named ``Harbor Days'' (``Dias del Puerto'') by the council.",  # a quote in brackets
    "The harbor master said Tuesday's storm closed the pier.",  # a time word that names the storm
    "The ferry sailed late, as the harbor master had not opened the gate.",  # a negation
    "The ferry sailed, as well as the barges.",  # a list, not a clause
    "The board of the harbor trust (HT)has met.",  # a bracket glued to the next word
    "He thanked Miller Tanner, the owner, the crews and the mayor.",  # after the aside a noun phrase or
    "The crews worked at the Dock Road pier, the longest, clearing the ice.",  # a participle follows
    "Emmet _ The levy vote was delayed.",  # one mixed-case word before a dash: not read as a dateline
]


@pytest.mark.parametrize(("text", "rule", "expected"), SHORTENED)
def test_each_rule_deletes_an_aside_and_keeps_pieces_of_the_sentence(
    text: str, rule: str, expected: str
) -> None:
    short = compress(text)
    assert short.text == expected
    assert rule in short.rules
    joined = "".join(text[a:b] for a, b in short.pieces)
    assert short.text == joined[:1].upper() + joined[1:]
    assert all(a < b for a, b in short.pieces)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(short.pieces, short.pieces[1:], strict=False))


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_attribution_negation_hedge_quote_and_number_are_never_deleted(text: str) -> None:
    short = compress(text)
    assert short.text == text
    assert short.rules == ()
    assert short.pieces == ((0, len(text)),)


def test_rules_can_be_chosen_and_unknown_ones_are_refused() -> None:
    text = "However, Miller Tanner, 54, said the road would stay shut."
    assert compress(text, ["age"]).text == "However, Miller Tanner said the road would stay shut."
    assert compress(text).text == "Miller Tanner said the road would stay shut."
    assert rule_names("") == ()
    assert rule_names("all") == RULES
    assert rule_names("opener+age") == ("opener", "age")
    with pytest.raises(ValueError, match="unknown compression rule"):
        rule_names("opener+synonyms")
    with pytest.raises(ConfigError, match=r"summarize\.compress"):
        SummarizeConfig(compress="everything")


STORY = [
    "However, the harbor master said the Dock Road pier would reopen to ferries next week after repairs.",
    "Miller Tanner, 54, said the harbor road would stay shut to lorries until the repairs on the pier end.",
    "The Dock Road bridge, which spans the Emmet river, closed for repairs to the pier and the harbor road.",
]
RETOLD = [
    "The harbor master said the Dock Road pier would reopen to ferries next week after repairs.",
    "Local trader Miller Tanner said the harbor road would stay shut to lorries until the pier repairs end.",
]


def test_a_compressed_brief_cites_the_whole_sentence_and_its_kept_pieces() -> None:
    articles = [article("wire", " ".join(STORY)), article("other", " ".join(RETOLD))]
    texts = {a.id: a.text for a in articles}
    sources = {"wire": "wire", "other": "other"}
    brief = summarize_event(articles, sources, SummarizeConfig(words=200, compress="all"))
    plain = summarize_event(articles, sources, SummarizeConfig(words=200, compress=""))
    assert all(not s.kept for s in plain)
    shortened = [s for s in brief if s.kept]
    assert shortened
    for sentence in brief:
        first = sentence.evidence[0]
        whole = texts[first.article_id][first.start : first.end]
        if not sentence.kept:
            assert whole == sentence.text
            continue
        assert all(k.article_id == first.article_id for k in sentence.kept)
        assert all(first.start <= k.start < k.end <= first.end for k in sentence.kept)
        joined = "".join(texts[k.article_id][k.start : k.end] for k in sentence.kept)
        assert sentence.text == joined[:1].upper() + joined[1:] == rebuilt(sentence, texts)
        assert len(sentence.text.split()) < len(whole.split())
    harbor = next(s for s in brief if "harbor master" in s.text)
    assert harbor.text.startswith("The harbor master said")
    assert harbor.independent_sources == 2  # the retelling without "However" still corroborates it
    assert brief == summarize_event(articles, sources, SummarizeConfig(words=200, compress="all"))
    block = event_dict(Event("e1", "Pier", ("wire", "other"), 2, brief=tuple(brief)))
    assert [s.get("kept") for s in block["brief"]] == [
        [{"article_id": k.article_id, "start": k.start, "end": k.end} for k in s.kept] or None for s in brief
    ]
    assert all(
        "kept" not in s for s in event_dict(Event("e2", "Pier", ("wire",), 2, brief=tuple(plain)))["brief"]
    )


def test_the_report_schema_takes_kept_pieces(corpus_report: dict[str, Any]) -> None:
    report = json.loads(json.dumps(corpus_report))
    sentence = report["events"][0]["brief"][0]
    first = sentence["evidence"][0]
    sentence["kept"] = [{**first, "end": first["start"] + 10}, {**first, "start": first["start"] + 20}]
    validate_report(report)
    sentence["kept"] = []
    with pytest.raises(jsonschema.ValidationError):
        validate_report(report)


def test_a_place_dateline_never_opens_a_brief_sentence() -> None:
    text = (
        "PORT EMMET, Maine _ The harbor levy vote was delayed to spring after the storm closed the quay. "
        "The harbor master said the Dock Road pier would reopen to ferries next week after repairs."
    )
    brief = summarize_event([article("wire", text)], {"wire": "wire"}, SummarizeConfig(words=100))
    levy = next(s for s in brief if "levy" in s.text)
    assert levy.text.startswith("The harbor levy vote")
    # the pool's sentence starts after a place dateline in any case form, so its span does too (audit r24)
    assert levy.evidence[0].start == len("PORT EMMET, Maine _ ")
    assert rebuilt(levy, {"wire": text}) == levy.text


def test_the_default_rules_are_the_dev_sets_choice() -> None:
    assert rule_names(Config().summarize.compress) == (
        "dateline",
        "opener",
        "paren",
        "relative_end",
        "said_when",
    )


def test_joint_selection_takes_one_version_of_a_sentence_and_attributes_it_to_the_whole() -> None:
    articles = [article("wire", " ".join(STORY)), article("other", " ".join(RETOLD))]
    texts = {a.id: a.text for a in articles}
    sources = {"wire": "wire", "other": "other"}
    for words in (25, 40, 60, 200):
        config = SummarizeConfig(words=words, compress="all", compress_joint=True)
        brief = summarize_event(articles, sources, config)
        assert brief and brief == summarize_event(articles, sources, config)
        firsts = [s.evidence[0] for s in brief]
        assert len(set(firsts)) == len(firsts)  # never two versions of one source sentence
        assert sum(len(s.text.split()) for s in brief) <= words
        for sentence in brief:
            assert sentence.text == rebuilt(sentence, texts)
    # with room for everything, a sentence whose deleted words carry concepts is taken whole
    roomy = summarize_event(  # one article: the retold sentences would be left out as repeats
        articles[:1], sources, SummarizeConfig(words=200, compress="all", compress_joint=True)
    )
    assert any("54" in s.text for s in roomy) or any("which spans" in s.text for s in roomy)
    with pytest.raises(ConfigError, match="compress_joint"):
        SummarizeConfig(compress_joint=True, compress_worth="kept")
