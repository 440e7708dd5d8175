"""What someone said about something: the speaker's own quoted words, those about the topic first.

"What did A say about B?" wants A's words, and among them those about B. The
speaker's speech claims (A as the subject or source of "said", "told",
"wrote", "stated" …) point to the sentences; what A said is the part inside
quotation marks when there is one (in "'Absolutely not,' O'Connor said when
asked whether … Reid …" the topic is in the reporter's words, not A's), else
the whole sentence. Quotes run over sentences: a sentence that closes a quote
it did not open takes the sentences before it back to the opening mark, and a
sentence that is nothing but a quote, right after, goes on with the same
speaker. The best run names the topic (another named entity of the question,
inside the quote counting most) and says most of the question's other words;
when none says the topic in its own words, the speaker's most direct quote
answers (the reporter's "about the attacks" is the speaker's "these
outrages"): the speaker's own words, never another's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import match, phrase_keys
from .types import Citation, ClaimView
from .words import FUNCTION_WORDS, SPEECH_STEMS, stem, tokens

#: Verbs that report someone's words.
SAID_LEMMAS = ("say", "tell", "write", "state", "add", "explain", "announce", "declare", "note", "insist", "speak",
               "comment", "respond", "reply")
#: How many of the speaker's newest speech claims are read, at most.
SAID_READ = 40
#: A second run is said when it scores at least this share of the best one's.
NEARLY = 0.75
#: How many sentences back a quote closed in a later sentence may have opened.
RUN_BACK = 3
#: How many sentences on a quote still open at a sentence's end is followed.
RUN_AHEAD = 3
#: An opening mark: ``, “, a straight " before a word, or '' at a sentence's start or after a space before a word
#: (some wire texts open quotes with two apostrophes: "''The fall was …, '' he said"; a closing one follows a
#: word, and a sentence the splitter did not cut holds the next one's opening: "… would leave. ''It never …").
_OPEN = re.compile(r"``|“|(?<![\w,.!?])\"(?=\S)|(?:^|(?<=\s))''(?=\w)")
_CLOSE = re.compile(r"''(?!\w)|(?<=\S)''|”|(?<=\S)\"(?![\w])")
#: A straight " with a space on both sides (tokenised text: ", " he said"), or at the sentence's start before a
#: space: it closes a quote that is open, and at the sentence's end or before a speaker's tag; it opens one
#: otherwise.
_EITHER = re.compile(r"(?<=\s)\"(?=\s)|(?<=\s)\"\s*$|^\s*\"(?=\s)")


def _marks(text: str) -> list[tuple[int, int, bool]]:
    """The quotation marks of ``text`` in order: (start, end, whether it opens a quote)."""
    found = sorted([(m.start(), m.end(), 1) for m in _OPEN.finditer(text)] +
                   [(m.start(), m.end(), 0) for m in _CLOSE.finditer(text)] +
                   [(m.start(), m.end(), 2) for m in _EITHER.finditer(text)])
    marks, open_ = [], False
    for n, (start, end, kind) in enumerate(found):
        opening = kind == 1 or (kind == 2 and not open_ and bool(text[end:].strip(" .,!?"))
                                and not (n == len(found) - 1 and _tags_speaker(text[end:])))
        marks.append((start, end, opening))
        open_ = opening
    return marks


#: How many words a speaker's tag after a quote has, at most ("Ona Lee , the victim's daughter , said .").
TAG_WORDS = 8


def _tags_speaker(rest: str) -> bool:
    """Whether the words after the sentence's last straight quotation mark are a speaker's tag and nothing else
    ("…him , " Ann Lee said ."): then the mark closes a quote opened in an earlier sentence, and does not open
    one (a quote opened there would hold its speaker's tag and end with no closing mark)."""
    words = tokens(rest)
    return 0 < len(words) <= TAG_WORDS and bool(set(words) & _SPEECH_WORDS)


@dataclass(slots=True)
class Said:
    """A run of sentences holding the speaker's words, how well it answers, and the claim that found it."""

    sentences: list[Citation]
    claim: ClaimView | None  # None for a run found by its sentences alone (``attributed``)
    score: float
    lead: int = 0  # how many of the sentences are the reporter's, before the speaker's words (who, about what)


def inside(text: str) -> str:
    """The words of ``text`` inside quotation marks (a quote open at either end runs to that end); the whole
    text when it has none."""
    marks = _marks(text)
    opened = next((m for m in marks if m[2]), None)
    closed = next((m for m in reversed(marks) if not m[2]), None)
    if opened is None and closed is None:
        return text
    start = opened[1] if opened is not None and (closed is None or opened[0] < closed[0]) else 0
    end = closed[0] if closed is not None and closed[0] >= start else len(text)
    return text[start:end]


def _opens(text: str) -> bool:
    return any(opening for _, _, opening in _marks(text))


def _closes_unopened(text: str) -> bool:
    """A closing mark before any opening one: the quote began in an earlier sentence."""
    marks = _marks(text)
    return bool(marks) and not marks[0][2]


def _only_quote(text: str) -> bool:
    """A sentence that is a quote and nothing else ("`` She came in prepared every day . ''")."""
    stripped = text.strip()
    marks = _marks(stripped)
    return bool(marks) and marks[0][0] == 0 and marks[0][2] and not (set(tokens(_outside(stripped))) & _SPEECH_WORDS)


def _outside(text: str) -> str:
    quoted = inside(text)
    return text.replace(quoted, " ") if quoted != text else ""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` is inside quotation marks: from each opening mark to the next closing one (from the start
    for a closing mark with no opening one before it, to the end for an opening one never closed)."""
    marks = _marks(text)
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for start, end, opening in marks:
        if opening and opened is None:
            opened = end
        elif not opening and (opened is not None or not spans):
            spans.append((opened or 0, start))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


#: Fewest words inside quotation marks for a sentence to quote someone (not a scare-quoted word: to "high").
QUOTE_WORDS = 3
#: Verbs (as written) that attribute a quotation to whoever is named beside them.
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|states|wrote|writes|explained|noted|insisted|"
                   r"recalled|argued|replied|responded|declared|warned|continued|commented|announced|joked|jokes|"
                   r"quipped|conceded|acknowledged|admitted|vowed|promised|predicted|complained|cautioned|recounted|"
                   r"testified|stressed|emphasi[sz]ed|maintained|contended|asserted|countered|boasted|observed|"
                   r"remarked|shouted|cried|concluded)\b", re.I)
#: "he said", "she also told": a pronoun right before the verb.
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_PRONOUN_AFTER = re.compile(r"^\s*(?:he|she)\b", re.I)
#: "the company said": an organisation named by what it is.
_DESCRIBED_BEFORE = re.compile(r"\bthe\s+(?:company|firm|group|agency|bank|airline|carrier|maker|team|club|union|"
                               r"ministry|department|government|organi[sz]ation|network)\s+(?:\w+ly\s+|also\s+)?$",
                               re.I)
_DESCRIBED_AFTER = re.compile(r"^\s*the\s+(?:company|firm|group|agency|bank|airline|carrier|maker|team|club|union|"
                              r"ministry|department|government|organi[sz]ation|network)\b", re.I)
#: Words that may stand between a speaker's name and the verb ("Ray also told", "Ray has said", "Ray then said").
_VERB_GAP = frozenset({"also", "later", "then", "again", "once", "has", "had", "have", "was", "is", "would", "will",
                       "further"})
#: Words that put a name inside a phrase, not at a speaker's place ("an official *of* Acme said").
_PLACING = frozenset({"of", "at", "for", "from", "with", "in", "on", "to", "by", "about", "against", "like", "near"})


def _before_name(text: str, start: int) -> str:
    """The word before position ``start`` ("the" skipped)."""
    words = [w for w in tokens(text[:start]) if w != "the"]
    return words[-1] if words else ""


def _possessed(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a possessor ("Ray's lawyer said": the lawyer speaks)."""
    return text[end:end + 2] in ("'s", "’s") or text[end:end + 3] in (" 's", " ’s")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a sentence's quotation is given to: an entity named beside the verb (``entity``), or "he"/"she"
    (``pronoun``) or "the company" (``described``), to be read off the sentences before; ``at`` is where the verb
    is in the sentence."""

    how: str  # "entity", "pronoun" or "described"
    at: int
    entity: int | None = None


def attribution(text: str, mentions: list[tuple[int, int, int | None]]) -> Attribution | None:
    """Who the quotation of ``text`` is given to; None when it quotes no clause or no speech verb outside its
    quotation marks names a speaker. ``mentions`` are (start, end, entity id) in the sentence's own offsets.

    After a closing mark the speaker follows the verb ("…,'' said Ann Lee"); otherwise the speaker comes before
    it, an apposition set off by commas skipped ("Ann Lee, a nurse at X, told …")."""
    spans = quoted_spans(text)
    if sum(len(tokens(text[a:b])) for a, b in spans) < QUOTE_WORDS:
        return None
    for verb in _SAYS.finditer(text):
        if any(a <= verb.start() < b for a, b in spans):
            continue
        closed = max((b for a, b in spans if b <= verb.start()), default=None)
        if closed is not None and not tokens(text[closed:verb.start()]):  # inverted: "… ,'' said Ann"
            after = text[verb.end():]
            if _PRONOUN_AFTER.match(after):
                return Attribution("pronoun", verb.start())
            if _DESCRIBED_AFTER.match(after):
                return Attribution("described", verb.start())
            clause_end = verb.end() + len(re.split(r"[,.;]", after, maxsplit=1)[0])
            # the last name before any phrase word: "said Acme manager Ann Lee", not "said Ann Lee of Acme"
            named = [m for m in mentions if verb.end() <= m[0] < clause_end and m[2] is not None
                     and not set(tokens(text[verb.end():m[0]])) & _PLACING]
            if named and not _possessed(text, named[-1][1]):
                return Attribution("entity", verb.start(), named[-1][2])
            continue
        start = closed or 0
        segment = text[start:verb.start()]
        if _PRONOUN_BEFORE.search(segment):
            return Attribution("pronoun", verb.start())
        if _DESCRIBED_BEFORE.search(segment):
            return Attribution("described", verb.start())
        cut = verb.start()
        trimmed = segment.rstrip()
        if trimmed.endswith(","):  # an apposition before the verb: "Ann Lee , a nurse , told"
            comma = trimmed[:-1].rfind(",")
            if comma >= 0:
                cut = start + comma
        named = [m for m in mentions if start <= m[0] and m[1] <= cut and m[2] is not None
                 and not any(a <= m[0] < b for a, b in spans)]
        if named:
            last = named[-1]
            gap = tokens(text[last[1]:cut])
            if _before_name(text, last[0]) not in _PLACING and not _possessed(text, last[1]) and \
                    all(w in _VERB_GAP or w.endswith("ly") for w in gap):
                return Attribution("entity", verb.start(), last[2])
    return None


_SPEECH_WORDS = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "stated", "explained"})


def said_about(store, speaker: int, topics: list[list[set[str]]], words: list[str], *,
               as_of: str | None, most: int = 2, person: bool = False, question: str | None = None) -> list[Said]:
    """The speaker's quote runs that best say the topic, best first (those nearly as good as the best, at
    most ``most``): ``topics`` are the word sets of the names of the question's other entities, ``words`` its
    other content words. When no run says any of them, the speaker's one most direct quote (the words
    asked for, put as the speaker put them: a reporter asks "about the attacks" of a quote that says "these
    outrages"), but none when the topic is a ``person`` (a quote that names neither them nor a lead-in that does
    may be about anything: a football game is no word about a named man, while "it's okay to be enthusiastic"
    may well be about how a people should feel); none when the speaker is quoted nowhere.

    The runs are found from the speaker's speech claims and, for quotations no claim gives to the speaker,
    from the sentences of the speaker's newest articles that give one to them by name, by "he"/"she" or by
    "the company" (``attributed``). A quotation whose own sentences say nothing of the topic is about it when
    the reporter's sentence right before it does ("X urged users to raise the settings. But doing this 'may
    hurt', he said"): that sentence is quoted with it.

    With the ``question`` and the sentence encoder, each run's score gains ``MEANT`` times its closest
    sentence's cosine to the question (``_by_meaning``): of a speaker's several quotes that say a word or two of
    the question, the one about what is asked ("the first-graders" of "these kids") goes first."""
    from .entities import names_of
    from .load import load_claims, sentence_citations

    keys = store.entity_claim_keys(speaker, roles=("subject", "source"), lemmas=list(SAID_LEMMAS), as_of=as_of,
                                   limit=SAID_READ)
    # and what the speaker did in a sentence that quotes it ("resigned in a letter …, stating, "I have …")
    keys += store.entity_claim_keys(speaker, roles=("subject",), as_of=as_of, limit=SAID_READ)
    speaker_words = {w for n in names_of(store, [speaker]) for w in tokens(n) if len(w) > 2}
    claims = [c for c in load_claims(store, list(dict.fromkeys(keys)))
              if c.citation.text and (c.lemma in SAID_LEMMAS or _quotes_words(c.citation.text))
              and not ((c.source_kind == "quote" or brought_in(c, speaker_words)) and
                       others_words(c, speaker, speaker_words))]
    near = {c.key: c for c in sentence_citations(store, sorted(
        {(c.article, c.citation.sentence + k) for c in claims for k in range(-RUN_BACK, RUN_AHEAD + 1)
         if c.citation.sentence + k >= 0}))}
    runs: list[tuple[list[Citation], int, ClaimView | None]] = [(_run(c.citation, near), 0, c) for c in claims]
    runs += [(run, lead, None) for run, lead in attributed(store, speaker, as_of=as_of, near=near)]
    asked = [w for w in words if stem(w) not in SPEECH_STEMS]
    found: list[Said] = []
    direct: list[Said] = []
    seen: set[tuple] = set()
    for run, lead, claim in runs:
        key = tuple(c.key for c in run)
        if key in seen:  # several claims of one sentence find one run
            continue
        seen.add(key)
        score = _score(run, topics, asked)
        if score < 1 and _direct(run):
            run, lead, score = _led_in(run, lead, near, topics, asked, speaker_words)
        if score >= 1:
            found.append(Said(sentences=run, claim=claim, score=score, lead=lead))
        elif _direct(run):
            direct.append(Said(sentences=run, claim=claim, score=score, lead=lead))
    if not found:  # none says the topic in its words: the speaker's own quoted words beat someone else's
        if person:  # a person neither the quote nor the reporter's lead-in names: no words of them are known
            return []
        return sorted(_by_meaning(store, question, direct), key=lambda s: s.score, reverse=True)[:1]
    found = sorted(_by_meaning(store, question, found), key=lambda s: s.score, reverse=True)  # stable: newest first
    return [s for s in found if s.score >= found[0].score * NEARLY][:most]


#: How much a run's closeness in meaning to the question weighs beside its words (a cosine, 0 to 1, times this):
#: two question words outweigh it, a near tie it breaks (the same from 0.5 to 3 on the opened sets' quotes).
MEANT = 2.0


def _by_meaning(store, question: str | None, runs: list[Said]) -> list[Said]:
    """The runs with ``MEANT`` times their closest sentence's cosine to the question added to their scores; the
    runs as they are with one run or none, no question or no sentence encoder. A sentence's vector is read from
    the store where it was kept at ingest, so only the question is encoded."""
    from .stored import cosines

    if question is None or len(runs) < 2:
        return runs
    sentences = list({c.key: c for run in runs for c in run.sentences}.values())
    near = cosines(store, question, sentences)
    if near is None:
        return runs
    cosine = {c.key: cos for c, cos in zip(sentences, near)}
    return [replace(run, score=run.score + MEANT * max(cosine[c.key] for c in run.sentences)) for run in runs]


#: How many words a quoted title has, at most ("The Long Winter Road", "Lord of the Flies").
TITLE_WORDS = 8


def _quotes_words(text: str) -> bool:
    """Whether the sentence opens a quotation of someone's words: not only a title ("Ann Lee recommended "The
    Long Road," a film about …" quotes no one; every word of a title is capitalised but its function words)."""
    return _opens(text) and any(not _is_title(text[start:end]) for start, end in quoted_spans(text))


def _is_title(quoted: str) -> bool:
    """A title in quotation marks: a few words, two or more capitalised, every other one a function word."""
    words = re.findall(r"[A-Za-z][\w'’-]*", quoted)
    capitalised = [w for w in words if w[0].isupper()]
    return (len(capitalised) >= 2 and len(words) <= TITLE_WORDS
            and all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words))


#: Who a source that names no entity is when it is the speaker all the same ("he said", "she told").
_SOURCE_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def others_words(claim: ClaimView, speaker: int, speaker_words: set[str]) -> bool:
    """Whether the claim is given to someone other than the speaker: a source entity that is another, or, inside
    quotation marks, a source no entity names and no word of the speaker's names says ("'Ann is the best coach we
    ever had,' the friend said" is the friend's words about Ann, not Ann's): quoting it as the speaker's words
    is a false attribution. A source read as a pronoun with no entity may be the speaker, and is not another; one
    an indefinite determiner brings in ("another neighbour added") is another, whatever its kind of claim."""
    if claim.source_entity is not None:
        return claim.source_entity.id != speaker
    if brought_in(claim, speaker_words):
        return True  # "another neighbour added: 'she went …'": one the sentence brings in anew, never the one named
    source = tokens(claim.source or "")
    return (claim.source_kind == "quote" and bool(source) and not set(source) & speaker_words
            and " ".join(source) not in _SOURCE_PRONOUNS)


#: Determiners that bring someone in anew ("*a* friend said", "*another* neighbour added"): never a named speaker.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


def brought_in(claim: ClaimView, speaker_words: set[str]) -> bool:
    """Whether the claim's source is one an indefinite determiner brings in anew ("another neighbour", "a friend")
    and no word of the speaker's names says: someone else, who tells of the speaker."""
    source = tokens(claim.source or "")
    return claim.source_entity is None and source[:1] != [] and source[0] in _INDEFINITE and \
        not set(source) & speaker_words


#: How many of the reporter's sentences right before a quote may say what it is about.
LEAD_BACK = 2


def _led_in(run: list[Citation], lead: int, near: dict, topics: list[list[set[str]]], words: list[str],
            speaker_words: set[str]) -> tuple[list[Citation], int, float]:
    """The run with the reporter's sentence right before it (quoting no one) when that says the topic; else, when
    the sentence before that names the speaker and says the topic, both ("Ray did not deny his client was
    there. He said it was a small gun. 'He is the patsy,' Ray said." answers what Ray said about his client);
    the run as it is otherwise."""
    led = run
    for back in range(LEAD_BACK):
        before = near.get((led[0].article, led[0].sentence - 1))
        if before is None or quoted_spans(before.text):
            break
        led = [before, *led]
        if back and not speaker_words & set(tokens(before.text)):
            break  # further back, only a sentence about the speaker still leads into the speaker's words
        if (score := _score(led, topics, words)) >= 1:
            return led, lead + len(led) - len(run), score
    return run, lead, _score(run, topics, words)


#: How many of the speaker's newest articles are read for quotations no claim gives them.
QUOTE_ARTICLES = 10
#: At most this many sentences naming the speaker are read for them (each with the three after it).
ATTRIBUTE_READ = 60
#: How many sentences back "he said" may look for the one naming the speaker (a news story often goes on with
#: "he stated …" for several sentences after naming someone once).
PRONOUN_BACK = 8


def attributed(store, speaker: int, *, as_of: str | None, near: dict) -> list[tuple[list[Citation], int]]:
    """Quote runs of the speaker's newest articles given to the speaker by name ("…,'' Ray told"), or by "he" or
    "she" (by "the company", for an organisation) when the last person (organisation) named before, at most
    ``PRONOUN_BACK`` sentences back, is the speaker: such a run starts with the sentence that names them, so the
    reader sees who "he" is (the run and how many sentences lead into the quote). ``near`` (sentences by key) is
    read from and added to."""
    from .load import sentence_citations

    named = sorted(store.entity_mention_sentence_keys(speaker, as_of=as_of, articles=QUOTE_ARTICLES))
    named = named[:ATTRIBUTE_READ]
    wanted = {(a, i + k) for a, i in named for k in range(PRONOUN_BACK + 1)}
    ahead = {(a, i + k) for a, i in wanted for k in range(1, RUN_AHEAD + 1)}  # where the runs go on
    behind = {(a, i - k) for a, i in named for k in range(1, RUN_BACK + 1) if i >= k}  # where a cut one began
    near.update({c.key: c for c in sentence_citations(store, sorted((wanted | ahead | behind) - set(near)))})
    # each candidate's whole sentence (``_whole``), read once: ``near`` no longer changes below
    wholes = {k: _whole(near[k], near) for k in wanted if k in near and _SAYS.search(near[k].text)}
    candidates = sorted(k for k, whole in wholes.items() if quoted_spans(whole.text))
    by_article: dict[str, list[Citation]] = {}
    for key in candidates:
        by_article.setdefault(key[0], []).append(near[key])
    runs = []
    for article, sentences in by_article.items():
        first = min((a, i) for a, i in named if a == article)
        start = min(near[first].start, *(wholes[c.key].start for c in sentences))
        mentions = store.mentions_in(article, start, sentences[-1].end)
        for citation in sentences:
            whole = wholes[citation.key]
            own = [(m[0] - whole.start, m[1] - whole.start, m[4]) for m in mentions
                   if whole.start <= m[0] and m[1] <= whole.end]
            said = attribution(whole.text, own)
            if said is None:
                continue
            if said.how == "entity":
                if said.entity == speaker:
                    runs.append((_run(citation, near), 0))
                continue
            kind = "PERSON" if said.how == "pronoun" else "ORG"
            since = next((near[(article, i)] for i in range(max(0, citation.sentence - PRONOUN_BACK), citation.sentence)
                          if (article, i) in near), citation)
            # a name in someone's quote is not who "he" is, nor is the one told ("he told The Daily Star")
            before = [m for m in mentions if since.start <= m[0] < whole.start + said.at and m[3] == kind
                      and not _quoted_at(m[0], article, near) and not _told(m[0], article, near)]
            who = _antecedent(before, article, near)
            if who is None or who[4] != speaker:
                continue
            lead = next((near[(article, i)] for i in range(since.sentence, citation.sentence)
                         if (article, i) in near and near[(article, i)].start <= who[0] < near[(article, i)].end),
                        None)
            runs.append(([lead, *_run(citation, near)], 1) if lead is not None else (_run(citation, near), 0))
    return runs


def _whole(citation: Citation, near: dict) -> Citation:
    """The sentence with those before it that the splitter cut after a name's initial ("… said general manager
    A ." | "J ." | "Smith …"), as one citation (the gaps between them as spaces, so offsets hold); the sentence
    itself when none was cut."""
    cut = _cut_before(citation, near)
    if not cut:
        return citation
    text = cut[0].text
    for c in [*cut[1:], citation]:
        text += " " * (c.start - cut[0].start - len(text)) + c.text
    return replace(cut[0], end=citation.end, text=text)


#: A name right after these is the one spoken to or the outlet, not a speaker ("told Reuters", "said to AP").
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|to|according to)\s+(?:the\s+)?$", re.I)


def _sentence_at(offset: int, article: str, near: dict) -> Citation | None:
    """The (loaded) sentence of the article that holds an offset; None when none loaded does."""
    return next((c for (art, _), c in near.items() if art == article and c.start <= offset < c.end), None)


def _told(offset: int, article: str, near: dict) -> bool:
    """Whether the name at an article offset is the listener of a speech verb or the outlet of a report."""
    c = _sentence_at(offset, article, near)
    return c is not None and bool(_TOLD_BEFORE.search(c.text[:offset - c.start]))


def _quoted_at(offset: int, article: str, near: dict) -> bool:
    """Whether an article offset falls inside quotation marks of its (loaded) sentence."""
    c = _sentence_at(offset, article, near)
    return c is not None and any(a <= offset - c.start < b for a, b in quoted_spans(c.text))


def _antecedent(before: list[tuple], article: str, near: dict) -> tuple | None:
    """Who "he" (or "the company") of a speech tag is, among the mentions of its kind named before it (article
    order): the last one not named as a possessor ("Ann Lee has told reporters that Ray's case …. '…,' he told" is
    Ann Lee's: a possessor only qualifies another thing, and is not whom the sentence is about); the last one when
    all are possessors. None when no mention comes before."""
    if not before:
        return None
    return next((m for m in reversed(before) if not _possessed_at(m[1], article, near)), before[-1])


def _possessed_at(end: int, article: str, near: dict) -> bool:
    """Whether the name ending at an article offset is a possessor ("Ray's case") in its (loaded) sentence."""
    c = _sentence_at(end - 1, article, near)
    return c is not None and _possessed(c.text, end - c.start)


def _direct(run: list[Citation]) -> bool:
    """Whether the run quotes at least a clause (not only a scare-quoted word)."""
    return sum(len(tokens(c.text[a:b])) for c in run for a, b in quoted_spans(c.text)) >= QUOTE_WORDS


#: A sentence cut after a name's initial ("… said general manager A ." | "J ." | "Smith …"): the splitter took
#: the initial's full stop for the sentence's end.
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\s?\.\s*$")


def _cut_before(citation: Citation, near: dict[tuple[str, int], Citation]) -> list[Citation]:
    """The sentences right before ``citation`` that the splitter cut after a name's initial, in order (at most
    ``RUN_BACK``; none when the sentence before ends otherwise or is not loaded)."""
    cut: list[Citation] = []
    while len(cut) < RUN_BACK and (before := near.get((citation.article, (cut or [citation])[0].sentence - 1))) \
            is not None and _INITIAL_END.search(before.text):
        cut.insert(0, before)
    return cut


def _run(citation: Citation, near: dict[tuple[str, int], Citation]) -> list[Citation]:
    """The sentences of the quote ``citation`` is part of, in order: back over sentences cut after a name's
    initial, back to where a quote it closes opened, and on while a quote it opens is still open (or while the
    next sentence is nothing but a quote)."""
    run = [*_cut_before(citation, near), citation]
    if _closes_unopened(run[0].text):
        for back in range(1, RUN_BACK + 1):
            before = near.get((citation.article, run[0].sentence - 1))
            if before is None:
                break
            run.insert(0, before)
            if _opens(before.text):
                break
    open_ = _left_open(run[-1].text, False)
    for _ in range(RUN_AHEAD):
        after = near.get((citation.article, run[-1].sentence + 1))
        if after is None or not (open_ or _only_quote(after.text)):
            break
        run.append(after)
        open_ = _left_open(after.text, open_)
        if not open_:
            break
    return run


def _left_open(text: str, was_open: bool) -> bool:
    """Whether a quote is open at the sentence's end: its last quotation mark opens one, or it has none and one
    was open before it."""
    marks = _marks(text)
    return marks[-1][2] if marks else was_open


def _score(run: list[Citation], topics: list[list[set[str]]], words: list[str]) -> float:
    """3 for a topic named inside the quote (2 by one word of a longer name: "Tara" for "Tara Reid"; 1 outside
    it), 1 for each other question word the run says, and a half for words in quotation marks at all."""
    quoted = set(tokens(" ".join(inside(c.text) for c in run)))
    whole = set(tokens(" ".join(c.text for c in run)))
    score = 0.5 if _direct(run) else 0.0
    for names in topics:
        if any(n <= quoted for n in names if n):
            score += 3
        elif any(len(w) > 3 and w in quoted for n in names if len(n) > 1 for w in n):
            score += 2
        elif any(n <= whole for n in names if n):
            score += 1
    if words:
        stems_, ordered = phrase_keys(" ".join(c.text for c in run))
        score += sum(1 for w in words if match(w, stems_, ordered) >= 0.6)
    return score


#: How many sentences past a colon the words it introduces may start (a tokenised text may split a quotation
#: mark off as a sentence of its own).
INTRODUCED_AHEAD = 3


def introduces(text: str) -> bool:
    """Whether a sentence ends by introducing what follows ("Ann Lee was blunt:", "He said:")."""
    return text.rstrip().endswith(":")


def introduced(store, citation: Citation) -> Citation | None:
    """The sentence a colon-ended sentence introduces: the next one of the article with a word in it (a
    sentence of stray marks skipped); None when the sentence ends otherwise or none follows."""
    from .load import sentence_citations

    if not introduces(citation.text):
        return None
    ahead = sentence_citations(store, [(citation.article, citation.sentence + k)
                                       for k in range(1, INTRODUCED_AHEAD + 1)])
    return next((c for c in ahead if tokens(c.text)), None)
