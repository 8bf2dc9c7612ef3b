"""The laptop's SQLite engines: URLs, read-only access, the laptop's busy timeout (the pragmas
and transaction starts are in ``surveyapp.sqlite``, shared with the server)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine

from surveyapp.connection import LAPTOP_BUSY_TIMEOUT_MS, Access
from surveyapp.sql import BEGIN_OPTION, IMMEDIATE, configure_sqlite, write_engine

__all__ = [
    "BEGIN_OPTION",
    "IMMEDIATE",
    "LAPTOP_BUSY_TIMEOUT_MS",
    "Access",
    "configure_sqlite",
    "sqlite_engine",
    "sqlite_url",
    "write_engine",
]


def sqlite_url(path: Path, access: Access = "rw") -> str:
    """The SQLAlchemy URL of the file at ``path``: read-write (created if missing), read-only
    ("ro": SQLite still needs the ``-shm`` beside it, or a folder where it can make one), or
    read-only and assumed unchanging ("immutable": no locks and no ``-shm`` at all)."""
    if access == "rw":
        return f"sqlite:///{path}"
    flags = "mode=ro" if access == "ro" else "mode=ro&immutable=1"
    return f"sqlite:///file:{quote(str(path))}?{flags}&uri=true"


def sqlite_engine(
    path: Path, access: Access = "rw", *, busy_timeout_ms: int = LAPTOP_BUSY_TIMEOUT_MS
) -> Engine:
    """An engine on the SQLite file at ``path`` (created if missing when read-write)."""
    engine = create_engine(sqlite_url(path, access))
    return configure_sqlite(engine, busy_timeout_ms=busy_timeout_ms, read_only=access != "rw")
