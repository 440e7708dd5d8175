"""Syndicated copies: a wire story and its lightly edited copies are one article with several outlets."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.ingest import ingest
from newsgraph.store import open_store
from newsgraph.store.syndication import THRESHOLD, jaccard, shingles
from tests.stores import db_for, move_schema

WIRE = """date: 2025-03-11
source: {outlet}

{dateline}The regional water authority of Tellmoor said on Tuesday that it would close the Brannock reservoir
for at least six weeks after engineers found cracks in the concrete spillway during a routine inspection.
Authority spokeswoman Idalia Vornhagen said the closure was a precaution and that drinking water supplies for
the roughly 40,000 residents of the valley would not be affected, because two smaller reservoirs and a
groundwater station can cover demand until the repairs are finished. The authority plans to lower the water
level by three meters over the next ten days so that divers and engineers can examine the lower part of the
structure. Farmers who draw irrigation water from the reservoir will receive a temporary allocation from the
northern canal, Vornhagen said. The Brannock dam was completed in 1968 and was last renovated in 2004, when
the spillway gates were replaced. Local officials asked residents to avoid the shoreline and the footpath on
the dam crest while the work is under way.{footer}
"""

COPIES = [
    ("Valley Wire", "", ""),
    ("Tellmoor Gazette", "TELLMOOR — ", " Reporting by the Gazette staff."),
    ("North County Herald", "(NCH) ", " This story has been updated."),
    ("Riverside Daily", "", " Copyright Riverside Daily."),
]

UNRELATED = """date: 2025-03-11
source: Riverside Daily

The city council of Marrowgate approved a new budget for its public libraries on Monday, adding two mobile
reading vans and longer opening hours on weekends. Council member Oskar Lindqvale said the plan would be paid
for by a small increase in parking fees in the city center, and that the first van would start its rounds in
the eastern districts in May. Librarians welcomed the decision but warned that staffing remained short.
"""

SAME_EVENT = """date: 2025-03-12
source: Plains Observer

Engineers inspecting the spillway of the Brannock dam discovered cracking in its concrete, prompting water
officials in Tellmoor to shut the reservoir for six weeks or more. A spokeswoman for the authority, Idalia
Vornhagen, told reporters that tap water for valley households is safe: supplies will come from a pair of
smaller lakes and a well field. The reservoir will be drained by about three meters so divers can look at the
base of the dam, and irrigators will get water from the northern canal instead. Residents are being told to
stay away from the shore.
"""


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, (outlet, dateline, footer) in enumerate(COPIES):
        _write(folder, f"{i}-wire.txt", WIRE.format(outlet=outlet, dateline=dateline, footer=footer))
    _write(folder, "5-unrelated.txt", UNRELATED)
    _write(folder, "6-same-event.txt", SAME_EVENT)
    return folder


def test_copies_are_alike_and_rewordings_are_not():
    texts = [WIRE.format(outlet=o, dateline=d, footer=f) for o, d, f in COPIES]
    assert all(jaccard(shingles(texts[0]), shingles(t)) >= THRESHOLD for t in texts[1:])
    assert jaccard(shingles(texts[0]), shingles(SAME_EVENT)) < 0.2


def test_wire_story_and_copies_are_one_article_with_four_outlets(tmp_path, annotator):
    folder = _corpus(tmp_path)
    store = open_store(db_for(tmp_path, "s.db"))
    result = ingest([folder], store, annotator=annotator)
    assert (result.read, result.stored, result.copies, result.duplicates) == (6, 3, 3, 0)
    rows = {r.title or r.source: r for r in store.articles()}
    assert store.count_articles() == 3
    wire = [r for r in store.articles() if r.source == "Valley Wire"]
    assert len(wire) == 1
    assert wire[0].outlets == ("Valley Wire", "Tellmoor Gazette", "North County Herald", "Riverside Daily")
    others = [r for r in rows.values() if r.source != "Valley Wire"]
    assert sorted(r.outlets for r in others) == [("Plains Observer",), ("Riverside Daily",)]
    # the copies' claims are not stored a second time
    claims = store.conn.execute("SELECT count(*) FROM claims WHERE article_id = ?", (wire[0].id,)).fetchone()[0]
    assert claims == store.conn.execute("SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id "
                                        "WHERE a.source = 'Valley Wire'").fetchone()[0]

    again = ingest([folder], store, annotator=annotator)  # re-ingesting changes nothing
    assert (again.stored, again.copies, again.duplicates) == (0, 0, 6)
    assert store.conn.execute("SELECT count(*) FROM article_copies").fetchone()[0] == 3
    store.close()

    reopened = open_store(db_for(tmp_path, "s.db"))  # the LSH index survives a restart
    _write(folder, "7-late-copy.txt", WIRE.format(outlet="Late Edition", dateline="", footer=" (AP-style credit)"))
    late = ingest([folder / "7-late-copy.txt"], reopened, annotator=annotator)
    assert (late.stored, late.copies) == (0, 1)
    assert reopened.outlets([wire[0].id])[wire[0].id][-1] == "Late Edition"
    reopened.close()


def test_copy_in_the_same_parse_batch_is_caught_at_write(tmp_path, annotator):
    """Original and copy annotated together: the store's write-time check still links the copy."""
    from newsgraph.readers import read_paths

    folder = _corpus(tmp_path)
    articles = [a for a in read_paths([folder]) if a.source in ("Valley Wire", "Tellmoor Gazette")]
    store = open_store(db_for(tmp_path, "s.db"))
    outcomes = [store.add_article(a) for a in annotator.annotate_many(articles)]
    assert sorted(outcomes) == ["copy", "stored"]
    store.close()


def test_articles_and_citations_show_outlets(tmp_path, annotator):
    from newsgraph.cli.main import app
    from newsgraph.query.load import load_claims

    folder = _corpus(tmp_path)
    db = db_for(tmp_path, "s.db")
    store = open_store(db)
    ingest([folder], store, annotator=annotator)
    wire_id = store.conn.execute("SELECT id FROM articles WHERE source = 'Valley Wire'").fetchone()[0]
    keys = [tuple(r) for r in store.conn.execute("SELECT article_id, local_id FROM claims WHERE article_id = ?",
                                                 (wire_id,))]
    claims = load_claims(store, keys)
    assert claims and all(c.citation.carried_by == 4 for c in claims)
    assert claims[0].citation.to_dict()["outlets"][1] == "Tellmoor Gazette"
    store.close()

    out = CliRunner().invoke(app, ["articles", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert sorted(len(a["outlets"]) for a in data["articles"]) == [1, 1, 4]


def test_upgrade_indexes_articles_stored_before_the_migration(tmp_path, annotator):
    """A store written before 0007 gets its articles' band keys on upgrade, so later copies are found."""
    folder = _corpus(tmp_path)
    db = tmp_path / "s.db"
    store = open_store(db)
    ingest([folder / "0-wire.txt"], store, annotator=annotator)
    store.close()
    move_schema(db, "0006", down=True)  # back to the schema before syndication (0007)

    store = open_store(db)  # upgrades again: band keys recomputed from the stored text
    assert store.conn.execute("SELECT count(*) FROM article_bands").fetchone()[0] > 0
    result = ingest([folder / "1-wire.txt"], store, annotator=annotator)
    assert (result.stored, result.copies) == (0, 1)
    store.close()
