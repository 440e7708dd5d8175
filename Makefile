# Two set-up commands for a fresh machine (see README):
#   make demo   install everything into .venv, ingest the example corpus into newsgraph.db, show people and a timeline
#   make test   install everything into .venv and run the whole test suite
PYTHON ?= python3.12
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: install demo test bench clean wordnet

install: wordnet $(VENV)/.installed

# WordNet's database (Debian's wordnet-base, /usr/share/wordnet) lets `ask` match a question's words to the
# articles' ("quit" ~ "resigned"). Installed with apt when this runs as root on a Debian-like machine; without
# it `ask` still works, matching by stems and word vectors only.
wordnet:
	@if [ ! -f /usr/share/wordnet/index.verb ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null 2>&1 || \
		{ apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null 2>&1; } || \
		echo "wordnet-base could not be installed: ask matches paraphrases by word vectors only"; \
	fi

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
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
