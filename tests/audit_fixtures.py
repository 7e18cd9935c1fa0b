"""Small corpus databases built through the real store, for the audit, report and export
tests: a plan and the report that follows it up, with hostile text in them."""
from __future__ import annotations

from pathlib import Path

from samverkan.corpus.store import Store
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


def build_plan_report(out: Path) -> Path:
    """OUT/corpus.duckdb with a handlingsplan 2013–2014 and its verksamhetsberättelse 2013."""
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
    finally:
        store.close()
    return out
