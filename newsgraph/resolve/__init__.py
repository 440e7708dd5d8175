"""The resolve stage: an article's local entities → the store's entities.

``link_article(conn, annotated)`` runs inside the article's write transaction.
"""

from .linker import link_article

__all__ = ["link_article"]
