from newsfuse.provenance.credits import _credit_phrases


def _wires(text: str) -> list[tuple[str, int]]:
    return [(name, start) for cue, name, start, _ in _credit_phrases(text) if cue == "wire"]


def test_wire_credits_are_read_on_every_line_that_holds_a_bracket_and_nowhere_else() -> None:
    text = (
        "(AP)\n"
        "The mayor (a Democrat) spoke on Monday.\n"
        "Crews worked late. (Reuters)\n"
        "A photo. (Dan Roe -- Santa Cruz Sentinel)\n"
        "No brackets here at all.\n"
        'He said it was over." (Agence France-Presse)'
    )
    assert _wires(text) == [
        ("AP", text.index("AP")),
        ("Reuters", text.index("Reuters")),
        ("Agence France-Presse", text.index("Agence")),
    ]


def test_a_bracket_inside_a_line_is_no_wire_credit() -> None:
    assert _wires("Officials (Reuters) said the road was closed.\nIt reopened (later).") == []
