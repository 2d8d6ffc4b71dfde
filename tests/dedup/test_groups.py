from newsfuse.dedup import find_duplicates, independent_sources
from newsfuse.model import Relation
from tests.helpers import WIRE, article

OWN = [
    "Residents of the streets around Dock Road said the smoke reached their homes within an hour and that many "
    "kept their windows shut until the next morning on the advice of the council.",
    "Local councillor Ada Brook said the council would review how the harbor road is closed during emergencies, "
    "after drivers were stuck in traffic for hours on the bypass.",
    "The market traders who rely on the warehouse said they feared a week of empty stalls and asked the council "
    "for help with storage until the company finds new space.",
]


def test_exact_near_and_contained_copies_form_one_group() -> None:
    full = "\n".join(WIRE)
    exact = "\n".join(WIRE)
    near = "\n".join([WIRE[0], WIRE[1].replace("worked through", "labored through"), *WIRE[2:]])
    truncated = "\n".join(WIRE[:2])
    other = "\n".join(OWN)
    articles = [
        article("full", full),
        article("exact", exact),
        article("near", near),
        article("trunc", truncated),
        article("other", other),
    ]
    result = find_duplicates(articles)
    assert len(result.groups) == 1
    group = result.groups[0]
    relations = {cid: rel for cid, rel, _ in group.copies}
    assert group.canonical in {"full", "exact"}
    assert relations["trunc"] == Relation.CONTAINED
    assert relations["near"] == Relation.NEAR
    assert result.duplicate_of()["trunc"] == group.canonical
    assert "other" not in result.duplicate_of()
    assert independent_sources(articles, result) == 2


def test_rewrite_reusing_wire_paragraphs_is_a_shared_passage_not_a_copy() -> None:
    wire = article("wire", "\n".join(WIRE))
    rewrite = article("rewrite", "\n".join([OWN[0], WIRE[1], OWN[1], WIRE[3], OWN[2]]))
    result = find_duplicates([wire, rewrite])
    assert result.groups == ()
    (passage,) = result.shared
    assert {passage.article_id, passage.source_id} == {"wire", "rewrite"}
    texts = {
        rewrite.text[s.start : s.end]
        for s in (passage.spans if passage.article_id == "rewrite" else passage.source_spans)
    }
    assert texts == {WIRE[1], WIRE[3]}
    # the rewrite adds more of its own than it borrows: it is independent reporting
    assert independent_sources([wire, rewrite], result) == 2


def test_independent_sources_counts_origin_outlets_as_the_report_does() -> None:
    """One outlet's two versions of a story are one source, a reprint counts for the outlet that wrote it."""
    first = article("ap1", "\n".join(WIRE), outlet="Associated Press")
    later = article("ap2", "\n".join(OWN), outlet="The Associated Press")
    other = article("nyt", "\n".join(OWN[::-1]) + " A judge ruled.", outlet="New York Times")
    result = find_duplicates([first, later, other])
    assert independent_sources([first, later], result) == 1
    assert independent_sources([first, later, other], result) == 2
