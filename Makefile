# Two commands set up everything: `make demo` and `make test` (see README.md).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: demo test test-slow lint types unit bench bench-scale clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[dev,web,dask,bench]'
	touch $@ $(STAMP_RUN)

demo: $(STAMP_RUN)
	$(BIN)/newsfuse run examples/corpus --out out
	@echo "report: out/report.json  page: out/index.html  briefs: out/events/"

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: $(STAMP_DEV)
	$(BIN)/mypy

unit: $(STAMP_DEV)
	$(BIN)/pytest -q --durations=20  # the 20 slowest tests, to keep an eye on needless waits

test: lint types unit

# The slow end-to-end tests make test leaves out: kill -9 of the server mid-ingest, a Dask worker killed mid-run.
test-slow: $(STAMP_DEV)
	$(BIN)/pytest -q -m slow

# Quality and speed benchmarks against ../shared/data; results land in benchmarks/results/.
bench: $(STAMP_DEV)
	@set -e; for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script; done

bench-scale: $(STAMP_DEV)
	@set -e; for script in benchmarks/scale_*.py; do echo "== $$script"; $(BIN)/python $$script; done

# Opt-in (issue 9): a copy of the package with its hot modules compiled by mypyc, in build/compiled/ (never
# src/; demo and test stay pure Python). Run with it: PYTHONPATH=build/compiled $(BIN)/newsfuse run ...
# Every module then comes from the copy: rebuild after editing src/ (build_compiled.py --check says if stale).
.PHONY: compiled
compiled: $(STAMP_DEV)
	$(BIN)/python benchmarks/build_compiled.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
