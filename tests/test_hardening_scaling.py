"""Time grows linearly with the size of the input, whatever its shape: each generated input
is read (ingest, extract, normalize) at size n and 10 n in this process, and the second must
take about 10 times the first (at most RATIO_LIMIT: n log n and noise allowed). A ratio in
one run, never a wall-clock limit: the machine's speed cancels out.

The larger input is cut short at BIG_CAP times the smaller one's time, so a shape that
turns quadratic fails in seconds instead of running for minutes.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from samverkan.parallel import DocumentTimeout, _soft_limit
from samverkan.pipeline import read_document_records

from .hardening_corpus import form_feeds, numbered_goals, summa_line

RATIO_LIMIT = 20.0  # 10x the input; 20x the time would be n^1.3
BIG_CAP = 60.0  # the larger input may take this many times the smaller one, then it stops
BIG_CAP_SECONDS = 10.0  # ... and no longer than this (50x what a linear shape needs here)
REPEAT = 3  # the smaller input is timed this often (the larger again when over the limit)
MIN_SECONDS = 0.15  # the smaller input is grown until it takes at least this long

PARAGRAPH = ("Under året har samordningsförbundet arbetat med att stärka samverkan mellan "
             "Försäkringskassan, Arbetsförmedlingen, kommunen och regionen för unga vuxna som "
             "står långt från arbetsmarknaden. Insatsen Steget vidare hade 45 deltagare.\n\n")


def prose(n: int) -> str:
    return "Verksamhetsberättelse 2015 för LSG Köping\n\n" + PARAGRAPH * n


def one_line(n: int) -> str:
    return "Verksamhetsplan 2015 " + PARAGRAPH.replace("\n", " ") * n


def bulleted_goals(n: int) -> str:
    return ("Verksamhetsplan 2016 för Samordningsförbundet Västra Mälardalen\n\nMål\n\n"
            + "".join(f"- Målet är att öka samverkan mellan myndigheterna i kommun {i}.\n"
                      for i in range(n)))


def budget_rows(n: int) -> str:
    rows = "".join(f"Insats {i}\t{100 + i} 000\t{90 + i} 000\n" for i in range(n))
    return f"Budget 2016\n\nPost\tBudget\tUtfall\n{rows}Summa\t1 000 000\t900 000\n"


def mixed_encoding(n: int) -> bytes:
    utf8 = "Under året träffades gruppen i Västerås och Örebro sex gånger.\n".encode()
    cp1252 = "Rad sparad i cp1252: möten i Kungsör och Strängnäs.\n".encode("cp1252")
    return b"Verksamhetsplan 2016\n\n" + (utf8 * 3 + cp1252) * n


def signatures(n: int) -> str:
    names = ("Anna Andersson", "Erik Johansson", "Maria Karlsson", "Lars Nilsson")
    block = "".join(f"{names[i % 4]}\nOrdförande, Köpings kommun\n\n" for i in range(4))
    return "Protokoll 2016-03-18\n\nJustering\n\n" + block * n


LINEAR = {  # shape -> (generator, starting n)
    "paragraphs of prose": (prose, 20),
    "one line without line ends": (one_line, 20),
    "budget table rows": (budget_rows, 50),
    "lines in mixed encodings": (mixed_encoding, 50),
    "signature blocks": (signatures, 10),
    # once quadratic: an item's outcome remark read to the end of the list, a figure run
    # tried at every split, a page break looked up in every page
    "numbered goals": (numbered_goals, 30),
    "bulleted goals": (bulleted_goals, 200),
    "a 'Summa 1 000 1 000 ...' line": (summa_line, 100),
    "form feeds": (form_feeds, 500),
}


def _read_seconds(path: Path, cap: float | None = None) -> float:
    started = time.perf_counter()
    with _soft_limit(cap):
        read_document_records(path, "0" * 16, max_text_bytes=1 << 30)
    return time.perf_counter() - started


def growth(tmp_path: Path, make, n: int, repeat_big: bool = True) -> tuple[float, float, int]:
    """(seconds at n, seconds at 10 n, n) with n grown until the smaller input is timeable."""
    def write(size: int, name: str) -> Path:
        data = make(size)
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    _read_seconds(write(max(1, n // 10), "warm"))  # spaCy loaded, caches warm
    while True:
        small = min(_read_seconds(write(n, "small")) for _ in range(REPEAT))
        if small >= MIN_SECONDS or n > 100_000:
            break
        n *= 2
    big_path = write(10 * n, "big")
    cap = max(5.0, min(BIG_CAP * small, BIG_CAP_SECONDS))
    try:
        big = _read_seconds(big_path, cap)
        if repeat_big and big / small >= RATIO_LIMIT:  # once more: the machine may be busy
            big = min(big, _read_seconds(big_path, cap))
    except DocumentTimeout:
        big = float("inf")
    return small, big, n


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(LINEAR))
def test_ten_times_the_input_takes_about_ten_times_as_long(shape, tmp_path):
    make, n = LINEAR[shape]
    small, big, n = growth(tmp_path, make, n)
    print(f"{shape}: n={n} {small:.3f} s, 10n {big:.3f} s, ratio {big / small:.1f}")
    assert big / small < RATIO_LIMIT, (shape, n, small, big)
