"""Which words of a sentence say what a question's word says, and how surely.

A question word matches a sentence word at weight 1.0 when they share a stem
("resigned" ~ "resign"); 0.9 when WordNet puts them in one of the question
word's first senses ("quit" ~ "resign", "step down") or derives one from the
other ("resignation" ~ "resign"); 0.75 in a later sense; 0.65 when the
question's word is a kind of the other ("bought" ~ "acquired"), 0.55 the other
way round (too loose to decide alone: "paid" ~ "foot"); and, failing all
that, by word vectors at 0.8 × cosine when the cosine is at least 0.6. The
lists are computed once per word (cached) and keyed by stem, so matching a
claim costs set lookups. Multi-word lemmas ("step down") are keyed by their
stems joined with a space and match a sentence holding those words in order.
"""

from __future__ import annotations

from functools import lru_cache

from .vectors import vectors
from ..lexicon.wordnet import wordnet
from .words import FAMILY, IRREGULAR, family, stem, tokens

SAME = 1.0
SYNONYM = 0.9
LATER_SENSE = 0.75
KIND = 0.65
#: A narrower kind ("paid" → "spent", "foot the bill") is too loose alone: it ranks, never decides.
NARROWER = 0.55
#: Vector matches count only from this cosine up, at ``VECTOR_WEIGHT`` × cosine.
VECTOR_FLOOR = 0.6
VECTOR_WEIGHT = 0.8
#: A question word's first senses (most frequent first) whose words count as synonyms.
FIRST_SENSES = 2
#: Verbs too light to retrieve by: a paraphrase through them ("get" for "bought") matches nearly everything.
LIGHT_VERBS = frozenset({"be", "have", "do", "get", "take", "give", "go", "make", "come", "put", "set", "let",
                         "keep", "call", "pick", "lay", "top", "break", "fall", "pull", "throw", "knock", "sign"})
#: The verbs that are also auxiliaries ("has said", "did not", "was told"): WordNet gives them as synonyms of
#: heavier verbs ("have" for "own", "do" for "perform", "be" for "constitute"), but a sentence holds one almost
#: always, so as a paraphrase they would let any sentence say the asked verb.
AUXILIARY_VERBS = frozenset({"be", "have", "do"})
MAX_SENSES = 6


#: A word (as WordNet writes it) for each stem key ``related`` gave, so a key can be searched for as a word.
SURFACE: dict[str, str] = {}


def paraphrases(word: str, *, most: int) -> list[str]:
    """The surest single-word paraphrases of ``word`` as words (to search for), most sure first; among
    equally sure ones, forms built on it first ("director" for "directed"), then the commoner words."""
    base = stem(word)
    kin = [(-round(weight, 1), not key.startswith(base), -_senses(SURFACE[key]), key)
           for key, weight in related(word).items()
           if weight >= SYNONYM and key != base and " " not in key and key in SURFACE
           and SURFACE[key] not in LIGHT_VERBS]
    return [SURFACE[key] for *_, key in sorted(kin)[:most]]


@lru_cache(maxsize=8192)
def _senses(lemma: str) -> int:
    """How many senses WordNet gives a word (all parts of speech): common words have many ("movie" before "pic")."""
    net = wordnet()
    return sum(len(net.synset_offsets(lemma, pos)) for pos in ("n", "v", "a", "r")) if net else 0


def _key(lemma: str) -> str:
    return " ".join(stem(w) for w in tokens(lemma))


def phrase_stem(phrase: str) -> str:
    """A phrase's key as ``related`` writes its keys: each word stemmed ("give up" → "giv up")."""
    return _key(phrase)


@lru_cache(maxsize=8192)
def related(word: str) -> dict[str, float]:
    """Stem keys of the words that can say what ``word`` says, each with its weight (see the docstring)."""
    out: dict[str, float] = {stem(word): SAME}
    kin = family(word)
    for other, head in FAMILY.items():
        if head == kin and other not in out:
            out[other] = LATER_SENSE  # a family is looser than a synonym ("sentenced" ~ "served")
    net = wordnet()
    if net is None:
        return out

    def put(lemma: str, weight: float) -> None:
        if lemma in AUXILIARY_VERBS and word not in AUXILIARY_VERBS:
            return  # "own" ~ "have": an auxiliary stands in nearly every sentence, so it says nothing asked
        if _stem_shared(lemma) and stem(lemma) != stem(word):
            return  # "free" ~ "rid", whose stem is also "ride"'s: the key would find a bus ride
        key = _key(lemma)
        if key and out.get(key, 0) < weight:
            out[key] = weight
        SURFACE.setdefault(key, lemma)

    for pos in ("v", "n", "a"):
        for base in net.base_forms(word, pos):
            for rank, offset in enumerate(net.synset_offsets(base, pos)[:MAX_SENSES]):
                synset = net.synset(offset, pos)
                if synset is None:
                    continue
                weight = (SYNONYM + 0.05 if rank == 0 else SYNONYM) if rank < FIRST_SENSES else LATER_SENSE
                for lemma in synset.words:
                    put(lemma, weight)
                if rank >= FIRST_SENSES + 1:
                    for target, target_pos, number in synset.related("+", base.replace("_", " ")):
                        other = net.synset(target, target_pos)
                        if other is not None and 0 < number <= len(other.words) and \
                                _builds_on(other.words[number - 1], base):
                            put(other.words[number - 1], SYNONYM)
                    continue
                for symbol, weight in (("@", KIND), ("~", NARROWER)):
                    for target, target_pos, _number in synset.related(symbol):
                        other = net.synset(target, target_pos)
                        for lemma in other.words if other else ():
                            put(lemma, weight)
                for target, target_pos, number in synset.related("+", base.replace("_", " ")):
                    other = net.synset(target, target_pos)
                    if other is not None and 0 < number <= len(other.words):
                        derived = other.words[number - 1]
                        # a form built on the word itself ("director" of "direct", "payment" of "pay") says the
                        # same in any sense; another form ("death" of "die") only in the first senses
                        weight = SYNONYM if rank < FIRST_SENSES or _builds_on(derived, base) else KIND
                        put(derived, weight)
    return out


@lru_cache(maxsize=8192)
def _stem_shared(lemma: str) -> bool:
    """Whether a word's stem is also the stem of another English noun or verb, the same with or without a final
    "e" ("rid" / "ride", "plan" / "plane", "hop" / "hope"): the crude ``stem`` joins them, so a sentence word found
    by that key may be the other word, when the other is the commoner. The other word counts only as a noun or a
    verb: "quite", an adverb, leaves "quit" a good key."""
    net = wordnet()
    word = lemma.lower()
    if net is None or " " in word or "_" in word or len(word) < 3:
        return False
    other = word[:-1] if word.endswith("e") else word + "e"
    # (only when the other word is the commoner, by its senses: "ride" for "rid", not "wine" for "win")
    return stem(other) == stem(word) and any(net.synset_offsets(other, pos) for pos in ("n", "v")) and \
        _senses(other) >= _senses(word)


def _builds_on(derived: str, base: str) -> bool:
    """Whether a derived form is the base word with an ending ("director" ← "direct", "resignation" ← "resign")."""
    root = stem(base.replace("_", " "))
    return " " not in derived and len(root) >= 3 and stem(derived).startswith(root)


def phrase_keys(text: str) -> tuple[set[str], str]:
    """A text's stems and its stems in order as one string (for multi-word keys); a set of its own for each
    caller."""
    stems, ordered = _phrase_keys(text)
    return set(stems), ordered


@lru_cache(maxsize=16384)
def _phrase_keys(text: str) -> tuple[frozenset[str], str]:
    """``phrase_keys``, kept per text: ranking reads the same claim fields and sentences for every question word
    (``ask.score``: some 17,000 keys for 50 questions on a large store)."""
    stems = [stem(w) for w in tokens(text)]
    return frozenset(stems), " " + " ".join(stems) + " "


def match(word: str, stems: set[str], ordered: str, words: list[str] | None = None) -> float:
    """How surely some word (or run of words) of a text says ``word``: 0 when none does.

    ``stems`` and ``ordered`` come from ``phrase_keys``; ``words`` (the text's
    content words) are compared by vectors when nothing else matched.
    """
    best = 0.0
    for key, weight in related(word).items():
        if weight <= best:
            continue
        if (" " in key and f" {key} " in ordered) or key in stems:
            best = weight
            if best >= SAME:
                return best
    if best >= VECTOR_FLOOR or not words:
        return best
    return max(best, vector_match(word, tuple(words)))


@lru_cache(maxsize=65536)
def vector_match(word: str, words: tuple[str, ...]) -> float:
    table = vectors()
    if table is None:
        return 0.0
    cosine = max((table.similarity(word, w) for w in words if len(w) > 2), default=0.0)
    return VECTOR_WEIGHT * cosine if cosine >= VECTOR_FLOOR else 0.0


@lru_cache(maxsize=4096)
def related_lemmas(word: str) -> frozenset[str]:
    """Base forms a claim's lemma may have when it says ``word`` ("quit" → resign, step, …), for retrieval."""
    net = wordnet()
    out: set[str] = set()
    if net is None:
        return frozenset(out)
    keys = {k for k, weight in related(word).items() if weight >= NARROWER}
    for pos in ("v", "n", "a"):
        for base in net.base_forms(word, pos):
            for rank, offset in enumerate(net.synset_offsets(base, pos)[:MAX_SENSES]):
                synset = net.synset(offset, pos)
                linked = [synset] if synset else []
                if synset and rank <= FIRST_SENSES:
                    linked += [net.synset(o, p) for o, p, _ in synset.related("@~+")]
                for other in linked:
                    for lemma in other.words if other else ():
                        head = lemma.split()[0]
                        if _key(lemma) in keys and head not in LIGHT_VERBS:
                            out.add(head)
    return frozenset(out)


def mutual(a: str, b: str) -> float:
    """How surely two words say the same thing both ways: the weaker of the two directions.

    One direction alone lets a rare sense through ("arrested" has a sense
    "checked", but "checked" has no sense "arrested"); a verdict needs both.
    """
    if stem(a) == stem(b):
        return SAME
    return min(related(a).get(stem(b), 0.0), related(b).get(stem(a), 0.0))


#: How many of a word's first senses give its opposites ("open" → "close", "shut", "closed").
OPPOSITE_SENSES = 2


@lru_cache(maxsize=4096)
def opposites(word: str) -> frozenset[str]:
    """Stems of the words WordNet gives as the opposite of ``word`` in its first senses, as verb or adjective
    ("open" → close, shut, closed; "win" → lose): a lexical pointer from that very word."""
    return frozenset(_key(w) for w in opposite_words(word))


#: WordNet's verb files of a judgement, a word or a contest (cognition, communication, competition): there a verb
#: and its opposite answer one matter two exclusive ways ("accepted"/"rejected" the offer, "won"/"lost" the
#: final, "admitted"/"denied" it, "acquitted"/"convicted"); not of change, motion or possession, where both
#: may happen in turn ("opened" then "closed" the store, "bought" then "sold" the shares).
EXCLUSIVE_FILES = frozenset({31, 32, 33})


@lru_cache(maxsize=4096)
def opposite_words(word: str, *, exclusive: bool = False) -> frozenset[str]:
    """The words themselves that ``opposites`` gives the stems of ("accept" → "refuse", "reject"); with
    ``exclusive``, only those of the verb's first sense when it is in ``EXCLUSIVE_FILES`` ("accept" → "reject";
    not "enter" → "drop out", whose first sense is of motion: one may enter a race and drop out of it).""" 
    net = wordnet()
    out: set[str] = set()
    if net is None:
        return frozenset(out)
    for pos in ("v",) if exclusive else ("v", "a"):
        for base in net.base_forms(word, pos):
            for offset in net.synset_offsets(base, pos)[:1 if exclusive else OPPOSITE_SENSES]:
                synset = net.synset(offset, pos)
                if exclusive and synset is not None and synset.lexfile not in EXCLUSIVE_FILES:
                    continue
                for target, target_pos, number in synset.related("!", base) if synset else ():
                    other = net.synset(target, target_pos)
                    if other is not None and 0 < number <= len(other.words):
                        out.add(other.words[number - 1])
    return frozenset(out)


@lru_cache(maxsize=8192)
def first_sense_sayers(asked: str) -> frozenset[str]:
    """Stem keys of the verbs whose first sense is one of ``asked``'s senses ("recover", whose first sense is
    "recover, retrieve, find, regain", for "find"): read once per asked word, so a sentence's words are
    checked by a set lookup, not a WordNet read each."""
    net = wordnet()
    out: set[str] = set()
    if net is None:
        return frozenset(out)
    for base in net.base_forms(asked, "v"):
        for offset in net.synset_offsets(base, "v"):
            synset = net.synset(offset, "v")
            for lemma in synset.words if synset else ():
                if lemma != base and lemma.split()[0] not in LIGHT_VERBS and not _stem_shared(lemma) and \
                        next(iter(net.synset_offsets(lemma, "v")), None) == offset:
                    out.add(_key(lemma))
    return frozenset(out)


def first_sense_says(asked: str, said: str) -> bool:
    """Whether an article's verb, read in its first sense, is the asked verb ("the gun was *recovered*" says
    "found": the first sense of "recover" is "recover, retrieve, find, regain"; "she will *resign* the seat"
    says "give up"). ``mutual`` asks both words' first senses to hold each other and misses these: the asked
    verb has the article's sense late ("find" lists it ninth), but the article means its word's first sense.
    Never a light verb alone either side ("take", "get"): their senses say nearly anything ("give up" is
    a phrase of its own)."""
    if not asked or not said or said in LIGHT_VERBS or asked in LIGHT_VERBS or stem(asked) == stem(said):
        return False
    return _key(IRREGULAR.get(said, said)) in first_sense_sayers(asked)


#: How many senses of a sentence's noun are read, and how many steps up WordNet's hypernyms they may take, for it to
#: be a kind of the asked noun ("CEO" → "corporate executive" → "executive").
HYPONYM_SENSES = 2
HYPONYM_STEPS = 2


@lru_cache(maxsize=8192)
def hyponym_of(word: str, general: str) -> bool:
    """Whether a sentence's noun is, in one of its first senses, a kind of the asked noun (WordNet's hypernyms, a
    step or two up: a "CEO" is an "executive", a "prosecutor" a "lawyer"): what the sentence calls one, the
    question's word names too. Not the other way: an "executive" need not be the "CEO"."""
    net = wordnet()
    if net is None or not word or not general or stem(word) == stem(general):
        return False
    wanted = {o for b in net.base_forms(general, "n") for o in net.synset_offsets(b, "n")[:HYPONYM_SENSES + 1]}
    frontier = [o for b in net.base_forms(word, "n") for o in net.synset_offsets(b, "n")[:HYPONYM_SENSES]]
    for _step in range(HYPONYM_STEPS):
        above = [target for offset in frontier if (synset := net.synset(offset, "n")) is not None
                 for target, _pos, _n in synset.related("@")]
        if wanted & set(above):
            return True
        frontier = above
    return False
