"""Where a sentence refers to an entity without naming it: the resolver's sure readings, kept for retrieval.

The claim reader resolves every pronoun of a sentence ("He was with the FBI",
"By her release date, she …", "I" inside a speaker's own quote) and each
definite description it meets as a claim's phrase ("The Missouri native
said …") to the article's entities (``corefer.Resolver``). A claim keeps what
its subject or object stands for, but a sentence that yields no claim about
the entity ("He's with the Workers Party") is lost to a question about it,
which reads the sentences that *name* it. So, when a sentence is closed, its
resolved references are read from the resolver's memo and kept on the entity
(``Entity.references``; the store's ``sentence_refs``), at most one per
sentence and entity (the first), and only:

- a reading that is no guess (``Resolver.doubtful``), except a description the
  article itself gave the entity ("Ann Lee, a Missouri native, … The Missouri
  native"): the resolver marks every person description a guess, but one
  learned from an apposition, a copula, a title or an age of the same article
  is what that description stands for when it is the one person the article
  so describes (``Resolver.described``; two who carry it: no reference);
- in a sentence that does not name the entity (such a sentence is found by its
  name already).
"""

from __future__ import annotations

from ...models import Entity, Reference, description_key
from .corefer import FIRST_PLURAL, FIRST_SINGULAR, IT, SHE_HE, THEY, Resolver, head_noun
from .view import SentenceView

#: Pronouns whose resolution is kept: third person, and first person inside a quote (its speaker).
PRONOUNS = SHE_HE | THEY | IT | FIRST_SINGULAR | FIRST_PLURAL
#: Verbs whose "it" is often no one ("it was the first time that …", "it seems that …", "it took two days").
_DUMMY_IT_HEADS = frozenset({"be", "seem", "appear", "take", "remain", "look"})


def sentence_references(resolver: Resolver, view: SentenceView) -> list[tuple[str, Reference]]:
    """(local entity id, reference) of each entity the sentence refers to without naming it, its first
    sure reference; read after the sentence's claims, from what the resolver resolved in it."""
    named = {resolver.token_entity[t.i] for t in view.tokens() if t.i in resolver.token_entity}
    out: dict[str, Reference] = {}
    for t in view.tokens():
        ref = resolver.memo.get(t.i)
        if ref is None or ref.entity is None or ref.entity in named or ref.entity in out:
            continue
        if t.i in resolver.token_entity:
            continue  # a name (an alias read by its compound)
        found = _reference(resolver, view, t, ref.entity)
        if found is not None:
            out[ref.entity] = found
    return list(out.items())


def _reference(resolver: Resolver, view: SentenceView, t, entity: str) -> Reference | None:
    index = view.sentence.index
    if t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$"):
        if t.lower_ not in PRONOUNS or resolver.doubtful(t) or _dummy_it(view, t):
            return None
        return Reference(start=t.idx, end=t.idx + len(t.text), text=t.text, sentence=index, kind="pronoun")
    det = view.child(t, "det")
    if det is None or det.lower_ not in ("the", "this", "that"):
        return None  # (a name's head, an apposition: the sentence names the entity)
    learned = t.i in resolver.described  # the one person (or the last body) the article so describes
    if resolver.doubtful(t) and not learned:
        return None
    start = min(det.idx, t.idx)
    end = t.idx + len(t.text)
    return Reference(start=start, end=end, text=view.text_at(start, end), sentence=index, kind="description")


def _dummy_it(view: SentenceView, t) -> bool:
    """An "it" that may stand for nothing: an expletive ("It was the first time that …") is parsed like a subject,
    so "it" as the subject of "be" or a raising verb is not kept ("It is slated for June" is: its verb is
    another)."""
    if t.lower_ != "it":
        return False
    head = view.head(t)
    return t.dep_ == "expl" or head is not None and head.lemma_.lower() in _DUMMY_IT_HEADS


def described_as(entity: Entity) -> list[str]:
    """The head nouns the article describes a person by: its descriptions ("Ann Lee, the defendant", "a 15-year-old
    boy") and the descriptions kept as its references ("the nominee"); what a question may call them by ("How old
    is the defendant?"). Other kinds of entity are left out: "the company" is any company."""
    if entity.type != "PERSON":
        return []
    texts = [d.text for d in entity.descriptions] + [r.text for r in entity.references if r.kind == "description"]
    heads = {description_key(h) for h in map(head_noun, texts) if h.replace("-", "").isalpha() and len(h) > 2}
    return sorted(heads)
