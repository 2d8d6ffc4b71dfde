"""First reports are ordered by time, not by the spelling of their timestamps; a date without an hour does not
rank first on its day, and a copy that credits its origin follows it."""

from newsfuse.model import Article, Credit, Span
from newsfuse.provenance.timeline import first_reports


def _reported(aid: str, outlet: str, published: str) -> Article:
    return Article(id=aid, path=aid, text="x", outlet=outlet, published=published)


def test_offsets_and_date_only_values_are_ordered_as_times() -> None:
    articles = [
        _reported("a", "Late East", "2026-03-12T14:30:00-05:00"),
        _reported("b", "Early UTC", "2026-03-12T18:00:00+00:00"),
        _reported("c", "Day only", "2026-03-12"),
        _reported("d", "Late East", "2026-03-13T01:00:00+00:00"),
        _reported("e", "Day before", "2026-03-11"),
    ]
    # 14:30 at -05:00 is 19:30 UTC, after 18:00 UTC; a bare date's hour is unknown: it follows the reports
    # timed on its day (not before them), and precedes the next day's
    assert first_reports(articles, []) == [
        ("Day before", "2026-03-11"),
        ("Early UTC", "2026-03-12T18:00:00+00:00"),
        ("Late East", "2026-03-12T14:30:00-05:00"),
        ("Day only", "2026-03-12"),
    ]


def _credit(article_id: str, outlet: str) -> Credit:
    return Credit(article_id, outlet, "dateline", Span(article_id, 0, 3), in_corpus=True)


def test_a_copy_crediting_its_origin_follows_it() -> None:
    # the corpus's Port Emmet fire: Valley Courier's copy of the wire story, stamped 14:45 without an offset
    # (read as UTC), came before the wire's own 14:30 at -05:00
    articles = [
        _reported("cps", "Wire", "2026-03-12T14:30:00-05:00"),
        _reported("vc", "Courier", "2026-03-12T14:45:10"),
        _reported("lg", "Gazette", "2026-03-12"),
        _reported("own", "Own", "2026-03-12T15:00:00"),
    ]
    credits = [_credit("vc", "Wire"), _credit("lg", "Wire")]
    assert first_reports(articles, credits) == [
        ("Own", "2026-03-12T15:00:00"),
        ("Wire", "2026-03-12T14:30:00-05:00"),
        ("Courier", "2026-03-12T14:45:10"),
        ("Gazette", "2026-03-12"),
    ]
    # without the credit the copy's own stamp decides, and credits that go round in a circle end
    assert [o for o, _ in first_reports(articles, [])][:2] == ["Courier", "Own"]
    circle = [_credit("vc", "Wire"), _credit("cps", "Courier")]
    assert sorted(o for o, _ in first_reports(articles, circle)) == ["Courier", "Gazette", "Own", "Wire"]


def test_credited_outlets_outside_the_pile_come_first() -> None:
    articles = [_reported("a", "Paper", "2026-03-12T09:00:00")]
    credit = Credit("a", "Agency", "from", Span("a", 0, 3), in_corpus=False)
    assert first_reports(articles, [credit]) == [("Agency", ""), ("Paper", "2026-03-12T09:00:00")]


def test_copies_stamped_before_their_origin_follow_it_in_their_own_time_order() -> None:
    # the pass-by-pass reorder put each moved copy straight after the wire, so copies stamped 09:00, 10:00
    # and 11:00 before the wire's 12:00 were listed 11:00, 10:00, 09:00 after it
    articles = [_reported("w", "Wire", "2026-03-12T12:00:00")]
    articles += [_reported(f"c{h}", f"Copy {h}", f"2026-03-12T{h:02d}:00:00") for h in (9, 10, 11, 13)]
    articles.append(_reported("own", "Own", "2026-03-12T11:30:00"))
    credits = [_credit(f"c{h}", "Wire") for h in (9, 10, 11, 13)]
    assert [o for o, _ in first_reports(articles, credits)] == [
        "Own",
        "Wire",
        "Copy 9",
        "Copy 10",
        "Copy 11",
        "Copy 13",
    ]


def test_a_chain_of_credits_and_a_circle_of_them() -> None:
    articles = [
        _reported("a", "A", "2026-03-12T09:00:00"),
        _reported("b", "B", "2026-03-12T10:00:00"),
        _reported("c", "C", "2026-03-12T11:00:00"),
        _reported("d", "D", "2026-03-12T12:00:00"),
    ]
    # A credits B, B credits C: C, then B, then A, and D by its time
    chain = [_credit("a", "B"), _credit("b", "C")]
    assert [o for o, _ in first_reports(articles, chain)] == ["C", "B", "A", "D"]
    # B and C credit each other: the circle says nothing of who was first, so its earliest member goes first
    # (the pass-by-pass reorder's answer depended on the parity of n² passes), and A still follows B
    circle = [_credit("a", "B"), _credit("b", "C"), _credit("c", "B")]
    assert [o for o, _ in first_reports(articles, circle)] == ["B", "A", "C", "D"]
