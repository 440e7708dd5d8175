"""The faces (cli, api, web) and the query stage never reach into the nlp stage's internals.

Data flows readers → nlp → resolve → store → query → faces. A face may start the
nlp stage through its entry points (``nlp.pipeline.Annotator`` to ingest,
``nlp.model`` to find the spaCy model, ``nlp.encoder`` for the optional sentence encoder's vectors) and nothing else: word lists both stages
need live in ``newsgraph.lexicon``, so changing how the claim reader works
inside ``nlp.claimparts`` cannot break how the query stage says a claim. The
check reads each module's syntax tree (relative imports resolved, imports
inside functions included) and lists every offending line.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_store_layering import report

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsgraph"
#: Packages that must not import nlp internals.
GUARDED = ("cli", "api", "web", "query")
#: The nlp stage's entry points a face may use.
NLP_ENTRY_POINTS = frozenset({"newsgraph.nlp.pipeline", "newsgraph.nlp.model", "newsgraph.nlp.encoder"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(source: str, module: str, *, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in ``source``, read as module ``module``."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # "from .. import nlp" / "from ..nlp import claimparts": the names may be modules too
            found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
    return found


def offences(source: str, module: str, *, is_package: bool = False) -> list[tuple[int, str]]:
    """Imports of ``newsgraph.nlp`` other than its entry points."""
    out = []
    for line, name in imported(source, module, is_package=is_package):
        if not (name == "newsgraph.nlp" or name.startswith("newsgraph.nlp.")):
            continue
        if any(name == entry or name.startswith(entry + ".") for entry in NLP_ENTRY_POINTS):
            continue
        out.append((line, name))
    return sorted(set(out))


def guarded_modules() -> list[Path]:
    return sorted(p for pkg in GUARDED for p in (PACKAGE / pkg).rglob("*.py"))


def test_faces_and_query_import_only_the_nlp_entry_points():
    paths = guarded_modules()
    assert {p.relative_to(PACKAGE).parts[0] for p in paths} == set(GUARDED)
    found = report(paths, lambda source, path: [
        (line, f"imports {name}")
        for line, name in offences(source, _module_name(path), is_package=path.name == "__init__.py")])
    assert not found, "nlp internals imported outside the nlp stage:\n" + "\n".join(found)


def test_the_scan_finds_every_way_of_reaching_in():
    source = "\n".join([
        "from ..nlp.claimparts.lexicon import FAIL_VERBS",
        "import newsgraph.nlp.claims",
        "from ..nlp import claimparts",
        "from ..nlp.pipeline import Annotator",
        "def f():",
        "    from ..nlp.model import load_nlp",
        "    from newsgraph.nlp.names import HONORIFICS",
        "from ..lexicon.status import FAIL_VERBS",
    ])
    assert offences(source, "newsgraph.query.phrases") == [
        (1, "newsgraph.nlp.claimparts.lexicon"), (1, "newsgraph.nlp.claimparts.lexicon.FAIL_VERBS"),
        (2, "newsgraph.nlp.claims"), (3, "newsgraph.nlp"), (3, "newsgraph.nlp.claimparts"),
        (7, "newsgraph.nlp.names"), (7, "newsgraph.nlp.names.HONORIFICS"),
    ]
