# Posventa Desk: `make run` opens the desk on the embedded demo database; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup demo bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-installs whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(STAMP)

# Upgrades the schema and fills the demo data on first run (only when the database has no customers).
demo: $(STAMP)
	$(BIN)/desk-admin upgrade
	$(BIN)/desk-admin seed-demo --if-empty

run: demo
	$(BIN)/desk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Loads a throwaway PostgreSQL with 1,000,000 customers, measures, then a 100,000-customer SQLite (BENCH_ARGS to change).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desk.bench.run $(BENCH_ARGS)

clean-venv:
	rm -rf $(VENV)
