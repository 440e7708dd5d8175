"""What curation needs from storage: the user's decisions and their effects.

Merges, splits, renames and type corrections are recorded as decisions that
outlast a rebuild; this mixin is the only place that reads and writes them.
"""

from __future__ import annotations

from typing import Any


class CurationStore:
    """Decision log and entity edits for ``newsgraph.resolve.curate``.

    Mixed into the store class; ``self.conn`` is the store's connection.
    """

    conn: Any
