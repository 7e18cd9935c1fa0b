"""Turn the bytes of a text file into str: UTF-8 (with or without BOM), UTF-16 with BOM,
cp1252 / latin-1, and UTF-8 that an earlier tool already mis-decoded as cp1252."""
from __future__ import annotations

import codecs
import re

from .errors import IngestError

# "Ã¥" is how "å" looks when UTF-8 bytes were read as cp1252 and saved again.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac]")


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises IngestError for binary data."""
    if not data:
        raise IngestError("empty file (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        return _fix_mojibake(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without BOM: every other byte is NUL for Latin text
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even < odd // 8:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even > len(head) // 4 and odd < even // 8:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
        raise IngestError("binary file, not text (contains NUL bytes)")
    if b"\x00" in head:
        raise IngestError("binary file, not text (contains NUL bytes)")
    try:
        return _fix_mojibake(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _fix_mojibake(text: str) -> str:
    if len(_MOJIBAKE.findall(text)) < 3:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
