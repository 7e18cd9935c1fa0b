"""What a form filled in and converted to text leaves: check boxes and choice rows ("[x]
Uppnått  [ ] Delvis uppnått  [ ] Ej uppnått", "☐ Ja ☒ Nej", "( ) Uppnått  (•) Delvis
uppnått"), whose ticked option is the answer and which are no list and no legend; and the
form's own instructions and the placeholders of fields left empty, which are no one's words
(`data/forms.toml`)."""
from __future__ import annotations

import re
from functools import cache

from ..resources import load_toml

BOX_MARKS = " xX~✓✔*-"  # what a bracketed check box holds: "[x]", "[ ]", "[~]"
GLYPH_BOXES = "☐☒☑"  # check boxes as signs of their own
_TICKS = "xX✓✔☒☑•"  # a box holding one of these is ticked
# a box: bracketed, a sign of its own, or a radio button's parentheses
_BOX = re.compile(rf"\[[{BOX_MARKS}]?\]|[{GLYPH_BOXES}]|\([ •xX]?\)")


def ticked(box: str) -> bool:
    """Whether a box ("[x]", "☒", "(•)") holds a tick ("[ ]", "☐", "( )" do not)."""
    return any(c in _TICKS for c in box)


def box_state(marker: str) -> bool | None:
    """An item's marker as a box: True ticked ("[x]", "☒"), False empty ("[ ]", "☐"), None
    when the marker is no box."""
    return ticked(marker) if _BOX.fullmatch(marker.strip()) else None


def unticked_options(markers: list[str]) -> set[int]:
    """The items of a list of options a form ticked some of ("☒ Unga ..." / "☐ Nyanlända"):
    the indices of the empty ones, which were not chosen. None ticked: a list of things to
    do, or a form left blank; nothing is told apart."""
    states = [box_state(m) for m in markers]
    return {k for k, s in enumerate(states) if s is False} if True in states else set()


def choice_row(line: str) -> list[tuple[str, bool]] | None:
    """A line that opens with a box and offers two options or more, each after its box: the
    options' labels and whether each is ticked. None for any other line, and for three boxes
    or more each marked differently: a legend of what the marks mean."""
    body = line.strip()
    boxes = list(_BOX.finditer(body))
    if len(boxes) < 2 or boxes[0].start() != 0:
        return None
    marks = [m.group(0).replace(" ", "") for m in boxes]
    if len(boxes) >= 3 and len(set(marks)) == len(marks):
        return None  # "[x] genomförd  [~] påbörjad  [ ] ej genomförd": a legend of marks
    options = []
    for k, m in enumerate(boxes):
        end = boxes[k + 1].start() if k + 1 < len(boxes) else len(body)
        label = body[m.end():end].strip()
        if not label:
            return None  # "[ ] [ ]": boxes without options are no choice
        options.append((label, ticked(m.group(0))))
    return options


def chosen(line: str) -> str | None:
    """The ticked options of a choice row, joined ("Delvis uppnått"); "" when none is
    ticked; None when the line is no choice row."""
    options = choice_row(line)
    if options is None:
        return None
    return "; ".join(label for label, on in options if on)


@cache
def _form_words() -> tuple[re.Pattern, re.Pattern]:
    cfg = load_toml("extract", "forms.toml")
    opener = "|".join(re.escape(w) for w in sorted(cfg["instruction_words"], key=len, reverse=True))
    prompt = "|".join(re.escape(w) for w in cfg["placeholders"])
    return re.compile(rf"[(\[]\s*(?:{opener})(?![\wåäö])", re.I), re.compile(rf"(?:{prompt})", re.I)


def form_note(line: str) -> bool:
    """A form's instruction or an empty field's placeholder on a line of its own: words in
    brackets ("[Ange mål för samverkan]", "[Aktivitet]"), words in parentheses that open with
    an instruction ("(Max en halv sida)"), a request to its writer ("Beskriv arbetssätt och
    tidsplan."), or the word processor's prompt."""
    instruction, prompt = _form_words()
    if line[:1] == "[" and line.endswith("]") and "]" not in line[1:-1] \
            and re.search(r"[^\W\d_]{2}", line):  # (not a note's number: "[1]", "[2019]")
        return True
    if line[:1] == "(" and line.rstrip(".").endswith(")") and instruction.match(line):
        return True
    if line[:1].isupper() and len(line.split()) <= REQUEST_WORDS and _request().match(line):
        return True
    return bool(prompt.match(line))


REQUEST_WORDS = 25  # words at most of a form's request to its writer


@cache
def _request() -> re.Pattern:
    words = load_toml("extract", "forms.toml")["request_words"]
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})\s", re.I)
