"""Line breaks end sentences.

News text puts headlines, subheads and questions-as-headings on lines of their
own, often without final punctuation; spaCy's parser then glues them to the
next paragraph, and a claim's evidence would run across two sentences. This
component, added before the parser, starts a new sentence after every line
break; the parser respects boundaries set before it and still splits inside
each line.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsgraph_line_breaks"


@Language.component(COMPONENT)
def line_breaks(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text_with_ws[len(token.text):] or (token.is_space and "\n" in token.text):
            after_break = True
    return doc


def add_line_breaks(nlp: Language) -> Language:
    """Add the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp
