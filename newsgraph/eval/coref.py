"""Coreference scores: MUC, B³, CEAF-e, and the CoNLL F1 (their mean).

Clusterings are maps mention → cluster label over the *same* mention set (the
evaluations here score key and response on one set of mentions, so twinless
mentions do not arise; a mention missing from the response counts as a
singleton). Definitions follow Pradhan et al. (2014), "Scoring coreference
partitions of predicted mentions: a reference implementation":

- MUC (Vilain et al. 1995): links; recall = Σ(|K| − |p(K)|) / Σ(|K| − 1) where
  p(K) are the pieces the response cuts key cluster K into; precision swaps the roles.
- B³ (Bagga and Baldwin 1998): per mention, the overlap of its key and response
  clusters over the response (precision) and key (recall) cluster, averaged.
- CEAF-e (Luo 2005): the best one-to-one alignment of key and response clusters
  under φ4 = 2|K∩R| / (|K| + |R|), divided by the number of response
  (precision) and key (recall) clusters; the alignment is the Hungarian method.

``evaluate_xdoc`` is the protocol both cross-document evaluations (MEANTIME,
ECB+) share: the real pipeline into a temporary store, gold mentions mapped to
system mentions by span and head (``match_mention``), newsgraph and both
baselines scored on the same mentions in the same run.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from .report import Report

Clustering = Mapping[Hashable, Hashable]  # mention → cluster label


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class CorefScores:
    muc: PRF
    b3: PRF
    ceafe: PRF

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceafe.f1) / 3

    def to_dict(self) -> dict[str, float]:
        return {"muc_f1": self.muc.f1, "b3_f1": self.b3.f1, "ceafe_f1": self.ceafe.f1, "conll_f1": self.conll}


def clusters(assign: Clustering) -> list[frozenset]:
    groups: dict[Hashable, set] = defaultdict(set)
    for mention, label in assign.items():
        groups[label].add(mention)
    return [frozenset(g) for g in groups.values()]


def _muc_side(key: list[frozenset], response_of: Mapping[Hashable, Hashable]) -> float:
    num = den = 0
    for k in key:
        pieces = {response_of.get(m, ("singleton", m)) for m in k}
        num += len(k) - len(pieces)
        den += len(k) - 1
    return num / den if den else 0.0


def muc(key: Clustering, response: Clustering) -> PRF:
    return PRF(precision=_muc_side(clusters(response), key), recall=_muc_side(clusters(key), response))


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    kc = {m: c for c in clusters(key) for m in c}
    rc = {m: c for c in clusters(response) for m in c}
    mentions = list(key)
    if not mentions:
        return PRF(0.0, 0.0)
    p = r = 0.0
    for m in mentions:
        k = kc[m]
        resp = rc.get(m, frozenset({m}))
        overlap = len(k & resp)
        p += overlap / len(resp)
        r += overlap / len(k)
    return PRF(p / len(mentions), r / len(mentions))


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    kc, rc = clusters(key), clusters(response)
    if not kc or not rc:
        return PRF(0.0, 0.0)
    sim = [[2 * len(k & r) / (len(k) + len(r)) for r in rc] for k in kc]
    total = _max_assignment(sim)
    return PRF(total / len(rc), total / len(kc))


def score(key: Clustering, response: Clustering) -> CorefScores:
    return CorefScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def _max_assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one assignment of rows to columns.

    Only pairs that share a mention have a weight, so the problem splits into
    the connected components of that bipartite graph; each is solved by the
    Hungarian method (O(n³) on its own size, small in practice).
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    adj_r = [[j for j in range(cols) if weights[i][j] > 0] for i in range(rows)]
    adj_c: list[list[int]] = [[] for _ in range(cols)]
    for i, js in enumerate(adj_r):
        for j in js:
            adj_c[j].append(i)
    seen_r, seen_c = [False] * rows, [False] * cols
    total = 0.0
    for start in range(rows):
        if seen_r[start] or not adj_r[start]:
            continue
        comp_r, comp_c, stack = [], [], [("r", start)]
        seen_r[start] = True
        while stack:
            side, x = stack.pop()
            if side == "r":
                comp_r.append(x)
                for j in adj_r[x]:
                    if not seen_c[j]:
                        seen_c[j] = True
                        stack.append(("c", j))
            else:
                comp_c.append(x)
                for i in adj_c[x]:
                    if not seen_r[i]:
                        seen_r[i] = True
                        stack.append(("r", i))
        sub = [[weights[i][j] for j in comp_c] for i in comp_r]
        total += _hungarian_max(sub)
    return total


def _hungarian_max(w: list[list[float]]) -> float:
    """Maximum-weight assignment on a (possibly rectangular) matrix, Hungarian method."""
    n_rows, n_cols = len(w), len(w[0])
    transpose = n_rows > n_cols
    if transpose:
        w = [list(col) for col in zip(*w, strict=True)]
        n_rows, n_cols = n_cols, n_rows
    big = max(max(row) for row in w)
    cost = [[big - x for x in row] for row in w]  # minimize cost
    inf = float("inf")
    u = [0.0] * (n_rows + 1)
    v = [0.0] * (n_cols + 1)
    p = [0] * (n_cols + 1)
    way = [0] * (n_cols + 1)
    for i in range(1, n_rows + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n_cols + 1)
        used = [False] * (n_cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n_cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n_cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if not j0:
                break
    return sum(w[p[j] - 1][j - 1] for j in range(1, n_cols + 1) if p[j])


# -- the cross-document protocol shared by the MEANTIME and ECB+ evaluations ----

@dataclass(frozen=True, slots=True)
class GoldMention:
    """One gold entity mention: offsets into its document's text, and its gold cluster."""

    doc: str
    start: int
    end: int
    text: str
    cluster: str


_TOKEN = re.compile(r"\S+")
#: Marks that end a mention's head phrase: an apposition, a bracket ("Singapore Airlines ( SIA").
_BREAK_PUNCT = frozenset({",", "(", "--", ";", ":"})
#: Words that open a post-modifier ("Bay of Tellur" is kept whole when one system mention spans it).
_BREAK_WORDS = frozenset({"of", "in", "at", "near", "with", "from", "for", "on", "between", "to", "by",
                          "which", "who", "whose", "that"})
#: Tokens after the head that are not the head: a possessive, quotes, a closing bracket, a full stop.
_TRAILING = frozenset({"'s", "'", "\u2019s", "``", "''", '"', "`", ")", "."})

Span = tuple[int, int, str]  # (start, end, local id) of a system mention


def _head(toks: list[tuple[str, int, int]], system: list[Span]) -> tuple[tuple[str, int, int] | None, str]:
    """The head token of a phrase, the last token before its first post-modifier, and the
    word that ended the head phrase ("" when nothing did).

    English noun phrases end in their head ("Velmar parent Orrin", "UK VMC"); what
    follows a comma, a bracket or a preposition modifies it ("Rye , Ohio",
    "the Orlen Theatre at Dayton"), unless one system mention spans the word,
    as in a name that contains it ("Bay of Tellur").
    """
    chunk: list[tuple[str, int, int]] = []
    cut = ""
    for tok in toks:
        if chunk and (tok[0] in _BREAK_PUNCT or (
                tok[0] in _BREAK_WORDS
                and not any(s <= chunk[-1][1] and e >= tok[2] for s, e, _ in system))):
            cut = tok[0]
            break
        chunk.append(tok)
    while chunk and chunk[-1][0] in _TRAILING:
        chunk.pop()
    return (chunk[-1] if chunk else None), cut


def _names_after_of(toks: list[tuple[str, int, int]], system: list[Span]) -> int:
    """How many system mentions lie inside the phrase after its first "of": two in a title
    followed by its holder's name ("Chair of the Orlen Board Tamsin Reyes"), one in
    a plain "X of Y" ("the Chief Executive of Velmar Motors")."""
    at = next(t[2] for t in toks if t[0] == "of")
    return sum(1 for s, e, _ in system if s >= at and e <= toks[-1][2])


def match_mention(gold: GoldMention, system: list[Span]) -> str | None:
    """The local entity id of the system mention that reads the gold mention, else None.

    The system mention with the same span, else one that covers the gold
    mention's head: MEANTIME's name mentions span whole noun phrases with their
    modifiers ("Ohio carmaker VM", "Velmar 's T90"), and the mention they are
    is the one of their head (VM; the T90), not the longest name inside them.
    The heads tried, in order: the head of the phrase, the head of its last
    apposition ("the Ohio truck maker , Velmar"), and the last token
    of a title's name ("Chair of the Orlen Board Tamsin Reyes"). When
    no system mention covers any of them, the NER did not find the mention
    (None), whatever other name it contains ("the scene in Dayton" is not
    Dayton). Among mentions covering a head, the one overlapping the gold span
    most, as long as it does not run past the head (a gold "Velmar" is not
    read by a mention "Velmar Developers Conference").
    """
    for start, end, local_id in system:
        if start == gold.start and end == gold.end:
            return local_id
    toks = [(m.group(), gold.start + m.start(), gold.start + m.end()) for m in _TOKEN.finditer(gold.text)]
    head, cut = _head(toks, system)
    heads = [head]
    commas = [i for i, tok in enumerate(toks) if tok[0] == ","]
    if commas:
        heads.append(_head(toks[commas[-1] + 1:], system)[0])
    if toks and cut == "of" and _names_after_of(toks, system) >= 2:
        heads.append(toks[-1])
    for head in heads:
        if head is None:
            continue
        best, best_overlap = None, 0
        for start, end, local_id in system:
            if min(end, head[2]) > max(start, head[1]) and end <= head[2]:
                overlap = min(end, gold.end) - max(start, gold.start)
                if overlap > best_overlap:
                    best, best_overlap = local_id, overlap
        if best is not None:
            return best
    return None


def evaluate_xdoc(name: str, documents: list, gold: dict[str, list[GoldMention]], *, nlp) -> Report:
    """Run the pipeline over ``documents`` (Articles) into a temporary store and score
    cross-document entity coreference on the gold mentions the system's NER finds.

    Both systems cluster the same mentions: those gold mentions whose head a
    mention newsgraph's nlp stage read (``match_mention``). newsgraph's cluster is the store entity
    the mention's local entity links to; the baseline ``exact mention string``
    clusters mentions with identical text; a second baseline, ``exact entity
    name``, clusters by the local entity's name and type (the linker newsgraph
    started with).
    """
    import tempfile
    from pathlib import Path

    from ..nlp.pipeline import Annotator
    from ..resolve import link_article
    from ..store import SQLiteStore

    annotator = Annotator(nlp)
    key: dict[tuple, str] = {}
    ours: dict[tuple, object] = {}
    by_string: dict[tuple, object] = {}
    by_name: dict[tuple, object] = {}
    total = unmatched = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "coref.db")
        try:
            annotated = list(annotator.annotate_many(documents))
            for a in annotated:
                store.write_article(a, linker=link_article)
            links = store.all_links()
        finally:
            store.close()
    for a in annotated:
        doc_id = a.article.id
        system = [(m.start, m.end, e.id) for e in a.entities for m in e.mentions]
        local = {e.id: e for e in a.entities}
        for g in gold.get(doc_id, []):
            total += 1
            local_id = match_mention(g, system)
            if local_id is None:
                unmatched += 1
                continue
            m = (doc_id, g.start, g.end)
            key[m] = g.cluster
            ours[m] = links.get((doc_id, local_id), ("unlinked", doc_id, local_id))
            by_string[m] = g.text
            by_name[m] = (local[local_id].name, local[local_id].type)
    ng, base, base_name = score(key, ours), score(key, by_string), score(key, by_name)
    report = Report(name=name, baseline="exact mention string")
    report.add("MUC F1", ng.muc.f1, base.muc.f1)
    report.add("B3 F1", ng.b3.f1, base.b3.f1)
    report.add("CEAF-e F1", ng.ceafe.f1, base.ceafe.f1)
    report.add("CoNLL F1", ng.conll, base.conll, note="mean of MUC, B3, CEAF-e")
    report.add("CoNLL F1 (vs exact entity name)", ng.conll, base_name.conll,
               note="baseline: local entity name + type, exact, across documents")
    report.counts.update({
        "documents": len(documents), "gold_mentions": total, "scored_mentions": len(key),
        "not_found_by_ner": unmatched, "gold_clusters": len(set(key.values())),
        "newsgraph_clusters": len(set(ours.values())), "baseline_clusters": len(set(by_string.values())),
    })
    return report
