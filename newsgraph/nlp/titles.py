"""Abbreviated titles before a name ("Dr. Ann Lee", "Msgr. Dan Cole", "Lt. Gov. Lee") end no sentence.

spaCy's tokenizer knows some titles with their stop as one word ("Dr.",
"Gov.") but splits others ("Msgr", "."), and text that was tokenised before it
reached us (a corpus or a feed that puts a space before every stop: "Dr . Ann
Lee") splits them all. The parser then most often ends the sentence at the
stop, and a claim ends on the title ("… praised Dr"); a boundary forbidden
before the parser does not stop it (a parse with two roots is two sentences).
So this module

* merges a title (or a middle initial: "Michael L . Farmer") and its stop,
  spaced or not, into one word before anything
  else reads the text (the component ``newsgraph_title_stops``, first in the
  pipeline) when a capitalised word follows, and gives the spaced word ("Dr .")
  the features the model knows the unspaced one by (norm, shape, affixes and
  word vector of "Dr."): "Dr . Ann Lee" then parses as "Dr. Ann Lee" does;
* tells the sentence splitter (``segment``) that a capitalised word right
  after a title goes on the same sentence.

The list is closed: courtesy titles, clergy, military and police ranks and
offices that stand before a person's name. "St." and "Sr."/"Jr." are not in it:
a street or a name's suffix may end a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newsgraph_title_stops"

#: Titles written abbreviated before a name (without their stop, as capitalised).
TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Msgr", "Rev", "Fr", "Gov", "Sen", "Rep", "Lt", "Gen", "Col",
    "Capt", "Cpt", "Sgt", "Maj", "Adm", "Cmdr", "Cdr", "Cpl", "Pvt", "Brig", "Supt", "Insp", "Det", "Atty",
    "Amb", "Hon", "Pres", "Gens", "Reps", "Sens", "Drs", "Messrs", "Mme", "Mlle", "Sgts",
})


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _initial(doc: Doc, token: Token) -> bool:
    """A middle initial after a name ("Michael L . Farmer"): one capital letter after a capitalised word."""
    return len(token.text) == 1 and token.text.isupper() and token.i > 0 and _capitalised(doc[token.i - 1])


def title_of(token: Token) -> str | None:
    """The title a word is, with its stop ("Dr.", "Dr ." merged): "Dr"; else None."""
    text = token.text
    if not text.endswith("."):
        return None
    bare = text[:-1].rstrip()
    return bare if bare in TITLES else None


@Language.component(COMPONENT)
def title_stops(doc: Doc) -> Doc:
    """A title and its stop ("Msgr", "." or "Dr", " .") as one word, when a capitalised word follows."""
    spans = [(t.i, t.text) for t in doc[:-2]
             if (t.text in TITLES or _initial(doc, t)) and doc[t.i + 1].text == "." and _capitalised(doc[t.i + 2])]
    if spans:
        with doc.retokenize() as retok:
            for i, title in spans:
                retok.merge(doc[i:i + 2])
    return doc


def after_title(doc: Doc, token: Token) -> bool:
    """Whether ``token`` is a capitalised word right after an abbreviated title and its stop."""
    return token.i >= 1 and _capitalised(token) and title_of(doc[token.i - 1]) is not None


def _spaced_like_unspaced(vocab) -> None:
    """The lexeme "Dr ." takes the features of "Dr." that the tagger, parser and recognizer read (norm,
    prefix, suffix, shape; the word vector, as another key of the same row)."""
    vectors = vocab.vectors
    for title in (*TITLES, *"ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        src, spaced = vocab[f"{title}."], vocab[f"{title} ."]
        spaced.norm_, spaced.prefix_, spaced.suffix_, spaced.shape_ = src.norm_, src.prefix_, src.suffix_, src.shape_
        row = vectors.find(key=src.orth) if vectors.shape[0] else -1
        if row >= 0 and vectors.find(key=spaced.orth) < 0:
            vectors.add(spaced.orth, row=row)


def add_title_stops(nlp: Language) -> Language:
    """Add the component first in the pipeline (once)."""
    if COMPONENT not in nlp.pipe_names:
        _spaced_like_unspaced(nlp.vocab)
        nlp.add_pipe(COMPONENT, first=True)
    return nlp
