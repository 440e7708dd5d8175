"""The command line as a user meets it: a real store on disk, the commands through Typer's runner
(or a real process), and what they print, exit with and leave behind.

Covers issue 12: stores never conjured, wrong input refused with exit 2 and one line, entity ids
that last through rebuild and merges, curation that refuses to undo itself silently, output that
fits and reads, ingest that can be stopped and resumed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli.main import app
from newsgraph.cli.output import readable
from newsgraph.resolve import link_article
from newsgraph.store import open_store
from tests.test_resolve import make_article

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

CTX = [("Marlow County", "GPE"), ("Harlan Court", "ORG")]


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture()
def db(tmp_path) -> str:
    """A store with three articles written out of publication order (as a crawl delivers them)."""
    path = tmp_path / "user.db"
    with open_store(path) as store:
        for article_id, day, people in (
            ("a3", "2020-01-03", [("Nicholas Halvorsen", "PERSON"), ("Ruth Weller", "PERSON")]),
            ("a1", "2020-01-01", [("Clara Weller", "PERSON"), ("Nicholas Halvorsen", "PERSON")]),
            ("a2", "2020-01-02", [("Dot Weller", "PERSON"), ("Nick Halvorsen", "PERSON")]),
        ):
            store.write_article(make_article(article_id, day, [*people, *CTX]), linker=link_article)
    return str(path)


def ids_by_name(db: str) -> dict[str, int]:
    result = run("entities", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    return {e["name"]: e["id"] for e in json.loads(result.stdout)}


# -- stores ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["entities"], ["articles"], ["profile", "Clara Weller"], ["timeline", "Clara Weller"], ["claims"],
    ["search", "court"], ["decisions"], ["entity", "rebuild"], ["entity", "rename", "1", "X"],
])
def test_a_wrong_db_creates_nothing_and_says_how_to_make_one(tmp_path, command):
    typo = tmp_path / "newsgrahp.db"
    result = run(*command, "--db", str(typo))
    assert result.exit_code == 1
    assert not typo.exists() and not list(tmp_path.iterdir())
    assert lines(result.stderr) == [f"error: no store at {typo}; create one with `newsgraph ingest PATH... "
                                    f"--db {typo}`"]


def test_ingest_into_a_missing_folder_fails_before_loading_the_model(tmp_path, monkeypatch):
    import newsgraph.nlp.pipeline

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded for a store that cannot be made")

    monkeypatch.setattr(newsgraph.nlp.pipeline, "Annotator", no_model)
    target = tmp_path / "no-such-folder" / "x.db"
    result = run("ingest", str(ROOT / "examples"), "--db", str(target))
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"error: cannot create store {target}: its folder does not exist"]
    assert not target.parent.exists()


def test_a_file_that_is_not_a_store_is_one_line_and_left_alone(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("shopping list\n")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path, why in ((text, "not an SQLite file"), (other, "an SQLite database without newsgraph's tables")):
        before = path.read_bytes()
        for command in (["entities"], ["ingest", str(tmp_path / "none")]):
            result = run(*command, "--db", str(path))
            assert result.exit_code == 1
            assert lines(result.stderr) == [f"error: {path} is not a newsgraph store ({why})"]
        assert path.read_bytes() == before
    assert "sqlalche" not in result.output and "Traceback" not in result.output


# -- arguments ------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["timeline", "Clara Weller", "--from", "2020-13"], "--from '2020-13' is not a date"),
    (["timeline", "Clara Weller", "--to", "yesterday"], "--to 'yesterday' is not a date"),
    (["timeline", "Clara Weller", "--from", "2020-02-30"], "--from '2020-02-30' is not a date"),
    (["profile", "Clara Weller", "--as-of", "01/02/2020"], "--as-of '01/02/2020' is not a date"),
    (["timeline", "Clara Weller", "--from", "2021", "--to", "2020-06"], "--from 2021-01-01 is after --to 2020-06-30"),
    (["entities", "--type", "people"], "--type 'people' is not one of PERSON, ORG, GPE"),
    (["claims", "--status", "happend"], "--status 'happend' is not one of happened, ongoing, planned"),
    (["entities", "--format", "xml"], "--format 'xml' is not one of table, json"),
    (["entity", "type", "1", "company"], "TYPE 'company' is not one of PERSON, ORG"),
])
def test_invalid_dates_and_values_exit_2_with_one_line(db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 2, result.output
    assert len(lines(result.stderr)) == 1 and message in result.stderr, result.stderr
    assert result.stdout == ""


def test_dates_months_years_and_any_case_values_are_accepted(db):
    for args in (["timeline", "Clara Weller", "--from", "2020", "--to", "2020-01"],
                 ["profile", "Clara Weller", "--as-of", "2020-01-02"], ["entities", "--type", "person"],
                 ["claims", "--status", "Planned"], ["entities", "-f", "JSON"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 0, (args, result.output)
    data = json.loads(run("entities", "--type", "gpe", "--db", db, "-f", "json").stdout)
    assert [e["type"] for e in data] == ["GPE"]


def test_version():
    from newsgraph import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"newsgraph {__version__}"


# -- ids that last ---------------------------------------------------------------------

def test_rebuild_keeps_every_id(db):
    before = ids_by_name(db)
    result = run("entity", "rebuild", "--db", db, "-f", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert ids_by_name(db) == before
    assert report["kept_ids"] == len(before) and report["new_ids"] == 0


def test_merged_ids_still_find_their_entity_after_rebuild(db):
    ids = ids_by_name(db)
    clara, dot = ids["Clara Weller"], ids["Dot Weller"]
    assert run("entity", "merge", "Clara Weller", "Dot Weller", "--db", db).exit_code == 0
    assert run("entity", "rebuild", "--db", db).exit_code == 0
    after = ids_by_name(db)
    assert after["Clara Weller"] == clara and "Dot Weller" not in after
    assert {n: i for n, i in after.items() if n != "Clara Weller"} == {
        n: i for n, i in ids.items() if n not in ("Clara Weller", "Dot Weller")}
    result = run("profile", str(dot), "--db", db, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["entity"]["id"] == clara
    shown = run("profile", str(dot), "--db", db)
    assert f"entity {dot} is now entity {clara}, Clara Weller (merged into it by decision 1)" in shown.stderr
    undone = run("decisions", "undo", "1", "--db", db)
    assert undone.exit_code == 0, undone.output
    assert ids_by_name(db)["Dot Weller"] == dot  # an undone merge gives the id back


def test_split_keeps_the_split_entity_id_and_rebuild_keeps_both(db):
    ids = ids_by_name(db)
    nick = ids["Nicholas Halvorsen"]
    split = run("entity", "split", "Nicholas Halvorsen", "--articles", "a2", "--db", db, "-f", "json")
    assert split.exit_code == 0, split.output
    new = json.loads(split.stdout)["new_entity"]["id"]
    assert new not in ids.values()
    assert run("entity", "rebuild", "--db", db).exit_code == 0
    after = set(ids_by_name(db).values())
    assert {nick, new} <= after


def test_an_ambiguous_name_lists_the_candidates(db):
    result = run("profile", "Weller", "--db", db)
    assert result.exit_code == 1
    (line,) = lines(result.stderr)
    assert "'Weller' names 3 entities" in line and "Clara Weller" in line and "Ruth Weller" in line
    assert "Give the full name or an id" in line


# -- curation ---------------------------------------------------------------------------

def test_merge_of_a_not_same_pair_needs_force(db):
    assert run("entity", "not-same", "Clara Weller", "Dot Weller", "--db", db).exit_code == 0
    refused = run("entity", "merge", "Clara Weller", "Dot Weller", "--db", db)
    assert refused.exit_code == 1
    assert "were marked not-same; merge anyway with --force" in refused.stderr
    assert len(json.loads(run("decisions", "--db", db, "-f", "json").stdout)) == 1
    forced = run("entity", "merge", "Clara Weller", "Dot Weller", "--force", "--db", db)
    assert forced.exit_code == 0, forced.output
    assert "Dot Weller" not in ids_by_name(db)


def test_a_rename_to_the_same_name_is_not_a_decision(db):
    result = run("entity", "rename", "Clara Weller", "Clara Weller", "--db", db)
    assert result.exit_code == 1 and "already named 'Clara Weller'" in result.stderr
    assert json.loads(run("decisions", "--db", db, "-f", "json").stdout) == []


def test_entity_type_lasts_through_new_articles_and_rebuild_and_undoes(db):
    court = ids_by_name(db)["Harlan Court"]
    result = run("entity", "type", str(court), "fac", "--db", db, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kind"] == "retype"

    def type_of() -> str:
        return json.loads(run("profile", str(court), "--db", db, "-f", "json").stdout)["entity"]["type"]

    assert type_of() == "FAC"
    with open_store(db) as store:  # a new article still calls it an organization
        store.write_article(make_article("a4", "2020-01-04", [("Clara Weller", "PERSON"), *CTX]),
                            linker=link_article)
    assert type_of() == "FAC"
    assert run("entity", "rebuild", "--db", db).exit_code == 0
    assert type_of() == "FAC" and ids_by_name(db)["Harlan Court"] == court
    assert run("decisions", "undo", "1", "--db", db).exit_code == 0
    assert type_of() == "ORG"


def test_curator_retype_is_the_library_call(db):
    from newsgraph.resolve import Curator

    with open_store(db) as store:
        decision = Curator(store).retype("Marlow County", "loc")
        assert decision.kind == "retype" and decision.payload["type"] == "LOC"
        assert "typed 'Marlow County' LOC (was GPE)" == decision.summary


# -- output ---------------------------------------------------------------------------

def test_piped_output_is_plain_lines_that_fit(db):
    result = run("entities", "--db", db, env={"COLUMNS": "60"})
    assert result.exit_code == 0
    assert not set("│┃─━┏┗╭╰") & set(result.stdout)
    assert all(len(line) <= 60 for line in result.stdout.splitlines())
    assert lines(result.stdout)[1].split() == ["id", "name", "type", "mentions", "articles", "aliases"]


def test_wide_prints_everything(db):
    names = ["Harlan Trust", "HT", "the Harlan Trust Company", "Harlan Trust Co.", "Harlan Savings Trust"]
    with open_store(db) as store:
        store.write_article(make_article("a5", "2020-01-05", [("Harlan Trust Company", "ORG", names)]),
                            linker=link_article)
    short = run("entities", "--db", db, env={"COLUMNS": "70"})
    wide = run("entities", "--db", db, "--wide", env={"COLUMNS": "70"})
    assert "…" in short.stdout and "…" not in wide.stdout
    assert all(len(line) <= 70 for line in short.stdout.splitlines())
    assert "HT, Harlan Savings Trust, Harlan Trust, Harlan Trust Co., the Harlan Trust Company" in wide.stdout


def test_times_read_as_text():
    assert readable("2023-12-28") == "28 Dec 2023"
    assert readable("2023-11") == "Nov 2023"
    assert readable("2016-W27") == "week of 2016-07-04"
    assert readable("2024-Q1") == "first quarter of 2024"
    assert readable("2019-SU") == "summer 2019"
    assert readable("201") == "2010s"
    assert readable("P3Y") == "3 years" and readable("PT1M") == "1 minute" and readable("P2M") == "2 months"
    assert readable("PRESENT_REF") == "now"
    assert readable("2024-01-05T10:30:00-05:00") == "5 Jan 2024 10:30"


def test_published_is_shown_one_way(db):
    result = run("articles", "--db", db)
    assert "1 Jan 2020" in result.stdout and "2020-01-01" not in result.stdout


def test_tables_fit_80_columns_in_a_terminal(tmp_path, db):
    env = {**os.environ, "COLUMNS": "80", "TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "0", "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "newsgraph", "entities", "--db", db], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "─" in out  # a table, since the output claims to be a terminal
    assert max(len(re.sub(r"\x1b\[[0-9;]*m", "", line)) for line in out.splitlines()) <= 80


# -- ingest ---------------------------------------------------------------------------

def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"story-{i:03d}.txt").write_text(
            f" date 2021-03-{i % 28 + 1:02d} Ines Vale{i} met the council of Porto on Monday. "
            f"The council said on Tuesday that Vale{i} would return in May. "
            f"Critics of the plan, led by Tomas Rio{i}, asked for a vote before the summer.", encoding="utf-8")
    return folder


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_ctrl_c_stops_cleanly_and_the_same_command_continues(tmp_path):
    corpus = _corpus(tmp_path / "news", 60)
    db = tmp_path / "stop.db"
    command = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db), "--quiet"]
    # Ctrl-C as a terminal sends it: a test run started in the background by a non-interactive shell ignores
    # SIGINT, and the ingest would inherit that (it then stops only when the signal lands inside a write)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    while _stored(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    done = _stored(db)
    assert 2 <= done < 60
    assert lines(err)[-1] == f"interrupted after {done} articles; run the same command again to continue"
    assert "Traceback" not in err
    again = subprocess.run([*command, "--format", "json"], capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout.splitlines()[-1])
    assert (summary["stored"], summary["duplicates"]) == (60 - done, done)
    assert _stored(db) == 60


def test_an_empty_folder_says_so_and_creates_no_store(tmp_path):
    (tmp_path / "empty").mkdir()
    db = tmp_path / "new.db"
    result = run("ingest", str(tmp_path / "empty"), "--db", str(db))
    assert result.exit_code == 1
    assert f"no articles found under {tmp_path / 'empty'}" in result.stderr
    assert not db.exists()


def test_readme_files_are_judged_by_content_and_skips_are_listed(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "story.txt").write_text(" date 2021-06-01 Ines Vale won the regional chess final in Porto.")
    (folder / "NOTICE.txt").write_text(" date 2021-06-02 Porto's council posted a notice: the market moves "
                                       "to the river front in July.")
    (folder / "README.md").write_text("# Corpus\n\nStories saved by the crawler; see `story.txt`.\n")
    (folder / "LICENSE").write_text("Permission is hereby granted, free of charge, to any person.\n")
    (folder / ".cache").write_text("x")
    db = str(tmp_path / "r.db")
    result = run("ingest", str(folder), "--db", db, "--verbose")
    assert result.exit_code == 0, result.output
    assert "read 2: stored 2" in result.stdout
    skipped = sorted(line for line in lines(result.stderr) if line.startswith("skipped"))
    assert skipped == [f"skipped {folder / '.cache'} (hidden)", f"skipped {folder / 'LICENSE'} (folder documentation)",
                       f"skipped {folder / 'README.md'} (folder documentation)"]
    quiet = run("ingest", str(folder), "--db", db, "-f", "json")
    assert json.loads(quiet.stdout)["skipped"] == 3


def test_an_oversize_file_names_max_bytes(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(" date 2021-06-01 " + "Ines Vale won the final. " * 20)
    result = run("ingest", str(big), "--db", str(tmp_path / "b.db"), "--max-bytes", "100")
    assert result.exit_code == 1
    assert "file too large" in result.stderr and "--max-bytes" in result.stderr


# -- the demo -----------------------------------------------------------------------------

def test_make_demo_is_a_short_summary_at_80_columns(tmp_path):
    env = {**os.environ, "COLUMNS": "80"}
    env.pop("MAKEFLAGS", None)
    db = tmp_path / "demo.db"
    result = subprocess.run(["make", "--no-print-directory", "demo", f"DB={db}"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    # measured as the user's `make demo` prints it, with its default store name
    shown = (result.stdout + result.stderr).replace(str(db), "newsgraph.db").splitlines()
    assert len(shown) <= 60, "\n".join(shown)
    assert max(len(line) for line in shown) <= 80
    text = "\n".join(shown)
    assert "$ newsgraph entities" in text and "timeline:" in text and "[1]" in text


def test_an_id_a_rebuild_folds_away_redirects_to_where_its_links_went(db):
    """Linking order can leave one person as two entities; a rebuild joins them and the lost id redirects."""
    from newsgraph.resolve import profiles

    ids = ids_by_name(db)
    nick = ids["Nicholas Halvorsen"]
    with open_store(db) as store, store.transaction():  # as if a2's "Nick" had been linked apart
        stray = profiles.create_entity(store, "Nick Halvorsen", "PERSON")
        profiles.move_links(store, [("a2", "e2")], stray, {"rule": "test"})
        profiles.rebuild_profile(store, stray)
        profiles.rebuild_profile(store, nick)
    assert ids_by_name(db)["Nick Halvorsen"] == stray
    report = json.loads(run("entity", "rebuild", "--db", db, "-f", "json").stdout)
    assert report["redirected"] == 1 and report["new_ids"] == 0
    assert ids_by_name(db) == ids
    shown = run("profile", str(stray), "--db", db, "-f", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["entity"]["id"] == nick
    assert f"entity {stray} is now entity {nick}, Nicholas Halvorsen (folded into it by a rebuild on" in shown.stderr
