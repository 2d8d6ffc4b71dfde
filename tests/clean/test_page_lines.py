"""A page's blocks as ``source_blocks`` gives them (``PageLines``) keep their line keys once made: the keys are those
of the same blocks as a plain list, handed out as copies, and a pickled page is a plain list again."""

import pickle

from newsfuse.clean.document import clean_document, source_blocks
from newsfuse.clean.recurring import LineStats, PageLines, long_keys, short_keys
from newsfuse.config import CleanConfig
from newsfuse.model import RawDoc

LONG = (
    "The council said on 12 March 2024 that the 3 new bridges over the river would open to traffic within "
    "two years, once the 45 million pound budget is approved by the regional assembly."
)
BLOCKS = ["Home | News 24/7", LONG, "ΣΟΦΙΑΣ ΤΙΜΗ", "İSTANBUL 2025", "Share this\nstory", "© 2025 The Courier"]


def test_kept_keys_are_the_plain_lists_keys_and_copies() -> None:
    page = PageLines(BLOCKS)
    assert page.short is None and page.long is None
    assert short_keys(page) == short_keys(list(BLOCKS))
    assert long_keys(page) == long_keys(list(BLOCKS))
    assert page.short == short_keys(list(BLOCKS)) and page.long == long_keys(list(BLOCKS))
    short, keys = short_keys(page)
    short.append(99)
    keys[0] = "changed"
    long, _ = long_keys(page)
    long.clear()
    assert short_keys(page) == short_keys(list(BLOCKS))
    assert long_keys(page) == ([1], long_keys(list(BLOCKS))[1])


def test_a_pickled_page_is_a_plain_list_without_keys() -> None:
    page = PageLines(BLOCKS)
    short_keys(page)
    back = pickle.loads(pickle.dumps(page))
    assert type(back) is list and back == BLOCKS


def test_counting_and_cleaning_read_the_same_answers() -> None:
    story = "Home | News\n\nStory {}: " + LONG + "\n\nFollow us on social media\n\n© 2025 The Courier"
    texts = [story.format(n) for n in range(4)]
    raws = [RawDoc(id=str(n), path="t", text=text) for n, text in enumerate(texts)]
    pages = [source_blocks(raw) for raw in raws]
    assert all(isinstance(page, PageLines) for page in pages)
    plain = [list(page) for page in pages]
    keyed, listed = LineStats.from_documents(pages), LineStats.from_documents(plain)
    assert (keyed.counts, keyed.long_counts) == (listed.counts, listed.long_counts)
    # digits are keyed as 0: "Story 2" recurs as "Story 0" does
    assert keyed.block_documents(pages[0]) == listed.block_documents(plain[0]) == [4, 4, 4, 4]
    assert keyed.recurrences(pages[1]).tolist() == listed.recurrences(plain[1]).tolist()
    config = CleanConfig(min_article_words=0)
    for raw, page, blocks in zip(raws, pages, plain, strict=True):
        cleaned = clean_document(raw, config, keyed, page)
        assert repr(cleaned) == repr(clean_document(raw, config, listed, blocks))
