"""A question's description is looked up in the store once: what reading the question found (``described_focus``)
is what answering weighs (``shared_description``), with no second read."""

from newsgraph.query.described import described_focus, shared_description
from newsgraph.store.reads import EntityBrief


class _CountingStore:
    """The two reads ``described`` makes, each call counted."""

    def __init__(self, rows: dict[str, list[tuple[int, int]]]):
        self.rows = rows
        self.asked: list[str] = []

    def entities_described_as(self, head: str) -> list[tuple[int, int]]:
        self.asked.append(head)
        return self.rows.get(head, [])

    def entity_briefs(self, ids):
        return [EntityBrief(i, f"Person {i}", "PERSON", 3, 2) for i in sorted(set(ids))]


def test_shared_description_reuses_the_rows_read_with_the_question():
    text = "How old was the judge?"
    store = _CountingStore({"judge": [(1, 2), (2, 2)]})  # two people, neither sure: no focus, a shared description
    read: dict = {}
    assert described_focus(store, text, read=read) == []
    assert store.asked == ["judge"] and read == {"judge": [(1, 2), (2, 2)]}
    shared = shared_description(store, text, read=read)
    assert shared is not None and [p.id for p in shared.people] == [1, 2]
    assert store.asked == ["judge"]  # not asked again


def test_without_read_rows_each_call_asks_the_store():
    store = _CountingStore({"judge": [(1, 2), (2, 2)]})
    assert shared_description(store, "How old was the judge?") is not None
    assert shared_description(store, "How old was the judge?") is not None
    assert store.asked == ["judge", "judge"]
