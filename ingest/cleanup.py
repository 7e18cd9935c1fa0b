"""Character-level clean-up shared by every input format, done before text is stored so
that every record's offsets index the cleaned text."""
from __future__ import annotations

import re
import unicodedata

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "sam-\nverkan": a word broken at a line end. The next word decides what the hyphen was.
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=([^\W\d_]+))")
# Words after which a trailing hyphen is a shared-suffix hyphen ("hälso- och sjukvård").
_CONJUNCTIONS = {"och", "eller", "samt", "resp", "respektive", "till", "som", "&"}


def clean_text(text: str) -> str:
    """NFC, no soft hyphens or ligatures, plain spaces, line-end hyphenation undone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    for lig, plain in _LIGATURES.items():
        text = text.replace(lig, plain)
    text = _SPACES.sub(" ", text)
    text = _LINE_HYPHEN.sub(_join_hyphen, text)
    return re.sub(r"[ \t]+\n", "\n", text)


def _join_hyphen(m: re.Match) -> str:
    nxt = m.group(1)
    if nxt.lower() in _CONJUNCTIONS:
        return "- "  # "hälso-\noch" stays a compound with a shared suffix
    if nxt[0].isupper():
        return "-"  # "Anna-\nLena", "ESF-\nprojekt" keep their hyphen
    return ""
