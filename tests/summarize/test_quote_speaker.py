"""A sentence of a quotation whose speaker is in another sentence stays out of a brief when another fits
(briefs round 25: "The fact that she's been there for so long definitely factors into it.''")."""

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article
from newsfuse.summarize.pool import candidates
from newsfuse.summarize.standalone import quote_without_speaker


def test_a_quotation_going_on_in_another_sentence_has_no_speaker_here() -> None:
    # closes a quotation opened in the sentence before, and no one is said to say it
    assert quote_without_speaker("The fact that she's been there for so long definitely factors into it.''")
    assert quote_without_speaker("I don't see any reason why they should be tried in the United States.\"")
    # opens one that goes on in the next sentence, where its speaker is
    assert quote_without_speaker("``I'm not aware of any law that prohibits me from taking part in it.")
    assert quote_without_speaker('"Normally, a small earthquake might last less than a second.')
    # one quotation from end to end, with no one said to say it
    assert quote_without_speaker('“To see my friend die in front of my face."')


def test_a_quotation_with_its_speaker_or_a_closed_one_stands() -> None:
    assert not quote_without_speaker("Stephen was black,'' Straw told lawmakers as the parents watched.")
    assert not quote_without_speaker("''We're having experts examine it,'' said Jack Killorin of the bureau.")
    assert not quote_without_speaker("As the owner of Square Books says, ``In 1991, when the chains came.")
    assert not quote_without_speaker(
        "Gadhafi said the suspects are ''very happy'' to be tried in the Netherlands."
    )
    assert not quote_without_speaker('He called the flood "a disaster" and left the town hall.')
    assert not quote_without_speaker("No quotation at all in this sentence.")
    assert not quote_without_speaker("``Star Wars'' fans lined up for tickets outside the theatre all night.")
    assert not quote_without_speaker("Police are searching for a man, 6’3” tall, with long dreadlocks.")
    # a quotation opened in mid-sentence has its speaker or source before it
    assert not quote_without_speaker(
        'Jarvis issued a statement on Friday morning: "I only had the pleasure of it.'
    )
    assert not quote_without_speaker(
        'The chief spoke on the violence, stating, "I have 740 officers working.'
    )
    # a mark after a digit is a unit (seconds, inches), not a quotation
    assert not quote_without_speaker("He won the 54 km time trial around Albi in a time of 1h 12' 06\".")
    assert not quote_without_speaker('Quendrick "C4" Bailey was booked into Orleans Parish Prison on Friday.')


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{n}", path=f"a{n}", text=text) for n, text in enumerate(texts)]


def test_the_pool_marks_it_and_the_brief_takes_a_sentence_that_stands_alone() -> None:
    from newsfuse.summarize.brief import summarize_event

    lead = "A fire destroyed a cold-storage warehouse on the Port Emmet waterfront on Thursday night."
    opening = "``Nobody on the waterfront has seen a blaze like that one since the storms of 1961."
    speaker = "The blaze burned for seven hours,'' the harbour master Ellen Ruiz said on Friday morning."
    fact = "Crews from four towns fought the fire until dawn and saved the fish market next door."
    articles = _articles(
        f"{lead} {opening} {speaker} {fact}", f"{lead} Crews fought the fire for seven hours."
    )
    pool = {c.text: c for c in candidates(articles)}
    assert pool[opening].dangling and not pool[speaker].dangling and not pool[fact].dangling
    sources = {a.id: a.id for a in articles}
    old = [s.text for s in summarize_event(articles, sources, SummarizeConfig(words=35, dangling_penalty=0))]
    assert opening in old  # without the penalty the quotation's first sentence wins
    brief = [s.text for s in summarize_event(articles, sources, SummarizeConfig(words=35))]
    assert opening not in brief
