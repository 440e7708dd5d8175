"""Curation decisions: applied, kept across restarts and new articles, undone, listed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.errors import CurationError, NotFoundError
from newsgraph.resolve import Curator, link_article, rebuild_links
from newsgraph.store import open_store
from tests.test_resolve import aliases_of, entity_of, make_article, partition
from tests.stores import db_for

CTX = [("Marlow County", "GPE"), ("Harlan Court", "ORG")]


def _fill(store):
    store.write_article(make_article("a1", "2020-01-01", [
        ("Clara Weller", "PERSON"), ("Nicholas Halvorsen", "PERSON"), *CTX]), linker=link_article)
    store.write_article(make_article("a2", "2020-01-02", [
        ("Dot Weller", "PERSON"), ("Nick Halvorsen", "PERSON"), *CTX]), linker=link_article)
    store.write_article(make_article("a3", "2020-01-03", [
        ("Nicholas Halvorsen", "PERSON"), ("Ruth Weller", "PERSON"), *CTX]), linker=link_article)


def test_merge_rename_split_survive_restart_and_new_articles(tmp_path):
    path = db_for(tmp_path, "c.db")
    store = open_store(path)
    _fill(store)
    curator = Curator(store)
    assert entity_of(store, "a1", "e1") != entity_of(store, "a2", "e1")
    curator.merge("Clara Weller", "Dot Weller")
    curator.rename("Nicholas Halvorsen", "Nico Halvorsen")
    _, springfield_b = curator.split("Marlow County", articles=["a3"], name="Marlow County (the other)")
    store.close()

    store = open_store(path)  # a restart
    curator = Curator(store)
    clara = entity_of(store, "a1", "e1")
    assert entity_of(store, "a2", "e1") == clara
    store.write_article(make_article("a4", "2020-02-01", [
        ("Dot Weller", "PERSON"), ("Nicholas Halvorsen", "PERSON"), *CTX]), linker=link_article)
    assert entity_of(store, "a4", "e1") == clara  # a new "Dot Weller" goes to the merged entity
    halvorsen = entity_of(store, "a4", "e2")
    assert halvorsen == entity_of(store, "a1", "e2")
    assert store.conn.execute("SELECT name FROM entities WHERE id = ?", (halvorsen,)).fetchone()[0] == "Nico Halvorsen"
    assert entity_of(store, "a3", "e3") == springfield_b.id != entity_of(store, "a1", "e3")
    kinds = [d.kind for d in curator.decisions()]
    assert kinds == ["merge", "rename", "split"]
    store.close()


def test_undo_restores_the_entities(store):
    _fill(store)
    curator = Curator(store)
    clara, dot = entity_of(store, "a1", "e1"), entity_of(store, "a2", "e1")
    merge = curator.merge(clara, dot)
    assert entity_of(store, "a2", "e1") == clara
    assert curator.find(str(dot)).id == clara  # the merged-away id still finds its entity
    curator.undo(merge.id)
    assert entity_of(store, "a2", "e1") != clara
    assert curator.decisions()[0].undone_at is not None
    with pytest.raises(CurationError):
        curator.undo(merge.id)
    rename = curator.rename("Nicholas Halvorsen", "Nico Halvorsen")
    curator.undo(rename.id)
    assert curator.find("Nicholas Halvorsen").name == "Nicholas Halvorsen"


def _merge_then_two_articles(path):
    """A store where Dot Weller was merged into Clara Weller, then one article named each: (merge, Clara's id)."""
    store = open_store(path)
    _fill(store)
    clara, dot = entity_of(store, "a1", "e1"), entity_of(store, "a2", "e1")
    merge = Curator(store).merge(clara, dot)
    # after the merge, one article names each side; both go to the merged entity
    store.write_article(make_article("a5", "2020-02-01", [("Dot Weller", "PERSON"), *CTX]), linker=link_article)
    store.write_article(make_article("a6", "2020-02-02", [("Clara Weller", "PERSON"), *CTX]), linker=link_article)
    assert entity_of(store, "a5", "e1") == entity_of(store, "a6", "e1") == clara
    store.close()
    return merge, clara


def test_undo_of_a_merge_relinks_articles_ingested_after_it(tmp_path):
    path = db_for(tmp_path, "u.db")
    merge, clara = _merge_then_two_articles(path)

    store = open_store(path)  # a restart between the merge and its undo
    curator = Curator(store)
    curator.undo(merge.id)
    dot_now = entity_of(store, "a2", "e1")
    assert dot_now != clara
    assert entity_of(store, "a5", "e1") == dot_now  # the later "Dot Weller" went back with her
    assert entity_of(store, "a6", "e1") == clara
    assert "Dot Weller" not in aliases_of(store, clara)
    assert aliases_of(store, dot_now) == {"Dot Weller"}
    counts = dict(store.conn.execute("SELECT id, article_count FROM entities WHERE id IN (?, ?)", (clara, dot_now)))
    assert counts == {clara: 2, dot_now: 2}

    # the same articles ingested without the merge give the same entities
    fresh = open_store(db_for(tmp_path, "fresh.db"))
    _fill(fresh)
    fresh.write_article(make_article("a5", "2020-02-01", [("Dot Weller", "PERSON"), *CTX]), linker=link_article)
    fresh.write_article(make_article("a6", "2020-02-02", [("Clara Weller", "PERSON"), *CTX]), linker=link_article)
    assert partition(store) == partition(fresh)
    fresh.close()
    store.close()


def test_not_same_is_never_bridged(store):
    store.write_article(make_article("n1", "2020-01-01", [("Clara Weller", "PERSON"), *CTX]), linker=link_article)
    store.write_article(make_article("n2", "2020-01-02", [("Dot Weller", "PERSON"), *CTX]), linker=link_article)
    Curator(store).not_same("Clara Weller", "Dot Weller")
    store.write_article(make_article("n3", "2020-01-03", [("Clara Weller", "PERSON", ["Dot Weller"]), *CTX]),
                        linker=link_article)
    assert entity_of(store, "n1", "e1") != entity_of(store, "n2", "e1")


def test_alias_remove_is_not_added_back(store):
    store.write_article(make_article("x1", "2020-01-01", [("Nicholas Halvorsen", "PERSON", ["Halvorsen"])]),
                        linker=link_article)
    curator = Curator(store)
    curator.alias_remove("Nicholas Halvorsen", "Halvorsen")
    store.write_article(make_article("x2", "2020-01-02", [("Nicholas Halvorsen", "PERSON", ["Halvorsen"])]),
                        linker=link_article)
    assert "Halvorsen" not in aliases_of(store, entity_of(store, "x2", "e1"))
    curator.alias_add("Nicholas Halvorsen", "Nicky H")
    assert "Nicky H" in aliases_of(store, entity_of(store, "x1", "e1"))


def test_ambiguous_and_missing_names_are_clear_errors(store):
    _fill(store)
    with pytest.raises(NotFoundError):
        Curator(store).merge("Marlow County", "Weller-nope")
    with pytest.raises(NotFoundError):
        Curator(store).find("Nobody Atall")
    store.write_article(make_article("z1", "2020-03-01", [("Anna Weller", "PERSON", ["Weller"]), *CTX]),
                        linker=link_article)
    store.write_article(make_article("z2", "2020-03-02", [("Ruth Weller", "PERSON", ["Weller"]), ("Elm", "GPE")]),
                        linker=link_article)
    with pytest.raises(CurationError) as err:
        Curator(store).find("Weller")
    assert "Anna Weller" in str(err.value) and "Ruth Weller" in str(err.value) and "Use an id" in str(err.value)


def test_rebuild_reapplies_decisions(store):
    _fill(store)
    curator = Curator(store)
    curator.merge("Clara Weller", "Dot Weller")
    curator.not_same("Clara Weller", "Ruth Weller")
    with store.transaction():
        result = rebuild_links(store)
    assert result.reapplied == 2 and not result.skipped
    assert entity_of(store, "a1", "e1") == entity_of(store, "a2", "e1")


def test_why_explains_a_link(store):
    _fill(store)
    exp = Curator(store).why("a1:e2", "a2:e2")
    assert exp.same and exp.name_match["kind"] == "nickname"
    assert any(link["reason"].get("name") == "nickname" for link in exp.links)


def test_cli_commands(tmp_path):
    from newsgraph.cli.app import app
    from newsgraph.cli.curate import register

    path = db_for(tmp_path, "cli.db")
    store = open_store(path)
    _fill(store)
    store.close()
    if not any(getattr(g, "name", None) == "entity" for g in app.registered_groups):
        register(app)
    runner = CliRunner()
    env = {"NEWSGRAPH_DB": str(path)}
    r = runner.invoke(app, ["entity", "merge", "Clara Weller", "Dot Weller"], env=env)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["entity", "merge", "Weller-none", "Dot Weller"], env=env)
    assert r.exit_code == 1 and "error" in r.output
    r = runner.invoke(app, ["decisions", "-f", "json"], env=env)
    assert json.loads(r.stdout)[0]["kind"] == "merge"
    r = runner.invoke(app, ["decisions", "undo", "1"], env=env)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["entity", "why", "a1:e2", "a2:e2", "-f", "json"], env=env)
    assert json.loads(r.stdout)["same"] is True


def test_a_merge_marked_before_links_were_numbered_undoes_after_the_upgrade(tmp_path):
    """0008 numbers links (``seq``) from SQLite's rowid, so a merge's ``links_mark`` kept before still holds."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from newsgraph.store.sqlite import MIGRATIONS

    path = tmp_path / "m.db"
    merge, clara = _merge_then_two_articles(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # back to the schema before links were numbered
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()

    store = open_store(path)  # upgrades again: seq from rowid
    assert not store.conn.execute("SELECT 1 FROM entity_links WHERE seq IS NULL OR seq != rowid").fetchone()
    assert store.links_after(clara, merge.payload["links_mark"]) == [("a5", "e1"), ("a6", "e1")]
    Curator(store).undo(merge.id)
    assert entity_of(store, "a5", "e1") == entity_of(store, "a2", "e1") != clara
    assert entity_of(store, "a6", "e1") == clara
    store.close()
