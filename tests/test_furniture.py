"""Page furniture lines give no entities; the article's own lines still do."""

from __future__ import annotations

import pytest

from newsgraph.models import Article
from newsgraph.nlp.furniture import furniture_lines


@pytest.mark.parametrize("line", [
    "Share this article", "Photo: Ann Lee / Orla Evening Star", "Privacy Options", "Advertisement",
    "Image credit: Tobias Renn", "Sign up for our newsletter", "© 2024 Coastline Media", "Related: Harbor Trust sold",
    "Accept all cookies", "Follow us on Instagram", "• Read more about Mara Quinlan",
])
def test_furniture_lines_are_found(line):
    text = f"Mara Quinlan visited Orla on Monday.\n{line}\nThe council met on Tuesday."
    assert [text[s:e] for s, e in furniture_lines(text)] == [line]


@pytest.mark.parametrize("line", [
    "Photographers from the Harbor Trust gathered at the pier on Monday to see the boats.",
    "Sharon Lee signed the deal.",
    "The newsletter, which Mara Quinlan founded in 2010, told readers that the company had been sold to a rival.",
])
def test_prose_is_not_furniture(line):
    assert furniture_lines(line) == []


def test_no_entity_from_furniture(annotator):
    text = ("Mara Quinlan visited Orla on Monday, the council said.\nPhoto: Tobias Renn / Coastline Wire\n"
            "Share on Facebook\nQuinlan later met the harbor board.")
    annotated = annotator.annotate(Article(id="f", text=text, published="2024-01-04", source="Test"))
    names = {e.name for e in annotated.entities}
    assert "Mara Quinlan" in names
    assert not names & {"Tobias Renn", "Coastline Wire", "Facebook"}, names
