"""Turn the bytes of a text file into str: UTF-8 (with or without BOM), UTF-16 with BOM,
cp1252 / latin-1, and UTF-8 that an earlier tool already mis-decoded as cp1252.

Damage is read as well as it can be and named, never hidden: a file that is UTF-8 but for
a few lines (two files pasted together, a line edited in another program) is decoded line by
line, and invalid bytes become U+FFFD; a stray NUL is dropped. Each of these adds a warning.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .errors import IngestError

# "Ã¥" is how "å" looks when UTF-8 bytes were read as cp1252 and saved again.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac]")
# a well-formed UTF-8 sequence of two to four bytes: single-byte text has (almost) none
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# what a cp1252 line of Swedish text holds besides ASCII letters: a line decoding to
# anything else is not cp1252 but damaged UTF-8
_CP1252_PUNCT = set("–—‘’‚“”„…€§°½¼¾·×÷«»±µ¢£¥©®™•†‰¶ ")
MAX_NUL_SHARE = 0.001  # more NULs than this (outside UTF-16) is binary data, not a stray byte
_HIGH = bytes(range(0x80, 0x100))
_SHOWN_LINES = 5  # line numbers named in a warning


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises IngestError for binary data."""
    decoded = decode(data)
    return decoded.text, decoded.encoding


def decode(data: bytes) -> Decoded:
    """The text, the encoding and what was wrong with the bytes. Raises IngestError for
    binary data."""
    if not data:
        raise IngestError("empty file (0 bytes)")
    if data.startswith(codecs.BOM_UTF8):
        out = _utf8(data[3:])
        out.encoding = "utf-8-sig" if out.encoding == "utf-8" else out.encoding
        return out
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _replaced(data.decode("utf-16", errors="replace"), "utf-16")
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 without BOM: every other byte is NUL for Latin text
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even < odd // 8:
            return _replaced(data.decode("utf-16-le", errors="replace"), "utf-16-le")
        if even > len(head) // 4 and odd < even // 8:
            return _replaced(data.decode("utf-16-be", errors="replace"), "utf-16-be")
        raise IngestError("binary file, not text (contains NUL bytes)")
    warnings = []
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > max(1, len(data) * MAX_NUL_SHARE):
            raise IngestError(f"binary file, not text (contains {nuls} NUL bytes)")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls} NUL byte(s) removed from the text")
    out = _utf8(data)
    out.warnings[:0] = warnings
    return out


def _utf8(data: bytes) -> Decoded:
    try:
        return Decoded(_fix_mojibake(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_MULTI.findall(data)
    if not sequences:  # no UTF-8 at all: a single-byte file, not damage
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            return Decoded(data.decode("latin-1"), "latin-1")
    # bytes >= 0x80 outside well-formed sequences: more of them than sequences, and the file
    # is single-byte text in which a few letter pairs happen to be valid UTF-8 ("Ä–")
    stray = len(data) - len(data.translate(None, _HIGH)) - sum(map(len, sequences))
    return _by_line(data, single_byte=stray >= len(sequences))


def _by_line(data: bytes, single_byte: bool) -> Decoded:
    """Each line in the encoding it is in: UTF-8, or cp1252 when that reads as Swedish text,
    else UTF-8 with the invalid bytes replaced."""
    parts, as_cp1252, replaced, utf8_lines = [], [], [], 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        single = _as_cp1252(line) if text is None or single_byte else None
        if single is not None:
            parts.append(single)
            as_cp1252.append(number)
        elif text is not None:
            parts.append(text)
            utf8_lines += 1
        else:
            parts.append(line.decode("utf-8", errors="replace"))
            replaced.append(number)
    warnings = []
    if as_cp1252 and utf8_lines:
        warnings.append(f"mixed encodings: {len(as_cp1252)} line(s) not UTF-8 were read as "
                        f"cp1252 ({_lines(as_cp1252)})")
    if replaced:
        warnings.append(f"invalid UTF-8 on {len(replaced)} line(s), bytes replaced with "
                        f"U+FFFD ({_lines(replaced)})")
    encoding = ("utf-8+cp1252" if utf8_lines else "cp1252") if as_cp1252 else "utf-8"
    return Decoded("".join(parts), encoding, warnings)


def _as_cp1252(line: bytes) -> str | None:
    """The line as cp1252 when that gives Swedish text, else None."""
    try:
        text = line.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _MOJIBAKE.search(text):  # UTF-8 letters in the line: it is damaged UTF-8
        return None
    if all(ch.isascii() or ch.isalpha() or ch in _CP1252_PUNCT for ch in text):
        return text
    return None


def _replaced(text: str, encoding: str) -> Decoded:
    bad = text.count("\ufffd")
    warnings = [f"{bad} invalid {encoding.upper()} sequence(s) replaced with U+FFFD"] if bad else []
    return Decoded(text, encoding, warnings)


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:_SHOWN_LINES]))
    more = f" and {len(numbers) - _SHOWN_LINES} more" if len(numbers) > _SHOWN_LINES else ""
    return f"line {shown}{more}" if len(numbers) == 1 else f"lines {shown}{more}"


def _fix_mojibake(text: str) -> str:
    if len(_MOJIBAKE.findall(text)) < 3:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
