"""The MEANTIME loader: counts pinned, and every markable's offsets exact."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsgraph.eval.meantime_corpus import load_meantime, load_meantime_file, meantime_article


@pytest.fixture(scope="module")
def docs(shared_dir):
    return load_meantime(shared_dir / "data" / "meantime")


def test_counts(docs):
    assert len(docs) == 90
    assert Counter(d.topic for d in docs) == {"airbus": 30, "apple": 30, "gm": 30}
    assert sum(len(d.entities) for d in docs) == 3290
    assert sum(len(d.timexes) for d in docs) == 337
    assert sum(len(d.events) for d in docs) == 2042


def test_offsets_are_exact(docs):
    for doc in docs:
        for m in [*doc.entities, *doc.timexes, *doc.events]:
            assert doc.text[m.start:m.end] == m.text, (doc.doc_id, m.m_id)
            s, e = doc.sentences[m.sentence]
            assert s <= m.start and m.start < e
        for s, e in doc.sentences:
            assert "\n" not in doc.text[s:e]
        assert len(doc.text.split("\n")) == len(doc.sentences)


def test_every_document_is_dated_from_its_creation_time(docs):
    for doc in docs:
        assert doc.dct is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.dct), doc.doc_id
        year = doc.dct[:4]
        date_line = doc.text[slice(*doc.sentences[1])]
        assert year in date_line, (doc.doc_id, doc.dct, date_line)


def test_mentions_carry_types_and_instances(docs):
    names = [m for d in docs for m in d.entities if m.syntactic_type == "NAM"]
    assert len(names) == 855
    assert {m.ent_type for m in names} >= {"PER", "ORG", "LOC", "PRO"}
    assert all(m.instance for m in names if m.ent_type)
    # instances are shared across documents (cross-document identity)
    docs_per_instance = Counter()
    for d in docs:
        for inst in {m.instance for m in d.entities if m.instance and ":" not in m.instance}:
            docs_per_instance[inst] += 1
    assert max(docs_per_instance.values()) > 10
    futures = Counter(e.time for d in docs for e in d.events)
    assert futures["FUTURE"] > 0 and futures["NON_FUTURE"] > futures["FUTURE"]
    assert all(d.annotated_upto >= 3 for d in docs)


def test_article_view(docs):
    doc = docs[0]
    article = meantime_article(doc)
    assert article.text == doc.text
    assert article.published == doc.dct
    assert article.title == doc.text[: doc.sentences[0][1]]
    assert article.doc_id == doc.doc_id


def test_a_small_file_i_wrote(tmp_path):
    xml = """<?xml version="1.0" ?><Document doc_id="7" doc_name="7_Test" lang="en">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">wins</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">2</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2011</token>
<token number="6" sentence="2" t_id="7">Jo</token>
<token number="7" sentence="2" t_id="8">Bloggs</token>
<token number="8" sentence="2" t_id="9">will</token>
<token number="9" sentence="2" t_id="10">sing</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<EVENT_MENTION m_id="2" pos="VERB" certainty="CERTAIN" polarity="POS" time="FUTURE">
<token_anchor t_id="10"/></EVENT_MENTION>
<TIMEX3 m_id="3" type="DATE" value="" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/></TIMEX3>
<ENTITY m_id="4" ent_type="PER" instance_id="PER1"/>
</Markables>
<Relations><REFERS_TO r_id="9"><source m_id="1"/><target m_id="4"/></REFERS_TO></Relations>
</Document>"""
    path = tmp_path / "7_Test.xml"
    path.write_text(xml)
    doc = load_meantime_file(path, topic="t")
    assert doc.text == "Acme wins\nMay 2 , 2011\nJo Bloggs will sing"
    assert doc.dct == "2011-05-02"  # empty CREATION_TIME value: read from the date line
    (m,) = doc.entities
    assert (m.text, m.ent_type, m.instance, m.sentence) == ("Jo Bloggs", "PER", "PER1", 2)
    (e,) = doc.events
    assert (e.text, e.time, e.instance) == ("sing", "FUTURE", None)
