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


@Language.component(COMPONENT)
def prefixed_words(doc: Doc) -> Doc:
    if "-" not in doc.text:
        return doc
    spans = []
    n = len(doc)
    i = 1
    while i < n - 1:
        t = doc[i]
        if t.text == "-" and not t.whitespace_:
            left, right = doc[i - 1], doc[i + 1]
            if not left.whitespace_ and left.lower_ in PREFIXES and right.is_alpha \
                    and not right.lower_.endswith(_AGENT_ENDINGS) and (spans == [] or spans[-1][1] <= i - 1):
                spans.append((i - 1, i + 2))
                i += 2
                continue
        i += 1
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
        if self.lemmatizer is None or "-" not in doc.text:
            return doc
        for token in doc:
            prefix, dash, rest = token.text.partition("-")
            if not dash or prefix.lower() not in PREFIXES or not rest.isalpha():
                continue
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
