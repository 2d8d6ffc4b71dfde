from newsfuse.clean import clean_document
from newsfuse.clean.metadata import headline_text
from newsfuse.config import CleanConfig
from newsfuse.model import Article, RawDoc


def test_typesetting_codes_are_no_title() -> None:
    assert headline_text("&HT;") is None
    assert (
        headline_text("ACUPUNCTURE FACELIFTS GAIN POPULARITY &HT;") == "ACUPUNCTURE FACELIFTS GAIN POPULARITY"
    )
    assert headline_text("$ADV21 BEAT ARTHRITIS NATURALLY") == "BEAT ARTHRITIS NATURALLY"
    assert headline_text("AT&T buys Q&A site for $5 million") == "AT&T buys Q&A site for $5 million"


def test_a_record_titled_by_a_code_gives_an_untitled_article() -> None:
    body = "The drug maker said on Tuesday that its new pill eased pain in a trial of 1,200 patients. " * 3
    raw = RawDoc("n", "n.jsonl", text=body, title="&HT;", clean=True)
    cleaned = clean_document(raw, CleanConfig())
    assert isinstance(cleaned, Article)
    assert cleaned.title is None
