import re

from newsfuse.compare import reported
from newsfuse.compare.quotes import People, text_roles
from newsfuse.compare.reported import (
    _SUBJECT,
    _cued,
    _subject,
    _subjectless,
    _trie,
    extract_reported,
    find_reports,
)
from newsfuse.text import split_sentences
from tests.helpers import article


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(content, cue, source as written, resolved speaker) of each report in ``text``."""
    out = []
    for r in find_reports(article("a", text)):
        source = text[r.source.start : r.source.end] if r.source else None
        out.append((r.text, text[r.cue.start : r.cue.end], source, r.speaker))
    return out


def test_speaker_verb_that_content() -> None:
    text = "On Tuesday, harbor master Odile Fenn said that the ferry would resume service next week."
    assert _found(text) == [
        ("the ferry would resume service next week", "said", "harbor master Odile Fenn", "Odile Fenn")
    ]


def test_content_then_trailing_attribution_and_inverted_speaker() -> None:
    text = (
        "The levee held through the night, the county engineer said Tuesday.\n\n"
        "Repairs will cost more than planned, said Ravi Monteiro, a spokesman for the port authority."
    )
    found = _found(text)
    assert [(c, cue, src) for c, cue, src, _ in found] == [
        ("The levee held through the night", "said", "the county engineer"),
        ("Repairs will cost more than planned", "said", "Ravi Monteiro"),
    ]


def test_according_to_before_and_after_the_content() -> None:
    text = (
        "According to the fire department, the blaze started in a storage shed.\n\n"
        "Two workers were treated for smoke inhalation, according to Chief Anya Brooks."
    )
    assert [(c, cue, src) for c, cue, src, _ in _found(text)] == [
        ("the blaze started in a storage shed", "According to", "the fire department"),
        ("Two workers were treated for smoke inhalation", "according to", "Chief Anya Brooks"),
    ]


def test_told_takes_its_hearer_before_the_content_and_pronoun_resolves() -> None:
    text = "Mayor Lena Brandt visited the pier on Monday. She told reporters the repairs would be finished by May."
    assert _found(text) == [("the repairs would be finished by May", "told", "She", "Lena Brandt")]


def test_content_split_by_its_attribution_is_one_span() -> None:
    text = "The thing the town needs most, officials said, is a second bridge over the river."
    assert (
        _found(text)[0][0]
        == "The thing the town needs most, officials said, is a second bridge over the river"
    )


def test_participle_and_elided_subject_take_the_sentence_subject() -> None:
    text = (
        "Councillor Bea Okafor rejected the budget, arguing that the library cuts went too far.\n\n"
        "Tomas Lind declined to name the inmates but said two had been moved to another prison."
    )
    assert [(c, cue, sp) for c, cue, _, sp in _found(text)] == [
        ("the library cuts went too far", "arguing", "Bea Okafor"),
        ("two had been moved to another prison", "said", "Tomas Lind"),
    ]


def test_weak_verbs_need_a_speaker_and_that() -> None:
    text = (
        "The survey showed that most residents opposed the toll.\n\n"
        "Inspector Maria Quist found that the alarm had been switched off.\n\n"
        "The crew showed up in the flesh after driving all night from the coast."
    )
    assert [(c, cue) for c, cue, _, _ in _found(text)] == [("the alarm had been switched off", "found")]


def test_direct_quotes_and_adjunct_only_remainders_are_left_out() -> None:
    text = (
        '"We will rebuild the pier before summer," Lena Brandt said in a statement on Tuesday.\n\n'
        "Lena Brandt said in a statement.\n\n"
        'Lena Brandt said: "We will rebuild the pier before summer, whatever the state decides."\n\n'
        "The Brandt plan is easier said than done in a town this small."
    )
    assert _found(text) == []


def test_noun_readings_of_verb_forms_are_no_cue() -> None:
    text = "Her claims about the harbor were never checked. The two states say nothing about tolls."
    assert _found(text) == []


def test_mentions_carry_span_speaker_and_kind() -> None:
    text = "Fire Chief Odette Marchand said the warehouse had no working sprinklers."
    (m,) = list(extract_reported(article("a", text)))
    assert (m.kind, m.speaker, text[m.span.start : m.span.end]) == (
        "reported",
        "Odette Marchand",
        "the warehouse had no working sprinklers",
    )


def test_two_attributions_in_one_sentence_split_at_the_clause_break() -> None:
    text = "Ms. Ida Kern told the council the roof was safe, but Mr. Omar Pell said the beams had rotted."
    assert [(c, sp) for c, _, _, sp in _found(text)] == [
        ("the roof was safe", "Ida Kern"),
        ("the beams had rotted", "Omar Pell"),
    ]


def test_relative_who_takes_the_name_before_it() -> None:
    text = "The board heard from Nadia Serrano, who said the clinic would close two wards in June."
    assert _found(text) == [
        ("the clinic would close two wards in June", "said", "Nadia Serrano", "Nadia Serrano")
    ]


def test_dateline_as_lead_and_inverted_speaker_with_appositive() -> None:
    text = (
        "PORTVILLE (NFS) — The quarry will reopen in spring, said Jo Marsh, its new owner.\n\n"
        "As the mayor noted, the town has paid for the road twice."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("The quarry will reopen in spring", "Jo Marsh"),
        ("the town has paid for the road twice", "the mayor"),
    ]


def test_a_verb_before_its_speaker_is_not_read_as_speaker_first() -> None:
    text = "The fund has raised $4.2 million, said Ola Dunn, its treasurer."
    assert [(c, src) for c, _, src, _ in _found(text)] == [("The fund has raised $4.2 million", "Ola Dunn")]


def test_a_copy_of_a_text_takes_the_first_reading_with_its_own_spans() -> None:
    from newsfuse.compare.article import article_reports

    text = "Harbor master Odile Fenn said the ferry would resume service next week after repairs."
    first = article_reports(article("orig", text))
    copy = article_reports(article("copy", text))
    assert [r.content.article_id for r in copy] == ["copy"]
    assert [r.cue.article_id for r in copy] == ["copy"] and copy[0].source is not None
    assert copy[0].source.article_id == "copy"
    assert [r.moved("copy") for r in first] == list(copy)


def test_session_nine_forms_headline_request_outlet_and_adjuncts() -> None:
    text = (
        "Odile Fenn Says Ferry Will Resume Next Week\n\n"
        "Mayor Lena Brandt asked drivers to consider carpooling during the closure.\n\n"
        "The Harbor Ledger reported that the pier had failed two inspections.\n\n"
        "Fenn has said for weeks the ferry cannot run until the pier is repaired.\n\n"
        "Ivo Marsh said that for now, the council would not add a second ferry."
    )
    assert [(c, cue, sp) for c, cue, _, sp in _found(text)] == [
        ("Ferry Will Resume Next Week", "Says", "Odile Fenn"),
        ("drivers to consider carpooling during the closure", "asked", "Lena Brandt"),
        ("the pier had failed two inspections", "reported", "Harbor Ledger"),
        ("the ferry cannot run until the pier is repaired", "has said", "Odile Fenn"),
        ("for now, the council would not add a second ferry", "said", "Ivo Marsh"),
    ]


def test_a_content_running_into_a_quote_it_does_not_close_is_cut_before_it() -> None:
    text = (
        'Fenn said the pier was older than the records showed, adding: "It was built in 1931. Nobody '
        'knew that."'
    )
    found = _found(text)
    assert found[0][:2] == ("the pier was older than the records showed", "said")


def test_cue_prefix_tree_matches_the_same_words() -> None:
    words = "said|says|say|has\\s+said|told|tells|according"
    tree = re.compile(rf"\b{_trie(words)}\b")
    for word in ("said", "says", "say", "has  said", "told", "tells", "according"):
        assert tree.fullmatch(word), word
    for word in ("sai", "saidx", "has", "tol", "tell"):
        assert not tree.fullmatch(word), word


def test_subject_search_starts_where_its_shape_does() -> None:
    pres = [
        "The harbor master ",
        "Odile Fenn, a spokeswoman for the port authority, ",
        "Earlier the ferry ran late; the county engineer — who inspected it Monday — ",
        "Service resumed at noon, and officials on Tuesday ",
        'The pier "was closed", she ',
        "",
        # no subject can end these (the search is skipped) ...
        "The man was ",
        "His parents have been ",
        "The ferry, and ",
        "A Shreveport man is behind bars after he was",
        # ... but these words can, after "last"/"this" or in a source "familiar with"/"close to" anything
        "Officials last was ",
        "The council this is ",
        "Two officials familiar with the ferry's was ",
        "A source close to the mayor and ",
    ]
    for pre in pres:
        slow, fast = _SUBJECT.search(pre), _subject(pre)
        assert (slow and (slow.span(), slow.span("sp"))) == (fast and (fast.span(), fast.span("sp"))), pre
    assert [_subjectless(pre) for pre in pres[6:]] == [True] * 4 + [False] * 4
    assert _SUBJECT.search("Officials last was ") and _SUBJECT.search("A source close to the mayor and ")


def test_sentences_without_a_cue_word_are_skipped_by_one_scan_of_the_text() -> None:
    text = (
        "The pier closed at noon. Harbor master Odile Fenn said the ferry would resume next week.\n\n"
        "Crews worked through the night. Nobody was hurt."
    )
    sentences = split_sentences(text)
    assert [s.text for s in _cued(text, sentences)] == [sentences[1].text]
    turkish = "İzmir officials said the ferry would resume service next week. The pier closed at noon."
    assert len(turkish.lower()) != len(turkish)  # offsets move: every sentence is passed on
    assert list(_cued(turkish, split_sentences(turkish))) == split_sentences(turkish)
    assert _found(turkish) == [
        ("the ferry would resume service next week", "said", "İzmir officials", "İzmir officials")
    ]


def test_a_sentence_read_once_is_placed_in_each_text() -> None:
    shared = "The ferry will resume service next week, harbor master Odile Fenn said."
    first = article("a", shared)
    second = article("b", "Storms closed the pier on Monday. " + shared)
    reported.clear_caches()
    warm = (find_reports(first), find_reports(second))
    reported.clear_caches()
    cold_second = find_reports(second)
    assert warm[1] == cold_second
    (report,) = cold_second
    assert second.text[report.content.start : report.content.end] == "The ferry will resume service next week"
    assert report.content.start == warm[0][0].content.start + len("Storms closed the pier on Monday. ")


def test_a_texts_people_are_read_once_but_kept_apart() -> None:
    text = "Mayor Lena Ortiz opened the bridge. The crowd cheered, said Bolton."
    at = text.index("Bolton")
    one, two = People(text), People(text)
    one.add(at, "Bolton")  # what an attribution adds stays with its reader
    assert one.named_between(at, at + 1) and not two.named_between(at, at + 1)
    assert one.antecedent(at) == two.antecedent(at) == "Lena Ortiz"
    assert text_roles(text) is text_roles(text)


def test_the_writers_i_said_that_is_the_byline_authors_not_the_last_person_named() -> None:
    text = (
        "Judge Oren Haskell asked about the fence. I said that the survey from 1988 shows the old line. "
        "Haskell told the court that a new survey would be ordered."
    )
    by = {r.text: r.speaker for r in find_reports(article("a", text, byline="By Mirela Dobos, Staff Writer"))}
    assert by["the survey from 1988 shows the old line"] == "Mirela Dobos"
    assert by["a new survey would be ordered"] == "Oren Haskell"
    unsigned = {r.text: r.speaker for r in find_reports(article("a", text))}
    assert unsigned["the survey from 1988 shows the old line"] is None


def test_an_i_inside_quote_marks_is_not_the_writer() -> None:
    text = (
        "Mayor Tom Elliott spoke to reporters on Friday.\n\n"
        "“Good people, all of them. I can tell you they will be missed,” Elliott said, noting that he hopes "
        "the families find strength."
    )
    reports = find_reports(article("a", text, byline="By Mirela Dobos"))
    assert [r.speaker for r in reports] == ["Tom Elliott"]


def test_a_conjunction_before_the_subject_is_not_part_of_it() -> None:
    text = "No gauge can read the silt yet, and engineers say it may take years to build one."
    assert _found(text) == [("it may take years to build one", "say", "engineers", "engineers")]


def test_a_content_around_its_attribution_may_open_with_a_preposition() -> None:
    text = "In any case, Mr. Quillon said, the marina was badly over-built for the bay."
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("In any case, Mr. Quillon said, the marina was badly over-built for the bay", "Mr. Quillon")
    ]


def test_people_candidates_and_diplomats_can_speak() -> None:
    text = (
        "The ferry line, these people said, would be sold before the winter.\n\n"
        "The independent candidate said the tolls were never approved by the board.\n\n"
        "At the summit, a retired diplomat said the treaty had been drafted in haste."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("The ferry line, these people said, would be sold before the winter", "these people"),
        ("the tolls were never approved by the board", "The independent candidate"),
        ("the treaty had been drafted in haste", "a retired diplomat"),
    ]


def test_told_takes_any_short_hearer_before_that() -> None:
    text = (
        "On Friday, harbor master Odile Fenn told a Rotary Club lunch group that the ferry would resume soon."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("the ferry would resume soon", "harbor master Odile Fenn")
    ]


def test_a_trailing_told_may_name_its_hearer() -> None:
    text = "The bridge would reopen before the first frost, the engineer told her."
    assert [(c, cue, src) for c, cue, src, _ in _found(text)] == [
        ("The bridge would reopen before the first frost", "told", "the engineer")
    ]


def test_a_short_content_around_its_attribution() -> None:
    assert [(c, src) for c, _, src, _ in _found("This levy, he says, is different.")] == [
        ("This levy, he says, is different", "he")
    ]


def test_a_participle_after_a_quotations_comma_or_a_dash_takes_the_opening_subject() -> None:
    text = (
        "Farmers sued over what had been called the “dry rule,” saying the ban hurt small growers most.\n\n"
        "Mayor Ilse Varga changed her mind on the spot – saying she would now back the northern route."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("the ban hurt small growers most", "Farmers"),
        ("she would now back the northern route", "Mayor Ilse Varga"),
    ]


def test_reported_speech_holding_a_quoted_fragment_is_kept() -> None:
    text = (
        "Mayor Ilse Varga spoke on Monday. She said the pier “needs a full rebuild before any ferry can dock.”\n\n"
        "Odile Fenn says that “for all practical purposes, there is no money left” for the northern route.\n\n"
        "If the tide rises again, the dunes are “effectively finished as a barrier,” the engineer added."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("the pier “needs a full rebuild before any ferry can dock.”", "She"),
        ("“for all practical purposes, there is no money left” for the northern route", "Odile Fenn"),
        ("If the tide rises again, the dunes are “effectively finished as a barrier,”", "the engineer"),
    ]


def test_a_whole_direct_quote_before_its_attribution_is_still_left_to_extract_quotes() -> None:
    assert _found("“The dunes will not hold another winter,” the engineer added.") == []


def test_a_quoted_fragment_running_over_a_sentence_end_is_read_to_its_close() -> None:
    text = "Odile Fenn backed the plan. She said Varga “has the nerve to finish it. She is not afraid of the board.”"
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("Varga “has the nerve to finish it. She is not afraid of the board.”", "She")
    ]


def test_a_lower_case_quotation_after_that_or_opening_the_content_is_reported_speech() -> None:
    text = (
        "Odile Fenn tells reporters that “if the tide turns we will be fine. If not, that is another story.”\n\n"
        "Mayor Ilse Varga says “the wind is at our backs” despite the loss in the harbor vote."
    )
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ("“if the tide turns we will be fine. If not, that is another story.”", "Odile Fenn"),
        ("“the wind is at our backs” despite the loss in the harbor vote", "Mayor Ilse Varga"),
    ]


def test_a_lower_case_quotation_alone_after_says_is_left_to_extract_quotes() -> None:
    assert _found('Odile Fenn says "that is how the harbor gets dredged."') == []


def test_an_adjunct_naming_a_quoted_show_before_that() -> None:
    text = 'Odile Fenn said on WKZ\'s "Harbor Hour With Ana Loy" that she would "take a look" at the levy.'
    assert [(c, src) for c, _, src, _ in _found(text)] == [
        ('she would "take a look" at the levy', "Odile Fenn")
    ]


def test_reported_speech_of_a_name_with_an_accented_capital_after_the_content() -> None:
    from newsfuse.compare.reported import extract_reported
    from tests.helpers import article

    found = [
        (m.text, m.speaker)
        for m in extract_reported(article("a", "The plant will stay open, Éric Lévesque said."))
    ]
    assert found == [("The plant will stay open", "Éric Lévesque")]


def test_reported_speech_of_a_description_set_beside_a_name_and_an_i_inside_a_quote() -> None:
    from newsfuse.compare.reported import extract_reported
    from tests.helpers import article

    text = (
        "Dora Pike and Tom Rand debated on Tuesday. But the other candidate on the stage, former Mayor Ana Bell, "
        "drew a contrast, saying that the budget was fine.\n\n"
        "Admiral Ray Moss spoke at the base. ''There is a tension, and I think it is a healthy one,'' he said."
    )
    found = {m.text: m.speaker for m in extract_reported(article("a", text))}
    assert found.get("the budget was fine") == "Ana Bell"
