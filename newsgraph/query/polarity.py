"""Whether a sentence denies what a yes/no question asks, or states a different value for it.

A "No" must rest on a cited sentence that says the opposite, never on silence.
Two shapes say so in plain English:

- a negation right before one of the question's words, with only auxiliaries,
  determiners and a few adverbs between ("did not have any suspects", "is not
  eligible", "no meeting has taken place", "never entered", "without injury",
  "refused to back it"), or an "un-" adjective of it ("unharmed"), in a
  sentence that says most of the question's other words too;
- another value of a thing that has one value per event: "sentenced to life"
  answers "sentenced to death?" (``ONE_VALUED``: general English verbs whose
  complement after a given preposition is single for one event);
- the opposite of the asked verb, done by the one the question asks about, for
  a verb of judgement, speech or contest whose opposite excludes it for one
  matter ("turned the offer down" answers "accepted it?", ``opposed``).

The caller checks who the sentence is about (the ranked claim it comes from
involves the question's entities); this module reads words only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import SYNONYM, first_sense_says, match, mutual, opposite_words, phrase_keys
from ..lexicon.wordnet import wordnet
from .words import FUNCTION_WORDS, MEASURE_UNITS, again_base, stem, token_spans, tokens

NEGATORS = frozenset({"not", "never", "no", "n't", "nobody", "none", "neither", "nor", "without", "t", "cannot"})
#: Words that may stand between a negation and the word it negates ("did not *yet* have *any* suspects").
_GAP = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "having", "do",
                  "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "yet",
                  "ever", "any", "a", "an", "the", "one", "to", "even", "also", "able", "his", "her", "their", "its",
                  "single", "formally", "officially", "publicly", "immediately", "directly", "personally",
                  # verbs of seeming and of calling pass a negation on to their complement: "did not appear to be
                  # hurt", "were not considered suspects" say "not hurt", "not suspects" as the article's own words
                  "appear", "appears", "appeared", "seem", "seems", "seemed", "considered", "deemed", "termed"})
#: At most this many gap words between the negation and the negated word.
_MAX_GAP = 3
#: Verbs whose complement after the preposition is one value per event: a sentence to one term, birth in one
#: place, death of one cause ("sentenced to life" is an answer to "sentenced to death?").
ONE_VALUED = {stem(verb): prep for verb, prep in [("sentence", "to"), ("condemn", "to"), ("bear", "in"),
                                                  ("born", "in"), ("die", "of"), ("elect", "as"), ("name", "as"),
                                                  ("appoint", "as")]}


def _says(word: str, token: str, *, least: float = 0.9) -> bool:
    """Whether a sentence token says the question's word (same stem, or a paraphrase at ``least``)."""
    if stem(word) == stem(token):
        return True
    if token in FUNCTION_WORDS or len(token) < 3:
        return False
    stems_, ordered = phrase_keys(token)
    return mutual(word, token) >= max(least, 0.85) or match(word, stems_, ordered) >= least or \
        first_sense_says(word, token)


#: ``_says`` for the modules that read a sentence's word against an asked one (``among``).
says_word = _says


#: Verbs that say their infinitive did not happen ("refused to support it", "declined to say", "failed to
#: pass"): a negation when "to" follows them.
REFUSING = frozenset({"refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining",
                      "fail", "failed", "fails", "failing"})


#: Gap words that only carry tense, aspect or a determiner ("did not appear *to be having the* problems"): a
#: negation reaches through them whatever their number, up to ``_MAX_SPAN`` words in all; only the others (an
#: adverb, a verb of seeming) count toward ``_MAX_GAP``.
_FREE = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had", "having", "do",
                   "does", "did", "to", "a", "an", "the", "any"})
#: At most this many words between the negation and the negated word.
_MAX_SPAN = 6


def noun_without(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` is a "without" that belongs to the noun right before it ("life *without* parole",
    "a room without windows", "coffee without sugar"): it says what kind of thing that noun is, no denial of
    anyone's act or state ("sentenced to life without parole" says nothing of being on parole). A verb's
    "without" ("released without bail", "escaped without injury") and a length's ("went days without food") deny.
    The noun is a word WordNet knows only as a noun."""
    if words[j] != "without" or j == 0:
        return False
    before = words[j - 1]
    if not before.isalpha() or before in FUNCTION_WORDS or stem(before) in MEASURE_UNITS:
        return False
    net = wordnet()
    return net is not None and bool(net.base_forms(before, "n")) and not net.base_forms(before, "v") and \
        not net.base_forms(before, "a") and not net.base_forms(before, "r")


def _negated_at(words: list[str], i: int, also: frozenset[str] = frozenset(), *, kinds: bool = True) -> bool:
    """Whether ``words[i]`` follows a negation with only gap words between ("did not *yet* have", "refused *to*
    support": a verb of refusing right before "to"); ``also`` are more words that may stand between, free (the
    question's own "same" in "did not have the same problems"). Not when the negation holds only until
    something (``held_until``: "will not reveal it until after she dies"). Without ``kinds``, a noun's "without"
    ("life without parole", ``noun_without``) negates nothing: a denial must deny an act or a state, while the
    wider reading keeps a Yes from a sentence that negates anything."""
    if held_until(words, i):
        return False
    gap = 0
    for j in range(i - 1, max(-1, i - 2 - _MAX_SPAN), -1):
        w = words[j]
        if (w in NEGATORS and (kinds or not noun_without(words, j))) or w.endswith("n't") or \
                (w in REFUSING and j + 1 < i and words[j + 1] == "to") or _yet_to(words, j, i):
            return True
        if w in _FREE or w in also:
            continue
        if w not in _GAP or gap >= _MAX_GAP:
            return False
        gap += 1
    return False


#: Words after a negated verb that bound the negation in time or by a condition: "did not arrive *until* Monday"
#: (it arrived), "will not reveal it *until* after she dies", "will not sign *unless* paid".
UNTIL = frozenset({"until", "till", "unless"})
#: How many words after the negated one are read for ``UNTIL`` (its clause: object and a short adjunct).
_UNTIL_REACH = 8
#: Words that end the negated word's clause before a bound could belong to it.
_CLAUSE_ENDS = frozenset({"and", "but", "because", "while", "although", "though", "so", "or", "said", "says",
                          "which", "who", "whom", "whose", "that", "where", "when"})  # (a relative clause's own
# "until" bounds its own verb: "did not attend the meeting, which lasted until midnight")


def held_until(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is followed in its clause by "until", "till" or "unless": a negation of it holds
    only for a while or on a condition ("did not arrive until Monday" says it did arrive; "will not reveal the name
    until after she dies" says nothing of after), so it is no "No" to whether it happened."""
    for w in words[i + 1:i + 1 + _UNTIL_REACH]:
        if w in UNTIL:
            return True
        if w in _CLAUSE_ENDS:
            return False
    return False


#: Forms of "have" and "be" before "yet to": "has yet to announce", "is yet to decide" say it has not happened.
_YET_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "am"})


def _yet_to(words: list[str], j: int, i: int) -> bool:
    """Whether ``words[j]`` is the "yet" of "has yet to …" before the word at ``i`` ("police have yet to identify
    the victim": not identified so far); not "yet" alone ("has yet more to say") nor "yet to" after another verb."""
    return words[j] == "yet" and j + 1 < i and words[j + 1] == "to" and j > 0 and words[j - 1] in _YET_AUX


def coverage(asked: list[str], text: str) -> float:
    """The share of the question's words a sentence says (paraphrases counted; "anyone", "else" not counted)."""
    asked = [w for w in asked if w not in _INDEFINITE]
    if not asked:
        return 0.0
    stems_, ordered = phrase_keys(text)
    words = tokens(text)
    return sum(1 for w in asked if match(w, stems_, ordered) >= 0.6 or
               any(first_sense_says(w, t) for t in words)) / len(asked)


def negated_words(text: str) -> set[str]:
    """The words a text negates ("life without parole" → {"parole"})."""
    words = tokens(text)
    return {w for i, w in enumerate(words) if i and w not in _GAP and _negated_at(words, i)}


@lru_cache(maxsize=1024)
def _question_negates(question: str) -> frozenset[str]:
    """``negated_words`` of a question, read once per question: ``denies`` runs once per sentence."""
    return frozenset(negated_words(question))


#: The words that negate the word right after them in a claim's predicate ("pleaded *not* guilty"); a narrower set
#: than ``NEGATORS``, which reads whole sentences.
_PREDICATE_NEGATORS = frozenset({"not", "never", "no"})


@lru_cache(maxsize=1024)
def _asked_unnegated(question: str) -> frozenset[str]:
    """The stems of the words a question asks unnegated, read once per question: ``negates_asked`` runs once per
    claim."""
    return frozenset({stem(w) for w in tokens(question)} - {stem(w) for w in _question_negates(question)})


def negates_asked(question: str, predicate: str) -> bool:
    """Whether a claim's predicate negates a word the question asks unnegated ("pleaded *not guilty*" for "did A
    plead guilty?", "was found *not* liable" for "was A found liable?"): the claim happened, but it says the asked
    thing did not."""
    said = tokens(predicate)
    asked = _asked_unnegated(question)
    return any(w in _PREDICATE_NEGATORS and stem(said[i + 1]) in asked for i, w in enumerate(said[:-1]))


#: The least share of the question's words other than the negated one a denial must say: the negated word alone
#: may be said of someone else ("the watchmen were not hurt" for "was the manager hurt?").
_OTHERS = 0.5


def denies(asked: list[str], text: str, *, question: str = "", cover: float = 0.5, verb: str | None = None) -> bool:
    """Whether ``text`` negates one of the ``asked`` words (the question's content words) and says at least
    ``cover`` of them: "police did not have any suspects" denies "do police have a suspect in the bombing";
    "the guards were unharmed" denies "were the guards hurt?" (``unsaid``). A word the question negates itself
    ("life without parole?") is no denial. With ``verb`` (the question's), "no" before another word than the
    verb ("no South Africans were killed") denies only a sentence that says that verb: it denies what the
    sentence says of them (killed), not what the question asks (hurt)."""
    negatable = [w for w in asked if w not in _question_negates(question)]
    if not negatable:
        return False
    text = withheld(asked, text)
    words = tokens(text)
    also = _LIKENESS & frozenset(tokens(question))
    # a looser paraphrase ("swap" ~ "exchange") is negated only in a sentence that says most of the question,
    # which must ask more than that one word ("never treated" is no answer to "did A abuse B?")
    least = 0.65 if len(asked) >= 2 and coverage(asked, text) >= 0.75 else 0.9
    hit, said = None, text
    for i, token in enumerate(words):
        base = unsaid(token)
        if base and i and any(_says(w, base, least=least) for w in negatable):
            if any(_says(w, other, least=least) and not _negated_at(words, j, kinds=False)
                   for j, other in enumerate(words) for w in negatable if j != i and unsaid(other) is None
                   and w not in FUNCTION_WORDS and _says(w, base, least=least)):
                return False  # "two guards were hurt; the driver was unharmed": the sentence says both
            others = [w for w in asked if not _says(w, base, least=least)]
            if others and coverage(others, text) < min(cover, _OTHERS):
                return False  # "the watchmen were unharmed" says nothing of the manager: the rest must be said
            hit, said = base, f"{text} {base}"
            break
        if i and any(_says(w, token, least=least) for w in negatable) and _negated_at(words, i, also, kinds=False):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if words[i - 1] == "not" and nxt == "only":
                continue
            if verb and words[i - 1] == "no" and not any(_says(verb, t) for t in words) and \
                    not _says(verb, token, least=least):
                continue  # "no South Africans were killed" is no answer to "were any South Africans hurt?"
            # one negated word denies one asked word (the verb when it says it); the others must be said by the
            # sentence's other words: "the results have not been released" says nothing of bail, though
            # "released" may say both "let out" and "bail"
            one = _one_said(asked, token, verb, least)
            others = [w for w in asked if w != one]
            rest = " ".join(words[:i] + words[i + 1:])
            if others and coverage(others, rest) < min(cover, _OTHERS):
                continue  # "the watchmen were not hurt" says nothing of the manager: the rest must be said too
            return _covered(asked, one, rest) >= cover
    return hit is not None and coverage(asked, said) >= cover


def _one_said(asked: list[str], token: str, verb: str | None, least: float) -> str:
    """The asked word a negated sentence word denies: the question's verb when the word says it, else the first
    asked word it says."""
    said = [w for w in asked if _says(w, token, least=least)]
    return verb if verb in said else said[0]


def _covered(asked: list[str], one: str, rest: str) -> float:
    """``coverage`` of the question's words by a denial of the asked word ``one``: that word, and the others as
    the rest of the sentence says them."""
    counted = [w for w in asked if w not in _INDEFINITE]
    if not counted:
        return 0.0
    others = [w for w in counted if w != one]
    return (len(counted) - len(others) + coverage(others, rest) * len(others)) / len(counted)


#: Words of likeness a question may say of its object ("did B have *the same* problems?"): a negation reaches
#: through them when the question says them too ("B did not appear to be having the same problems").
_LIKENESS = frozenset({"same", "similar"})
#: Verbs of giving a question may ask by ("was A granted bail?", "was A given a visa?", "allowed entry?").
GIVING = frozenset(stem(w) for w in ["grant", "give", "allow", "award", "permit"])
#: A passive "was denied N", "has been refused N": the subject did not get N (not "was denied *by*", "*to*").
_WITHHELD = re.compile(r"\b(is|are|was|were|be|been|being)\s+(?:denied|refused)\s+(?!(?:to|that|by|as|in|on|for)\b)",
                       re.IGNORECASE)


def withheld(asked: list[str], text: str) -> str:
    """The sentence with "was denied N" (or "refused N") read as "was not <the asked verb of giving> N", when the
    question asks whether someone was given something ("was A granted bail?": "A has been denied bail" says
    "not granted bail"). Only the passive: the one denied N is its subject, the one the question asks of ("A
    denied that B paid him" is A's word, no fact of B's paying). Not in a sentence that says the asked verb
    itself ("denied bail on Monday, granted bail on appeal"), and only of the thing the question asks given
    ("refused permission to enter" is no "not allowed to film")."""
    giving = next((w for w in asked if stem(w) in GIVING), None)
    if giving is None or any(stem(t) == stem(giving) for t in tokens(text)):
        return text
    things = [w for w in asked if w != giving]

    def read(m: re.Match) -> str:
        thing = next((w for w in tokens(text[m.end():])[:3] if w not in FUNCTION_WORDS), None)
        if thing is None or not any(_says(w, thing) for w in things):
            return m[0]  # "refused permission to enter" withholds permission, not what the question asks given
        return f"{m[1]} not {giving} "

    return _WITHHELD.sub(read, text)


def unsaid(token: str) -> str | None:
    """The word an "un-" adjective negates ("unharmed" → "harmed", "unsolved" → "solved"), when WordNet knows
    it as an adjective and never as a verb: "uncovered", "unveiled", "unloaded" are verbs that undo, not
    negations, and "united", "under" no "un-" words at all. None for any other token."""
    if not token.startswith("un") or len(token) < 6:
        return None
    net = wordnet()
    if net is None or net.base_forms(token, "v") or not net.base_forms(token, "a"):
        return None
    return token[2:]


#: Words that end a complement's value ("to life *in* prison *for* the killing").
_VALUE_ENDS = frozenset({"for", "after", "because", "on", "in", "at", "by", "over", "following", "with", "without",
                         "when", "while", "since", "as"})


def other_value(asked: list[str], predicate: str | None, text: str) -> str | None:
    """For a question on a one-valued complement ("sentenced to death?"), the sentence's different value
    after the same verb and preposition ("to seven life sentences"), else None."""
    if not predicate or stem(predicate) not in ONE_VALUED:
        return None
    prep = ONE_VALUED[stem(predicate)]
    try:
        wanted = {stem(w) for w in asked[asked.index(predicate) + 1:]}
    except ValueError:
        return None
    if not wanted:
        return None
    words = tokens(text)
    for i, token in enumerate(words):
        if stem(token) != stem(predicate):
            continue
        tail = words[i + 1:i + 6]
        if prep not in tail:
            continue
        value = []
        for w in words[i + 1 + tail.index(prep) + 1:][:6]:
            if w in _VALUE_ENDS:
                break
            value.append(w)
        said = {stem(w) for w in value if w not in FUNCTION_WORDS}
        if said and not (said & wanted):
            return " ".join(value)
    return None


_INDEFINITE = frozenset({"anyone", "anybody", "anything", "someone", "somebody", "something", "else", "everyone",
                         "everybody", "really", "ever", "actually"})


#: How articles say a wish or plan came to nothing ("but that outing never happened", "the deal fell through").
_CAME_TO_NOTHING = re.compile(
    r"\b(?:never|not|n't|did not|didn't|has not|hasn't|have not|haven't|would not|won't)\s+(?:yet\s+)?"
    r"(?:happen(?:ed)?|materiali[sz]ed?|take place|taken place|took place|come about|came about|come to pass)\b|"
    r"\bfell through\b|\b(?:was|were|has been|had been)\s+(?:called off|cancell?ed|scrapped|abandoned|shelved)\b",
    re.IGNORECASE)


def came_to_nothing(text: str, after: int = 0) -> bool:
    """Whether a sentence says, after offset ``after`` (the wish itself), that it did not come about."""
    return _CAME_TO_NOTHING.search(text, after) is not None


#: Ordinals: one event is the nth of its kind for one n only ("the second outage this year" is not the first).
ORDINALS = {w: i for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth"], 1)}
#: How many words an ordinal may stand before its noun ("the second large-scale Internet outage").
_ORDINAL_REACH = 4


def other_ordinal(asked: list[str], text: str) -> str | None:
    """For a question on an event's rank ("the first outage this year?"), a sentence that gives the same kind
    of event another rank ("the second outage in X this year") and says most of the question's other words;
    else None."""
    rank = next((w for w in asked if w in ORDINALS), None)
    if rank is None:
        return None
    rest = [w for w in asked if w != rank and w not in _INDEFINITE]
    nouns = [w for w in asked[asked.index(rank) + 1:] if w not in _INDEFINITE][:3]
    if not nouns or coverage(rest, text) < 0.75:
        return None
    words = tokens(text)
    for i, word in enumerate(words):
        if word not in ORDINALS or word == rank or (i and words[i - 1] in NEGATORS):
            continue
        after = words[i + 1:i + 1 + _ORDINAL_REACH]
        if any(stem(n) == stem(w) for n in nouns for w in after):
            return word
    return None


#: Verbs of a deal made: a sentence that says the talks on it still go on says it is not made yet.
AGREEING = frozenset(stem(w) for w in ["sign", "agree", "accept", "settle", "finalize", "finalise", "seal", "close"])
#: Talks going on as the article writes ("is still in negotiations to", "are locked in tense talks over").
_TALKS = re.compile(r"\b(?:is|are|remains?)\s+(?:still\s+|currently\s+|now\s+)?(?:locked\s+)?(?:in|into)\s+"
                    r"(?:\w+\s+){0,2}?(?:negotiations|talks)\b|\b(?:is|are)\s+(?:still\s+)?negotiating\b",
                    re.IGNORECASE)


def _subject_of(names: list[str], before: str) -> bool:
    """Whether one of ``names`` is the last name before a verb phrase (``before`` is the text up to it): no
    other capitalised word and no clause break between ("Gary Ross is", "Ross and the studio are"; not "A's
    rival B is", "A left; B is")."""
    for name in names:
        at = before.rfind(name) if name else -1
        if at >= 0:
            between = before[at + len(name):]
            if not re.search(r"[;:.!?]|\b[A-Z]", between.replace("'s", "")):
                return True
    return False


#: Verbs of a decision reached ("decided", "ruled", "reached a verdict"): a sentence that says the deciding still
#: goes on ("the jury is still deliberating") says it is not reached yet, as of that report.
DECIDING = frozenset(stem(w) for w in ["decide", "rule", "reach", "choose", "conclude", "determine", "resolve"])
_DELIBERATING = re.compile(r"\b(?:is|are|remains?)\s+still\s+(?:deliberating|considering|weighing|reviewing|"
                           r"debating|deciding|mulling|studying)\b", re.IGNORECASE)


def still_deciding(asked: list[str], predicate: str | None, text: str, *, subject: list[str],
                   who: list[str] | None = None) -> bool:
    """For "has the jury reached a verdict?", whether a sentence says the one asked about is still deciding ("the
    jury is still deliberating on the verdict"): the question's subject word (``subject``: "jury"), or one of
    the names of the entity it asks about (``who``), right before it; the sentence never says the asked verb
    ("after reaching a verdict on one count, the jury is still deliberating on the other") and says most of
    the question's other words. Present tense only: "was still deliberating" may have ended since."""
    if not predicate or stem(predicate) not in DECIDING:
        return False
    found = _DELIBERATING.search(text)
    if found is None or any(stem(w) == stem(predicate) for w in tokens(text)):
        return False
    before = tokens(text[:found.start()])
    if subject:
        if not before or stem(before[-1]) not in {stem(w) for w in subject}:
            return False
    elif not who or not _subject_of(who, text[:found.start()]):
        return False
    rest = [w for w in asked if w != predicate and w not in subject and w not in _INDEFINITE]
    return not rest or coverage(rest, text) >= 0.5


def still_talking(asked: list[str], predicate: str | None, text: str, *, who: list[str] | None = None) -> bool:
    """For "has A signed to direct B?", whether a sentence says A's talks on it are still going on ("A is still
    in negotiations to direct B"), saying the question's other words and never its verb: no deal yet, as of
    that report. With ``who`` (A's names), one of them must come before the talks (A is in them)."""
    talks = _TALKS.search(text) if predicate and stem(predicate) in AGREEING else None
    if talks is None:
        return False
    if who and not _subject_of(who, text[:talks.start()]):
        return False
    words = tokens(text)
    if any(stem(w) == stem(predicate) for w in words):  # "after weeks of talks, she signed": the deal is told
        return False
    rest = [w for w in asked if w != predicate and w not in _INDEFINITE]
    return not rest or coverage(rest, text) >= 0.66



#: Verbs of catching someone ("has A been caught?", "did police arrest A?"): a sentence that A is still at large
#: says not yet, as of that report.
CAPTURING = frozenset(stem(w) for w in ["catch", "caught", "capture", "arrest", "apprehend", "detain", "nab"])
#: Words of being at large, to search for such a sentence by (``still_free``).
AT_LARGE_WORDS = ["fugitive", "fugitives", "large", "run", "hiding", "lam", "eluded", "eluding", "eludes"]
_AT_LARGE = re.compile(r"\b(?:an?\s+|the\s+)?(?:fugitives?|at\s+large|on\s+the\s+(?:run|lam)|in\s+hiding|"
                       r"elud(?:ed|es|ing)\s+(?:capture|arrest|police|authorities))\b", re.IGNORECASE)
#: What may stand between the name and being at large: "A is (still) at large", "A remains a fugitive", "A, a
#: fugitive,", "A, who remains at large", "A, the striker accused, is on the run" (one aside between commas); not
#: "A was", "A had been": that may have ended since.
_FREE_LINK = re.compile(r"^\s*(?:,[^,;:.!?]{1,60},\s*)?(?:,\s*(?:who\s+)?)?(?:(?:is|are|remains?|remained)\s+)?(?:still\s+)?"
                        r"(?:(?:is|are|remains?|remained)\s+)?$", re.IGNORECASE)
#: "fugitives, including A" / "such as A" / "among them A": A one of those at large.
_FREE_LIST = re.compile(r"^\s*,?\s*(?:including|such\s+as|among\s+them)\s+(?:[\w.'-]+\s+){0,3}?$", re.IGNORECASE)
#: Words that tell the catching, or a time being at large that is over ("the former fugitive", "a fugitive
#: until his arrest": "until" too, but for "until now"): such a sentence is no "No".
_CAUGHT_STEMS = frozenset(stem(w) for w in ["arrest", "capture", "caught", "custody", "apprehend", "extradite",
                                            "surrender", "nab", "former", "ended"])


def still_free(predicate: str | None, text: str, *, who: list[str]) -> bool:
    """For "has A been caught?", "did police arrest A?", whether a sentence says A is still at large ("A remains a
    fugitive", "A, a fugitive, …", "the rest remained fugitives, including A", "A is still on the run"): A named
    right before (a form of "be"/"remain" or a comma between) or in a list right after "including"; never in a
    sentence that tells a catching or a time at large that is over ("a fugitive until his arrest in May"), nor
    under a negation ("no longer at large"). Not yet caught, as of that report."""
    if not predicate or stem(predicate.split()[0]) not in CAPTURING or not who:
        return False
    words = tokens(text)
    if any(stem(w) in _CAUGHT_STEMS for w in words) or any(
            w == "until" and words[i + 1:i + 2] != ["now"] for i, w in enumerate(words)):
        return False  # "until his arrest", not "has until now been described"
    for found in _AT_LARGE.finditer(text):
        before = text[:found.start()]
        if set(tokens(before)[-2:]) & NEGATORS or "longer" in tokens(before)[-2:]:
            continue
        for name in who:
            at = before.rfind(name) if name else -1
            if at >= 0 and _FREE_LINK.match(before[at + len(name):]) and not _OF_ANOTHER.search(before[:at]):
                return True
            after = text[found.end():]
            at = after.find(name) if name else -1
            if at >= 0 and _FREE_LIST.match(after[:at]) and not _OF_ANOTHER.search(after[:at]) and \
                    not _OWNER_AFTER.match(after, at + len(name)):
                return True
    return False


#: Before a name: a noun's preposition ("the brother *of* A", "a cousin *of* A"): the one at large is the noun's
#: person, not A.
_OF_ANOTHER = re.compile(r"\b(?:of|for|to|with|by|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+)*$", re.IGNORECASE)
#: After a name: the possessive ("A's brother"): the one at large is whom A owns.
_OWNER_AFTER = re.compile(r"\s?['’]s?\b")


#: Verbs a question asks with when it asks only whether someone spoke at all ("has A commented on B?").
SPOKE_AT_ALL = frozenset(stem(w) for w in ["comment", "speak", "talk", "remark", "respond", "reply", "react"])
#: Words a sentence that tells someone's silence holds, to search for it by ("declined to comment").
SILENCE_WORDS = ["comment", "commented", "declined", "refused", "respond", "responded", "spoken", "speak"]
_SPEECH_FORMS = r"(?:comment(?:ed)?|spoken|speak|talk(?:ed)?|respond(?:ed)?|repl(?:y|ied)|remark(?:ed)?|react(?:ed)?)"
#: A speaker's silence as the article writes it: "has not commented", "did not respond", "has yet to respond",
#: "declined to comment".
_SILENT = re.compile(
    r"\b(?:(?:has|have|had|did|does|do|was|were|is|would|will|could)\s*(?:not|n't)|never|"
    r"(?:has|have|had|is|are)\s+yet\s+to)\s+"
    r"(?:yet\s+|publicly\s+|immediately\s+|officially\s+){0,2}" + _SPEECH_FORMS + r"\b"
    r"|\b(?:has\s+|have\s+|had\s+)?(?:declined|refused)\s+(?:to\s+)?(?:publicly\s+)?(?:comment|speak|talk|respond)\b",
    re.IGNORECASE)
#: A silence "on the matter" or "on it" is about whatever the article is about: the asked topic.
_ANAPHORIC = frozenset({"matter", "issue", "case", "it", "report", "reports", "situation", "decision", "news",
                        "subject", "allegations", "story"})
_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:but|and|although|though|while|because)\b", re.IGNORECASE)


def kept_silent(asked: list[str], predicate: str | None, text: str, *, who: list[str] | None = None) -> bool:
    """For "has A commented on B?" (a verb that asks whether A spoke at all), whether a sentence says A kept
    silent: A, then "has not commented", "did not respond", "declined to comment" with nothing but a
    comma-set aside between ("A, 39, has not commented"), on B (most of the question's other words), on an
    anaphor of it ("on the matter"), or on nothing. Not someone else's silence ("A's spokesman declined to
    comment"), nor one a "but" goes on from ("has not commented publicly, but told friends …")."""
    if not predicate or stem(predicate) not in SPOKE_AT_ALL or not who:
        return False
    who_words = _words_of(who)
    rest = [w for w in asked if stem(w) not in SPOKE_AT_ALL and w not in _INDEFINITE and
            w not in ("publicly", "officially") and w not in who_words]
    for silent in _SILENT.finditer(text):
        before = text[:silent.start()]
        if not any(name and re.search(re.escape(name) + r"(?:\s*,[^,]{1,40},)?\s*$", before) for name in who):
            continue
        after = text[silent.end():]
        cut = _CLAUSE_END.search(after)
        topic = tokens(after[:cut.start()] if cut else after)
        if re.match(r"\s*,?\s*but\b", after[cut.start():] if cut else "", re.IGNORECASE):
            continue
        topic = [w for w in topic if w not in FUNCTION_WORDS or w == "it"]
        if not topic or set(topic) <= _ANAPHORIC or (rest and coverage(rest, " ".join(topic)) >= 0.5):
            return True
    return False


#: A pronoun object between a verb and its particle ("turned *it* down"), read as the phrasal verb it splits.
_SPLIT_PARTICLE = re.compile(r"\b([a-z]+)\s+(it|him|her|them|this|that)\s+(up|down|out|off|away|back|over)\b",
                             re.IGNORECASE)
_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "over"})
#: Words right before a verb that make it no statement that it happened ("may reject", "threatened to reject",
#: "if she rejects").
_HEDGED = frozenset({"may", "might", "could", "would", "will", "shall", "should", "to", "if", "whether", "unless"})
#: How many words before the opposite are read for a hedge or a negation.
_HEDGE_REACH = 3


def opposed(asked: list[str], predicate: str | None, text: str, *, who: list[str] | None = None) -> str | None:
    """For "did A accept the job?", the word by which a sentence says A did the opposite ("A mulled the offer
    but turned it down": WordNet's opposite of "accept" is "reject", whose first senses hold "turn down"):
    one of A's names the last name before it (A did it), not hedged or negated ("may reject", "did not
    reject"), in a sentence that never says the asked verb itself ("turned down the first offer but accepted
    the job") and says most of the question's other words. None otherwise."""
    if not predicate or not who:
        return None
    words_of = opposite_words(predicate, exclusive=True)
    if not words_of:
        return None
    read = _SPLIT_PARTICLE.sub(r"\1 \3 \2", text)
    spans = token_spans(read)
    words = [w.lower() for _s, _e, w in spans]
    if sentence_says_verb(predicate, read):
        return None
    who_words = _words_of(who)
    rest = [w for w in asked if w != predicate and w not in _INDEFINITE and w not in who_words]
    for i, (start, _end, word) in enumerate(spans):
        # the word itself, or it with its particle ("turned down"), says the opposite in its first senses
        said = [word] + ([" ".join(words[i:i + 2])] if words[i + 1:i + 2] and words[i + 1] in _PARTICLES else [])
        if not any(match(o, *phrase_keys(s)) >= SYNONYM for o in words_of for s in said):
            continue
        before = [w for _s, _e, w in spans[max(0, i - _HEDGE_REACH):i]]  # as written: "in May" hedges nothing
        if _HEDGED & set(before) or _negated_at(words, i) or not _subject_of(who, read[:start]):
            continue
        if not rest or coverage(rest, text) >= 0.66:
            return word
    return None


def _words_of(names: list[str]) -> frozenset[str]:
    """Every word of the names (a question word that is one of them is who is asked about, not what)."""
    return frozenset(w for name in names for w in tokens(name))


def sentence_says_verb(predicate: str, text: str) -> bool:
    """Whether a sentence says the asked verb itself (or a sure paraphrase) anywhere: then its opposite there
    ("turned down the first offer but accepted the job") is no answer either way. A "re-" verb says its base
    again ("closed for an hour and then reopened" says "open")."""
    return any(_says(predicate, v) for w in tokens(text) for v in (w, again_base(w)) if v is not None)


@lru_cache(maxsize=65536)
def contrary(predicate: str | None, lemma: str | None) -> bool:
    """Whether a claim's verb (``lemma``) is WordNet's opposite of the asked verb in its first sense, for a verb of
    judgement, speech or contest, where the two answer one matter two exclusive ways ("acquit" for "convicted?",
    "reject" for "accept?", "lose" for "win?"; ``lexicon.opposite_words`` with ``exclusive``)."""
    if not predicate or not lemma:
        return False
    net = wordnet()
    bases = (net.base_forms(lemma, "v") if net else []) or [lemma]
    return any(b in opposite_words(predicate, exclusive=True) for b in bases)
