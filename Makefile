# presslens: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := data/examples/ovks-2023
CORPUS ?= $(EXAMPLE)

.DEFAULT_GOAL := help
.PHONY: help install report notebook test test-fast fuzz lint format lab bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# uv makes the install fast; plain pip is the fallback when uv cannot be had. Bytecode is
	@# compiled at install (as pip does by default): the first import of pandas is then 0.3 s
	@# instead of over 1 s.
	@if $(BIN)/python -m pip install -q uv 2>/dev/null; then \
	  $(BIN)/uv pip install -q --compile-bytecode --python $(BIN)/python -e '.[dev,dask]'; \
	else \
	  $(BIN)/python -m pip install -q -e '.[dev,dask]'; \
	fi
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install presslens with its dev and dask extras

report: $(STAMP) ## render the example report to reports/ovks-2023.html (CORPUS=... for another)
	@mkdir -p reports
	$(BIN)/presslens report $(CORPUS) --output reports/$(notdir $(CORPUS)).html

NB ?= 03_quotes
notebook: $(STAMP) ## run notebooks/NB.py on CORPUS and export it to reports/NB.html
	@mkdir -p reports
	$(BIN)/jupytext --to ipynb --output reports/$(NB).ipynb notebooks/$(NB).py
	$(BIN)/papermill reports/$(NB).ipynb reports/$(NB).ipynb -p corpus "$(abspath $(CORPUS))" --cwd notebooks --no-progress-bar
	$(BIN)/jupyter nbconvert --to html reports/$(NB).ipynb

test: $(STAMP) ## run every test (notebooks and the report included)
	$(BIN)/python -m pytest

# The table tests alone: no notebooks, no report (nor its browser), no Dask cluster, no runs
# in subprocesses (hash seeds, faked clocks).
FAST := --ignore-glob='tests/test_notebooks*' --ignore-glob='tests/test_report*' \
	--ignore-glob='tests/test_dask*' -k 'not hash_seed and not any_clock and not on_dask'
test-fast: $(STAMP) ## run the table tests alone (no notebooks, report, browser, Dask)
	$(BIN)/python -m pytest -q $(FAST)

FUZZ_EXAMPLES ?= 300
fuzz: $(STAMP) ## long random fuzzing of every extractor and the loader (FUZZ_EXAMPLES=300 each)
	HYPOTHESIS_PROFILE=fuzz PRESSLENS_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check src tests benchmarks notebooks
	$(BIN)/ruff format --check src tests benchmarks notebooks

format: $(STAMP) ## ruff format and autofix
	$(BIN)/ruff format src tests benchmarks notebooks
	$(BIN)/ruff check --fix src tests benchmarks notebooks

lab: $(STAMP) ## open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP) ## run the benchmarks (needs ../shared/eval)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## remove .venv, reports and caches
	rm -rf $(VENV) reports .pytest_cache .ruff_cache
