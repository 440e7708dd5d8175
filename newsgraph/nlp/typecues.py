"""What the words around a name say it is: "Acme's CEO", "co-founder of Acme", "the Zoomly app",
"diagnosed with Keller syndrome".

spaCy's label for a name it has seen little of is often a guess: a company or an online service
read as a person or a place, a disease read as a person. The article's own words around the name
settle many of these, and they hold for any article:

- a company role in the name's possessive or "of"/"at" phrase ("Acme's chief executive", "the CEO
  of Acme", "employees at Acme", "shares of Acme") → an organization;
- a service or company noun the name modifies ("the Zoomly app", "the Acme platform") → an
  organization;
- a disease noun the name modifies, or a verb of illness it completes ("Keller syndrome",
  "diagnosed with Keller", "died of Keller") → a disease, which is no entity of ours.

``context_type`` gives one vote per mention; the entity reader weighs it with the others.
"""

from __future__ import annotations

#: Roles and belongings only a company has ("Acme's CEO", "co-founder of Acme", "Acme's shares").
COMPANY_ROLES = frozenset("""
ceo cto cfo coo cio founder co-founder cofounder chairman chairwoman shareholder shareholders
stockholders employee employees staffer staffers workforce subsidiary subsidiaries headquarters
shares stock board
""".split())
#: Nouns of a service or a company that a name before them names ("the Zoomly app").
SERVICE_NOUNS = frozenset("""
app apps platform website site service browser software company firm corporation startup start-up
network chain brand store
""".split())
#: Nouns of an illness that a name before them names ("Keller syndrome").
DISEASE_NOUNS = frozenset("""
disease syndrome disorder virus infection cancer fever flu palsy
""".split())
#: Verb + preposition that take an illness ("diagnosed with X", "suffering from X", "died of X").
_ILLNESS_FRAMES = {"diagnose": ("with",), "suffer": ("from",), "die": ("of", "from")}

#: The label of a disease: not one of ``models.ENTITY_TYPES``, so a name voted one is no entity.
DISEASE = "DISEASE"


def context_type(doc, start: int, end: int) -> str | None:
    """ORG, DISEASE or None from the words around the name at ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    head = root.head
    if head.i == root.i or head.i in range(span.start, span.end):
        return None
    head_word = head.lower_
    if root.dep_ == "poss" and head_word in COMPANY_ROLES:
        return "ORG"  # "Acme's CEO"
    if root.dep_ in ("compound", "nmod") and head.i > root.i and head.pos_ == "NOUN":
        if head_word in DISEASE_NOUNS:
            return DISEASE  # "Keller syndrome"
        if head_word in SERVICE_NOUNS:
            return "ORG"  # "the Zoomly app"
        if head_word in COMPANY_ROLES and head_word not in ("board", "stock", "shares"):
            return "ORG"  # "Acme CEO Jane Doe"
    if root.dep_ == "pobj" and head.pos_ == "ADP":
        governor = head.head
        if head.lower_ in ("of", "at") and governor.lower_ in COMPANY_ROLES:
            return "ORG"  # "the co-founder of Acme", "employees at Acme"
        preps = _ILLNESS_FRAMES.get(governor.lemma_.lower())
        if preps and head.lower_ in preps and governor.pos_ == "VERB":
            return DISEASE  # "diagnosed with Keller"
    return None
