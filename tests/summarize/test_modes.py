from newsfuse.config import SummarizeConfig
from newsfuse.summarize import summarize_event, summarize_update
from newsfuse.summarize.compress import rebuilt
from newsfuse.summarize.pool import candidates, is_boilerplate, strip_dateline
from tests.helpers import WIRE, article

FOLLOW_UP = [
    "Investigators said on Monday that faulty wiring in a freezer unit started the fire at the Dock Road warehouse.",
    "Fire Chief Rosa Delgado said 140 firefighters worked through the night and that no one was hurt.",
    "Calloway Freight said on Monday that it had leased a temporary warehouse on Pier Street for its workers.",
]
FOLLOW_UP_2 = [
    "Faulty wiring in a freezer unit caused the fire at the Dock Road warehouse, investigators said on Monday.",
    "Calloway Freight has leased a temporary warehouse on Pier Street, the company said on Monday.",
    "A fire destroyed a cold-storage warehouse on Dock Road on Thursday, forcing the closure of the harbor road.",
]


def test_query_focus_brings_the_matching_sentence_in() -> None:
    arts = [article("a", "\n".join(WIRE))]
    generic = summarize_event(arts, {"a": "a"}, SummarizeConfig(words=30))
    query = "Were firefighters hurt or treated for heat exhaustion?"
    focused = summarize_event(arts, {"a": "a"}, SummarizeConfig(words=30, query=query))
    assert all("heat exhaustion" not in s.text for s in generic)
    assert any("heat exhaustion" in s.text for s in focused)


def test_update_mode_prefers_what_the_briefed_articles_did_not_say() -> None:
    old = [article("old1", "\n".join(WIRE)), article("old2", "\n".join(WIRE[:3]))]
    new = [article("new1", "\n".join(FOLLOW_UP)), article("new2", "\n".join(FOLLOW_UP_2))]
    config = SummarizeConfig(words=25, update_discount=0.2)
    brief = summarize_update(new, old, config=config)
    assert brief and "wiring" in brief[0].text
    assert all("140 firefighters" not in s.text for s in brief)


def test_boilerplate_and_datelines_never_reach_a_brief() -> None:
    text = (
        "HARBOR CITY (CPS) — A fire destroyed a cold-storage warehouse on Dock Road on Thursday morning.\n\n"
        "Click here to subscribe to our newsletter for the latest local news every day.\n\n"
        "Photo: firefighters outside the burning warehouse on Dock Road on Thursday\n\n"
        "Fire Chief Rosa Delgado said 140 firefighters worked through the night."
    )
    pool = candidates([article("a", text)])
    assert [c.text for c in pool] == [
        "A fire destroyed a cold-storage warehouse on Dock Road on Thursday morning.",
        "Fire Chief Rosa Delgado said 140 firefighters worked through the night.",
    ]
    assert all(text[c.start : c.end] == c.text for c in pool)
    assert is_boilerplate("Follow us on Twitter at @cps for updates on the fire.")
    assert strip_dateline("WASHINGTON (AP) _ The Senate voted on Friday.") == len("WASHINGTON (AP) _ ")
    assert strip_dateline("The fire - which began at dawn - spread fast.") == 0


def test_web_archive_and_social_notices_never_reach_a_brief() -> None:
    # our own wording of the notices a scraped page carries (archive crawl, tweet prompt, licence,
    # a station's promotion of itself)
    notices = (
        "These crawls are part of a plan to keep copies of the harbor pages for later readers.\n\n"
        "A link to these archived pages will stand in for any link that breaks in the coming years.\n\n"
        "You can add where you are to your Tweets, and you can remove that tweet location history.\n\n"
        "This material may not be published, broadcast or rewritten without the wire's leave.\n\n"
        "Stay with Harbor Radio and harborradio.com for updates as they become available on the fire.\n\n"
        "This is a developing story, and the harbor desk will update it through the day.\n\n"
        "Download our free app to get alerts when news breaks anywhere along the harbor.\n\n"
    )
    story = (
        "A fire destroyed a cold-storage warehouse on Dock Road on Thursday morning.\n\n"
        "Fire Chief Rosa Delgado said 140 firefighters worked through the night."
    )
    arts = [article("a", notices + story), article("b", story + "\n\n" + notices)]
    assert [c.text for c in candidates(arts)] == [*story.split("\n\n"), *story.split("\n\n")]
    brief = summarize_event(arts, {"a": "a", "b": "b"}, SummarizeConfig(words=100))
    assert brief and {s.text for s in brief} <= set(story.split("\n\n"))
    assert all(s.independent_sources == 2 for s in brief)


def test_a_dangling_sentence_never_opens_the_brief() -> None:
    arts = [
        article(
            "a",
            "He said the warehouse fire on Dock Road was the worst the harbor had seen in decades of service.\n"
            "A fire destroyed a cold-storage warehouse on Dock Road, and the harbor road was closed all day.",
            published="2024-05-02",
        )
    ]
    brief = summarize_event(arts, {"a": "a"}, SummarizeConfig(words=60, dangling_penalty=0.0))
    assert len(brief) == 2 and brief[0].text.startswith("A fire")


def test_fill_adds_the_next_sentence_last_for_evaluations_that_cut_at_the_budget() -> None:
    arts = [article("a", "\n".join(WIRE)), article("b", "\n".join(FOLLOW_UP))]
    sources = {"a": "a", "b": "b"}
    plain = summarize_event(arts, sources, SummarizeConfig(words=40))
    filled = summarize_event(arts, sources, SummarizeConfig(words=40, fill=True))
    assert sum(len(s.text.split()) for s in plain) <= 40
    assert filled[:-1] == plain and len(filled) == len(plain) + 1
    assert sum(len(s.text.split()) for s in filled) > 40
    extra = filled[-1]
    assert extra.text not in {s.text for s in plain} and extra.evidence
    by_id = {a.id: a for a in arts}
    assert rebuilt(extra, {a.id: a.text for a in by_id.values()}) == extra.text
