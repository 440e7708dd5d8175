"""What answering one question carries from step to step (``ask.STEPS``).

Why: ``ask`` tries its answering strategies in order, each to answer what the steps before left unanswered or to
mend what they wrote. Every step reads the question here and writes the answer under way (``out``), its short
answer and the claims it rests on here, so a strategy is one function of an ``Asking`` and adding one is one line
in ``ask.STEPS``. A module of its own so that a step kept in another module can take an ``Asking`` without
importing ``ask``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .compose import Composer
from .questions import QuestionAnalysis
from .speakers import Speaker
from .types import Citation, ClaimView


@dataclass(slots=True)
class Scored:
    """A retrieved claim weighed against the question (``ask.score``)."""

    claim: ClaimView
    score: float
    verb: bool  # the claim's verb is one the question asks about (or a paraphrase of it)
    overlap: int  # question content words (or paraphrases) in the claim's fields
    verb_weight: float = 0.0  # how surely the verb says the question's (lexicon.match)


@dataclass(slots=True)
class Asking:
    """One question being answered: what was read of it (fixed) and the answer so far (the steps' to write)."""

    store: Any
    q: QuestionAnalysis
    as_of: str | None
    names: dict[int, set[str]]  # each question entity's names, by its id
    all_names: set[str]  # all of them: the composer's, and what a span must not be
    out: Composer  # the answer's sentences and citations
    used: list[ClaimView] = field(default_factory=list)  # the claims the answer states
    short: str | None = None  # what the first sentence states: a date, a name, a figure, a verdict
    sentences: list[Citation] = field(default_factory=list)  # read for a span or a reason; the safety net weighs them
    speaker: Speaker | None = None  # whose words a quote question asks for, once looked up
    ranked: list[Scored] | None = None  # the retrieved claims, best first; None when no step ranked any
    #: ``best_sentences`` already searched for this question, by the sentences read beside it (``best``)
    searched: dict[tuple, list] = field(default_factory=dict)
    #: the sentences the learned order put first over sentences whose words say more (``fulltext.learned_order``)
    lifted: set[tuple[str, int]] = field(default_factory=set)

    def best(self) -> list:
        """The best sentences for the question's words (``fulltext.best_sentences``, with the sentences read for
        it), searched once per ask: the safety net and the confidence gate both weigh them, and the search is a
        full-text query and a coverage pass over its rows (about 90 ms a question on a store of 100,000
        articles). A copy each time, so no caller's filtering reaches another's."""
        from .fulltext import best_sentences  # (here: fulltext imports nothing of asking, asking stays light)

        key = tuple(c.key for c in self.sentences)
        if key not in self.searched:
            self.searched[key] = best_sentences(self.store, self.q, as_of=self.as_of, extra=self.sentences,
                                                lifted=self.lifted)
        return list(self.searched[key])
