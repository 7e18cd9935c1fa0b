"""Memory of one process reading many documents full of words it has not seen before.

    python bench/bench_memory.py --docs 800

spaCy keeps every word it meets in its vocabulary; the pipeline is built afresh once the
vocabulary passes `extract.nlp.VOCAB_LIMIT` strings, so the resident size levels off instead of
growing with the corpus. Prints the resident size and the vocabulary every 100 documents.
"""
from __future__ import annotations

import argparse
import random
import time

import psutil

from samverkan.extract import extract_document
from samverkan.extract.nlp import VOCAB_LIMIT, build_nlp
from samverkan.records import Document, Page

LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"
COMMON = ("och att det som en på är av för med till den har de inte om ett samverkan mål "
          "insatser deltagare under året").split()


def document(rng: random.Random, n: int, words: int) -> Document:
    """A page of text where half the words are new letter strings (OCR noise, names)."""
    text = " ".join(rng.choice(COMMON) if rng.random() < 0.5 else
                    "".join(rng.choices(LETTERS, k=rng.randint(4, 12))) for _ in range(words))
    text = "Verksamhetsberättelse 2015\n\n" + text
    return Document(doc_id=f"m{n:06d}", source_path=f"m{n}.txt", format="txt", text=text,
                    pages=[Page(1, 0, len(text), "text")])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=800)
    ap.add_argument("--words", type=int, default=3000, help="words per document")
    args = ap.parse_args()
    rng = random.Random(1)
    proc = psutil.Process()
    build_nlp()
    print(f"VOCAB_LIMIT {VOCAB_LIMIT} strings; start {proc.memory_info().rss / 1e6:.0f} MB")
    t0 = time.perf_counter()
    peak = 0
    for n in range(1, args.docs + 1):
        extract_document(document(rng, n, args.words))
        peak = max(peak, proc.memory_info().rss)
        if n % 100 == 0:
            print(f"{n:6} documents  {proc.memory_info().rss / 1e6:6.0f} MB  "
                  f"vocabulary {len(build_nlp().vocab.strings):8}  "
                  f"{time.perf_counter() - t0:6.1f} s")
    print(f"peak {peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
