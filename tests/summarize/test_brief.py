from newsfuse.config import SummarizeConfig
from newsfuse.model import RunResult
from newsfuse.summarize import summarize_event
from newsfuse.summarize.attribute import agree, numbers, similarity, stance
from newsfuse.summarize.brief import texts_tell_one_fact
from newsfuse.summarize.compress import rebuilt
from newsfuse.summarize.pool import strip_dateline
from newsfuse.text import content_words, split_sentences
from tests.helpers import WIRE, article

REWORDED = [
    "A cold-storage warehouse on Dock Road was destroyed by fire on Thursday, and the harbor road was closed for "
    "most of the day.",
    "Fire Chief Rosa Delgado said 140 firefighters worked through the night and that nobody was hurt.",
    "Neighbours said the smoke could be seen from the hills above the town for most of the afternoon.",
]


def test_every_sentence_has_evidence_whose_offsets_are_the_sentence() -> None:
    articles = [article("wire", "\n".join(WIRE)), article("other", "\n".join(REWORDED))]
    by_id = {a.id: a for a in articles}
    brief = summarize_event(articles, {"wire": "wire", "other": "other"}, SummarizeConfig(words=60))
    assert brief
    assert sum(len(s.text.split()) for s in brief) <= 66
    for sentence in brief:
        assert rebuilt(sentence, {a.id: a.text for a in articles}) == sentence.text
        first = sentence.evidence[0]
        assert by_id[first.article_id].text[first.start : first.end] == sentence.text or sentence.kept
        assert 1 <= sentence.independent_sources <= 2


def test_a_fact_two_sources_report_is_corroborated_by_both() -> None:
    articles = [article("wire", "\n".join(WIRE)), article("other", "\n".join(REWORDED))]
    brief = summarize_event(articles, {"wire": "wire", "other": "other"}, SummarizeConfig(words=200))
    chief = [s for s in brief if "140 firefighters" in s.text]
    assert chief and chief[0].independent_sources == 2
    assert {e.article_id for e in chief[0].evidence} == {"wire", "other"}


def test_copies_count_once_and_output_is_deterministic() -> None:
    articles = [article("wire", "\n".join(WIRE)), article("copy", "\n".join(WIRE))]
    source_of = {"wire": "wire", "copy": "wire"}
    first = summarize_event(articles, source_of, SummarizeConfig(words=80), selectable=frozenset({"wire"}))
    second = summarize_event(articles, source_of, SummarizeConfig(words=80), selectable=frozenset({"wire"}))
    assert first == second
    assert all(s.independent_sources == 1 for s in first)
    assert all(s.evidence[0].article_id == "wire" for s in first)


def test_every_evidence_span_is_a_sentence_that_says_the_same(corpus_result: RunResult) -> None:
    texts = {a.id: a.text for a in corpus_result.articles}
    briefed = [s for e in corpus_result.events for s in e.brief]
    assert briefed
    for sentence in briefed:
        assert sentence.evidence, sentence.text
        own = sentence.evidence[0]
        assert rebuilt(sentence, texts) == sentence.text
        whole = texts[own.article_id][own.start : own.end]  # evidence says what the whole sentence says
        for span in sentence.evidence[1:]:
            other = texts[span.article_id][span.start : span.end]
            assert other in {
                s.text[strip_dateline(s.text) :] for s in split_sentences(texts[span.article_id])
            }
            # a sentence that says the same, or one left out of the brief for telling its fact again
            said = similarity(content_words(other), content_words(whole)) >= 0.65
            assert said or texts_tell_one_fact(other, whole), (other, whole)
            assert agree(numbers(whole), stance(whole), other), (other, whole)
        assert sentence.independent_sources <= len({s.article_id for s in sentence.evidence})
