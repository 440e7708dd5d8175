"""A list flattened into running text is not the subject of the clause after it.

Scraped pages and some wire feeds lose a bulleted list's line breaks: "the
plants affected: * Harbor Works of Orla * Dunmore Mill of Keswick, Ohio Acme's
stock fell 2%". Each "*" starts an item (``segment`` starts a sentence there),
but the last item runs on into the next sentence, and the parse takes the item,
a name or a place, as the subject of the clause it runs into. A clause in an
item, after items that had no verb (a list of names or places), whose subject
phrase starts where the item starts, is such a run-on: its subject is a guess
(``list_item_subject``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .view import SentenceView

#: Tokens that mark a list item in running text.
BULLETS = frozenset({"*", "•", "·", "▪", "◦", "‣", "●"})


def _verbless_item_before(view: SentenceView) -> bool:
    """Whether the words from the bullet before this sentence's to this one's are a verbless item."""
    words = view.doc.words
    k = view.lo - 1
    while k >= 0 and words[k].text not in BULLETS and view.lo - k < 40:
        if words[k].pos_ in ("VERB", "AUX"):
            return False
        k -= 1
    return k >= 0 and words[k].text in BULLETS and view.lo - k > 1


def list_item_subject(view: SentenceView, subj: Token | None) -> bool:
    """A subject whose phrase opens a list item that follows verbless items (module docstring)."""
    if subj is None or view.hi - view.lo < 2 or view.doc.words[view.lo].text not in BULLETS:
        return False
    left = min(t.i for t in view.subtree(subj))
    return left <= view.lo + 1 and _verbless_item_before(view)
