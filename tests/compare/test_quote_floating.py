"""Speakers of quotes with no attribution of their own (floating quotes) and of people named by first name."""

from tests.helpers import quote_speakers


def test_a_floating_quote_after_a_paragraph_about_a_person_is_theirs() -> None:
    text = (
        "The night market on Quay Street closed for the winter on Sunday.\n\n"
        "Baker Oona Lindqvist has sold bread from the same stall since 2009.\n\n"
        '"People come for the rye and stay to complain about the weather."'
    )
    assert quote_speakers(text) == [
        ("People come for the rye and stay to complain about the weather.", "Oona Lindqvist")
    ]


def test_a_floating_quote_after_a_plural_or_possessive_subject_has_no_speaker() -> None:
    text = (
        "The stalls were packed up by nine.\n\nThey said the season had been long.\n\n"
        '"Nobody wants to stand in the sleet for a loaf of bread."'
    )
    assert quote_speakers(text) == [("Nobody wants to stand in the sleet for a loaf of bread.", None)]


def test_a_floating_quote_after_an_attribution_closing_the_paragraph_before() -> None:
    text = (
        '"The pier was never safe," Rafael Quist told a hearing, saying that Mayor Ines Vall had "ignored it."\n\n'
        '"We wrote to the city four times about the rotten boards."'
    )
    assert quote_speakers(text) == [
        ("The pier was never safe", "Rafael Quist"),
        ("We wrote to the city four times about the rotten boards.", "Rafael Quist"),
    ]


def test_a_writers_sentence_after_the_quote_ends_the_attribution() -> None:
    text = (
        "Ines Vall said the boards would be replaced. Rafael Quist interjected, "
        '"Only after someone falls through." But Vall did not answer.\n\n'
        '"The council has voted on this twice already, and twice it has said no."'
    )
    speakers = dict(quote_speakers(text))
    assert speakers["Only after someone falls through."] == "Rafael Quist"
    assert (
        speakers["The council has voted on this twice already, and twice it has said no."] != "Rafael Quist"
    )


def test_a_sentence_introducing_speech_may_end_in_a_quoted_phrase() -> None:
    text = (
        'Owner Deanna Kessel told council on Monday that the theatre was "hanging on by a thread."\n\n'
        '"We sell out every Christmas show and still cannot heat the hall in January."'
    )
    assert quote_speakers(text)[-1] == (
        "We sell out every Christmas show and still cannot heat the hall in January.",
        "Deanna Kessel",
    )


def test_the_previous_speaker_goes_on_when_only_their_first_name_is_named_between() -> None:
    text = (
        'Kofi Mensah, 13, sold lemonade on Harbour Road. "It was my idea," he said. Kofi sold 40 cups.\n\n'
        'Why was he out in the heat? "I am saving for a bike."'
    )
    assert quote_speakers(text)[-1] == ("I am saving for a bike.", "Kofi Mensah")


def test_a_first_name_alone_is_the_person_named_in_full_with_it() -> None:
    text = (
        "Nikos Papadakis opened the diner in 1983. His son, Andreas Papadakis, took over the kitchen in 2010.\n\n"
        '"My father taught me every recipe on that menu," Andreas said.\n\n'
        "Nikos, now 79, sat at the counter greeting regulars.\n\n"
        '"I came here with nothing," he said.'
    )
    assert quote_speakers(text) == [
        ("My father taught me every recipe on that menu", "Andreas Papadakis"),
        ("I came here with nothing", "Nikos Papadakis"),
    ]


def test_a_couple_named_with_one_surname() -> None:
    text = (
        "Marc and Lucie Thibodeau had fifteen minutes to get their animals out.\n\n"
        '"I was not going to leave them to drown," Lucie said.\n\n'
        '"We had minutes, not hours," Marc said.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Lucie Thibodeau", "Marc Thibodeau"]


def test_a_word_before_and_a_full_name_is_no_first_name_when_the_name_is_a_known_first_name() -> None:
    text = (
        "Ellis Varga counts himself a devout Catholic and Donald Trump supporter.\n\n"
        '"The bill is a distraction," Catholic said.'
    )
    assert quote_speakers(text)[-1][1] == "Catholic"


def test_a_first_name_that_is_someones_surname_is_not_expanded() -> None:
    text = 'Grant Moss and his daughter Delia Grant ran the shop.\n\n"We close on Sundays now," Grant said.'
    assert quote_speakers(text)[-1][1] in {"Grant", "Delia Grant"}


def test_a_description_does_not_take_a_modal_verb() -> None:
    text = (
        "Former mayor Ruth Okafor will speak at the opening of the new library on Saturday.\n\n"
        '"A city is only as good as its libraries," the former mayor will say, according to her prepared remarks.'
    )
    assert quote_speakers(text)[-1][1] == "Ruth Okafor"


def test_a_company_described_after_it_spoke_in_a_statement() -> None:
    text = (
        "Corvane Mining will lay off 90 workers at its mine near Elk Bay.\n\n"
        "In a statement, Corvane said prices had fallen.\n\n"
        '"This was a difficult decision for everyone," the company said.'
    )
    assert quote_speakers(text)[-1] == ("This was a difficult decision for everyone", "Corvane")


def test_a_group_noun_opening_the_sentence_before_a_couple() -> None:
    text = (
        "Siblings Mateo and Lucia Ferrante opened a gelato shop.\n\n"
        '"Nonna made gelato every Sunday," Lucia said.\n\n'
        'Mateo said the machine was the hard part. "We drove to Montreal for it," he said.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Lucia Ferrante", "Mateo Ferrante"]


def test_an_office_no_one_is_named_with_stays_a_description() -> None:
    text = (
        "Defence lawyer Kevin Ashworth said his client was ashamed.\n\n"
        "In her reasons, the judge said the sentence had to deter others.\n\n"
        '"Disasters must not become a business," the judge said.'
    )
    assert quote_speakers(text)[-1][1] == "the judge"


def test_an_aside_left_open_before_the_verb_and_a_role_owned_by_a_titled_holder() -> None:
    text = (
        '"We will not back down on the levy," Greta Olofsson, who chairs the Harbor Users Group said on Monday.\n\n'
        '"The pier is older than the city," Lakeside Rep. Omar Benning’s chief of staff, Ilse Marr, told the Courier.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Greta Olofsson", "Ilse Marr"]


def test_an_open_aside_does_not_reach_across_a_paragraph_or_past_prose() -> None:
    text = (
        'The board said a court should settle it — "so that all know once and for all."\n\n'
        'That, the board said, "would be helpful."\n\n'
        'When Odile Marchetti used the words, "not quite there," she was echoing Basso, who used them when asked.'
    )
    speakers = dict(quote_speakers(text))
    assert speakers.get("not quite there") != "Basso"
    assert "That" not in speakers.values()


def test_a_description_opening_the_sentence_before_a_participle_speaks() -> None:
    text = (
        "Mayor Ines Vall defended the levy on Monday.\n\n"
        'One harbor official, who asked not to be named, criticized the plan, saying, "Nobody read the budget."'
    )
    assert quote_speakers(text)[-1] == ("Nobody read the budget.", "One harbor official")


def test_a_floating_quote_after_a_described_subject_with_a_name_in_apposition() -> None:
    text = (
        "A delegate asked for a roll call.\n\n"
        "The party chairman, Kelly Marsh, called for a voice vote instead.\n\n"
        '"We will vote the way we always have."'
    )
    assert quote_speakers(text)[-1] == ("We will vote the way we always have.", "Kelly Marsh")


def test_names_with_an_accented_capital() -> None:
    text = (
        '"We will not close the plant," said Éric Lévesque, the union president.\n\n'
        'Émilie Gagnon runs the shelter on Rue Dorval. "We are full every night," she said.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Éric Lévesque", "Émilie Gagnon"]


def test_abbreviated_police_and_council_titles_are_roles() -> None:
    text = (
        '"The road is closed until noon," said Insp. Dan Roy.\n\n'
        'Const. Maria Lopez said crews were salting. "Stay home if you can," she said.\n\n'
        'Coun. Ana Petrov asked about the buses. "Will they run?" she asked.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Dan Roy", "Maria Lopez", "Ana Petrov"]


def test_french_first_names_give_the_pronoun_its_person() -> None:
    text = (
        "Geneviève Tremblay and Luc Tremblay own the bakery.\n\n"
        'Luc Tremblay said sales fell. Geneviève Tremblay disagreed. "We sold more bread than ever," she said.'
    )
    assert quote_speakers(text)[-1] == ("We sold more bread than ever", "Geneviève Tremblay")


def test_a_group_speaking_without_an_article() -> None:
    text = (
        '"Anyone offered the violin should call us," Lakeside police said in a news release.\n\n'
        '"The harm caused is incalculable," federal prosecutors wrote.'
    )
    assert [s for _, s in quote_speakers(text)] == ["Lakeside police", "prosecutors"]


def test_a_title_in_apposition_before_the_name_is_the_role_a_description_finds() -> None:
    text = (
        "Lakeland's premier, Dora Fenwick, met the mayors on Monday. Later the mayor of Kanata, Lise Roy, spoke.\n\n"
        '"We will build the bridge," the premier said.'
    )
    assert quote_speakers(text) == [("We will build the bridge", "Dora Fenwick")]


def test_a_quote_opening_a_sentence_after_one_about_a_person_named_in_full() -> None:
    text = (
        "Attorney General Rhoda Lyle sued the county on Monday. Lyle announced the lawsuit at noon. "
        '"We are seeking a court order today."'
    )
    assert quote_speakers(text) == [("We are seeking a court order today.", "Rhoda Lyle")]


def test_a_quote_opening_a_sentence_after_a_pronoun_subject_within_a_paragraph_has_no_speaker() -> None:
    text = 'The clerk, Ana Ruiz, and Tom Berg spoke. She called it routine. "It happens every spring."'
    assert quote_speakers(text) == [("It happens every spring.", None)]


def test_an_age_is_a_description_after_the_verb() -> None:
    text = '"Donald has always been a leader," said the 46-year-old. "Now he will work for you."'
    assert [s for _, s in quote_speakers(text)] == ["the 46-year-old", "the 46-year-old"]


def test_a_relative_in_apposition_after_a_possessive() -> None:
    text = (
        "Lazar was sentenced on Friday. His lawyer, Shannon Quill, asked for mercy.\n\n"
        '"We need him at home," his wife, Gabriela Lazar, wrote in a letter to the court.'
    )
    assert quote_speakers(text)[-1] == ("We need him at home", "Gabriela Lazar")


def test_a_description_opening_the_quotes_sentence_is_not_the_person_it_then_names() -> None:
    text = (
        "Dale Rourke attacked Mina Osei over the harbor deal.\n\n"
        'The Lakeside developer says of Osei, "She sold the pier for a song."'
    )
    assert quote_speakers(text)[-1] == ("She sold the pier for a song.", "Dale Rourke")


def test_a_supporter_of_a_named_person_is_not_that_person() -> None:
    text = 'Governor Ada Lindqvist spoke in Hudson.\n\nAt the meeting, the Lindqvist supporter retorted: "Vote for her."'
    assert quote_speakers(text)[-1] == ("Vote for her.", "the Lindqvist supporter")


def test_the_writers_i_is_no_one_the_text_names() -> None:
    text = (
        "My parents, Amos and Ruth Keller, raised us on a farm.\n\n"
        'Once in my early twenties, when my mother mentioned the weather, I laughed and said, "It will rain."\n\n'
        'Last month, when I asked Ruth Keller about it, she smiled and said, "You were right."'
    )
    assert [s for _, s in quote_speakers(text)] == [None, "Ruth Keller"]


def test_a_possessive_after_a_leading_clause_is_no_subject() -> None:
    text = (
        "When Ravi Anand, Maria Osei’s campaign manager was asked at a luncheon held by the Lakeside Courier if "
        'Osei would debate, he laughed and said, "We’ll see."'
    )
    assert quote_speakers(text) == [("We’ll see.", "Ravi Anand")]


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = 'Outside Carrow, Dana Pike waited.\n\nDespite Pike\'s doubts, she said, "The plant will reopen."'
    assert quote_speakers(text)[-1][1] == "Dana Pike"


def test_a_participle_clause_opening_the_sentence_holds_no_subject() -> None:
    text = (
        "Phyllis Marden wrote her last column this week.\n\n"
        "Noting that both Reagan and Lindell fought the press, Marden put her finger on one thing.\n\n"
        '"Lindell is the first candidate since Reagan who talks about winning," she wrote.'
    )
    assert quote_speakers(text)[-1][1] == "Phyllis Marden"


def test_a_quote_signed_with_a_place_after_the_name() -> None:
    text = 'Voices from the rally.\n\n"The whole idea needs to stop."\n\n-Marta Kell, Moose Jaw.\n\nMore to come.'
    assert quote_speakers(text) == [("The whole idea needs to stop.", "Marta Kell")]


def test_a_description_headed_by_a_title_in_capitals() -> None:
    text = (
        'Odile Brassard launched her party.\n\n"This is the only real green party," the Kamouraska MP said.'
    )
    assert quote_speakers(text) == [("This is the only real green party", "Odile Brassard")]


def test_canadian_titles_particles_and_an_organisation_before_a_titled_name() -> None:
    text = (
        '"We were blindsided," said Liberal MP Adam Veller.\n\n'
        '"The numbers are going up," said Dr. Eileen de Vries, the medical officer of health. "Stay home," she added.\n\n'
        '"We stand with the families," Assembly of First Nations National Chief Perry Belmont said.'
    )
    assert [s for _, s in quote_speakers(text)] == [
        "Adam Veller",
        "Eileen de Vries",
        "Eileen de Vries",
        "Perry Belmont",
    ]
