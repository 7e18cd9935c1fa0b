# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/demo

.PHONY: demo test lint examples bench clean system-deps vocabulary

# Debian packages: poppler (pdftotext for the benchmark), tesseract with Swedish for OCR.
# Installed only when missing and only where we may (root or passwordless sudo).
system-deps:
	@bash scripts/system-deps.sh

# setuptools says "Editable installation ..." on every editable install, as information;
# the one message is silenced, any other warning still shows
$(STAMP): setup.cfg
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m samverkan.vocabulary_store
	touch $(STAMP)

# the lemma table and word set in their compact form (vocabulary_store.py), built from the
# installed spacy-lookups-data into the user's cache; a run that finds none builds it itself
vocabulary: $(STAMP)
	$(BIN)/python -m samverkan.vocabulary_store

demo: $(STAMP) system-deps
	$(BIN)/samverkan run --out $(OUT)
	@echo "Tables are in $(OUT)/ (CSV files and corpus.duckdb)"

test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

examples: $(STAMP)
	$(BIN)/python scripts/make_examples.py

bench: $(STAMP) system-deps
	PYTHONWARNINGS='ignore:Editable installation' $(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf out .pytest_cache
