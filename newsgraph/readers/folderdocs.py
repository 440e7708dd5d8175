"""Whether a file named like a folder's documentation (README, LICENSE, NOTICE…) really is some.

Why by content: a corpus folder's ``README.md`` describing the corpus, read as
an article, would put its own words ("Sixteen short, dated news articles…")
into the store as news; but a crawl that saved a story as ``NOTICE.txt`` or
``readme`` holds news like any other file. The name only makes a file a
candidate; what it says decides:

- a date header (`` date YYYY-MM-DD ``, the crawl format) or a first line of a
  JSON object makes it an article, whatever its name;
- licence wording ("permission is hereby granted", "licensed under", "all
  rights reserved", "provided \"as is\"") makes it documentation;
- so does the shape of a document written for people reading a project:
  Markdown or reStructuredText headings, code fences, tables, or paths and
  commands in backticks.

Anything else named so is read as an article, as it would be under any name.
"""

from __future__ import annotations

import re
from pathlib import Path

#: File names (before the first ".", upper case) that may document a folder rather than hold news.
DOC_NAMES = frozenset({
    "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE", "AUTHORS", "CONTRIBUTING",
})
_HEAD_BYTES = 16384
_DATE_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\b")
_LICENCE = re.compile(
    r"permission is (?:hereby )?granted|licen[cs]ed under|all rights reserved|provided [\"“]?as is"
    r"|gnu (?:general|lesser) public licen[cs]e|creative commons|spdx-license-identifier|without warranty",
    re.IGNORECASE)
_DOC_SHAPE = re.compile(
    r"^(?:#{1,6} \S|```|~~~|\|.*\|\s*$|={3,}\s*$|-{3,}\s*$|\.\. \w+::)"  # headings, fences, tables, rst
    r"|`[^`\n]*(?:/|\.\w{2,5}\b|--\w)[^`\n]*`",  # `examples/`, `file.txt`, `cmd --option` in backticks
    re.MULTILINE)


def named_like_documentation(name: str) -> bool:
    """Whether the file's name is one projects use for documentation (any extension)."""
    return name.split(".", 1)[0].upper() in DOC_NAMES


def is_folder_documentation(path: Path) -> bool:
    """Whether a file named like documentation reads as documentation (see the module docstring)."""
    if not named_like_documentation(path.name):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", errors="replace").lstrip("\ufeff")
    except OSError:
        return False  # the reader will report why it cannot be read
    if _DATE_HEADER.match(head) or head.lstrip().startswith("{"):
        return False
    return bool(_LICENCE.search(head) or _DOC_SHAPE.search(head))
