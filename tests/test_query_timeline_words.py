"""A timeline of something no entity stands for ("the Zephyr" when only "Zephyr 2" is one) is read from the
claims of the sentences that name it, in time order (``timeline.timeline_of_words``)."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.entities import find_entity
from newsgraph.query.timeline import timeline_of_words


def _world(store):
    first = Doc("2021-03-02", [
        "Quorn Labs shows a folding phone",
        "Quorn Labs today showed the first Zephyr at a fair in Oslo.",
        "The crowd liked the colours.",
    ], source="Wire")
    q = first.entity("Quorn Labs", "ORG")
    first.claim(1, q, "showed", "the first Zephyr", "happened", lemma="show", time=("2021-03-02", "today"))
    first.claim(2, "The crowd", "liked", "the colours", "happened", lemma="like")
    first.write(store)
    later = Doc("2023-05-09", [
        "Quorn Labs recalls phones",
        "Quorn Labs recalled the Zephyr in April 2023 after batteries swelled.",
        "Quorn Labs also sold a kettle in 2022.",
    ], source="Wire")
    q2 = later.entity("Quorn Labs", "ORG")
    later.claim(1, q2, "recalled", "the Zephyr", "happened", lemma="recall", time=("2023-04", "in April 2023"))
    later.claim(2, q2, "sold", "a kettle", "happened", lemma="sell", time=("2022", "in 2022"))
    later.write(store)
    return store


def test_the_claims_naming_the_thing_in_time_order(store):
    _world(store)
    lines = [(e.when.label, e.statement) for e in timeline_of_words(store, ["timeline", "zephyr"])]
    assert [label for label, _ in lines] == ["2021-03-02", "2023-04"]
    assert not any("kettle" in s or "colours" in s for _, s in lines)  # the thing is not named in them


def test_a_timeline_question_with_no_entity_for_its_topic(store):
    _world(store)
    answer = ask(store, "Timeline of the Zephyr")
    assert_supported(store, answer)
    assert answer.answer.index("2021-03-02") < answer.answer.index("April 2023")  # a month as a reader says it
    assert "kettle" not in answer.answer


def _split(store):
    """One article names the phone in full, another only by its model number, and the resolver kept two."""
    full = Doc("2022-09-01", [
        "Quorn Labs ships the Tessel Z90",
        "September 1 , 2022",
        "The Tessel Z90 went on sale in Oslo today.",
    ], source="Wire")
    z = full.entity("Tessel Z90", "PRODUCT")
    full.claim(2, z, "went on sale", None, "happened", lemma="go", time=("2022-09-01", "today"))
    full.write(store)
    short = Doc("2021-05-04", [
        "Quorn Labs shows a new phone",
        "May 4 , 2021",
        "Quorn Labs unveiled plans for the Z90 at a fair.",
        "Quorn Labs also praised the Z90 team later.",
    ], source="Wire")
    q = short.entity("Quorn Labs", "ORG")
    short.entity("Z90", "PRODUCT")
    short.claim(2, q, "unveiled", "plans for the Z90", "happened", lemma="unveil")
    short.claim(3, q, "praised", "the Z90 team", "happened", lemma="praise")
    short.write(store)
    return store


def test_a_timeline_reads_the_entity_kept_under_a_short_form_of_its_name(store):
    _split(store)
    assert [e.name for e in (find_entity(store, "Z90").entity,)] == ["Z90"]  # the resolver kept two entities
    answer = ask(store, "Timeline of the Tessel Z90")
    assert_supported(store, answer)
    assert "Reported 2021-05-04: Quorn Labs unveiled plans for the Z90" in answer.answer  # its lede, under "Z90"
    assert "praised" not in answer.answer  # undated, further down: left out
    assert answer.answer.index("2021-05-04") < answer.answer.index("2022-09-01")


def test_a_ledes_news_stays_among_many_dated_events(store):
    """Six dated events would leave out every undated one; the news an article leads with stays, on its day."""
    dated = Doc("2020-12-30", [
        "Quorn Labs looks back",
        "December 30 , 2020",
        *(f"Quorn Labs opened a shop in {town} in {month} 2020." for town, month in
          [("Oslo", "January"), ("Bergen", "February"), ("Turku", "March"), ("Malmo", "April"), ("Umea", "May"),
           ("Vasa", "June")]),
    ], source="Wire")
    q = dated.entity("Quorn Labs", "ORG")
    for i, town in enumerate(["Oslo", "Bergen", "Turku", "Malmo", "Umea", "Vasa"]):
        dated.claim(2 + i, q, "opened", f"a shop in {town}", "happened", lemma="open", time=(f"2020-0{i + 1}", "2020"))
    dated.write(store)
    news = Doc("2020-09-14", [
        "Quorn Labs sells its kettle arm",
        "September 14 , 2020",
        "Quorn Labs has sold its kettle business to a rival.",
        "Quorn Labs also repainted its offices.",
    ], source="Wire")
    q2 = news.entity("Quorn Labs", "ORG")
    news.claim(2, q2, "has sold", "its kettle business", "happened", lemma="sell")
    news.claim(3, q2, "repainted", "its offices", "happened", lemma="repaint")
    news.write(store)
    answer = ask(store, "Timeline of Quorn Labs")
    assert_supported(store, answer)
    assert "Reported 2020-09-14: Quorn Labs has sold its kettle business" in answer.answer
    assert "repainted" not in answer.answer, answer.answer
    assert answer.answer.count("opened a shop") == 6


def test_a_speech_line_that_leaves_out_what_was_said_quotes_its_sentence(store):
    d = Doc("2024-05-08", [
        "Odo Ray announced in a letter on Monday that he would leave the board of Quorn Labs.",
        "Odo Ray announced a new fund for river clean-ups on Tuesday, his office said.",
    ], source="Wire")
    r = d.entity("Odo Ray", "PERSON")
    d.entity("Quorn Labs", "ORG")
    d.claim(0, r, "announced in", "a letter", "happened", lemma="announce", time=("2024-05-06", "on Monday"))
    d.claim(1, r, "announced", "a new fund for river clean-ups", "happened", lemma="announce",
            time=("2024-05-07", "on Tuesday"))
    d.write(store)
    answer = ask(store, "What happened to Odo Ray in May 2024?")
    assert_supported(store, answer)
    assert "leave the board" in answer.answer  # the letter's news, from its sentence
    assert "his office said" not in answer.answer  # the fund's line says what was announced: no quote added


def _prisoner(store, released: bool = True):
    d = Doc("2024-02-01", [
        "Ann Rook was convicted of fraud in 2015.",
        "Ann Rook was paroled on Dec. 28, 2023." if released else "Ann Rook was paroled last winter.",
        "Ann Rook signed a book deal in January 2024.",
    ], source="Wire")
    a = d.entity("Ann Rook", "PERSON")
    d.claim(0, a, "was convicted of", "fraud", "happened", lemma="convict", time=("2015", "in 2015"))
    d.claim(1, a, "was paroled", None, "happened", lemma="parole",
            time=("2023-12-28", "on Dec. 28, 2023") if released else None)
    d.claim(2, a, "signed", "a book deal", "happened", lemma="sign", time=("2024-01", "in January 2024"))
    d.write(store)
    return store


def test_since_her_release_bounds_by_the_day_the_articles_say_she_was_freed(store):
    _prisoner(store)
    answer = ask(store, "What has Ann Rook done since her release?")
    assert_supported(store, answer)
    assert "book deal" in answer.answer
    assert "fraud" not in answer.answer  # 2015: before the release


def test_an_event_with_no_stated_time_sets_no_bound(store):
    _prisoner(store, released=False)
    answer = ask(store, "What has Ann Rook done since her release?")
    assert "fraud" in answer.answer and "book deal" in answer.answer  # no day to count from: nothing guessed


def test_an_undated_article_s_events_say_the_date_is_not_stated(store):
    d = Doc(None, ["Quorn Labs recalled its kettles.", "Quorn Labs apologised to buyers."], source="Wire")
    q = d.entity("Quorn Labs", "ORG")
    d.claim(0, q, "recalled", "its kettles", "happened", lemma="recall")
    d.write(store)
    answer = ask(store, "What happened to Quorn Labs?")
    assert_supported(store, answer)
    assert answer.answer.startswith("Date not stated: Quorn Labs recalled its kettles")  # never an empty date


def test_a_timeline_of_an_entity_takes_the_dated_events_naming_it_in_a_phrase_elsewhere(store):
    """An article that names the thing only inside another's phrase ("unveils its new Kestrel 9") is no article of
    the entity's; its lede still tells the thing's news, and the timeline takes it."""
    first = Doc("2024-01-05", [
        "Vantor Motors unveils its new Kestrel 9 truck",
        "The launch drew a crowd.",
    ], source="Wire")
    vantor = first.entity("Vantor Motors", "ORG")
    first.claim(0, vantor, "unveils", "its new Kestrel 9 truck", "happened", lemma="unveil")
    first.write(store)
    later = Doc("2024-03-01", [
        "Kestrel 9 passes crash test",
        "The Kestrel 9 passed its crash test on Monday.",
    ], source="Wire")
    truck = later.entity("Kestrel 9", "PRODUCT")
    later.claim(1, truck, "passed", "its crash test", "happened", lemma="pass", time=("2024-02-26", "on Monday"))
    later.write(store)
    answer = ask(store, "Timeline of the Kestrel 9")
    assert_supported(store, answer)
    assert "Reported 2024-01-05: Vantor Motors unveiled its new Kestrel 9 truck" in answer.answer, answer.answer
    assert answer.answer.index("unveiled") < answer.answer.index("crash test")
