"""``newsgraph serve``: the web app and JSON API over a store (FastAPI on uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import DbOption, cli_errors, err_console


#: Seconds an idle client connection is kept open.
KEEP_ALIVE = 30


def serve(
    db: DbOption = "newsgraph.db",
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default: only this "
                                                      "machine can reach it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option("--token", envvar="NEWSGRAPH_TOKEN",
                                              help="Token writes need (header X-Newsgraph-Token). Made up and "
                                                   "printed when the host is not loopback and none is given.")] = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Refuse every write (curation, ingest).")] = False,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body in bytes.")] = 20 * 1024 * 1024,
    max_stale: Annotated[float, typer.Option("--max-stale", min=0, help="Seconds a kept answer may still be "
                                             "served after the store changed (e.g. during an ingest; 0: never). "
                                             "This server's own curation and ingest end drop them at once.")] = 30,
) -> None:
    """Serve the web app and JSON API (OpenAPI at /docs) over the store."""
    import uvicorn

    from ..api import ServeSettings, create_app, is_loopback

    settings = ServeSettings.for_host(host, token=token, db=db, port=port, writes=not read_only, max_body=max_body,
                                      max_stale=max_stale)
    with cli_errors():
        app = create_app(settings)
    if settings.token and not is_loopback(host):
        err_console.print(f"writes need the token: {settings.token}", highlight=False)
    err_console.print(f"newsgraph serving {db} at http://{host}:{port}/  (API docs at /docs)", highlight=False)
    # An idle connection is kept 30 s, not uvicorn's 5: clients that keep connections for 5 s themselves
    # (httpx, many others) otherwise race the server's close and see "server disconnected" under load.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
