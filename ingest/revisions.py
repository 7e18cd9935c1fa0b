"""A draft's revision marks as word processors and their users leave them in text: deleted
text ("~~struket~~", "[Borttaget: ...]") is no longer the document's, inserted text is
("[Infogat: ...]" keeps its words), and comments are the reviewers', not the writer's (a
comment's anchor "[AK1]" and a comment in brackets "[Kommentar från Lena: ...]"). The words
that mark each kind are in `data/revisions.toml`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml


@dataclass
class Revisions:
    """What was taken out of a text: deleted passages and reviewers' comments."""
    deleted: int = 0
    comments: int = 0


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    c = load_toml("ingest", "revisions.toml")
    words = {k: "|".join(c[k]) for k in ("deleted", "inserted", "comment")}
    # "[struket: Förslag]", "[Infogat: 18–29 år ]": the marking word, a colon, the passage
    marked = re.compile(rf"\[(?P<kind>{words['deleted']}|{words['inserted']})\s*:\s?"
                        r"(?P<body>[^\[\]\n]*)\]", re.I)
    inserted = re.compile(rf"(?:{words['inserted']})$", re.I)
    # "[Kommentar från Lena: ...]", "[Kommentar AK: ...]": a comment left in the line
    comment = re.compile(rf"[ \t]?\[(?:{words['comment']})\b[^\[\]\n]*\]", re.I)
    # a comment's anchor glued to the word it is on ("naturlig del.[AK2]", "[PN3]") or
    # standing alone on its line; Markdown's strike-through ("~~Ta fram en broschyr~~")
    anchor_or_struck = re.compile(r"(?<=\S)\[[A-ZÅÄÖ]{1,4}\d{1,3}\]|^[ \t]*\[[A-ZÅÄÖ]{1,4}\d{1,3}\][ \t]*$"
                                  r"|~~[^~\n]+~~")
    return marked, inserted, comment, anchor_or_struck


def without_revision_marks(text: str, seen: Revisions | None = None) -> str:
    """The text as it stands after its revisions: deletions and comments taken out."""
    if "[" not in text and "~~" not in text:
        return text
    marked, inserted, comment, anchor_or_struck = _patterns()
    seen = seen if seen is not None else Revisions()

    def mark(m: re.Match) -> str:
        if inserted.match(m.group("kind")):
            return m.group("body")
        seen.deleted += 1
        return _GONE

    def struck(m: re.Match) -> str:
        if m.group().startswith("~~"):
            seen.deleted += 1
        else:
            seen.comments += 1
        return _GONE

    def commented(m: re.Match) -> str:
        seen.comments += 1
        return _GONE

    lines = []
    for line in text.split("\n"):
        revised = anchor_or_struck.sub(struck, comment.sub(commented, marked.sub(mark, line)))
        # (with one of the spaces it stood between: "om sjukförsäkringen i april för")
        revised = _LEFT_OUT.sub("", revised)
        if revised != line and _MARKER_ONLY.fullmatch(revised):
            continue  # "- [struket: Personer med missbruk]": the item went with its words
        lines.append(revised)
    return "\n".join(lines)


_GONE = "\x00"  # where a passage was taken out, until the spaces around it are mended
_LEFT_OUT = re.compile(r" ?\x00+(?= )|\x00+")
_MARKER_ONLY = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])?[ \t]*")
