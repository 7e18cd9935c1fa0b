"""The embedded DuckDB store: documents, pages, furniture and one table per record type,
and (empty until the corpus-level steps fill them) every other table of the registry.

Each document is written in one transaction, so a run killed halfway leaves every document
either complete or absent. At the end of a run the store keeps only the documents of that
run, so the database holds the same rows as every other face of the run.
"""
from __future__ import annotations

import dataclasses
import time
from datetime import datetime
from pathlib import Path

import duckdb

from ..records import RECORD_TABLES, TABLES, Document, Extraction, column_names
from .schema import all_tables, create_sql, existing_columns, insert_columns, rollback

DB_NAME = "corpus.duckdb"
WRITE_GROUP = 16  # documents per transaction at most
WRITE_GROUP_SECONDS = 2.0  # and no document waits longer than this to be written


@dataclasses.dataclass
class Known:
    """What the store remembers of a document it has seen."""

    doc_id: str
    source_path: str
    status: str
    fingerprint: str


class Store:
    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.path = out_dir / DB_NAME
        self.con = duckdb.connect(str(self.path))
        self._pending: list[tuple[str, str, dict[str, dict[str, list]]]] = []
        self._pending_since = 0.0
        self._seen: list[tuple[str, str]] = []
        self._create_tables()

    def _create_tables(self) -> None:
        """Every table of the registry, as the registry declares it. A table declared
        otherwise in a database written by another version is made afresh; when that loses
        stored records, every document is read again."""
        have = existing_columns(self.con)
        want = all_tables()
        stale = [name for name in want if name in have and have[name] != want[name]]
        if "documents" in stale:  # another version's bookkeeping: start from nothing
            stale = [name for name in want if name in have]
        for name in stale:
            self.con.execute(f'DROP TABLE "{name}"')
        for name, table in TABLES.items():
            if name not in have or name in stale:
                self.con.execute(create_sql(table))
        if any(TABLES[name].step == "document" for name in stale):
            self.con.execute("UPDATE documents SET fingerprint = ''")

    def close(self) -> None:
        self.flush()
        self.con.close()

    def known(self) -> dict[str, Known]:
        """Documents stored with status ok, by doc_id."""
        self.flush()
        rows = self.con.execute(
            "SELECT doc_id, source_path, status, fingerprint FROM documents WHERE status = 'ok'"
        ).fetchall()
        return {r[0]: Known(*r) for r in rows}

    def write_document(self, doc: Document, extraction: Extraction, fingerprint: str,
                       size: int, seconds: float) -> None:
        """Replace everything stored for this document and this path. Documents are written
        in small groups, each group in one transaction: a run killed halfway leaves every
        document either complete or absent, and a statement per document costs less."""
        # column lists, not row tuples: Arrow takes columns, and a group's columns are joined
        # with list.extend
        pages, furniture = doc.pages, doc.furniture
        columns: dict[str, dict[str, list]] = {
            "pages": {"doc_id": [doc.doc_id] * len(pages), "page": [p.number for p in pages],
                      "char_start": [p.char_start for p in pages],
                      "char_end": [p.char_end for p in pages],
                      "method": [p.method for p in pages],
                      "ocr_confidence": [p.ocr_confidence for p in pages]},
            "furniture": {"doc_id": [doc.doc_id] * len(furniture),
                          "page": [f.page for f in furniture],
                          "kind": [f.kind for f in furniture],
                          "text": [f.text for f in furniture]},
        }
        for table, cls in RECORD_TABLES.items():
            records = getattr(extraction, table)
            columns[table] = {c: [getattr(r, c) for r in records] for c in column_names(cls)}
        document = dict(
            source_path=doc.source_path, doc_id=doc.doc_id, format=doc.format,
            doc_type=doc.doc_type, organisation=doc.organisation, year=doc.year,
            n_pages=len(doc.pages), status="ok", error="", warnings="; ".join(doc.warnings),
            encoding=doc.encoding, bytes=size, fingerprint=fingerprint, present=True,
            processed_at=datetime.now(), seconds=round(seconds, 3), text=doc.text)
        columns["documents"] = {c: [document.get(c)] for c in all_tables()["documents"]}
        if not self._pending:
            self._pending_since = time.monotonic()
        self._pending.append((doc.doc_id, doc.source_path, columns))
        if len(self._pending) >= WRITE_GROUP or \
                time.monotonic() - self._pending_since >= WRITE_GROUP_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pending documents (and unchanged ones seen again) in one transaction."""
        if self._seen:
            self._apply_seen()
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            self._delete([doc_id for doc_id, _, _ in pending], [path for _, path, _ in pending])
            for table in ["pages", "furniture", *RECORD_TABLES, "documents"]:
                joined: dict[str, list] = {c: [] for c in pending[0][2][table]}
                for _, _, columns in pending:
                    for c, values in columns[table].items():
                        joined[c].extend(values)
                self._insert(table, joined)
            con.execute("COMMIT")
        except BaseException:
            rollback(con)
            raise

    def _insert(self, table: str, columns: dict[str, list]) -> None:
        """A group's rows in one statement through Arrow."""
        insert_columns(self.con, TABLES[table], columns)

    def write_status(self, source_path: str, doc_id: str, fmt: str, status: str, error: str,
                     size: int | None, fingerprint: str, seconds: float = 0.0) -> None:
        """A row for a file that was not read (error, skipped, duplicate)."""
        self.flush()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM documents WHERE source_path = ?", [source_path])
            self._upsert_document(dict(
                source_path=source_path, doc_id=doc_id, format=fmt, status=status, error=error,
                bytes=size, fingerprint=fingerprint, present=True,
                processed_at=datetime.now(), seconds=round(seconds, 3)))
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise

    def mark_seen(self, source_path: str, doc_id: str) -> None:
        """An unchanged document found again, possibly under a new path (applied in bulk at
        the next flush: a statement per unchanged file made a re-run slow)."""
        self._seen.append((source_path, doc_id))

    def _apply_seen(self) -> None:
        seen, self._seen = self._seen, []
        # two list parameters unnested side by side: no Arrow (and no pandas) to import on a
        # re-run that has nothing else to do
        params = [[s for s, _ in seen], [d for _, d in seen]]
        pairs = "(SELECT unnest(?::VARCHAR[]) AS source_path, unnest(?::VARCHAR[]) AS doc_id)"
        # the usual case: the same file at the same path
        self.con.execute(f"UPDATE documents SET present = TRUE FROM {pairs} AS s "
                         "WHERE documents.source_path = s.source_path "
                         "AND documents.doc_id = s.doc_id AND status = 'ok'", params)
        moved = self.con.execute(
            f"SELECT s.source_path, s.doc_id FROM {pairs} AS s LEFT JOIN documents d "
            "ON d.source_path = s.source_path AND d.doc_id = s.doc_id AND d.status = 'ok' "
            "WHERE d.doc_id IS NULL", params).fetchall()
        for source_path, doc_id in moved:
            # the new path may have a row of its own (a duplicate's "same content as", an
            # old error): the document's row takes its place
            self.con.execute("DELETE FROM documents WHERE source_path = ? AND status <> 'ok'",
                             [source_path])
            self.con.execute("UPDATE documents SET present = TRUE, source_path = ? "
                             "WHERE doc_id = ? AND status = 'ok' AND source_path = "
                             "(SELECT min(source_path) FROM documents WHERE doc_id = ? "
                             "AND status = 'ok')", [source_path, doc_id, doc_id])

    def begin_run(self) -> None:
        self.flush()
        self.con.execute("UPDATE documents SET present = FALSE")

    def keep_unvisited(self) -> None:
        """After an interrupted run: files not reached yet but still on disk stay present."""
        self.flush()
        rows = self.con.execute("SELECT source_path FROM documents WHERE NOT present").fetchall()
        still = [(r[0],) for r in rows if Path(r[0]).exists()]
        if still:
            self.con.executemany("UPDATE documents SET present = TRUE WHERE source_path = ?",
                                 still)

    def end_run(self) -> None:
        """Forget the documents that are no longer among the inputs, and every record of a
        document that has no row: the database then holds this run's documents only, as
        documents.csv does (a file dropped from the inputs and given again is read again)."""
        self.flush()
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM documents WHERE NOT present")
            ok = "(SELECT doc_id FROM documents WHERE status = 'ok')"
            for name, table in TABLES.items():
                if table.step == "document" and name != "documents":
                    self.con.execute(f'DELETE FROM "{name}" WHERE doc_id NOT IN {ok}')
            self.con.execute("COMMIT")
        except BaseException:
            rollback(self.con)
            raise

    def _delete(self, doc_ids: list[str], source_paths: list[str]) -> None:
        """Everything stored for these documents and these paths, in a statement per table."""
        ids = "(SELECT unnest(?::VARCHAR[]))"
        # the records of an earlier version of a file at one of these paths go too
        old = self.con.execute(f"SELECT DISTINCT doc_id FROM documents WHERE source_path IN {ids} "
                               "AND doc_id IS NOT NULL", [source_paths]).fetchall()
        gone = sorted({*doc_ids, *(r[0] for r in old if r[0])})
        # records are written and deleted with their document's row, so when no row names
        # these documents (a first run) there is nothing to delete
        known = self.con.execute(f"SELECT count(*) FROM documents WHERE doc_id IN {ids}",
                                 [gone]).fetchone()[0]
        for table in ["pages", "furniture", *RECORD_TABLES] if known else []:
            self.con.execute(f'DELETE FROM "{table}" WHERE doc_id IN {ids}', [gone])
        # rows of other paths with this content that say "same content as" stay: in a
        # parallel run they may be written before this document
        self.con.execute(f"DELETE FROM documents WHERE source_path IN {ids} "
                         f"OR (doc_id IN {ids} AND status = 'ok')", [source_paths, doc_ids])

    def _upsert_document(self, row: dict) -> None:
        cols = list(all_tables()["documents"])
        values = [row.get(c) for c in cols]
        marks = ", ".join("?" for _ in cols)
        self.con.execute(f"INSERT OR REPLACE INTO documents VALUES ({marks})", values)
