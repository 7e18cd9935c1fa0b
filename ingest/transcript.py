"""Recover the pages of a text transcript of a PDF and drop what the website added.

Transcript sites wrap a document in boilerplate ("Storlek: px", "Transkript"), mark pages in
one of a few ways (a page number opening each page and closing it after a repeated footer,
"(3)" or "Sida 3 av 12" on a line of its own, form feeds) and end with a list of other
documents ("Läs mer"). The patterns are data: `data/transcript.toml`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..records import Furniture
from ..resources import load_toml


@dataclass
class SplitText:
    pages: list[tuple[int, str]]  # (page number, raw page text)
    furniture: list[Furniture] = field(default_factory=list)
    marker_style: str = "none"


SITE_LINE = 300  # characters at most in a line of a site's own furniture (a menu, a notice)


@cache
def _patterns() -> dict:
    cfg = load_toml("ingest", "transcript.toml")

    def comp(ps: list[str]) -> list[re.Pattern]:
        return [re.compile(p, re.I) for p in ps]

    return {
        "boilerplate": comp([*cfg["boilerplate_lines"], cfg["breadcrumb"]]),
        "breadcrumb": re.compile(cfg["breadcrumb"], re.I),
        "menu_words": frozenset(cfg["menu_words"]),
        "menu_cells": re.compile(cfg["menu_cell_separator"]),
        "crumb": re.compile(cfg["crumb_separator"]),
        "trailing": comp(cfg["trailing_list_lines"]),
        "markers": [(re.compile(m["pattern"], re.I), m["where"]) for m in cfg["page_markers"]],
        "stray": re.compile(cfg["stray_page_number"], re.I),
    }


def breadcrumb_trail(line: str) -> list[str]:
    """The steps of a web page's breadcrumb trail, home first ("Start › Insatser › ARENA"),
    or none when the line is no trail."""
    m = _patterns()["breadcrumb"].match(line.strip())
    return [c.strip() for c in _patterns()["crumb"].split(m.group("trail"))] if m else []


def split_transcript(text: str) -> SplitText:
    """Pages of a transcript with their numbers; boilerplate and markers become furniture."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    furniture: list[Furniture] = []
    lines = text.split("\n")
    lines = _drop_leading_boilerplate(lines, furniture)
    lines = _drop_trailing_list(lines, furniture)
    lines = _drop_repeated_preamble(lines, furniture)
    body = "\n".join(lines)
    if "\f" in body.strip("\f\n "):
        pages = [(i + 1, p) for i, p in enumerate(body.split("\f"))]
        style = "formfeed"
    else:
        pages, style = _numbered_pages(lines, furniture)
        if not pages:
            pages, style = _marker_pages(lines, furniture)
        if not pages:
            pages, style = [(1, body)], "none"
    pages = _drop_numbered_running_lines(pages, furniture)
    pages = _split_glued_running_lines(pages, furniture)
    pages = _split_glued_footers(pages, furniture)
    pages = _drop_running_lines(pages, furniture)
    pages = _drop_stray_numbers(pages, furniture)
    for f in furniture:
        if f.page == 0:
            f.page = pages[-1][0] if f.kind == "boilerplate-trailing" else pages[0][0]
            f.kind = "boilerplate"
    return SplitText(pages, furniture, style)


def _drop_leading_boilerplate(lines: list[str], furniture: list[Furniture]) -> list[str]:
    """Site lines at the very top ("Storlek: px", "Transkript"): a run of them, with at most
    three other lines (the site's title) between one and the next."""
    pats = _patterns()["boilerplate"]
    last, others = -1, 0
    hits: list[int] = []
    for i, line in enumerate(lines[:80]):
        text = line.strip()
        if not text:
            continue
        if len(text) <= SITE_LINE and (any(p.search(text) for p in pats) or _menu_line(text)):
            last, others = i, 0
            hits.append(i)
        else:
            others += 1
            if others > 3:
                break
    if last < 0:
        return lines
    # the site's lines go; a line between them that is none of its patterns (the site's
    # name, or the document's own title shown among the site's menus) stays
    drop = set(hits) | _menu_items(lines[:last + 1], set(hits))
    for i in sorted(drop):
        furniture.append(Furniture(0, "boilerplate", lines[i].strip()))
    return [line for i, line in enumerate(lines) if i not in drop]


MENU_ITEM = 40  # characters at most in an item of a site's menu


def _menu_items(lines: list[str], hits: set[int]) -> set[int]:
    """The other items of a menu most of whose items are site lines: in a run of lines with
    no blank line between them, three or more site lines and at least half of the run, the
    short lines that end no sentence ("För dig som medarbetare", "Dokument och protokoll")."""
    out: set[int] = set()
    for first, last in _blocks(lines):
        run = range(first, last + 1)
        n_hits = sum(i in hits for i in run)
        if n_hits >= 3 and 2 * n_hits >= len(run):
            out |= {i for i in run if i not in hits and len(lines[i].strip()) <= MENU_ITEM
                    and not lines[i].rstrip().endswith((".", ":", "!", "?"))}
    return out


def _menu_line(text: str) -> bool:
    """A line of a site's menu: a menu word ("☰ Meny", "Om oss"), or a row of cells more than
    half of which are menu words ("Hem   Om oss   Lokala samverkansgrupper   Kontakt   🔍")."""
    words = _patterns()["menu_words"]
    cells = [c for c in (_bare(c) for c in _patterns()["menu_cells"].split(text)) if c]
    return bool(cells) and 2 * sum(c in words for c in cells) >= len(cells) + (len(cells) > 1)


def _bare(cell: str) -> str:
    """A menu cell without the icons around it ("☰ Meny", "Sök 🔍"); a Markdown heading's
    marks stay ("## Insatser" is a report's section, not a menu)."""
    return _ICONS.sub("", cell).lower()


# symbols, arrows and pictographs before or after a menu word ("☰", "🔍", "›", "▾")
_SIGNS = "{symbols}{pictographs}".format_map(load_toml("lexicon", "characters.toml"))
_ICONS = re.compile(rf"^[\s{_SIGNS}\ufe0f]+|[\s{_SIGNS}\ufe0f]+$")


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indices of runs of non-empty lines."""
    out, start = [], None
    for i, line in enumerate(lines):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, len(lines) - 1))
    return out


LIST_TITLE = 120  # characters at most in a line of a site's list of other documents
LIST_BLOCK = 6  # lines at most in one entry of that list


def _drop_trailing_list(lines: list[str], furniture: list[Furniture]) -> list[str]:
    """The site's "Läs mer" list of other documents. At the end of the file it ends the
    transcript (with the titles and snippets above it that belong to it); in the middle (a
    transcript saved several times into one file) only the list goes, and the text after it
    is read on."""
    pats = _patterns()["trailing"]
    out: list[str] = []
    i = 0
    while True:
        hit = next((k for k in range(i, len(lines))
                    if any(p.search(lines[k].strip()) for p in pats)), None)
        if hit is None:
            return out + lines[i:]
        end = _list_end(lines, hit, pats)
        if end < len(lines):
            furniture.extend(Furniture(0, "boilerplate", line.strip())
                             for line in lines[hit:end] if line.strip())
            out += lines[i:hit]
            i = end
            continue
        cut = _titles_above(lines, i, hit)
        furniture.extend(Furniture(0, "boilerplate-trailing", line.strip())
                         for line in lines[cut:] if line.strip())
        return out + lines[i:cut]


def _list_end(lines: list[str], hit: int, pats: list[re.Pattern]) -> int:
    """The line after a "Läs mer" list: the first entry that is no short title, no title
    that the snippet under it repeats, no such snippet, no snippet closed by its own "Läs
    mer" and no "Läs mer" (the end of the file when there is none)."""
    blocks = [b for b in _blocks(lines) if b[0] >= hit]
    texts = [" ".join(ln.strip() for ln in lines[a:b + 1]) for a, b in blocks]

    def repeats(title: str, snippet: str) -> bool:
        return bool(title) and len(title) < 300 and \
            snippet.startswith(title[: max(20, len(title) // 2)])

    listed = [any(p.search(ln.strip()) for p in pats for ln in lines[a:b + 1])
              for a, b in blocks]
    for k, (first, last) in enumerate(blocks):
        block = [ln.strip() for ln in lines[first:last + 1]]
        short = len(block) <= LIST_BLOCK and all(len(ln) <= LIST_TITLE for ln in block)
        title = k + 1 < len(texts) and repeats(texts[k], texts[k + 1])
        snippet = k > 0 and repeats(texts[k - 1], texts[k])
        entry = k + 1 < len(blocks) and listed[k + 1]  # a snippet with its own "Läs mer"
        if not (listed[k] or short or title or snippet or entry):
            return first
    return len(lines)


def _titles_above(lines: list[str], start: int, hit: int) -> int:
    """Each recommended document is shown as a title, then a snippet that repeats the
    title; walk back over such pairs above the list so the first one's title goes too."""
    blocks = [b for b in _blocks(lines) if start <= b[0] and b[1] < hit]
    cut = hit
    while len(blocks) >= 2:
        title = " ".join(lines[blocks[-2][0]: blocks[-2][1] + 1]).strip()
        snippet = " ".join(lines[blocks[-1][0]: blocks[-1][1] + 1]).strip()
        if title and snippet.startswith(title[: max(20, len(title) // 2)]) and len(title) < 300:
            cut = blocks[-2][0]
            blocks = blocks[:-2]
        else:
            break
    return cut


def _drop_repeated_preamble(lines: list[str], furniture: list[Furniture]) -> list[str]:
    """A site title shown once above the text and again as its first lines."""
    content = [(i, s.strip()) for i, s in enumerate(lines) if s.strip()]
    for n in range(min(5, len(content) // 2), 0, -1):
        head = [s for _, s in content[:n]]
        if head == [s for _, s in content[n: 2 * n]]:
            gap_start, gap_end = content[n - 1][0], content[n][0]
            if gap_end - gap_start >= 3:  # separated by a run of blank lines
                for s in head:
                    furniture.append(Furniture(0, "boilerplate", s))
                return lines[gap_end:]
    return lines


_LEAD_NUMBER = re.compile(r"^\s*(\d{1,4})\s+\S")
_TAIL_NUMBER = re.compile(r"\s(\d{1,4})\s*$")


def _numbered_pages(lines: list[str], furniture: list[Furniture]
                    ) -> tuple[list[tuple[int, str]], str]:
    """Pages that open with their number (and usually close with it after the footer)."""
    starts: list[tuple[int, int]] = []
    expected = None
    prev_line = ""
    for i, line in enumerate(lines):
        m = _LEAD_NUMBER.match(line)
        if m:
            n = int(m.group(1))
            if expected is None and n <= 3 and not starts:
                ok = True
            else:
                tail = _TAIL_NUMBER.search(prev_line)
                ok = n == expected and ((tail and int(tail.group(1)) == n - 1) or len(line) > 300)
            if ok:
                starts.append((i, n))
                expected = n + 1
        if line.strip():
            prev_line = line
    if len(starts) < 2:
        return [], "none"
    pages = []
    # what stands before the first numbered page is kept: a page of its own before page 2
    # or later, else the top of page 1
    head = "\n".join(lines[: starts[0][0]]).strip("\n")
    if head.strip() and starts[0][1] > 1:
        pages.append((starts[0][1] - 1, head))
        head = ""
    for k, (i, n) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        chunk = "\n".join(lines[i:end]).strip("\n")
        chunk = _LEAD_NUMBER.sub(lambda m: m.group(0)[len(m.group(1)) + m.start(1):], chunk, 1)
        furniture.append(Furniture(n, "page_number", str(n)))
        tail = _TAIL_NUMBER.search(chunk)
        if tail and int(tail.group(1)) == n:
            chunk = chunk[: tail.start()]
            furniture.append(Furniture(n, "page_number", str(n)))
        if k == 0 and head.strip():
            chunk = f"{head}\n{chunk}"
        pages.append((n, chunk))
    return pages, "numbered"


def _marker_pages(lines: list[str], furniture: list[Furniture]
                  ) -> tuple[list[tuple[int, str]], str]:
    best: tuple[list[tuple[int, int]], str] = ([], "auto")
    for pat, where in _patterns()["markers"]:
        hits = []
        for i, line in enumerate(lines):
            m = pat.match(line.strip())
            if m and (not hits or int(m.group(1)) == hits[-1][1] + 1):
                hits.append((i, int(m.group(1))))
        if len(hits) > len(best[0]):
            best = (hits, where)
    hits, where = best
    if len(hits) < 2:
        return [], "none"
    if where == "auto":
        # markers open pages when a whole page follows the last one, close them when
        # (almost) nothing does
        after = sum(len(line) for line in lines[hits[-1][0] + 1:] if line.strip())
        per_page = sum(len(line) for line in lines if line.strip()) / (len(hits) + 1)
        where = "start" if after >= 0.3 * per_page else "end"
    pages = []
    for k, (i, n) in enumerate(hits):
        furniture.append(Furniture(n, "page_number", lines[i].strip()))
        if where == "start":
            lo = i + 1
            hi = hits[k + 1][0] if k + 1 < len(hits) else len(lines)
            chunk = lines[lo:hi]
            if k == 0:
                chunk = lines[:i] + chunk
        else:
            lo = 0 if k == 0 else hits[k - 1][0] + 1
            chunk = lines[lo:i]
        pages.append((n, "\n".join(chunk).strip("\n")))
    if where == "end":
        rest = "\n".join(lines[hits[-1][0] + 1:]).strip()
        if rest:
            pages.append((hits[-1][1] + 1, rest))
    return pages, f"marker-{where}"


# a running head or foot on a line of its own with the page number at its end or start,
# the two set apart by a gap ("Årsredovisning 2019 · Förbundet X          4")
_RUN_AND_NUMBER = (re.compile(r"^(?P<run>\S.{8,150}?\D)(?:\s{2,}|\s*[|·•]\s*)(?P<num>\d{1,3})$"),
                   re.compile(r"^(?P<num>\d{1,3})(?:\s{2,}|\s*[|·•]\s*)(?P<run>\D.{8,150}?\S)$"))


def _drop_numbered_running_lines(pages: list[tuple[int, str]], furniture: list[Furniture]
                                 ) -> list[tuple[int, str]]:
    """A running head or foot on a line of its own with the page number ("Årsredovisning
    2019 · Förbundet X          4"): the same words on two lines or more, with numbers that
    count pages, are furniture. (They mark where pages met, but the pages stay as the transcript
    gave them: a page cut to a few lines would misstate the text's width.)"""
    def match(line: str) -> re.Match | None:
        m = next((m for pat in _RUN_AND_NUMBER if (m := pat.match(line))), None)
        return m if m and sum(c.isalpha() for c in m.group("run")) >= RUN_LETTERS else None

    # (the numbers count pages: one after another; "Kansli och styrelse   950" and "...  980"
    # are a table's rows)
    return _running_furniture(pages, furniture, match,
                              lambda nums: _page_sequence(sorted(int(x) for x in nums)))


RUN_LETTERS = 8  # letters at least in a running line's words


def _running_furniture(pages: list[tuple[int, str]], furniture: list[Furniture],
                       match: Callable[[str], re.Match | None],
                       numbered: Callable[[set[str]], bool] = lambda nums: True
                       ) -> list[tuple[int, str]]:
    """Lines `match` finds whose running words recur with two page numbers or more (that
    `numbered` accepts) become furniture, and what a transcript glued after them (a `rest`
    group) a line of its own; one such line alone is text."""
    seen: dict[str, set[str]] = {}
    for _, text in pages:
        for line in text.split("\n"):
            m = match(line.strip())
            if m:
                seen.setdefault(m.group("run").strip(), set()).add(m.group("num"))
    running = {run for run, nums in seen.items() if len(nums) >= 2 and numbered(nums)}
    if not running:
        return pages
    out = []
    for n, text in pages:
        kept = []
        for line in text.split("\n"):
            m = match(line.strip())
            if m and m.group("run").strip() in running:
                furniture.append(Furniture(n, "header", f"{m.group('run').strip()} {m.group('num')}"))
                if "rest" in m.groupdict():
                    kept.append(m.group("rest").strip())
            else:
                kept.append(line)
        out.append((n, "\n".join(kept)))
    return out


def _page_sequence(numbers: list[int]) -> bool:
    """Whether sorted numbers count pages: one after another, a page without the line (a
    picture's, a title's) skipped now and then."""
    return all(0 < b - a <= 2 for a, b in zip(numbers, numbers[1:], strict=False))


_DIGITS = re.compile(r"\d+")
# a running header or footer with its page number, and text glued on after it where the
# transcript lost a line break: "Finsam X | www.x.se   2Mål 2022", "Förbund X Årsredovisning
# 2008 2 Mål och måluppfyllelse", "... Verksamhetsplan 2014 Sida 3 av 6Mål för 2014"
# a page number as running lines print it: "3", "Sida 3", "3 av 9", "3/9", "3(9)"; `_OF` the
# page count after it, which a footer of its own always has
_PAGE = r"(?:(?i:sida|s\.)\s*)?(?<!\d)\d{1,3}(?!\d)"
_OF = r"(?:\s*(?i:av|/)\s*\d{1,3}(?!\d)|\s*\(\d{1,3}\))"
_GLUED = re.compile(rf"^(?P<run>\S.{{8,150}}?)\s+(?P<num>{_PAGE}{_OF}?)"
                    r"(?P<rest>\s*(?!\(\d{1,3}\)\s*$)[A-ZÅÄÖ\"“«(].*)$")


def _split_glued_running_lines(pages: list[tuple[int, str]], furniture: list[Furniture]
                               ) -> list[tuple[int, str]]:
    """A running line that recurs with the page number ("... 2Mål 2022", "... 3Ekonomi")
    becomes furniture, and what was glued after it a line of its own. It takes two lines
    or more with the same running text and different numbers: one line alone is text."""
    return _running_furniture(pages, furniture, _GLUED.match)


# a footer line of its own: running text, then "Sida 3 av 9" (or "3 av 9", "3/9", "3(9)")
_FOOTER = re.compile(rf"^(?P<run>\S.{{8,150}}?)\s+(?P<num>{_PAGE}{_OF})$")


def _split_glued_footers(pages: list[tuple[int, str]], furniture: list[Furniture]
                         ) -> list[tuple[int, str]]:
    """A footer that recurs on lines of its own ("Verksamhetsberättelse 2014 Förbundet X
    Sida 2 av 9") is furniture, there and where the transcript glued it to the end of a line of
    text ("... av utfallet. Verksamhetsberättelse 2014 Förbundet X Sida 3 av 9")."""
    seen: dict[str, int] = {}
    for _, text in pages:
        for line in text.split("\n"):
            m = _FOOTER.match(line.strip())
            if m:
                seen[m.group("run")] = seen.get(m.group("run"), 0) + 1
    runs = [run for run, n in seen.items() if n >= 2]
    if not runs:
        return pages
    glued = re.compile(r"^(?P<text>.*\S)\s+(?P<footer>(?:" + "|".join(map(re.escape, runs))
                       + rf")\s+{_PAGE}{_OF}?)$")
    out = []
    for n, text in pages:
        kept = []
        for line in text.split("\n"):
            whole = _FOOTER.match(line.strip())
            if whole and whole.group("run") in seen and seen[whole.group("run")] >= 2:
                furniture.append(Furniture(n, "footer", line.strip()))
                continue
            m = glued.match(line.rstrip()) if len(line) < 2000 else None
            if m:
                furniture.append(Furniture(n, "footer", m.group("footer")))
                kept.append(m.group("text"))
            else:
                kept.append(line)
        out.append((n, "\n".join(kept)))
    return out


def _drop_stray_numbers(pages: list[tuple[int, str]], furniture: list[Furniture]
                        ) -> list[tuple[int, str]]:
    """Lines that hold nothing but a page number ("5", "- 3 -"); not a figure beside other
    figures (a table printed one cell per line: "Kompassen" / "980" / "1 004"), nor numbers
    that count up on one page (the rows' numbers of such a table)."""
    pat = _patterns()["stray"]
    out = []
    for n, text in pages:
        lines = text.split("\n")
        stray = {k for k, line in enumerate(lines)
                 if pat.match(line.strip()) and _set_apart(lines, k)
                 and not _beside_figures(lines, k)}
        if _counts_up([lines[k] for k in sorted(stray)]):
            stray = set()  # "1" ... "2" ... "3" on one page: a column of row numbers
        stray = {k for k in stray if not _in_alternation(lines, k)}
        kept = []
        for k, line in enumerate(lines):
            if k in stray:
                furniture.append(Furniture(n, "page_number", line.strip()))
            else:
                kept.append(line)
        out.append((n, "\n".join(kept)))
    return out


def _set_apart(lines: list[str], k: int) -> bool:
    """Whether line k stands apart, as a page's number does where pages met: a blank line
    (or the page's edge) above or below it. A number between two lines of text is a cell of
    a table set a cell per line ("Antal deltagare" / "60" / "Minst 40 procent ...")."""
    return k == 0 or k == len(lines) - 1 or not lines[k - 1].strip() or not lines[k + 1].strip()


def _counts_up(numbers: list[str]) -> bool:
    """Whether two or more bare numbers on one page count up one by one (a page has one
    number of its own)."""
    values = [int(d) for x in numbers if (d := re.sub(r"\D", "", x))]
    return len(values) >= 2 and all(b == a + 1 for a, b in zip(values, values[1:], strict=False))


_FIGURE_LINE = re.compile(r"^[-−]?\s*\d[\d \u00a0]*(?:,\d+)?\s*(?:kr|tkr|%)?$")


def _in_alternation(lines: list[str], k: int) -> bool:
    """Whether line k is a figure of a list printed a cell per line, label and figure in
    turn ("Västerviks kommun" / "707" / "Oskarshamns kommun" / "515"): a line on each side
    and a figure two lines away."""
    if not (0 < k < len(lines) - 1 and lines[k - 1].strip() and lines[k + 1].strip()):
        return False
    near = [lines[j].strip() for j in (k - 2, k + 2)
            if 0 <= j < len(lines) and _FIGURE_LINE.match(lines[j].strip())]
    # (numbers one apart are a list's numbers on lines of their own: "1" / "Genomföra ..." /
    # "2" / "Ta fram ...")
    own = lines[k].strip()
    return bool(near) and not (own.isdigit() and any(
        x.isdigit() and abs(int(x) - int(own)) == 1 for x in near))


def _beside_figures(lines: list[str], k: int) -> bool:
    """Whether the nearest non-blank line above or below line k holds only a figure."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and _FIGURE_LINE.match(lines[j].strip()):
            return True
    return False


def _drop_running_lines(pages: list[tuple[int, str]], furniture: list[Furniture]
                        ) -> list[tuple[int, str]]:
    """Headers and footers repeated on most pages, as whole lines or as a common page end."""
    if len(pages) < 2:
        return pages
    need = max(2, (len(pages) + 1) // 2)
    out = [list(p) for p in pages]
    for edge, kind in ((0, "header"), (-1, "footer")):
        counts: dict[str, int] = {}
        for _, text in out:
            ls = [s.strip() for s in text.split("\n") if s.strip()]
            if len(ls) > 1:
                key = _DIGITS.sub("#", ls[edge])
                counts[key] = counts.get(key, 0) + 1
        for key, c in counts.items():
            if c < need:
                continue
            for page in out:
                ls = page[1].split("\n")
                idx = [i for i, s in enumerate(ls) if s.strip()]
                if len(idx) > 1 and _DIGITS.sub("#", ls[idx[edge]].strip()) == key:
                    furniture.append(Furniture(page[0], kind, ls[idx[edge]].strip()))
                    del ls[idx[edge]]
                    page[1] = "\n".join(ls)
    suffix = _common_suffix([t for _, t in out], need)
    if suffix:
        for page in out:
            body = page[1].rstrip()
            if body.endswith(suffix):
                furniture.append(Furniture(page[0], "footer", suffix.strip()))
                page[1] = body[: -len(suffix)].rstrip()
    return [(n, t) for n, t in out]


def _common_suffix(texts: list[str], need: int) -> str:
    """The longest page ending (of whole words, at least 15 characters) shared by `need` pages."""
    ends = [t.rstrip() for t in texts if t.strip()]
    if len(ends) < need:
        return ""
    best = ""
    probe = min(ends, key=len)
    words = probe.split(" ")
    for k in range(1, min(len(words), 40) + 1):
        cand = " " + " ".join(words[-k:])
        if sum(e.endswith(cand) for e in ends) >= need:
            best = cand
        else:
            break
    if len(best.strip()) < 15:
        # the shortest page may lack the footer; try the most common last word run instead
        return ""
    return best
