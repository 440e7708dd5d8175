"""The app factory: the JSON API and the web pages over one store.

``create_app(settings)`` opens the store (creating or upgrading it), mounts the
API under ``/api`` (OpenAPI at ``/openapi.json``, docs at ``/docs``), the pages
at ``/`` and the vendored static files at ``/static``, and installs the guards
(bounded bodies, writes with the token when one is set, no cross-site writes)
and the one error shape.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import curation, errors, exports, ingest, reads
from .cache import ResultCache
from .guard import Guard
from .ingest import IngestQueue
from .settings import ServeSettings
from .stores import Stores


def create_app(settings: ServeSettings | None = None) -> FastAPI:
    """The whole server as an ASGI app."""
    from ..web import pages

    settings = settings or ServeSettings()
    stores = Stores(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.ingest.close()
        app.state.cache.close()
        stores.close()

    app = FastAPI(title="newsgraph", version="0.1.0", lifespan=lifespan,
                  description="Entities, times and claims read from news articles, with sentence citations. "
                              "Profiles, timelines, graphs, paths and answers are kept once computed: while the "
                              "store changes (an ingest), one can be up to "
                              f"{settings.max_stale:g} s older than the store, never more.")
    app.state.settings = settings
    app.state.stores = stores
    app.state.cache = cache = ResultCache(stores, max_stale=settings.max_stale)
    app.state.ingest = IngestQueue(settings.db, model=settings.model, on_end=lambda job: cache.clear())
    errors.install(app)
    app.include_router(reads.router)
    app.include_router(curation.router)
    app.include_router(ingest.router)
    app.include_router(exports.router)
    pages.mount(app)
    app.add_middleware(Guard, settings=settings)
    return app
