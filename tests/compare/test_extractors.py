from newsfuse.compare.dates import extract_dates
from newsfuse.compare.entities import LOC, ORG, PER, extract_entities, place_lists
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.reported import extract_reported
from newsfuse.compare.versions import group_versions
from tests.helpers import article


def test_durations_share_one_slot_and_clock_times_are_not_counts() -> None:
    a = article(
        "a", "The bridge will stay closed for at least six weeks. The alarm came in at 6:40 p.m. on Sunday."
    )
    found = {m.slot: m for m in extract_quantities(a)}
    assert found["duration"].number == 42 and found["duration"].qualifier == "more"
    assert found["clock time"].value == "6:40 p.m."
    assert not any(m.value == "40" for m in extract_quantities(a))


def test_quantity_keeps_the_time_it_refers_to() -> None:
    a = article("a", "Ridership rose 8 percent since October 2025, the authority said.")
    (q,) = [m for m in extract_quantities(a, list(extract_dates(a))) if m.unit == "percent"]
    assert q.time == "since October 2025"


def test_speaker_role_from_title_and_appositive() -> None:
    a = article(
        "a",
        '"We are going to be careful," said Millbrook Fire Chief Ruth Pembroke. Later Marisol Quint spoke. '
        '"Nobody should have to choose," said Marisol Quint, who chairs the board. '
        '"It was hard," Pembroke said.',
    )
    quotes = {m.value: (m.speaker, m.role) for m in extract_quotes(a)}
    assert quotes["We are going to be careful"] == ("Ruth Pembroke", "Millbrook Fire Chief")
    assert quotes["Nobody should have to choose"][0] == "Marisol Quint"
    assert "chairs the board" in (quotes["Nobody should have to choose"][1] or "")
    assert quotes["It was hard"][0] == "Ruth Pembroke"


def test_sentence_final_quote_is_not_attributed_to_the_next_sentence() -> None:
    a = article(
        "a",
        'Jonas Whitfield was late. "I am leaving at six from now on," he said. "Or I work from home." '
        "Mayor Annika Solberg said the city would post updates.",
    )
    quotes = {m.value: m.speaker for m in extract_quotes(a)}
    assert quotes["Or I work from home."] == "Jonas Whitfield"


def test_trimmed_and_reworded_quotes_are_versions_of_one_utterance() -> None:
    texts = [
        '"We will carry out targeted inspections of the kitchens with the worst records, starting on Monday," '
        "said Rosalind Achebe.",
        '"We will carry out targeted inspections of the kitchens with the worst records," Achebe said.',
        '"We will carry out mass inspections of every kitchen, starting on Monday," Achebe said.',
        '"The weather was lovely all week long," said Tom Reyes.',
    ]
    mentions = [m for i, t in enumerate(texts) for m in extract_quotes(article(str(i), t))]
    groups = group_versions(mentions, 0.55)
    sizes = sorted(len(g) for g in groups)
    assert sizes == [1, 2]  # one utterance with two wordings (trimmed copy joins the original), one other


def test_entities_types_and_place_lists() -> None:
    a = article(
        "a",
        "Health Director Rosalind Achebe spoke at the Tri-County Transit Authority office on Tanner Lane in "
        "Millbrook. Achebe said the freeze covers 11 cities: Port Emmet, Riverside, Lakeside and Dunmore.",
    )
    found = {(e.text, e.type) for e in extract_entities(a)}
    assert ("Rosalind Achebe", PER) in found and ("Achebe", PER) in found
    assert ("Tri-County Transit Authority", ORG) in found
    assert ("Tanner Lane", LOC) in found and ("Millbrook", LOC) in found
    (lst,) = list(place_lists(a))
    assert lst[1] == ("Port Emmet", "Riverside", "Lakeside", "Dunmore")


def test_dates_and_spans() -> None:
    a = article(
        "a",
        "The fire started early Thursday. Fares stay frozen from April through September, since October 2025.",
    )
    found = {(d.text, d.form) for d in extract_dates(a)}
    assert ("early Thursday", "early") in found
    assert ("from April through September", "range") in found
    assert ("since October 2025", "since") in found


def test_quote_marks_pair_in_order_and_scare_quotes_are_skipped() -> None:
    a = article(
        "a",
        'Trump called the senator a "nasty guy" at the rally. The bill, known as the "Justice Act" passed. '
        '"We will win," said Ana Ruiz. "Then we rebuild."',
    )
    quotes = [(m.value, m.speaker, m.continued) for m in extract_quotes(a)]
    assert quotes == [("We will win", "Ana Ruiz", False), ("Then we rebuild.", "Ana Ruiz", True)]


def test_role_from_where_the_person_is_introduced() -> None:
    a = article(
        "a",
        "Fire Chief Odette Marchand arrived first. Luis Ferreira, a forklift operator at the warehouse, ran. "
        '"It was fully involved," Marchand said. "I smelled smoke," Ferreira said.',
    )
    roles = {m.speaker: m.role for m in extract_quotes(a)}
    assert roles["Odette Marchand"] == "Fire Chief"
    assert roles["Luis Ferreira"] == "forklift operator at the warehouse"


def test_reported_speech_is_extracted_apart_from_quotes() -> None:
    a = article(
        "a", "Mayor Lena Brandt said the bridge would reopen in May. The repairs will cost more, she said."
    )
    found = [(m.kind, m.text, m.speaker) for m in extract_reported(a)]
    assert ("reported", "the bridge would reopen in May", "Lena Brandt") in found
    assert ("reported", "The repairs will cost more", "Lena Brandt") in found


def test_quantity_words_ranges_rates_and_units_against_the_number() -> None:
    a = article(
        "a",
        "Two dozen officers came. Oil sold at $80 a barrel. Between 5 and 10 percent left. "
        "Sales rose from 5 to 10 percent. The chip runs at 3.5GHz. It cost 3.2m euros. He ran the 100m. "
        "The team won 3-2.",
    )
    found = {(m.value, m.unit) for m in extract_quantities(a)}
    assert found == {
        ("24", None),
        ("80", "USD per barrel"),
        ("5–10", "percent"),
        ("5", "percent"),
        ("10", "percent"),
        ("3.5", "gigahertz"),
        ("3,200,000", "EUR"),
        ("100", "m"),
    }


def test_organisations_by_acronym_and_cue_word_anywhere_in_the_name() -> None:
    a = article(
        "a",
        "Officials at NATO and the Bank of England met Ana Ruiz in the US on Monday.\n"
        "SOCCER - LATE GOAL WINS IT",
    )
    found = {(e.text, e.type) for e in extract_entities(a)}
    assert ("NATO", ORG) in found and ("Bank of England", ORG) in found
    assert ("US", LOC) in found


def test_reported_speech_of_unnamed_groups_and_described_speakers() -> None:
    a = article(
        "a", "Some experts said the fares would rise again. The campaign says the ad will air on Monday."
    )
    found = [(m.text, m.speaker) for m in extract_reported(a)]
    assert ("the fares would rise again", "Some experts") in found
    assert ("the ad will air on Monday", "The campaign") in found


def test_reported_speech_with_an_appositive_or_an_attribution_inside_the_sentence() -> None:
    a = article(
        "a",
        "Ana Ruiz, who runs the ferry line, said the fares would rise in May. "
        "The new timetable, Tom Reyes said, starts on the first of June.",
    )
    found = {m.text: m.speaker for m in extract_reported(a)}
    assert found["the fares would rise in May"] == "Ana Ruiz"
    assert found["The new timetable, Tom Reyes said, starts on the first of June"] == "Tom Reyes"


def test_a_scale_word_joined_by_a_hyphen() -> None:
    found = {(m.value, m.unit) for m in extract_quantities(article("a", "The plan costs $1.2-billion."))}
    assert found == {("1,200,000,000", "USD")}
