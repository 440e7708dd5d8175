"""``newsgraph ingest --ray``: the command's Ray side, kept apart from the plain ingest command."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

from ..cli.app import OutputFormat, cli_errors, err_console, open_cli_store

#: A cluster address as the first argument after ``--ray`` (anything else there is a path).
_ADDRESS = re.compile(r"^(?:auto|ray:/+\S+|[\w.-]+:\d+)$")


def split_ray_address(paths: list[Path]) -> tuple[str | None, list[Path]]:
    """(cluster address or None, the paths): ``--ray ADDRESS PATH...`` or ``--ray PATH...``.

    The first argument is the address when it looks like one and is no file or
    folder; without one, ``RAY_ADDRESS`` (Ray's own variable) is used if set,
    else a local Ray is started.
    """
    if paths and _ADDRESS.match(str(paths[0])) and not paths[0].exists():
        # the CLI hands paths over as Path, which folds "ray://" into "ray:/"
        return re.sub(r"^ray:/+", "ray://", str(paths[0])), paths[1:]
    return os.environ.get("RAY_ADDRESS") or None, paths


def ray_ingest_command(paths: list[Path], *, db: str, fmt: OutputFormat, max_bytes: int, model: str | None,
                       verbose: bool = False, vectors: bool = True) -> None:
    import typer

    from ..cli.core import report_ingest

    if importlib.util.find_spec("ray") is None:
        err_console.print("[red]error:[/red] Ray is not installed; install it with pip install 'newsgraph[ray]'")
        raise typer.Exit(1) from None
    from .ray_ingest import ingest_ray

    address, paths = split_ray_address(paths)
    if not paths:
        err_console.print("[red]error:[/red] give files or folders after the cluster address")
        raise typer.Exit(2)
    with cli_errors():
        store = open_cli_store(db, create=True)
        try:
            if fmt == OutputFormat.table:
                err_console.print(f"ingest on Ray ({address or 'local, 127.0.0.1'})", highlight=False)
            run = ingest_ray(paths, store, address=address, model=model, max_bytes=max_bytes, vectors=vectors)
        finally:
            store.close()
    report_ingest(run.result, db, fmt, paths, verbose=verbose)
