"""The README says what the code does: every command and option is in its command list with help
text, and its Python example runs as written."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import typer.main

from newsgraph.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands(group=app, prefix=()):
    """(path, click command) of every command and group of the CLI."""
    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, cmd in click_group.commands.items():
        path = (*prefix, name)
        yield path, cmd
        if hasattr(cmd, "commands"):
            yield from commands(cmd, path)


def section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n#", start + len(title))
    return README[start:end if end > 0 else None]


def test_every_command_and_option_has_help_and_is_in_the_readme_command_list():
    listing = section("### Commands")
    listed_lines = [set(re.findall(r"[\w-]+", line)) for line in listing.splitlines()]
    seen = 0
    for path, cmd in commands():
        assert (cmd.help or "").strip(), f"`newsgraph {' '.join(path)}` has no help text"
        assert any(set(path) <= words for words in listed_lines), f"`newsgraph {' '.join(path)}` is not in the README"
        for param in cmd.params:
            name = "/".join(param.opts)
            assert (getattr(param, "help", None) or "").strip(), f"{name} of `{' '.join(path)}` has no help text"
            for opt in param.opts:
                if opt.startswith("--"):
                    assert re.search(rf"{re.escape(opt)}\b", listing), f"{opt} ({' '.join(path)}) is not in the README"
                    seen += 1
    assert seen > 40
    assert "--version" in listing


def test_the_readme_python_example_runs(tmp_path, monkeypatch):
    (code,) = re.findall(r"```python\n(.*?)```", section("### From Python"), flags=re.S)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGRAPH_DB", raising=False)
    printed: list[str] = []
    exec(compile(code, "README.md", "exec"), {"print": lambda *a: printed.append(" ".join(map(str, a)))})
    assert os.path.exists(tmp_path / "newsgraph.db")
    assert printed[0].startswith("Gypsy Rose Blanchard ")
    assert printed[-1].endswith("conflicts") and len(printed) >= 5
