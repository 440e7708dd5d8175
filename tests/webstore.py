"""A real store for the API and browser tests: the example corpus plus an article that carries markup.

Built once per test process (ingest loads spaCy and annotates seventeen
articles) and copied for each test that writes, so tests stay independent.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples", ROOT / "tests" / "data" / "web"]


@cache
def built_store() -> Path:
    """Path of a store file holding the example corpus and the markup article (made once)."""
    from newsgraph.ingest import ingest
    from newsgraph.store import open_store

    path = Path(tempfile.mkdtemp(prefix="newsgraph-web-")) / "built.db"
    store = open_store(path)
    try:
        result = ingest(SOURCES, store)
    finally:
        store.close()
    assert result.stored >= 17, result.to_dict()
    return path


def store_copy(folder: Path) -> Path:
    """A fresh copy of the built store in ``folder`` (for a test that writes)."""
    target = folder / "web.db"
    shutil.copyfile(built_store(), target)
    return target
