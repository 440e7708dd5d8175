"""A verb that names a manner of the asked act says the act happened: "stabbed" says "injured", "assassinated"
says "killed", "looted" says "stole".

Why: reporters ask in the general word ("was the guard injured?"), articles tell the particular act ("the guard
was stabbed"). WordNet files such a verb as a troponym of the general one ("to stab is to injure in a manner"),
so the particular act entails the general one, never the other way round: "the guard was hit" says nothing of a
shooting, and "B was not stabbed" says nothing of whether B was injured. So this gives a "Yes" only, and only
when:

- the asked verb is read in its first (most frequent) sense, and the article's verb in its own first sense is a
  direct troponym of that sense (no chain of hypernyms, no later sense: "plead" is a troponym of "appeal" only
  in a sense a court question does not mean);
- the claim says the act happened (``happened``/``ongoing``), not a wish, a plan or a negation, and not an
  attempt at it ("was shot *at*": fired on, maybe missed), in a sentence that negates nothing ("shot at twice but
  not hit");
- the participants are the question's: the question's first entity is the claim's subject by link, in the same
  voice ("was A injured?" by "A was stabbed", "did A injure B?" by "A stabbed B"); the caller checks the rest.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from . import polarity
from .lexicon import LIGHT_VERBS
from ..lexicon.wordnet import wordnet
from .words import BE_FORMS, IRREGULAR, tokens

if TYPE_CHECKING:
    from .types import ClaimView

#: The verb weight (``ask.score``) of a claim whose verb is a manner of the asked one, or its opposite
#: (``polarity.contrary``): enough to rank it with the claims that say the asked verb, below any that say it or a
#: synonym (0.85 and up), which decide either verdict; these decide one verdict each, by their own checks.
MANNER = 0.6


@lru_cache(maxsize=4096)
def manners_of(asked: str) -> frozenset[str]:
    """The verbs (WordNet lemmas) whose first sense is a direct troponym of ``asked``'s first verb sense
    ("injure" → stab, maim, shoot, …), light verbs left out ("get", "take": their first senses say little)."""
    net = wordnet()
    out: set[str] = set()
    if net is None:
        return frozenset(out)
    for base in net.base_forms(IRREGULAR.get(asked, asked), "v"):
        first = net.synset_offsets(base, "v")[:1]
        synset = net.synset(first[0], "v") if first else None
        for offset, pos, _number in synset.related("~") if synset else ():
            kind = net.synset(offset, pos)
            for lemma in kind.words if kind else ():
                if lemma.split()[0] not in LIGHT_VERBS and net.synset_offsets(lemma, "v")[:1] == [offset]:
                    out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=65536)
def names_manner(asked: str | None, said: str | None) -> bool:
    """Whether the article's verb ``said`` (a lemma), in its first sense, is a manner of the asked verb in its
    first sense ("stab" of "injure"; not "hit" of "shoot", nor "injure" of "stab")."""
    if not asked or not said or said == asked:
        return False
    net = wordnet()
    if net is None:
        return False
    bases = net.base_forms(said, "v") or [said]
    return any(base in manners_of(asked) for base in bases)


def bears_on(asked: str | None, said: str | None) -> bool:
    """Whether the article's verb ``said`` is a manner of the asked verb or its opposite (``names_manner``,
    ``polarity.contrary``): a claim that tells of the asked act in other words than its own."""
    return names_manner(asked, said) or polarity.contrary(asked, said)


def passive(words: list[str], verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` of a token list is a passive participle: a form of "be" (or "get")
    right before it, at most one adverb between ("was *later* released"), and no "-ing" form ("is leaving")."""
    if verb_at <= 0 or words[verb_at].endswith("ing"):
        return False
    before = [w for w in words[max(0, verb_at - 2):verb_at]]
    return bool(before) and (before[-1] in BE_FORMS | {"got", "get", "gets", "getting"} or
                             (len(before) == 2 and before[0] in BE_FORMS | {"got", "get"}))


def claim_passive(claim: ClaimView) -> bool:
    """Whether a claim is told in the passive voice: its parse said so, or its predicate reads as a passive."""
    return claim.args.get("voice") == "passive" or predicate_passive(claim.predicate)


def predicate_passive(predicate: str) -> bool:
    """Whether a claim's predicate ("was released on", "has been stabbed") is in the passive voice."""
    words = tokens(predicate)
    at = next((i for i, w in enumerate(words) if w not in BE_FORMS and w not in ("has", "have", "had", "got",
                                                                                  "get", "gets")), None)
    return at is not None and passive(words, at)


def question_passive(text: str, predicate: str) -> bool:
    """Whether a question asks its verb in the passive: it opens with a form of "be" ("was A injured?") or has
    "be"/"been" before its verb ("has A been charged?", "will A be freed?"), the verb no "-ing" form."""
    words = tokens(text)
    head = predicate.split()[0]
    if head not in words or head.endswith("ing"):
        return False
    before = words[:words.index(head)]
    return bool(before) and (before[0] in BE_FORMS or any(w in ("be", "been") for w in before))


def attempted(text: str, after: int, predicate: str) -> bool:
    """Whether a verb is read as an attempt, "at" right after it ("was shot at", "stabbed at him"): English marks
    an aim that may have missed so; ``after`` is where the verb ends in ``text``."""
    said = tokens(predicate)
    nxt = tokens(text[after:])[:1] if after else []
    return said[-1:] == ["at"] or nxt == ["at"]
