from newsfuse.text import split_sentences


def test_offsets_point_at_the_sentence_text() -> None:
    text = (
        'PORT EMMET (CPS) — The U.S. Coast Guard said Mr. Brandt left at 3 p.m. on Jan. 5. "It is over," '
        "he said. Another one here!\n\nA new paragraph with 3.5 million people. And J. R. Smith came."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "PORT EMMET (CPS) — The U.S. Coast Guard said Mr. Brandt left at 3 p.m. on Jan. 5.",
        '"It is over," he said.',
        "Another one here!",
        "A new paragraph with 3.5 million people.",
        "And J. R. Smith came.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 0, 1, 1]


def test_quote_ending_inside_quote_marks_is_a_boundary() -> None:
    text = 'She said: "We are done." The board agreed.'
    assert [s.text for s in split_sentences(text)] == ['She said: "We are done."', "The board agreed."]


def test_ptb_style_quotes_and_agency_datelines() -> None:
    text = (
        "WASHINGTON (AP) _ The vote was close. ``We won,'' the senator said. ``It is over.'' Then she left."
    )
    assert [s.text for s in split_sentences(text)] == [
        "WASHINGTON (AP) _ The vote was close.",
        "``We won,'' the senator said.",
        "``It is over.''",
        "Then she left.",
    ]


def test_initials_decimals_and_single_line_breaks_stay_inside_a_sentence() -> None:
    text = "Gov. J.B. Pritzker of Ill. said growth was 2.5 percent\nlast year. It rose."
    assert [s.text for s in split_sentences(text)] == [
        "Gov. J.B. Pritzker of Ill. said growth was 2.5 percent\nlast year.",
        "It rose.",
    ]


def test_a_line_break_before_a_capital_is_a_boundary_even_without_a_full_stop() -> None:
    text = "Fire levels paper warehouse\nThe blaze began early on Sunday. Crews came."
    assert [s.text for s in split_sentences(text)] == [
        "Fire levels paper warehouse",
        "The blaze began early on Sunday.",
        "Crews came.",
    ]


def test_a_kept_split_is_handed_out_as_a_fresh_list() -> None:
    text = "The bridge reopened on Monday. Traffic was light. Officials said repairs cost $2 million."
    first = split_sentences(text)
    first.pop()
    again = split_sentences(text)
    assert len(again) == 3 and again is not first
    assert [s.text for s in again][-1] == "Officials said repairs cost $2 million."


def test_a_decade_or_an_ordinal_ends_a_sentence_but_a_joined_clock_time_does_not() -> None:
    text = "He ran the mill from the 1990s. He promised more jobs. It closed on July 3rd. Court was at 1p.m. Monday."
    assert [s.text for s in split_sentences(text)] == [
        "He ran the mill from the 1990s.",
        "He promised more jobs.",
        "It closed on July 3rd.",
        "Court was at 1p.m. Monday.",
    ]


def test_ste_is_an_abbreviation() -> None:
    text = "The mill in Sault Ste. Marie reopened on Monday. Workers returned at dawn."
    assert [s.text for s in split_sentences(text)] == [
        "The mill in Sault Ste. Marie reopened on Monday.",
        "Workers returned at dawn.",
    ]


def test_a_clock_ends_its_sentence_when_the_next_word_opens_one() -> None:
    text = (
        "The blaze was reported at 6:40 p.m. The warehouse had closed for the weekend. "
        "Shots rang out at about 9 p.m. Police found a man in the street, and police said he had died."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The blaze was reported at 6:40 p.m.",
        "The warehouse had closed for the weekend.",
        "Shots rang out at about 9 p.m.",
        "Police found a man in the street, and police said he had died.",
    ]


def test_a_clock_goes_on_before_a_day_or_a_zone_or_after_a_time_opener() -> None:
    for text in (
        "The storm is expected to begin at 2:43 p.m. Eastern standard time on Tuesday.",
        "The meeting was set for 5 p.m. Sunday at the town hall.",
        "The launch came at 9 a.m. EST after a delay.",
        "The plane landed at 10 p.m. Moscow time on Friday.",
        "On Monday, June 16, 2014 at 12:50 a.m. Officers responded to a call, and officers found a man.",
    ):
        assert [s.text for s in split_sentences(text)] == [text]


def test_the_word_after_a_clock_counts_only_where_the_text_writes_it_lower_case_on_its_own() -> None:
    def pieces(text: str) -> int:
        return len(split_sentences(text))

    clock = "Shots rang out at about 9 p.m. Memphis officers found a man in the street near the river."
    # in a link, after a hyphen or an apostrophe, or before ".x": not the word on its own
    for elsewhere in (
        "See http://memphis.crimestoppers.org now.",
        "An ex-memphis player.",
        "Its o'memphis.",
        "Try memphis.gov.",
    ):
        assert pieces(f"{clock} {elsewhere}") == pieces(elsewhere) + 1
    # on its own, also as the text's very first word: the clock ends its sentence
    assert pieces(f"{clock} Later memphis police spoke.") == 3
    assert pieces(f"memphis police spoke. {clock}") == 3


def test_a_days_ordinal_before_its_month_ends_no_sentence() -> None:
    # audit r29 step 4: the German brief opened "März 2026 — Die Stadt …" and "HOHENFURT, 10." stood alone
    for text in (
        "HOHENFURT, 10. März 2026 — Die Stadt Hohenfurt hat die Brücke gesperrt.",
        "Die Brücke wird am 3. Oktober wieder geöffnet, sagte die Stadt.",
        "The hearing was moved to the 21. October session by the court.",
        "Udstillingen åbner 1. Marts i København.",
        "Näyttely avataan 3. Lokakuuta Helsingissä.",
    ):
        assert [s.text for s in split_sentences(text)] == [text]


def test_a_number_that_is_no_days_ordinal_still_ends_its_sentence() -> None:
    def texts(text: str) -> list[str]:
        return [s.text for s in split_sentences(text)]

    # a year, a number past 31, a decimal's tail, or a word that is no month after the number
    assert texts("The bridge opened in 2010. May was the busiest month.") == [
        "The bridge opened in 2010.",
        "May was the busiest month.",
    ]
    assert texts("The count rose to 45. March organisers were pleased.") == [
        "The count rose to 45.",
        "March organisers were pleased.",
    ]
    assert texts("The rate was 3.10. October was calm.") == ["The rate was 3.10.", "October was calm."]
    assert texts("Die Zahl stieg auf 12. Die Stadt prüft das.") == [
        "Die Zahl stieg auf 12.",
        "Die Stadt prüft das.",
    ]
