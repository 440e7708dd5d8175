"""The query commands: JSON that is the library's result, tables that print, clean errors."""

from __future__ import annotations

import json

import pytest
import typer
from test_query_ask import assert_supported
from test_query_build import world
from typer.testing import CliRunner

from newsgraph.cli.query import register
from newsgraph.query import ask
from newsgraph.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    register(app)
    return app


@pytest.fixture()
def db(store):
    world(store)
    return store.path


def _json(app, *args):
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_query_command_has_help(app):
    for command in ("profile", "timeline", "connect", "ask", "open", "conflicts", "claims"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.output and "--format" in result.output


def test_json_of_each_command(app, db):
    data = _json(app, "profile", "Quinlan", "--db", db)
    assert data["entity"]["name"] == "Mara Quinlan" and data["sources"]
    data = _json(app, "timeline", "Mara Quinlan", "--db", db, "--with", "Renn", "--from", "2022", "--to", "2022")
    assert [e["date"] for e in data["entries"]] == ["2022-05"]
    assert data["entries"][0]["sources"] == ["Coastline Wire", "Daily Lantern"]
    data = _json(app, "connect", "Tobias Renn", "Harbor Trust", "--db", db)
    assert data["paths"][0]["nodes"][1]["name"] == "Mara Quinlan"
    data = _json(app, "ask", "Does Lena Ostrow follow Mara Quinlan?", "--db", db)
    assert data["answer"].startswith("No:") and data["citations"][0]["n"] == 1
    with open_store(db) as store:  # the JSON is the library's answer, which its citations back
        answer = ask(store, "Does Lena Ostrow follow Mara Quinlan?")
        assert json.loads(json.dumps(answer.to_dict())) == data
        assert_supported(store, answer)
    data = _json(app, "open", "--db", db)
    assert len(data) == 2 and all(loop["citations"] for loop in data)
    data = _json(app, "conflicts", "--db", db)
    assert {c["kind"] for c in data} == {"time", "number"}
    data = _json(app, "claims", "Lena Ostrow", "--db", db, "--status", "negated")
    assert [c["statement"] for c in data["claims"]] == ["Lena Ostrow does not follow Mara Quinlan"]


def test_tables_print(app, db):
    for args in (["profile", "Mara Quinlan"], ["timeline", "Mara Quinlan"], ["connect", "Renn", "Harbor Trust"],
                 ["ask", "Why does Mara Quinlan want to meet Lena Ostrow?"], ["open"], ["conflicts"], ["claims"]):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output)
        assert result.output.strip()
    result = runner.invoke(app, ["ask", "Why does Mara Quinlan want to meet Lena Ostrow?", "--db", db])
    assert "discuss river funding [1]" in result.output and "Coastline Wire" in result.output


def test_unknown_entity_is_a_clean_error(app, db):
    result = runner.invoke(app, ["profile", "Nobody Atall", "--db", db])
    assert result.exit_code == 1
    assert "no entity named 'Nobody Atall'" in result.output
    assert "Traceback" not in result.output


def test_tables_show_times_in_words_and_json_keeps_the_value(app, db):
    data = _json(app, "timeline", "Mara Quinlan", "--db", db, "--with", "Renn", "--from", "2022", "--to", "2022")
    entry = data["entries"][0]
    assert entry["value"] == "2022-05" and entry["display"] == "May 2022"  # a month said in words; the value stays ISO
    assert all(c["time"] is None or c["time_display"] for c in entry["claims"])
    result = runner.invoke(app, ["timeline", "Mara Quinlan", "--with", "Renn", "--db", db])
    assert result.exit_code == 0 and "May 2022" in result.output  # tables spell months out (cli.output.readable)
    conflicts = _json(app, "conflicts", "--db", db)
    for side in (s for c in conflicts if c["kind"] == "time" for s in c["sides"]):
        assert side["display"] and side["value"]
