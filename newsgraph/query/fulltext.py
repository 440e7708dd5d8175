"""The full-text safety net: when the engine's pick covers less of the question than the best sentence.

The structured path (claims, then sentences naming the question's entities)
can settle on a claim that names the right people but says another thing
("Who takes over as coach?" → a sentence about a player). A reader with a
search box would have typed the question's words and read the best sentence.
So the answer is checked against that sentence: the question's content words
(its names included) are counted in the engine's first cited sentence and in
the best full-text (BM25) sentences; when a full-text sentence covers more of
them, the answer is taken from it instead — the answer type's span when the
sentence holds one ("Ann Lee [1]."), then the sentence quoted. So the answer
is never worse than the sentence a search would have found, and it still
says only what its citation says.
"""

from __future__ import annotations

from .compose import Composer
from .questions import QuestionAnalysis
from .types import Citation
from .lexicon import LIGHT_VERBS, SYNONYM, match, phrase_keys
from .words import FUNCTION_WORDS, IRREGULAR, QUESTION_WORDS, tokens

#: Full-text sentences read per question.
READ = 8
#: A sentence holding the asked-for span may cover this many fewer question words than the best one.
SLACK = 1


def question_words(q: QuestionAnalysis) -> list[str]:
    """The question's content words, names included ("Who coached the Sixers?" → coached, sixers); light verbs
    ("get out of prison") left out, as any sentence may hold them in another sense ("cannot get enough")."""
    return list(dict.fromkeys(w for w in tokens(q.text)
                              if w not in FUNCTION_WORDS and w not in QUESTION_WORDS and len(w) > 1
                              and IRREGULAR.get(w, w) not in LIGHT_VERBS))


def coverage(words: list[str], text: str) -> int:
    """How many of the question's words a sentence says, synonyms counted ("quit" ~ "resigned"; looser kin would let a claim on another matter pass)."""
    stems_, ordered = phrase_keys(text)
    return sum(1 for w in words if match(w, stems_, ordered) >= SYNONYM)


def best_sentences(store, q: QuestionAnalysis, *, as_of: str | None) -> list[tuple[int, Citation]]:
    """The full-text sentences for the question's words, most covering first (BM25 order within a tie)."""
    words = question_words(q)
    if not words:
        return []
    hits = [h for h in store.search(" ".join(words), limit=READ)
            if not as_of or (h.published or "")[:10] <= as_of[:10]]
    found = [(coverage(words, h.text), i, Citation(article=h.article_id, published=h.published, source=h.source,
                                                      title=h.title, sentence=h.sentence, start=h.start, end=h.end,
                                                      text=h.text)) for i, h in enumerate(hits)]
    found.sort(key=lambda t: (-t[0], t[1]))
    return [(cover, c) for cover, _, c in found if cover]


def margin(q: QuestionAnalysis, out: Composer, best: list[tuple[int, Citation]]) -> int:
    """How many more of the question's words the best sentence holds than the engine's first citation
    (all of them when the engine found nothing; 0 when full text found nothing)."""
    if not best:
        return 0
    if not out or not out.citations:
        return best[0][0]
    # the engine's evidence involves the question's entities (by link or coreference: "the company"), so
    # their names count as covered whatever words its sentence uses
    named = " ".join(n.text for n in q.entities)
    return best[0][0] - coverage(question_words(q), f"{out.citations[0].text} {named}")


def answer_from(q: QuestionAnalysis, best: list[tuple[int, Citation]], names: set[str], find, *,
                bare: bool = True) -> tuple[Composer, str | None] | None:
    """An answer from the best sentences: the first (among the equally covering) whose span ``find`` finds, stated
    first and then quoted; else, when ``bare``, the best sentence quoted; else None. ``find(citation)`` gives
    the spans of the answer type."""
    out = Composer(names)
    top = best[0][0]
    for cover, citation in best:
        if cover < top - SLACK:
            break
        spans = find(citation) if find else []
        if spans and out.add(spans[0].sentence, [citation], extra=[spans[0].value] if spans[0].value else []):
            out.quote(citation)
            return out, spans[0].text
    if not bare:
        return None
    out.quote(best[0][1])
    return out, None
