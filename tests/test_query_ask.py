"""ask: answers composed from claims, each sentence backed by the sentences it cites.

``assert_supported`` is the citation-support check every asked question goes
through (here and in the corpus tests): the answer splits into sentences that
each end in citation markers; every marker points at a returned citation; each
citation is a stored sentence at its offsets; and every content word of an
answer sentence occurs, up to a shared stem, in the sentences it cites, in the
names and aliases of the entities linked in the cited articles, or is a date
or outlet of the cited articles or a time value of a claim (or a TIMEX3 value) of a cited sentence.
It is written apart from the composer's own check, with its own word lists.
"""

from __future__ import annotations

import json
import re

import pytest
import typer
from test_query_build import world
from typer.testing import CliRunner

from newsgraph.timedisplay import readable
from tests.querykit import asked

_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"(.+?)\s*((?:\[\d+\])+)\.(?=\s|$)", re.S)
#: English function words and the few words an answer frame may add (verdicts, "as of", status words,
#: "the articles do not say; nearest:", "sources disagree:").
_SKIP = set("""
a an the and or but so if than that this these those there of in on at to for from by with about into over after
before since until while during through between is are was were be been being am do does did has have had will
would shall should can could may might must i me my we our you your he him his she her it its they them their
who whom whose which what when where why how not no yes also as such some any all each both more most
it has happened yet reported according plans asked wants failed said
articles say nearest sources disagree date stated
""".split())


#: Irregular past forms an answer may use for a verb its sentence has in another form.
_IRREGULAR = {"met": "meet", "said": "say", "told": "tell", "left": "leave", "took": "take", "made": "make",
              "went": "go", "gave": "give", "got": "get", "came": "come", "saw": "see", "won": "win",
              "spent": "spend", "wrote": "write", "spoke": "speak", "was": "be", "had": "have"}


def _stem(word: str) -> str:
    """The word without an inflectional ending (-ing, -ed, -es, -s)."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _same_word(word: str, token: str) -> bool:
    """The same word up to inflection: equal, or sharing a long enough beginning ("meet" ~ "meeting")."""
    word = _IRREGULAR.get(word, word)
    if word == token or _IRREGULAR.get(token) == word:
        return True
    if _stem(word) == _stem(token) and len(_stem(word)) >= 3:  # "ended" ~ "ending"
        return True
    common = 0
    for a, b in zip(word, token, strict=False):
        if a != b:
            break
        common += 1
    return common >= 4 and common >= min(len(word), 6) - 2


def assert_supported(store, answer) -> None:
    """Every answer sentence carries citations whose text (or linked names, dates) holds its content words."""
    if not answer.citations:
        assert answer.answer.startswith("Not found in the store"), answer.answer
        return
    text = answer.answer
    sentences = list(_SENTENCE.finditer(text))
    assert sentences, text
    assert "".join(m.group(0) for m in sentences).replace(" ", "") == text.replace(" ", ""), \
        f"text outside cited sentences: {text!r}"
    used = set()
    for match in sentences:
        body, markers = match.group(1), [int(n) for n in re.findall(r"\d+", match.group(2))]
        assert markers, body
        cited = [answer.citations[n - 1] for n in markers]
        used |= set(markers)
        support: set[str] = set()
        for c in cited:
            article = store.article(c.article)
            assert article.text[c.start:c.end] == c.text
            texts = [c.text, c.published or "", c.day or "", c.source or ""]  # the day, also of "…T08:15"
            texts += [name for (name,) in store.conn.execute(
                """SELECT x.alias FROM entity_links l JOIN entity_aliases x ON x.entity_id = l.entity_id
                   WHERE l.article_id = ? UNION SELECT e.name FROM entity_links l
                   JOIN entities e ON e.id = l.entity_id WHERE l.article_id = ?""", (c.article, c.article))]
            values = [value for (value,) in store.conn.execute(
                "SELECT time_value FROM claims WHERE article_id = ? AND sentence_idx = ? AND time_value IS NOT NULL",
                (c.article, c.sentence))]
            texts += values + [readable(v) or v for v in values]  # a time as the answer says it: "December 2023"
            support |= {w for text in texts for w in _WORD.findall(text.lower())}
        words = [w for w in _WORD.findall(body.lower()) if w not in _SKIP]
        missing = [w for w in words if not any(_same_word(w, t) for t in support)]
        assert not missing, f"{body!r} says {missing} that its citations {markers} do not"
    assert used == set(range(1, len(answer.citations) + 1)), "a citation no sentence refers to"


@pytest.fixture()
def built(store):
    return world(store)


CASES = [
    # question, words the answer must hold, words of the sentences it must cite
    ("Why does Mara Quinlan want to meet Lena Ostrow?", ["discuss river funding"], ["wants to meet Lena"]),
    # a wish to meet says nothing of whether they met: no verdict, the wish cited as nearest
    ("Has Mara Quinlan met Lena Ostrow?", ["The articles do not say"], ["wants to meet Lena"]),
    ("Does Lena Ostrow follow Mara Quinlan?", ["No", "does not follow"], ["does not follow"]),
    ("Did Tobias Renn meet Mara Quinlan?", ["Yes"], ["Renn met Mara"]),
    ("Has Quinlan opened a second office?", ["Yes", "2023-01-15"], ["opened a second office"]),
    ("When did Mara Quinlan found Harbor Trust?", ["2018", "2019"], ["founded Harbor Trust"]),
    ("Who said that Quinlan wants to meet Lena Ostrow?", ["People close to Quinlan"], ["People close to"]),
    ("What did Tobias Renn say?", ["The river is the real star"], ["real star"]),
    ("Where did Renn meet Quinlan?", ["Vellport"], ["in Vellport"]),
    ("Who founded Harbor Trust?", ["Mara Quinlan founded Harbor Trust"], ["founded Harbor Trust"]),
    ("How are Tobias Renn and Harbor Trust connected?", ["The Salt Road", "Mara Quinlan"], ["a film about"]),
    ("What happened between Tobias Renn and Mara Quinlan?", ["May 2022", "a sequel"], ["May 2022", "a sequel"]),
    ("What changed since February 2023 for Mara Quinlan?", ["reported 2023-03-01", "a sequel"], ["May 2022"]),
    ("what did lena ostrow praise?", ["river cleanups"], ["praised the river"]),
]


@pytest.mark.parametrize(("question", "says", "cites"), CASES)
def test_answers_with_citations(store, built, question, says, cites):
    answer = asked(store, question)
    for words in says:
        assert words in answer.answer, answer.answer
    cited = " ".join(c.text for c in answer.citations)
    for words in cites:
        assert words in cited, (answer.answer, cited)
    assert re.search(r"\[1\]", answer.answer)


def test_what_changed_sees_only_later_reports(store, built):
    answer = asked(store, "What changed since 2023-01-20 for Mara Quinlan?")
    assert len(answer.citations) == 3
    assert all(c.published > "2023-01-20" for c in answer.citations)


def test_not_found(store, built):
    for question in ("Why did Lena Ostrow move to Paris?", "Who is Zorbo Quell?", "When did the moon land?"):
        answer = asked(store, question)
        assert answer.answer.startswith("Not found in the store") and answer.citations == []
    # a name no article holds is named as such
    assert asked(store, "Who is Zorbo Quell?").answer.endswith("the articles don't mention Zorbo Quell.")


def test_as_of_sees_only_earlier_articles(store, built):
    answer = asked(store, "Has Mara Quinlan opened a second office?", as_of="2021-12-31")
    assert answer.answer.startswith("No: as of 2021-03-02")
    assert all(c.published <= "2021-12-31" for c in answer.citations)
    answer = asked(store, "When did Mara Quinlan found Harbor Trust?", as_of="2022-12-31")
    assert "2019" in answer.answer and "2018" not in answer.answer
    answer = asked(store, "What did Tobias Renn say?", as_of="2021-12-31")
    assert answer.answer == "Not found in the store: nothing found about Tobias Renn up to 2021-12-31 answers this."


def test_a_question_word_finds_claims_of_its_family(store):
    from test_query_build import Doc

    d = Doc("2024-02-02", ["Ada Pell walked out of Orrin Prison on Friday."], source="Daily Lantern")
    a = d.entity("Ada Pell", "PERSON")
    p = d.entity("Orrin Prison", "FAC")
    d.claim(0, a, "walked out of", p, "happened", lemma="walk", time=("2024-02-02", "on Friday"))
    d.write(store)
    answer = asked(store, "When was Ada Pell released?")
    assert "2024-02-02" in answer.answer and "walked out of Orrin Prison" in answer.answer


def test_yes_no_reads_direction(store, built):
    # Quinlan asked to speak with Renn; nothing says Renn asked for anything
    answer = asked(store, "Did Tobias Renn ask to speak with Mara Quinlan?")
    assert not answer.answer.startswith(("Yes", "No:")), answer.answer


def test_full_text_search_is_the_fallback(store, built):
    # no claim has "cleanups" or a lemma for it: the sentence is quoted
    answer = asked(store, "What does Harbor Trust pay for?")
    assert answer.answer.startswith("“The charity, based in Vellport, pays for river cleanups.”")


def test_json_shape_from_the_command_line(store, built):
    from newsgraph.cli.query import register

    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["ask", "Why does Mara Quinlan want to meet Lena Ostrow?", "--db", store.path,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["question"] == "Why does Mara Quinlan want to meet Lena Ostrow?"
    assert "[1]" in data["answer"]
    citation = data["citations"][0]
    assert {"article", "published", "start", "end", "text"} <= set(citation)
    text = store.article(citation["article"]).text
    assert text[citation["start"]:citation["end"]] == citation["text"]
