"""Imported once by the multiprocessing fork server, so that every worker process forked
from it starts with spaCy imported and the pipeline built (see parallel.py)."""
from .extract.nlp import build_nlp

build_nlp()
