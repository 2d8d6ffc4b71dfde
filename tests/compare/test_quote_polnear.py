"""The PolNeAR scorer's reading of gold content spans (bench_compare's polnear_content): pieces in text order,
a quote mark just outside the first or last piece taken in, and the data's listed order kept on request."""

from benchmarks.bench_compare import polnear_content

TEXT = 'Ms. Orvell spoke. "The ferry runs late," she said, "and nobody at the pier knows why." Then rain.'
FIRST = (TEXT.index('"The') + 1, TEXT.index("late,") + 5)
SECOND = (TEXT.index('"and') + 1, TEXT.index("why.") + 4)


def test_pieces_listed_out_of_text_order_are_read_first_to_last() -> None:
    start, end, joined = polnear_content(TEXT, [list(SECOND), list(FIRST)])
    assert TEXT[start:end].startswith('"The ferry') and TEXT[start:end].endswith('why."')
    assert start < end
    assert joined == '"The ferry runs late, and nobody at the pier knows why."'


def test_the_listed_order_is_kept_when_asked() -> None:
    start, end, joined = polnear_content(TEXT, [list(SECOND), list(FIRST)], listed=True)
    assert (start, end) == (SECOND[0], FIRST[1])
    assert start > end  # the empty span of sessions up to 11: no prediction can match it
    assert joined.startswith("and nobody")


def test_curly_marks_just_outside_the_span_are_taken_in() -> None:
    text = "The mayor said: “We will rebuild the bridge.” Nobody clapped."
    inner = (text.index("We"), text.index("bridge.") + 7)
    start, end, _ = polnear_content(text, [list(inner)])
    assert text[start:end] == "“We will rebuild the bridge.”"


def test_a_straight_mark_is_taken_in_only_when_it_opens_or_closes_a_quotation() -> None:
    text = 'He wrote "Keep out" on the door, and the sign"s paint ran.'
    inner = (text.index("Keep"), text.index("out") + 3)
    start, end, _ = polnear_content(text, [list(inner)])
    assert text[start:end] == '"Keep out"'
    # a mark glued to a word before it ("sign"s") opens nothing: the span stays as annotated
    glued = (text.index("s paint"), text.index("paint") + 5)
    start, end, _ = polnear_content(text, [list(glued)])
    assert text[start:end] == "s paint"


def test_a_span_holding_its_marks_already_is_unchanged() -> None:
    text = 'She said "yes, at noon" and left.'
    whole = (text.index('"yes'), text.index('noon"') + 5)
    assert polnear_content(text, [list(whole)])[:2] == whole
