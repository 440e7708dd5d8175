"""Words made with a bound prefix stay one word: "co-founded", "non-profit", "ex-wife".

spaCy's English tokenizer splits every hyphen between letters, and the parse
of "co - founded" or "a non - profit group" loses the verb's subject or cuts a
phrase at "a non". A bound prefix is not a word of its own, so this component
(first in the pipeline, before any tagging) merges prefix, hyphen and the
word after into one token when no space separates them. Other hyphenated
compounds ("second-degree", "New York-based") and person nouns ("co-founder")
are left as spaCy splits them: the tagger, parser and entity recognizer were
trained on that split, and the readers of titles before a name know them so.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsgraph_prefixed_words"

#: English bound prefixes written with a hyphen (lower case).
PREFIXES = frozenset({
    "co", "non", "re", "pre", "anti", "ex", "self", "multi", "semi", "post", "sub", "counter",
    "vice", "inter", "intra", "ultra", "pseudo", "quasi", "neo", "mis", "un", "de", "bi", "tri",
})


#: Person nouns ("co-founder", "co-author", "ex-employer") stay split as spaCy splits them: the
#: readers of titles and descriptions before a name ("Acme CEO and co-founder Ann Lee") know them so.
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ee", "ees")


_PREFIXED = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + r")-[^\W\d_]+",
                       re.IGNORECASE)


def _prefixed_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the prefixed words of ``doc`` (found in its text first: most texts have none)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for m in _PREFIXED.finditer(text):
        word = m.group()
        if word.lower().endswith(_AGENT_ENDINGS):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 3 and span[1].text == "-" \
                and (not out or out[-1][1] <= span.start):
            out.append((span.start, span.end))
    return out


@Language.component(COMPONENT)
def prefixed_words(doc: Doc) -> Doc:
    spans = _prefixed_spans(doc)
    if spans:
        with doc.retokenize() as retok:
            for a, b in spans:
                retok.merge(doc[a:b])
    return doc


LEMMAS = "newsgraph_prefixed_lemmas"


@Language.factory(LEMMAS)
def _prefixed_lemmas(nlp: Language, name: str):
    return PrefixedLemmas(nlp)


class PrefixedLemmas:
    """After the lemmatizer: a merged word's lemma is its prefix and the lemma of the word after it
    ("co-founded" → "co-found"); the lemmatizer's rules do not know the merged word."""

    def __init__(self, nlp: Language) -> None:
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            return doc
        for m in _PREFIXED.finditer(doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            prefix, _, rest = token.text.partition("-")
            word = Doc(doc.vocab, words=[rest.lower()])[0]
            word.pos_ = token.pos_
            word.tag_ = token.tag_
            lemmas = self.lemmatizer.rule_lemmatize(word) if token.pos_ in ("VERB", "NOUN", "ADJ", "AUX") else [
                rest.lower()]
            token.lemma_ = f"{prefix.lower()}-{lemmas[0] if lemmas else rest.lower()}"
        return doc


def add_prefixed_words(nlp: Language) -> Language:
    """Add the component first in the pipeline, and its lemma fix after the lemmatizer (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
    if LEMMAS not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    return nlp
