"""What the query stage needs from storage: claims, citations, entity names.

``newsgraph.query`` answers questions from typed records; this mixin is the
only place that reads the tables behind them, so the query stage holds no SQL
and the same answers come from every store.
"""

from __future__ import annotations

from typing import Any


class QueryReads:
    """Claim, sentence, entity and co-mention reads for ``newsgraph.query``.

    Mixed into the store class; ``self.conn`` is the store's connection.
    """

    conn: Any
