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
    "``We lost the vote. We will try again,'' the mayor said.",  # typewriter marks too
    "He shouted , \" Run , the roof is falling ! \" Ortiz said .",  # closed by "!", the speaker after it
    "She yelled , “ Get out now ! ” a neighbour recalled .",
    "“We all got out safely,” Const. Dale Varga said.",  # an abbreviated title no list holds
    "“ ‘ Oh , no ! ’ ” Varga recalled .",  # a quote inside the quote
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
    "Police stopped him on Orchard Ave . in East Harlow on Sunday .",  # a lower-case word after a stop
    "The crowd chanted , \" No , no , no ! \" and would not leave .",
    "The city borrowed 22 . 4bn euros from the bank .",  # a figure after a stop
    "The blaze began at 4 . 30am and burned for hours .",
    "He wore the No . 10 shirt for the Orvale club .",
    "The fire began at 7 : 15 a . m . Dec . 7 near the mill .",  # a date after "a.m."
    "The shrine honours St . Katharine Varga of Dunmore .",
    "The final pits Orvale vs . Dunmore on Sunday .",
    "The list names Varga Jr . , 49 , as the owner .",  # a comma after a stop
])
def test_a_stop_inside_a_name_date_or_number_or_before_a_word_that_goes_on_ends_no_sentence(nlp, text):
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


# -- where a sentence of news may start (nlp/boundaries.py) --------------------------------------------

def _flags(nlp, text: str) -> list[tuple[str, bool | None]]:
    """Each word with what the splitter set before the parser (True: starts a sentence, False: goes on)."""
    from newsgraph.nlp.segment import line_breaks

    doc = nlp.get_pipe("newsgraph_title_stops")(nlp.make_doc(text))
    return [(t.text, t.is_sent_start) for t in line_breaks(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("`` It is over . '' The council met on Monday .", ["`` It is over . ''", "The council met on Monday ."]),
    ("Lee said , \" We will rebuild the mill .\nIt is our home . \"\nThe vote is on Monday .",
     ["Lee said , \" We will rebuild the mill .", "It is our home . \"", "The vote is on Monday ."]),
])
def test_a_closing_mark_ends_the_sentence_it_closes(nlp, text, expected):
    assert _sentences(nlp, text) == expected


def test_a_quote_opened_on_the_line_before_is_whole_with_its_speaker(nlp):
    text = "\"Mo is one of us .\nHe works hard . He never quits , \" coach Ann Varga said .\nThe team met ."
    assert _sentences(nlp, text) == [
        "\"Mo is one of us .", "He works hard . He never quits , \" coach Ann Varga said .", "The team met ."]


def test_a_web_address_line_is_one_sentence(nlp):
    text = "http : / / www . orvale - news . co . uk / news / fire - at - mill . html\nThe mill burned on Sunday ."
    assert _sentences(nlp, text) == ["http : / / www . orvale - news . co . uk / news / fire - at - mill . html",
                                     "The mill burned on Sunday ."]


@pytest.mark.parametrize("text", [
    "June 9 , 2008\nThe firm opened its store .",
    "Posted : Friday , July 21 , 2013 | 5 : 00 PM\nThe firm opened its store .",
    "Harbor Tigers Hire Maurice Lane as Head Coach\nThe firm opened its store .",
    "Lane Jr . Back In Orvale After Ten Years\nThe firm opened its store .",
])
def test_a_line_without_closing_punctuation_is_one_sentence(nlp, text):
    line = text.split("\n")[0]
    assert _sentences(nlp, text) == [line, "The firm opened its store ."]


def test_only_a_word_after_a_closing_stop_may_start_a_sentence(nlp):
    flags = dict(_flags(nlp, "All but Varga escaped without injury , police said . Officers arrived at 6 ."))
    assert flags["All"] is True
    assert all(flags[w] is False for w in ("but", "Varga", "escaped", "police", "said"))
    assert flags["Officers"] is None  # (after a stop: the parser decides)


def test_a_brand_with_an_inner_capital_may_still_start_a_sentence(nlp):
    assert dict(_flags(nlp, "The firm cut its prices . iPhone sales rose ."))["iPhone"] is None


def test_a_year_may_still_start_a_sentence(nlp):
    assert dict(_flags(nlp, "The mill closed in June . 2019 was the worst year ."))["2019"] is None


def test_a_sentence_still_ends_at_a_clock_time_before_a_new_sentence(nlp):
    assert _sentences(nlp, "The shop closed at 10 p.m. The crowd left soon after.") == [
        "The shop closed at 10 p.m.", "The crowd left soon after."]


@pytest.mark.parametrize(("text", "dateline"), [
    ("NAIROBI, Kenya (AP) _ Bombs struck two embassies on Friday.", "NAIROBI, Kenya (AP) _"),
    ("WASHINGTON — The Senate voted on Tuesday to end the strike.", "WASHINGTON —"),
    ("DUNMORE, Pa. (Reuters) - The mill closed on Monday.", "DUNMORE, Pa. (Reuters) -"),
])
def test_a_wire_dateline_is_a_sentence_of_its_own(nlp, text, dateline):
    assert _sentences(nlp, text) == [dateline, text[len(dateline):].strip()]


def test_a_list_in_running_text_still_splits_at_its_bullets(nlp):
    text = "The plants affected : * Harbor Works of Orvale * Dunmore Mill of Dunmore"
    assert _sentences(nlp, text) == ["The plants affected :", "* Harbor Works of Orvale", "* Dunmore Mill of Dunmore"]


def test_a_section_label_before_a_headline_in_capitals_is_no_dateline(nlp):
    text = "SOCCER - ORVALE FANS LOCKED OUT AFTER DERBY .\nThe club was fined on Monday ."
    assert _sentences(nlp, text) == ["SOCCER - ORVALE FANS LOCKED OUT AFTER DERBY .", "The club was fined on Monday ."]
