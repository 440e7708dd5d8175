"""The HTTP API and web app over a store: ``create_app(ServeSettings(db=...))``.

Routes call ``newsgraph.query`` functions and the store's public methods only
(never the nlp stage or SQL); reads use read-only connections. See
``newsgraph serve``.
"""

from __future__ import annotations

from .app import create_app
from .settings import ServeSettings, is_loopback

__all__ = ["ServeSettings", "create_app", "is_loopback"]
