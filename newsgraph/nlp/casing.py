"""Headlines and ALL-CAPS lines: read names there with the article's own evidence.

Statistical NER leans on capitalization, so a line in capitals ("MAYOR
VISITS RIVERTON") is read poorly. Two cheap remedies, both confined to those
lines so normal text is never parsed twice:

1. a word in capitals that the article writes elsewhere in normal case takes
   that casing ("RIVERTON" → "Riverton"); short vowelless words stay as
   acronyms; the first word keeps an initial capital; any other word goes
   lower case (a name in a headline is nearly always repeated in the body);
2. the truecased line, which has exactly the original length so offsets
   carry over, is run through the pipeline's ``ner`` only (and the shared
   ``tok2vec`` if ``ner`` listens to it).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")

#: Words a headline writes in capitals but that are not names.
FUNCTION_WORDS = frozenset("""
a an the and or but nor of in on at to for from by with as into over under after before about
against between during without within through up down off out is are was were be been being has
have had do does did will would shall should can could may might must not no yes it its he she
they them his her their we our you your i me my this that these those who whom which what when
where why how than then so if vs v says said say new more most less least all any some each
""".split())


@dataclass(frozen=True, slots=True)
class CapsLine:
    start: int
    end: int


def caps_lines(text: str, *, min_letters: int = 3) -> list[CapsLine]:
    """Lines written in capitals (every cased letter upper case)."""
    out: list[CapsLine] = []
    pos = 0
    for line in text.split("\n"):
        if line.isupper() and sum(1 for c in line if c.isalpha()) >= min_letters:
            out.append(CapsLine(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def known_casings(text: str, lines: list[CapsLine]) -> dict[str, str]:
    """For each word seen outside the caps lines, its most common written form."""
    if not lines:
        return {}
    counts: Counter = Counter()
    pos = 0
    # the stretches between caps lines (a word never runs over a line break)
    for line in [*lines, CapsLine(len(text), len(text))]:
        counts.update(_WORD.findall(text, pos, line.start))
        pos = line.end
    best: dict[str, str] = {}
    most: dict[str, int] = {}
    for w, n in counts.items():  # in order of first use: a tie goes to the form written first
        k = w.lower()
        if n > most.get(k, 0):
            best[k], most[k] = w, n
    return best


def truecase(line: str, known: dict[str, str]) -> str:
    """The line in ordinary casing, same length (only letters change case)."""
    out: list[str] = []
    last = 0
    first = True
    for m in _WORD.finditer(line):
        w = m.group(0)
        out.append(line[last:m.start()])
        last = m.end()
        if not w.isupper() and not first:
            out.append(w)
        elif w.lower() in known:
            out.append(known[w.lower()])
        elif w.lower() in FUNCTION_WORDS and not first:
            out.append(w.lower())
        elif len(w) <= 3 and "." not in w and not first and w.isalpha() and _vowelless(w):
            out.append(w)  # "BBC", "NHS": keep likely acronyms
        elif first:
            out.append(w[0] + w[1:].lower())
        else:
            out.append(w.lower())  # a name a headline holds is nearly always in the body too
        first = False
    out.append(line[last:])
    result = "".join(out)
    assert len(result) == len(line)
    return result


def _vowelless(w: str) -> bool:
    return not any(c in "AEIOUY" for c in w.upper())


def caps_entities(nlp, text: str, lines: list[CapsLine]) -> list[tuple[int, int, str]]:
    """(start, end, label) of entities read on truecased copies of the caps lines."""
    if not lines or nlp is None:
        return []
    known = known_casings(text, lines)
    texts = [truecase(text[ln.start:ln.end], known) for ln in lines]
    docs = [nlp.make_doc(t) for t in texts]
    if "ner" not in nlp.pipe_names:
        return []
    ner = nlp.get_pipe("ner")
    # run the shared tok2vec only when ner listens to it (en_core_web_* ner has its own)
    tok2vec = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if tok2vec is not None and "ner" in getattr(tok2vec, "listening_components", ()):
        docs = list(tok2vec.pipe(docs))
    docs = list(ner.pipe(docs))
    out: list[tuple[int, int, str]] = []
    for line, doc in zip(lines, docs):
        for ent in doc.ents:
            # words the article writes in lower case are not part of a name
            toks = list(ent)
            while toks and toks[-1].text[:1].islower():
                toks.pop()
            while toks and toks[0].text[:1].islower():
                toks.pop(0)
            if not toks:
                continue
            keep = ent.doc[toks[0].i:toks[-1].i + 1]
            out.append((line.start + keep.start_char, line.start + keep.end_char, ent.label_))
    return out
