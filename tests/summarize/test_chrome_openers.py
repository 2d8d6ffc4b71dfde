"""Chrome openers and appeals in brief sentences (openers, session 28; audit r27 findings 7 and 8): update
stamps, dashes and bullets, station codes and bracketed dates, and a dateline after them, are cut from a chosen
sentence after selection (the kept pieces keep every span exact; selection and the budget never see the cut);
a caption opening with a photo credit and a sentence that is only a tip-line appeal are
never selected. The sentences are our own, written in the forms the audit found."""

import pytest

from newsfuse.clean.appeals import is_appeal_sentence
from newsfuse.config import SummarizeConfig
from newsfuse.model import Span
from newsfuse.summarize import summarize_event
from newsfuse.summarize.compress import chrome_head, rebuilt, without_head
from newsfuse.summarize.pool import candidates, is_boilerplate
from tests.helpers import article

HEADS = [
    ("UPDATE 11/30 5:04 p.m: ", "The harbor master said the pier would reopen to ferries next week."),
    ("UPDATE (1/3/17): ", "The county sheriff says the injured deckhand is now in fair condition."),
    ("UPDATE: 6:04 P.M. – ", "A spokesperson for the port confirmed that two cranes were damaged."),
    ("**UPDATE** - ", "Around 2pm Monday, the harbor master posted another notice to the crews."),
    ("[UPDATE 8/2/16 @ 7:05p.m.] ", "Police say the man hurt on Dock Road has left the hospital."),
    ("CORRECTION Feb. 20: ", "The four boats that sank were part of the Emmet fishing fleet."),
    ("UPDATE: PORT EMMET, Ore. -- ", "Last Thursday, crews found a second leak under the pier."),
    ("- ", "A 3-year-old boy was rescued from the water near the ferry landing."),
    ("— PORT EMMET — ", "A Millbrook man has been charged in connection with the warehouse fire."),
    ("• ", "A 20-year-old man was treated for burns and released the same night."),
    ("- 03/31/17 ", "On Thursday, the harbor road was closed for most of the day."),
    ("(KPEM)- ", "Five workers were hurt on Saturday evening when a crane toppled."),
    ("(KPEM) –– ", "One person was killed and two were hurt in the fire at the warehouse."),
    ("(KPEM)--", "Two separate accidents on Sunday morning left two deckhands injured."),
    ("(KPEM) ", "A man was killed on Tuesday night in what police believe was an accident."),
    ("(CPS/AP) PORT EMMET, Ore. - ", "Families will gather at the harbor church on Friday to mourn."),
    ("(Nov. 18, 2015)— ", "A 15-year-old boy was hurt by a falling net while fishing off the pier."),
    ("(April 14, 2016) – ", "On Thursday, a man was found guilty of setting the warehouse fire."),
]


@pytest.mark.parametrize(("head", "rest"), HEADS)
def test_a_chrome_head_and_a_dateline_after_it_are_found(head: str, rest: str) -> None:
    assert chrome_head(head + rest) == len(head)


@pytest.mark.parametrize(
    "text",
    [
        "-5 degrees was the low on the pier on Tuesday, the weather service said.",
        "— and that is when he ran from the officers chasing him down Dock Road.",
        "(This is a summary of what the harbor police released on Sunday, June 12.)",
        "Updates on the fire were given to reporters on Tuesday by the harbor master.",
        "UPDATE ON THE FIRE AT THE PIER TONIGHT AS CREWS WORK THROUGH THE DARK.",
        "(NASA) satellites watched the storm come ashore near Port Emmet on Monday.",
    ],
)
def test_no_head_is_cut_from_a_sentence_that_opens_otherwise(text: str) -> None:
    assert chrome_head(text) == 0


def test_a_caption_opening_with_a_photo_credit_is_never_selected() -> None:
    assert is_boilerplate(
        "(Ana Ruiz/Port Emmet Gazette) Firefighters are seen at the warehouse on Dock Road."
    )
    assert is_boilerplate("(Ana Ruiz/The Gazette via AP) less Crews work at the pier on Dock Road on Monday.")
    assert not is_boilerplate(
        "(CPS/AP) PORT EMMET, Ore. - Families will gather at the harbor church on Friday."
    )
    assert not is_boilerplate("(Ana Ruiz) said the fire started in the cold-storage rooms on Dock Road.")


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information should call Emmet Crime Stoppers at (541) 493-TIPS (8477).",
        "Anyone with information on the fire is urged to call harbor police at 541-872-9126.",
        "IF YOU HAVE ANY INFORMATION ON THE FIRE, YOU CAN CALL CRIME STOPPERS AT 555-7867.",
        "If anyone has information, they are urged to contact the sheriff at 541-534-3550.",
        "Police are asking anyone with information to call the detective bureau at 541-946-6304.",
        "Call (541) 225-8111 and we can help you.",
    ],
)
def test_a_sentence_that_is_only_an_appeal_is_never_selected(text: str) -> None:
    assert is_appeal_sentence(text)
    assert is_boilerplate(text, marked=False)


@pytest.mark.parametrize(
    "text",
    [
        "No suspects had been named, and police were asking anyone with information to call 541-946-6304.",
        "The man fled on foot and officers are asking anyone who saw him to call 541-946-6304.",
        "Anyone who was hurt was taken to Mercy Hospital, police said on Tuesday night.",
        "The deckhand, 24, was taken to a hospital at 5 p.m. and released on Tuesday.",
    ],
)
def test_news_with_or_without_an_appeal_stays(text: str) -> None:
    assert not is_appeal_sentence(text)
    assert not is_boilerplate(text, marked=False)


def test_a_brief_sentence_without_its_head_cites_exact_spans() -> None:
    story = (
        "UPDATE 11/30 5:04 p.m: The harbor master said the Dock Road pier would reopen to ferries next week. "
        "(KPEM)- Five workers were hurt on Saturday evening when a crane toppled onto the Dock Road pier. "
        "Anyone with information about the crane should call harbor police at (541) 493-TIPS (8477). "
        "(Ana Ruiz/Port Emmet Gazette) Workers are seen at the Dock Road pier where the crane toppled."
    )
    articles = [article("wire", story)]
    texts = {"wire": story}
    pool = candidates(articles)
    assert len(pool) == 2  # the appeal and the caption are no candidates
    brief = summarize_event(articles, {"wire": "wire"}, SummarizeConfig(words=200))
    assert [s.text for s in brief] == [
        "The harbor master said the Dock Road pier would reopen to ferries next week.",
        "Five workers were hurt on Saturday evening when a crane toppled onto the Dock Road pier.",
    ]
    for sentence in brief:
        first = sentence.evidence[0]
        assert sentence.kept and first.start < sentence.kept[0].start  # the head is cited, not shown
        assert rebuilt(sentence, texts) == sentence.text
        assert story[first.start : first.end].endswith(sentence.text)


def test_the_cut_comes_after_selection_so_the_budget_never_sees_it() -> None:
    heads = ("UPDATE 11/30 5:04 p.m: ", "- ", "**UPDATE** - ", "• ", "— ")
    facts = [
        "The harbor master said the Dock Road pier would reopen to ferries next week after repairs.",
        "Five workers were hurt on Saturday evening when a crane toppled onto the Dock Road pier.",
        "Crews from the port authority worked through the night to clear the crane from the pier.",
        "The ferry company said its boats would use the north landing until the pier reopened.",
        "A spokesperson for the port said the crane had been inspected only two weeks earlier.",
    ]
    story = "\n\n".join(head + fact for head, fact in zip(heads, facts, strict=True))
    other = " ".join(reversed(facts))
    articles = [article("wire", story), article("paper", other)]
    source_of = {"wire": "wire", "paper": "paper"}
    cut = summarize_event(articles, source_of, SummarizeConfig(words=40), frozenset({"wire"}))
    rules = "opener+paren+relative_end+said_when"  # the default without the dateline rule: heads shown
    shown = summarize_event(
        articles, source_of, SummarizeConfig(words=40, compress=rules), frozenset({"wire"})
    )
    assert [s.evidence for s in cut] == [s.evidence for s in shown]  # the same sentences chosen
    assert [s.text for s in cut] == [next(f for f in facts if s.text.endswith(f)) for s in shown]
    assert any(s.text != t.text for s, t in zip(cut, shown, strict=True))
    texts = {"wire": story, "paper": other}
    assert all(rebuilt(s, texts) == s.text for s in cut)


def test_a_head_whose_rest_is_under_the_floor_or_opens_lower_case_stays() -> None:
    text = "- The pier reopened."
    source = candidates([article("a", "Some words first here. " + text)], 1)[-1]
    assert without_head(text, (), source, 4) == (text, ())
    shown, kept = without_head(text, (), source, 3)
    assert shown == "The pier reopened." and kept == (Span("a", source.start + 2, source.end),)
    assert chrome_head("- and then the pier reopened to ferries on Tuesday.") == 0


def test_a_compressed_sentence_loses_its_head_from_its_first_kept_piece() -> None:
    story = "(KPEM)- Five workers, all of them deckhands, were hurt on Saturday when a crane toppled."
    source = candidates([article("a", story)], 1)[0]
    pieces = (Span("a", 0, 20), Span("a", 44, len(story)))  # the aside cut: head and subject, then the rest
    text = story[0:20] + story[44:]
    shown, kept = without_head(text, pieces, source, 3)
    assert shown == "Five workers were hurt on Saturday when a crane toppled."
    assert kept == (Span("a", 8, 20), Span("a", 44, len(story)))
    assert "".join(story[k.start : k.end] for k in kept) == shown
