"""SCB's kommun- and länskoder in lexicon/ against SCB's published list, and the
organisationsnummer check."""
from __future__ import annotations

import csv

import pytest

from samverkan.normalize.codes import (
    county_of_lanskod,
    former_kommunkoder,
    kommunkod,
    lanskod,
    lanskod_of_municipality,
    luhn_ok,
    orgnr_problem,
    orgnr_statements,
)
from samverkan.resources import data_path

# A sample of SCB's list of kommun- and länskoder (SCB, "Kommuner och län", kommunlänkod;
# the same codes in Kolada), one or more per län, read off the published list and not off
# our data file. Heby changed code when it moved from Västmanlands län to Uppsala län on
# 1 January 2007; Knivsta was formed from Uppsala on 1 January 2003.
SCB_SAMPLE = [
    ("Upplands Väsby", "0114", "01"), ("Stockholm", "0180", "01"), ("Södertälje", "0181", "01"),
    ("Knivsta", "0330", "03"), ("Heby", "0331", "03"), ("Uppsala", "0380", "03"),
    ("Vingåker", "0428", "04"), ("Eskilstuna", "0484", "04"), ("Linköping", "0580", "05"),
    ("Jönköping", "0680", "06"), ("Växjö", "0780", "07"), ("Kalmar", "0880", "08"),
    ("Gotland", "0980", "09"), ("Karlskrona", "1080", "10"), ("Malmö", "1280", "12"),
    ("Hässleholm", "1293", "12"), ("Halmstad", "1380", "13"), ("Göteborg", "1480", "14"),
    ("Borås", "1490", "14"), ("Karlstad", "1780", "17"), ("Örebro", "1880", "18"),
    ("Västerås", "1980", "19"), ("Malung-Sälen", "2023", "20"), ("Gävle", "2180", "21"),
    ("Sundsvall", "2281", "22"), ("Östersund", "2380", "23"), ("Skellefteå", "2482", "24"),
    ("Kiruna", "2584", "25"),
]


@pytest.mark.parametrize(("name", "code", "lan"), SCB_SAMPLE)
def test_codes_agree_with_scbs_list(name: str, code: str, lan: str) -> None:
    assert kommunkod(name) == code
    assert lanskod_of_municipality(name) == lan
    assert code.startswith(lan)


def test_a_code_that_changed_is_the_one_valid_in_the_year_asked() -> None:
    assert kommunkod("Heby", 2006) == "1917"
    assert lanskod_of_municipality("Heby", 2006) == "19"
    assert kommunkod("Heby", 2007) == "0331"
    assert [c.code for c in former_kommunkoder("Heby")] == ["1917"]
    assert kommunkod("Knivsta", 2002) == ""  # part of Uppsala then
    assert kommunkod("Knivsta", 2003) == "0330"
    assert kommunkod("Uppsala", 2002) == kommunkod("Uppsala", 2020) == "0380"


def test_every_municipality_has_one_code_in_force_and_codes_are_unique() -> None:
    with data_path("lexicon", "municipalities.csv").open(encoding="utf-8") as fh:
        municipalities = {r["name"]: r["county"] for r in csv.DictReader(fh)}
    with data_path("lexicon", "kommunkoder.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name"] for r in rows} == set(municipalities)
    now = [r for r in rows if not r["valid_to"]]
    assert len(now) == len(municipalities) == 290
    assert len({r["kommunkod"] for r in rows}) == len(rows)
    for r in rows:
        assert len(r["kommunkod"]) == 4 and r["kommunkod"].startswith(r["lanskod"])
    for r in now:  # the län of the code in force is the municipality's län
        assert county_of_lanskod(r["lanskod"]) == municipalities[r["name"]]


def test_lanskoder() -> None:
    assert lanskod("Stockholms län") == "01"
    assert lanskod("Västra Götalands län") == "14"
    assert lanskod("Skåne län", 1996) == ""  # Malmöhus and Kristianstads län then
    assert lanskod("Norrbottens län") == "25"
    with data_path("lexicon", "lanskoder.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 21


@pytest.mark.parametrize("number", ["212000-2049", "212000-3013", "212000-1561",
                                    "222000-1834", "2321000016"])
def test_luhn_accepts_published_numbers(number: str) -> None:
    # Heby, Knivsta and Borås kommun (their Wikipedia pages), Samordningsförbundet Umeå's
    # annual report of 2011, Region Stockholm
    assert luhn_ok(number)


@pytest.mark.parametrize("number", ["212000-2049", "222000-1834"])
def test_luhn_refuses_every_changed_digit(number: str) -> None:
    digits = number.replace("-", "")
    for i in range(10):
        changed = digits[:i] + str((int(digits[i]) + 1) % 10) + digits[i + 1:]
        assert not luhn_ok(changed)


def test_orgnr_problem_names_the_reason() -> None:
    assert orgnr_problem("222000-1834", "samordningsforbund") == ""
    assert "Luhn" in orgnr_problem("222000-1835", "samordningsforbund")
    assert "2220" in orgnr_problem("212000-2049", "samordningsforbund")
    assert orgnr_problem("212000-2049", "kommun") == ""
    assert "personal identity" in orgnr_problem("850101-1234")
    assert orgnr_problem("12345") == "not ten digits"


def test_orgnr_statements_find_the_holder() -> None:
    text = ("Årsredovisning 2011\nSamordningsförbundet Norrbacka · Org.nr 222000-1834 · Box 1\n"
            "Projektägare: Västby kommun, Arbetsmarknadsenheten\n"
            "Organisationsnummer: 212000-2049\n"
            "Personnummer 850101-1234 är inte ett organisationsnummer.\n")
    found = orgnr_statements(text)
    assert [(s.number, s.holder) for s in found] == [
        ("222000-1834", "Samordningsförbundet Norrbacka"),
        ("212000-2049", "Västby kommun, Arbetsmarknadsenheten")]
    assert text[found[0].char_start:found[0].char_end] == "222000-1834"
