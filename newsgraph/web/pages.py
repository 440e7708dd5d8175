"""The pages: home (ask, search, filters, histogram), entity, connection view, article, open loops,
conflicts, ingest. Each reads through the query layer on the thread's read-only store and renders a
template; the timeline and the graph are drawn in the browser from JSON embedded in the page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import query
from ..api import graphs
from ..api.reads import Day, OptionalText, article_data, reader
from ..store import ArticleFilter
from .marks import sentence_views
from .render import HERE, page

Html = {"response_class": HTMLResponse, "include_in_schema": False}


def home(request: Request, q: OptionalText = None, start: Day = None, end: Day = None, source: OptionalText = None,
         type: OptionalText = None):
    store = reader(request)
    filter = ArticleFilter(start=start or None, end=end or None, source=source or None)
    answer = query.ask(store, q).to_dict() if q and q.strip() else None
    hits = store.search_where(q, filter, limit=20) if q and q.strip() else []
    total, people = store.entities_page(type=type or None, limit=24)
    bars = store.histogram(filter)
    return page(request, "home.html", title="newsgraph", q=q or "", start=start or "", end=end or "",
                source=source or "", type=type or "", answer=answer, hits=hits, entities=people,
                entity_total=total, bars=bars, peak=max((n for _, n in bars), default=1),
                outlets=store.outlet_counts(), types=store.entity_types(), articles=store.articles_where(filter, limit=10),
                article_total=store.count_articles_where(filter))


def entity(request: Request, ref: str, as_of: Day = None):
    store = reader(request)
    p = query.profile(store, ref, as_of=as_of or None, connections=12, claims=10)
    me = str(p.entity.id)
    timeline = query.timeline(store, me, as_of=as_of or None)
    claims = query.claims(store, me, as_of=as_of or None, limit=60)
    return page(request, "entity.html", title=p.entity.name, profile=p.to_dict(),
                timeline=[_slim(e.to_dict()) for e in timeline.entries], truncated=timeline.truncated,
                claims=[c.to_dict() for c in claims.claims],
                loops=[x.to_dict() for x in query.open_loops(store, entity=me, as_of=as_of or None, limit=20)],
                conflicts=[x.to_dict() for x in query.conflicts(store, entity=me, limit=20)],
                types=store.entity_types())


def _slim(entry: dict) -> dict:
    """A timeline entry as the page's script needs it (its claims' full records left out)."""
    return {k: v for k, v in entry.items() if k != "claims"}


def connection(request: Request, a: OptionalText = None, b: OptionalText = None, as_of: Day = None):
    store = reader(request)
    graph, found, focus = None, None, None
    if a and b:
        result = query.connect(store, a, b, as_of=as_of or None)
        found, graph = result.to_dict(), graphs.paths(result)
    elif a:
        p = query.profile(store, a, as_of=as_of or None, connections=15, claims=40)
        focus, graph = p.entity.to_dict(), graphs.neighbourhood(p)
    if found:
        a, b = found["a"]["entity"]["name"], found["b"]["entity"]["name"]
    elif focus:
        a = focus["name"]
    return page(request, "connect.html", title="Connections", a=a or "", b=b or "", graph=graph, found=found,
                focus=focus)


def article(request: Request, ref: str, s: Annotated[int | None, Query(ge=0, le=100_000)] = None):
    data = article_data(reader(request), ref)
    from ..store import Mark

    marks = [Mark(**m) for m in data["marks"]]
    views = sentence_views(data["text"], [(x["sentence"], x["start"], x["end"]) for x in data["sentences"]], marks)
    return page(request, "article.html", title=data["title"] or data["id"][:12], article=data, sentences=views,
                highlight=s)


def open_loops(request: Request, entity: OptionalText = None):
    loops = query.open_loops(reader(request), entity=entity or None, limit=100)
    return page(request, "loops.html", title="Open loops", loops=[x.to_dict() for x in loops], entity=entity or "")


def conflicts(request: Request, entity: OptionalText = None):
    found = query.conflicts(reader(request), entity=entity or None, limit=100)
    return page(request, "conflicts.html", title="Conflicts", conflicts=[x.to_dict() for x in found],
                entity=entity or "")


def ingest(request: Request):
    return page(request, "ingest.html", title="Ingest", jobs=[j.to_dict() for j in request.app.state.ingest.jobs()])


def mount(app: FastAPI) -> None:
    """Add the pages and ``/static`` to the app."""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.get("/", **Html)(home)
    app.get("/entities/{ref}", **Html)(entity)
    app.get("/connect", **Html)(connection)
    app.get("/articles/{ref}", **Html)(article)
    app.get("/open-loops", **Html)(open_loops)
    app.get("/conflicts", **Html)(conflicts)
    app.get("/ingest", **Html)(ingest)
    app.get("/favicon.ico", include_in_schema=False)(lambda: Response(status_code=204))


