"""Bytes to text: binary detection and tolerant decoding."""

from __future__ import annotations

import codecs

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


def decode_bytes(data: bytes) -> str:
    """Decode as UTF-16 or UTF-32 when their byte-order mark opens ``data``, else as UTF-8 (with or
    without BOM), falling back to cp1252 and then Latin-1.

    Mojibake that survives decoding is repaired later by the cleaner (ftfy).
    """
    wide = wide_encoding(data)
    if wide:
        return data.decode(wide, errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def decode_declared(data: bytes, content_type: str) -> str:
    """Decode with the charset a Content-Type header declares, else as ``decode_bytes`` does."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return data.decode(value.strip("\"' "))
            except (LookupError, UnicodeDecodeError):
                break
    return decode_bytes(data)
