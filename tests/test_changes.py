"""What changed from one year to the next (the changes table, samverkan diff, the report's
organisation section), on tests/corpus_org_years: one förbund's reports of 2022 and 2023
(made-up text, invented people) in which a goal's outcome changes, a target group is added
and a project ends."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import samverkan
from samverkan.cli import main
from samverkan.outputs.changes_match import pair_by_meaning, similarity

CORPUS = Path(__file__).parent / "corpus_org_years"
ORG = "Södertälje samordningsförbund"  # one of the names it goes by, not the canonical one


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("changes")
    assert samverkan.process([CORPUS], out, workers=0, ocr="never", quiet=True).exit_status == 0
    samverkan.report(out)
    return out


@pytest.fixture(scope="module")
def diff(run: Path):
    return samverkan.diff(run, ORG, from_year=2022, to_year=2023)


def _texts(run: Path) -> dict[str, str]:
    con = duckdb.connect(str(run / "corpus.duckdb"), read_only=True)
    return dict(con.execute("SELECT doc_id, text FROM documents").fetchall())


def _quotes_are_the_text(row, texts: dict[str, str]) -> None:
    for side in ("from", "to"):
        start, end = row[f"{side}_char_start"], row[f"{side}_char_end"]
        assert row[f"{side}_quote"], f"{side} quote missing: {row['item']}"
        assert texts[row[f"{side}_doc_id"]][start:end] == row[f"{side}_quote"]


def one(frame, **where):
    found = frame
    for column, value in where.items():
        found = found[found[column] == value]
    assert len(found) == 1, where
    return found.iloc[0]


def test_a_goal_whose_status_changed_is_named_with_both_quotes(run: Path, diff) -> None:
    goal = one(diff, aspect="goal", change="status_changed")
    assert goal["item"].startswith("Minst 40 procent av deltagarna")
    assert (goal["from_status"], goal["to_status"]) == ("partially_achieved", "achieved")
    assert "delvis uppnått" in goal["from_quote"] and "44 procent" in goal["to_quote"]
    assert goal["score"] >= 0.6  # reworded, matched by meaning
    _quotes_are_the_text(goal, _texts(run))
    # the goal kept as written, the one dropped and the one added
    assert one(diff, aspect="goal", change="carried_over")["item"].startswith("Samtliga insatser")
    assert "frukostseminarier" in one(diff, aspect="goal", change="dropped")["item"]
    assert "Väntetiden" in one(diff, aspect="goal", change="added")["item"]


def test_a_target_group_added_and_its_category(run: Path, diff) -> None:
    added = one(diff, aspect="target_group", change="added")
    assert "neuropsykiatriska" in added["item"] and "neuropsykiatriska" in added["to_quote"]
    assert added["from_doc_id"] != added["to_doc_id"]  # 2022's nearest target group
    _quotes_are_the_text(added, _texts(run))
    assert "personer med långvarigt ekonomiskt bistånd" in set(
        diff[(diff.aspect == "target_group") & (diff.change == "carried_over")]["item"])
    category = one(diff, aspect="target_group_category", change="added")
    assert category["item"].startswith("funktionsnedsättning")


def test_a_project_that_ended_is_quoted_from_both_years(run: Path, diff) -> None:
    ended = one(diff, aspect="project", change="ended")
    assert ended["item"] == "Steget Före"
    assert "avslutades" in ended["basis"]
    _quotes_are_the_text(ended, _texts(run))
    assert one(diff, aspect="project", change="continued")["item"] == "Vägen In"
    assert one(diff, aspect="project", change="started")["item"] == "Nästa Steg"


def test_budget_and_people(diff) -> None:
    budget = one(diff, aspect="budget")
    assert (budget["from_value"], budget["to_value"]) == (5_300_000, 4_250_000)
    assert budget["difference"] == -1_050_000 and budget["change"] == "decreased"
    assert one(diff, aspect="person", change="left")["item"] == "Petter Ödman"
    assert "Jonas Mellberg" in set(diff[diff.change == "joined"]["item"])
    assert "Ingrid Vallin" not in set(diff[diff.aspect == "person"]["item"])  # in both years


def test_the_run_writes_the_same_changes(run: Path, diff) -> None:
    table = samverkan.load(run)["changes"]
    assert len(table) == len(diff)
    key = ["aspect", "change", "item", "from_quote", "to_quote"]
    assert sorted(map(tuple, table[key].values.tolist())) == sorted(
        map(tuple, diff[key].values.tolist()))
    assert (run / "changes.csv").is_file()


def test_diff_command(run: Path) -> None:
    result = CliRunner().invoke(main, ["diff", str(run), ORG, "--from", "2022", "--to", "2023"])
    assert result.exit_code == 0, result.output
    assert "Samordningsförbundet Södertälje" in result.output
    assert "status_changed" in result.output and "[partially_achieved -> achieved]" in result.output
    assert '2023 p.1' in result.output and "Steget Före" in result.output
    as_csv = CliRunner().invoke(main, ["diff", str(run), ORG, "--csv"])
    assert as_csv.exit_code == 0 and as_csv.output.startswith("organisation_id,organisation,")


@pytest.mark.parametrize(("args", "message"), [
    (["Norrbacka"], "no one organisation matches"),
    ([ORG, "--from", "2019"], "has no documents of 2019; its years are 2022, 2023"),
    ([ORG, "--from", "2023", "--to", "2022"], "must be before"),
    (["Nykvarns kommun"], "no stated year"),
])
def test_diff_says_what_it_cannot_compare(run: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["diff", str(run), *args])
    assert result.exit_code == 2
    assert message in result.output
    years = dict(zip(args[1::2], map(int, args[2::2]), strict=True))
    with pytest.raises(samverkan.SamverkanError, match=message.split(";")[0]) as raised:
        samverkan.diff(run, args[0], from_year=years.get("--from"), to_year=years.get("--to"))
    assert raised.value.exit_status == 2


def test_the_report_shows_the_changes_in_the_organisation_section(run: Path) -> None:
    html = (run / "report.html").read_text(encoding="utf-8")
    section = html[html.index('<section class="org"'):]
    section = section[:section.index("</section>")]
    assert "Samordningsförbundet Södertälje" in section
    assert "222000-4762" in section and "0181" in section
    assert "What changed from year to year" in section and "2022 → 2023" in section
    assert "status changed" in section and "Steget Före" in section
    assert "neuropsykiatriska funktionsnedsättningar" in section


def test_goals_pair_by_meaning_not_wording() -> None:
    a = ["Fler unga vuxna ska gå vidare till arbete eller studier",
         "Förbundet ska anordna två seminarier för politiker"]
    b = ["Samverkan mellan parterna ska fördjupas",
         "Andelen unga vuxna som går vidare till studier eller arbete ska öka"]
    pairs, only_a, only_b = pair_by_meaning(a, b, 0.6)
    assert [(p.a, p.b) for p in pairs] == [(0, 1)]
    assert only_a == [1] and only_b == [0]
    score, basis = similarity(a[1], b[0])
    assert score < 0.6 and "shared lemmas" in basis
