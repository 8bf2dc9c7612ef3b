"""SQLite engines with the pragmas SurveyApp relies on: foreign keys, WAL, a busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event

# How a transaction starts, as an execution option of the engine (or of a copy of it made with
# ``engine.execution_options``): "BEGIN" (deferred) or "BEGIN IMMEDIATE".
BEGIN_OPTION = "surveyapp_begin"
IMMEDIATE = "BEGIN IMMEDIATE"
# The laptop's writers wait this long for another process's write transaction to end. Every
# write transaction of SurveyApp is short (a checkpoint of an import, a page of a pull, one
# edit), so a wait this long means something is stuck, and the user is told so.
LAPTOP_BUSY_TIMEOUT_MS = 60_000

Access = Literal["rw", "ro", "immutable"]


def _pragmas(busy_timeout_ms: int, read_only: bool) -> Callable[[Any, Any], None]:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        # The sqlite3 module opens transactions by itself only before INSERT/UPDATE/DELETE, so
        # CREATE TABLE ran outside any transaction: a crash during the first migration left
        # tables without their revision stamp, and the file could never be opened again.
        # SQLAlchemy's recipe: the driver never begins; the engine emits BEGIN itself (_begin),
        # for DDL too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:  # a read-only file keeps the journal mode it has
            cursor.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous=NORMAL cannot corrupt the database on power loss; it may lose
        # the last transactions, which the importer tolerates (library files without rows are
        # cleaned).
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    return set_pragmas


def _begin(connection: Any) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_OPTION, "BEGIN"))


def configure_sqlite(
    engine: Engine, *, busy_timeout_ms: int = 10_000, read_only: bool = False
) -> Engine:
    """Give a SQLite engine the pragmas, and make every transaction (schema changes included)
    one SQLite transaction. The laptop's and the server's engines both go through here.

    A transaction starts with plain (deferred) BEGIN unless the engine's ``BEGIN_OPTION``
    execution option says otherwise.
    """
    event.listen(engine, "connect", _pragmas(busy_timeout_ms, read_only))
    event.listen(engine, "begin", _begin)
    return engine


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


def write_engine(engine: Engine) -> Engine:
    """The same engine (same connections) whose transactions take SQLite's write lock as they
    begin (BEGIN IMMEDIATE), waiting for another writer as long as the busy timeout allows.

    A deferred transaction that reads and then writes fails at once with "database is locked"
    when another process committed in between, whatever the busy timeout says; one that begins
    IMMEDIATE never does.
    """
    return engine.execution_options(**{BEGIN_OPTION: IMMEDIATE})
