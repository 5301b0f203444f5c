# `make demo` and `make test` are the README's two commands: each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test setup setup-test clean

# The build backend's notes go to a log, shown only if the install fails.
$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip > $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	$(BIN)/pip install --quiet -e '.[test]' >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	touch $(BIN)/kg

setup: $(BIN)/kg

setup-test: setup
	bash scripts/setup-test.sh

demo: setup
	KG_STORE=out/store $(BIN)/kg build
	KG_STORE=out/store $(BIN)/kg stats
	KG_STORE=out/store $(BIN)/kg partners
	KG_STORE=out/store $(BIN)/kg viz -o out/dealgraph.html
	@echo
	@echo "Try next (with KG_STORE=out/store, or .venv/bin/kg on the default store):"
	@echo '  .venv/bin/kg ask "Which Korean firms signed deals with OpenAI?"'
	@echo '  .venv/bin/kg path "Jason Kwon" "Chey Tae-won"'
	@echo '  .venv/bin/kg extract article.txt --published 2025-09-10 --json'
	@echo "and open out/dealgraph.html in a browser."

test: setup-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache
