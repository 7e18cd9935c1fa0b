"""Markdown's inline marks taken out of a text that is written in Markdown (a web page or a
Word file converted by a tool): `**Målgrupp:** unga` reads as `Målgrupp: unga`, a link as its
words. Headings (`## Mål`), lists and pipe tables stay: the structure parser reads them."""
from __future__ import annotations

import re

# signs that a text is Markdown: a heading, a table's rule line, bold text, a link
_SIGNS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\||\*\*[^*\n]+\*\*"
                    r"|\]\([^)\s]*\)", re.M)
MIN_SIGNS = 3  # a stray "**" or a "#" line in a plain transcript is not Markdown
_BOLD = re.compile(r"(\*\*|__)(?=\S)([^\n]*?\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_BREAK = re.compile(r"<br\s*/?>", re.I)


def is_markdown(text: str) -> bool:
    return len(_SIGNS.findall(text, 0, 200_000)) >= MIN_SIGNS


def plain_marks(text: str) -> str:
    """The text without bold and italic marks, links as their words and `<br>` inside a
    table cell as a comma; unchanged unless the text is Markdown."""
    if not is_markdown(text):
        return text
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    return _BREAK.sub(", ", text)
