"""Extraction CPU of one report repeated N times in one document: whether a document's cost
grows linearly with its length.

    python bench/bench_doc_length.py tests/corpus_blind43/b43_08_arsredovisning-2020-mittskane.txt
    python bench/bench_doc_length.py REPORT --times 1,8,64

Prints, for each N, the document's size, the extraction CPU (read and metadata excluded) and
the CPU per copy; a linear pipeline keeps the last column level. Run it with another revision's
package first on PYTHONPATH to compare two revisions.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from samverkan.extract import extract_document
from samverkan.ingest.metadata import add_metadata
from samverkan.ingest.reader import read_document
from samverkan.records import Document, Page


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", type=Path, help="a text report")
    ap.add_argument("--times", default="1,8,64", help="copies of the report (1,8,64)")
    args = ap.parse_args()
    source = read_document(args.report, "warm-up")
    add_metadata(source)
    extract_document(source)  # (spaCy, the cue files and the patterns load once, outside the timing)
    print(f"{'copies':>6} {'MB':>6} {'CPU s':>8} {'s/copy':>8}")
    for n in (int(x) for x in args.times.split(",")):
        text = "\n\n".join([source.text] * n)
        doc = Document(doc_id=f"x{n}", source_path=str(args.report), format="txt", text=text,
                       pages=[Page(1, 0, len(text), "text")])
        add_metadata(doc)
        start = time.process_time()
        extract_document(doc)
        cpu = time.process_time() - start
        print(f"{n:>6} {len(text.encode()) / 1e6:>6.2f} {cpu:>8.2f} {cpu / n:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
