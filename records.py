"""Plain dataclasses that the stages pass to each other.

Every record carries `doc_id`, `page`, `char_start`, `char_end` into the document's stored
text and `evidence`, which is exactly `text[char_start:char_end]`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields

OUTCOME_STATUSES = ("achieved", "partially_achieved", "not_achieved", "not_reported")
PRINCIPALS = ("kommun", "forsakringskassan", "arbetsformedlingen", "region", "other")
DOC_TYPES = ("verksamhetsberattelse", "verksamhetsplan", "handlingsplan", "arsredovisning",
             "ansokan", "protokoll", "other")
DOC_STATUSES = ("ok", "error", "skipped")


@dataclass
class Page:
    """One page of a document: its number and where its text sits in the full text."""

    number: int
    char_start: int
    char_end: int
    method: str = "text"  # text | pdf-text | pdf-layout | ocr
    ocr_confidence: float | None = None


@dataclass
class Furniture:
    """A running header, footer or page number taken out of the body text, kept for audit."""

    page: int
    kind: str  # header | footer | page_number | boilerplate
    text: str


@dataclass
class Document:
    """What ingest produces: the cleaned full text, its pages and the metadata."""

    doc_id: str
    source_path: str
    format: str  # pdf | txt
    text: str = ""
    pages: list[Page] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    doc_type: str = "other"
    organisation: str = ""
    year: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """Page number that holds character `offset` (the last page starting at or before it)."""
        if not self.pages:
            return 1
        k = bisect_right([p.char_start for p in self.pages], offset) - 1
        return self.pages[max(k, 0)].number


@dataclass
class Span:
    """Where a record sits in the stored text; `evidence` is exactly that slice."""

    doc_id: str
    page: int
    char_start: int
    char_end: int
    evidence: str


@dataclass
class Goal(Span):
    section: str = ""
    text: str = ""
    outcome_status: str = "not_reported"
    outcome_text: str = ""


@dataclass
class Activity(Span):
    section: str = ""
    text: str = ""
    outcome_status: str = "not_reported"
    outcome_text: str = ""
    planned_quantity: int | None = None
    reported_quantity: int | None = None


@dataclass
class TargetGroup(Span):
    text: str = ""
    canonical: str = ""


@dataclass
class Project(Span):
    name: str = ""
    acronym: str = ""
    canonical_id: str = ""
    financier: str = ""
    period_start: str | None = None
    period_end: str | None = None
    role: str = ""


@dataclass
class BudgetLine(Span):
    table_id: str = ""
    label: str = ""
    period: str = ""
    amount_sek: int | None = None
    source_unit: str = ""
    is_total: bool = False


@dataclass
class Signatory(Span):
    name: str = ""
    title: str = ""
    organisation: str = ""
    principal: str = "other"
    person_id: str = ""


@dataclass
class BudgetCheck:
    """A stated total compared with the sum of the lines it closes."""

    doc_id: str
    table_id: str
    period: str
    label: str
    stated_total: int
    sum_of_lines: int
    difference: int
    n_lines: int
    page: int


@dataclass
class Extraction:
    """All records found in one document."""

    goals: list[Goal] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    target_groups: list[TargetGroup] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    budget_checks: list[BudgetCheck] = field(default_factory=list)


# table name -> record class, in the order the outputs list them
RECORD_TABLES: dict[str, type] = {
    "goals": Goal,
    "activities": Activity,
    "target_groups": TargetGroup,
    "projects": Project,
    "budget_lines": BudgetLine,
    "signatories": Signatory,
    "budget_checks": BudgetCheck,
}


def column_names(cls: type) -> list[str]:
    """Columns of a record table: doc_id first, the record's own fields, the span last."""
    names = [f.name for f in fields(cls)]
    span = ["page", "char_start", "char_end", "evidence"]
    own = [n for n in names if n not in span and n != "doc_id"]
    return ["doc_id", *own, *[n for n in span if n in names]]
