"""Section headings and caption credits of the plain-text cleaner in several languages (eleventh round)."""

import pytest

from newsfuse.clean.plaintext import clean_plain_blocks

ARTICLE = [
    "Ferry service to the outer islands resumes after storm",
    "The ferry service between Port Emmet and the outer islands resumed on Tuesday after three days of gales, "
    "the harbour office said in a statement.",
    "The first crossing left at seven in the morning with forty passengers and a lorry of supplies on board, "
    "and the captain said the sea was calm again.",
    "Islanders had been without fresh milk and post since the weekend, when the last boat turned back halfway "
    "across the sound because of the waves.",
]


@pytest.mark.parametrize(
    "heading",
    [
        "Around the web",
        "Promoted stories",
        "More news",
        "Das könnte dich auch interessieren",
        "Lesen Sie auch",
        "À lire aussi",
        "Noticias relacionadas",
        "Zobacz także",
    ],
)
def test_related_heading_opens_a_section(heading: str) -> None:
    teasers = [
        "Town council approves new budget",
        "Local choir travels abroad for first tour in a decade",
    ]
    result = clean_plain_blocks([*ARTICLE, heading, *teasers])
    cut = {r.text: r.reason for r in result.removed}
    assert cut[heading] == "related_block"
    assert all(cut.get(t) == "related_block" for t in teasers)
    assert ARTICLE[3] in result.blocks


@pytest.mark.parametrize(
    "heading", ["Have your say", "Keine Kommentare", "3 commentaires", "Deja un comentario"]
)
def test_comment_heading_opens_a_section(heading: str) -> None:
    result = clean_plain_blocks([*ARTICLE, heading, "Great news, we missed the boat all week."])
    cut = {r.text: r.reason for r in result.removed}
    assert cut[heading] == "comment_section"


@pytest.mark.parametrize(
    "credit", ["Foto: Anna Berg", "(Foto: Hafenamt)", "Bild: Stefan Kurz", "Picture: J. Doe"]
)
def test_caption_credit_is_chrome(credit: str) -> None:
    result = clean_plain_blocks([*ARTICLE[:2], credit, *ARTICLE[2:]])
    assert credit not in result.blocks
    assert ARTICLE[2] in result.blocks


@pytest.mark.parametrize(
    "chrome",
    [
        "Click to share on Twitter (Opens in new window)",
        "Like this:",
        "Sign up for our morning briefing",
        "Hide caption",
        "See also: Harbour office names new director",
        "Lesen Sie auch: Neue Fähre für die Inseln im nächsten Sommer bestellt",
        "VEA TAMBIÉN: El puerto reabre tras la tormenta",
    ],
)
def test_share_and_caption_lines_are_chrome(chrome: str) -> None:
    result = clean_plain_blocks([*ARTICLE[:2], chrome, *ARTICLE[2:]])
    assert {r.text: r.reason for r in result.removed}.get(chrome) in ("chrome_phrase", "related_block")
    assert ARTICLE[2] in result.blocks
