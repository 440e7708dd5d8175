"""Events of an article with no publication date: a line shows the time its sentence states in words, marked
as no date ("Friday night (date not stated)"), never a guessed day; and the timeline of a topic of an
entity's ("the X protests") takes the timed events of its articles whoever their subject is."""

from __future__ import annotations

from test_query_ask import assert_supported
from test_query_build import Doc

from newsgraph.query import ask
from newsgraph.query.timeline import UNDATED, line_lead, topic_entries
from newsgraph.query.types import Citation, ClaimView
from newsgraph.query.when import place


def _entry(time_text: str | None, day: str | None):
    from newsgraph.query.timeline import TimelineEntry

    citation = Citation(article="a", published=day, source=None, title=None, sentence=0, start=0, end=1, text="x")
    claim = ClaimView(article="a", id="c1", kind="event", subject="Ann", subject_entity=None, predicate="left",
                      object=None, object_entity=None, lemma="leave", status="happened", time=None,
                      time_text=time_text, source=None, source_entity=None, source_kind=None, quote=None, args={},
                      day=day, citation=citation)
    return TimelineEntry(when=place(None, day), statement="Ann left", status="happened", claims=[claim])


def test_the_lead_of_a_line():
    assert line_lead(_entry("Friday night", None)) == f"Friday night ({UNDATED}): "
    assert line_lead(_entry("Jan . 6", None)) == f"Jan . 6 ({UNDATED}): "
    assert line_lead(_entry("the week", None)) == "Date not stated: "  # no day a reader can place
    assert line_lead(_entry(None, None)) == "Date not stated: "
    # a day in words the store could not date, beside the report's day: both, neither guessed
    assert line_lead(_entry("Friday night", "2024-05-03")) == "Friday night (reported 2024-05-03): "
    assert line_lead(_entry("the week", "2024-05-03")) == "Reported 2024-05-03: "


def _march(store):
    d = Doc(None, [
        "Crowds marched through Dunmore for a second night on Friday after the death of Pia Laske .",
        "Pia Laske was hit by a bus on Tuesday morning .",
        "Windows were smashed on Main Street late Friday night .",
        "The mayor urged calm on Saturday .",
        "Pia Laske loved music .",
    ], source="Wire")
    pia = d.entity("Pia Laske", "PERSON")
    d.claim(0, "Crowds", "marched through", "Dunmore", "happened", lemma="march", time=(None, "Friday"))
    d.claim(1, pia, "was hit by", "a bus", "happened", lemma="hit", time=(None, "Tuesday morning"))
    d.claim(2, "Windows", "were smashed on", "Main Street", "happened", lemma="smash", time=(None, "late Friday night"))
    d.claim(3, "The mayor", "urged", "calm", "happened", lemma="urge", time=(None, "Saturday"))
    d.claim(4, pia, "loved", "music", "happened", lemma="love")
    d.write(store)
    return d


def test_topic_entries_take_the_timed_events_of_the_topic_s_articles(store):
    _march(store)
    from newsgraph.query.entities import find_entity

    pia = find_entity(store, "Pia Laske").entity
    statements = [e.statement for e in topic_entries(store, pia.id, ["marches"])]
    assert any("smashed" in s for s in statements) and any("urged" in s for s in statements)
    assert not any("loved" in s for s in statements)  # no stated time
    assert topic_entries(store, pia.id, ["elections"]) == []  # no sentence of hers says it


def test_a_topic_timeline_shows_the_stated_days(store):
    _march(store)
    answer = ask(store, "Timeline of the Pia Laske marches")
    assert_supported(store, answer)
    assert f"Tuesday morning ({UNDATED})" in answer.answer
    assert "Friday night" in answer.answer and "Saturday" in answer.answer


def test_a_bound_set_by_an_undated_event_of_another_keeps_the_entity_s_own_timeline(store):
    d = Doc(None, [
        "Velra voted in a new parliament on Sunday , a year after the death of its ruler Omar Dask .",
        "In September Velra approved a new constitution .",
    ], source="Wire")
    velra = d.entity("Velra", "GPE")
    d.entity("Omar Dask", "PERSON")
    d.claim(0, velra, "voted in", "a new parliament", "happened", lemma="vote", time=(None, "Sunday"))
    d.claim(1, velra, "approved", "a new constitution", "happened", lemma="approve", time=(None, "September"))
    d.write(store)
    answer = ask(store, "Timeline of Velra since Omar Dask's death")
    assert_supported(store, answer)
    assert "constitution" in answer.answer  # Omar Dask sets the (unstated) bound, he is no partner to link


def test_a_clause_that_drops_its_complement_is_clipped(store):
    d = Doc(None, ["A street party turned violent on Friday night in Harwick ."], source="Wire")
    d.entity("Harwick", "GPE")
    d.claim(0, "A street party", "turned", None, "happened", lemma="turn", time=(None, "Friday night"),
            args={"place": "Harwick"})
    d.write(store)
    answer = ask(store, "What happened in Harwick?")
    assert_supported(store, answer)
    assert "turned violent" in answer.answer


def test_an_events_line_whose_clause_leaves_most_of_its_sentence_out_is_the_sentence(store):
    d = Doc("2024-02-11", [
        "Ivo Brandt , 29 , was detained on Friday and will appear in Harwick court on Monday on three counts of fraud and one of forgery .",
        "Ivo Brandt thanked his family .",
    ], source="Wire")
    ivo = d.entity("Ivo Brandt", "PERSON")
    d.claim(0, ivo, "was detained", None, "happened", lemma="detain", time=("2024-02-09", "Friday"))
    d.claim(1, ivo, "thanked", "his family", "happened", lemma="thank", time=("2024-02-10", "Saturday"))
    d.write(store)
    answer = ask(store, "What has happened to Ivo Brandt?")
    assert_supported(store, answer)
    assert "three counts of fraud" in answer.answer and "thanked his family" in answer.answer
    assert "2024-02-09: “Ivo Brandt , 29" in answer.answer  # the quoted line keeps its date


def test_a_web_address_cut_out_as_a_sentence_is_no_event(store):
    d = Doc(None, [
        "ledger . com / news / 2019 - 04 - 02 - mayor - resigns - in - harwick",
        "Mayor Ida Roon resigned in 2019 after an audit .",
    ], source="Wire")
    ida = d.entity("Ida Roon", "PERSON")
    d.claim(0, ida, "resigns in", "harwick", "happened", lemma="resign", time=("2019-04-02", "2019 - 04 - 02"))
    d.claim(1, ida, "resigned", None, "happened", lemma="resign", time=("2019", "2019"))
    d.write(store)
    answer = ask(store, "Timeline of Ida Roon")
    assert_supported(store, answer)
    assert "2019: Ida Roon resigned" in answer.answer and "harwick" not in answer.answer.lower()
