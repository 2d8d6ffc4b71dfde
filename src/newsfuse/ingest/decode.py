"""Bytes to text: binary detection and tolerant decoding."""

from __future__ import annotations

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control bytes, in its first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> str:
    """Decode as UTF-8 (with or without BOM), falling back to cp1252 and then Latin-1.

    Mojibake that survives decoding is repaired later by the cleaner (ftfy).
    """
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
