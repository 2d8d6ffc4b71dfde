"""Text normalisation shared by every cleaning path."""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
import ftfy.badness

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")
_ENDS_SENTENCE = re.compile(r"[.!?:;…\"'”»)]$")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def normalize_text(text: str) -> str:
    """Repair mojibake, normalise Unicode (NFC) and whitespace; keep paragraph breaks."""
    text = (
        text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _has_surrogates(text) else text
    )
    if not text.isascii() and ftfy.badness.is_bad(text):
        text = ftfy.fix_text(text, normalization="NFC")
    elif "&" in text and ";" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_blocks(text: str) -> list[str]:
    """Split scraped text into blocks: one per line, re-joining lines that were hard-wrapped.

    A line continues the previous one when that one does not end a sentence and this one starts
    in lower case (a wrapped paragraph); otherwise each line is a block of its own.
    """
    blocks: list[str] = []
    for paragraph in _BLANKS.split(text):
        current = ""
        for line in paragraph.split("\n"):
            line = line.strip()
            if not line:
                continue
            if current and line[0].islower() and not _ENDS_SENTENCE.search(current):
                current = f"{current} {line}"
            else:
                if current:
                    blocks.append(current)
                current = line
        if current:
            blocks.append(current)
    return blocks


def join_blocks(blocks: list[str]) -> str:
    return "\n\n".join(blocks)
