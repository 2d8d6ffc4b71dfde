"""Bytes to text: binary detection and tolerant decoding."""

from __future__ import annotations

import codecs
import re

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32's marks first: its little-endian mark opens with UTF-16's."""


def wide_encoding(data: bytes) -> str | None:
    """ "utf-16" or "utf-32" when a byte-order mark of that encoding opens ``data`` (a text saved as
    "Unicode" by Windows tools), else None."""
    return next((encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control bytes, in its first 8 KiB (read as
    characters when a UTF-16 or UTF-32 byte-order mark opens it)."""
    head = data[:8192]
    wide = wide_encoding(head)
    try:  # bytes that are no valid UTF-16 (random data behind the mark: lone surrogates) are not text
        codes = [ord(c) for c in codecs.getincrementaldecoder(wide)().decode(head)] if wide else list(head)
    except UnicodeDecodeError:
        return True
    if 0 in codes:
        return True
    controls = sum(1 for c in codes if c in _CONTROL)
    return bool(codes) and controls / len(codes) > 0.05


_LEGACY_SCRIPTS = frozenset(
    {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "cp1253", "iso8859_7"}
)
"""Code pages of Cyrillic and Greek: bytes that cp1252 would read as Latin letters of another text."""


def legacy_script(data: bytes) -> str | None:
    """The Cyrillic or Greek code page (``_LEGACY_SCRIPTS``) that charset-normalizer reads ``data`` in (its
    first 64 KiB), or None when it reads another one (a Western text stays cp1252's)."""
    from charset_normalizer import from_bytes  # only for text that is not UTF-8

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding not in _LEGACY_SCRIPTS:
        return None
    try:
        data.decode(best.encoding)
    except UnicodeDecodeError:  # a byte the page does not have, past the first 64 KiB
        return None
    return str(best.encoding)


def decode_bytes(data: bytes) -> str:
    """Decode as UTF-16 or UTF-32 when their byte-order mark opens ``data``, else as UTF-8 (with or
    without BOM), else in the Cyrillic or Greek code page a text in one is in (``legacy_script``), falling
    back to cp1252 and then Latin-1.

    Mojibake that survives decoding is repaired later by the cleaner (ftfy).
    """
    wide = wide_encoding(data)
    if wide:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        legacy = legacy_script(data)
        if legacy is not None:
            return data.decode(legacy)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_LABELS = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gbk",
}
"""Labels browsers read as another encoding (the WHATWG Encoding Standard): a page labelled Latin-1 is
windows-1252 (its curly quotes are 0x93/0x94), GB2312 is GBK."""


def meta_charset(data: bytes) -> str | None:
    """The codec an HTML page's ``<meta charset>`` (or ``http-equiv`` Content-Type) names in its first 4 KiB,
    read as browsers read the label; None when there is none or Python does not know it."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    return codec_of(found.group(1).decode("ascii"))


def codec_of(label: str) -> str | None:
    """The Python codec a charset label names, read as browsers read it (``_LABELS``: "iso-8859-1" is
    windows-1252); None when Python does not know it."""
    label = label.strip("\"' ").lower()
    try:
        return codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """An HTML page's text: valid UTF-8 (or a UTF-16/32 byte-order mark) as such, else in the charset its
    ``<meta>`` declares (``meta_charset``: a windows-1251, KOI8-R or Shift_JIS page), else as ``decode_bytes``."""
    if not wide_encoding(data):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            charset = meta_charset(data)
            if charset is not None:
                try:
                    return data.decode(charset)
                except UnicodeDecodeError:
                    pass
    return decode_bytes(data)


def decode_declared(data: bytes, content_type: str) -> str:
    """Decode with the charset a Content-Type header declares (its label read as ``meta_charset`` reads a
    page's, by ``codec_of``), else as ``decode_html`` does."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            codec = codec_of(value)
            try:
                return data.decode(codec) if codec is not None else decode_html(data)
            except UnicodeDecodeError:
                break
    return decode_html(data)
