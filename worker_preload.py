"""Imported once by the multiprocessing fork server, so that every worker process forked
from it starts with spaCy imported, the pipeline built and the readers imported (see
parallel.py): each worker would otherwise import pdfium, numpy and the ingest modules anew."""
from .extract.nlp import build_nlp
from .ingest import reader  # noqa: F401
from .normalize import normalize_extraction  # noqa: F401
from .vocabulary import known_words

build_nlp()
known_words()  # memory-mapped: the workers share its pages
