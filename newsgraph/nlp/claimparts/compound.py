"""A "verb" that is the first word of a noun compound ("Bush *endangered species* rule", "an all-purpose *running
back*"): the tagger read a participle or a past form as the sentence's verb, though with the next word it names
a thing WordNet lists as one noun. A claim built on it ("Bush endangered", "all-purpose ran back") says what the
sentence never says, so it is kept for search and not shown."""

from __future__ import annotations

from spacy.tokens import Token  # (a parsed word: spaCy's or the store's ``Word`` of the same shape)

from ...lexicon.wordnet import wordnet
from .view import SentenceView

#: Verb forms a noun compound may open with ("endangered species", "running back", "living room").
_PARTICIPLE_TAGS = frozenset({"VBD", "VBN", "VBG"})
#: WordNet's noun files of beings and things (body, animal, artifact, food, group, location, object, person, plant,
#: substance): a compound that names one ("running back", "endangered species", "living room") is no act, where a
#: phrasal verb's noun ("carrying out", "turning away", "blowing up") names the verb's own act or its result.
_THINGS = frozenset({5, 6, 8, 13, 14, 15, 17, 18, 20, 27})
#: Words before a compound that no verb stands after ("*a* running back", "the *new* living room").
_BEFORE_A_NOUN = frozenset({"DET", "ADJ", "NUM"})


def noun_compound_verb(view: SentenceView, verb: Token) -> bool:
    """Whether ``verb`` and the word after it are one noun in WordNet, read as a noun by what stands around them:
    a noun right after the pair ("endangered species *rule*"), or a determiner, an adjective or a hyphened word
    right before it ("*all - purpose* running back"). "The bakery closed shop" (a noun in WordNet too) keeps its
    verb: nothing around it makes the pair a noun."""
    net = wordnet()
    if net is None or verb.tag_ not in _PARTICIPLE_TAGS:
        return False
    words = view.tokens()
    at = next((k for k, w in enumerate(words) if w.i == verb.i), None)
    if at is None or at + 1 >= len(words) or not words[at + 1].text.isalpha():
        return False  # (the next word may be tagged a particle: "running *back*")
    following = words[at + 1]
    forms = {following.lower_, *net.base_forms(following.lower_, "n")}
    senses = [net.synset(offset, "n") for form in forms for offset in net.synset_offsets(f"{verb.lower_} {form}", "n")]
    if not any(sense is not None and sense.lexfile in _THINGS for sense in senses):
        return False  # "carrying out", "turning away", "blowing up": the noun names the verb's own act
    after = words[at + 2] if at + 2 < len(words) else None
    before = words[at - 1] if at else None
    hyphened = at >= 2 and words[at - 2].text == "-"
    return (after is not None and after.pos_ in ("NOUN", "PROPN")) or \
        (before is not None and (before.pos_ in _BEFORE_A_NOUN or hyphened))
