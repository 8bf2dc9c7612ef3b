"""SQLite engines with the pragmas SurveyApp relies on: foreign keys, WAL, a busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

# Execution option: transactions on this engine (or connection) will write.
IMMEDIATE = "sqlite_begin_immediate"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    # The sqlite3 module opens transactions by itself only before INSERT/UPDATE/DELETE, so
    # CREATE TABLE ran outside any transaction: a crash during the first migration left tables
    # without their revision stamp, and the file could never be opened again. SQLAlchemy's
    # recipe: the driver never begins; the engine emits BEGIN itself (_begin), for DDL too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL cannot corrupt the database on power loss; it may lose the
    # last transactions, which the importer tolerates (library files without rows are cleaned).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _begin(connection: Any) -> None:
    # A transaction that will write takes the write lock at its start (BEGIN IMMEDIATE, and
    # waits up to the busy timeout for it): a DEFERRED one that read first fails at once with
    # "database is locked" when another connection committed meanwhile, whatever the timeout.
    immediate = connection.get_execution_options().get(IMMEDIATE)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def configure_sqlite(engine: Engine) -> Engine:
    """Give a SQLite engine the pragmas, and make every transaction (schema changes included)
    one SQLite transaction. The laptop's and the server's engines both go through here."""
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def writing(engine: Engine) -> Engine:
    """The same engine and pool, for transactions that write (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(**{IMMEDIATE: True})


def sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path`` (created if missing)."""
    return configure_sqlite(create_engine(f"sqlite:///{path}"))
