"""HTML fragments (feed summaries and contents) → plain text with paragraph breaks.

Feed entries carry their text as small HTML fragments, too short for
trafilatura's page heuristics (it looks for the main block of a whole page).
Here every block element becomes a paragraph, inline markup is dropped and
entities are decoded, so the nlp stage sees sentences, not tags.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption", "hr",
})
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "template")
_SPACES = re.compile(r"[^\S\n]+")
_BREAKS = re.compile(r"\s*\n\s*")


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"</?[A-Za-z][^>]*>|&#?\w+;", text))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: one paragraph per line, spaces collapsed."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.iter(*_DROP):
        bad.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:
        block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if block:
            parts.append("\n")
        if element.text and isinstance(element.tag, str):
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    text = _SPACES.sub(" ", "".join(parts))
    return _BREAKS.sub("\n", text).strip()
