# Two set-up commands for a fresh machine (see README):
#   make demo   install everything into .venv, ingest the example corpus into newsgraph.db, show people and a timeline
#   make test   install everything into .venv and run the whole test suite
PYTHON ?= python3.12
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: install demo test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,ray]'
	touch $@

demo: install
	$(BIN)/newsgraph ingest examples/ --db $(DB)
	$(BIN)/newsgraph entities --type PERSON --limit 12 --db $(DB)
	$(BIN)/newsgraph timeline "Gypsy Rose Blanchard" --db $(DB)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/resolve.py --quick
	$(BIN)/python bench/query.py --quick

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
