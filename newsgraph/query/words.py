"""Words without a parser: tokens, function words, a light stemmer, number words.

The query stage matches a question against claims and checks that an answer
says nothing its citations do not. Loading spaCy for that would cost a second
per question, and the job is small: compare words up to inflection ("thanked"
~ "thank", "met" ~ "meet", "following" ~ "follow"). So this module keeps a
stemmer of a few suffix rules plus the common irregular verbs, and the lists
of English function words both the question reader and the support check skip.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

#: English function words: never evidence of what a sentence asserts.
FUNCTION_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "over", "under", "after", "before", "since", "until", "while", "during", "through", "between", "among", "against", "without", "within", "across", "behind", "beyond", "near", "up", "down", "out", "off", "around", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "whether", "not", "no", "nor", "also", "too", "very", "just", "only", "even", "still", "ever", "never", "already", "as", "such", "some", "any", "all", "each", "every", "both", "either", "neither", "other", "another", "own", "same", "more", "most", "much", "many", "s", "'s", "t", "ll", "re", "ve", "d", "m"])

#: Question words and fillers a question carries around its content.
QUESTION_WORDS = frozenset(["why", "who", "whom", "whose", "what", "which", "when", "where", "how", "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "can", "could", "would", "should", "tell", "show", "about", "anything", "something", "happen", "happened", "happens", "happening", "connected", "connection", "related", "relation", "linked", "link", "between", "changed", "change", "since", "new", "news", "latest"])

#: Irregular plural nouns and their singulars (no verbs: "people" is never a verb form).
IRREGULAR_NOUNS = {
    "men": "man", "women": "woman", "children": "child", "people": "person", "wives": "wife", "lives": "life",
}

#: Irregular verb forms → the base form (general English, not any corpus's words); not a form that is also a common
#: name or noun ("Drew", "bore").
IRREGULAR = {
    "met": "meet", "said": "say", "says": "say", "told": "tell", "made": "make", "went": "go", "gone": "go",
    "goes": "go", "took": "take", "taken": "take", "gave": "give", "given": "give", "got": "get",
    "gotten": "get", "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "thought": "think", "brought": "bring", "bought": "buy", "caught": "catch", "taught": "teach",
    "fought": "fight", "sought": "seek", "found": "find", "held": "hold", "kept": "keep", "left": "leave",
    "lost": "lose", "paid": "pay", "sent": "send", "spent": "spend", "built": "build", "won": "win",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "began": "begin",
    "begun": "begin", "ran": "run", "sat": "sit", "stood": "stand", "understood": "understand",
    "led": "lead", "fled": "flee", "fell": "fall", "fallen": "fall", "felt": "feel", "heard": "hear",
    "meant": "mean", "read": "read", "became": "become", "chose": "choose", "chosen": "choose",
    "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat", "flew": "fly", "flown": "fly",
    "grew": "grow", "grown": "grow", "hid": "hide", "hidden": "hide", "rose": "rise", "risen": "rise",
    "sold": "sell", "shot": "shoot", "struck": "strike", "sang": "sing", "sung": "sing", "swore": "swear",
    "sworn": "swear", "threw": "throw", "thrown": "throw", "wore": "wear", "worn": "wear", "broke": "break",
    "broken": "break", "froze": "freeze", "frozen": "freeze", "stole": "steal", "stolen": "steal",
    "forgave": "forgive", "forgiven": "forgive", "forgot": "forget", "forgotten": "forget",
    "slew": "slay", "slain": "slay", "dealt": "deal", "dug": "dig", "fed": "feed", "hung": "hang",
    "lent": "lend", "lit": "light", "overcame": "overcome", "quit": "quit", "rode": "ride", "ridden": "ride",
    "rang": "ring", "rung": "ring", "shook": "shake", "shaken": "shake", "slept": "sleep", "swam": "swim",
    "woke": "wake", "woken": "wake", "wept": "weep", "withdrew": "withdraw", "withdrawn": "withdraw",
    "died": "die", "dying": "die", "tore": "tear", "torn": "tear", "drawn": "draw",
    "beaten": "beat", "bitten": "bite", "blew": "blow", "blown": "blow", "borne": "bear",
    "forbade": "forbid", "forbidden": "forbid", "overtook": "overtake", "overtaken": "overtake",
    "overthrew": "overthrow", "overthrown": "overthrow", "undertook": "undertake", "undertaken": "undertake",
    "upheld": "uphold", "withheld": "withhold", "sank": "sink", "sunk": "sink", "sprang": "spring",
    "sprung": "spring", "swept": "sweep", "swung": "swing", "stuck": "stick", "stung": "sting", "spun": "spin",
    "bled": "bleed", "sped": "speed", "slid": "slide", "strode": "stride", "mistook": "mistake",
    "shrank": "shrink", "shrunk": "shrink", "bred": "breed", "laid": "lay", "arose": "arise", "arisen": "arise",
    **IRREGULAR_NOUNS,
}

#: Number words → values, for "seven years" against "8 years".
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "dozen": 12, "half": 0.5, "a": 1, "an": 1,
}


def tokens(text: str) -> list[str]:
    """Word tokens, lower-cased, curly apostrophes straightened, possessive 's cut off. One answer reads the same
    few hundred sentences many times over (retrieval, ranking, each answer type's checks), so the split is cached;
    each caller gets its own list."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(word.lower().replace("’", "'").removesuffix("'s") for word in _TOKEN.findall(text))


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each token, as written (possessive 's kept outside the span)."""
    out = []
    for match in _TOKEN.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if word.lower().endswith(("'s", "’s")):
            end -= 2
            word = word[:-2]
        out.append((start, end, word))
    return out


def verb_spans(text: str, verb_stems: frozenset[str] | set[str], start: int = 0,
               stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each word of ``text[start:stop]`` whose stem is one of ``verb_stems``: the one
    scanner of "where does the sentence say this verb" (the slice is read on its own, as its callers cut it)."""
    return [(start + s, start + e) for s, e, word in token_spans(text[start:stop]) if stem(word) in verb_stems]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem good enough to match inflections: "thanked" → "thank", "met" → "meet"."""
    w = word.lower().replace("’", "'")
    w = IRREGULAR.get(w, w)
    if len(w) <= 3:
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("eed") and len(w) >= 6 and not w.endswith("ceed"):
        return _trim_e(w[:-1])  # "agreed" → "agree" → "agre", as "agree" (not "proceed", "succeed")
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if base[-1] == base[-2] and base[-1] not in "lsze":
                base = base[:-1]  # "planned" → "plan"
            return _trim_e(base)
    if w.endswith("es") and w[:-2].endswith(("sh", "ch", "x", "ss", "z")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return _trim_e(w)


def again_base(word: str) -> str | None:
    """The base a "re-" verb says again ("reopened" says "opened"), or None for any other word (long enough that
    "read" or "ready" is no "re-" verb)."""
    return word[2:] if word.startswith("re") and len(word) > 5 else None


def singular(noun: str) -> str:
    """A regular plural's singular by its spelling ("counties" → "county", "towns" → "town"); other words as
    they are. Callers check the result against their own nouns: "news" or "boss" is no plural."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def _trim_e(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str, *, skip: frozenset[str] = FUNCTION_WORDS) -> list[str]:
    """The words of ``text`` that carry content (function words and punctuation left out)."""
    return [w for w in tokens(text) if w not in skip]


def says_only(text: str, said: set[str]) -> bool:
    """Whether every content word of ``text`` is one of ``said`` (a plural's "-s" aside): a short answer made of a
    question's own words or names says the question back ("the scene" for "what was found at the scene?")."""
    words = [w for w in content_words(text) if w != "s"]
    return bool(words) and all(w in said or w.rstrip("s") in said or f"{w}s" in said for w in words)


def stems(text: str) -> set[str]:
    return set(_stems(text))


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _tokens(text))


#: Scale words said with a figure ("3 million"), no noun of what is counted.
SCALES = frozenset({"million", "billion", "trillion", "thousand", "hundred", "m", "bn", "k", "dozen"})
#: Units of measure and of time (stems): a figure said with one measures, it counts no people or things.
MEASURE_UNITS = frozenset(stem(w) for w in (
    "metre", "meter", "kilometre", "kilometer", "km", "mile", "foot", "feet", "yard", "inch", "kilogram", "kg",
    "pound", "ton", "tonne", "litre", "liter", "gallon", "acre", "hectare", "degree", "percent", "point", "year",
    "month", "week", "day", "hour", "minute", "second", "season", "decade", "century", "block"))


def unit_word(text: str) -> str | None:
    """The noun a figure is said with ("150 *metres*", "four NFL *seasons*"), if any."""
    words = [w for w in tokens(text) if w.isalpha() and w not in NUMBER_WORDS and w not in FUNCTION_WORDS
             and w not in SCALES]
    return words[-1] if words else None


def number_value(word: str) -> float | None:
    """The value of a digit string or a number word ("8", "8.5", "eight"), else None."""
    word = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    value = NUMBER_WORDS.get(word)
    return float(value) if value is not None and word not in ("a", "an") else None

#: Stems of verbs of saying: a question's "say" matches a claim that proposed, posted or wrote.
SPEECH_STEMS = frozenset(stem(w) for w in ["say", "tell", "post", "write", "tweet", "state", "propose", "announce", "claim", "add", "declare", "note", "insist", "suggest", "reply", "respond", "quote", "comment", "remark", "reveal", "explain", "argue", "admit", "deny", "urge"])

#: Families of general English words that ask about the same kind of event ("released" ~ "paroled",
#: "sentenced" ~ "serving", "married" ~ "husband"); a word's family is the first word of its line.
_FAMILIES = """
release free parole freed leave walk
sentence serve spend term
marry wed husband wife spouse marriage
die death dead kill murder stab
meet meeting
arrest detain custody
convict guilty plead verdict
premiere air release debut
win award
"""
FAMILY: dict[str, str] = {}
for _line in _FAMILIES.strip().splitlines():
    _words = _line.split()
    for _w in _words:
        FAMILY.setdefault(stem(_w), stem(_words[0]))


def family(word: str) -> str:
    """The family of a word's stem ("paroled" → "releas"), or the stem itself."""
    s = stem(word)
    return FAMILY.get(s, s)


#: The auxiliaries a yes/no question opens with ("*Did* A resign?", "*Is* the plant open?"), the one list the query
#: stage reads them from: the ones of *be* (a state asked in so many words), of *have*, and the others.
BE_OPENERS = ("is", "are", "was", "were")
HAVE_OPENERS = ("has", "have", "had")
YES_NO_OPENERS = ("did", "does", "do", *HAVE_OPENERS, *BE_OPENERS, "will", "can", "could", "would", "should")
#: The same, negated ("*Didn't* A resign?"): still a yes/no question.
NEGATED_OPENERS = ("didn't", "doesn't", "hasn't", "haven't", "isn't", "wasn't", "weren't", "won't")
#: Modals that open a yes/no question too but are also a month's name ("May 5 …"): read only where a question is
#: already known to be one.
MODAL_OPENERS = ("may", "might")

#: The forms of "be" before a passive participle.
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Kin nouns (stems): a relative of a named person often bears the same family name ("the boy's father, Tom Lee" for
#: Ann Lee's father), so a name sharing the asked one's surname may be the answer, not the asked one.
KIN_STEMS = frozenset(stem(w) for w in (
    "father", "mother", "parent", "son", "daughter", "child", "brother", "sister", "sibling", "wife", "husband",
    "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
    "granddaughter", "grandchild", "grandparent", "stepfather", "stepmother", "stepson", "stepdaughter",
    "father-in-law", "mother-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law",
    "great-uncle", "great-aunt", "relative", "twin"))


def inflected_verb(word: str) -> bool:
    """Whether a lower-case word reads as an inflected verb by its form alone: an "-ed" ending or an irregular form
    ("took", "taken", "says"); "retired" and "wed" do, "music" does not."""
    return word.endswith("ed") or IRREGULAR.get(word, word) != word


def passive_participles(text: str) -> set[str]:
    """A question's passive participles ("where was the body *taken*?", "the deal was *signed* when?"): a participle
    form (not the base: "taken", "signed") after a form of "be", or ending a question whose auxiliary is "be". A light
    verb in that form carries the question's meaning, and is its predicate."""
    words = [w.lower() for _s, _e, w in token_spans(text)]
    be_asked = bool(set(words[:2]) & BE_FORMS)
    out = set()
    for index, word in enumerate(words):
        if not inflected_verb(word):
            continue
        if (index and words[index - 1] in BE_FORMS) or (be_asked and index == len(words) - 1):
            out.add(word)
    return out
