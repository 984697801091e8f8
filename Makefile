# minutebook: `make run` and `make test` work on a fresh clone (they run `make setup` first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test eval bench clean

setup: $(STAMP)

# Reinstall only when the dependency declarations change; constraints.txt pins the whole
# dependency tree so an install months from now resolves the same versions.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/python -m minutebook.sample data/raw > /dev/null
	$(BIN)/minutebook ingest data/raw --curated data/curated

test: setup
	$(BIN)/python -m pytest -q

eval: setup
	$(BIN)/python benchmarks/evaluate.py

bench: setup
	$(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf data/curated/* data/curated/.versions data/curated/.staging data/curated/CURRENT data/curated/.lock
	touch data/curated/.gitkeep
