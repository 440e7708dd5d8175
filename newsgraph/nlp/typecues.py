"""What the words around a name say it is: "Acme's CEO", "co-founder of Acme", "the Zoomly app",
"diagnosed with Keller syndrome".

spaCy's label for a name it has seen little of is often a guess: a company or an online service
read as a person or a place, a disease read as a person. The article's own words around the name
settle many of these, and they hold for any article:

- a company role in the name's possessive ("Acme's CEO", "Acme's shareholders") → an
  organization, and in its "of"/"at" phrase ("the co-founder of Acme", "employees at Acme") unless
  a place ("the CEO of North America" heads a region);
- a service or company noun after a name read as a person's ("the Zoomly app", "the Acme
  chain") → a product or an organization;
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
#: Nouns of an online service or a program that a name before them names ("the Zoomly app", "Mac apps").
SERVICE_NOUNS = frozenset("""
app apps platform website site service browser software
""".split())
#: Nouns of a company that a name before them names ("the Plendor chain").
COMPANY_NOUNS = frozenset("""
company firm corporation startup start-up chain brand
""".split())
#: Nouns of an illness that a name before them names ("Keller syndrome").
DISEASE_NOUNS = frozenset("""
disease syndrome disorder virus infection cancer fever flu palsy
""".split())
#: Verb + preposition that take an illness ("diagnosed with X", "suffering from X", "died of X").
_ILLNESS_FRAMES = {"diagnose": ("with",), "suffer": ("from",), "die": ("of", "from")}

#: The label of a disease: not one of ``models.ENTITY_TYPES``, so a name voted one is no entity.
DISEASE = "DISEASE"


def context_type(doc, start: int, end: int, label: str) -> str | None:
    """ORG, PRODUCT, DISEASE or None from the words around the name at ``[start, end)`` of ``doc``,
    which a reader labelled ``label``. A place stays a place but for a company role it owns ("Acme's
    CEO"; "the CEO of North America" runs a company's region) or an illness named after it ("Lyme
    disease"), and a service or company noun after the name overrules only a person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    head = root.head
    if head.i == root.i or head.i in range(span.start, span.end):
        return None
    head_word = head.lower_
    after = root.dep_ in ("compound", "nmod") and head.i > root.i and head.pos_ == "NOUN"
    if after and head_word in DISEASE_NOUNS:
        return DISEASE  # "Keller syndrome", "Lyme disease": whatever the name is elsewhere
    governor = head.head if root.dep_ == "pobj" and head.pos_ == "ADP" else None
    if governor is not None and governor.pos_ == "VERB" and head.lower_ in _ILLNESS_FRAMES.get(
            governor.lemma_.lower(), ()):
        return DISEASE  # "diagnosed with Keller"
    if root.dep_ == "poss" and head_word in COMPANY_ROLES:
        return "ORG"  # "Acme's CEO": no place has one
    if label in ("GPE", "LOC"):
        return None  # "the CEO of North America" runs a company's region; "the US company"
    if after and label == "PERSON":
        if head_word in SERVICE_NOUNS:
            return "PRODUCT"  # "the Zoomly app"
        if head_word in COMPANY_NOUNS or head_word in COMPANY_ROLES and head_word not in ("board", "stock", "shares"):
            return "ORG"  # "the Plendor chain", "Acme CEO Jane Doe"
    if governor is not None and head.lower_ in ("of", "at") and governor.lower_ in COMPANY_ROLES:
        return "ORG"  # "the co-founder of Acme", "employees at Acme"
    return None
