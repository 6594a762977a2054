# Two commands: `make demo` and `make test`. Both create .venv and install eventwire into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench fuzz golden

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The summary is shown even when some articles failed (each failure is printed with its reason).
demo: $(STAMP)
	rm -f eventwire.duckdb eventwire.duckdb.wal
	-$(BIN)/eventwire ingest samples/wikinews_politics.jsonl --db eventwire.duckdb
	$(BIN)/eventwire summary --db eventwire.duckdb

test: $(STAMP)
	$(BIN)/python -m pytest

# Property-based fuzzing of extract with thousands of examples (CI runs a bounded profile in `make test`).
fuzz: $(STAMP)
	EVENTWIRE_FUZZ_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

# Rewrite tests/golden/ (the contract output of a few sample articles) after an intended change of output.
golden: $(STAMP)
	$(BIN)/python tools/regenerate_golden.py

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) eventwire.duckdb eventwire.duckdb.wal build dist src/*.egg-info
