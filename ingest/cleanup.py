"""Character-level clean-up shared by every input format, done before text is stored so
that every record's offsets index the cleaned text."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..resources import load_toml

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
    text = _symbol_font_marks(text)
    text = _KEYCAP.sub(lambda m: f"{m.group(1)}{m.group(2) or '10'}. ", text)
    text = _LINE_HYPHEN.sub(_join_hyphen, text)
    text = _CLOSED_BOX.sub(_opened, text)
    text = _FRAME_LINE.sub(lambda m: _BOX.sub(" ", m.group()), text)
    text = _FRAME_SIDE.sub(lambda m: m.group().replace(m.group("side"), " "), text)
    return re.sub(r"[ \t]+\n", "\n", text)


# a number drawn as an emoji's keycap at a line's start ("1️⃣ Fler deltagare ska ..."): a
# list's number as any other
_KEYCAP = re.compile("(?m)^([ \t]*)(?:(\\d)\ufe0f?\u20e3|\U0001f51f)[ \t]*")


# a card a designed report marks with a rule down its left side only: its top and bottom
# lines ("┌─ INSATS ───", "└──────") and its side ("│ Jobbresan Motala"), taken away so that
# what it holds reads as lines of text; a closed box ("│ Insatsägare   Region Skåne │"), a
# table's rows with signs between their cells ("│ A │ B │") and plain rules ("────") stay
_BOX = re.compile("[─━═┌└╔╚╭╰]")
# a closed box ("┌──┐" / "│ ... │" / "└──┘") whose lines are fields ("│ Huvudman:  Kramfors
# kommun │") is a card too, its right side taken away with the left; a box of key figures
# without labels ("│ 9,2 mnkr │" / "│ i medlemsintäkter │") stays closed
_CLOSED_BOX = re.compile(r"(?m)^[ \t]*┌[─━ \w]*┐[ \t]*\n(?:[ \t]*│[^\n]*│[ \t]*\n)+[ \t]*└[─━]*┘[ \t]*$")
_INNER_FIELD = re.compile(r"│[ \t]*[^\W\d][^:│\n]{0,30}:[ \t]")


def _opened(m: re.Match) -> str:
    box = m.group()
    inner = box.split("\n")[1:-1]
    if 2 * sum(1 for ln in inner if _INNER_FIELD.match(ln.strip())) < len(inner):
        return box
    return re.sub(r"[┐┘][ \t]*$|│[ \t]*$", "", box.replace("┐\n", "\n"), flags=re.M)
_FRAME_LINE = re.compile(r"(?m)^[ \t]*[┌└╔╚╭╰][^\n┐┘╗╝╮╯┬┴┼╦╩╬│║┃]*$")
_FRAME_SIDE = re.compile(r"(?m)^[ \t]*(?P<side>[│║┃])[^│║┃\n]*$")


@cache
def _symbol_font() -> tuple[dict[str, str], re.Pattern]:
    marks = load_toml("lexicon", "characters.toml")["symbol_font_letters"]
    signs = "".join(marks)
    # at a line's start before words, or anywhere before a legend's "=" ("þ = genomfört")
    return marks, re.compile(rf"(?P<indent>^[ \t]*)(?P<item>[{signs}])(?=[ \t]+\S)"
                             rf"|(?<=\s)(?P<key>[{signs}])(?=[ \t]*=)", re.M)


def _symbol_font_marks(text: str) -> str:
    """A symbol font's check boxes that came out as letters, back as the boxes they are,
    where one opens a line ("þ Kartlägga ..." is "☑ Kartlägga ...") or a legend explains it
    ("þ = genomfört")."""
    marks, found = _symbol_font()
    if not any(m in text for m in marks):
        return text
    return found.sub(lambda m: (m.group("indent") or "") + marks[m.group("item") or m.group("key")],
                     text)


def _join_hyphen(m: re.Match) -> str:
    nxt = m.group(1)
    if nxt.lower() in _CONJUNCTIONS:
        return "- "  # "hälso-\noch" stays a compound with a shared suffix
    if nxt[0].isupper():
        return "-"  # "Anna-\nLena", "ESF-\nprojekt" keep their hyphen
    return ""
