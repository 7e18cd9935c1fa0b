"""Small corpus databases built through the real store, for the audit, report and export
tests: a plan and the report that follows it up, with hostile text in them."""
from __future__ import annotations

from pathlib import Path

from samverkan.corpus.store import Store
from samverkan.pipeline import corpus_steps
from samverkan.records import Activity, BudgetLine, Document, Extraction, Goal, Page, Signatory

PLAN_TEXT = (
    "Handlingsplan 2013–2014 LSG Testby\n"
    "Mål\n"
    "Fler unga i Testby ska påbörja arbete eller studier.\n"
    "Aktiviteter\n"
    "Genomföra två frukostseminarier per termin för handläggare.\n"
    "Starta en gemensam insats för personer med beroende och psykisk ohälsa.\n"
    "Budget\n"
    "Summa 250 000\n"
)
REPORT_TEXT = (
    "Verksamhetsberättelse 2013 LSG Testby\n"
    "Under året har frukostseminarier för handläggarna genomförts vid fyra tillfällen.\n"
    "Fler unga i Testby har påbörjat arbete eller studier, målet är uppnått.\n"
    "<script>alert('x')</script> =HYPERLINK(\"http://evil.example\",\"klick\")\n"
    "=HYPERLINK(\"http://evil.example\",\"klick\")\n"
    "Budget\n"
    "Summa 180 000\n"
    "Anna Andersson, ordförande\n"
)

HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"klick\")"


def _span(text: str, quote: str, doc_id: str) -> dict:
    start = text.index(quote)
    return {"doc_id": doc_id, "page": 1, "char_start": start, "char_end": start + len(quote),
            "evidence": quote}


def _doc(doc_id: str, text: str, doc_type: str, year: int) -> Document:
    return Document(doc_id=doc_id, source_path=f"/virtual/{doc_id}.txt", format="txt", text=text,
                    pages=[Page(1, 0, len(text))], doc_type=doc_type,
                    organisation="LSG Testby", year=year)


def build_plan_report(out: Path, raw: bool = False) -> Path:
    """OUT/corpus.duckdb with a handlingsplan 2013–2014 and its verksamhetsberättelse 2013,
    and the tables a run writes beside it (`raw`: CSV text cells as written)."""
    store = Store(out)
    try:
        p = "a" * 16
        plan = Extraction(
            goals=[Goal(**_span(PLAN_TEXT, "Fler unga i Testby ska påbörja arbete eller studier.", p),
                        section="Mål", text="Fler unga i Testby ska påbörja arbete eller studier")],
            activities=[
                Activity(**_span(PLAN_TEXT, "Genomföra två frukostseminarier per termin för handläggare.", p),
                         section="Aktiviteter",
                         text="Genomföra två frukostseminarier per termin för handläggare",
                         planned_quantity=2),
                Activity(**_span(PLAN_TEXT, "Starta en gemensam insats för personer med beroende och "
                                            "psykisk ohälsa.", p),
                         section="Aktiviteter",
                         text="Starta en gemensam insats för personer med beroende och psykisk ohälsa")],
            budget_lines=[BudgetLine(**_span(PLAN_TEXT, "Summa 250 000", p), table_id="t1",
                                     label="Summa", period="2013", amount_sek=250000,
                                     source_unit="kr", is_total=True)])
        store.write_document(_doc(p, PLAN_TEXT, "handlingsplan", 2013), plan, "fp", 1, 0.0)
        r = "b" * 16
        quote = "<script>alert('x')</script> =HYPERLINK(\"http://evil.example\",\"klick\")"
        report = Extraction(
            goals=[Goal(**_span(REPORT_TEXT, quote, r), section="Mål", text=quote,
                        outcome_status="achieved",
                        outcome_text="Aktiviteten har inte genomförts under året.")],
            activities=[Activity(**_span(REPORT_TEXT, "Under året har frukostseminarier för handläggarna "
                                                      "genomförts vid fyra tillfällen.", r),
                                 text="Frukostseminarier för handläggarna", outcome_status="achieved",
                                 outcome_text="genomförts vid fyra tillfällen"),
                        Activity(**_span(REPORT_TEXT, HYPERLINK, r), text=HYPERLINK)],
            budget_lines=[BudgetLine(**_span(REPORT_TEXT, "Summa 180 000", r), table_id="t1",
                                     label="Summa", period="2013", amount_sek=180000,
                                     source_unit="kr", is_total=True)],
            signatories=[Signatory(**_span(REPORT_TEXT, "Anna Andersson, ordförande", r),
                                   name="Anna Andersson", title="ordförande",
                                   organisation="LSG Testby", principal="kommun")])
        store.write_document(_doc(r, REPORT_TEXT, "verksamhetsberattelse", 2013), report, "fp", 1,
                             0.0)
        store.flush()
        # what a run does once every document is stored: reconcile, compare, audit, write
        corpus_steps(store.con, out, raw=raw)
    finally:
        store.close()
    return out


# --- many organisations over several years, for the report as a person reads it -----------

# names that share a long beginning (a label cut at 28 characters made them look alike)
ORGANISATIONS = [
    "Samordningsförbundet Västra Mälardalen, lokal samverkansgrupp Arboga",
    "Samordningsförbundet Västra Mälardalen, lokal samverkansgrupp Köping",
    "Samordningsförbundet Västra Mälardalen, lokal samverkansgrupp Kungsör",
    "Samordningsförbundet Östra Sörmland",
    "LSG Eskilstuna och LSG Strängnäs",
    "Finsam i Trelleborg, Svedala, Vellinge och Skurup",
    "LLG Kungsör",
    "LSG Vingåker",
    "RSG Norra Västmanland",
]
STATUS_CYCLE = ["achieved", "partially_achieved", "not_achieved", "not_reported", "achieved"]
GROUPS = ["unga vuxna 18–29 år", "personer med psykisk ohälsa", "långtidsarbetslösa",
          "personer i arbetsför ålder som behöver samordnade insatser",  # in no category
          "nyanlända kvinnor", "personer med försörjningsstöd"]
PEOPLE = [("Anna-Karin Lindqvist", "ordförande", "Arboga kommun", "kommun"),
          ("Göran T Wallin", "sektionschef", "Arbetsförmedlingen", "arbetsformedlingen"),
          ("Maj-Britt Karlsson", "teamchef", "Försäkringskassan", "forsakringskassan"),
          ("Lars-Erik Nyström", "verksamhetschef", "Region Västmanland", "region")]


class _Text:
    """A document's text built line by line, with the span of every line."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id, self.parts, self.length = doc_id, [], 0

    def add(self, line: str) -> dict:
        start = self.length
        self.parts.append(line + "\n")
        self.length += len(line) + 1
        return {"doc_id": self.doc_id, "page": 1 + start // 900, "char_start": start,
                "char_end": start + len(line), "evidence": line}

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _organisation_document(i: int, org: str, year: int, doc_type: str) -> tuple:
    from samverkan.normalize.taxonomy import classify
    from samverkan.records import Project, TargetGroup

    doc_id = f"{i:02d}{year}".ljust(16, "c")
    t = _Text(doc_id)
    # a plan covers three years, so the reports of the next two follow it up
    period = f"{year}–{year + 2}" if doc_type == "verksamhetsplan" else str(year)
    t.add(f"{doc_type.capitalize()} {period} för {org}")
    ex = Extraction()
    t.add("Mål")
    for k in range(3 + (i + year) % 4):
        status = STATUS_CYCLE[(i + k + year) % len(STATUS_CYCLE)] \
            if doc_type == "verksamhetsberattelse" else "not_reported"
        text = f"Mål {k + 1}: fler deltagare i {org.split()[-1]} ska nå arbete eller studier år {year}"
        ex.goals.append(Goal(**t.add(text), section="Mål", text=text, outcome_status=status))
    t.add("Målgrupper")
    for g in GROUPS[(i + year) % 3:(i + year) % 3 + 3]:
        ex.target_groups.append(TargetGroup(**t.add(g), text=g, canonical=";".join(classify(g))))
    t.add("Projekt")
    for name in (f"Steget Före {org.split()[-1]}", "Unga Vuxna i Arbete")[: 1 + year % 2]:
        ex.projects.append(Project(**t.add(name), name=name, canonical_id=""))
    t.add("Budget")
    total = 0
    for label, amount in (("Kommunerna", 400_000 + 50_000 * i), ("Region", 300_000 + 10_000 * year % 7),
                          ("Försäkringskassan", 700_000 + 20_000 * i)):
        total += amount
        ex.budget_lines.append(BudgetLine(**t.add(f"{label} {amount}"), table_id="t1", label=label,
                                          period=str(year), amount_sek=amount, source_unit="kr"))
    ex.budget_lines.append(BudgetLine(**t.add(f"Summa {total}"), table_id="t1", label="Summa",
                                      period=str(year), amount_sek=total, source_unit="kr",
                                      is_total=True))
    for name, title, organisation, principal in PEOPLE[: 2 + i % 3]:
        ex.signatories.append(Signatory(**t.add(f"{name}, {title}, {organisation}"), name=name,
                                        title=title, organisation=organisation,
                                        principal=principal))
    doc = Document(doc_id=doc_id, source_path=f"/virtual/org{i:02d}_{year}_{doc_type}.txt",
                   format="txt", text=t.text, pages=[Page(1, 0, t.length)], doc_type=doc_type,
                   organisation=org, year=year)
    return doc, ex


def build_many_organisations(out: Path) -> Path:
    """OUT/corpus.duckdb with nine organisations, three years each (a plan, then reports),
    goals of every status, target groups in and out of the taxonomy, projects, budgets and
    people; reconciled, compared and audited as a run leaves it."""
    store = Store(out)
    try:
        for i, org in enumerate(ORGANISATIONS):
            for year, doc_type in ((2014, "verksamhetsplan"), (2015, "verksamhetsberattelse"),
                                   (2016, "verksamhetsberattelse")):
                doc, ex = _organisation_document(i, org, year, doc_type)
                store.write_document(doc, ex, "fp", len(doc.text), 0.0)
        store.flush()
        corpus_steps(store.con, out)
    finally:
        store.close()
    return out
