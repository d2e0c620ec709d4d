# Posventa Desk: `make run` opens the desk on the embedded demo database; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup demo bench clean-venv dist dist-check translations

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

# The one-folder desk for this platform (installer/posventa-desk.spec): dist/posventa-desk/ with posventa-desk and
# desk-admin inside; about 2 minutes. `make dist` always builds; `make dist-check` builds only when a source
# changed, then starts the built desk offscreen and checks it reaches the sign-in window (installer/smoke_test.py).
DIST         := dist/posventa-desk
DIST_STAMP   := $(VENV)/.installed-dist
DIST_SOURCES := pyproject.toml $(shell find desk resources installer -type f ! -name '*.pyc' ! -path '*/__pycache__/*')

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $@

define build-dist
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/posventa-desk.spec
	@du -sh $(DIST)
endef

dist: $(DIST_STAMP)
	$(build-dist)

$(DIST)/posventa-desk: $(DIST_SOURCES) | $(DIST_STAMP)
	$(build-dist)
	touch $@

dist-check: $(DIST)/posventa-desk
	$(BIN)/python installer/smoke_test.py $(DIST)

# Every text of desk/ui/ and every say() of the services into the Qt Linguist sources (resources/translations/
# desk_*.ts: translate the new ones, unfinished, there), then the compiled .qm files the desk loads
# (desk/ui/translations.py). Both are committed; tests/test_translations.py fails when a message is unfinished or a
# .qm is older than its .ts.
translations: $(STAMP)
	$(BIN)/python -m desk.ui.translations

clean-venv:
	rm -rf $(VENV)
