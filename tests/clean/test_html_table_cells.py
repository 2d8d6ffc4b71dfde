"""trafilatura's table cell marks in the HTML path's text (audit finding 1, session 27): a layout table's row is
cut into its cells without marks, a row of marks alone is no block, a data table keeps its separators."""

from __future__ import annotations

from newsfuse.clean.html import clean_html, table_cells

LEAD = (
    "The center-right government of Poland's new prime minister said on Monday that it would review the plan "
    "to host the missile defence shield, which the previous government had backed strongly for two years."
)
MORE = (
    "Officials said talks would go on for weeks and no decision was expected before the spring summit in "
    "Brussels, where allies will meet to weigh the plan once more."
)


def _page(body: str) -> str:
    return f"<html><head><title>Poland reviews shield</title></head><body>{body}</body></html>"


def test_marks_alone_are_no_block() -> None:
    assert table_cells(["| | | |", "|---|---|", "| :--- | ---: |", LEAD]) == [LEAD]


def test_layout_row_becomes_its_cells() -> None:
    row = f"| | | {LEAD} | Sidebar |  |"
    assert table_cells([row]) == [LEAD, "Sidebar"]
    assert table_cells(["| By John Harris TRIBUNE-REVIEW", "Steelers won the game. |"]) == [
        "By John Harris TRIBUNE-REVIEW",
        "Steelers won the game.",
    ]


def test_data_table_keeps_its_separators() -> None:
    rows = ["| Team | P | W |", "| Bulls | 10 | 7 |", "| Dolphins | 10 | 5 |", "| Cosmos | 10 | 3 |"]
    assert table_cells(["|---|---|---|", *rows]) == rows


def test_long_cells_or_few_rows_are_layout() -> None:
    two = ["| Bulls | 10 |", "| Dolphins | 10 |"]
    assert table_cells(two) == ["Bulls", "10", "Dolphins", "10"]
    long_rows = [f"| {LEAD} | x |", f"| {MORE} | y |", f"| {LEAD} | z |"]
    assert table_cells(long_rows) == [LEAD, "x", MORE, "y", LEAD, "z"]


def test_text_outside_tables_is_untouched() -> None:
    assert table_cells(["Politics | World", "a|b and c", LEAD]) == ["Politics | World", "a|b and c", LEAD]


def test_clean_html_lead_has_no_marks() -> None:
    html = _page(
        "<table><tr><td></td><td></td><td></td></tr>"
        f"<tr><td><p>{LEAD}</p><p>{MORE}</p></td><td>Sidebar</td><td></td></tr></table>"
    )
    text = clean_html(html).text
    assert "|" not in text
    assert text.startswith(LEAD[:40])
    assert "|" in clean_html(html, cells=False).text


def test_clean_html_data_table_rows_stay() -> None:
    table = "".join(
        f"<tr><td>{team}</td><td>10</td><td>{won}</td></tr>"
        for team, won in (("Bulls", 7), ("Dolphins", 5), ("Cosmos", 3), ("Rovers", 2))
    )
    html = _page(
        f"<p>{LEAD}</p><p>{MORE}</p><table><tr><th>Team</th><th>P</th><th>W</th></tr>{table}</table>"
    )
    text = clean_html(html).text
    assert "| Bulls | 10 | 7 |" in text.split("\n\n")
    assert not any(set(line) <= set("|-: ") for line in text.split("\n") if line)
