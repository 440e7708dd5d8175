"""Reading a question: which store entities it names, what kind of answer it wants, its content words.

Entities are found by matching the question's word runs (up to six words,
never across punctuation) against store names and aliases, longest first and
without overlaps; a run made only of function words or question words is never
a name, and in a question with capitals a run must hold one (so "meet" is not
the band Meet). The kind comes from the opening words (why, who, when, where,
what, a yes/no auxiliary) and a few fixed frames ("how are A and B connected",
"what happened between A and B", "what changed since DATE"). What is left, the
content words, is what claims and sentences are matched on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..resolve.names import norm
from .analysis import answer_type, bounds, kind_noun, timeline_cue
from .described import Read, described_focus, described_head
from .entities import ref_of
from .types import EntityRef
from .lexicon import LIGHT_VERBS
from .nameforms import entities_by_forms, in_text
from .words import (BE_OPENERS, FUNCTION_WORDS, HAVE_OPENERS, IRREGULAR, MODAL_OPENERS, NEGATED_OPENERS,
                    QUESTION_WORDS, SPEECH_STEMS, YES_NO_OPENERS, passive_participles, stem, token_spans)

MAX_NAME_WORDS = 6
_YES_NO = frozenset(YES_NO_OPENERS + NEGATED_OPENERS)
_CONNECTION = re.compile(r"\b(connected|connection|related|relationship|linked|link|connects?|tied|ties)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bwhat\s+(has\s+|have\s+)?happened\s+between\b", re.IGNORECASE)
_CHANGED = re.compile(r"\b(what|anything)\b.*\b(changed|new|happened)\b.*\bsince\b\s+(?P<date>.+?)\s*\??$", re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
#: Words that ask who said so, rather than who did it.
_REPORT_WORDS = frozenset({"report", "reported", "say", "said", "says", "claim", "claimed", "reveal", "revealed",
                           "according", "source", "sources", "announce", "announced", "confirm", "confirmed"})


@dataclass(frozen=True, slots=True)
class NamedEntity:
    """A store entity the question names, and where."""

    entity: EntityRef
    start: int
    end: int
    text: str


@dataclass(slots=True)
class QuestionAnalysis:
    """A question read: what it asks for, about whom, with which words, in which time."""

    text: str
    kind: str  # why | who | when | where | what | yesno | connection | between | changed (how to retrieve)
    entities: list[NamedEntity] = field(default_factory=list)  # the focus entities, as named
    words: list[str] = field(default_factory=list)  # content words, as written, lower-cased
    since: str | None = None  # for "what changed since DATE"
    asks_source: bool = False  # "who reported that …"
    answer_type: str = "thing"  # one of analysis.ANSWER_TYPES: what the answer must state first
    predicate: str | None = None  # the first content word after the focus (the verb, usually)
    start: str | None = None  # time bounds the question sets ("in 2019", "between March and May 2020")
    end: str | None = None
    as_of: str | None = None  # "as of DATE"
    missing: list[str] = field(default_factory=list)  # names the question uses that no entity has
    still: bool = False  # "still …": asks whether a state goes on
    asks_subject: bool | None = None  # "who hosted X?" (the doer) vs "whom did X marry?"; None when unsure
    described: Read = field(default_factory=dict)  # the descriptions looked up while reading it (described.py)

    @property
    def stems(self) -> set[str]:
        return {stem(w) for w in self.words}

    @property
    def entity_ids(self) -> list[int]:
        return [n.entity.id for n in self.entities]


def read_date(text: str) -> str | None:
    """A day from "2024-01-04", "2023-11", "2023", "January 4, 2024", "4 January 2024", "Nov 2023"."""
    text = text.strip().rstrip("?.!").strip()
    if m := re.search(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b", text):
        return f"{m[1]}-{m[2]}-{m[3] or '01'}"
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if n > 999), None)
    if year and month is None and len(numbers) == 1:
        return f"{year:04d}-01-01"
    day = next((n for n in numbers if 1 <= n <= 31), 1)
    if year and month:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


def question_kind(text: str) -> tuple[str, str | None]:
    """The kind of answer a question asks for, and the day of a "since" question."""
    lowered = text.strip().lower()
    first = lowered.split()[0] if lowered.split() else ""
    if m := _CHANGED.search(text):
        day = read_date(m["date"])
        if day:
            return "changed", day
    if _BETWEEN.search(text):
        return "between", None
    if first in ("how", "what") and _CONNECTION.search(text):
        return "connection", None
    if first in ("why", "who", "whom", "whose", "when", "where"):
        return {"whom": "who", "whose": "who"}.get(first, first), None
    if lowered.startswith(("what year", "what date", "what day", "what month", "which year", "how long ago")):
        return "when", None
    if first in _YES_NO:
        return "yesno", None
    return "what", None


def _eligible(words: list[str], has_capitals: bool) -> bool:
    lowered = [w.lower() for w in words]
    if all(w in FUNCTION_WORDS or w in QUESTION_WORDS for w in lowered):
        return False
    if has_capitals and not any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return True


#: Company suffixes a question may leave out (as ``resolve.names`` writes them, without dots).
_SUFFIXES = ("ltd", "inc", "corp", "co", "llc", "plc", "limited", "corporation", "company")


def find_named(store, text: str) -> list[NamedEntity]:
    """Store entities named in ``text``: longest runs first, no overlaps, most mentioned on a tie."""
    spans = token_spans(text)
    first_word_only = [w for i, (_, _, w) in enumerate(spans) if i > 0 and w[:1].isupper()]
    has_capitals = bool(first_word_only)
    runs: dict[str, list[tuple[int, int]]] = {}
    for i in range(len(spans)):
        for j in range(i, min(i + MAX_NAME_WORDS, len(spans))):
            if j > i and text[spans[j - 1][1]:spans[j][0]].strip() not in ("", "."):
                break
            words = [w for _, _, w in spans[i:j + 1]]
            if _eligible(words, has_capitals):
                runs.setdefault(norm(text[spans[i][0]:spans[j][1]]), []).append((i, j))
    if not runs:
        return []
    # a company is often asked about without the suffix its articles give it ("Acme Trading" for "Acme
    # Trading Ltd."): a run of capitalised words also looks up its forms with one
    suffixed = {f"{key} {suffix}": key for key, places in runs.items() if len(key.split()) >= 2 and all(
        w[:1].isupper() for _, _, w in spans[places[0][0]:places[0][1] + 1]) for suffix in _SUFFIXES}
    found: dict[str, list[EntityRef]] = {}
    for key, row in store.entity_briefs_for_keys([*runs, *suffixed]):
        ref = ref_of(row)
        key = suffixed.get(norm(key), key) if norm(key) not in runs else key
        if norm(key) in runs and _lower_for_capitals(_written(text, spans, runs[norm(key)][0]), ref.name):
            continue
        bucket = found.setdefault(norm(key), [])
        if ref.id not in {r.id for r in bucket}:
            bucket.append(ref)
    # a name asked in another form than the articles give it ("UN" for "United Nations", "Iranian" for "Iran")
    # (only a run no found name covers: a longer name wins anyway)
    covered = {k for key, places in runs.items() if key in found for i, j in places for k in range(i, j + 1)}
    unfound = {key: text[spans[places[0][0]][0]:spans[places[0][1]][1]] for key, places in runs.items()
               if key not in found and _proper(spans[places[0][0]:places[0][1] + 1])
               and not covered & set(range(places[0][0], places[0][1] + 1))}
    if unfound:
        found.update(entities_by_forms(store, unfound))
    matches = []
    for key, places in runs.items():
        if key not in found:
            continue
        best = max(found[key], key=lambda r: (r.mentions, r.articles, -r.id))
        for i, j in places:
            matches.append((j - i + 1, best.mentions, i, j, best))
    matches.sort(key=lambda m: (-m[0], -m[1], m[2]))
    taken: set[int] = set()
    named: list[NamedEntity] = []
    for _, _, i, j, ref in matches:
        if taken & set(range(i, j + 1)):
            continue
        taken |= set(range(i, j + 1))
        start, end = spans[i][0], spans[j][1]
        if ref.id not in {n.entity.id for n in named}:
            named.append(NamedEntity(entity=ref, start=start, end=end, text=text[start:end]))
    named.sort(key=lambda n: n.start)
    return named


def _written(text: str, spans: list[tuple[int, int, str]], place: tuple[int, int]) -> str:
    """The words of a run (token ``place`` i..j) as the question writes them."""
    return text[spans[place[0]][0]:spans[place[1]][1]]


def _lower_for_capitals(written: str, name: str) -> bool:
    """Whether a question writes in lower case ("the fire") a name its articles give in capitals alone ("FIRE",
    a headline's first word read as an organisation): a word in capitals is an acronym or a headline's shout,
    and no reader writes an acronym in lower case, so the run is the common word ("the parliament" may still
    mean "Parliament", written with one capital)."""
    letters = name.replace(" ", "")
    return written == written.lower() and len(letters) > 1 and any(c.isalpha() for c in letters) \
        and name == name.upper()


def _proper(run: list[tuple[int, int, str]]) -> bool:
    """Whether a run of words is a proper name as written: every word capitalised, none a function word."""
    return all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS and w.lower() not in QUESTION_WORDS
               for _, _, w in run)


#: The old name of the record (callers written before answer types).
Question = QuestionAnalysis
#: Words that name a kind of answer or a time unit, not what the answer is about ("which company", "how many years").
_FRAME_NOUNS = frozenset({"year", "years", "date", "day", "month", "time", "name", "title", "called", "many",
                          "much", "long", "old", "ago", "reason", "kind", "sort", "type", "timeline", "chronology",
                          "events", "event", "happen", "occur", "occurred", "took", "place", "say", "said", "still",
                          "exactly", "ever", "yet"})


#: Lower-case particles inside personal names ("Bill de Blasio", "Vincent van Gogh", "Osama bin Laden").
_NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "le", "la",
                             "bin", "ibn", "al", "el", "dos", "das"})


def _missing_names(store, text: str, named: list[NamedEntity], *,
                   adjacent_ok: bool = False) -> list[str]:
    """Capitalised runs after the first word that name no store entity and occur in no stored sentence; with
    ``adjacent_ok``, a run right before or after a named entity is part of its name, given more fully than
    the articles give it ("Bill" of "Bill Clinton" where they say "Clinton")."""
    inside = [(n.start, n.end) for n in named]
    runs: list[list[tuple[int, int, str]]] = []
    spans = token_spans(text)
    for i, (start, end, word) in enumerate(spans):
        # "Bill *de* Blasio": a name's lower-case particle between two of its capitalised words is part of it
        particle = word in _NAME_PARTICLES and bool(runs) and runs[-1][-1] == spans[i - 1] and \
            spans[i + 1:i + 2] != [] and spans[i + 1][2][:1].isupper()
        if particle:
            runs[-1].append((start, end, word))
            continue
        if i == 0 or not word[:1].isupper() or any(s <= start < e for s, e in inside) or \
                word.lower() in FUNCTION_WORDS or word.lower() in QUESTION_WORDS or word.lower() in _MONTHS:
            continue
        if runs and text[runs[-1][-1][1]:start].strip() == "":
            runs[-1].append((start, end, word))
        else:
            runs.append([(start, end, word)])
    if adjacent_ok:
        runs = [run for run in runs if not any(
            (s >= run[-1][1] and text[run[-1][1]:s].strip() == "") or (e <= run[0][0] and text[e:run[0][0]].strip() == "")
            for s, e in inside)]
    missing = []
    for run in runs:
        phrase = text[run[0][0]:run[-1][1]]
        words = [w for _, _, w in run]
        if not store.fulltext_has_all_words(words) and not in_text(store, phrase):
            missing.append(phrase)
    return missing


_ORDINALS = frozenset({"first", "second", "third", "last", "next", "latest", "previous", "final", "new", "old"})
_PARTICLES = frozenset({"out", "up", "down", "off", "away", "back", "in", "over", "on", "into"})
#: Words after which a question's word is a noun, never its verb ("in the quake", "the congregation").
_BEFORE_NOUNS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "my",
                           "our", "your", "of", "in", "at", "on", "from", "by", "for", "with", "to", "into", "about",
                           "during", "after", "before", "between", "against", "over", "under"})


def _phrasal(text: str, words: list[str]) -> list[str]:
    """Content words with a verb and its particle joined when WordNet knows the pair ("get out", "step down")."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if net is None:
        return words
    spans = [w.lower() for _, _, w in token_spans(text)]
    out = list(words)
    for i, word in enumerate(spans[:-1]):
        base = IRREGULAR.get(word, word)
        # a verb and its particle ("get out"), or a light verb and its noun when WordNet knows the pair ("take place")
        if word not in out or (spans[i + 1] not in _PARTICLES and (base not in LIGHT_VERBS or spans[i + 1] not in out)):
            continue
        for form in [base, *net.base_forms(word, "v")]:
            if not _inflects(form, word):  # "sites in" is no "sit in"
                continue
            if net.synset_offsets(f"{form} {spans[i + 1]}", "v"):
                out[out.index(word)] = f"{form} {spans[i + 1]}"
                if spans[i + 1] not in _PARTICLES:
                    out.remove(spans[i + 1])
                break
    return out


def _inflects(base: str, word: str) -> bool:
    """Whether ``word`` is ``base`` or a regular or listed form of it ("sits", "sitting", "sat" of "sit"; not
    "sites")."""
    if word == base or IRREGULAR.get(word) == base:
        return True
    forms = {base + "s", base + "ing", base + base[-1:] + "ing", base + base[-1:] + "ed"}
    forms |= {base + "d", base[:-1] + "ing"} if base.endswith("e") else {base + "ed"}
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return word in forms


def _verbish(word: str) -> int:
    """How surely a question's word is its verb, by form and WordNet alone: 2 for a phrasal verb ("take off")
    or a verb's past form ("fired", "sold"), 1 for a word with more verb senses than noun senses ("worship",
    "cut"), else 0 ("congregation", "bank")."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if net is None:
        return 0
    if " " in word and net.base_forms(word, "v"):
        return 2
    bases = net.base_forms(word, "v")
    if not bases:
        return 0
    if IRREGULAR.get(word, word) != word or (word.endswith("ed") and word not in bases):
        return 2
    verbs = max(len(net.synset_offsets(b, "v")) for b in bases)
    nouns = max((len(net.synset_offsets(b, "n")) for b in net.base_forms(word, "n")), default=0)
    return 1 if verbs > nouns else 0


#: Words that open a noun phrase: a question's verb often stands right before one ("need *an* operation").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "my", "our",
                          "your", "any", "some"})


def _before_object(heavy: list[str], main: list[str]) -> str | None:
    """The first content word of a question's main clause that WordNet knows as a verb and that stands right
    before a determiner ("need" of "does A's knee need an operation?"); None without one."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    if net is None:
        return None
    for i, word in enumerate(main[:-1]):
        if word in heavy and main[i + 1] in _DETERMINERS and net.base_forms(word, "v"):
            return word
    return None


#: A yes/no question's opening auxiliary, after which the subject and then the verb's base form come.
_AUXILIARIES = frozenset(YES_NO_OPENERS + MODAL_OPENERS) - {*BE_OPENERS, *HAVE_OPENERS}


#: Words that open a subordinate clause in a question: a verb after them is not the question's own.
_CLAUSE_WORDS = frozenset({"what", "when", "where", "why", "how", "who", "whom", "which", "that", "if", "whether",
                           "after", "before", "because", "while", "since", "until", "as", "so", "to"})


def _asks_subject(text: str) -> bool | None:
    """Whether a who/which question asks for the doer: "who hosted", "which company bought", "who was
    arrested" (the passive's subject) yes; "whom did X marry", "who did X beat" no."""
    written = re.findall(r"[\w']+", text)
    words = [w.lower() for w in written]
    if not words or words[0] not in ("who", "which", "what", "whom", "whose"):
        return None
    rest = words[1:]
    if words[0] in ("which", "what"):  # "which company bought …": skip the kind noun
        rest = rest[1:] if rest else rest
    if words[0] == "whom" or (rest and rest[0] in ("did", "does", "do", "will", "would", "could", "should", "can")):
        # "which carrier will *sell* the phone?": a kind noun, then the auxiliary and the verb itself, asks the doer;
        # the verb as written in lower case ("did *Rose* buy" names a subject)
        after_aux = written[len(words) - len(rest) + 1] if len(rest) > 1 else ""
        return words[0] in ("which", "what") and after_aux.islower() and _bare_verb(after_aux)
    return True


def _bare_verb(word: str) -> bool:
    """Whether a word right after a question's auxiliary is a verb's base form, not the subject's first word
    ("will *sell*", not "will *Apple* buy" or "did *the* team …"): WordNet knows it as a verb and mostly as one."""
    return word not in _DETERMINERS and word not in _SUBJECT_PRONOUNS and word not in FUNCTION_WORDS and \
        _verbish(word) >= 1


#: Words after which "own" is an adjective ("her own company"), not the verb ("does A own B?").
_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their", "whose", "s", "'s"})


#: Words that frame a wh-question or a request ("tell me about …", "what is new", "what happened", "how are A and B
#: connected") but are what a yes/no question asks ("did A *tell* B …?", "has the UAW agreed to a *new* contract?",
#: "the rule *change*"): there they are content words.
_ASKED_IN_YES_NO = frozenset({"tell", "show", "new", "latest", "change", "changed", "happen", "happened", "happens",
                              "connected", "related", "linked"})


def _owns(word: str, previous: str) -> bool:
    """Whether a yes/no question's "own" is its verb: not after a possessive ("does A own B?")."""
    return word == "own" and previous not in _POSSESSIVES


#: Pronouns that open a relative clause on a noun ("the officer *who* fired").
_RELATIVES = frozenset({"who", "which"})
#: Forms of "be" that resume a yes/no question's own verb after a relative clause ("… who fired *been* charged").
_RESUME = frozenset({"be", "been", "being"})


def _main_clause(spans: list[str], verb_score) -> list[str]:
    """A yes/no question's main clause: its words up to the first subordinate clause, except that a relative
    clause on the subject ("has the officer *who fired* been charged?") is skipped up to the question's own
    "been"/"be", which goes on with its verb. Only a relative clause right after a noun: after a verb ("did
    police say who was charged?") "who" opens what was said."""
    end = next((i for i, w in enumerate(spans) if i and w in _CLAUSE_WORDS), len(spans))
    if end == len(spans) or spans[end] not in _RELATIVES or any(verb_score(w) for w in spans[1:end]):
        return spans[:end]
    resume = next((j for j in range(end + 1, len(spans)) if spans[j] in _RESUME), None)
    if resume is None:
        return spans[:end]
    rest = spans[resume:]
    stop = next((i for i, w in enumerate(rest) if i and w in _CLAUSE_WORDS), len(rest))
    return spans[:end] + rest[:stop]


#: Words that open a subordinate clause whatever follows them ("… worth *when* its founder died").
_SUBORDINATE = frozenset({"when", "while", "because", "whether", "if", "once"})
#: Words that open a subordinate clause when a subject pronoun follows them ("before *she* died"); else they are
#: prepositions ("before the game").
_SUBORDINATE_WITH_SUBJECT = frozenset({"before", "after", "since", "until", "as"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _before_clause(spans: list[str], first: str, verb: str) -> str:
    """A yes/no question's first heavy word over a verb found only in an adverbial clause after it ("does the phone
    *stop* the music *when* a call *comes in*?"): that clause tells when, the main clause what is asked."""
    at, clause_at = _position(spans, first), _position(spans, verb)
    opener = next((i for i, w in enumerate(spans) if i and w in _SUBORDINATE), None)
    if at is None or clause_at is None or opener is None or not at < opener < clause_at:
        return verb
    return first


def _main_clause_end(spans: list[str]) -> int:
    """Where a wh-question's first subordinate clause starts (its length when none does)."""
    for i, word in enumerate(spans):
        if i and (word in _SUBORDINATE or (word in _SUBORDINATE_WITH_SUBJECT and
                                           spans[i + 1:i + 2] and spans[i + 1] in _SUBJECT_PRONOUNS)):
            return i
    return len(spans)


def _in_main_clause(spans: list[str], predicate: str, heavy: list[str], verb_score) -> str:
    """A wh-question's predicate from its main clause: the one read first stands in a subordinate clause ("How
    much was the firm worth *when its founder died*?", "Who was in the kitchen *when the shot was fired*?") and
    the main clause has a heavy word of its own, which is what is asked ("worth", "kitchen")."""
    end = _main_clause_end(spans)
    at = _position(spans, predicate)
    if at is None or at < end:
        return predicate
    subject = _copula_subject(spans[:end], verb_score)
    main = [w for w in heavy if (where := _position(spans, w)) is not None and where < end and w not in subject]
    return max(main, key=verb_score) if main else predicate


def _copula_subject(spans: list[str], verb_score) -> set[str]:
    """The words of the noun phrase a wh-question's "be" opens on ("ferry" of "what was *the ferry* called …",
    "team", "record" of "what was *the team's record* when …"), up to a verb: what the question is about, not what
    it asks of it, so never the predicate in place of a subordinate clause's verb."""
    for i in (1, 2):
        if spans[i:i + 1] and spans[i] in BE_OPENERS and spans[i + 1:i + 2] and spans[i + 1] in _DETERMINERS:
            words = set()
            for word in spans[i + 2:]:
                if verb_score(word):
                    break
                words.add(word)
            return words
    return set()


#: Verbs that put the act asked about in the infinitive after them ("does A *plan to* invest …", "how much does
#: B *want to* cut …"): the infinitive is the question's predicate.
_BEFORE_INFINITIVE = frozenset({"plan", "want", "hope", "intend", "expect", "aim", "seek", "try", "agree", "decide",
                                "propose", "promise", "threaten", "vow", "offer", "refuse", "need"})


def _infinitive(spans: list[str], heavy: list[str]) -> str | None:
    """The infinitive after a verb of intent in a wh-question ("invest" of "how much does A plan to invest in
    B?"), when it is one of the question's heavy words; else None."""
    for i, word in enumerate(spans[:-2]):
        if spans[i + 1] == "to" and spans[i + 2] in heavy and any(_inflects(verb, word) for verb in _BEFORE_INFINITIVE):
            return spans[i + 2]
    return None


def _position(spans: list[str], word: str) -> int | None:
    """Where a content word stands among the question's words: as written, or a phrasal verb by its verb's form
    and its particle ("go off" at "went off")."""
    verb, _, particle = word.partition(" ")
    for i, written in enumerate(spans):
        if not particle and written == verb:
            return i
        if particle and spans[i + 1:i + 2] == [particle] and _inflects(verb, written):
            return i
    return None


def _described_subject(store, text: str, named: list[NamedEntity], read: Read) -> list[NamedEntity]:
    """The person a yes/no question's subject describes when a name only comes after it ("does *the father*
    accept that the U.S. courts …?", "did *the nun* who hosted A say …?"): without it the question's first entity is
    the later name, and the checks that want the first entity as the doer read the wrong one. Only a head noun the
    newest articles describe one person by (``described_head``), before the first name, who is not named too."""
    if not named or named[0].start == 0:
        return []
    found = described_head(store, text[:named[0].start], read=read)
    ids = {n.entity.id for n in named}
    return [n for n in found if n.entity.id not in ids and n.entity.type == "PERSON" and
            _ends_subject(n.text.split()[-1], text[n.end:named[0].start])]


def _ends_subject(head: str, between: str) -> bool:
    """Whether a description's head noun ends the question's subject, read from the words between it and the first
    name: the next word may be a verb ("the father *accept*", "the goalkeeper *trust*") or is a function word ("the
    nun *who* …"); not a possessor ("the gunman*'s* brother A"), a noun WordNet knows with the next word ("the
    attorney *general*", "the police *chief*"), or a title run into the name ("the goalkeeper A")."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    following = next((w.lower() for _s, _e, w in token_spans(between)), None)
    if net is None or following is None or between.startswith(("'s", "’s")):
        return False
    if following in FUNCTION_WORDS:
        return True
    return bool(net.base_forms(following, "v")) and not net.base_forms(f"{head.lower()} {following}", "n")


#: A phrase of time or circumstance before a yes/no question's auxiliary ("By the evening of March 29, had …?", "After
#: the launch, has …?"): a preposition, then at most 60 characters without a comma, then a comma.
_LEADING = re.compile(r"^(?:by|after|before|since|as\s+of|following|during|until|in|on|at|at\s+the\s+time\s+of)\s+"
                      r"[^,?]{1,60},\s+(?=(?:" + "|".join(re.escape(w) for w in _YES_NO) + r")\s)", re.IGNORECASE)


def _after_lead(text: str) -> str:
    """A yes/no question without the phrase of time or circumstance written before its auxiliary ("By the evening
    of March 29, *had A signed the pledge?*"): English may front an adverbial, but every reading of a yes/no
    question starts at its auxiliary (its kind, its subject, its verb). The phrase's time is read from the whole
    question (``bounds``); the question is asked from the auxiliary on, its first letter raised."""
    lead = _LEADING.match(text)
    if lead is None:
        return text
    rest = text[lead.end():]
    return rest[:1].upper() + rest[1:]


def _verb_slot(text: str, named: list[NamedEntity]) -> str | None:
    """The word right after a yes/no question's subject when an auxiliary opens it and the subject is its first
    named entity ("did *Thomas* play …", "will A direct …"): that word is the question's verb, whatever else it
    may name ("play" is also a kind of work)."""
    spans = [(s, w.lower()) for s, _e, w in token_spans(text)]
    if not named or not spans or spans[0][1] not in _AUXILIARIES or spans[1:2] != [(named[0].start, spans[1][1])]:
        return None
    return next((w for s, w in spans if s >= named[0].end), None)


def _possessors(text: str) -> set[str]:
    """The words a question writes as possessors ("Sunday's game", "the Saints' coach")."""
    return {m.group(1).lower() for m in re.finditer(r"\b(\w+?)(?:['’]s\b|(?<=s)['’](?!\w))", text)}


def read_question(store, text: str) -> QuestionAnalysis:
    text = " ".join(text.split())
    whole, text = text, _after_lead(text)
    kind, since = question_kind(text)
    described: Read = {}
    named = find_named(store, text) or described_focus(store, text, read=described)  # "the defendant": so called
    if kind == "yesno":
        named = _described_subject(store, text, named, described) + named
    limits = bounds(whole, read_date)
    inside = [(n.start, n.end) for n in named]
    words = []
    before = ""
    for start, _end, word in token_spans(text):
        previous, before = before, word.lower()
        if any(s <= start < e for s, e in inside):
            continue
        lowered = word.lower()
        verb = kind == "yesno" and (_owns(lowered, previous) or lowered in _ASKED_IN_YES_NO)
        if (lowered in FUNCTION_WORDS or lowered in QUESTION_WORDS) and not verb:
            continue
        if (since or limits.start or limits.end or limits.as_of) and (lowered in _MONTHS or lowered.isdigit()):
            continue
        words.append(lowered)
    words = _phrasal(text, words)
    missing = _missing_names(store, text, named, adjacent_ok=kind != "yesno")  # a verdict needs the full name
    absent = {w.lower() for name in missing for w in name.split()}
    words = [w for w in words if w not in absent]
    asks_source = kind == "who" and bool(set(words) & _REPORT_WORDS)
    if asks_source:
        words = [w for w in words if w not in _REPORT_WORDS]
    slot = _verb_slot(text, named) if kind == "yesno" else None
    # a kind noun names a kind of answer ("which *play* …"), except in a yes/no question's verb slot ("did A *play*
    # …")
    content = [w for w in words if w not in _FRAME_NOUNS and (not kind_noun(w) or w == slot)]
    kind_of_answer = answer_type(text, entities=len(named), content_words=len(content))
    if kind == "between" or kind == "changed":
        kind_of_answer = "events"
    if kind_of_answer == "timeline" and (cue := timeline_cue(text)):  # "trace the case …", "how did it unfold"
        words = [w for w in words if w not in cue] or words  # (the topic is the rest, its own "order" kept)
        content = [w for w in content if w not in cue]
    if kind_of_answer == "description" and any(kind_noun(w) for w in words):
        kind_of_answer = "person" if text.lower().startswith("who") else "thing"  # "who is X's lawyer?"
    if kind_of_answer == "title":  # "what is the memoir called?": "called" frames the answer, "memoir" is its topic
        words = [w for w in words if w not in ("called", "named", "titled", "name", "title")]
    focus_end = max((n.end for n in named), default=0)
    after = [w.lower() for s, _e, w in token_spans(text) if s >= focus_end and w.lower() in content]
    after += [w for w in content if " " in w and w not in after]  # a phrasal verb ("get out") is one word
    passive = passive_participles(text)
    heavy = [w for w in after + content if (w in passive or (w not in LIGHT_VERBS and IRREGULAR.get(w, w) not in
                                                             LIGHT_VERBS)) and w not in _ORDINALS]
    heavy = [w for w in heavy if not w.isdigit()]  # "the 787's first customer": a number is no predicate
    owners = _possessors(text)  # "the Saints' last game", "Sunday's game": a possessor is a noun, never the verb
    heavy = [w for w in heavy if w not in owners] or heavy
    predicate = (heavy or after or content or [None])[0]
    spans = [w.lower() for _s, _e, w in token_spans(text)]
    nouns = {w for before, w in zip(spans, spans[1:]) if before in _BEFORE_NOUNS}

    def verb_score(word: str) -> int:
        return 0 if not word.split() or word.split()[0] in nouns else _verbish(word)

    # a yes/no question's main clause ends at a subordinate one ("… stop *after* hitting her", "… say *what* …")
    main = _main_clause(spans, verb_score)

    def yes_no_score(word: str) -> int:  # "is the plant staying open?": after "is", an -ing form is the verb
        ing = spans[:1] in (["is"], ["are"], ["was"], ["were"]) and word.endswith("ing") and _verbish(word)
        return 2 if ing and word.split()[0] not in nouns else verb_score(word)

    sure = max((w for w in heavy if w.split()[-1] in main), key=yes_no_score, default=None) if kind == "yesno" \
        else None
    if sure is not None and yes_no_score(sure) == 2 and yes_no_score(predicate or "") < 2:
        # "did the gas in the apartment explode?", "were Western reporters allowed to …?", "is the Kraft plant
        # staying open?": a sure verb form (a past form, an -ing form, a phrasal verb) over a word that may be
        # a noun of the subject
        predicate = sure
    elif kind == "yesno" and not any(map(verb_score, heavy)) and _before_object(heavy, main):
        # "does A's knee need an operation?": no word is surely a verb; the one WordNet knows as a verb right
        # before a determiner is ("need an"), not the subject's noun ("knee")
        predicate = _before_object(heavy, main)
    elif not named and kind == "yesno" and len(heavy) >= 2:  # "did the driver stop?": the subject comes first
        predicate = heavy[1]
        if not verb_score(predicate) and verb_score(sure or ""):
            predicate = sure  # "did the gas in the apartment explode?": the subject is more than one word
    elif kind != "yesno" and predicate:
        # "where will the congregation worship?", "how many cables were cut?", "where did the quake strike?":
        # the verb, after its subject; a word after "the" or "in" is a noun
        if not verb_score(predicate) and any(map(verb_score, heavy)):
            predicate = max(heavy, key=verb_score)
    elif predicate:
        # "was the quake felt in Dubai?", "did her publicist say what A is treated for?": a yes/no question's
        # verb is its first word that can be one, not a noun after "the" or "the new", nor a later clause's
        nouns |= {w for before, w in zip(spans, spans[1:]) if before in nouns and before in _ORDINALS}
        verbs = [w for w in words if (w in heavy or stem(w) in SPEECH_STEMS) and verb_score(w)]
        # "have suspects in the attack been handed over to B?": a sure verb form of the main clause (a past
        # form, a phrasal verb) over an earlier word that may be a verb but is the subject's noun ("suspects")
        predicate = next((w for w in verbs if verb_score(w) == 2 and w.split()[-1] in main), None) or \
            _before_clause(spans, predicate, next(iter(verbs), predicate))
    if kind != "yesno" and predicate:
        predicate = _infinitive(spans, heavy) or _in_main_clause(spans, predicate, heavy, verb_score)
    if kind == "yesno" and named and spans[:1] and spans[0] in _AUXILIARIES:
        # "did A set a record?", "did A make money?": a light verb right after the subject is the question's verb
        # (it names no act alone, so it is never a heavy word, but nothing else in the question is the verb)
        right_after = [w.lower() for s, _e, w in token_spans(text) if s >= named[0].end][:1]
        if right_after and right_after[0] in words and IRREGULAR.get(right_after[0], right_after[0]) in LIGHT_VERBS:
            predicate = right_after[0]
    # "is A still in prison?" asks whether a state goes on; "did A sign it *while he was still* mayor?" does not:
    # there "still" is the subordinate clause's
    still = "still" in main if kind == "yesno" else bool(re.search(r"\bstill\b", text, re.IGNORECASE))
    asks_subject = _asks_subject(text)
    return QuestionAnalysis(
        text=text, kind=kind, entities=named, words=[w for w in words if w != "still"], since=since,
        asks_source=asks_source, answer_type=kind_of_answer, predicate=predicate.lower() if predicate else None,
        start=limits.start or since, end=limits.end, as_of=limits.as_of, missing=missing,
        still=still, asks_subject=asks_subject, described=described)
