"""Field labels that a web page's text lost the gap after: a fact box of label and value cells
saved as text comes out as "ProjektägareÅby kommun", "Beviljat ESF-stöd286 275 kr". Each
such line gets its colon back ("Projektägare: Åby kommun") where several lines of one block
are glued so and the label ends with a word of the language; a single line like it is as
likely a name written in camel case ("SamCoach"), and a label is six letters at least (a list
of names like "UngKraft Jämtland", "JobbTorget Åby" stays as it is)."""
from __future__ import annotations

import re

from ..vocabulary import known_words

# a label ending in a small letter, then its value from a capital or a digit, no gap between
_GLUED = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\W\d_]*(?:[ -][\wÅÄÖåäö]+){0,4}?[a-zåäö])"
                    r"(?=[A-ZÅÄÖ0-9])")
MIN_GLUED = 3  # glued lines a block holds before its lines are read as fields
MIN_LABEL = 6  # letters at least of a field's label ("Region"; not "Ung" of "UngKraft")
MIN_PART = 3  # letters of a compound's last part


def unglue_fields(text: str) -> str:
    """The text with a colon and a space between each glued field's label and value."""
    lines = text.split("\n")
    start = 0
    for k in range(len(lines) + 1):
        if k < len(lines) and lines[k].strip():
            continue
        glued = {n: m.end() for n in range(start, k) if (m := _label(lines[n]))}
        if len(glued) >= MIN_GLUED and 2 * len(glued) >= k - start:
            for n, at in glued.items():
                lines[n] = f"{lines[n][:at]}: {lines[n][at:]}"
        start = k + 1
    return "\n".join(lines)


def _label(line: str) -> re.Match | None:
    m = _GLUED.match(line)
    if m is None or len(m.group("label")) < MIN_LABEL:
        return None
    last = re.split(r"[ -]", m.group("label"))[-1].lower()
    # (or a compound whose last part is one: "Projektägare", "Projektperiod")
    words = known_words()
    return m if any(last[k:] in words for k in range(0, len(last) - MIN_PART + 1)) else None
