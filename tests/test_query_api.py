"""profile, timeline, connect, open loops, conflicts, claims and entity lookup on the hand-made world."""

from __future__ import annotations

import pytest
from test_query_build import world

from newsgraph.errors import NotFoundError
from newsgraph.query import claims, conflicts, connect, find_entity, open_loops, profile, timeline


@pytest.fixture()
def built(store):
    return world(store)


def check_citation(store, citation):
    """A citation is a whole stored sentence, at its offsets in its article."""
    text = store.article(citation.article).text
    assert text[citation.start:citation.end] == citation.text
    row = store.conn.execute('SELECT start, "end" FROM sentences WHERE article_id = ? AND idx = ?',
                             (citation.article, citation.sentence)).fetchone()
    assert tuple(row) == (citation.start, citation.end)


def test_find_entity_by_name_alias_case_and_tokens(store, built):
    assert find_entity(store, "Mara Quinlan").how == "name"
    assert find_entity(store, "Quinlan").entity.name == "Mara Quinlan"
    assert find_entity(store, "mara quinlan").entity.name == "Mara Quinlan"
    assert find_entity(store, "harbor").entity.name == "Harbor Trust"
    assert find_entity(store, "harbor").how == "tokens"
    with pytest.raises(NotFoundError):
        find_entity(store, "Nobody Atall")


def test_ambiguous_name_picks_the_most_mentioned_and_names_the_others(store, built):
    store.conn.execute("INSERT INTO entities (name, type, mention_count) VALUES ('Vellport', 'ORG', 1)")
    match = find_entity(store, "Vellport")
    assert match.entity.type == "GPE"
    assert [a.type for a in match.alternatives] == ["ORG"]


def test_profile(store, built):
    p = profile(store, "quinlan")
    assert p.entity.name == "Mara Quinlan" and p.entity.type == "PERSON"
    assert "Quinlan" in p.aliases
    assert p.articles == 5 and (p.first_seen, p.last_seen) == ("2021-03-02", "2023-03-01")
    assert {s.source: s.articles for s in p.sources} == {"Daily Lantern": 3, "Coastline Wire": 2}
    assert [d.text for d in p.descriptions] == ["a former ferry captain"]
    assert "a former ferry captain" in p.descriptions[0].citations[0].text
    names = [c.entity.name for c in p.connections]
    assert names[0] == "Tobias Renn"  # three claims between them
    assert set(names[:3]) == {"Tobias Renn", "Harbor Trust", "Lena Ostrow"}
    renn = p.connections[0]
    assert renn.claims == 3 and renn.evidence
    assert p.latest_claims[0].day == "2023-03-01"
    assert [c.day for c in p.latest_claims] == sorted((c.day for c in p.latest_claims), reverse=True)
    for cited in [*(x.citation for x in p.latest_claims), *(e for c in p.connections for e in c.evidence)]:
        check_citation(store, cited)
    assert p.to_dict()["entity"]["name"] == "Mara Quinlan"


def test_profile_as_of_sees_only_earlier_articles(store, built):
    p = profile(store, "Mara Quinlan", as_of="2021-12-31")
    assert p.articles == 1
    assert {c.day for c in p.latest_claims} == {"2021-03-02"}


def test_timeline_orders_by_valid_time_and_marks_report_dates(store, built):
    t = timeline(store, "Mara Quinlan")
    labels = [(e.when.label, e.when.reported) for e in t.entries]
    assert labels[:5] == [("2018", False), ("2019", False), ("2022", False), ("2022", False), ("2022-05", False)]
    assert all(reported for _, reported in labels[5:])
    reported_days = [label for label, _ in labels[5:]]
    assert reported_days == sorted(reported_days)
    # the meeting told by two outlets is one entry with both sources
    meeting = next(e for e in t.entries if e.when.label == "2022-05")
    assert meeting.sources == ["Coastline Wire", "Daily Lantern"]
    assert len(meeting.citations) == 2
    for e in t.entries:
        assert e.when.precision in ("year", "month", "reported")
        for c in e.citations:
            check_citation(store, c)


def test_timeline_with_another_entity_and_a_range(store, built):
    t = timeline(store, "Mara Quinlan", with_="Renn")
    assert [e.statement for e in t.entries] == [
        "Tobias Renn met Mara Quinlan to discuss the film in Vellport",
        "Mara Quinlan asked to speak with Tobias Renn about a sequel",
    ]
    t = timeline(store, "Mara Quinlan", start="2022", end="2022-12-31")
    assert {e.when.label for e in t.entries} == {"2022", "2022-05", "2022-06-10"}
    t = timeline(store, "Mara Quinlan", start="2019-06", end="2019-06")
    assert [e.when.label for e in t.entries] == ["2019"]  # a year overlaps any of its months


def test_timeline_takes_dated_claims_that_name_the_entity_in_a_phrase(store, built):
    from test_query_build import Doc

    d = Doc("2024-05-05", [
        "The Salt Road is a 2021 film about Mara Quinlan.",
        "Critics in Vellport praised a book on Quinlan's charity in March 2024.",
        "A reader praised a poem on Quinlan's ferry days.",
    ])
    w = d.entity("The Salt Road", "WORK_OF_ART")
    d.entity("Mara Quinlan", "PERSON", "Quinlan")
    d.entity("Vellport", "GPE")
    d.claim(0, w, "is", "a 2021 film about Mara Quinlan", "happened", lemma="be", kind="attribute")
    d.claim(1, "Critics in Vellport", "praised", "a book on Quinlan's charity", "happened", lemma="praise",
            time=("2024-03", "in March 2024"))
    d.claim(2, "A reader", "praised", "a poem on Quinlan's ferry days", "happened", lemma="praise")
    d.write(store)
    entries = timeline(store, "Mara Quinlan").entries
    film = next(e for e in entries if "2021 film" in e.statement)
    assert (film.when.label, film.when.reported) == ("2021", False)  # the year its description names
    assert any(e.when.label == "2024-03" and "a book on" in e.statement for e in entries)
    assert not any("a poem" in e.statement for e in entries)  # undated: says nothing about when


def test_connect_direct_and_through_others(store, built):
    c = connect(store, "Tobias Renn", "Harbor Trust")
    assert c.direct is not None and not c.direct.claims
    assert "Harbor Trust" in c.direct.co_mentions[0].text
    middles = [p.nodes[1].name for p in c.paths]
    assert middles[0] == "Mara Quinlan"  # the strongest: claims on both sides
    assert "The Salt Road" in middles  # a work between them
    for path in c.paths:
        assert len(path.edges) == 2
        for edge in path.edges:
            assert edge.citations
            for cited in edge.citations:
                check_citation(store, cited)
    assert c.paths[0].strength >= c.paths[-1].strength


def test_connect_finds_direct_claims(store, built):
    c = connect(store, "Renn", "Quinlan")
    assert {x.lemma for x in c.direct.claims} == {"meet", "speak"}
    # the weightiest first: a meeting that happened, at a stated time, with its purpose
    assert (c.direct.claims[0].lemma, c.direct.claims[0].args.get("purpose")) == ("meet", "discuss the film")
    # then the request with its topic, then the bare retelling of the meeting
    assert [x.lemma for x in c.direct.claims] == ["meet", "speak", "meet"]


def test_open_loops_settled_and_not(store, built):
    loops = open_loops(store)
    statements = [loop.statement for loop in loops]
    assert statements == [
        "Mara Quinlan asked to speak with Tobias Renn about a sequel",
        "Mara Quinlan wants to meet Lena Ostrow to discuss river funding",
    ]
    # the office planned in 2021 was opened, as a 2023 article says: settled
    assert not any("office" in s for s in statements)
    # before that article it was open
    early = open_loops(store, as_of="2022-12-31")
    assert any("plans to open a second office" in loop.statement for loop in early)
    assert open_loops(store, entity="Lena Ostrow")[0].claims[0].object == "Lena Ostrow"


def test_an_outcome_in_the_same_article_settles_a_loop(store):
    from test_query_build import Doc

    d = Doc("2024-02-02", ["Ada Pell planned to sail to Orrin Isle, but the trip fell through."])
    a = d.entity("Ada Pell", "PERSON")
    d.entity("Orrin Isle", "GPE")
    d.claim(0, a, "planned to sail to", "Orrin Isle", "planned", lemma="sail", args={"outcome": "fell through"})
    d.write(store)
    assert open_loops(store) == []
    d = Doc("2024-02-03", ["Ada Pell hopes to sail to Orrin Isle, but nothing is booked yet."])
    a = d.entity("Ada Pell", "PERSON")
    d.entity("Orrin Isle", "GPE")
    d.claim(0, a, "hopes to sail to", "Orrin Isle", "desired", lemma="sail", args={"outcome": "not yet booked"})
    d.write(store)
    loops = open_loops(store)
    assert len(loops) == 1 and loops[0].status == "desired" and loops[0].outcome == "not yet booked"


def test_a_plan_is_settled_by_a_later_report_of_it_going_on(store):
    from test_query_build import Doc

    d = Doc("2024-03-01", ["Ada Pell plans to live in Orrin Isle."])
    a = d.entity("Ada Pell", "PERSON")
    d.entity("Orrin Isle", "GPE")
    d.claim(0, a, "plans to live", None, "planned", lemma="live", args={"location": "Orrin Isle"})
    d.write(store)
    assert len(open_loops(store)) == 1
    d = Doc("2024-04-01", ["Ada Pell lives with Bo Marsh in Orrin Isle."])
    a = d.entity("Ada Pell", "PERSON")
    b = d.entity("Bo Marsh", "PERSON")
    d.entity("Orrin Isle", "GPE")
    d.claim(0, a, "lives with", b, "ongoing", lemma="live")
    d.write(store)
    assert open_loops(store) == []
    assert len(open_loops(store, as_of="2024-03-31")) == 1


def test_conflicts_on_time_and_number(store, built):
    found = conflicts(store)
    kinds = {(c.kind, c.lemma): c for c in found}
    assert set(kinds) == {("time", "found"), ("number", "serve")}
    time = kinds[("time", "found")]
    assert {s.value: s.sources for s in time.sides} == {"2018": ["Coastline Wire"], "2019": ["Daily Lantern"]}
    number = kinds[("number", "serve")]
    assert {s.value for s in number.sides} == {"4 years", "5 years"}
    for c in found:
        for side in c.sides:
            for cited in side.citations:
                check_citation(store, cited)


def test_conflicts_on_happened_against_negated(store, built):
    from test_query_build import LENA, MARA, Doc

    d = Doc("2023-05-05", ["Lena Ostrow follows Mara Quinlan on social media."], source="Daily Lantern")
    lena = d.entity(*LENA)
    m = d.entity(*MARA)
    d.claim(0, lena, "follows", m, "happened", lemma="follow")
    d.write(store)
    found = [c for c in conflicts(store, entity="Lena Ostrow") if c.kind == "status"]
    assert len(found) == 1
    assert sorted(s.value for s in found[0].sides) == ["happened", "negated"]


def test_claims_listing(store, built):
    everything = claims(store)
    assert len(everything.claims) == 13
    assert everything.claims[0].day == "2023-03-01"
    lena = claims(store, "Lena Ostrow")
    assert [c.status for c in lena.claims] == ["negated", "desired"]
    assert [c.lemma for c in claims(store, status="planned").claims] == ["open"]
    assert claims(store, as_of="2021-12-31").claims[0].day == "2021-03-02"
