"""What the resolver needs from storage: entity profiles, candidate keys, links.

The resolver (``newsgraph.resolve``) decides which store entity a mention
names; this mixin is the only place that reads and writes the tables those
decisions live in, so the resolver itself holds no SQL and no driver
connection, and the same decisions run on every store.
"""

from __future__ import annotations

from typing import Any


class ResolutionStore:
    """Entity, alias, key and link reads and writes for ``newsgraph.resolve``.

    Mixed into the store class; ``self.conn`` is the store's connection
    (inside ``transaction()`` the same connection, so the writes join the
    article's transaction).
    """

    conn: Any
