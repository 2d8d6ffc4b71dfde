"""Round 24's second plain shift: an appeal to the reader or the public at the end of a kept block of news is cut
from the block with its reason and text; the news before it, and news that only mentions an appeal, stay."""

from newsfuse.clean.appeals import appeal_tail, is_opening_appeal
from newsfuse.clean.plaintext import clean_plain_blocks

NEWS = "The shooting remains under investigation, and no arrests had been made by Sunday, police said."
APPEAL = "Anyone with information is asked to call police at 904-630-0500 or CrimeStoppers at 866-845-TIPS."


def test_appeal_tail_found() -> None:
    block = f"{NEWS} {APPEAL} Callers can remain anonymous."
    found = appeal_tail(block)
    assert found is not None
    assert block[: found[0]].rstrip() == NEWS
    assert found[1] == "tip_line"
    glued = f"{NEWS}{APPEAL}"  # a garbled copy: no space after the stop
    found = appeal_tail(glued)
    assert found is not None and glued[: found[0]] == NEWS
    prompt = f"{NEWS} Click here to read the full letter."
    assert appeal_tail(prompt) == (len(NEWS) + 1, "reader_prompt")


def test_news_is_not_cut() -> None:
    for block in (
        APPEAL,  # nothing left before it: a whole-block appeal is the block rule's
        f"{NEWS} If you ask the neighbours, the street has been quiet for years.",  # asks no contact
        f"{NEWS} Anyone with information is asked to call police.The victim's brother said he was shot twice.",
        f"Police said the man fled on foot and {APPEAL.lower()}",  # one sentence of news and appeal
        f"{NEWS} Anyone with information is asked to call police at 904-630-0500. The victim was 19.",
    ):
        assert appeal_tail(block) is None, block


def test_clean_plain_blocks_keeps_positions() -> None:
    body = [
        "Two men were wounded in a shooting outside a corner shop on Harrow Street late on Friday, police said.",
        "Officers found both men on the pavement shortly before midnight; one was taken to the county hospital.",
        "Neighbours said they heard five or six shots and saw a grey car drive off towards the ring road.",
        f"{NEWS} {APPEAL}",
    ]
    result = clean_plain_blocks(body)
    assert result.blocks[-1] == NEWS
    assert result.reasons == [None, None, None, None]  # the block is kept, at its index
    assert [(r.text, r.reason) for r in result.removed] == [(APPEAL, "tip_line")]


def test_opening_appeal_blocks() -> None:
    for appeal in (
        "Anyone with information is asked to call police.",
        "If you have any information that can help investigators, call Chattanooga Police. You can leave an"
        " anonymous tip.",
        "Callers may remain anonymous.",
    ):
        assert is_opening_appeal(appeal), appeal
    for block in (
        "Anyone who knew him said he was a gentle man who loved to fish on the river.",  # asks no contact
        "If you want to add your voice to the debate on the new budget, write to your councillor.",  # no case
        f"Anyone with information is asked to call police. {NEWS}",  # news after the appeal
        "Sign up for our newsletter.",  # a prompt is the prompt rules'
        NEWS,
    ):
        assert not is_opening_appeal(block), block
