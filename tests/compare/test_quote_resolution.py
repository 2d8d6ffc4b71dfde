"""Speaker resolution of direct quotes (session 13): a pronoun's verb before a name, an honorific of the other
gender than a full name's first name, descriptions of someone the text introduced without a name."""

from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.reported import extract_reported
from tests.helpers import article
from tests.helpers import quote_speakers as _speakers


def test_a_name_after_a_pronoun_and_its_verb_is_not_an_inverted_attribution() -> None:
    text = (
        '"We were told nothing," Arvo Lindqvist said. He said Pekka Rautio "never came to the hall."\n\n'
        '"We keep our doors open," he said.'
    )
    assert _speakers(text)[-1] == ("We keep our doors open", "Arvo Lindqvist")


def test_an_honorific_of_the_other_gender_names_the_namesake_not_the_full_name() -> None:
    text = (
        "Margaret Okonjo met voters in Dunmore on Friday. Her husband, Peter Okonjo, stayed in the capital.\n\n"
        "Mrs. Okonjo was asked about the mill. Mr. Okonjo had promised to reopen it.\n\n"
        "Mrs. Okonjo did not hesitate. ''The mill will reopen,'' she said."
    )
    assert _speakers(text) == [("The mill will reopen", "Margaret Okonjo")]


def test_the_woman_after_a_woman_is_the_unnamed_woman() -> None:
    text = (
        "Senator Ilse Brandt held a town hall in Greeley. A young woman asked Brandt about the water rights.\n\n"
        '"Who will pay for the canal?" the woman said.'
    )
    assert _speakers(text) == [("Who will pay for the canal?", "the woman")]


def test_an_indefinite_description_after_the_verb_is_read_to_its_end() -> None:
    text = '"The count will take a week," said a senior Harbor Board official, who asked not to be named.'
    assert _speakers(text) == [("The count will take a week", "a senior Harbor Board official")]


def test_a_surname_qualifying_a_noun_is_not_the_subject_a_pronoun_refers_to() -> None:
    text = (
        "Dr. Ilona Varga spoke at the clinic on Monday. Later the Varga campaign sent a note saying Thomas Berg "
        "would join the ticket.\n\n"
        '"We need more nurses, not more speeches," he told the crowd.'
    )
    assert _speakers(text) == [("We need more nurses, not more speeches", "Thomas Berg")]


def test_a_document_that_speaks_is_its_issuers() -> None:
    text = (
        "The Lakeside Harbor Authority said in a statement on Friday that the ferry would stay in port.\n\n"
        '"Safety comes before the timetable," the statement said.\n\n'
        'A letter signed by forty residents asked for a meeting. "We were never consulted," the letter says.'
    )
    assert _speakers(text) == [
        ("Safety comes before the timetable", "Lakeside Harbor Authority"),
        ("We were never consulted", "the letter"),
    ]


def test_a_surname_is_given_in_full_after_a_title_of_several_words() -> None:
    text = (
        "Secretary of State Ingrid Solberg met the harbor board on Monday.\n\n"
        '"The quotas stay as they are," Solberg said.'
    )
    assert _speakers(text) == [("The quotas stay as they are", "Ingrid Solberg")]


def test_a_name_closed_by_a_suffix_keys_its_surname_for_later_pronouns() -> None:
    text = (
        "Former Mayor Anselm K. Dorrit Jr. toured the flooded wards on Monday.\n\n"
        '"We will rebuild the levee," Mr. Dorrit said. "Every wall of it," he added.'
    )
    assert _speakers(text) == [
        ("We will rebuild the levee", "Anselm K. Dorrit"),
        ("Every wall of it", "Anselm K. Dorrit"),
    ]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = (
        "Tom Vasko and his wife, Irene Vasko, knocked on doors all afternoon.\n\n"
        '"Most people are still undecided," Tom told a neighbour.'
    )
    assert _speakers(text) == [("Most people are still undecided", "Tom Vasko")]


def test_a_first_name_shared_by_two_people_stays_as_written() -> None:
    text = (
        "Tom Vasko and Tom Reddin knocked on doors all afternoon.\n\n"
        '"Most people are still undecided," Tom told a neighbour.'
    )
    assert _speakers(text) == [("Most people are still undecided", "Tom")]


def test_a_full_name_opening_a_sentence_is_not_cut_to_a_known_surname() -> None:
    text = (
        "Hillary Pruett spoke first at the hall.\n\n"
        "Bill Pruett, her brother, spoke last. He was angry about the levy.\n\n"
        '"Nobody asked the farmers," he said.'
    )
    assert _speakers(text) == [("Nobody asked the farmers", "Bill Pruett")]


def test_a_she_is_never_given_to_a_man_named_in_the_sentences_before() -> None:
    text = (
        "Anna Kovalenko runs the bakery on Mill Street. Ben Ortiz owns the building. Ben Ortiz raised the rent. "
        "Ben Ortiz sent a letter in May. Ben Ortiz wants the shop back.\n\n"
        '"We will stay," she said.'
    )
    assert _speakers(text) == [("We will stay", "Anna Kovalenko")]


def test_as_the_outlet_pointed_out_is_the_outlets_quote() -> None:
    text = 'But as the Valley Courier pointed out, "The levy has never been spent on the levee."'
    assert _speakers(text) == [("The levy has never been spent on the levee.", "Valley Courier")]


def test_who_speaks_in_a_leading_clause_is_not_the_subject_a_pronoun_takes() -> None:
    text = (
        'When Ines Baptiste pointed out that the plan had no budget, Marta Okafor seized on it. "There is no '
        'money because there is no plan," she said.'
    )
    assert _speakers(text)[-1] == ("There is no money because there is no plan", "Marta Okafor")


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.speaker, m.role) for m in extract_quotes(article("a", text))]


def test_an_honorific_is_no_role_and_the_role_the_text_gives_is_kept() -> None:
    text = (
        "Tomas Rubel, a senior analyst at Harbor Securities, was not impressed.\n\n"
        '"The stock has gone nowhere," Mr. Rubel said.'
    )
    assert _roles(text) == [("Tomas Rubel", "senior analyst at Harbor Securities")]


def test_a_title_after_a_preposition_is_the_role_without_the_words_before() -> None:
    text = (
        "The mayor worked out an accord with Senator Ilse Brandt on Friday.\n\n"
        '"We will pay for the canal," Brandt said.'
    )
    assert _roles(text) == [("Ilse Brandt", "Senator")]


def test_a_first_name_with_an_age_is_a_person_a_pronoun_takes() -> None:
    text = (
        "Lina Voss, 14, held up a sign at the rally. Her father, Brad, 39, worried about the turnout.\n\n"
        '"People are afraid of wasting their votes," he said.'
    )
    # the relative's first name carries the family's surname (session 23): Brad Voss
    assert _speakers(text) == [("People are afraid of wasting their votes", "Brad Voss")]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it_for_a_pronoun() -> None:
    text = (
        "Donald Vance and his brother Fred Vance ran the yard for years. In 1977, Donald asked Fred to "
        'join the board.\n\n"He was the best of us," he said.'
    )
    assert _speakers(text) == [("He was the best of us", "Donald Vance")]


def test_the_people_of_an_asked_clause_are_not_the_pronoun_that_answers() -> None:
    text = (
        "Noor Halvorsen campaigned for the challenger all week.\n\n"
        "Asked about the plan of Mayor Greta Lind to close the ferry, she replied: "
        '"I don\'t know yet."\n\n"Really," she added.'
    )
    assert _speakers(text) == [("I don't know yet.", "Noor Halvorsen"), ("Really", "Noor Halvorsen")]


def test_a_description_given_to_someone_earlier_is_theirs() -> None:
    text = (
        "On Thursday Marta Okafor gave her acceptance speech as the Labour nominee, painting her rival, "
        "Piet Brandt, as unready.\n\n"
        '"A man you can bait with a leaflet is not a man to run the port," said the Labour nominee.'
    )
    assert _speakers(text) == [
        ("A man you can bait with a leaflet is not a man to run the port", "Marta Okafor")
    ]


def test_a_name_after_the_article_is_no_person_a_pronoun_can_mean() -> None:
    text = (
        "Tomas Oduya moved to the village in 2019 and runs its only clinic.\n\n"
        "His old life in the States - cheering for the Dunmore Green Herons, his son's school team - seems far "
        'away. "If you want comfort, you will never do this," he told me.'
    )
    assert [m.speaker for m in extract_quotes(article("a", text))] == ["Tomas Oduya"]


def test_a_full_name_qualifying_a_noun_after_the_article_still_gives_the_surname_in_full() -> None:
    text = (
        "Volunteers for the Ruth Adeyemi campaign knocked on doors all weekend in Carlow.\n\n"
        "Adeyemi thanked them on Sunday. She said the race was closer than the polls showed."
    )
    assert [m.speaker for m in extract_reported(article("a", text))] == ["Ruth Adeyemi"]


def test_a_spouse_described_is_the_person_an_earlier_apposition_gives_that_description() -> None:
    text = (
        "Ines Marlow and her husband, Teodor Marlow, lost their bakery in the flood.\n\n"
        '"We saved the ovens and nothing else," Ines Marlow said.\n\n'
        "Her husband said the insurer had not called back."
    )
    assert [m.speaker for m in extract_reported(article("a", text))] == ["Teodor Marlow"]


def test_a_relative_described_after_a_quote_is_the_person_an_earlier_apposition_names() -> None:
    text = (
        "Marek Sobczak lost his footing on the jetty at Port Aline on Sunday.\n\n"
        "His cousin, Dariusz Sobczak, reached him with a boat hook.\n\n"
        '"I did not think, I just grabbed the pole," his cousin said. "He was under for a second or two."'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Dariusz Sobczak", "Dariusz Sobczak"]


def test_a_first_name_in_apposition_to_a_relative_carries_the_familys_surname() -> None:
    text = (
        "Halvard Brekke closed his hardware store in Tolvik after 41 years on Saturday.\n\n"
        "His daughter, Ingrid, who ran the till for a decade, stood at the door.\n\n"
        '"He gave this town everything he had," she said.'
    )
    assert _speakers(text) == [("He gave this town everything he had", "Ingrid Brekke")]


def test_a_relative_named_by_first_name_speaks_as_the_full_name_and_a_later_pronoun_follows() -> None:
    text = (
        "Maureen Quill wants a crossing guard at the corner where her son was hit.\n\n"
        "Her husband, Declan, said he had written to the mayor three times.\n\n"
        '"Nobody answered us," he said.'
    )
    assert [m.speaker for m in extract_reported(article("a", text))] == ["Declan Quill"]
    assert [speaker for _, speaker in _speakers(text)] == ["Declan Quill"]


def test_a_relatives_first_name_takes_no_surname_when_two_families_were_just_named() -> None:
    text = (
        "Mourners gathered in Orrin for Delphine Aucoin, who taught there for forty years.\n\n"
        "Her former pupil, Tobias Lindqvist, said she was the reason he became a teacher.\n\n"
        "Her daughter, Noemi, said the school would name its library after her."
    )
    assert "Noemi Lindqvist" not in [m.speaker for m in extract_reported(article("a", text))]
