"""Market copy as wire services write it (issue 7, session 24's MRPC probe): an index's level after its move,
earnings per diluted or basic share, a lower-cased index name before "stock index futures"."""

from newsfuse.compare.quantities import extract_quantities
from newsfuse.model import Article


def _read(text: str) -> list[tuple[float | None, str | None]]:
    return [(m.number, m.unit) for m in extract_quantities(Article(id="m", path="m", text=text))]


def test_the_level_an_index_moved_to_is_a_quantity_after_points_or_percent() -> None:
    assert (921.0, "point") in _read("the broader index edged down 9 points , or 0.98 percent , to 921 .")
    assert (874.0, "point") in _read("The index was up 5.91 points at 874.")


def test_a_number_after_to_with_no_move_before_it_stays_unread() -> None:
    assert _read("The council sent the plan to 221 .") == []
    assert (221.0, "point") in _read("The index rose 3 points to 221 .")


def test_earnings_per_diluted_or_basic_share_are_per_share() -> None:
    found = _read("Profit was 10 cents per diluted share, or $1.02 a basic share, in the quarter.")
    assert found == [(10.0, "cent per share"), (1.02, "USD per share")]


def test_a_lower_cased_index_name_before_stock_index_futures_counts_nothing() -> None:
    found = _read("standard & poors 500 stock index futures declined 4.40 points to 983.50 .")
    assert 500.0 not in [value for value, _ in found]
    assert 500.0 not in [value for value, _ in _read("the s&p 500 index fell 3 points to 981 .")]
    assert 500.0 in [value for value, _ in _read("the firm sold 500 stock options .")]  # a count stays
