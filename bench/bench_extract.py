"""Extraction cost per page: ingest once, then time the spaCy pipeline with all extractors.

    python bench/bench_extract.py [FOLDER ...] [--repeat N]

Default folders: the bundled example corpus and ../shared/eval/corpus when it is there.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from samverkan.batch import EXAMPLES, discover
from samverkan.extract import extract_document
from samverkan.extract.nlp import build_nlp
from samverkan.ingest.errors import IngestError
from samverkan.ingest.reader import content_id, read_document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    folders = args.folders or [EXAMPLES]
    shared = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus"
    if not args.folders and shared.is_dir():
        folders.append(shared)
    docs = []
    for path in discover(folders):
        try:
            docs.append(read_document(path, content_id(path)))
        except IngestError:
            continue
    pages = sum(len(d.pages) for d in docs)
    t0 = time.perf_counter()
    build_nlp()
    build = time.perf_counter() - t0
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for d in docs:
            extract_document(d)
        runs.append(time.perf_counter() - t0)
    best, median = min(runs), statistics.median(runs)
    print(f"documents {len(docs)}, pages {pages}, characters {sum(len(d.text) for d in docs)}")
    print(f"pipeline build (once per process): {build * 1000:.0f} ms")
    print(f"extraction per page: median {median / pages * 1000:.2f} ms, best {best / pages * 1000:.2f} ms"
          f" ({pages / median:.0f} pages/s)")


if __name__ == "__main__":
    main()
