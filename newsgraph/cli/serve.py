"""``newsgraph serve``: the web app and JSON API over a store (FastAPI on uvicorn)."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import DbOption, cli_errors, err_console


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
) -> None:
    """Serve the web app and JSON API (OpenAPI at /docs) over the store."""
    import uvicorn

    from ..api import ServeSettings, create_app, is_loopback

    settings = ServeSettings.for_host(host, token=token, db=db, port=port, writes=not read_only, max_body=max_body)
    with cli_errors():
        app = create_app(settings)
    if settings.token and not is_loopback(host):
        err_console.print(f"writes need the token: {settings.token}", highlight=False)
    err_console.print(f"newsgraph serving {db} at http://{host}:{port}/  (API docs at /docs)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
