"""The timeline dates only the days a text dates: generic, plural, scheduled and habitual weekdays are left
out, and a relative day is resolved against the date of the article that says it (reader audit F-11)."""

from newsfuse.model import Article
from newsfuse.provenance.timeline import timeline

# 2026-05-08 is a Friday
FRIDAY = "2026-05-08"


def _dated(text: str, published: str = FRIDAY) -> dict[str, str]:
    article = Article(id="a", path="a", text=text, outlet="Harbor Ledger", published=published)
    return {text[d.span.start : d.span.end]: d.resolved for d in timeline([article])}


def test_a_weekday_after_every_any_or_a_normal_is_not_dated() -> None:
    assert _dated("On a normal Tuesday the ferry carries forty cars, the pilot said.") == {}
    assert _dated("The choir meets every Wednesday in the old mill.") == {}
    assert _dated("Any Thursday you will find him at the quay.") == {}
    assert _dated("Mondays are slow, but on a typical Monday morning the stall sells out.") == {}


def test_a_weekday_heading_a_phrase_after_a_is_generic_but_one_qualifying_a_noun_is_that_day() -> None:
    assert _dated("Nobody expects a queue on a Tuesday night, the baker said.") == {}
    assert _dated("Two boats were damaged in a Tuesday storm off the point.") == {"Tuesday": "2026-05-05"}


def test_plural_weekdays_are_not_dated() -> None:
    assert _dated("The market stays open late on Thursday nights in summer.") == {}


def test_a_bare_span_of_weekdays_is_a_schedule_not_two_days() -> None:
    assert _dated("The shuttle now runs Tuesday through Sunday from the lower lot.") == {}
    assert _dated("Tours are offered Monday to Thursday only.") == {}


def test_a_weekday_in_a_habitual_clause_is_not_dated_but_a_clause_after_it_is() -> None:
    assert _dated("The inspectors usually arrive on Wednesday with a checklist.") == {}
    assert _dated("Rowers often train here, and the club said Wednesday it would close the slip.") == {
        "Wednesday": "2026-05-06"
    }


def test_a_plain_specific_weekday_is_still_dated() -> None:
    assert _dated("The council voted on Tuesday to close the slipway.") == {"on Tuesday": "2026-05-05"}


def test_last_weekday_said_the_day_after_is_the_week_before() -> None:
    # on a Friday, the day before is "Thursday" or "yesterday": "last Thursday" is the week before's
    assert _dated("A crane toppled at the pier last Thursday.") == {"last Thursday": "2026-04-30"}
    assert _dated("A crane toppled at the pier last Tuesday.") == {"last Tuesday": "2026-05-05"}


def test_a_capitalised_last_at_a_sentence_start_is_read_as_relative() -> None:
    text = "Divers found the wreck on Friday. Last Thursday, a crane toppled at the pier."
    assert _dated(text) == {"on Friday": FRIDAY, "Thursday": "2026-04-30"}


def test_a_relative_day_resolves_against_its_own_articles_date() -> None:
    early = Article(
        id="a", path="a", text="A crane toppled at the pier last Thursday.", published="2026-05-04"
    )
    later = Article(id="b", path="b", text="A crane toppled at the pier last Thursday.", published=FRIDAY)
    by_article = {d.span.article_id: d.resolved for d in timeline([early, later])}
    assert by_article == {"a": "2026-04-30", "b": "2026-04-30"}


def test_a_quotes_will_does_not_make_the_words_after_it_future() -> None:
    text = '"We will reopen the slipway," the harbor master said on Wednesday.'
    assert _dated(text) == {"on Wednesday": "2026-05-06"}


def test_to_be_alone_is_no_future_cue_but_due_to_be_is() -> None:
    assert _dated("Two men believed to be from the port were charged Wednesday.") == {
        "Wednesday": "2026-05-06"
    }
    assert _dated("The skipper is due to be sentenced Tuesday.") == {"Tuesday": "2026-05-12"}
