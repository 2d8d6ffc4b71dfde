"""A sentence inside a quotation with no mark of its own stays out of a brief when another fits (briefs round
26: the middle sentence of '"We saw it. It was terrible. No one helped," she said.')."""

from newsfuse.model import Article
from newsfuse.summarize.brief import _lacks
from newsfuse.summarize.pool import candidates
from newsfuse.summarize.standalone import continues_quotation

TEXT = (
    "The river rose four metres overnight and flooded the lower town of Millbrook on Sunday.\n\n"
    '"We watched the water climb the church steps in the dark. The whole street was under water by three in'
    ' the morning. Nobody came to help us for hours," said Anna Berg, a baker.\n\n'
    "The whole street was under water by three in the morning, the fire service reported on Monday."
)


def _at(sentence: str, text: str = TEXT, nth: int = 0) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(sentence, at + 1)
    return at


def test_the_middle_of_a_quotation_continues_it() -> None:
    middle = "The whole street was under water by three in the morning."
    assert continues_quotation(middle, TEXT, _at(middle))


def test_sentences_outside_or_with_their_own_marks_do_not() -> None:
    first = "The river rose four metres overnight and flooded the lower town of Millbrook on Sunday."
    assert not continues_quotation(first, TEXT, 0)
    # the same words in a later paragraph, where no quotation is open
    later = "The whole street was under water by three in the morning, the fire service reported on Monday."
    assert not continues_quotation(later, TEXT, _at(later))
    # a sentence that closes the quotation has a mark of its own (round 25's rule reads it)
    last = 'Nobody came to help us for hours," said Anna Berg, a baker.'
    assert not continues_quotation(last, TEXT, _at(last))


def test_a_closed_quotation_or_a_unit_mark_opens_nothing() -> None:
    text = 'He called the flood "a disaster" on Sunday. The town council met again on Monday night.'
    after = "The town council met again on Monday night."
    assert not continues_quotation(after, text, _at(after, text))
    text = (
        "The suspect is 6' 3\" tall and was last seen near the station. He wore a dark blue coat and boots."
    )
    after = "He wore a dark blue coat and boots."
    assert not continues_quotation(after, text, _at(after, text))
    # a sentence that names its speaker is the reporter's, though its source never closed the quotation
    text = '"The officer shot him once and then three more times. The second man was arrested, Lee said.'
    after = "The second man was arrested, Lee said."
    assert not continues_quotation(after, text, _at(after, text))
    # a quotation the previous paragraph left open does not carry over (news reopens it with a mark)
    text = '"We will rebuild the whole town.\n\nThe council voted on Monday to spend two million on it.'
    after = "The council voted on Monday to spend two million on it."
    assert not continues_quotation(after, text, _at(after, text))


def test_the_brief_makes_it_pay_the_dangling_penalty() -> None:
    article = Article(id="a", path="a", text=TEXT)
    pool = {c.text: c for c in candidates([article])}
    middle = pool["The whole street was under water by three in the morning."]
    assert not middle.dangling  # the pool reads the sentence alone; the brief reads it in its article
    assert _lacks(middle, {"a": TEXT})
    first = pool["The river rose four metres overnight and flooded the lower town of Millbrook on Sunday."]
    assert not _lacks(first, {"a": TEXT})
