"""Plain dataclasses that the stages pass to each other.

Every record carries `doc_id`, `page`, `char_start`, `char_end` into the document's stored
text and `evidence`, which is exactly `text[char_start:char_end]`.
"""
from __future__ import annotations

import types
import typing
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import datetime

OUTCOME_STATUSES = ("achieved", "partially_achieved", "not_achieved", "not_reported")
PRINCIPALS = ("kommun", "forsakringskassan", "arbetsformedlingen", "region", "other")
# every kind ingest/data/metadata.toml names in [doc_types], and "other"
DOC_TYPES = ("verksamhetsberattelse", "verksamhetsplan", "handlingsplan", "arsredovisning",
             "delarsrapport", "slutrapport", "revisionsberattelse", "ansokan", "projektplan",
             "beslutsforslag", "protokoll", "other")
DOC_STATUSES = ("ok", "error", "skipped")
ORGANISATION_KINDS = ("samordningsforbund", "lsg", "llg", "kommun", "region",
                      "forsakringskassan", "arbetsformedlingen", "other")


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
        # the starts are listed once, not per call (records ask for every span); reading
        # adds pages, so a list of another length is stale
        starts = self.__dict__.get("_page_starts")
        if starts is None or len(starts) != len(self.pages):
            starts = self.__dict__["_page_starts"] = [p.char_start for p in self.pages]
        k = bisect_right(starts, offset) - 1
        return self.pages[max(k, 0)].number


@dataclass
class Span:
    """Where a record sits in the stored text; `evidence` is exactly that slice."""

    doc_id: str
    page: int
    char_start: int
    char_end: int
    evidence: str
    # the lowest OCR confidence (0-100) of the pages the record stands on; None when none
    # of them was OCR'd (set by extract_document, so that a user can filter weak OCR)
    ocr_confidence: float | None = field(default=None, kw_only=True)


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
    financier_id: str = ""  # organisations.organisation_id of the financier (reconciliation)
    owner: str = ""  # the project owner (projektägare), only where the text names one
    owner_id: str = ""  # organisations.organisation_id of the owner (reconciliation)
    period_start: str | None = None
    period_end: str | None = None
    role: str = ""
    # "text": this document's words name it a project; "corpus": a name another document's
    # words name a project, standing here as a name (corpus/known_projects.py)
    found_by: str = "text"


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
    organisation_id: str = ""  # organisations.organisation_id (reconciliation)


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


@dataclass
class AuditFlag:
    """A finding of the goal-versus-outcome audit about one record."""

    doc_id: str
    record_type: str  # goals | activities | budget_checks | budget_lines | ...
    record_id: str  # "table:char_start", or "budget_checks:table_id:period" for a check
    flag: str
    severity: str  # error | warning | info
    message: str
    evidence: str
    page: int | None

    def row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# table name -> record class of the tables written per document, in the order the outputs
# list them
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
    span = ["page", "char_start", "char_end", "evidence", "ocr_confidence"]
    own = [n for n in names if n not in span and n != "doc_id"]
    return ["doc_id", *own, *[n for n in span if n in names]]


# --- the registry of tables ---------------------------------------------------------------
# Every table a run produces is declared here once. The database schema (corpus/schema.py),
# the store, the CSV files in OUT, the exports, samverkan.load() and the codebook are all
# made from these declarations, so a new table or column is added in one place (and its
# meaning in outputs/data/codebook.toml, which a test asks for).

_SQL_TYPES = {int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN", str: "VARCHAR",
              datetime: "TIMESTAMP"}
_SQL_NAMES = {"int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "str": "VARCHAR",
              "datetime": "TIMESTAMP"}


def sql_type(annotation: object) -> str:
    """SQL type of a dataclass field: `int | None` -> BIGINT (all integers are BIGINT, so a
    column has one type in every face)."""
    if isinstance(annotation, str):  # postponed annotations: "int | None"
        return _SQL_NAMES.get(annotation.split("|")[0].strip(), "VARCHAR")
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return _SQL_TYPES.get(annotation, "VARCHAR")


def record_columns(cls: type) -> dict[str, str]:
    """Column -> SQL type of a record class, in the order of `column_names`."""
    by_name = {f.name: sql_type(f.type) for f in fields(cls)}
    return {name: by_name[name] for name in column_names(cls)}


@dataclass(frozen=True, eq=False)
class Table:
    """One table of a run as every face shows it.

    `columns` are the public columns in face order with their SQL types; `stored_only` are
    columns only the database keeps after them (the documents' full text and bookkeeping).
    Rows come in document order: the document's position (the order of documents.csv, by
    source path) for the `document` column, then `order` ("-col" for descending), then every
    other column, so that the order is total and the same in every face.
    """

    name: str
    columns: dict[str, str]
    step: str  # who fills it: "document" (the store), "corpus" (reconcile, comparisons), "audit"
    order: tuple[str, ...] = ()
    document: str | None = "doc_id"
    record: type | None = None
    stored_only: dict[str, str] = field(default_factory=dict)
    key: str | None = None  # primary key in the database
    in_out: bool = True  # written by `run` as OUT/<name>.csv

    @property
    def stored_columns(self) -> dict[str, str]:
        return {**self.columns, **self.stored_only}


_SPAN_ORDER = ("page", "char_start", "char_end")


def _record(name: str, cls: type, order: tuple[str, ...] = _SPAN_ORDER) -> Table:
    return Table(name, record_columns(cls), "document", order=order, record=cls)


_TABLE_LIST = [
    Table("documents", {
        "doc_id": "VARCHAR", "source_path": "VARCHAR", "format": "VARCHAR",
        "doc_type": "VARCHAR", "organisation": "VARCHAR", "organisation_id": "VARCHAR",
        "year": "BIGINT", "n_pages": "BIGINT", "status": "VARCHAR", "error": "VARCHAR", "warnings": "VARCHAR",
        "encoding": "VARCHAR", "bytes": "BIGINT", "seconds": "DOUBLE"},
        "document", order=("source_path",), document=None, key="source_path",
        # what a later run needs to know (was it read with today's rules, is it still an
        # input) and the text every char_start/char_end indexes
        stored_only={"fingerprint": "VARCHAR", "present": "BOOLEAN",
                     "processed_at": "TIMESTAMP", "text": "VARCHAR"}),
    *[_record(name, cls) for name, cls in RECORD_TABLES.items() if name != "budget_checks"],
    _record("budget_checks", BudgetCheck, order=("page", "table_id", "period", "label")),
    Table("entities", {
        "entity_id": "VARCHAR", "type": "VARCHAR", "canonical_name": "VARCHAR",
        "principal": "VARCHAR", "mentions": "BIGINT", "documents": "BIGINT",
        "organisation": "VARCHAR", "variants": "VARCHAR"},
        "corpus", order=("type", "canonical_name", "entity_id"), document=None),
    Table("matches", {
        "mention": "VARCHAR", "doc_id": "VARCHAR", "entity_id": "VARCHAR", "score": "DOUBLE",
        "rule": "VARCHAR", "type": "VARCHAR", "organisation": "VARCHAR", "page": "BIGINT",
        "char_start": "BIGINT", "char_end": "BIGINT"},
        "corpus", order=(*_SPAN_ORDER, "type", "mention")),
    # one row per real organisation, with the codes that join to public statistics
    Table("organisations", {
        "organisation_id": "VARCHAR", "name": "VARCHAR", "kind": "VARCHAR",
        "names_seen": "VARCHAR", "organisationsnummer": "VARCHAR",
        "organisationsnummer_note": "VARCHAR", "kommunkod": "VARCHAR",
        "former_kommunkoder": "VARCHAR", "lanskod": "VARCHAR", "lan": "VARCHAR",
        "municipalities": "VARCHAR", "member_kommunkoder": "VARCHAR",
        "members_known": "BOOLEAN", "mentions": "BIGINT", "documents": "BIGINT",
        "doc_ids": "VARCHAR", "years": "VARCHAR"},
        "corpus", order=("kind", "name", "organisation_id"), document=None),
    Table("review", {
        "type": "VARCHAR", "a": "VARCHAR", "b": "VARCHAR", "score": "DOUBLE", "rule": "VARCHAR",
        "doc_a": "VARCHAR", "doc_b": "VARCHAR", "decision": "VARCHAR"},
        "corpus", order=("type", "-score", "a", "b"), document=None),
    Table("compare_target_groups", {
        "canonical": "VARCHAR", "label": "VARCHAR", "organisation": "VARCHAR",
        "organisation_id": "VARCHAR", "year": "BIGINT", "mentions": "BIGINT",
        "documents": "BIGINT", "doc_ids": "VARCHAR", "wordings": "VARCHAR"},
        "corpus", order=("canonical", "organisation", "year"), document=None),
    Table("compare_projects", {
        "canonical_id": "VARCHAR", "project": "VARCHAR", "organisation": "VARCHAR",
        "organisation_id": "VARCHAR", "year": "BIGINT", "mentions": "BIGINT",
        "documents": "BIGINT", "doc_ids": "VARCHAR", "names": "VARCHAR",
        "financiers": "VARCHAR", "owners": "VARCHAR", "roles": "VARCHAR"},
        "corpus", order=("project", "organisation", "year"), document=None),
    Table("people", {
        "person_id": "VARCHAR", "name": "VARCHAR", "principal": "VARCHAR",
        "organisations": "VARCHAR", "groups": "VARCHAR", "years": "VARCHAR",
        "titles": "VARCHAR", "mentions": "BIGINT", "documents": "BIGINT", "doc_ids": "VARCHAR",
        "spellings": "VARCHAR"},
        "corpus", order=("name", "person_id"), document=None),
    # what changed in an organisation from one year with documents to the next, each row
    # with the evidence of both years
    Table("changes", {
        "organisation_id": "VARCHAR", "organisation": "VARCHAR", "from_year": "BIGINT",
        "to_year": "BIGINT", "aspect": "VARCHAR", "change": "VARCHAR", "item": "VARCHAR",
        "from_status": "VARCHAR", "to_status": "VARCHAR", "from_value": "BIGINT",
        "to_value": "BIGINT", "difference": "BIGINT", "score": "DOUBLE", "basis": "VARCHAR",
        "from_doc_id": "VARCHAR", "from_page": "BIGINT", "from_char_start": "BIGINT",
        "from_char_end": "BIGINT", "from_quote": "VARCHAR", "to_doc_id": "VARCHAR",
        "to_page": "BIGINT", "to_char_start": "BIGINT", "to_char_end": "BIGINT",
        "to_quote": "VARCHAR"},
        "corpus", order=("organisation", "organisation_id", "from_year", "to_year", "aspect",
                         "change", "item"), document=None),
    Table("audit_flags", record_columns(AuditFlag), "audit", order=("page", "record_id", "flag"),
          record=AuditFlag),
    Table("audit_links", {
        "plan_doc_id": "VARCHAR", "plan_record_type": "VARCHAR", "plan_record_id": "VARCHAR",
        "plan_text": "VARCHAR", "plan_page": "BIGINT", "report_doc_id": "VARCHAR",
        "report_record_type": "VARCHAR", "report_record_id": "VARCHAR",
        "report_text": "VARCHAR", "report_outcome_status": "VARCHAR", "report_page": "BIGINT",
        "score": "DOUBLE", "fuzzy_score": "DOUBLE", "lemma_score": "DOUBLE",
        "shared_terms": "VARCHAR", "method": "VARCHAR", "linked": "BOOLEAN"},
        "audit", order=("plan_page", "plan_record_id", "report_doc_id", "-score"),
        document="plan_doc_id"),
    # where each page lies in documents.text, and what was taken out of the body: in the
    # database, load() and the exports, not as CSV files in OUT
    Table("pages", {"doc_id": "VARCHAR", "page": "BIGINT", "char_start": "BIGINT",
                    "char_end": "BIGINT", "method": "VARCHAR", "ocr_confidence": "DOUBLE"},
          "document", order=("page",), in_out=False),
    Table("furniture", {"doc_id": "VARCHAR", "page": "BIGINT", "kind": "VARCHAR",
                        "text": "VARCHAR"},
          "document", order=("page", "kind"), in_out=False),
]

# name -> Table, in the order every face lists the tables
TABLES: dict[str, Table] = {t.name: t for t in _TABLE_LIST}
