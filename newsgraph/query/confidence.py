"""How likely a short answer is right, and withholding the doubtful ones.

Why: a short answer ("Mount Cook [1].") is what a reader takes from an answer, and on news nobody here had read
about four in ten of them were wrong, each with a citation. Rules written against one story's wording did not
carry to unseen news; a model of *when our own short answers are wrong*, over features that say how well the
span's sentence answers the question (never what the articles say), may. So once the short answer is fixed, one
whose confidence is below ``THRESHOLD`` is withheld (``withhold``): the first sentence quotes the sentence it came
from, which still holds the answer when it is there, and the answer states no span.

The features (``features``), all general:
- ``sim``, ``gap`` (only with the sentence encoder, ``meaning.closeness``): how close the span's sentence is in
  meaning to the question, and how much closer than the other best sentences for the question's words;
- ``cover``: the share of the question's content words its sentence says (synonyms count);
- ``near``: whether the span sits within ``NEAR`` words of a question word or name in its sentence;
- ``long``: the span's length (a bare word is more often a stray one than a full name or figure with its unit);
- ``headline``: the sentence is a headline (it summarises; its span may be another's);
- ``votes_against``: how many of the other best sentences hold spans of the asked type, none of them this one;
- ``miscount``: a figure that counts another thing than the question's noun;
- the answer type (organisations and places are the types most often wrong, figures and lengths the least).

The weights are a logistic regression's, fitted on the 629 short answers of the eight opened question sets
(dev, heldout … heldout7) against whether each holds the gold key, L2 1.0; they were judged by leave-one-set-out
cross-validation (fitted on seven sets, scored on the eighth): with the encoder, AUC .72 and, at ``THRESHOLD``,
the short answers kept held the key 481 of 523 times (.920; all 629: 555, .882); without it, AUC .64 and 484 of
538 (.900). On the set least tuned (heldout7) the kept held 41 of 59 with the encoder and 41 of 63 without (all: 44
of 71). A withheld short answer costs no right answer when its sentence holds the key (the quote says it), and a
wrong one whose sentence holds the key becomes right: on the opened sets' cached stores, without the encoder, right
1,402 -> 1,405 and wrong short answers 82 -> 57 (dev one fewer right: a day read from "Monday" in an article of the
next day).
"""

from __future__ import annotations

import math

from .asking import Asking
from .compose import Composer
from .extract import Span
from .fulltext import agrees, is_title, miscounts, question_words
from .lexicon import SYNONYM, match, phrase_keys
from .meaning import closeness
from .stored import remember_stored
from .typed import SPAN_TYPES, role_words, spans_in, titled
from .words import FUNCTION_WORDS, stem, tokens

#: Tokens apart beyond which a span is not "beside" the question's words in its sentence.
NEAR = 8
#: How many of the best sentences for the question are read against the span's own.
READ = 6

#: Weights with the sentence encoder installed (see the module docstring for how they were fitted).
WEIGHTS_ENCODED = {
    "bias": 0.685, "sim": 1.587, "gap": 2.223, "cover": 0.574, "near": 0.532, "long": 0.916, "headline": -0.958,
    "votes_against": -0.799, "miscount": -0.717, "type_organisation": -0.658, "type_place": -0.829,
    "type_number": 0.623, "type_duration": 0.733,
}
#: Weights without it: the same features but the two of meaning.
WEIGHTS = {
    "bias": 1.05, "cover": 0.806, "near": 0.644, "long": 1.014, "headline": -0.948, "votes_against": -0.71,
    "miscount": -0.724, "type_organisation": -0.471, "type_place": -0.827, "type_number": 0.713,
    "type_duration": 0.913,
}
#: Below this probability of holding the answer a short answer is withheld (chosen on the out-of-fold curve:
#: the lowest at which the kept short answers held the key nine times in ten, with and without the encoder).
THRESHOLD = 0.8


def _said_at(q, text: str) -> list[int]:
    """Token positions in ``text`` of the question's content words (or their synonyms) and its names' words."""
    asked = [w for w in question_words(q) if " " not in w]
    names = {w for n in q.entities for w in tokens(n.text) if w not in FUNCTION_WORDS}
    return [i for i, t in enumerate(tokens(text)) if t not in FUNCTION_WORDS and (
        t in names or any(match(w, {stem(t)}, f" {stem(t)} ") >= SYNONYM for w in asked))]


def _span_at(short: str, text: str) -> int | None:
    """The token position where the short answer's words begin in ``text`` (None when it is not written there,
    as a date the reader resolved: "1998-02-23" for "Monday")."""
    want = [w for w in tokens(short) if w not in FUNCTION_WORDS] or tokens(short)
    words = tokens(text)
    if not want:
        return None
    for i, t in enumerate(words):
        if t == want[0] and words[i:i + len(want)] == want:
            return i
    return next((i for i, t in enumerate(words) if t == want[-1]), None)


def _covered(q, text: str) -> float:
    """The share of the question's content words the sentence says (a synonym counts); 1 with none."""
    asked = question_words(q)
    if not asked:
        return 1.0
    stems_, ordered = phrase_keys(text)
    return sum(match(w, stems_, ordered) >= SYNONYM for w in asked) / len(asked)


def _near(q, short: str, text: str) -> float:
    """1 when the span is written within ``NEAR`` words of a question word or name, 0 when farther, .5 when it is
    not written as such (a resolved date)."""
    at = _span_at(short, text)
    if at is None:
        return 0.5
    return 1.0 if any(abs(i - at) <= NEAR for i in _said_at(q, text)) else 0.0


def _others(a: Asking) -> tuple[list, int]:
    """The other best sentences for the question's words (up to ``READ``), and how many of those covering at
    least half as much as the best hold spans of the asked type that all differ from the short answer."""
    first = a.out.citations[0]
    best = a.best()
    top = max((cover for cover, _c in best), default=0.0)
    others = [(cover, c) for cover, c in best if c.key != first.key][:READ]
    against = 0
    for cover, c in others:
        if cover >= top / 2 and (spans := spans_in(a.store, a.q, c, a.all_names)) and \
                not agrees(a.short or "", spans, c):
            against += 1
    return [c for _cover, c in others], against


def features(a: Asking) -> dict[str, float]:
    """The features the confidence model reads, from what ``ask`` has when the short answer is fixed; ``sim``
    and ``gap`` only when the sentence encoder is installed."""
    q, first, short = a.q, a.out.citations[0], a.short or ""
    others, against = _others(a)
    f = {
        "bias": 1.0,
        "cover": _covered(q, first.text),
        "near": _near(q, short, first.text),
        "long": min(len(tokens(short)), 8) / 8,
        "headline": 1.0 if is_title(first) else 0.0,
        "votes_against": math.log1p(against),
        "miscount": 1.0 if miscounts(q, short) else 0.0,
        **{f"type_{t}": 1.0 if q.answer_type == t else 0.0 for t in SPAN_TYPES},
    }
    remember_stored(a.store, [first, *others])  # (the vectors kept at ingest: only the question is encoded)
    near = closeness(q.text, [first.text, *(c.text for c in others)])
    if near is not None:
        f["sim"] = near[0]
        f["gap"] = near[0] - max(near[1:], default=near[0])
    return f


def confidence(f: dict[str, float]) -> float:
    """The model's probability that the short answer holds the answer (the encoder's weights when its features
    are there)."""
    weights = WEIGHTS_ENCODED if "sim" in f else WEIGHTS
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z))


def withhold(a: Asking) -> None:
    """State no short answer: the first sentence quotes the sentence the span came from (a date's after the day
    its article was reported, so that "today" or "on Monday" can be read), the sentences after it stay."""
    first = a.out.citations[0]
    lead = f"Reported {first.day}: " if a.q.answer_type == "date" and first.day else ""
    quoted = Composer(a.all_names)
    quoted.quote(first)
    said = quoted.sentences[0].removesuffix(" [1].")
    rest = [s for s in a.out.sentences[1:] if not s.startswith(said + " [")]
    a.out.sentences[:] = [f"{lead}{said} [1].", *rest]  # (the first citation is [1] in ``a.out`` too)
    a.short, a.used = None, []


def gate(a: Asking) -> None:
    """A span answer whose short answer the model finds doubtful is withheld (``withhold``)."""
    if a.short is None or not a.out or not a.out.citations or a.q.answer_type not in SPAN_TYPES:
        return
    if _titled(a):
        return
    if confidence(features(a)) < THRESHOLD:
        withhold(a)


def _titled(a: Asking) -> bool:
    """A person the sentence names beside the role the question asks for ("who was the *judge*?": "Presiding
    *Judge* Ann Roe said …"; ``typed.titled``): the title says who holds it, whatever the sentence is about, so no
    doubt is weighed."""
    return a.q.answer_type == "person" and bool(a.short) and titled(Span(text=a.short, citation=a.out.citations[0]),
                                                                      role_words(a.q))
