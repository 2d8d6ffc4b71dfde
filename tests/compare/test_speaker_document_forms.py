"""The document forms D' left (issue 7, candidate F' of session 27: session 26's F and the forms it left): the
issuer after "submitted/issued by", the person a report "quotes … saying", the subject of "X released a statement
… saying" as the quote's own attribution, a described subject who "said" before "according to the report", a
document that "read" its quotation, a group "said in a statement", "X issued a statement that said …:", the body
"according to" before a definite document, and records/documents as document heads."""

from tests.helpers import quote_speakers as _speakers


def test_a_report_submitted_by_an_office_is_the_office() -> None:
    text = (
        "Police say a teenager shot his friend by accident.\n\n"
        '"Both subjects stated that they were hanging out in the parking lot," states the probable cause report '
        "submitted by the East Baton Rouge Parish Sheriff's Office."
    )
    assert _speakers(text)[-1] == (
        "Both subjects stated that they were hanging out in the parking lot",
        "East Baton Rouge Parish Sheriff's Office",
    )


def test_a_news_release_issued_by_a_department_is_the_whole_department() -> None:
    text = (
        "A shooting early Saturday left a boy dead.\n\n"
        'Officers responded to the 84000 block of Pedro Drive, "regarding a large party where several subjects were fighting," '
        "according to a news release issued by the Riverside County Sheriff's Department."
    )
    assert _speakers(text)[-1] == (
        "regarding a large party where several subjects were fighting",
        "Riverside County Sheriff's Department",
    )


def test_the_report_quotes_him_saying_is_the_person_quoted() -> None:
    text = (
        "Their coach, Gerald Hewitt, spoke to the newspaper on Monday.\n\n"
        '"He was the kind of kid who brightened up a room," the report quotes him saying.'
    )
    assert _speakers(text)[-1] == ("He was the kind of kid who brightened up a room", "Gerald Hewitt")


def test_a_body_that_released_a_statement_saying_speaks() -> None:
    text = (
        "Roman Kellough, 15, died on Sunday.\n\n"
        "The Evansville Vanderburgh School Corporation released a statement on social media saying, "
        '"Our hearts go out to the family and friends of the young man."'
    )
    assert _speakers(text)[-1] == (
        "Our hearts go out to the family and friends of the young man.",
        "The Evansville Vanderburgh School Corporation",
    )


def test_one_of_the_gunmen_said_according_to_the_report_is_the_gunman() -> None:
    text = (
        "Michael Callen told police two men came up shooting at them.\n\n"
        'One of the gunmen said, "Make sure they\'re all dead," according to the report.'
    )
    assert _speakers(text)[-1] == ("Make sure they're all dead", "One of the gunmen")


def test_the_statement_read_is_the_group_that_said_in_a_statement_last() -> None:
    text = (
        "Police spokeswoman Natalie Hall said in a statement that two people were hurt.\n\n"
        "University campus police said in a statement on its Facebook account that one of the victims was flown out.\n\n"
        '"Please take precautions to ensure your safety," the statement read.'
    )
    assert _speakers(text)[-1] == (
        "Please take precautions to ensure your safety",
        "University campus police",
    )


def test_a_statement_that_said_before_a_colon_is_its_issuers() -> None:
    text = (
        "Kenneth Suttner, 17, died in December.\n\n"
        "Dairy Queen issued a statement that said the location was an independently operated franchise: "
        '"We first learned of the situation today."\n\n'
        '"The manager is no longer employed at this location," the statement read.'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Dairy Queen", "Dairy Queen"]


def test_the_press_release_after_according_to_a_department_is_the_department() -> None:
    text = (
        "Eric Summerfield, 18, was found with a single gunshot wound, according to Forsyth Police Department.\n\n"
        '"The Forsyth officer attempted CPR on the victim," the press release stated.'
    )
    assert _speakers(text)[-1] == (
        "The Forsyth officer attempted CPR on the victim",
        "Forsyth Police Department",
    )


def test_records_released_by_an_office_are_the_office() -> None:
    text = (
        "Chericia Brown filled out a form on Dec. 21.\n\n"
        'She checked "yes" for the question, "Do you think your partner is capable of killing you?" according to '
        "records released by the State Attorney's Office."
    )
    assert _speakers(text)[-1] == (
        "Do you think your partner is capable of killing you?",
        "State Attorney's Office",
    )


def test_the_statements_of_a_sheriffs_department_read_are_the_department() -> None:
    text = (
        "Cole County Sheriff’s Department probable cause statements say Lucas Abbett called authorities at noon.\n\n"
        '"Abbett described spinning the cylinder and pulling the trigger," the statement read.'
    )
    assert _speakers(text)[-1] == (
        "Abbett described spinning the cylinder and pulling the trigger",
        "Cole County Sheriff’s Department",
    )
