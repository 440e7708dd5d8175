"""The full-text safety net: when the engine's pick covers less of the question than the best sentence.

The structured path (claims, then sentences naming the question's entities)
can settle on a claim that names the right people but says another thing
("Who takes over as coach?" → a sentence about a player). A reader with a
search box would have typed the question's words and read the best sentence.
So the answer is checked against the best sentences found by words: the
question's content words and their paraphrases are searched (BM25, "directed"
also finds "director", "lawyer" also "attorney"), the hits and the sentences
the engine read are scored by how much of the question they say (``coverage``),
and when one covers more than the engine's first cited sentence, the answer is
taken from it instead — the answer type's span when the sentence holds one
("Ann Lee [1]."), then the sentence quoted. So the answer is never worse than
the sentence a search would have found, and it still says only what its
citation says.

How much more a sentence must cover depends on what the engine has: nothing,
a headline (a summary: the body holds the details), or no span of the asked type (a quotation, a claim without a date), or a span
from a sentence that does not say the question's predicate, yields to any
sentence that covers as much and holds the span; a span from a sentence that
says the predicate yields to one covering a word more; a span in the words of
a claim that says the predicate, to two words more. An answer that only quotes
a sentence and states nothing (no span, no claim's words) yields to a
sentence covering a word more: a quotation is only as good as what it says.

A sentence that says the question but holds no span of the asked type ("A man
has been charged with arson.") is often followed by the one that names him
("Ann Lee, 24, is due in court."): news writing tells what happened before it
says who. When no near-best sentence holds the span and the engine states none,
such a sentence is quoted with the next one when that holds a span, and nothing
is stated (``follow_on``).

When the engine keeps its span but another sentence says the question as
fully (``rival``: within ``RIVAL``, or a word behind when it says the predicate
in the question's own word and the engine's sentence does not) and holds
another span of the asked type, words cannot tell which span answers: both
sentences are quoted and no short answer is stated. A wrong short answer is a
false statement with a citation; two quoted sentences are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .clauses import same_clause
from .compose import Composer
from .lexicon import LIGHT_VERBS, NARROWER, SAME, SYNONYM, match, paraphrases, phrase_keys, related
from .load import searched_citations, sentence_citations
from .meaning import near_ties
from .questions import QuestionAnalysis
from .referred import merged
from .roles import COPULAR, role_titles
from .stored import recall
from .types import Citation
from .when import compatible
from .words import FUNCTION_WORDS, IRREGULAR, NUMBER_WORDS, QUESTION_WORDS, passive_participles, stem, tokens

#: Full-text sentences read per question.
READ = 20
#: How far under the best cover a sentence may be and still be put in the learned order (``learned_order``).
LEARNED_MARGIN = 2.0
#: A sentence holding the asked-for span may cover this much less of the question than the best one.
SLACK = 1.0
#: How many paraphrases of each question word are added to the search (the surest first).
EXPANSIONS = 3
#: The question's predicate (its verb, usually) counts this many times: a sentence that does not say it says
#: another thing about the same people.
PREDICATE_WEIGHT = 2.0
#: What a looser paraphrase than a synonym counts for (a kind of the word, a later sense): ranking, not deciding.
LOOSE = 0.5
#: What a headline loses against a body sentence: it summarises, the body holds the figures and names (a headline
#: must say a word and a half more of the question to win).
TITLE_COST = 1.5
#: How much more a sentence must cover to replace an answer quoted bare, or a span in a claim's own words.
BARE_MARGIN = 2.0
#: How much more the best sentence must cover to replace an answer that quotes a sentence and states nothing.
QUOTE_MARGIN = 1.0
#: How much more a sentence without the asked-for span must cover to replace an answer that states one.
SPAN_MARGIN = 3.0
#: What a sentence gains for saying two words the question writes side by side ("first flight", "firm orders") side
#: by side too (paraphrases allowed: "maiden flight"): the question's thing, not two of its words apart.
PHRASE = 1.0
#: What a sentence gains for counting the thing a "how many" question counts ("four men", "149 confirmed orders").
COUNTED = 1.0
#: How much more the best sentence must cover, when it says the question's predicate and the engine's does not.
OFF_PREDICATE_MARGIN = 1.0
#: A sentence covering the question within this much of the engine's sentence, with another span of the asked type,
#: makes the engine's short answer unsure: the two sentences are quoted and neither span is stated.
RIVAL = 0.25
#: The engine's sentence must say this much of the question by words for a rival to unsettle it: below, it was found
#: by structure (a claim linking the question's names), which words alone do not overrule.
RIVAL_FLOOR = 2.0
#: How many of the sentences that say the question without its span have the sentence after them read.
FOLLOWED = 3
#: How many of the best sentences that say the question ``second_sentence`` reads for a span (a read may load times).
SPANNED_READ = 12
#: Citations → the sentence after each in its article, by the citation's key (``next_sentences``).
Follow = Callable[[list[Citation]], dict[tuple[str, int], Citation]]
#: How many words from a name the question asks about a span may stand and still be said of it ("Ann Lee, 24,", "Ann
#: Lee's agent, Bo Kim", "Interior Secretary Ann Lee"): a word between, a comma, a possessive.
BESIDE = 3
#: Margins are met within this much: two words said by synonyms (0.9 each) still make two words.
_EPS = 0.25
_LINK = re.compile(r"\b(https?|www)\b|\.\s?(com|org|net)\b", re.IGNORECASE)


#: "How big …", "how far …", "how often …": the adjective after a leading "how" asks for a measure ("a crowd of
#: 22,000", "12 miles"), which the answer's sentence seldom writes ("a big crowd" is no size). Not "how old", whose
#: word the answer writes ("a 24-year-old").
_MEASURE_ASKED = re.compile(r"\s*how\s+(big|large|small|long|far|tall|high|wide|deep|heavy|fast|often|soon|late|"
                            r"early)\b", re.IGNORECASE)


def question_words(q: QuestionAnalysis) -> list[str]:
    """The question's content words outside its names ("Who coached the Sixers?" → coached); light verbs
    ("get out of prison") left out, as any sentence may hold them in another sense ("cannot get enough")."""
    inside = [(n.start, n.end) for n in q.entities]
    from .words import token_spans

    out = []
    measure = _MEASURE_ASKED.match(q.text)  # "how big was the crowd?": "big" asks for the figure, says no topic
    passive = passive_participles(q.text)  # "where was the body taken?": "taken" is what is asked
    for start, _end, word in token_spans(q.text):
        w = word.lower().removesuffix("'s")
        if any(s <= start < e for s, e in inside):
            continue
        if w in FUNCTION_WORDS or w in QUESTION_WORDS or len(w) < 2 or (measure and start == measure.start(1)):
            continue
        if IRREGULAR.get(w, w) in LIGHT_VERBS and w not in passive:
            continue
        out.append(w)
    for phrasal in (w for w in q.words if " " in w):  # "take off", "step down": one word, as the reader joined it
        head, _, particle = phrasal.partition(" ")
        out = [w for w in out if stem(w) != stem(head) and w != particle] + [phrasal]
    return list(dict.fromkeys(out))


def _content(word: str) -> bool:
    w = word.lower().removesuffix("'s")
    return len(w) > 1 and w not in FUNCTION_WORDS and w not in QUESTION_WORDS and IRREGULAR.get(w, w) not in LIGHT_VERBS


def key_phrases(q: QuestionAnalysis) -> list[tuple[str, str]]:
    """Pairs of content words the question writes side by side, outside its names ("its *first flight*",
    "Changi's *Terminal 3* cost" keeps none of the name): the thing asked about, which a sentence that says the
    two words apart ("the first jet landed after a long flight") does not say."""
    from .words import token_spans

    inside = [(n.start, n.end) for n in q.entities]
    spans = [(s, w) for s, _e, w in token_spans(q.text)]
    verb = set((q.predicate or "").split())  # "men carried": a doer and its deed, not one thing
    out = []
    for (s1, w1), (s2, w2) in zip(spans, spans[1:]):
        if any(a <= s1 < b or a <= s2 < b for a, b in inside) or {stem(w1), stem(w2)} & {stem(v) for v in verb}:
            continue
        if _content(w1) and _content(w2) and w1.isalpha() and w2.isalpha():
            out.append((w1.lower(), w2.lower()))
    return out


@lru_cache(maxsize=4096)
def _single_keys(word: str, floor: float) -> dict[str, float]:
    """The one-word stem keys that say ``word`` at ``floor`` or more, with their weights."""
    return {k: w for k, w in related(word).items() if w >= floor and " " not in k}


def _phrase_said(pair: tuple[str, str], stems_seq: list[str]) -> float:
    """How surely a sentence (its stems in order) says the pair side by side: the weaker word's weight, or 0.
    The head must be said surely (synonym or better); the modifier may be a looser kin ("first" ~ "maiden")."""
    first, head = _single_keys(pair[0], NARROWER), _single_keys(pair[1], SYNONYM)
    best = 0.0
    for a, b in zip(stems_seq, stems_seq[1:]):
        if a in first and b in head:
            best = max(best, min(first[a], head[b]))
    return best


def counted_words(q: QuestionAnalysis) -> set[str]:
    """Stems of what a "how many" question counts: the words right after "how many" ("How many *firm orders*
    did …", "How many *men* carried …"), up to the first function word."""
    found = re.match(r"\s*how\s+many\s+(.*)", q.text, re.IGNORECASE)
    if not found:
        return set()
    out = set()
    for w in tokens(found[1])[:3]:
        if w in FUNCTION_WORDS or w in QUESTION_WORDS:
            break
        out.add(stem(w))
    return out


#: How many words after a figure its counted noun may lie ("99 alleged Sicilian Mafia members").
COUNT_REACH = 4


def counts(units: set[str], text: str) -> bool:
    """Whether a sentence gives a count of one of ``units`` ("four men", "149 confirmed orders", "99 alleged
    Sicilian Mafia members": within ``COUNT_REACH`` words, before a function word); years and a bare "a"/"an" are
    no count."""
    from .extract import COUNT, _YEARLIKE

    for m in COUNT.finditer(text):
        number = m.group().split()[0].replace(",", "")
        if _YEARLIKE.match(number):
            continue
        after = []
        for w in tokens(text[m.end() - len(m.group("unit") or ""):])[:COUNT_REACH]:
            if w in FUNCTION_WORDS:  # "12 of them": the noun phrase ends
                break
            after.append(stem(w))
        if units & set(after):
            return True
    return False


def _name_words(q: QuestionAnalysis) -> list[set[str]]:
    """Each named entity's distinctive words (as the question and the store name it): one is enough to name it."""
    return [words for n in q.entities for words in _name_words_of(n)]


def _name_words_of(n) -> list[set[str]]:
    """One named entity's distinctive words, as a list of one set (none when it has none)."""
    # the words it writes with a capital (``written_names``): "and" of "Fish and Wildlife" names nothing
    words = {w for w in tokens(" ".join(x for x in f"{n.text} {n.entity.name}".split() if not x.islower()))
             if len(w) > 2 and w not in FUNCTION_WORDS}
    return [words] if words else []


def is_title(citation: Citation) -> bool:
    """Whether a sentence is a headline: its article's title, or a line without a sentence's closing
    punctuation (a headline kept in the text, a caption)."""
    text = " ".join(citation.text.split())
    if citation.title and text == " ".join(citation.title.split()):
        return True
    return not text.rstrip("\"'”’`) ").endswith((".", "!", "?", ":", ";"))


def is_link(text: str) -> bool:
    """Whether a "sentence" is a web address the sentence splitter cut out of a page: never evidence."""
    return text.count("/") >= 2 or bool(_LINK.search(text))


def coverage(q: QuestionAnalysis, text: str, *, named: bool = False) -> float:
    """How much of the question a sentence says: each content word it says (synonyms counted, "quit" ~
    "resigned", at their weight; looser kin would let a sentence on another matter pass), the predicate
    twice, and each named entity once (all of them when ``named``: the sentence is known to involve them)."""
    stems_, ordered = spelled_out(text, *phrase_keys(text))
    total = 0.0
    seq = ordered.split()
    total += sum(PHRASE * _phrase_said(pair, seq) for pair in key_phrases(q))
    units = counted_words(q)
    if units and counts(units, text):
        total += COUNTED
    for w in question_words(q):
        m = match(w, stems_, ordered)
        if m < SYNONYM:  # a looser kin ("start" ~ "broke out", "killed" ~ "shot") ranks, at half its weight
            m = m * LOOSE if m >= NARROWER else 0.0
        total += m * (PREDICATE_WEIGHT if w == q.predicate and (may_be_verb(w) or q.answer_type in _ROLE_NOUN_TYPES)
                      else 1.0)
    words = written_names(text)
    total += sum(1.0 for name in _name_words(q) if named or name & words)
    return total


#: A word written in capitals, two to five letters ("CEO", "DA"): an abbreviation WordNet may spell out.
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")


def spelled_out(text: str, stems_: set[str], ordered: str) -> tuple[set[str], str]:
    """A sentence's stems (``phrase_keys``) with the words its abbreviations stand for ("CEO" → chief executive
    officer, "DA" → district attorney): the question writes the words, the article the letters. Not for a headline
    written in capitals, whose every word is."""
    if text.isupper():
        return stems_, ordered
    spelled = [key for abbreviation in dict.fromkeys(_ABBREVIATION.findall(text))
               for key, weight in related(abbreviation.lower()).items() if weight >= SYNONYM and " " in key]
    if not spelled:
        return stems_, ordered
    return stems_ | {w for key in spelled for w in key.split()}, ordered + " ".join(spelled) + " "


#: Answer types whose question's noun predicate is the asked role or the speaker ("who was the defendant's *lawyer*",
#: "what did the *trainer* say"): it counts double as a verb would.
_ROLE_NOUN_TYPES = frozenset({"person", "organisation", "quote", "title"})


@lru_cache(maxsize=4096)
def may_be_verb(word: str) -> bool:
    """Whether WordNet knows ``word`` as a verb: the question's predicate counts double (``PREDICATE_WEIGHT``) as the
    thing done; a word read as the predicate that is only a noun ("What did the *trainer* say …", "What *car* was
    …") names a topic, which the best sentence need not say twice over. Without WordNet, every word may be."""
    from ..lexicon.wordnet import wordnet

    net = wordnet()
    return net is None or bool(net.base_forms(word.split()[0], "v"))


def written_names(text: str) -> set[str]:
    """The sentence's words that may name someone (lower-cased): those it writes with a capital ("Lee", "eBay",
    all of a headline in capitals) or a figure ("787"). "wildlife" or "house" in lower case names no "Wildlife
    Service", no "White House"."""
    from .words import _TOKEN

    caps = [m.group() for m in _TOKEN.finditer(text)]
    return set(tokens(" ".join(w for w in caps if not w.islower())))


def _cover(q: QuestionAnalysis, citation: Citation, *, named: bool = False) -> float:
    """``coverage``, less for a headline; an entity the sentence refers to by a pronoun or a description ("she" for
    Ann Lee: ``Citation.refers``) counts as named."""
    referred = 0.0 if named else float(len(_referred(q, citation)))
    return coverage(q, citation.text, named=named) + referred - (TITLE_COST if is_title(citation) else 0.0)


def _referred(q: QuestionAnalysis, citation: Citation) -> list[set[str]]:
    """The name words (``_name_words``) of the question's entities the sentence refers to without writing them."""
    if not citation.refers:
        return []
    words = written_names(citation.text)
    return [name for n in q.entities if n.entity.id in citation.refers
            for name in _name_words_of(n) if not name & words]


def search_terms(q: QuestionAnalysis) -> list[str]:
    """The words to search for: the question's content words, their surest single-word paraphrases, its names."""
    terms: list[str] = []
    for w in question_words(q):
        terms += w.split() + paraphrases(w, most=EXPANSIONS)
    for name in _name_words(q):
        terms += sorted(name)
    return list(dict.fromkeys(t for t in terms if t not in FUNCTION_WORDS))


def best_sentences(store, q: QuestionAnalysis, *, as_of: str | None, extra: Iterable[Citation] = (),
                   lifted: set[tuple[str, int]] | None = None) -> list[tuple[float, Citation]]:
    """The full-text sentences for the question's words and paraphrases, with the sentences the engine read
    (``extra``), most covering first (search order within a tie, unless a near tie is clearly closest to the
    question in meaning: ``meaning.near_ties``); only those that cover something. With learned weights shipped
    (``ranker``), the learned first is lifted to the front (``learned_order``; its key added to ``lifted`` when
    its words cover less than the best's)."""
    found, hits, read = candidates(store, q, as_of=as_of, extra=extra)
    return learned_order(store, q, found, hits=hits, extra=read, lifted=lifted)


def candidates(store, q: QuestionAnalysis, *, as_of: str | None, extra: Iterable[Citation] = ()
               ) -> tuple[list[tuple[float, Citation]], list[tuple[str, int]], set[tuple[str, int]]]:
    """``best_sentences`` in the present order (cover, then meaning's near ties), with the full-text search's
    sentence keys in its order and the keys of the sentences the engine read: what the learned order weighs."""
    # a question of names alone ("how are A and B connected?") is searched by its names, and a sentence must
    # name them all
    extra = list(extra)
    names_only = not question_words(q)
    if names_only and len(_name_words(q)) < 2:
        return [], [], set()
    hits = searched_citations(store, " ".join(search_terms(q)), limit=READ, as_of=as_of)
    seen: dict[tuple[str, int], Citation] = {}
    for c in [*hits, *extra]:
        if not is_link(c.text) and not c.text.rstrip(" \"'”’").endswith("?"):  # a question states nothing
            # (found by words and by the engine: what the engine knew it refers to is kept)
            seen[c.key] = merged([seen[c.key], c]) if c.key in seen else c
    found = [(_cover(q, c), i, c) for i, c in enumerate(seen.values())]
    if names_only:
        # (every name said: a headline's cost given back, so a headline naming them all still counts)
        found = [f for f in found if f[0] + (TITLE_COST if is_title(f[2]) else 0.0) >= len(_name_words(q))]
    found.sort(key=lambda t: (-t[0], t[1]))
    found = [f for f in found if f[0] > 0]
    if not names_only:  # (a question of names alone has no meaning beyond its names to weigh)
        recall(store, [c for _, _, c in found])  # (the vectors kept at ingest: only the question is encoded)
        found = near_ties(q.text, found)
    return [(cover, c) for cover, _, c in found], [c.key for c in hits], {c.key for c in extra}


def learned_order(store, q: QuestionAnalysis, found: list[tuple[float, Citation]], *, hits: list[tuple[str, int]],
                  extra: set[tuple[str, int]], lifted: set[tuple[str, int]] | None = None
                  ) -> list[tuple[float, Citation]]:
    """``found`` with the sentence the learned order (``ranker``) puts first among the first ``ranker.READ`` within
    ``LEARNED_MARGIN`` of the best cover lifted to the front at the best cover (it says the question as well, by
    what the weights learned, as a near tie lifted by meaning does); the others keep their order and covers, so the
    checks that weigh how fully a second sentence says the question (``rival``) weigh what it says. Its key goes
    into ``lifted`` when its words say less than the best's: a learned guess is quoted for the reader to judge,
    and no span is stated from it (``ask._fulltext``). Unchanged without shipped weights."""
    from . import ranker

    model = ranker.weights()
    if model is None or len(found) < 2:
        return found
    group = [f for f in found[:ranker.READ] if f[0] >= found[0][0] - LEARNED_MARGIN]
    if len(group) < 2:
        return found
    learned = ranker.scores(ranker.features(store, q, group, hits=hits, extra=extra), model)
    best = max(range(len(group)), key=lambda i: learned[i])
    if best == 0:
        return found
    if lifted is not None and group[best][0] < found[0][0] - _EPS:
        lifted.add(group[best][1].key)
    return [(found[0][0], group[best][1]), *(f for i, f in enumerate(found) if i != best)]


def engine_cover(q: QuestionAnalysis, out: Composer, *, any_cited: bool = False) -> float:
    """How much of the question the engine's first cited sentence says, or with ``any_cited`` the best of
    its cited sentences (a cause quoted before the sentence that says the event covers what that sentence
    covers); 0 when it found nothing. Its evidence involves the question's entities (by link or
    coreference: "the company"), so they count."""
    if not out or not out.citations:
        return 0.0
    return max(_cover(q, c, named=True) for c in (out.citations if any_cited else out.citations[:1]))


def copular(q: QuestionAnalysis) -> bool:
    """Whether the question asks who or what someone is ("Who was *the judge* in the … case?"): its answer's
    sentence names the role, and the word read as its predicate ("case") is only the setting."""
    return bool(COPULAR.match(q.text))


def names_role(q: QuestionAnalysis, citation: Citation) -> bool:
    """Whether the sentence names the answer by the title of the asked role ("*the victim*, Arno Pell" for "who
    was killed?"): the title says the predicate as well as the verb would."""
    titles = {stem(t) for t in role_titles(q)}
    return bool(titles) and any(stem(w) in titles for w in tokens(citation.text))


def says_predicate(q: QuestionAnalysis, citation: Citation, *, exactly: bool = False) -> bool:
    """Whether a sentence says the question's predicate (always true for a question without one), by a synonym
    or, ``exactly``, in the question's own word (any inflection)."""
    if not q.predicate:
        return True
    stems_, ordered = phrase_keys(citation.text)
    return match(q.predicate, stems_, ordered) >= (SAME if exactly else SYNONYM)


def needed(q: QuestionAnalysis, out: Composer, short: str | None, strong: bool) -> float:
    """How much more than the engine's sentence a sentence with the asked-for span must cover to replace it."""
    if not out or not out.citations or is_title(out.citations[0]):
        return 0.0  # a headline summarises: a body sentence that says as much holds the details
    if strong:
        return BARE_MARGIN
    if short is None or not says_predicate(q, out.citations[0]):
        return 0.0
    if miscounts(q, short):
        return -SLACK  # a figure that counts something else is no answer: a sentence that counts the thing, within SLACK
    return 1.0


def miscounts(q: QuestionAnalysis, short: str | None) -> bool:
    """Whether a "how many N" question's answer is a figure that counts something else than N ("how many men …"
    answered "103 million euros")."""
    units = counted_words(q)
    return bool(units) and short is not None and not counts(units, short)


def answer_from(q: QuestionAnalysis, best: list[tuple[float, Citation]], names: set[str], find, *,
                mine: float, need: float, spanned: bool = False, quoted: bool = False,
                current: Citation | None = None, follow: Follow | None = None) -> tuple[Composer, str | None] | None:
    """An answer from the best sentences that cover at least ``need`` more than ``mine`` (the engine's): the
    first (among those within ``SLACK`` of the best) whose span ``find`` finds, stated first and then quoted;
    else, when the best covers ``BARE_MARGIN`` more (``SPAN_MARGIN`` when the engine's answer states a span,
    ``spanned``) or the engine has nothing, the best sentence quoted; else None. ``find(citation)`` gives the
    spans of the answer type (None: the type has no span); ``current`` (the engine's sentence) is never taken
    alone, and a sentence that covers less of the question than it does never replaces the span the engine states
    from it. With ``follow`` (citations → the sentence after each, by key), a sentence that says the question
    without its span (the engine's own, when it states none) is quoted with the next one when that holds the
    span (``follow_on``), and nothing is stated."""
    if not best:
        return None
    top = best[0][0]
    out = Composer(names)
    spanless: list[Citation] = []  # sentences that say the question as well, without the span asked for
    # the engine's own sentence, read whole, may cover more than its claim did: a sentence that covers less than
    # that one is no better source for the span the engine states
    # (not when the engine's figure counts another thing than the asked one: ``need`` < 0)
    own = None if current is None or need < 0 else \
        next((cover for cover, citation in best if citation.key == current.key), None)
    for cover, citation in _naming_first(q, best):
        # the sentences naming the question's entities come first: when the first of them covers too little to
        # replace the engine's answer, no sentence naming none of them does (the search ends)
        if cover < top - SLACK or cover < mine + need - _EPS or cover <= 0:
            break
        if spanned and own is not None and cover < own - _EPS:
            continue
        if current is not None and citation.key == current.key:
            if follow is not None and find is not None and not spanned and not is_title(citation) \
                    and not find(citation):
                spanless.append(citation)  # the engine's own sentence, which the next one may go on from
            continue
        spans = find(citation) if find else []
        if need < 0:  # the engine's figure counts another thing: only a figure that counts the asked one replaces it
            spans = [s for s in spans if counts(counted_words(q), s.text)]
        if spans and out.add(spans[0].sentence, [citation], extra=[spans[0].value] if spans[0].value else []):
            out.quote(citation)
            return out, spans[0].short
        if not spans and not is_title(citation):
            spanless.append(citation)
    # (not against a span the engine states: a pair that states none is no better answer than it)
    if follow is not None and find is not None and not spanned and (pair := follow_on(spanless, follow, find)):
        for citation in pair:
            out.quote(citation)
        return out, None
    if spanned and own is not None and own >= top - _EPS:
        return None  # the engine's span comes from the sentence that covers most: quoted bare, it would lose its span
    # quoted bare, a sentence stands on what it writes: one that refers to the asked entity only by "he" or "the
    # actress" counts without that entity (read right, "he" still leaves the reader to take the engine's word)
    best = bare(q, best)
    if not best:
        return None
    top = best[0][0]
    margin = SPAN_MARGIN if spanned else QUOTE_MARGIN if quoted else BARE_MARGIN
    # a span from a sentence that says another thing about the same names yields to the sentence that says the
    # predicate in the question's own word (a synonym may be another sense: "move" for "travel"); not a date,
    # which a story often gives beside the event in other words ("checked out on Thursday")
    if spanned and q.answer_type != "date" and current is not None and not says_predicate(q, current) \
            and says_predicate(q, best[0][1], exactly=True) and not copular(q) and not names_role(q, current):
        margin = OFF_PREDICATE_MARGIN
    if mine <= 0 or top - mine >= max(margin, need) - _EPS:
        out.quote(best[0][1])
        if len(best) > 1 and best[1][0] >= top - _EPS and (current is None or best[1][1].key != current.key):
            out.quote(best[1][1])  # two sentences say as much: the reader gets both
        return out, None
    return None


def follow_on(spanless: list[Citation], follow: Follow, find) -> tuple[Citation, Citation] | None:
    """The first of the best sentences that say the question but hold no span of the asked type, with the sentence
    after it in its article when that one holds such a span: news writing often tells what happened before it says
    who ("A man has been charged with arson. Ann Lee, 24, is due in court on Tuesday."; "Two men were sought for
    questioning. The two men, A and B, were named on Thursday."). Both are quoted and no span is stated: the second
    sentence alone may name someone else. None when no such pair is found (``FOLLOWED`` sentences read at most)."""
    anchors = spanless[:FOLLOWED]
    if not anchors:
        return None
    after = follow(anchors)
    for citation in anchors:
        nxt = after.get(citation.key)
        if nxt is None or is_link(nxt.text):
            continue
        if find(nxt):
            return citation, nxt
    return None


def next_sentences(store, citations: list[Citation]) -> dict[tuple[str, int], Citation]:
    """The sentence after each citation in its article, by the citation's key (one bounded read)."""
    after = sentence_citations(store, [(c.article, c.sentence + 1) for c in citations])
    return {(c.article, c.sentence - 1): c for c in after}


def quoted_only(out: Composer) -> bool:
    """Whether an answer only quotes sentences (states nothing in the engine's words): what it says is what its
    sentences say, so a sentence that says more of the question is the better answer."""
    return bool(out) and all(sentence.startswith("“") for sentence in out.sentences)


def bare(q: QuestionAnalysis, best: list[tuple[float, Citation]]) -> list[tuple[float, Citation]]:
    """``best`` weighed without the entities its sentences only refer to (``Citation.refers``), most covering
    first (the order kept on a tie); only those that still cover something."""
    weighed = [(cover - len(_referred(q, c)), i, c) for i, (cover, c) in enumerate(best)]
    weighed.sort(key=lambda t: (-t[0], t[1]))
    return [(cover, c) for cover, _, c in weighed if cover > 0]


def _naming_first(q: QuestionAnalysis, best: list[tuple[float, Citation]]) -> list[tuple[float, Citation]]:
    """The sentences within ``SLACK`` of the best, those that name every entity the question names first (each
    group in its order), then the rest: a span beside the question's names answers it ("Ann Lee, an attorney with
    X" for "which group does Ann Lee work for?"), one in a sentence that shares a word but names no one asked about
    ("officials at Y say they worked hard") is about someone else."""
    if not best:
        return best
    near = [b for b in best if b[0] >= best[0][0] - SLACK]
    named = _name_words(q)
    if not named:
        return best
    naming = [b for b in near if all(words & written_names(b[1].text) or words in _referred(q, b[1])
                                     for words in named)]
    return naming + [b for b in near if b not in naming] + best[len(near):]


def agrees(short: str, spans, citation: Citation) -> bool:
    """Whether a sentence's words or spans state the engine's short answer too, by its figures or its last word
    ("Cheeks" for "Maurice Cheeks", "12" for "12 Somalis"): the same answer, not a rival one."""
    value = short.split(" (")[0]  # a date states its value first ("2009-10 (October)")
    if value[:4].isdigit() and (dated := [span.value for span in spans if span.value and span.value[:4].isdigit()]):
        return all(compatible(value, other) for other in dated)  # "1923" and "on April 22, 1923": one date
    words = [w for w in tokens(short) if w not in FUNCTION_WORDS or w in NUMBER_WORDS]
    # its figures, else its last word (a surname, a head noun): "Cheeks" states "Maurice Cheeks", "Mt Cook Village"
    # not "Mount Cook National Park", "five hurt" states "five people"
    said = {w for w in words if any(ch.isdigit() for ch in w) or w in NUMBER_WORDS} or set(words[-1:])
    if not said or said <= set(tokens(citation.text)):
        return True
    return any(said <= set(tokens(f"{span.text} {span.value or ''}")) for span in spans)


def rival(q: QuestionAnalysis, best: list[tuple[float, Citation]], find, *, short: str,
          current: Citation) -> Citation | None:
    """The best sentence other than the engine's that covers the question as well as the engine's sentence does
    (within ``RIVAL``; both weighed by their words alone) and holds another span of the asked type ("Who runs the
    club as general manager?": a sentence naming the general manager beside one where a player "runs" home): the
    words cannot tell which span answers, so a short answer would be a guess. None when no sentence rivals it."""
    mine = _cover(q, current)
    if mine < RIVAL_FLOOR - _EPS:
        return None
    said = says_predicate(q, current)
    exact = said and says_predicate(q, current, exactly=True)
    for cover, citation in best:
        if cover < mine - RIVAL - OFF_PREDICATE_MARGIN:
            break
        # a sentence that says the predicate in the question's own word rivals one that does not from a word behind
        behind = OFF_PREDICATE_MARGIN if not said and says_predicate(q, citation, exactly=True) else 0.0
        if citation.key == current.key or cover < mine - RIVAL - behind:
            continue
        if exact and not says_predicate(q, citation, exactly=True):
            continue  # the engine's sentence says the question's own verb ("declared"), the other a paraphrase at most
        spans = find(citation) if find else []
        if counted_words(q):  # "how many troops": a figure that counts another thing ("ten ships") is no rival
            spans = [span for span in spans if counts(counted_words(q), span.text)]
        if spans and not agrees(short, spans, citation):
            return citation
    return None


def beside_asked(q: QuestionAnalysis, text: str, short: str) -> bool:
    """Whether the short answer stands within ``BESIDE`` words of a name the question asks about ("Ann Lee, 24,",
    "Ann Lee's agent, Bo Kim"): what a sentence sets beside a name it says of that name, whatever its verb."""
    words = tokens(text)
    said = set(tokens(short)) & set(words)
    names = {w for name in _name_words(q) for w in name}
    at = [i for i, w in enumerate(words) if w in said]
    near = [i for i, w in enumerate(words) if w in names]
    return any(abs(a - b) <= BESIDE for a in at for b in near)


def off_topic(q: QuestionAnalysis, citation: Citation, short: str) -> bool:
    """Whether a sentence's span answers another question than the one asked: the sentence says none of the
    question's words besides its names (nor a synonym: "quit" for "resigned"), and the span does not stand beside
    a name the question asks about (``beside_asked``). "When is Ann Lee's birthday?" is not answered by the month in
    "In May, Ann Lee told reporters she would run": the sentence tells of another event, so its date is no answer.
    A question of names alone ("Where is Ann Lee from?") has no word to miss."""
    words = question_words(q)
    if not words:
        return False
    stems_, ordered = phrase_keys(citation.text)
    if any(match(w, stems_, ordered) >= SYNONYM for w in words) or names_role(q, citation):
        return False  # (the asked role's title says it too: "its president, Bo Kim" for "who heads X?")
    return not beside_asked(q, citation.text, short)


def second_sentence(q: QuestionAnalysis, out: Composer, short: str | None, best: list[tuple[float, Citation]],
                    find) -> Citation | None:
    """The best sentence, after the engine's, that gives a span of the asked type where it says the question, quoted
    after the answer (``quote_spanned`` when the answer states no span, ``quote_agreeing`` when it states one); the
    sentence, or None."""
    if short is None:
        return quote_spanned(q, out, short, best, find)
    return quote_agreeing(q, out, short, best, find)


def quote_spanned(q: QuestionAnalysis, out: Composer, short: str | None, best: list[tuple[float, Citation]],
                  find) -> Citation | None:
    """When the answer states no span and quotes no sentence that holds one of the asked type, also quote the
    best-covering sentence that holds one in the clause that says the question (one of its words, by a synonym at
    least) and names the entities it asks about; state nothing. News writing tells what happened in one sentence and
    the when, where or how many in another ("Two bombs exploded outside the embassies." / "The blast occurred at about
    10:35 a.m."); a span in another clause of that sentence tells of another thing ("The trial opens in May, a year
    after the fire"). The reader gets both sentences, and no span is stated. The sentence quoted, or None."""
    if short is not None or find is None or not out or not out.citations:
        return None
    words = question_words(q)
    if any(clause_span(q, c, find, said_by_word(words, c.text)) is not None for c in out.citations):
        return None  # a quoted sentence holds a span where it says the question: the reader has it
    found = _spanned(q, out, best, find)
    if found is not None:
        out.quote(found)
    return found


def quote_agreeing(q: QuestionAnalysis, out: Composer, short: str, best: list[tuple[float, Citation]],
                   find) -> Citation | None:
    """When the answer states a span read from a headline or from a claim's clause, and quotes no body sentence,
    also quote the best-covering other sentence that states the same span in the clause that says the question and
    names the entities it asks about: a headline summarises and a clause is cut from its sentence, the body says it
    whole. Nothing is stated that was not stated before. The sentence quoted, or None."""
    if find is None or not out or not out.citations or _quotes_body(out):
        return None
    found = _spanned(q, out, best, find, agreeing=short)
    if found is not None:
        out.quote(found)
    return found


def _quotes_body(out: Composer) -> bool:
    """Whether the answer quotes a sentence of an article's body (not only its headline, not only a claim's clause)."""
    quoted = " ".join(out.sentences)
    return any(f"“{' '.join(c.text.split())}”" in quoted for c in out.citations if not is_title(c))


def _spanned(q: QuestionAnalysis, out: Composer, best: list[tuple[float, Citation]], find, *,
             agreeing: str | None = None) -> Citation | None:
    """Of the best sentences (not cited yet, no headline) that name the question's entities, the one whose span of the
    asked type (one that states ``agreeing``, when given) stands in the clause saying the most of the question
    (``clause_span``; the first on a tie). At most ``SPANNED_READ`` sentences are read for spans."""
    cited = {c.key for c in out.citations}
    named = _name_words(q)
    words = question_words(q)
    read = 0
    found: tuple[float, Citation] | None = None
    for _cover, citation in best:
        if read >= SPANNED_READ:
            break
        if citation.key in cited or is_title(citation) or not _names_all(q, named, citation, out.names):
            continue
        said = said_by_word(words, citation.text)
        if not said:
            continue
        read += 1
        weighed = clause_span(q, citation, find, said, agreeing=agreeing)
        if weighed is not None and (found is None or weighed[0] > found[0]):
            found = (weighed[0], citation)
    return found[1] if found else None


def clause_span(q: QuestionAnalysis, citation: Citation, find, said: dict[str, list[int]], *,
                agreeing: str | None = None) -> tuple[float, object] | None:
    """The span of the asked type ``find`` gives in the sentence whose clause says the most of the question, with how
    much (each question word said in the clause, outside the span itself, once; the predicate twice): "the Royal
    Courts" says no "court" of the question. ``said``: each question word's offsets (``said_by_word``). One that states
    ``agreeing`` when given; a "how many N" question's figure must count N. None when no span's clause says any."""
    if not said:
        return None
    spans = find(citation)
    if counted_words(q):  # "how many orders": a figure that counts another thing is no answer
        spans = [span for span in spans if counts(counted_words(q), span.text)]
    if agreeing is not None:
        spans = [span for span in spans if _states(agreeing, span)]
    best: tuple[float, object] | None = None
    for span in spans:
        at, length = span_at(span, citation.text)
        if at is None:
            continue
        weight = sum(PREDICATE_WEIGHT if word == q.predicate else 1.0 for word, offsets in said.items()
                     if any(same_clause(citation.text, at, w) and not at <= w < at + length for w in offsets))
        if weight > 0 and (best is None or weight > best[0]):
            best = (weight, span)
    return best


#: Entity types of places and peoples (``_names_all``).
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _names_all(q: QuestionAnalysis, named: list[set[str]], citation: Citation, aliases: set[str]) -> bool:
    """Whether a sentence names every entity the question names: by a distinctive word of its name, by a pronoun or
    description the store read as it, or (a question about one entity) by another of its names ("GM" for General
    Motors: too short for a distinctive word)."""
    written = written_names(citation.text)
    if all(name & written or name in _referred(q, citation) for name in named):
        return True
    if len(q.entities) == 1 and any(words and words <= written for words in (set(tokens(a)) for a in aliases)):
        return True
    # a place the question names ("the Kenyan minister", "in Kenya") sets where the asked thing is, which a sentence
    # of a story on that place often leaves unsaid: only the others must be named
    others = [w for n in q.entities if n.entity.type not in _PLACE_TYPES for w in _name_words_of(n)]
    return len(others) < len(named) and all(name & written or name in _referred(q, citation) for name in others)


def _states(short: str, span) -> bool:
    """Whether a span states the short answer: the same date, or the same words (one's content words holding the
    other's: "LaSalle" and "Anthony LaSalle")."""
    value = short.split(" (")[0]
    if value[:4].isdigit() and span.value:
        return span.value == value
    mine = {w for w in tokens(value) if w not in FUNCTION_WORDS or w in NUMBER_WORDS}
    theirs = {w for w in tokens(f"{span.text} {span.value or ''}") if w not in FUNCTION_WORDS or w in NUMBER_WORDS}
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def said_at(words: list[str], text: str) -> list[int]:
    """Where in ``text`` (character offsets) a word or run of words says one of ``words`` (the same word or a
    synonym: ``lexicon.related`` at ``SYNONYM`` or more)."""
    return sorted({at for offsets in said_by_word(words, text).values() for at in offsets})


def said_by_word(words: list[str], text: str) -> dict[str, list[int]]:
    """Each of ``words`` that ``text`` says (the same word or a synonym), with the offsets where it does."""
    from .words import token_spans

    spans = token_spans(text)
    seq = [stem(w.lower()) for _s, _e, w in spans]
    out: dict[str, list[int]] = {}
    for word in words:
        for key, weight in related(word).items():
            if weight < SYNONYM:
                continue
            parts = key.split()
            at = [spans[i][0] for i in range(len(seq) - len(parts) + 1) if seq[i:i + len(parts)] == parts]
            if at:
                out.setdefault(word, []).extend(at)
    return out


def span_at(span, text: str) -> tuple[int | None, int]:
    """Where a span stands in its sentence and how long it is there: the words the sentence writes it in, else its
    text; (None, 0) when neither is found (a normalised value the sentence writes otherwise)."""
    for form in (span.said, span.text):
        if form and (at := text.find(form)) >= 0:
            return at, len(form)
    return None, 0
