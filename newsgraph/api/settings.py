"""How a server runs: which store, where it listens, who may write, how much it accepts."""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

#: Largest request body accepted (uploads to ingest included).
DEFAULT_MAX_BODY = 20 * 1024 * 1024
#: Seconds a kept answer may be served after the store changed under it (see api/cache.py).
DEFAULT_MAX_STALE = 30.0


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: only this machine can reach the server."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """One server's settings (the CLI builds it from ``newsgraph serve`` options)."""

    db: str = "newsgraph.db"
    host: str = "127.0.0.1"
    port: int = 8000
    writes: bool = True  # curation and ingest allowed at all
    token: str | None = None  # needed for writes; always set when the host is not loopback
    max_body: int = DEFAULT_MAX_BODY
    model: str | None = None  # spaCy pipeline for ingest (None: the default)
    max_stale: float = DEFAULT_MAX_STALE

    @property
    def token_required(self) -> bool:
        return self.token is not None

    @classmethod
    def for_host(cls, host: str = "127.0.0.1", *, token: str | None = None, **kwargs) -> ServeSettings:
        """Settings that need a token for writes when ``host`` is not loopback (one is made when none is given)."""
        if token is None and not is_loopback(host):
            token = secrets.token_urlsafe(24)
        return cls(host=host, token=token, **kwargs)
