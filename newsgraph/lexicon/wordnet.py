"""WordNet read straight from its database files, one word at a time.

A reporter asks in her own words ("quit", "bought", "paid"), the articles say
theirs ("resigned", "acquired", "spent"). WordNet knows which words name the
same act (a synset) and which act is a kind of another (hypernyms). Its
database (Debian's ``wordnet-base``: ``/usr/share/wordnet``, or wherever
``NEWSGRAPH_WORDNET`` points) is a set of sorted text files, so a word is
looked up the way WordNet's own C library does it: a binary search in the
sorted ``index.POS`` file, then one seek per synset into ``data.POS``. Nothing
is loaded up front, so ``newsgraph ask`` pays microseconds, not the second a
full in-memory reader takes. Without the files every lookup finds nothing and
the query stage falls back to stems and word vectors.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

POS_FILES = {"v": "verb", "n": "noun", "a": "adj", "r": "adv"}
#: The detachment rules of WordNet's morphy (inflected ending → base ending), per part of speech.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


@dataclass(frozen=True, slots=True)
class Synset:
    """One sense: its words (spaces, not underscores) and the offsets of the senses it points to."""

    offset: int
    pos: str
    words: tuple[str, ...]
    pointers: tuple[tuple[str, int, str, int, int], ...]  # (symbol, offset, pos, source word, target word)
    lexfile: int = 0  # the lexicographer file: for verbs 31 cognition, 32 communication, 33 competition, …

    def related(self, symbols: str, word: str | None = None) -> list[tuple[int, str, int]]:
        """(offset, part of speech, target word number) of the senses this one points to by ``symbols``.

        A lexical pointer (a derivation: "resign" → "resignation") links one word
        to one word; with ``word`` given, only those from that word are kept.
        """
        number = self.words.index(word) + 1 if word in self.words else 0
        return [(offset, pos, target) for symbol, offset, pos, source, target in self.pointers
                if symbol in symbols and (source == 0 or not word or source == number)]


def _root() -> Path | None:
    for candidate in (os.environ.get("NEWSGRAPH_WORDNET"), "/usr/share/wordnet", "/usr/local/share/wordnet"):
        if candidate and (Path(candidate) / "index.verb").is_file():
            return Path(candidate)
    return None


class WordNet:
    """Lookups in a WordNet 3.0 database directory (see the module docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, object] = {}

    def _file(self, name: str):
        handle = self._files.get(name)
        if handle is None:
            handle = self._files[name] = open(self.root / name, "rb")  # noqa: SIM115 (kept open for seeks)
        return handle

    def _search(self, name: str, key: str) -> str | None:
        """The line of sorted file ``name`` whose first field is ``key`` (binary search over bytes)."""
        handle = self._file(name)
        target = key.encode()
        handle.seek(0, 2)
        low, high = 0, handle.tell()
        while low < high:
            middle = (low + high) // 2
            handle.seek(max(middle - 1, 0))
            if middle:
                handle.readline()  # to the first line that starts at or after ``middle``
            start = handle.tell()
            line = handle.readline()
            if not line or start >= high:
                high = middle
                continue
            word = line.split(b" ", 1)[0]
            if word < target:  # the licence header's lines start with spaces: they sort first
                low = start + len(line)
            elif word > target:
                high = middle
            else:
                return line.decode("utf-8", "replace")
        return None

    def base_forms(self, word: str, pos: str) -> list[str]:
        """The word's base forms in WordNet: itself, its listed exceptions, its regular detachments."""
        word = word.lower().replace(" ", "_")
        found = []
        exception = self._search(f"{POS_FILES[pos]}.exc", word)
        if exception:
            found += exception.split()[1:]
        for form in [word, *(word[: -len(end)] + base for end, base in _DETACH[pos] if word.endswith(end))]:
            if form and form not in found and self._search(f"index.{POS_FILES[pos]}", form):
                found.append(form)
        return found

    def synset_offsets(self, lemma: str, pos: str) -> list[int]:
        """The senses of a base form, most frequent first."""
        line = self._search(f"index.{POS_FILES[pos]}", lemma.lower().replace(" ", "_"))
        if not line:
            return []
        fields = line.split()
        pointer_count = int(fields[3])
        sense_count = int(fields[2])
        return [int(f) for f in fields[4 + pointer_count + 2:][:sense_count]]

    def synset(self, offset: int, pos: str) -> Synset | None:
        handle = self._file(f"data.{POS_FILES['a' if pos == 's' else pos]}")
        handle.seek(offset)
        line = handle.readline().decode("utf-8", "replace")
        fields = line.split(" | ")[0].split()
        if len(fields) < 4 or int(fields[0]) != offset:
            return None
        count = int(fields[3], 16)
        words = tuple(fields[4 + 2 * i].replace("_", " ").split("(")[0].lower() for i in range(count))
        at = 4 + 2 * count
        pointer_count = int(fields[at])
        pointers = []
        for i in range(pointer_count):
            symbol, target, target_pos, words_hex = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            pointers.append((symbol, int(target), target_pos, int(words_hex[:2], 16), int(words_hex[2:], 16)))
        return Synset(offset=offset, pos=pos, words=words, pointers=tuple(pointers), lexfile=int(fields[1]))


@lru_cache(maxsize=1)
def wordnet() -> WordNet | None:
    """The WordNet database of this machine, or None when it is not installed (lookups then find nothing)."""
    root = _root()
    if root is None:
        logger.info("WordNet database not found; synonyms come from word vectors only")
        return None
    return WordNet(root)
