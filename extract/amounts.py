"""Numbers, money amounts, dates and periods in Swedish report text (regular expressions are
the right tool here)."""
from __future__ import annotations

import re
from datetime import date

from ..vocabulary import months

# "1 545 000", "1.545.000", "356000", "1,5", "-12 300"
NUMBER = r"[-−]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|[-−]?\d+(?:,\d+)?"
# (keyed without dots and spaces: "t.kr", "milj. kr", "mn kr" are "tkr", "miljkr", "mnkr")
UNITS = {
    "kr": 1, "kronor": 1, "sek": 1, ":-": 1,
    "tkr": 1_000, "tsek": 1_000, "ksek": 1_000, "tusenkronor": 1_000, "tusentalskronor": 1_000,
    "mnkr": 1_000_000, "mkr": 1_000_000, "msek": 1_000_000, "miljonerkronor": 1_000_000,
    "miljoner": 1_000_000, "miljkr": 1_000_000, "milj": 1_000_000, "mdkr": 1_000_000_000,
}
UNIT = (r"(?:tusentals kronor|tusen kronor|miljoner kronor|milj\.? ?kr|miljoner|milj\.?|mn ?kr|m\.kr|mkr"
        r"|msek|mdkr|t\. ?kr|tkr|tsek|ksek|kronor|kr|sek|:-)")
# (not a rate: "300 kr/tim", "450 kr/deltagare och dag"; a figure in groups may follow its
# label without a space, as a web page's fields come out: "Beviljat ESF-stöd9 711 491 kr")
AMOUNT_WITH_UNIT = re.compile(rf"(?:(?<![\w/-])|(?<=[a-zåäö])(?=\d{{1,3}}[ \u00a0\u202f]\d{{3}}))"
                              rf"(?P<num>{NUMBER})\s*(?P<unit>{UNIT})(?![\w])"
                              r"(?!\s*/\s*(?:tim|timme|h|dag|person|deltagare|månad|mån)\b)", re.I)
# the currency before the figure, as forms and tables print it: "kr 850 000", "SEK 1 200 000"
AMOUNT_UNIT_FIRST = re.compile(rf"(?<![\w/-])(?P<unit>kr|sek)\.?\s+(?P<num>{NUMBER})(?![\w,.]?\d)",
                               re.I)


def amounts_with_unit(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """Every amount with its unit in text[start:end], the unit after the figure or before it,
    in the text's order."""
    end = len(text) if end is None else end
    after = list(AMOUNT_WITH_UNIT.finditer(text, start, end))
    taken = [(m.start(), m.end()) for m in after]
    before = [m for m in AMOUNT_UNIT_FIRST.finditer(text, start, end)
              if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(after + before, key=lambda m: m.start())
# a table cell holds nothing but its figure, so a scan's misreadings of the grouping can be
# read too: "1118 000" (a lost space), "663-000" (a space read as a dash), "3700." (a speck)
# (and a cell's en dash before its figure is a minus sign: "–168 420"; a scan's O for 0
# and l or I for 1 inside a figure's groups: "1 100 OOO", "l56 000")
CELL_NUMBER = (rf"[-−–]?\d{{1,4}}(?:[ \u00a0\u202f.-]\d{{3}})+(?:,\d+)?|–?(?:{NUMBER})"
               r"|(?=[\dOIl \u00a0]*\d)[\dOIl]{1,3}(?:[ \u00a0][\dOIl]{3})+")
_OCR_DIGITS = str.maketrans("OIl", "011")
CELL_AMOUNT = re.compile(rf"^\s*(?:(?:kr|sek)\.?\s+)?(?P<num>{CELL_NUMBER})\.?\s*(?P<unit>{UNIT})?\s*$",
                         re.I)
# things that look like numbers and are not amounts
ORG_NUMBER = re.compile(r"\b\d{6}-\d{4}\b")
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b")


def parse_number(text: str) -> float | None:
    s = text.strip()
    if re.fullmatch(r"[\dOIl \u00a0]+", s) and re.search(r"\d", s):
        s = s.translate(_OCR_DIGITS)  # "1 100 OOO" as a scan read "1 100 000"
    s = s.replace("−", "-").replace("–", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    s = re.sub(r"(?<=\d)-(?=\d{3}(?:\D|$))", "", s)  # "663-000" as a scan may read "663 000"
    if not re.fullmatch(r"-?[\d.,]+", s):
        return None  # "inf", "nan", "1e400" are not amounts
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")  # "1.545.000", "1.545,50": dots group thousands
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def unit_factor(unit: str | None) -> int:
    return UNITS.get(re.sub(r"[.\s]", "", (unit or "kr").lower()) or "kr", 1)


def to_kronor(number: str, unit: str | None) -> int | None:
    value = parse_number(number)
    if value is None:
        return None
    return int(round(value * unit_factor(unit)))


def unit_in(text: str) -> str | None:
    """The unit a table caption or header names ("Belopp i tkr", "(tkr)")."""
    m = re.search(rf"(?<![\w]){UNIT}(?![\w])", text, re.I)
    return m.group(0).lower() if m else None


def is_year(text: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:år\s*)?(19[89]\d|20[0-4]\d)\s*", text, re.I))


def period_in(text: str) -> str | None:
    """"2014-2016" for a range (of years, or of dates: "2012-09-01 – 2014-08-31"), "2014"
    for a year, None when the text names none."""
    dated = _ISO.search(text)
    if dated and dated.group(1) <= dated.group(4):
        a, b = dated.group(1), dated.group(4)
        return a if a == b else f"{a}-{b}"
    m = YEAR_RANGE.search(text)
    if m:
        a, b = m.group(1), m.group(2)
        if len(b) == 2:
            b = a[:2] + b
        if int(a) < int(b):
            return f"{a}-{b}"
    m = YEAR.search(text)
    return m.group(1) if m else None


_COMPACT = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})\s*[-–]\s*(\d{2})(\d{2})(\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})\s*(?:[-–]|till|t\.?o\.?m\.?)\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEARS = re.compile(r"(?<![\d-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d-])")



# "1 november 2005 - 31 december 2006", "1 mars 2021 till 30 juni 2023"
_WRITTEN = re.compile(r"(?<!\d)(\d{1,2})\s+([a-zåäö]+)\s+((?:19|20)\d\d)\s*(?:[-–]|till|t\.?o\.?m\.?)\s*"
                      r"(\d{1,2})\s+([a-zåäö]+)\s+((?:19|20)\d\d)(?!\d)", re.I)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_period(text: str) -> tuple[str, str] | None:
    """A project period: "070917-091231", "2015-01-01 – 2016-12-31", "1 november 2005 - 31
    december 2006", "2015–2017"."""
    m = _ISO.search(text)
    if m:
        a = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        b = _safe_date(int(m[4]), int(m[5]), int(m[6]))
        if a and b and a <= b:
            return a.isoformat(), b.isoformat()
    m = _COMPACT.search(text)
    if m:
        a = _safe_date(2000 + int(m[1]), int(m[2]), int(m[3]))
        b = _safe_date(2000 + int(m[4]), int(m[5]), int(m[6]))
        if a and b and a <= b:
            return a.isoformat(), b.isoformat()
    m = _WRITTEN.search(text)
    if m and m[2].lower() in months() and m[5].lower() in months():
        a = _safe_date(int(m[3]), months().index(m[2].lower()) + 1, int(m[1]))
        b = _safe_date(int(m[6]), months().index(m[5].lower()) + 1, int(m[4]))
        if a and b and a <= b:
            return a.isoformat(), b.isoformat()
    m = _YEARS.search(text)
    if m and int(m[1]) <= int(m[2]):
        return f"{m[1]}-01-01", f"{m[2]}-12-31"
    return None
