"""Does the PDF reader give the same text as it did at another revision?

    python bench/compare_pdf_text.py [--base REV] [--render N] [PDF or folder ...]
    python bench/compare_pdf_text.py --documents [--base REV] [file or folder ...]

Reads every PDF with `ingest.pdf.read_pdf` twice, once with this working tree's package and
once with the package as it was at REV (default HEAD, via `git archive`), each in its own
process, and compares page by page: body text, method (pdf-text / pdf-layout) and the
furniture taken out. With no PDF given it reads the repository's example PDFs, the
benchmark's generated corpus (`corpus_gen`, 60 documents) and, with --render N (default 8),
N text reports of each tests/corpus_* rendered in the media benchmark's three PDF layouts
(one column, two columns with drawn bullets, ruled tables). Prints the differences (the first
lines of each) and exits 1 when there is any: a change to ingest that is meant to be a pure
speed-up must print "identical". With --documents the whole ingest stage is compared
(`ingest.reader.read_document`: text, pages, furniture, type, organisation, year, warnings),
for text files as well; with no file given, the repository's text reports are added.
"""
from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LAYOUTS = ("pdf-onecol", "pdf-twocol", "pdf-tables")

DUMP = """
import json, sys
from pathlib import Path
from samverkan.ingest.pdf import read_pdf
from samverkan.ingest.reader import read_document

def pdf_pages(path):
    return [[p.number, p.method, p.text, [[f.kind, f.text] for f in p.furniture]]
            for p in read_pdf(path)]

def document(path):
    d = read_document(Path(path), "x")
    pages = [[p.number, p.method, d.text[p.char_start:p.char_end]] for p in d.pages]
    return [[0, "meta", repr((d.doc_type, d.organisation, d.year, d.warnings)),
             [[f.page, f.kind, f.text] for f in d.furniture]], *[[*p, []] for p in pages]]

read = document if sys.argv[2] == "documents" else pdf_pages
out = {}
for path in sys.argv[3:]:
    try:
        out[path] = read(path)
    except Exception as exc:  # a damaged file: its error must be the same on both sides
        out[path] = f"{type(exc).__name__}: {exc}"
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump(out, fh)
"""


def package_at(rev: str | None, work: Path) -> Path:
    """A folder with `samverkan/` in it: the working tree (rev None) or `git archive REV`."""
    root = work / (rev or "worktree").replace("/", "_")
    pkg = root / "samverkan"
    root.mkdir(parents=True, exist_ok=True)
    if rev is None:
        pkg.symlink_to(REPO, target_is_directory=True)
        return root
    pkg.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", rev],
                             check=True, capture_output=True).stdout
    tar_path = work / "base.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(pkg, filter="data")
    return root


def dump(root: Path, files: list[str], out: Path, what: str) -> dict:
    env = {"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", DUMP, str(out), what, *files], check=True, env=env)
    return json.loads(out.read_text(encoding="utf-8"))


def default_pdfs(work: Path, render: int) -> list[str]:
    sys.path.insert(0, str(HERE))
    from corpus_gen import make_corpus

    files = sorted(str(p) for p in (REPO / "corpus" / "examples").glob("*.pdf"))
    files += [str(p) for p in make_corpus(work / "bench_corpus", 60)]
    if render:
        import media_render

        for corpus in sorted((REPO / "tests").glob("corpus_*")):
            if corpus.name.endswith("_gold") or not corpus.is_dir():
                continue
            for txt in sorted(corpus.glob("*.txt"))[:render]:
                for layout in LAYOUTS:
                    dest = work / "rendered" / layout / f"{corpus.name}_{txt.stem}.pdf"
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    media_render.render(txt, layout, dest)
                    files.append(str(dest))
    return files


def compare(old: dict, new: dict) -> list[str]:
    problems = []
    for path in old:
        a, b = old[path], new.get(path)
        if a == b:
            continue
        if isinstance(a, str) or isinstance(b, str) or len(a) != len(b):
            problems.append(f"{path}: {str(a)[:200]!r} -> {str(b)[:200]!r}")
            continue
        for pa, pb in zip(a, b, strict=True):
            if pa == pb:
                continue
            what = [k for k, x, y in zip(("number", "method", "text", "furniture"), pa, pb,
                                         strict=True) if x != y]
            diff = "\n".join(list(difflib.unified_diff(pa[2].splitlines(), pb[2].splitlines(),
                                                       lineterm="", n=0))[2:12])
            problems.append(f"{path} page {pa[0]}: {', '.join(what)} differ\n{diff}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--base", default="HEAD", help="git revision to compare with (default HEAD)")
    ap.add_argument("--documents", action="store_true",
                    help="compare the whole ingest stage (read_document), text files too")
    ap.add_argument("--render", type=int, default=8,
                    help="text reports of each tests/corpus_* to render per layout (default 8)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pdf-compare-") as tmp:
        work = Path(tmp)
        files = []
        pattern = "*" if args.documents else "*.pdf"
        for p in args.paths:
            files += sorted(str(f) for f in p.rglob(pattern) if f.is_file()) if p.is_dir() \
                else [str(p)]
        if not args.paths:
            files = default_pdfs(work, args.render)
            if args.documents:
                files += [str(f) for f in sorted((REPO / "tests").glob("corpus_*/*.txt"))
                          if not f.parent.name.endswith("_gold")]
                files += [str(f) for f in sorted((REPO / "corpus" / "examples").glob("*.txt"))]
        what = "documents" if args.documents else "pdf"
        old = dump(package_at(args.base, work), files, work / "old.json", what)
        new = dump(package_at(None, work), files, work / "new.json", what)
    problems = compare(old, new)
    pages = sum(len(v) for v in old.values() if isinstance(v, list))
    for p in problems:
        print(p)
    print(f"{len(files)} PDFs, {pages} pages: "
          f"{'identical' if not problems else f'{len(problems)} differences'} "
          f"(base {args.base})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
