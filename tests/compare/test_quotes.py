from newsfuse.compare.quotes import extract_quotes, quote_pairs
from newsfuse.compare.reported import extract_reported
from tests.helpers import article


def _pieces(text: str) -> list[tuple[str, bool, bool]]:
    """(text, continued, embedded) of each quote piece found in ``text``."""
    return [(m.text, m.continued, m.embedded) for m in extract_quotes(article("a", text))]


def test_quote_of_several_paragraphs_runs_on_and_keeps_its_speaker() -> None:
    text = (
        'Mayor Lena Brandt spoke first. "We will rebuild the pier before summer, whatever it costs.\n\n'
        '"And we will ask the state to pay half," she said.\n\nThe council meets on Monday.'
    )
    pieces = list(quote_pairs(text))
    assert [runs_on for _, _, runs_on in pieces] == [True, False]
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("We will rebuild the pier before summer, whatever it costs.", "Lena Brandt", False),
        ("And we will ask the state to pay half", "Lena Brandt", True),
    ]


def test_quote_split_by_its_attribution_is_one_quote_in_two_pieces() -> None:
    text = '"By locking in the deal," Mr. Tom Reyes said, "we let the harbor reopen in May."'
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("By locking in the deal", "Tom Reyes", False),
        ("we let the harbor reopen in May.", "Tom Reyes", True),
    ]


def test_a_quote_continues_after_the_rest_of_its_attribution_clause() -> None:
    text = (
        '"This is a political thing," he told Bloomberg News in October, "keeping rates at this level." '
        'Critics call the plan "A cruel joke." Instead, Lee said, "the state will pay."'
    )
    assert _pieces(text) == [
        ("This is a political thing", False, False),
        ("keeping rates at this level.", True, False),  # one quote in two pieces, not a phrase quoted
        ("A cruel joke.", False, True),
        ("the state will pay.", False, True),  # "Instead, Lee said," is an attribution of its own, not a tail
    ]


def test_quotations_inside_the_writers_sentence_are_flagged_embedded() -> None:
    text = (
        'Protesters chanted "What curfew?" all night. Ana Ruiz said she knows that "The bridge is not safe." '
        'Critics call the plan "A cruel joke that nobody asked for." Instead, Lee said, "the state will pay." '
        '"It is safe," said Tom Reyes.'
    )
    found = {m.text: m.embedded for m in extract_quotes(article("a", text))}
    assert found == {
        "What curfew?": False,
        "The bridge is not safe.": True,
        "A cruel joke that nobody asked for.": True,
        "the state will pay.": True,
        "It is safe": False,
    }


def test_pronoun_resolves_to_a_person_not_a_place_and_through_a_surname() -> None:
    text = (
        "House Speaker Paul Ryan met Mayor Lena Brandt in North Korea last year. Later, Ryan spoke in Ohio. "
        '"I am not ready," he said.'
    )
    (quote,) = extract_quotes(article("a", text))
    assert quote.speaker == "Paul Ryan"


def test_speaker_of_a_vox_pop_and_of_a_quote_opening_the_next_paragraph() -> None:
    text = (
        '"The ferry is always late." ― Ana Ruiz\n'
        '"We will add a second boat," said Tom Reyes.\n\n'
        '"It will run from May."\n\nThe council meets on Monday.'
    )
    speakers = {m.text: m.speaker for m in extract_quotes(article("a", text))}
    assert speakers == {
        "The ferry is always late.": "Ana Ruiz",
        "We will add a second boat": "Tom Reyes",
        "It will run from May.": "Tom Reyes",
    }


def test_he_and_she_skip_a_person_of_the_other_gender_and_names_inside_quotes() -> None:
    text = (
        "Mayor Lena Brandt said she would meet Tom Reyes, and he agreed. "
        '"Tom Reyes is wrong," said the council. Brandt spoke after Reyes left. '
        '"We will rebuild," she said. Later Reyes and Brandt met again. "No, never," he said.'
    )
    speakers = {m.text: m.speaker for m in extract_quotes(article("a", text))}
    assert speakers["We will rebuild"] == "Lena Brandt"
    assert speakers["No, never"] == "Tom Reyes"


def test_two_apostrophes_are_a_quote_mark() -> None:
    text = "''If we go to war, we have rifles,'' Mr. Tom Reyes said. ''But trade is our weapon.''"
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("If we go to war, we have rifles", "Tom Reyes", False),
        ("But trade is our weapon.", "Tom Reyes", True),
    ]


def test_a_described_speaker_with_no_matching_role_is_the_person_the_text_is_about() -> None:
    text = (
        "Donald Trump spoke in Concord on Monday. "
        '"We cannot have a guy who stands in the middle," said the New York businessman.'
    )
    (quote,) = extract_quotes(article("a", text))
    assert (quote.speaker, quote.role) == ("Donald Trump", "New York businessman")


def test_a_quote_running_into_the_writers_lower_case_prose_is_mixed_and_continues_nothing() -> None:
    text = (
        '"This pier is not safe," Mayor Lena Brandt said. "You cut the repair budget" to pay for parking, '
        'she said. "The only fix is a new pier" for the ferry.'
    )
    assert _pieces(text) == [
        ("This pier is not safe", False, False),
        ("You cut the repair budget", False, True),  # the writer's sentence goes on after the mark
        ("The only fix is a new pier", False, True),
    ]


def test_the_rest_of_a_quote_after_a_short_first_piece_and_its_attribution_is_direct() -> None:
    text = 'Tom Reyes toured the harbor. "My hope," he said, "is that the ferry runs again by May."'
    found = [(m.text, m.speaker, m.embedded, m.continued) for m in extract_quotes(article("a", text))]
    # since session 14 the short first piece is a quote too, the rest continuing it (PolNeAR joins the two)
    assert found == [
        ("My hope", "Tom Reyes", False, False),
        ("is that the ferry runs again by May.", "Tom Reyes", False, True),
    ]


def test_a_quote_after_a_mixed_quotation_is_a_quote_of_its_own() -> None:
    text = (
        "''I admire the mechanics'' of the harbor plan, Mr. Tom Reyes said. "
        "''They are more detailed than the old plan, but the money is not there.''"
    )
    assert _pieces(text) == [
        ("I admire the mechanics", False, True),
        ("They are more detailed than the old plan, but the money is not there.", False, False),
    ]


def test_a_quote_after_adding_is_a_new_quote_of_the_same_speaker() -> None:
    text = (
        '"The pier will reopen in May," Ines Vall said, adding, "The state pays half of the repairs."\n\n'
        '"We start on Monday," she said, "and we finish in spring."'
    )
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("The pier will reopen in May", "Ines Vall", False),
        ("The state pays half of the repairs.", "Ines Vall", False),  # its own cue: PolNeAR's convention
        ("We start on Monday", "Ines Vall", False),
        ("and we finish in spring.", "Ines Vall", True),
    ]


def test_a_show_title_in_an_attribution_is_no_quote_and_does_not_break_the_quote() -> None:
    text = (
        '"The harbor plan is a fraud," Tom Reyes said on NBC\'s "Meet the Press." '
        '"It costs twice what the council was told."'
    )
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("The harbor plan is a fraud", "Tom Reyes", False),
        ("It costs twice what the council was told.", "Tom Reyes", True),
    ]


def test_the_value_of_a_markup_attribute_left_in_the_text_is_no_quote() -> None:
    text = (
        '<tweet tweet-author="@harbor" tweet-date="March 4, 2016">The pier reopens in May.</tweet>\n\n'
        '"We will rebuild it," Ines Vall said.'
    )
    assert _pieces(text) == [("We will rebuild it", False, False)]


def test_a_paragraph_that_is_only_a_quote_continues_the_quote_of_the_paragraph_before() -> None:
    text = (
        '"The pier will reopen in May," Ines Vall said.\n\n"The state pays half of the repairs."\n\n'
        '"We start on Monday," Tom Reyes said.\n\n"It costs twice the estimate," he added, "and more."'
    )
    quotes = [(m.text, m.speaker, m.continued) for m in extract_quotes(article("a", text))]
    assert quotes == [
        ("The pier will reopen in May", "Ines Vall", False),
        ("The state pays half of the repairs.", "Ines Vall", True),
        ("We start on Monday", "Tom Reyes", False),
        ("It costs twice the estimate", "Tom Reyes", False),  # a paragraph with an attribution of its own
        ("and more.", "Tom Reyes", True),
    ]


def test_a_quote_right_after_a_quoted_phrase_and_its_attribution_is_part_of_that_mixed_quotation() -> None:
    text = (
        'Tom Reyes spoke first. Teachers are "looking to see who runs the harbor," Ines Vall said. '
        '"That has to scare a ferry captain."\n\n'
        'The plan is "a cruel joke for the islands," said Lena Brandt, who runs the ferry. "We pay twice."\n\n'
        'Vall said she would vote no because "nobody asked the islands," she said. "We will not pay."'
    )
    found = [(m.text, m.speaker, m.continued, m.embedded) for m in extract_quotes(article("a", text))]
    assert found == [
        ("That has to scare a ferry captain.", "Ines Vall", False, True),
        ("We pay twice.", "Lena Brandt", False, True),
        # the phrase is inside a sentence of reported speech with its own verb: the next quote stands alone
        ("We will not pay.", "Ines Vall", False, False),
    ]


def test_reported_speech_needs_a_verb_of_saying_not_a_plural_noun() -> None:
    text = (
        "The two states hold primaries on March 1.\n\n"
        "Her remarks came a day after the harbor vote in Westport.\n\n"
        "Despite Reyes's claims, the ferry will not run before the end of May.\n\n"
        "The pier is under intense pressure from the storms, said the company's chief engineer, Ines Vall."
    )
    found = [m.text for m in extract_reported(article("a", text))]
    assert found == [  # a possessive after the verb is the speaker's ("said the company's chief engineer")
        "The pier is under intense pressure from the storms",
    ]


def test_reported_speech_leaves_out_verbs_that_only_attribute_a_quote() -> None:
    text = "The Westport News reported a rise in ferry fares.\n\nTom Reyes went on to win the harbor vote."
    assert list(extract_reported(article("a", text))) == []


def test_a_quote_attributed_according_to_an_outer_source_is_part_of_its_content_unless_it_goes_on() -> None:
    text = (
        '"We will reopen in May," Tom Reyes said, according to the Westport News.\n\n'
        '"We pay twice," Ines Vall said, according to a transcript. "Nobody listens."'
    )
    assert _pieces(text) == [
        ("We will reopen in May", False, True),
        ("We pay twice", False, False),
        ("Nobody listens.", True, False),
    ]


def test_the_title_of_a_work_named_before_it_is_no_quote() -> None:
    text = (
        'Ines Vall told the story in her 2012 memoir, "Harbor Lights." The pier closed that year.\n\n'
        'The mayor\'s show, "Lakeside Live," ran for years.\n\n'
        '"We will reopen in May," Ines Vall said.'
    )
    quotes = list(extract_quotes(article("a", text)))
    assert [(m.text, m.speaker) for m in quotes] == [("We will reopen in May", "Ines Vall")]


def test_a_headline_or_slogan_cited_with_its_byline_year_or_publication_is_no_quote() -> None:
    text = (
        'READS:\n\n—"Harbor tolls will double next spring," by the Lakeside Gazette\'s Ines Vall.\n\n'
        '"Safe streets for all, yes to the tram" (2014) was the party\'s slogan.\n\n'
        'I agree with the mayor ("Brandt defends the pier plan," Lakeside Gazette, Monday).\n\n'
        '"We will rebuild the pier before summer," Mayor Lena Brandt said.'
    )
    assert [t for t, _, _ in _pieces(text)] == ["We will rebuild the pier before summer"]


def test_backtick_quotes_of_ldc_wire_copy_open_and_apostrophes_close() -> None:
    """``…,'' he said: two backticks open (DUC's AP/NYT copy), so the narration between two quotes is no quote."""
    text = (
        "``We will rebuild the bridge by spring,'' Mayor Ana Ruiz said on Tuesday. Critics were not sure. "
        "``It is far too late for that promise,'' said Tom Bell, a council member."
    )
    quotes = extract_quotes(article("a", text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild the bridge by spring", "Ana Ruiz"),
        ("It is far too late for that promise", "Tom Bell"),
    ]
    assert [text[q.span.start - 2 : q.span.start] for q in quotes] == ["``", "``"]
