"""Kept blocks that recur across a corpus's pages are cut as a site's boilerplate, unless the body recurs too."""

from dataclasses import replace

from pytest import MonkeyPatch

from newsfuse import pipeline
from newsfuse.clean import clean_document, clean_documents
from newsfuse.clean.document import LinesSoFar, site_of, source_blocks
from newsfuse.clean.recurring import LineStats, RunningLineStats
from newsfuse.model import Article, RawDoc
from newsfuse.pipeline import process
from newsfuse.runtime import LocalRunner

NOTE = (
    "Harbour Ledger reports council meetings fairly and accurately. If you are named in a report and want to "
    "discuss it, write to the editor at the address below and we will reply within a week."
)
BODIES = [
    [
        "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive in the bay.",
        "Engineers said the old wall had moved by almost a metre since the spring and could fail in a gale.",
        "The work will cost about two million pounds and will be paid for from the flood reserve fund.",
        "Fishing crews will moor at the north quay while the contractors close the inner basin to boats.",
    ],
    [
        "A new bus route will link the hospital with the three villages north of the river from next month.",
        "Patients had complained that the only service ran twice a day and stopped before evening visits.",
        "The route is paid for by a grant from the regional transport fund for its first two years of running.",
        "Drivers were hired from the depot in the town, which had lost two routes in last year's timetable cut.",
    ],
    [
        "The library on Mill Street will open on Sundays from April after volunteers offered to staff the desk.",
        "Its opening hours were cut four years ago when the county council reduced its grant to the branches.",
        "Readers will be able to borrow and return books, use the computers and join the weekly reading group.",
        "The volunteers have been trained by the county's staff and will be joined by a librarian each month.",
    ],
]
FOURTH = [
    "The swimming pool at the leisure centre will close for six weeks in May while its roof is repaired.",
    "Inspectors found rust on two of the steel beams that hold the roof above the main pool last autumn.",
    "Swimming clubs will train at the school pool in the next town, where lanes were booked in the evenings.",
    "The centre's gym and sports hall stay open, with changing rooms moved to the old squash courts.",
]


def _pages(bodies: list[list[str]]) -> list[RawDoc]:
    return [
        RawDoc(id=str(n), path=f"{n}.txt", text="\n\n".join([*body, NOTE])) for n, body in enumerate(bodies)
    ]


def test_a_note_every_page_of_a_site_carries_is_cut_with_its_reason() -> None:
    for article, body in zip(clean_documents(_pages(BODIES)), BODIES, strict=True):
        assert isinstance(article, Article)
        assert "fairly and accurately" not in article.text
        assert {b.text: b.reason for b in article.removed}[NOTE] == "recurring_block"
        assert all(paragraph in article.text for paragraph in body)


def test_syndicated_copies_keep_every_block() -> None:
    copies = clean_documents(_pages([BODIES[0]] * 3))
    for article in copies:
        assert isinstance(article, Article)
        assert all(b.reason != "recurring_block" for b in article.removed)
        assert NOTE in article.text


def test_long_blocks_are_counted_apart_from_short_lines() -> None:
    pages = [[*body, NOTE, "Share this story"] for body in BODIES]
    stats = LineStats.from_documents(pages)
    assert stats.block_documents(pages[0]) == [1, 1, 1, 1, 3, 3]
    assert "share this story" in stats.counts and NOTE.lower()[:160] not in stats.counts
    merged = stats.merge(LineStats.from_documents(pages[:1]))
    assert merged.block_documents(pages[0])[4] == 4 and merged.documents == 4


def test_a_stream_counts_each_document_with_those_read_before_it() -> None:
    pages = [[*body, NOTE, "Share this story"] for body in [*BODIES, BODIES[0]]]
    running = RunningLineStats()
    for n, page in enumerate(pages):
        view = running.add(page)
        prefix = LineStats.from_documents(pages[: n + 1])
        assert view.documents == n + 1
        assert view.block_documents(page) == prefix.block_documents(page)
        assert list(view.recurrences(page)) == list(prefix.recurrences(page))


def test_newsfuse_run_cuts_a_note_from_its_third_page_on() -> None:
    result = process(_pages([*BODIES, FOURTH]), runner=LocalRunner(workers=1))
    cut = {a.id: {b.text: b.reason for b in a.removed}.get(NOTE) for a in result.articles}
    assert cut == {"0": None, "1": None, "2": "recurring_block", "3": "recurring_block"}
    kept = {a.id: a.text for a in result.articles}
    assert NOTE in kept["0"] and NOTE in kept["1"] and NOTE not in kept["3"]


def test_a_streams_cut_does_not_depend_on_the_batch_size(monkeypatch: MonkeyPatch) -> None:
    pages = _pages([*BODIES, FOURTH])
    whole = process(pages, runner=LocalRunner(workers=1))
    monkeypatch.setattr(pipeline, "CLEAN_BATCH", 1)
    one_by_one = process(pages, runner=LocalRunner(workers=1))
    assert [(a.text, a.removed) for a in whole.articles] == [(a.text, a.removed) for a in one_by_one.articles]


def test_a_streams_counts_are_per_site() -> None:
    wire = [
        replace(page, outlet=f"Outlet {n}", text=page.text.replace(NOTE, ""))
        for n, page in enumerate(_pages([BODIES[0]] * 3))
    ]
    own = "The outlet's reporter added that the council will publish the contract's terms next month."
    wire[2] = replace(wire[2], text=wire[2].text + "\n\n" + "\n\n".join([own, *BODIES[1], *BODIES[2]]))
    result = process(wire, runner=LocalRunner(workers=1))
    assert all(b.reason != "recurring_block" for a in result.articles for b in a.removed)
    assert [
        site_of(RawDoc(id="x", path="", url=u)) for u in ("https://www.a.example/1", "http://[x", None)
    ] == [
        "a.example",
        "",
        "",
    ]


def test_a_streams_cleaning_views_hold_only_the_lines_that_recur() -> None:
    texts = [
        *([*body, NOTE, "Share this story"] for body in BODIES),
        FOURTH,
        [*FOURTH[:2], "Share this story"],
    ]
    whole, recurring = RunningLineStats(), RunningLineStats()
    for n, page in enumerate(texts):
        full, view = whole.add(page), recurring.add_recurring(page)
        seen = full.block_documents(page)
        if view is None:
            assert all(count == 1 for count in seen) and n in (0, 3)
        else:
            assert view.documents == full.documents
            assert view.block_documents(page) == [count if count > 1 else 0 for count in seen]
        raw = RawDoc(id=str(n), path=f"{n}.txt", text="\n\n".join(page))
        assert clean_document(raw, stats=view) == clean_document(raw, stats=full)


def test_a_pool_task_carries_a_plain_texts_blocks_in_place_of_its_text() -> None:
    pages = [*_pages([*BODIES, FOURTH]), RawDoc(id="h", path="h.html", html="<p>A page.</p>")]
    lines, again = LinesSoFar(), LinesSoFar()
    for raw in pages:
        sent, stats, blocks = pipeline._to_clean(raw, lines)
        assert stats == again.see(raw)
        if raw.html is not None:
            assert sent is raw and blocks is None
            continue
        assert sent.text is None and blocks == source_blocks(raw)
        assert clean_document(sent, stats=stats, blocks=blocks) == clean_document(raw, stats=stats)
