"""Sentences as a reader reads them: a quote of several sentences stays whole with its speaker, a name
is not cut at an abbreviation's stop, line breaks still end sentences."""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.nlp.pipeline import read_sentences


def _sentences(nlp, text: str) -> list[str]:
    return [s.text for s in read_sentences(nlp(text), text)]


@pytest.mark.parametrize("text", [
    "“We did nothing wrong. The board knew everything,” Lee said on Monday.",
    "“It is over. We are free. Nobody can stop us now,” said Ann Lee, the group's leader.",
    "\"I waited. I prayed,\" the former mayor told reporters.",
    "“The plan failed. Nobody warned us,” a spokeswoman for the agency added.",
    "“Prices rose! Wages did not,” she wrote in a post on Tuesday.",
    "«On a perdu. C'est tout», a déclaré le maire.",  # guillemets too
])
def test_a_quote_of_several_sentences_stays_whole_with_its_speaker(nlp, text):
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("“We lost. That is all.” The team left.", ["“We lost. That is all.”", "The team left."]),
    ("“We did nothing wrong.” Lee said the company would appeal.",
     ["“We did nothing wrong.”", "Lee said the company would appeal."]),
    ("He said: “We lost. That is all.”\n\nThen he left.", ["He said: “We lost. That is all.”", "Then he left."]),
    ("\"Yes,\" she said. \"We won.\" Then she left.", ["\"Yes,\" she said.", "\"We won.\"", "Then she left."]),
    ("The show \"The Act\" aired in 2019. It won praise.", ["The show \"The Act\" aired in 2019.", "It won praise."]),
    ("“I'm fine,” he said. It was a pointed remark: “The Act” cast her in 2019.",
     ["“I'm fine,” he said.", "It was a pointed remark: “The Act” cast her in 2019."]),
])
def test_quotes_end_where_their_sentence_ends(nlp, text, expected):
    assert _sentences(nlp, text) == expected


def test_an_unclosed_quote_is_left_to_the_parser(nlp):
    text = "“We lost. That is all.\n\nThe team left."
    assert _sentences(nlp, text)[-1] == "The team left."


@pytest.mark.parametrize("text", [
    "Lee, of Baker & Co. in Dallas, said the firm was sold.",
    "The company, J. Crew Inc., said sales rose.",
    "Mara Lee, who joined Vance Inc. last year, left the firm.",
    "The deal was signed by Acme Corp. and its rival, officials said.",
    "Ann Lee, a lawyer with Pell Bros. in Orla, declined to comment.",
])
def test_an_apposition_is_not_cut_at_an_abbreviation(nlp, text):
    assert _sentences(nlp, text) == [text]


def test_line_breaks_still_end_sentences(nlp):
    assert _sentences(nlp, "Harbor board votes\nThe board voted on Monday.") == [
        "Harbor board votes", "The board voted on Monday."]


def test_every_sentence_of_a_multi_sentence_quote_gets_its_speaker(annotator):
    text = ("Ann Lee runs the Harbor Trust.\n\n“We did nothing wrong. The board knew everything,” Lee said on "
            "Monday.\n\n“She never hurt anyone. She was scared,” her lawyer, Dan Cole, said in a statement.")
    annotated = annotator.annotate(Article(id="q", text=text, published="2024-01-04", source="Test Post"))
    inside = [c for c in annotated.claims if "knew" in c.predicate or "hurt" in c.predicate or "scared" in (
        c.object or "")]
    assert inside
    for claim in inside:
        assert claim.source is not None and claim.source.kind == "quote", claim
        assert claim.source.text in ("Ann Lee", "Lee", "Dan Cole"), claim.source


@pytest.mark.parametrize("text", [
    "The board thanked Dr. Ilse Varga for her work.",
    "The board thanked Dr . Ilse Varga for her work .",  # text tokenised before it reached us
    "Reporters spoke with Msgr. Tomas Brell on Monday.",
    "Reporters spoke with Msgr . Tomas Brell on Monday .",
    "The award went to Lt . Col . Ana Ruiz and Sgt . Bo Keane .",
    "Reporters spoke with Msgr . Tomas J . Brell , the vicar general .",  # a spaced middle initial too
])
def test_a_title_before_a_name_ends_no_sentence(nlp, text):
    assert _sentences(nlp, text) == [text]


def test_a_spaced_title_parses_as_the_unspaced_one(nlp):
    spaced, plain = nlp("Farmer said Dr . Varga is a good choice ."), nlp("Farmer said Dr. Varga is a good choice.")
    assert [(t.dep_, t.head.i) for t in spaced] == [(t.dep_, t.head.i) for t in plain]


def test_a_sentence_still_ends_before_a_capital_after_other_stops(nlp):
    assert _sentences(nlp, "The mill closed in 2019. Dr. Varga left the town.") == [
        "The mill closed in 2019.", "Dr. Varga left the town."]


@pytest.mark.parametrize("text", [
    "The hearing opened on Feb . 17 in Dunmore and closed on Sept . 9 .",  # spaced month abbreviations
    "Scouts praised A . J . Kestler , who signed with the Orvale club .",  # spaced initials before a name
    "The envoy flew to the U . S . Department of Trade on Monday .",
    "The blaze began around 1 : 30 a . m . , and the 26 - year - old driver fled .",
    "He signed a three - year , $37 . 5 million contract with the Orvale club .",  # a spaced decimal point
    "Police said he carried a . 38 - caliber revolver in his coat .",
    "The clinic said Fri . , May . 3 , 2013 that the actress left .",  # a dateline's weekday
])
def test_a_stop_inside_a_name_date_or_number_ends_no_sentence(nlp, text):
    assert _sentences(nlp, text) == [text]


def test_a_sentence_still_ends_after_spaced_initials_before_a_new_sentence(nlp):
    assert _sentences(nlp, "The fund fell 2 % in the U . S . The euro rose .") == [
        "The fund fell 2 % in the U . S .", "The euro rose ."]


def test_a_spaced_date_is_read_as_a_time(annotator):
    text = "The hearing opened on Feb . 17 in Dunmore ."
    annotated = annotator.annotate(Article(id="d", text=text, published="2024-03-01", source="Test Post"))
    assert [t.value for t in annotated.times] == ["2024-02-17"]
    opened = [c for c in annotated.claims if c.lemma == "open"]
    assert opened and opened[0].time is not None and opened[0].time.value == "2024-02-17"
