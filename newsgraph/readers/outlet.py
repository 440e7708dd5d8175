"""The outlet of an article, by name: what the article says, else where it came from.

Every face of newsgraph (citations, profiles' source lists, timelines) names
the outlet an article came from, so a reader must always give one that a
person recognises, never an id. In order: the name the source states (a feed's
title, a page's site name, a JSONL ``source`` field, a text file's ``source:``
header), else the host of the article's URL without ``www.`` ("apnews.com"),
else what the caller knows of the file (a text file's name without its date
and extension).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

#: Host prefixes that say nothing about the outlet.
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "amp.", "mobile.")
#: A date at the start or end of a file name ("2015-06-16-", "_20150616"): the publication, not the outlet.
_DATE = r"\d{4}[-_.]?\d{2}[-_.]?\d{2}"
_LEADING_DATE = re.compile(rf"^{_DATE}(?:[-_ .]+|$)")
_TRAILING_DATE = re.compile(rf"[-_ .]+{_DATE}$")


def host_of(url: str | None) -> str | None:
    """The outlet part of a URL: "https://www.apnews.com/article/x" → "apnews.com" (None if none)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    return host


def file_outlet(path: str | Path) -> str | None:
    """A file's name as its outlet: the stem without a date ("2024-01-04-lee.txt", "lee-2024-01-04.txt" → "lee")."""
    stem = Path(str(path)).stem
    rest = _TRAILING_DATE.sub("", _LEADING_DATE.sub("", stem))
    return rest or stem or None


def outlet_name(source: str | None, url: str | None = None, fallback: str | None = None) -> str | None:
    """The outlet as named by the article, else its URL's host, else ``fallback``."""
    for value in (source, host_of(url), fallback):
        if value and value.strip():
            return value
    return None
