"""``newsgraph ingest --ray``: the command's Ray side, kept apart from the plain ingest command."""

from __future__ import annotations

import re
from pathlib import Path

from ..cli.app import OutputFormat, cli_errors, err_console, open_cli_store

#: What ``--ray`` takes as a cluster address; anything else after it is a path (``--ray examples/``).
_ADDRESS = re.compile(r"^(?:auto|local|ray://\S+|[\w.-]+:\d+)$")


def split_ray_option(value: str, paths: list[Path]) -> tuple[str | None, list[Path]]:
    """(address or None for a local Ray, paths): ``--ray PATH`` reads PATH with a local Ray."""
    if value == "local":
        return None, paths
    if _ADDRESS.match(value) and not Path(value).exists():
        return value, paths
    return None, [Path(value), *paths]


def ray_ingest_command(paths: list[Path], *, db: str, fmt: OutputFormat, max_bytes: int, model: str | None,
                       ray: str) -> None:
    import typer

    from ..cli.core import report_ingest

    try:
        from .ray_ingest import ingest_ray
        import ray  # noqa: F401
    except ImportError:
        err_console.print("[red]error:[/red] Ray is not installed; install it with pip install 'newsgraph[ray]'")
        raise typer.Exit(1) from None
    address, paths = split_ray_option(ray, paths)
    with cli_errors():
        store = open_cli_store(db)
        try:
            if fmt == OutputFormat.table:
                err_console.print(f"ingest on Ray ({address or 'local, 127.0.0.1'})", highlight=False)
            run = ingest_ray(paths, store, address=address, model=model, max_bytes=max_bytes)
        finally:
            store.close()
    report_ingest(run.result, db, fmt)
