"""Text normalisation shared by every cleaning path."""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
import ftfy.badness
import numpy as np

_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
)
"""Runs of horizontal space that are not already a single plain space."""
_ODD_SPACES = ("  ", "\t", "\u00a0", *map(chr, range(0x2000, 0x200C)), "\u202f", "\u205f", "\u3000")
"""Substrings whose presence means ``_SPACES`` has work to do (a substring test is far cheaper than a scan)."""
_ODD_EDGES = (
    " \n",
    "\n ",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\u1680",
    "\u2028",
    "\u2029",
)
"""Substrings whose presence means some line may start or end in white space."""
_LINE_EDGES = re.compile(r"[^\S\n]+\n[^\S\n]*|\n[^\S\n]+")
_BLANKS = re.compile(r"\n\s*\n+")
_ENDS_SENTENCE = re.compile(r"[.!?:;…\"'”»)]$")
_TYPOGRAPHIC = "".join(
    ftfy.badness.MOJIBAKE_CATEGORIES[k] for k in ("common", "start_punctuation", "end_punctuation")
)
_UNSAFE = re.compile(f"[^\\x00-\\x7f{re.escape(_TYPOGRAPHIC)}]")
"""A character that can take part in mojibake as ftfy's badness test sees it: every one of its patterns needs a
character other than ASCII and typographic punctuation (curly quotes, dashes, ellipsis, bullets, « »)."""
_CONTEXT = 3
"""Characters kept either side of each non-ASCII run when looking for mojibake."""
_MAX_RUNS = 200


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def looks_like_mojibake(text: str) -> bool:
    """ftfy's badness test, run only on the first ``_MAX_RUNS`` distinct non-ASCII runs of the text and a few
    characters around each: mojibake is made of non-ASCII characters and comes from decoding a whole file
    wrongly, so a bounded sample finds it, while ftfy's pattern over a whole page is slow. The runs are
    found with NumPy over the code points (a regex scan costs more than the test itself). Text whose only
    non-ASCII characters are typographic punctuation is never tested (no pattern can match it)."""
    if not _UNSAFE.search(text):
        return False
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    wide = np.flatnonzero(codes > 0x7F)
    if not len(wide):
        return False
    breaks = np.flatnonzero(np.diff(wide) > 1)
    starts = np.concatenate(([wide[0]], wide[breaks + 1]))[:_MAX_RUNS].tolist()
    ends = np.concatenate((wide[breaks], [wide[-1]]))[:_MAX_RUNS].tolist()
    pieces = dict.fromkeys(
        text[max(0, s - _CONTEXT) : e + 1 + _CONTEXT] for s, e in zip(starts, ends, strict=True)
    )
    return bool(ftfy.badness.is_bad("\n".join(pieces)))


def normalize_text(text: str) -> str:
    """Repair mojibake, normalise Unicode (NFC) and whitespace; keep paragraph breaks."""
    text = (
        text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _has_surrogates(text) else text
    )
    if not text.isascii() and looks_like_mojibake(text):
        text = ftfy.fix_text(text, normalization="NFC")
    elif "&" in text and ";" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if any(space in text for space in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    if any(edge in text for edge in _ODD_EDGES):
        text = _LINE_EDGES.sub("\n", text)
    return text.strip()


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
