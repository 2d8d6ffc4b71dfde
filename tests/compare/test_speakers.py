"""Speaker resolution of direct quotes: roles qualified by an organisation, "…?" X said, titled surnames."""

from newsfuse.compare.quotes import extract_quotes
from tests.helpers import article


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.speaker, m.role) for m in extract_quotes(article("a", text))]


def test_a_role_qualified_by_its_organisation_before_the_name() -> None:
    text = '"The harbor will reopen in May," Harbor Board press secretary Ines Vall said on Monday.'
    assert _speakers(text) == [
        ("The harbor will reopen in May", "Ines Vall", "Harbor Board press secretary"),
    ]


def test_a_question_attributed_after_it_but_not_across_a_paragraph_or_to_the_next_quote() -> None:
    text = (
        '"How many times must we rebuild this pier?" Odile Marchetti said. "It is unbearable."\n\n'
        'Kurt Basso asked, "Will the state pay?"\n\nMarchetti replied, "Yes, half of it."\n\n'
        '"Why now, after ten years?" Basso then wrote back, "You said June."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("How many times must we rebuild this pier?", "Odile Marchetti"),
        ("It is unbearable.", "Odile Marchetti"),
        ("Will the state pay?", "Kurt Basso"),
        ("Yes, half of it.", "Odile Marchetti"),
        # "Basso then wrote back," introduces the next quote, not this one's attribution: this quote floats
        # and takes the speaker of the quote that closed the paragraph before
        ("Why now, after ten years?", "Odile Marchetti"),
        ("You said June.", "Kurt Basso"),
    ]


def test_he_resolves_to_a_person_named_only_by_title_and_surname() -> None:
    text = (
        "Mr. Okafor toured the flooded district on Tuesday with the Lakeside Museum director.\n\n"
        '"The water reached the second floor," he said.\n\n'
        'President Lindqvist met the families later. "We will not leave anyone behind," she said.\n\n'
        'McAllister said the money would come in June. "Nobody will wait longer," he said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Okafor", "Lindqvist", "McAllister"]


def test_he_prefers_the_subject_over_a_person_after_a_preposition() -> None:
    text = (
        "In an interview with Rusty Calder, Colonel Amos Whitby said he had doubts about the plan.\n\n"
        '"Now I can say what I think," he said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Amos Whitby"]


def test_a_participle_attribution_is_spoken_by_the_sentence_subject() -> None:
    text = (
        "At the harbor, Odile Marchetti attacked Kurt Basso for his support of the new pier in Westport, "
        'saying, "He has never paid for anything he promised."'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Odile Marchetti"]


def test_an_aside_between_the_speaker_and_the_verb_before_the_quote() -> None:
    text = 'Mayor Odile Marchetti, at a later meeting with the press, said, "The pier opens in May."'
    assert [s for _, s, _ in _speakers(text)] == ["Odile Marchetti"]


def test_a_title_abbreviation_does_not_end_the_sentence_of_the_subject() -> None:
    # "Gen. " is no sentence end: the subject of the sentence is still Harlan Voss, not the general after it
    text = 'Harlan Voss met Gen. Tomas Brekke at the depot.\n\n"The convoy leaves at dawn," he said.'
    assert [(t, s) for t, s, _ in _speakers(text)] == [("The convoy leaves at dawn", "Harlan Voss")]


def test_a_title_in_quote_marks_is_not_a_quote() -> None:
    text = (
        'Mara Quist is promoting her book, "Rivers of the Old North," in twelve cities this month. '
        '"We sold out the first printing," Quist said.'
    )
    assert [t for t, _, _ in _speakers(text)] == ["We sold out the first printing"]


def test_a_speaker_named_with_the_organisation_after_of() -> None:
    text = '"It was the least bad outcome," Mr. Okonkwo of the Harbor Trust said.'
    assert [(t, s) for t, s, _ in _speakers(text)] == [("It was the least bad outcome", "Okonkwo")]


def test_a_sentence_ends_at_a_full_stop_inside_closing_quote_marks() -> None:
    text = (
        'Kurt Basso called the closure "arbitrary." Odile Marchetti warned that the ferry would lose money.\n\n'
        '"Nobody asked the islanders," she said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Odile Marchetti"]


def test_he_prefers_the_speaker_of_the_attribution_in_the_sentence_before() -> None:
    text = (
        "Harlan Voss's plan to close the pier had cost the town its ferry, Tomas Brekke said.\n\n"
        '"If the pier closes, the island empties," he said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Tomas Brekke"]


def test_an_object_pronoun_does_not_give_the_subject_its_gender() -> None:
    # "him" in Vall's sentence is Basso, not Vall: "she" is still Ines Vall, not the earlier Lena Brandt
    text = (
        "Mayor Lena Brandt opened the meeting.\n\n"
        'Councillor Ines Vall questioned him about the budget. "The money is gone," she said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ines Vall"]


def test_an_age_between_the_speaker_and_the_verb() -> None:
    text = "''The ferry was never late,'' Mr. Tom Reyes, 82, said.\n\n\"We were always early,\" Ana Ruiz, 25, said."
    assert [s for _, s, _ in _speakers(text)] == ["Tom Reyes", "Ana Ruiz"]


def test_a_person_named_after_the_pronoun_in_its_sentence_is_not_its_referent() -> None:
    text = (
        '"I will not endorse anyone yet," Odile Marchetti said.\n\n'
        "It is not as if she has never backed a candidate: she campaigned for Kurt Basso in 2012.\n\n"
        '"I was at every event," she said.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("I will not endorse anyone yet", "Odile Marchetti"),
        ("I was at every event", "Odile Marchetti"),
    ]


def test_a_first_name_that_is_also_a_word_and_a_weekday_that_is_no_person() -> None:
    text = (
        "The mayor spoke on Monday.\n\nBill Ossory, a pollster for the council, was cautious. On Tuesday, he "
        'said, "the pier is only a start."\n\n"It will take more than one pier," he said.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)][-1] == ("It will take more than one pier", "Bill Ossory")


def test_a_speaker_with_several_asides_and_a_question_with_a_long_attribution_clause() -> None:
    text = (
        "''I just do not trust the pier plan,'' Cecile Purn, 67, a retired clerk in Millbrook, Pa., said.\n\n"
        '"You think I am going to change?" Kurt Basso asked reporters during a news conference last month. '
        '"I am not changing."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("I just do not trust the pier plan", "Cecile Purn"),
        ("You think I am going to change?", "Kurt Basso"),
        ("I am not changing.", "Kurt Basso"),
    ]


def test_verbs_of_saying_in_the_present_tense() -> None:
    text = '"The pier is safe," Ines Vall said.\n\nKurt Basso responds, "It is not safe at all."'
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("The pier is safe", "Ines Vall"),
        ("It is not safe at all.", "Kurt Basso"),
    ]


def test_a_described_speaker_stops_before_a_clause_of_its_own() -> None:
    text = 'Odile Marchetti waved at a neighbor as she angrily said, "I am so sick of the pier plan."'
    assert [(t, s) for t, s, _ in _speakers(text)] == [("I am so sick of the pier plan.", "Odile Marchetti")]


def test_the_subject_of_a_reported_clause_after_said_does_not_speak() -> None:
    text = (
        "Brian Ossory, the chairman of the harbor board, said Kurt Basso hurt the plan. "
        '"I do not think it helps him," he said.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [("I do not think it helps him", "Brian Ossory")]


def test_a_quote_signed_with_a_hyphen_and_verbs_with_an_auxiliary_or_of_pressing() -> None:
    text = (
        '"I will look into the pier contracts."\n\n- Odile Marchetti.\n\n'
        '"A harbor is a promise," Kurt Basso has said in speeches.\n\n'
        '"Would it be negotiable?" Ines Vall pressed. "Maybe half of it?"'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("I will look into the pier contracts.", "Odile Marchetti"),
        ("A harbor is a promise", "Kurt Basso"),
        ("Would it be negotiable?", "Ines Vall"),
        ("Maybe half of it?", "Ines Vall"),
    ]


def test_a_word_in_capitals_makes_no_person_name() -> None:
    text = (
        "Kurt Basso spoke to the council on Monday.\n\n"
        "THE BORROWING Back when he ran the harbor, debt was a last resort. "
        '"You would like to pay cash for the pier," he said.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("You would like to pay cash for the pier", "Kurt Basso")
    ]


def test_a_name_followed_by_for_is_not_a_qualifier_of_a_person_noun() -> None:
    text = '"The impact of the pier vote is still small," wrote Cameron Easley for Harbor Weekly.'
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("The impact of the pier vote is still small", "Cameron Easley")
    ]


def test_a_role_noun_speaker_is_the_person_named_with_that_role_not_the_nearest_person() -> None:
    text = (
        "Ines Vall, a spokeswoman for the harbor board, said the pier is closed.\n\n"
        "Mayor Tom Reyes toured the pier on Monday with the engineers.\n\n"
        '"We will reopen in May," the spokeswoman said.'
    )
    assert _speakers(text) == [("We will reopen in May", "Ines Vall", "spokeswoman for the harbor board")]


def test_an_organisation_described_by_its_head_noun_is_that_organisation() -> None:
    text = (
        "The Ministry of Transport closed the pier. Minister Tom Reyes toured it on Monday.\n\n"
        '"We will reopen in May," the ministry said.\n\n'
        '"The ferry runs," the agency said.'  # no agency named before: the description itself
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ministry of Transport", "the agency"]


def test_a_speaker_described_with_an_indefinite_article_is_kept_as_described() -> None:
    text = (
        "Mayor Tom Reyes toured the pier on Monday.\n\n"
        '"We will reopen in May," a senior official said.\n\n'
        '"Nobody asked the islands," said a spokesman.'
    )
    assert [(s, r) for _, s, r in _speakers(text)] == [("a senior official", None), ("a spokesman", None)]


def test_attributions_by_according_to_reported_went_on_and_a_later_day() -> None:
    text = (
        '"The pier will reopen in May," according to the Harbor Board.\n\n'
        '"Nobody asked the islands," Westport News reported.\n\n'
        '"You pay twice," Ines Vall went on, "and nobody listens."\n\n'
        'Tom Reyes later Thursday told Radio Lakeside: "We will not wait."'
    )
    assert [s for _, s, _ in _speakers(text)] == [
        "Harbor Board",
        "Westport News",
        "Ines Vall",
        "Ines Vall",
        "Tom Reyes",
    ]


def test_a_role_of_lower_case_and_capitalised_words_before_the_name() -> None:
    text = (
        '"The pier stays shut," said former Harbor Board adviser Ines Vall.\n\n'
        '"We will rebuild it," former Westport governor Tom Reyes said.\n\n'
        '"Nobody asked us," said former Gov. Odile Marchetti of Lakeside.'
    )
    assert [(s, r) for _, s, r in _speakers(text)] == [
        ("Ines Vall", "former Harbor Board adviser"),
        ("Tom Reyes", "former Westport governor"),
        ("Odile Marchetti", "former Gov."),
    ]


def test_a_described_speaker_with_the_name_in_apposition() -> None:
    text = (
        "Mayor Kurt Basso opened the pier on Monday.\n\n"
        '"The ferry runs again," said the harbor spokeswoman, Ines Vall, on Monday.\n\n'
        '"It will run all winter," the port director, Tom Reyes, said.'
    )
    assert [(s, r) for _, s, r in _speakers(text)] == [
        ("Ines Vall", "harbor spokeswoman"),
        ("Tom Reyes", "port director"),
    ]


def test_a_surname_that_is_also_a_town_names_a_person() -> None:
    # "Bolton" is an English town (pycountry lists it): still the surname of the person named in full
    text = (
        "Former ambassador John Bolton spoke to Radio Lakeside on Monday. Bolton also discussed the pier.\n\n"
        'He said: "It is a disgrace."'
    )
    assert [s for _, s, _ in _speakers(text)] == ["John Bolton"]


def test_he_after_a_leading_clause_is_the_subject_after_the_comma() -> None:
    text = (
        "As supporters waited for her in a Lakeside Mall ballroom, Ines Vall thanked them.\n\n"
        '"This is your win," she wrote.\n\n'
        "Odile Marchetti has not answered Kurt Basso's remarks, though she kept up her attacks.\n\n"
        '"The pier must reopen," she said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ines Vall", "Odile Marchetti"]


def test_a_quote_paragraph_without_attribution_keeps_the_speaker_until_another_is_named() -> None:
    text = (
        '"The pier stays shut," Ines Vall told Radio Lakeside on Monday, standing by the gate.\n\n'
        "The harbor board meets again in May.\n\n"
        '"We will not wait for the board."\n\n'
        "Tom Reyes, the mayor, disagreed.\n\n"
        '"Nobody asked the islands."'
    )
    # the last quote is no longer Ines Vall's once another person is named; it is the person the paragraph
    # before ends on as its sentence's subject (session 16; was None)
    assert [s for _, s, _ in _speakers(text)] == ["Ines Vall", "Ines Vall", "Tom Reyes"]


def test_a_role_through_its_holder_and_an_inner_quote_closed_with_the_outer_one() -> None:
    text = (
        "''We looked at every ferry,'' the harbor board's chief engineer, Ines Vall, told Radio Lakeside.\n\n"
        "''It ran on 'Harbor Live,''' said Tom Reyes, the mayor."
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ines Vall", "Tom Reyes"]


def test_a_clause_word_before_a_surname_and_more_verbs_of_saying() -> None:
    text = (
        "Kurt Basso spoke first. When Vall accused him of delay, Basso shrugged.\n\n"
        'Ines Vall shot back, "The pier has waited ten years."\n\n'
        'Tom Reyes runs the ferry. "Nobody asked the islands," he often says.\n\n'
        '"It will run all winter," Odile Marchetti elaborated.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ines Vall", "Tom Reyes", "Odile Marchetti"]


def test_a_he_inside_the_previous_quote_does_not_hide_its_speaker() -> None:
    text = (
        "Renata Olsson spoke first.\n\n"
        "''The mayor admitted he has no plan for the port,'' Tomas Brandvik, the former harbor master, "
        "told the radio.\n\n"
        "He added, ''We need a plan before winter.''"
    )
    assert [s for _, s, _ in _speakers(text)][-1] == "Tomas Brandvik"


def test_a_described_speaker_resolves_to_the_person_the_text_is_about() -> None:
    text = (
        "Dr. Ilse Varga, who ran the clinic for 30 years, visited the ward on Monday.\n\n"
        '"We need twice the beds," the retired neurosurgeon told the council.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ilse Varga"]


def test_a_place_after_a_title_word_holds_no_role() -> None:
    text = (
        "The race for governor of Nova Scotia is close.\n\n"
        'Gov. Anton Pelkey opened the bridge. "It took ten years," the governor said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Anton Pelkey"]


def test_a_surname_shared_by_two_people_gives_neither_a_gender() -> None:
    text = (
        "Donald Brandt opened the fair. Brandt said he was proud.\n\n"
        "His daughter, Ivanka Brandt, stood beside him. Brandt said he wanted four more years.\n\n"
        "The band of Kim Ostrander played. "
        'At center stage was Ivanka Brandt. "I have seen him fight for this town," she said.'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Ivanka Brandt"]


def test_a_name_run_cut_at_an_abbreviated_title_is_no_person() -> None:
    text = 'Ohio Gov. Anton Pelkey toured the plant on Monday. "We will keep these jobs," he said.'
    assert [s for _, s, _ in _speakers(text)] == ["Anton Pelkey"]


def test_lower_case_roles_before_a_name_after_the_quote_and_a_possessive_outlet_before_it() -> None:
    text = (
        "''Wages are finally rising,'' the economist Ida Brenner, a former adviser to the mayor, wrote on "
        "her blog.\n\n"
        "''Harbor tolls must not double,'' former Gov. Anton Pelkey of Nova Scotia said on Twitter.\n\n"
        '"These are hard days for the port," former Anton B. Pelkey aide Olaf Strand wrote in a column.\n\n'
        'As The Gazette\'s Mira Holt puts it, "The tolls are a tax."\n\n'
        "As the columnist Rupert Dahl had written years before, ''Nobody builds a pier for one summer.''"
    )
    assert [s for _, s, _ in _speakers(text)] == [
        "Ida Brenner",
        "Anton Pelkey",
        "Olaf Strand",
        "Mira Holt",
        "Rupert Dahl",
    ]


def test_a_sentence_word_before_a_surname_is_no_part_of_the_name() -> None:
    text = (
        "Rupert Dahl ran the harbor board for a decade.\n\n"
        'Even Dahl admitted the plan was late. "We lost two summers," Even Dahl said.\n\n'
        'But, said Dahl, "the pier will open in May."'
    )
    assert [s for _, s, _ in _speakers(text)] == ["Rupert Dahl", None]  # not "Even Dahl", not "But"


def test_the_subject_of_a_sentence_ending_in_a_verb_of_saying_speaks() -> None:
    text = (
        "Mayor Petra Lindqvist opened the hearing.\n\n"
        'At the hearing, Lindqvist compared herself to Harold Brisk, saying, "I never took a ferry bribe."\n\n'
        "Councillor Tomas Eberle shared a report on his blog, writing "
        '"The dredging costs twice what the city says."\n\n'
        'Brisk walked out, and Eberle said he would return and added, "This is far from over."\n\n'
        'The ad shows footage of Harold Brisk asking, "Who pays for the pier?"'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("I never took a ferry bribe.", "Petra Lindqvist"),  # not Harold Brisk, named before "saying"
        ("The dredging costs twice what the city says.", "Tomas Eberle"),
        ("This is far from over.", "Tomas Eberle"),  # the speaker of "said", not the sentence's subject
        ("Who pays for the pier?", "Harold Brisk"),  # the participle's own subject (no comma between)
    ]


def test_according_to_and_an_inverted_said_before_a_quote() -> None:
    text = (
        "Inspector Alma Ruiz led the review.\n\n"
        'According to Ruiz, "The pumps failed twice in one week."\n\n'
        'The review went on for months. Said Jonas Feld, a pump engineer, "We warned them in March."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("The pumps failed twice in one week.", "Alma Ruiz"),
        ("We warned them in March.", "Jonas Feld"),
    ]


def test_a_capitalised_first_word_or_a_title_after_told_gives_no_speaker() -> None:
    text = (
        'Small groups of protesters marched, chanting, "Open the harbor now."\n\n'
        'The mayor told "Harbor Morning Live" that the pier would reopen.'
    )
    speakers = _speakers(text)
    assert speakers[0][1] is None  # "Small groups" is no one, and no one is named before
    assert [t for t, _, _ in speakers] == ["Open the harbor now."]  # the show's title is no quote


def test_an_attribution_after_the_writers_words_or_long_asides() -> None:
    text = (
        '"Half the harbor cases could change with this ruling," since most were decided by one vote, '
        "said Lee Okonjo, who teaches maritime law.\n\n"
        '"The pier was never safe," Harry Bond, 30, of Millbrook, Ore., a retired diver who was among those '
        "polled, said in a follow-up interview.\n\n"
        '"If they were serious, they would have fixed it," Toomas Ilves fumed on Tuesday.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("Half the harbor cases could change with this ruling", "Lee Okonjo"),
        ("The pier was never safe", "Harry Bond"),
        ("If they were serious, they would have fixed it", "Toomas Ilves"),
    ]


def test_a_name_does_not_run_across_a_line_break() -> None:
    text = (
        "Harbor Debate Was A Sign Of Leadership\nMarco Ferri spoke first at the pier.\n\n"
        '"Leadership is about solving the problem," he said.'
    )
    assert _speakers(text)[0][1] == "Marco Ferri"


def test_an_organisation_speaking_as_it() -> None:
    text = (
        "The staff association of the Harbor Bank wrote to the board this month.\n\n"
        '"We have accepted decades of back-room deals," it said. "This must change."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("We have accepted decades of back-room deals", "Harbor Bank"),
        ("This must change.", "Harbor Bank"),
    ]


def test_a_speaker_named_after_a_he_in_the_sentence_before_can_be_its_referent() -> None:
    text = (
        "Richard Vollmer backs Senator Anton Kruse.\n\n"
        "Kruse is not only right on the issues, he is also the ablest candidate, Vollmer argues.\n\n"
        '"Kruse is our best debater," he says.'
    )
    assert _speakers(text)[0][1] == "Richard Vollmer"


def test_a_question_attributed_with_the_clause_going_on_and_participles_a_few_words_before() -> None:
    text = (
        "Gina Holt and Alan Lichter spoke.\n\n"
        '"Why cozy up to the mayor?" Lichter said about the effort to downplay his ties to the harbor board.\n\n'
        "Ted Kruse met Anna Bell. Kruse seemed to mock her, saying at one point, ''The answer is not to yell.''\n\n"
        'Kruse tried to laugh it off by interjecting, "Only Rosie Vance." Bell was relentless.\n\n'
        'Bill Maher hosted. Maher stated that the report "wasn\'t good." Adding, "Now, it is never that bad."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("Why cozy up to the mayor?", "Alan Lichter"),
        ("The answer is not to yell.", "Ted Kruse"),
        ("Only Rosie Vance.", "Ted Kruse"),
        ("Now, it is never that bad.", "Bill Maher"),  # "wasn't good" is a phrase of his reported speech
    ]


def test_a_speaker_name_loses_its_party_and_state_and_its_suffix() -> None:
    text = (
        '"The levee will hold," said Rep. Jim Tallis (D-Ore.). '
        '"We will see," said Walter P. Crane Jr., the county engineer. '
        '"It is ready," said Del. Mara Quint. "Good work," said J.R. Ottley.'
    )
    speakers = [m.speaker for m in extract_quotes(article("a", text))]
    assert speakers == ["Jim Tallis", "Walter P. Crane", "Mara Quint", "J.R. Ottley"]


def test_a_pronoun_subject_after_an_opening_phrase_speaks_not_the_person_it_names() -> None:
    text = (
        "Mayor Tom Reyes left no doubt about the vote. Two years ago, he backed Ana Ruiz over the council "
        'and said, "The harbor comes first."'
    )
    assert [m.speaker for m in extract_quotes(article("a", text))] == ["Tom Reyes"]


def test_a_described_organisation_is_the_organisation_last_speaking_as_a_subject() -> None:
    text = (
        "Lanternfish acknowledged that the outage was serious. "
        '"We are restoring the service region by region," the company said.\n\n'
        'Halvard Fenn, who runs a bakery, said: "I lost a day of orders."'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("We are restoring the service region by region", "Lanternfish"),
        ("I lost a day of orders.", "Halvard Fenn"),
    ]


def test_a_described_organisation_is_no_person_named_before_nor_a_plural_subject() -> None:
    text = (
        "George Pell said the tickets had gone. Analysts said the queue was long. "
        '"Refunds will follow within a week," the firm said.'
    )
    assert [(t, s) for t, s, _ in _speakers(text)] == [
        ("Refunds will follow within a week", "the firm"),
    ]


def test_a_name_and_verb_as_a_short_sentence_after_a_quote_closed_by_a_full_stop() -> None:
    text = (
        'Rosalind Quarry spoke last.\n\n"We will open the dam on Friday." Quarry said.\n\n'
        '"The river is high." Engineers said in a report that the gates were old.'
    )
    found = _speakers(text)
    assert found[0][:2] == ("We will open the dam on Friday.", "Rosalind Quarry")
    # "Engineers said in a report that …" goes on: the next sentence's subject, not the attribution
    assert found[1][0] == "The river is high." and found[1][1] != "Engineers"


def test_a_pronoun_takes_the_namesake_of_its_gender_when_two_people_share_a_surname() -> None:
    hers = (
        "Hillary Vance won the county vote in March.\n\nHer husband, former mayor Bill Vance, stood beside her on"
        " Tuesday.\n\nIn Dayton, Vance, without naming him, criticised her rival.\n\n"
        '"You cannot show up a week before the vote," she said.'
    )
    assert [s for _, s, _ in _speakers(hers)] == ["Hillary Vance"]  # was "Bill Vance", the last full name
    his = (
        "Donald Pratt runs the family firm. His daughter, Ivanka Pratt, joined it in 2005.\n\n"
        'Pratt spoke to the staff on Friday.\n\n"We are going to build again," he said.'
    )
    assert [s for _, s, _ in _speakers(his)] == ["Donald Pratt"]
