"""The command line: the annotate contract, the store commands, help for every command."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from newsgraph.cli.main import app
from tests.stores import db_for

SCHEMA = json.loads((Path(__file__).parent.parent / "newsgraph" / "schema" / "annotate.schema.json").read_text())
runner = CliRunner()


def all_commands(group=app, prefix=()):
    """Every (sub)command path of the Typer app."""
    import typer.main

    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, cmd in click_group.commands.items():
        path = (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from all_commands(cmd, path)
        else:
            yield path, cmd


def test_every_command_has_help_text():
    commands = list(all_commands())
    assert len(commands) >= 6
    for path, cmd in commands:
        assert (cmd.help or "").strip(), f"`newsgraph {' '.join(path)}` has no help text"
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)


def check_offsets(text: str, record: dict) -> int:
    checked = 0
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
            checked += 1
    for t in record["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
        checked += 1
    for c in record["claims"]:
        ev = c["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        checked += 1
    return checked


def test_annotate_seed_follows_the_contract(shared_dir, seed_article):
    result = runner.invoke(app, ["annotate", str(shared_dir / "seed" / "gypsy-kim-2024-01-04.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, SCHEMA)
    assert record["published"] == "2024-01-04"
    assert len(record["entities"]) >= 5 and record["times"]
    assert check_offsets(seed_article.text, record) > 50


def test_annotate_jsonl_keeps_ids_and_offsets(tmp_path):
    rows = [
        {"id": "w1", "published": "2022-03-02", "text": "Ana Ruiz joined the Lisbon orchestra in 2019. She plays the cello."},
        {"id": "w2", "published": "2022-03-03", "text": "The orchestra will tour Japan next spring, its director said."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = runner.invoke(app, ["annotate", "--jsonl", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["id"] for r in records] == ["w1", "w2"]
    for row, record in zip(rows, records):
        jsonschema.validate(record, SCHEMA)
        check_offsets(row["text"], record)
    assert any(e["name"] == "Ana Ruiz" and e["type"] == "PERSON" for e in records[0]["entities"])


def test_ingest_seed_then_store_commands(tmp_path, shared_dir):
    db = db_for(tmp_path, "cli.db")  # a file, or a postgresql:// URL in the PostgreSQL pass
    seed = str(shared_dir / "seed" / "gypsy-kim-2024-01-04.txt")
    first = runner.invoke(app, ["ingest", seed, "--db", db, "--format", "json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout.splitlines()[-1])["stored"] == 1
    again = runner.invoke(app, ["ingest", seed, "--db", db, "--format", "json"])
    assert json.loads(again.stdout.splitlines()[-1])["duplicates"] == 1

    listed = json.loads(runner.invoke(app, ["articles", "--db", db, "--format", "json"]).stdout)
    assert listed["total"] == 1 and listed["articles"][0]["published"] == "2024-01-04"
    article_id = listed["articles"][0]["id"]
    shown = json.loads(runner.invoke(app, ["show", article_id[:10], "--db", db, "--format", "json"]).stdout)
    assert shown["id"] == article_id and shown["text"]

    people = json.loads(runner.invoke(app, ["entities", "--db", db, "--type", "PERSON", "--format", "json"]).stdout)
    assert people and all(p["type"] == "PERSON" for p in people)

    hits = json.loads(runner.invoke(app, ["search", "prison reform", "--db", db, "--format", "json"]).stdout)
    assert hits and all("prison" in h["text"].lower() or "reform" in h["text"].lower() for h in hits)
    assert all(shown["text"][h["start"]:h["end"]] == h["text"] for h in hits)


def test_ingest_reports_refusals_and_fails_only_when_nothing_read(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("")
    db = str(tmp_path / "x.db")
    only_bad = runner.invoke(app, ["ingest", str(inputs / "empty.txt"), "--db", db, "--format", "json"])
    assert only_bad.exit_code == 1
    assert "empty.txt" in only_bad.stderr
    (inputs / "good.txt").write_text(" date 2021-06-01 Ines Vale won the regional chess final in Porto.")
    mixed = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--format", "json"])
    assert mixed.exit_code == 0
    summary = json.loads(mixed.stdout.splitlines()[-1])
    assert (summary["stored"], summary["refused"]) == (1, 1)


def test_missing_store_article_is_a_clean_error(tmp_path):
    from newsgraph.store import open_store

    open_store(tmp_path / "e.db").close()
    result = runner.invoke(app, ["show", "nope", "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1
    assert "no article" in result.stderr


