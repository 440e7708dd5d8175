"""A person's post as news writes it right before the name: "Interior Secretary Ann Lee", "rookie running
back Tom Ray", "Chargers receiver Ed Moss".

"What job does X hold?", "what position does X play?" ask for a word the articles set before X's name,
as a title, far more often than they say "X is a receiver". That title is a run of words right before
the name with nothing between: no determiner, no comma. A team or a firm before a lowercase title is
whose post it is, not the post ("Chargers receiver": the post is "receiver"); a capitalised title keeps
its words ("Interior Secretary"). A verb right before the title is none of it ("signed pitcher Ed Moss").

An honour is said the same way, before the post ("Pro Bowl cornerback Ed Moss"): "what honour has X earned
as a cornerback?" is answered by the capitalised words before the post the question names.

The sentences read are the ones that mention the asked person (a bounded read of the entity's newest
articles), so the answer does not hang on the question's other words finding them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .extract import Span
from .load import sentence_citations
from .questions import QuestionAnalysis
from .types import Citation
from .words import FUNCTION_WORDS, IRREGULAR, SPEECH_STEMS, stem

#: Kind nouns of a question asking for a person's post, and for an honour held.
POST_NOUNS = frozenset({"job", "position", "post"})
HONOUR_NOUNS = frozenset({"honour", "honor", "award", "prize", "trophy", "medal"})
#: How many of the person's newest articles, and of their sentences naming them, are read.
ARTICLES = 20
SENTENCES = 40
#: A title before a name holds at most this many words ("former deputy chief of staff" is cut at "of").
MOST_WORDS = 5
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tonight"})


@dataclass(frozen=True, slots=True)
class Post:
    """A title set right before a person's name, and where it starts in its sentence."""

    text: str
    start: int


def asks_post(q: QuestionAnalysis) -> bool:
    """Whether the question asks a named person's post ("what position does Ed Moss play?")."""
    return q.answer_type == "title" and bool(POST_NOUNS & set(q.words)) and _person(q) is not None


def asks_honour(q: QuestionAnalysis) -> bool:
    """Whether the question asks which honour a named person holds as the post it names ("what honour has Ed
    Moss earned as a cornerback?")."""
    return q.answer_type == "title" and bool(HONOUR_NOUNS & set(q.words)) and _person(q) is not None


def _person(q: QuestionAnalysis):
    return next((n.entity for n in q.entities if n.entity.type == "PERSON"), None)


def person_sentences(store, q: QuestionAnalysis, *, as_of: str | None) -> tuple[int | None, list[Citation]]:
    """The asked person's id and the sentences that mention them (newest articles first, bounded)."""
    person = _person(q)
    if person is None:
        return None, []
    keys = sorted(store.entity_mention_sentence_keys(person.id, as_of=as_of, articles=ARTICLES))
    return person.id, sentence_citations(store, keys[:SENTENCES])


def words_before(text: str, at: int) -> list[tuple[int, str]]:
    """The words written right before ``at`` with nothing between (no punctuation, no function word), and
    where each starts: the place a title stands before a name."""
    words: list[tuple[int, str]] = []
    end = at
    for m in reversed(list(_WORD.finditer(text, 0, at))):
        if text[m.end():end].strip() or m.group().lower() in FUNCTION_WORDS or len(words) == MOST_WORDS:
            break  # punctuation or a determiner between: the title has ended
        words.insert(0, (m.start(), m.group()))
        end = m.start()
    return words


def post_before(text: str, at: int, named: list[tuple[int, int]]) -> Post | None:
    """The title written right before the name that starts at ``at`` (``named``: where the sentence's named
    mentions stand), or None when the words there are no title."""
    words = words_before(text, at)
    lower = next((i for i, (_, w) in enumerate(words) if w[:1].islower()), None)
    if lower is not None:  # "Chargers wide receiver": whose post, then the post
        words = words[lower:]
    while words and _verb(words[0][1]):  # "signed pitcher Ed Moss"
        words = words[1:]
    if words and words[0][1][:1].islower() and _before_a_verb(text[:words[0][0]]):
        return None  # "I don't *question* Billy", "they will *coach* Ann Lee": a verb, its subject or helper before it
    if not words or all(any(a <= s < b for a, b in named) for s, _ in words):
        return None  # nothing, or only another name ("Colts Ed Moss")
    if any(w.lower() in _DAYS for _, w in words):
        return None
    return Post(text=" ".join(w for _, w in words), start=words[0][0])


#: Words after which a lowercase word is a verb, not a title: a subject pronoun, a modal, an auxiliary, a negation.
_BEFORE_A_VERB = frozenset({"i", "you", "we", "they", "he", "she", "not", "n't", "'t", "never", "will", "would",
                            "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "don't",
                            "doesn't", "didn't", "won't", "can't", "cannot", "wouldn't", "couldn't", "shouldn't"})


def _before_a_verb(text: str) -> bool:
    """Whether the last word of ``text`` (what stands before a title's first word) is one a verb follows."""
    last = re.search(r"([\w'’]+)\W*$", text)
    return last is not None and last[1].lower().replace("’", "'") in _BEFORE_A_VERB


def _verb(word: str) -> bool:
    """A lowercase verb form that cannot open a title: a past form or a verb of saying."""
    low = word.lower()
    return word[:1].islower() and (low.endswith("ed") or low in IRREGULAR or stem(low) in SPEECH_STEMS)


def posts(store, q: QuestionAnalysis, *, as_of: str | None) -> list[Span]:
    """The titles the articles set before the asked person's name, the most written first (on a tie, the
    first found); for an honour question, the capitalised words before the post the question names."""
    person, sentences = person_sentences(store, q, as_of=as_of)
    if person is None:
        return []
    honour = asks_honour(q)
    told: dict[str, list[Span]] = {}
    for c in sentences:
        mentions = store.mentions_in(c.article, c.start, c.end)
        named = [(s - c.start, e - c.start) for s, e, _t, _k, _i, _n in mentions]
        for s, _e, _t, _k, entity_id, _n in mentions:
            if entity_id != person:
                continue
            if honour:
                text = _honour(words_before(c.text, s - c.start), q)
            else:
                post = post_before(c.text, s - c.start, named)
                text = post.text if post else None
            if text:
                told.setdefault(text.lower(), []).append(Span(text=text, citation=c))
    ranked = sorted(told.values(), key=len, reverse=True)
    return [spans[0] for spans in ranked]


def _honour(words: list[tuple[int, str]], q: QuestionAnalysis) -> str | None:
    """The capitalised words before the post the question names ("*Pro Bowl* cornerback" for "as a
    cornerback"): the honour written before it."""
    asked = {stem(w) for w in q.words}
    at = next((i for i, (_, w) in enumerate(words) if w[:1].islower() and stem(w.lower()) in asked), None)
    if not at:
        return None
    before = [w for _, w in words[:at]]
    return " ".join(before) if all(w[:1].isupper() for w in before) else None


def say_first(spans: list[Span], out) -> str | None:
    """Say the first of ``spans`` the answer takes, quoting the sentence it stands in; its short answer, or
    None when there is none to say."""
    for span in spans:
        if out.add(span.sentence, [span.citation]):
            out.quote(span.citation)
            return span.short
    return None


def state_post(store, q: QuestionAnalysis, out, *, as_of: str | None) -> str | None:
    """Say the asked person's post (or honour) the articles write most, quoting the sentence it stands in;
    None when no sentence sets one before the name."""
    return say_first(posts(store, q, as_of=as_of), out)
