"""The marks a list item opens with: bullets, numbers, letters, roman numerals, check boxes.

Shared by the reader of a document's structure and the readers of tables printed as text,
which must tell a list under a lead-in from a table's rows.
"""
from __future__ import annotations

import re

from ..resources import load_toml
from .forms import BOX_MARKS, GLYPH_BOXES

# the signs a list item may open with; a PDF's symbol-font bullets come out of the private
# use area (U+F0B7, U+F0A7, U+F0D8, U+F076) or as a lost glyph's "?"
# (and arrows: "➤ ...", "› ..."; marks a legend explains, "✔", "☑", "🟡", stay in the text,
# where the goals' and activities' own readers find them, unless they mark a list's lines
# one after another: `_status_run`)
BULLETS = "-•*–—·▪►✓o\uf0b7\uf0a7\uf0d8\uf076\uf0fc➢◦■□●○♦❖→?➤›»◆▶▸◾◼"
ROMAN: dict[str, int] = load_toml("lexicon", "numbers.toml")["roman"]
# pictographs a web page or a designed report sets as bullets ("👉", "🟢", "🆕", "📌"), with
# the variation selector that may follow them
PICTOGRAPHS = load_toml("lexicon", "characters.toml")["pictographs"]
# a list item's marker: a bullet (perhaps before a number: "▸ 1."), a check box, "3." or "3)"
# or "3 – ", "b)" or "(b)" (or "b." before a tab), "(iii)" or "iv)", "2015:3", an item
# numbered within its year, as plans that follow up last year's number their items, and
# "(G) 3.", a number after a code in brackets (a colour's initial a legend explains)
LIST_MARKER = re.compile(rf"^[ \t]*(?:(?P<bullet>[{BULLETS}{PICTOGRAPHS}])\ufe0f?[ \t]+"
                         r"(?:(?P<bnum>\d{1,2})[.)][ \t]+)?"
                         r"|(?P<num>\d{1,2})[.)][ \t]+"
                         r"|\([A-ZÅÄÖ]\)[ \t]+(?P<cnum>\d{1,2})[.)][ \t]+"
                         r"|(?P<dnum>\d{1,2})[ \t]+[–—][ \t]+(?=[A-ZÅÄÖ])"
                         # an item's code of a letter and its number ("A2 Sprida ...", "B1 ...")
                         r"|[A-H](?P<knum>\d{1,2})[ \t]+(?=[A-ZÅÄÖ][a-zåäö])"
                         rf"|\[(?P<box>[{BOX_MARKS}]?)\][ \t]+|(?P<gbox>[{GLYPH_BOXES}])[ \t]*(?=\S)"
                         r"|(?:19|20)\d\d:(?P<ynum>\d{1,2})[ \t]+"
                         r"|\d{1,2}(?:\.\d{1,2}){0,2}\.(?P<deep>\d{1,2})\.?[ \t]+(?=\S)"
                         r"|\d{1,2}\.(?P<lettered>[a-h])[.)]?[ \t]+(?=\S)"
                         rf"|\(?(?P<roman>{'|'.join(sorted(ROMAN, key=len, reverse=True))})\)[ \t]+"
                         r"|\(?(?P<alpha>[a-h])(?:\)[ \t]+|\.\t+))")
