"""The question set: reporters' questions on real multi-outlet stories, scored against ``ask``.

Files (``newsgraph/eval/gold/``), which hold ids, short answer keys and offsets, never article text.
There are nine sets of them (``QUESTION_SETS``): ``dev``, the set ``ask`` is tuned on
(``stories.json``, ``questions.jsonl``); ``heldout``, written blind on other stories
(``stories_heldout.json``, ``questions_heldout.jsonl``), so a gain on ``dev`` can be checked on
stories nobody fitted, since looked at as a second dev set; ``heldout2``, written blind on
still other stories in session 6 (``stories_heldout2.json``, ``questions_heldout2.jsonl``),
opened for tuning in session 7; ``heldout3``, written blind in session 7 on ECB+, AQUAINT
and MEANTIME documents no other set or gold claim file uses (``stories_heldout3.json``,
``questions_heldout3.jsonl``), opened for tuning in session 8; ``heldout4``, written blind
in session 8 on still other ECB+, AQUAINT and MEANTIME documents (``stories_heldout4.json``,
``questions_heldout4.jsonl``), opened for tuning in session 9; the sixth,
``heldout5``, written blind in session 9 on ECB+, AQUAINT and MEANTIME documents no other set
or gold file uses (``stories_heldout5.json``, ``questions_heldout5.jsonl``), the honest measure
of session 9's work on ``ask``, which is tuned on the five sets before it, all opened by then;
and the seventh, ``heldout6``, written blind in session 11 on halves of six ECB+ sub-topics whose
documents nobody on the project had read (``stories_heldout6.json``, ``questions_heldout6.jsonl``),
the measure of session 11's work while ``heldout5`` also stayed unread; ``heldout5`` was opened for
tuning in session 12 (measured three times by totals only, it had served its turn as a blind set), and
``heldout6`` stayed blind until it was opened for tuning in session 14 (measured by totals only in sessions
11 to 13); the eighth, ``heldout7``, written blind in session 12 on halves of three ECB+
sub-topics and on MEANTIME documents nobody on the project had read (``stories_heldout7.json``,
``questions_heldout7.jsonl``), was the blind measure of sessions 12 to 14 and was opened for tuning in session 15; the ninth, ``heldout8``, written blind
in session 14 on AQUAINT and TimeBank documents no other set or gold file uses (``stories_heldout8.json``,
``questions_heldout8.jsonl``), was the second blind measure of sessions 14 and 15 and was opened for tuning in session 16; the tenth, ``heldout9``,
written blind in session 15 on the halves of four ECB+ sub-topics no story had used and on TimeBank documents no
other set or gold file uses (``stories_heldout9.json``, ``questions_heldout9.jsonl``), is the blind measure of
sessions 15 and 16; the eleventh, ``heldout10``, written blind in session 16 on the TimeBank newswire and
broadcasts no story had used and on the 24 MEANTIME documents no story had used (``stories_heldout10.json``,
``questions_heldout10.jsonl``; those MEANTIME documents are annotated in the gold claim files, so claim reading was
measured on them though no question was ever asked of them), is session 16's second blind measure; ``all`` is the
eleven.
Each set's files:

- ``stories.json``: story id → ``{"corpus", "about", "docs"}``. ``docs`` are paths under the
  shared data folder (``ecbplus/1/1_1ecb.xml``, ``meantime/airbus/….xml``,
  ``tempeval3/TimeBank/….tml``) or, for the example corpus, ``["examples"]``;
- ``questions.jsonl``: one question a line: ``id``, ``story``, ``q``, ``type`` (the answer type
  the question asks for), ``answer_contains`` (required items, each a list of acceptable
  strings, matched case-insensitively), ``yesno`` (``yes``/``no``/``unknown``, yes/no
  questions only), ``absent`` (true when the question names someone the story never
  mentions), and ``evidence`` (``doc``, ``start``, ``end``, ``sha1``: a sentence a correct
  answer must cite, as offsets into the article text the loaders below build, with the
  first 10 hex digits of the SHA-1 of that text so a change of loader cannot move them
  silently).

Article texts are built exactly as the other evaluations build them: ECB+ by
``ecbplus.load_ecbplus_file`` (tokens joined by spaces, sentences by newlines; no
publication date), MEANTIME by ``meantime_corpus`` (creation date as publication
date), TimeBank by ``timeml.load_timeml`` with its creation time, and the example
corpus by the project's own readers (``origin`` such as ``examples/wire.jsonl:1``).

The run (``evaluate_questions``): for each story, its articles go through the real
pipeline (each document annotated once, then ``store.write_article`` with the linker, as
``newsgraph ingest`` does) into a fresh temporary store; every question is put to
``newsgraph.query.ask`` and scored (``score_answer``): right when the answer text
contains every required item (any alternative), cites at least one evidence span (a
citation overlapping it in the same article) and, for yes/no, starts with the right word
("Yes", "No"); for a span question (who, when, where, how many …) the short answer put
first, when there is one, must hold the key too. A question whose key is "unknown", or
that names someone the story never mentions, is right when the answer starts with neither "Yes" nor "No": what it cites as
nearest is not scored. The baseline, in the same run and
store, is full-text search: the best bm25 sentence for the question's content words
taken as the answer ("Yes" before it for a yes/no question).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..models import Article
from .gold_docs import sentence_sha1 as span_sha1
from .report import Report

GOLD = Path(__file__).resolve().parent / "gold"
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
#: ``../shared/data`` beside the checkout (``NEWSGRAPH_SHARED`` names ``../shared`` elsewhere, as for the tests).
SHARED_DATA = Path(os.environ.get("NEWSGRAPH_SHARED") or REPO.parent / "shared") / "data"

#: The answer types the question set covers (issue 11's list).
ANSWER_TYPES = ("date", "person", "organisation", "place", "number", "money", "duration", "title", "reason",
                "yesno", "events", "timeline", "quote", "connection", "description")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of one article a correct answer must cite (``doc`` names the article)."""

    doc: str
    start: int
    end: int
    sha1: str


@dataclass(frozen=True, slots=True)
class GoldQuestion:
    id: str
    story: str
    q: str
    type: str
    answer_contains: tuple[tuple[str, ...], ...]
    evidence: tuple[Evidence, ...]
    yesno: str | None = None
    absent: bool = False

    @property
    def must_not_say_yes(self) -> bool:
        """A question whose truthful answer never starts with "Yes"."""
        return self.yesno in ("no", "unknown") or self.absent


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    corpus: str
    docs: tuple[str, ...]
    about: str = ""


@dataclass(slots=True)
class QuestionSet:
    stories: dict[str, Story]
    questions: list[GoldQuestion] = field(default_factory=list)

    def of_story(self, story: str) -> list[GoldQuestion]:
        return [q for q in self.questions if q.story == story]


def load_stories(path: Path = GOLD / "stories.json") -> dict[str, Story]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {sid: Story(id=sid, corpus=s["corpus"], docs=tuple(s["docs"]), about=s.get("about", ""))
            for sid, s in data.items()}


def load_questions(path: Path = GOLD / "questions.jsonl") -> list[GoldQuestion]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        out.append(GoldQuestion(
            id=d["id"], story=d["story"], q=d["q"], type=d["type"],
            answer_contains=tuple(tuple(alts) for alts in d.get("answer_contains", [])),
            evidence=tuple(Evidence(e["doc"], e["start"], e["end"], e["sha1"]) for e in d.get("evidence", [])),
            yesno=d.get("yesno"), absent=bool(d.get("absent", False))))
    return out


#: The question sets by name: its stories file and its questions file under ``gold``.
QUESTION_SETS = {"dev": ("stories.json", "questions.jsonl"),
                 "heldout": ("stories_heldout.json", "questions_heldout.jsonl"),
                 "heldout2": ("stories_heldout2.json", "questions_heldout2.jsonl"),
                 "heldout3": ("stories_heldout3.json", "questions_heldout3.jsonl"),
                 "heldout4": ("stories_heldout4.json", "questions_heldout4.jsonl"),
                 "heldout5": ("stories_heldout5.json", "questions_heldout5.jsonl"),
                 "heldout6": ("stories_heldout6.json", "questions_heldout6.jsonl"),
                 "heldout7": ("stories_heldout7.json", "questions_heldout7.jsonl"),
                 "heldout8": ("stories_heldout8.json", "questions_heldout8.jsonl"),
                 "heldout9": ("stories_heldout9.json", "questions_heldout9.jsonl"),
                 "heldout10": ("stories_heldout10.json", "questions_heldout10.jsonl")}
#: The sets that have been read and tuned on: a session measuring its own rules runs these, and leaves the
#: sets still blind (``heldout9``, ``heldout10``) unread until the end.
OPENED_SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
#: What ``--set`` accepts: a set's name, ``opened`` for the sets already tuned on, or ``all`` for every set.
SET_CHOICES = (*QUESTION_SETS, "opened", "all")


def load_question_set(gold: Path = GOLD, name: str = "dev") -> QuestionSet:
    """The named question set (``dev``, ``heldout`` … ``heldout10``),
    ``opened`` for the sets already tuned on together, or ``all`` for every set together."""
    if name not in SET_CHOICES:
        from ..errors import NotFoundError

        raise NotFoundError(f"no question set {name!r}; expected one of {', '.join(SET_CHOICES)}")
    qset = QuestionSet(stories={})
    chosen = {"all": tuple(QUESTION_SETS), "opened": OPENED_SETS}.get(name, (name,))
    for set_name in chosen:
        stories_file, questions_file = QUESTION_SETS[set_name]
        qset.stories.update(load_stories(gold / stories_file))
        qset.questions += load_questions(gold / questions_file)
    return qset


def doc_article(doc: str, shared_data: Path) -> Article:
    """The article one ``doc`` path names, built as the corpus's evaluation builds it (``gold_docs``)."""
    from .gold_docs import gold_article

    corpus = doc.split("/", 1)[0]
    return _named(gold_article(_GOLD_CORPUS.get(corpus, corpus), doc, shared_data), doc)


#: The first folder of a document path → the corpus name ``gold_docs`` knows it by.
_GOLD_CORPUS = {"tempeval3": "timebank"}


def _named(article: Article, doc: str) -> Article:
    """The article with ``origin`` set to its ``doc`` path, so citations map back to evidence."""
    from dataclasses import replace

    return replace(article, origin=doc)


def example_articles(examples: Path = EXAMPLES) -> list[Article]:
    """The example corpus as ``newsgraph ingest examples/`` reads it (``origin`` = ``examples/<file>``)."""
    from ..errors import ReadError
    from ..readers import read_paths

    out = []
    for item in read_paths([examples]):
        if isinstance(item, ReadError):
            continue
        origin = item.origin or ""
        rel = "examples/" + origin.split("examples/", 1)[-1] if "examples/" in origin else origin
        out.append(_named(item, rel))
    return out


def story_articles(story: Story | str, *, shared_data: Path | None = None,
                   stories: dict[str, Story] | None = None) -> list[Article]:
    """The articles of one story, built the way the evaluations build them (corpus stories read
    ``shared_data``, by default ``../shared/data``)."""
    if isinstance(story, str):
        story = (stories or load_stories())[story]
    if story.corpus == "examples":
        return example_articles()
    return [doc_article(doc, Path(shared_data) if shared_data is not None else SHARED_DATA) for doc in story.docs]


# -- scoring ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cited:
    """A span an answer cites: the ``doc`` of its article, and offsets into the article text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Verdict:
    right: bool
    why: str = ""  # for a miss: what was wrong, in a few words
    #: for a miss, where it went wrong: "yes/no" (the first word), "extraction" (the evidence
    #: is cited, the answer lacks an item), "retrieval" (other sentences cited), "not found",
    #: "short answer" (the words are there but the short answer put first is not the key)
    stage: str = ""


_WORD = re.compile(r"[A-Za-z]+")


def contains(text: str, item: str) -> bool:
    """``item`` in ``text``, case-insensitively, starting at a word's start; a figure
    must also end where a word ends ("4" is not in "485", "prosecut" is in "prosecutor")."""
    end = r"(?![0-9A-Za-z])" if item[-1:].isdigit() else ""
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(item.lower()) + end, text.lower()) is not None


def first_word(text: str) -> str:
    m = _WORD.search(text or "")
    return m.group().lower() if m else ""


def score_answer(q: GoldQuestion, text: str, cited: list[Cited], short: str | None = None) -> Verdict:
    """Whether an answer (its text and the spans it cites) answers ``q``; see the module docstring.

    An answer to a span question (who, when, where, how many …) that puts a short answer first
    is judged on that short answer: "Ed Stefanski [1]." to "who takes over as coach?" states a
    wrong name however right the quoted sentence after it is, and a reader takes the first words.

    A miss says what was wrong and, when the answer lacks an item, whether it cited an
    evidence sentence all the same (the evidence was found, the answer not taken from it)
    or not (the evidence was not found)."""
    low = (text or "").lower()
    on_evidence = any(c.doc == e.doc and c.start < e.end and e.start < c.end for c in cited for e in q.evidence)
    where = "cites evidence" if on_evidence else ("cites other sentences" if cited else "cites nothing")
    stage = "extraction" if on_evidence else ("retrieval" if cited else "not found")
    if q.yesno is not None or q.absent:
        word = first_word(text)
        if q.yesno in ("yes", "no") and word != q.yesno:
            return Verdict(False, f"says {word or 'nothing'!r}, key {q.yesno!r}; {where}", "yes/no")
        if q.yesno in ("unknown", None) and word in ("yes", "no"):
            return Verdict(False, f"says {word!r}, key 'unknown'", "yes/no")
    missing = [alts[0] for alts in q.answer_contains if not any(contains(low, a) for a in alts)]
    if missing:
        return Verdict(False, "lacks " + ", ".join(repr(m) for m in missing) + f"; {where}", stage)
    if _short_holds(q, short) is False:
        return Verdict(False, f"short answer {short!r} is not the key; {where}", "short answer")
    if q.yesno == "unknown" or q.absent:
        return Verdict(True)  # "the articles don't say" may cite whatever comes nearest
    if q.evidence and not on_evidence:
        return Verdict(False, f"right words, but {where}", stage)
    return Verdict(True)


#: How other code may spell the answer types (for the answer-type agreement count).
_TYPE_ALIASES = {"organization": "organisation", "org": "organisation", "yes/no": "yesno", "yes_no": "yesno",
                 "who": "person", "when": "date", "where": "place", "why": "reason", "list": "events",
                 "how_many": "number", "how_much": "money", "how_long": "duration", "connect": "connection",
                 "profile": "description"}


def same_type(gold: str, system: str | None) -> bool:
    if not system:
        return False
    system = system.lower().replace("-", "_")
    return _TYPE_ALIASES.get(system, system) == gold


# -- the run ---------------------------------------------------------------------

@dataclass(slots=True)
class QuestionResult:
    id: str
    story: str
    type: str
    q: str
    answer: str
    right: bool
    why: str
    baseline_right: bool
    baseline_why: str
    answer_type: str | None = None
    #: whether the engine's ``short_answer`` alone holds every required item (None: no short answer,
    #: or a yes/no, list or timeline question, whose short answer is not a span)
    short_holds: bool | None = None
    stage: str = ""  # for a miss: yes/no, extraction, retrieval or not found (see ``Verdict``)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class QuestionRun:
    report: Report
    results: list[QuestionResult]
    question_set: str = "dev"

    def misses(self) -> list[QuestionResult]:
        return [r for r in self.results if not r.right]

    def to_dict(self) -> dict:
        return {**self.report.to_dict(), "set": self.question_set, "questions": [r.to_dict() for r in self.results]}


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def baseline_answer(store, q: GoldQuestion, doc_of: dict[str, str], stop: frozenset[str]) -> tuple[str, list[Cited]]:
    """The best full-text sentence for the question's content words, taken as the answer."""
    words = [w for w in re.findall(r"[\w'-]+", q.q) if w.lower() not in stop]
    hits = store.search(" ".join(words), limit=1) if words else []
    if not hits:
        return "Not found.", []
    hit = hits[0]
    text = ("Yes. " if q.type == "yesno" else "") + hit.text
    return text, [Cited(doc_of.get(hit.article_id, hit.article_id), hit.start, hit.end)]


class _Annotations:
    """Each document annotated once, whatever number of stories it is in."""

    def __init__(self, nlp) -> None:
        from ..nlp.pipeline import Annotator

        self.annotator = Annotator(nlp, vectors=True) if nlp is not None else Annotator(vectors=True)
        self.done: dict[str, object] = {}

    def of(self, articles: list[Article]) -> list:
        todo = [a for a in articles if a.id not in self.done]
        for annotated in self.annotator.annotate_many(todo):
            self.done[annotated.article.id] = annotated
        return [self.done[a.id] for a in articles]


def run_story(story: Story, questions: list[GoldQuestion], articles: list[Article], annotated: list,
              stop: frozenset[str]) -> list[QuestionResult]:
    """Store the story's annotated articles in a fresh temporary store and put every question to ``ask``."""
    import tempfile

    from ..query import ask
    from ..resolve import link_article
    from ..store import SQLiteStore

    doc_of = {a.id: a.origin or a.id for a in articles}
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "story.db")
        try:
            for a in annotated:
                store.write_article(a, linker=link_article)
            for q in questions:
                answer = ask(store, q.q)
                cited = [Cited(doc_of.get(c.article, c.article), c.start, c.end) for c in answer.citations]
                short = getattr(answer, "short_answer", None)
                verdict = score_answer(q, answer.answer, cited, short)
                base_text, base_cited = baseline_answer(store, q, doc_of, stop)
                base = score_answer(q, base_text, base_cited)
                out.append(QuestionResult(
                    id=q.id, story=story.id, type=q.type, q=q.q, answer=answer.answer, right=verdict.right,
                    why=verdict.why, baseline_right=base.right, baseline_why=base.why,
                    answer_type=getattr(answer, "answer_type", None), stage=verdict.stage,
                    short_holds=_short_holds(q, short)))
        finally:
            store.close()
    return out


#: Answer types whose short answer is a span of the evidence (a name, a figure, a date).
SPAN_TYPES = frozenset(ANSWER_TYPES) - {"yesno", "events", "timeline", "quote", "connection", "description", "reason"}


def _short_holds(q: GoldQuestion, short: str | None) -> bool | None:
    if not short or q.type not in SPAN_TYPES or not q.answer_contains:
        return None
    return all(any(contains(short, a) for a in alts) for alts in q.answer_contains)


def evaluate_questions(shared_data: Path, *, nlp=None, stories: list[str] | None = None,
                       gold: Path = GOLD, question_set: str = "dev") -> QuestionRun:
    """Ask every question of the named set (or of its chosen stories) and score it beside the baseline."""
    qset = load_question_set(gold, question_set)
    chosen = stories or list(qset.stories)
    unknown = [s for s in chosen if s not in qset.stories]
    if unknown:
        from ..errors import NotFoundError

        raise NotFoundError(f"no story {', '.join(unknown)} in the {question_set} question set (see {gold})")
    annotations = _Annotations(nlp)
    stop = _stop_words()
    results: list[QuestionResult] = []
    for sid in chosen:
        story = qset.stories[sid]
        articles = story_articles(story, shared_data=Path(shared_data))
        results += run_story(story, qset.of_story(sid), articles, annotations.of(articles), stop)
    return QuestionRun(report=question_report(results, stories=len(chosen), question_set=question_set),
                       results=results, question_set=question_set)


def question_report(results: list[QuestionResult], *, stories: int, question_set: str = "dev") -> Report:
    """Accuracy per answer type and overall, newsgraph beside the full-text baseline; the name says which set."""
    report = Report(name=f"Question set (issue 11), {question_set} set: reporters' questions on multi-outlet stories",
                    baseline="best full-text (bm25) sentence")
    by_type: dict[str, list[QuestionResult]] = {}
    for r in results:
        by_type.setdefault(r.type, []).append(r)
    for t in [t for t in ANSWER_TYPES if t in by_type] + sorted(set(by_type) - set(ANSWER_TYPES)):
        rs = by_type[t]
        report.add(f"accuracy: {t}", _share(rs, "right"), _share(rs, "baseline_right"), note=f"{len(rs)} questions")
    report.add("accuracy: overall", _share(results, "right"), _share(results, "baseline_right"),
               note=f"{len(results)} questions")
    typed = [r for r in results if r.answer_type is not None]
    if typed:
        agree = sum(same_type(r.type, r.answer_type) for r in typed) / len(typed)
        report.add("answer_type = gold type", agree, None, note=f"{len(typed)} answers with an answer_type")
    shorts = [r for r in results if r.short_holds is not None]
    if shorts:
        report.add("short_answer holds the key (span types)", sum(r.short_holds for r in shorts) / len(shorts), None,
                   note=f"{len(shorts)} short answers to {', '.join(sorted(SPAN_TYPES))} questions")
    report.counts.update({"stories": stories, "questions": len(results),
                          "right": sum(r.right for r in results),
                          "baseline_right": sum(r.baseline_right for r in results)})
    for stage in ("yes/no", "short answer", "extraction", "retrieval", "not found"):
        report.counts[f"missed at {stage}"] = sum(r.stage == stage for r in results if not r.right)
    return report


def _share(results: list[QuestionResult], attr: str) -> float | None:
    return sum(getattr(r, attr) for r in results) / len(results) if results else None
