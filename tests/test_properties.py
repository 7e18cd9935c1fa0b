"""Property-based tests of the small parsers: never an exception, round-trips where they apply."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from samverkan.extract.amounts import find_period, parse_number, period_in, to_kronor
from samverkan.ingest.cleanup import clean_text
from samverkan.ingest.encoding import decode_text
from samverkan.ingest.errors import IngestError
from samverkan.ingest.transcript import split_transcript

settings.register_profile("samverkan", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("samverkan")

# text that looks like report text: Swedish letters, digits, the separators of amounts
report_text = st.text(alphabet=st.sampled_from(list(
    "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABCDEFGHIJ0123456789 .,-–:;/()%\n\t\f\u00a0\u2212kr")),
    max_size=300)
any_text = st.one_of(st.text(max_size=300), report_text)


def grouped(n: int, sep: str = " ") -> str:
    """1545000 -> "1 545 000", the way Swedish reports write thousands."""
    s = str(abs(n))
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return ("-" if n < 0 else "") + sep.join(groups)


# --- amounts -------------------------------------------------------------------------------

@given(any_text)
def test_amount_parsers_never_raise(text):
    value = parse_number(text)
    assert value is None or isinstance(value, float)
    for unit in (None, "kr", "tkr", "mnkr", "okänd"):
        kr = to_kronor(text, unit)
        assert kr is None or isinstance(kr, int)


@given(st.sampled_from(["INFINITY", "inf", "nan", "-Infinity", "1e400"]))
def test_non_numbers_are_not_amounts(text):
    assert parse_number(text) is None
    assert to_kronor(text, "tkr") is None


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from([" ", "."]))
def test_grouped_integers_round_trip(n, sep):
    assert parse_number(grouped(n, sep)) == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=1000, max_value=10**12))
def test_no_break_space_grouping_round_trips(n):
    assert parse_number(grouped(n, "\u00a0")) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimal_comma_round_trips(whole, cents):
    assert parse_number(f"{whole},{cents:02d}") == float(f"{whole}.{cents:02d}")


@given(st.integers(min_value=0, max_value=10**9),
       st.sampled_from([("kr", 1), ("tkr", 1000), ("mnkr", 10**6), ("Mkr", 10**6)]))
def test_units_scale_kronor(n, unit):
    name, factor = unit
    assert to_kronor(grouped(n), name) == n * factor


# --- periods and dates ---------------------------------------------------------------------

@given(any_text)
def test_period_parsers_never_raise_and_give_well_formed_periods(text):
    p = period_in(text)
    assert p is None or re.fullmatch(r"\d{4}(-\d{4})?", p)
    if p and "-" in p:
        a, b = p.split("-")
        assert a < b
    found = find_period(text)
    if found:
        start, end = (date.fromisoformat(d) for d in found)
        assert start <= end


@given(st.integers(1980, 2049), st.integers(1, 20), st.sampled_from(["-", "–", " - ", "/"]))
def test_year_ranges_round_trip(a, span, dash):
    b = min(a + span, 2049)
    if a < b:
        assert period_in(f"under åren {a}{dash}{b}") == f"{a}-{b}"
    assert period_in(f"Verksamhetsplan {a}") == str(a)


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(0, 3000),
       st.sampled_from([" – ", "-", " till ", " t.o.m. "]))
def test_iso_periods_round_trip(start, days, sep):
    end = date.fromordinal(min(start.toordinal() + days, date(2099, 12, 31).toordinal()))
    text = f"Projektperiod {start.isoformat()}{sep}{end.isoformat()}."
    assert find_period(text) == (start.isoformat(), end.isoformat())


@given(st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.integers(0, 3000))
def test_compact_periods_round_trip(start, days):
    end = date.fromordinal(min(start.toordinal() + days, date(2099, 12, 31).toordinal()))
    text = f"Projekttid {start:%y%m%d}-{end:%y%m%d}"
    assert find_period(text) == (start.isoformat(), end.isoformat())


# --- text files: bytes, clean-up, pages ----------------------------------------------------

@given(st.binary(max_size=2000))
def test_decode_text_never_raises_anything_but_ingest_error(data):
    try:
        text, encoding = decode_text(data)
    except IngestError:
        return
    assert isinstance(text, str) and encoding


# text that an earlier tool did not mangle (no "Ã" sequences, no NUL, no BOM)
plain_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                            blacklist_characters="\x00Ã\ufeff"),
                     min_size=1, max_size=300)


@given(plain_text)
def test_utf8_and_utf16_round_trip(text):
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"))[0] == text
    assert decode_text(text.encode("utf-16"))[0] == text


@given(st.text(alphabet="abcåäöÅÄÖéü€–’ 123\n.,", min_size=1, max_size=200))
@example("Verksamhetsberättelse för LSG Kungsör – 2012")
def test_cp1252_round_trips(text):
    data = text.encode("cp1252")
    try:  # a few cp1252 byte pairs are also valid UTF-8 ("Ä–" reads as "Ė"): UTF-8 wins
        data.decode("utf-8")
        assume(not re.search("[^\x00-\x7f]", text))
    except UnicodeDecodeError:
        pass
    decoded, encoding = decode_text(data)
    assert decoded == text
    assert encoding in ("utf-8", "cp1252")


@given(any_text)
def test_clean_text_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert "\r" not in once and "\f" not in once and "\u00ad" not in once
    assert clean_text(once) == once


@given(any_text)
def test_split_transcript_never_raises(text):
    split = split_transcript(text)
    assert split.pages
    numbers = [n for n, _ in split.pages]
    assert all(isinstance(n, int) for n in numbers)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö", min_size=3, max_size=10)


@given(st.lists(st.lists(words, min_size=3, max_size=30, unique=True), min_size=2, max_size=8,
                unique_by=lambda ws: ws[0]))
def test_form_feed_pages_round_trip(pages):
    texts = [" ".join(ws) for ws in pages]
    split = split_transcript("\f".join(texts))
    assert [n for n, _ in split.pages] == list(range(1, len(texts) + 1))
    assert [t.strip() for _, t in split.pages] == texts


# --- searching only near anchors gives the same matches as a full scan ----------------------

# budget sentences and project frames, from pieces that make and break their matches
_PIECES = ["Överskottet", " för 2009", " är ", " var ", " uppgår till ", " ca ", "4375",
           " 1 200", ",5", " tkr", " kr", " Mkr", ".", ":", "\n", " ", "  ", "\t", "x" * 70,
           "Budget", " och ", "ESF-projektet", "insatsen", "Teamet", ", ", "Basar,", "ab", "é"]
piece_text = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(st.one_of(piece_text, report_text))
@example("Ab  är 5 tkr")  # a label that must end inside the whitespace before the verb
@example("x" * 58 + "Överskottet är 7 kr")
def test_budget_sentences_near_anchors_match_a_full_scan(text):
    from samverkan.extract.budget import SENTENCE_LABEL, _cfg
    from samverkan.extract.regex_scan import finditer_near

    cfg = _cfg()
    near = finditer_near(cfg["sentence"], cfg["sentence_anchor"], text, SENTENCE_LABEL)
    assert [(m.span(), m.groupdict()) for m in near] == \
        [(m.span(), m.groupdict()) for m in cfg["sentence"].finditer(text)]


@given(st.one_of(piece_text, report_text))
def test_project_frame_look_behind_changes_no_match(text):
    from samverkan.extract.projects import _cfg

    frame = _cfg()["frames"][-1]
    plain = re.compile(frame.pattern.replace("(?<![a-zåäö])", "", 1), frame.flags)
    assert frame.pattern != plain.pattern
    assert [m.span() for m in frame.finditer(text)] == [m.span() for m in plain.finditer(text)]


# --- the pipeline's tokenizer gives the tokens of spaCy's own Swedish tokenizer --------------

_TOKEN_PIECES = ["Samordningsförbundet", "t.ex.", "bl.a.", "1.", "2015-03-05", "(Org.nr", ")",
                 ".", ",", ":", "-", "–", "kr", "12 000", "\n", "\n\n", "\t", " ", "  ",
                 "\u00a0", "\r\n", "\f", "LSG:s", "e-post", "www.finsam.se", "%", "ÅÄÖ"]


@cache
def _stock_tokenizer():
    import spacy

    return spacy.blank("sv").tokenizer


def test_whitespace_special_cases_are_the_ones_left_out():
    from samverkan.extract.nlp import build_nlp

    left_out = _stock_tokenizer().rules.keys() - build_nlp().tokenizer.rules.keys()
    assert left_out and all(k.isspace() for k in left_out)


@given(st.one_of(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=40).map("".join),
                 report_text))
@example("a\n b \t\u00a0 c  d\n")
def test_tokens_are_those_of_spacy_swedish(text):
    from samverkan.extract.nlp import build_nlp

    assert [(t.text, t.whitespace_) for t in build_nlp().tokenizer(text)] == \
        [(t.text, t.whitespace_) for t in _stock_tokenizer()(text)]


def test_spacy_is_imported_without_its_command_line():
    # a fresh process, as a run starts: the pipeline works, spaCy's command line stays
    # unimported, and both `spacy.info` and a later `import spacy.cli` still work
    import subprocess
    import sys

    script = ("import sys\n"
              "from samverkan.extract.nlp import build_nlp\n"
              "assert [t.text for t in build_nlp()('Målet är uppnått.')][-1] == '.'\n"
              "assert 'spacy.cli' not in sys.modules\n"
              "import spacy\n"
              "assert spacy.info(silent=True)['spacy_version'] == spacy.__version__\n"
              "import spacy.cli\n"
              "assert callable(spacy.cli.download)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
