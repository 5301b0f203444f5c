# `make demo` and `make test` are the README's two commands: each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup setup-test clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

setup: $(BIN)/kg

setup-test: setup
	bash scripts/setup-test.sh

demo: setup
	KG_STORE=out/store $(BIN)/kg build
	KG_STORE=out/store $(BIN)/kg stats
	KG_STORE=out/store $(BIN)/kg partners
	KG_STORE=out/store $(BIN)/kg viz -o out/dealgraph.html

test: setup-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache
