"""HTML pages (``.html``, ``.htm``, and WARC records) → one article.

trafilatura finds the article body among menus, footers and comments, and
gives the title, authors and site name (→ ``Article.source``). The
publication date is the page's own statement of it when there is one
(``article:published_time`` and similar meta tags, JSON-LD ``datePublished``),
which keeps the time and offset; otherwise htmldate's *original* date
(never the "updated" one), from markup and URL only: dates in the body text
are events, not the publication, so htmldate's extensive search is off.

A page without article text (a menu, a sign-in wall, an index page) is a
``ReadError``: trafilatura returns whatever text it can find, so we ask for
at least one line of prose.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import htmldate
import lxml.etree
import lxml.html
import trafilatura

from ..errors import ReadError
from ..models import Article
from .article import make_article
from .dates import DateError, ImpossibleDateError, normalize_date
from .files import declared_charset, decode_text, normalize_charset, one_line, read_bytes
from .identity import normalize_text
from .options import ReadOptions
from .outlet import file_outlet

logger = logging.getLogger(__name__)

#: A line of prose: this many words at least, ending as a sentence ends.
MIN_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")

# Meta tags (name, property or itemprop, lower case) that state the first publication.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "dc.date.issued", "dcterms.issued", "sailthru.date",
)


def has_prose(text: str) -> bool:
    """At least one line that reads like a sentence, not a menu or a button."""
    return any(
        len(line.split()) >= MIN_PROSE_WORDS and _SENTENCE_END.search(line.strip())
        for line in text.splitlines()
    )


def _jsonld_published(node) -> str | None:
    if isinstance(node, dict):
        value = node.get("datePublished")
        if isinstance(value, str):
            return value
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        if found := _jsonld_published(child):
            return found
    return None


def stated_published(html: str) -> str | None:
    """The publication date the page states in its metadata, as written, if any."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META and (content := (meta.get("content") or "").strip()):
            return content
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                found = _jsonld_published(json.loads(script.text))
            except (json.JSONDecodeError, RecursionError):
                continue
            if found:
                return found
    return None


def find_published(html: str, *, url: str | None, origin: str) -> str | None:
    """The page's publication date: stated in its metadata, else htmldate's original date.

    Raises ``ImpossibleDateError`` when the page states a date no calendar has;
    a stated date in a form we do not read is left to htmldate.
    """
    stated = stated_published(html)
    if stated:
        try:
            return normalize_date(stated)
        except ImpossibleDateError:
            raise
        except DateError:
            logger.debug("%s: stated date %r not ISO/RFC 2822; asking htmldate", origin, stated)
    try:
        return htmldate.find_date(html, original_date=True, extensive_search=False, url=url)
    except Exception:  # htmldate has no exception tree of its own; a failure means "no date"
        logger.debug("%s: htmldate failed", origin, exc_info=True)
        return None


def article_from_html(
    html: str, origin: str, *, url: str | None = None, fallback_published: str | None = None,
    fallback_source: str | None = None,
) -> Article:
    """One decoded HTML page → an ``Article``; ``ReadError`` if it holds no article.

    The outlet is the page's site name, else its URL's host, else ``fallback_source``.
    """
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_images=False,
        )
    except Exception as err:  # trafilatura and lxml raise many kinds on broken markup
        raise ReadError(origin, one_line(f"cannot parse the HTML ({err.__class__.__name__}: {err})")) from None
    text = (doc.text or "") if doc is not None else ""
    title = doc.title if doc is not None else None
    lines = text.splitlines()
    if title and lines and normalize_text(lines[0]) == normalize_text(title):
        text = "\n".join(lines[1:])  # the headline is the title, not the first sentence
    if not has_prose(text):
        raise ReadError(origin, "no article text found in the HTML page")
    try:
        published = find_published(html, url=url, origin=origin) or fallback_published
        return make_article(
            text,
            published=published,
            title=title,
            source=doc.sitename,
            url=url or doc.url,
            authors=[a for a in (doc.author or "").split(";") if a.strip()],
            origin=origin,
            fallback_source=fallback_source,
        )
    except DateError as err:
        raise ReadError(origin, f"bad publication date: {err}") from None


def decode_html(data: bytes, origin: str, options: ReadOptions, *, charset: str | None = None) -> str:
    """HTML bytes → str, honouring the charset the transport or the page declares."""
    return decode_text(
        data, origin, fallback_encoding=options.fallback_encoding,
        declared=normalize_charset(charset) or declared_charset(data),
    )


def read_html_file(path: Path, options: ReadOptions) -> Article:
    """An HTML file → one ``Article``."""
    origin = str(path)
    data = read_bytes(path, max_bytes=options.max_bytes)
    return article_from_html(decode_html(data, origin, options), origin, fallback_source=file_outlet(path))
