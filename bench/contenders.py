"""What samverkan is measured against, each run as its own command over the same files:

    python bench/contenders.py floor [--procs N] FILE ...   # pypdfium2 text + spacy.blank("sv")
    python bench/contenders.py pdfium FILE ...              # pypdfium2's text alone
    python bench/contenders.py pdfplumber FILE ...          # pdfplumber's extract_text()
    python bench/contenders.py pymupdf4llm FILE ...         # pymupdf4llm.to_markdown()
    python bench/contenders.py markitdown FILE ...          # MarkItDown().convert()

The floor is the least a spaCy pipeline over PDFs can cost: every page's text from pdfium,
each document's text tokenised by a blank Swedish pipeline (a `.txt` file is read and
tokenised). With --procs N the files are shared among N processes forked after spaCy is
imported, as samverkan's workers are. Each command prints the pages (or, for text files,
the characters) it read, so the benchmark can check that everyone read everything.
The peers are a benchmark extra (`pip install -e '.[bench]'`); one that is not installed
exits with status 3.
"""
from __future__ import annotations

import sys
from pathlib import Path


def _pdf_text(path: str) -> tuple[str, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(texts), len(texts)
    finally:
        pdf.close()


def _read(path: str) -> tuple[str, int]:
    if path.endswith(".pdf"):
        return _pdf_text(path)
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return text, len(text)


_nlp = None


def _tokenise(path: str) -> int:
    text, count = _read(path)
    _nlp(text)
    return count


def floor(files: list[str], procs: int = 1) -> int:
    global _nlp
    import spacy

    _nlp = spacy.blank("sv")
    _nlp.max_length = 50_000_000
    if procs <= 1:
        return sum(_tokenise(f) for f in files)
    import multiprocessing as mp

    # the largest files first, one at a time: the processes finish together
    files = sorted(files, key=lambda f: -Path(f).stat().st_size)
    with mp.get_context("fork").Pool(procs) as pool:
        return sum(pool.imap_unordered(_tokenise, files, chunksize=1))


def pdfium_text(files: list[str]) -> int:
    return sum(_read(f)[1] for f in files)


def pdfplumber_text(files: list[str]) -> int:
    import pdfplumber

    pages = 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
                page.close()
    return pages


def pymupdf4llm_markdown(files: list[str]) -> int:
    import pymupdf
    import pymupdf4llm

    pages = 0
    for path in files:
        pymupdf4llm.to_markdown(path, show_progress=False)
        with pymupdf.open(path) as doc:
            pages += doc.page_count
    return pages


def markitdown_text(files: list[str]) -> int:
    import pypdfium2 as pdfium
    from markitdown import MarkItDown

    md = MarkItDown()
    pages = 0
    for path in files:
        md.convert(path)
        pages += len(pdfium.PdfDocument(path))
    return pages


COMMANDS = {"floor": floor, "pdfium": pdfium_text, "pdfplumber": pdfplumber_text,
            "pymupdf4llm": pymupdf4llm_markdown, "markitdown": markitdown_text}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    name, args = argv[0], argv[1:]
    kwargs = {}
    if args[:1] == ["--procs"]:
        kwargs["procs"], args = int(args[1]), args[2:]
    try:
        count = COMMANDS[name](args, **kwargs)
    except ModuleNotFoundError as exc:
        print(f"{name}: not installed ({exc.name}); pip install -e '.[bench]'", file=sys.stderr)
        return 3
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
