"""The question set: reporters' questions on real multi-outlet stories, scored against ``ask``.

Files (``newsgraph/eval/gold/``), which hold ids, short answer keys and offsets, never article text:

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

The run (``evaluate_questions``) lives in ``questions_run``; this module only loads.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Article

GOLD = Path(__file__).resolve().parent / "gold"
REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

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


def load_question_set(gold: Path = GOLD) -> QuestionSet:
    return QuestionSet(stories=load_stories(gold / "stories.json"), questions=load_questions(gold / "questions.jsonl"))


def span_sha1(text: str) -> str:
    """The first 10 hex digits of the SHA-1 of an evidence span's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def doc_article(doc: str, shared_data: Path) -> Article:
    """The article one ``doc`` path names, built as the corpus's evaluation builds it."""
    corpus = doc.split("/", 1)[0]
    if corpus == "ecbplus":
        from .ecbplus import load_ecbplus_file

        path = shared_data / doc
        article = load_ecbplus_file(path, int(path.parent.name)).article()
    elif corpus == "meantime":
        from .meantime_corpus import load_meantime_file, meantime_article

        path = shared_data / doc
        article = meantime_article(load_meantime_file(path, topic=path.parent.name))
    elif corpus == "tempeval3":
        from .tempeval import article_of
        from .timeml import load_timeml

        article = article_of(load_timeml(shared_data / doc))
    else:
        raise ValueError(f"unknown corpus in document path {doc!r}")
    return _named(article, doc)


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
    """The articles of one story, built the way the evaluations build them."""
    if isinstance(story, str):
        story = (stories or load_stories())[story]
    if story.corpus == "examples":
        return example_articles()
    if shared_data is None:
        raise ValueError("story_articles needs shared_data (the ../shared/data folder) for corpus stories")
    return [doc_article(doc, Path(shared_data)) for doc in story.docs]
