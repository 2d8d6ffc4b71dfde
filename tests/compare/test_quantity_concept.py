"""What a quantity is about, read as CQE's NewsQuant concept (issue 7, twelfth round)."""

from newsfuse.compare.quantities import extract_quantities, quantity_concept
from tests.helpers import article


def _concepts(text: str) -> list[str | None]:
    return [quantity_concept(text, m.span.start, m.span.end) for m in extract_quantities(article("a", text))]


def test_the_subject_of_the_clause_is_the_concept_its_verb_left_out() -> None:
    assert _concepts("The ferry company carried 2.1 million passengers last year.") == ["ferry company"]
    assert _concepts("The school district serves 48,000 pupils.") == ["school district"]
    (read,) = _concepts("Shares of Quillon Mining fell 7 percent on Monday.")
    assert read is not None and read.split()[0] == "shares"


def test_a_number_before_a_noun_modifies_it_and_a_measure_is_of_its_thing() -> None:
    assert _concepts("The council approved a $3.5 million grant for the harbour.") == ["grant"]
    assert _concepts("A 40-minute signal failure halted the trains.") == ["signal failure"]
    assert _concepts("Customs officers seized 95 kilograms of heroin at the port.") == ["heroin"]


def test_a_quantity_that_is_the_subject_takes_the_noun_after_its_verb() -> None:
    assert _concepts("About 2,500 residents were moved to the shelters.") == ["shelters"]
    assert _concepts("Nine of the 14 jurors voted to acquit.")[0] == "jurors"


def test_a_leading_adverbial_and_a_continuation_keep_the_sentence_subject() -> None:
    assert _concepts("On Friday, the index lost 2 percent.") == ["index"]
    assert _concepts("The carrier flew 8 million people, up 4% from a year earlier.")[1] == "carrier"


def test_opening_phrases_relative_clauses_and_subordinate_clauses_are_passed_over() -> None:
    assert _concepts("According to the board, ticket revenue at Palmore rose 3 percent.") == [
        "ticket revenue"
    ]
    assert _concepts("Tarrow Mills, which weaves carpets, said it would cut about 240 jobs.") == [
        "tarrow mills"
    ]
    assert _concepts("The driver was fined after three cyclists were hurt in the crash.") == ["crash"]
    assert _concepts("The senator resigned after 14 months in office.") == ["senator"]


def test_a_second_clause_after_while_or_with_has_its_own_subject() -> None:
    text = "The Aldon index gained 0.4 percent, while the Varro index lost 0.9 percent."
    assert _concepts(text) == ["aldon index", "varro index"]
    text = "The harbour handled 2.1 million containers, 8% fewer than in 2022."
    assert [c.split()[-1] if c else c for c in _concepts(text)] == ["harbour", "harbour"]


def test_the_mention_carries_its_concept_and_a_copy_keeps_it() -> None:
    text = "The ferry company carried 2.1 million passengers last year. The fire began at 9 p.m."
    found = list(extract_quantities(article("a", text)))
    by_unit = {m.unit: m for m in found}
    assert by_unit[None].concept == "ferry company"
    assert by_unit["clock"].concept is None  # a clock time is a time, not a quantity about something
    assert by_unit[None].moved("b").concept == "ferry company"


def test_a_line_break_ends_the_sentence_a_concept_is_read_from() -> None:
    text = "Harbour officials met on Monday\n\n140 firefighters fought the blaze at the depot."
    (read,) = _concepts(text)
    assert read == "blaze"


def test_a_verb_outside_the_lists_is_left_out_before_a_bound_or_a_preposition() -> None:
    assert _concepts("The fund manager oversees more than 40 billion Australian dollars.") == ["fund manager"]
    assert _concepts("The new trains run at 320 km/h.") == ["new trains"]
    assert _concepts("Tenants pay an average of $1,450 a month in rent.") == ["tenants"]


def test_an_opening_part_alone_a_continuing_part_and_one_in_five() -> None:
    assert _concepts("According to the survey, 64% of small businesses expect higher bills.") == [
        "small businesses"
    ]
    text = "Last year the charity handed out 2.6 million meals, up from 1.9 million in 2021."
    assert _concepts(text) == ["charity", "charity"]
    assert _concepts("Inspectors found that 1 in 5 care homes had too few staff.") == [
        "care homes",
        "care homes",
    ]


def test_the_quantity_s_own_clause_a_relative_clause_and_a_coordinated_one() -> None:
    text = "The jury awarded $2 million to a former warehouse worker who lost two fingers at work."
    assert _concepts(text)[1] == "former warehouse worker"
    text = "Temperatures hit 41C on Tuesday, and the city opened 16 cooling centres."
    assert _concepts(text)[1] == "city"
    text = "Crews fought the blaze for nine hours, and 60 firefighters remained at the scene."
    assert _concepts(text)[1] == "scene"
    text = "Revenue rose 6% to $3.4 billion, while net income fell to $212 million, or 87 cents a share."
    assert _concepts(text)[-1] == "net income"


def test_a_verb_s_object_before_at_by_to_from_and_a_noun_valued_or_worth() -> None:
    assert _concepts("A poll put the governor's approval at 41 percent.") == ["governor approval"]
    assert _concepts("The council voted to raise property taxes by 3.5 percent.") == ["property taxes"]
    assert _concepts("Thieves took jewellery valued at 250,000 euros.") == ["jewellery"]
    assert _concepts("He signed an extension worth a reported $4 million.") == ["extension"]
    assert _concepts("Prices rose by at least 3%.") == ["prices"]  # the subject and its verb


def test_a_vague_plural_is_read_as_a_number_of_its_noun() -> None:
    assert _concepts("Dozens of shoppers were stranded when the car park flooded.") == ["car park"]


def test_a_participle_s_object_a_noun_with_a_number_and_a_change_then_its_level() -> None:
    text = "The jury awarded $2 million, finding the company 70% responsible."
    assert _concepts(text)[1] == "company"
    assert _concepts("The merger would create a company with 52,000 employees.") == ["company"]
    text = "The central bank raised its key rate by half a percentage point to 6.75%."
    assert _concepts(text) == ["key rate", "key rate"]


def test_a_part_that_continues_the_quantity_before_it_and_a_measure_after_its_noun() -> None:
    def concepts(text: str) -> list[str | None]:
        return [
            quantity_concept(text, m.span.start, m.span.end) for m in extract_quantities(article("c", text))
        ]

    text = "A poll of 1,015 adults put the governor's approval at 41 percent, down six points since spring."
    assert concepts(text)[-2:] == ["governor approval", "governor approval"]
    text = "The survey counted 2,430 breeding pairs of puffins on the island, down from 3,100 in 2015."
    assert concepts(text)[-1] == "puffins"  # what the count before the comma is of
    # a number that modifies a noun keeps it: "down from a 9-point margin"
    assert concepts("Her lead narrowed to 3.5 points, down from a 9-point margin in June.")[-1] == "margin"
    assert concepts("The telescope spotted a galaxy 13.2 billion light years away.") == ["galaxy"]
    assert concepts("Engineers built a sea wall some 6 metres high.") == ["sea wall"]
    assert concepts("The company plans to open 120 stores across Europe.") == ["company"]


def test_a_spaced_hyphen_compound_modifies_the_noun_after_it() -> None:
    text = "the 12 - member jury deliberated for 9 hours ."
    (m, _) = extract_quantities(article("c", text))
    assert m.slot == "member" and quantity_concept(text, m.span.start, m.span.end) == "jury"
