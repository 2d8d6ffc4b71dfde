"""Headline-only members: a page rejected for its body joins the event its headline matches."""

from dataclasses import replace

from newsfuse.clean import clean_document
from newsfuse.cluster import cluster_articles
from newsfuse.cluster.headlines import headline_member, rejected_member, split_members, usable_headline
from newsfuse.model import Article, Drop, RawDoc, Rejected

_BODY = (
    "Two men were shot outside the Marlow Street tavern in Brenton late Friday, police said. Officers "
    "found both victims near the tavern's parking lot shortly after midnight. One of the men, a "
    "34-year-old Brenton resident, died at Brenton General Hospital; the other was treated and released. "
    "Police Chief Dana Okafor said detectives were looking for a gray pickup seen leaving the lot."
)
_OTHER = (
    "The Hollis County school board voted on Tuesday to extend the school year by four days next spring, "
    "after snowstorms closed its schools for a week in February. Superintendent Mark Eriksen said the "
    "added days would fall in June. Parents at the meeting asked the board to keep the spring break, "
    "which it did. The board also approved a new bus contract worth 2.1 million dollars."
)


def _kept(doc_id: str, title: str, text: str) -> Article:
    raw = RawDoc(id=doc_id, path=f"{doc_id}.txt", text=text, title=title, published="2016-03-05")
    article = clean_document(raw)
    assert isinstance(article, Article)
    return article


_WALL = RawDoc(
    id="wall",
    path="wall.html",
    text="Sign in to continue reading. Create a free account.",
    title="Police: one dead, one hurt in shooting outside Brenton tavern",
    outlet="Brenton Courier",
    published="2016-03-05T09:00:00Z",
)


def test_a_sign_in_wall_with_a_headline_joins_the_event_it_names() -> None:
    wall = _WALL
    rejected = clean_document(wall)
    assert isinstance(rejected, Rejected)
    member = headline_member(wall, rejected.reason)
    assert member is not None
    assert member.text == member.title == "Police: one dead, one hurt in shooting outside Brenton tavern"
    assert (member.id, member.outlet, member.published) == (
        "wall",
        "Brenton Courier",
        "2016-03-05T09:00:00+00:00",
    )
    articles = [
        _kept("a", "Two shot outside Brenton tavern, one dies", _BODY),
        _kept("b", "Hollis school year extended by four days", _OTHER),
    ]
    events = cluster_articles([*articles, member])
    placed = split_members(events, {"wall"})
    assert (("a",), ("wall",)) in placed
    assert (("b",), ()) in placed


def test_a_headline_that_matches_no_event_is_an_event_of_its_own_without_articles() -> None:
    events = [["a", "x"], ["b"], ["y"]]
    assert split_members(events, {"x", "y"}) == [(("a",), ("x",)), (("b",), ()), ((), ("y",))]


def test_only_a_rejected_body_with_a_real_headline_gives_a_member() -> None:
    doc = RawDoc(id="p", path="p.html", text="", title="Gunman kills two at Lowmere gas station")
    assert headline_member(doc, Drop.NO_CONTENT) is not None
    assert headline_member(doc, Drop.NOTICE) is not None
    for reason in (Drop.EMPTY, Drop.BINARY, Drop.UNREADABLE, Drop.INVALID, Drop.TOO_LARGE):
        assert headline_member(doc, reason) is None  # the input itself failed: its title is not trusted
    assert usable_headline(None) is None
    assert usable_headline("Homicide Watch") is None  # a site or section, not a story
    assert usable_headline("&HT;") is None  # a wire code alone
    assert usable_headline("AP Photo NY303-304 shows the scene") is None
    assert usable_headline("Shots fired on Main. Credit: KMOV News") is None  # a caption
    assert (
        usable_headline("  Teen   shot in\nnorthwest Charlotte $ADV21 ") == "Teen shot in northwest Charlotte"
    )


def test_a_member_without_a_stated_date_takes_the_date_its_address_gives() -> None:
    doc = RawDoc(
        id="u",
        path="u.html",
        text="",
        url="https://example.com/news/2016/10/20/toddler-shot-in-fresno/",
        title="Toddler shot in Fresno, police say",
    )
    member = headline_member(doc, Drop.NO_CONTENT)
    assert member is not None and member.published is not None
    assert member.published.startswith("2016-10-20")


def test_the_cleaner_records_a_rejected_page_s_headline_outlet_and_date() -> None:
    wall = replace(_WALL, published=None, url="https://courier.example/2016/03/05/brenton-tavern-shooting")
    rejected = clean_document(wall)
    assert isinstance(rejected, Rejected)
    assert (rejected.title, rejected.outlet) == (wall.title, "Brenton Courier")
    assert rejected.published == "2016-03-05"  # from its address
    member = rejected_member(rejected)
    assert member is not None and member == headline_member(wall, rejected.reason)
    empty = clean_document(RawDoc(id="e", path="e.txt", text="", title="Gunman kills two at gas station"))
    assert isinstance(empty, Rejected) and rejected_member(empty) is None  # the input itself failed
