"""Many rows by id, read and written through the SQLite driver in a handful of statements.

Geotagging 10,000 photos wrote 10,000 photos, 10,000 cameras and their outbox rows. Through
SQLAlchemy, each row's bind and result processing (UUID objects, parameter dictionaries,
datetime conversions) cost about ten times the SQLite statements themselves. These helpers
hand the driver plain tuples in SQLite's own storage forms, the ones SQLAlchemy writes and reads
back, so that rows written here are the rows a flush would write:

- a ``Uuid`` column holds 32 lowercase hex digits (``stored_id``);
- a ``DateTime``/``UTCDateTime`` column holds naive UTC text, ``YYYY-MM-DD HH:MM:SS.ffffff``
  (``stored_time``, ``read_time``);
- a ``JSON`` column holds ``json.dumps``' text; a ``Boolean`` 0 or 1.

A list of ids travels as one JSON array (``json_each``), so there is no bound-parameter limit
to cut it by. The statements run on the session's connection, in its transaction: the caller
flushes before and expires what it loaded after.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session


def stored_id(value: uuid.UUID | str) -> str:
    """A UUID, or its text (``str(uuid)``), as SQLite stores it."""
    return value.hex if isinstance(value, uuid.UUID) else value.replace("-", "")


def stored_time(value: datetime) -> str:
    """An aware datetime as SQLite stores it (naive UTC text)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def read_time(text: str | None) -> datetime | None:
    """A stored datetime as the naive datetime SQLAlchemy reads from it."""
    return None if text is None else datetime.fromisoformat(text)


def _driver(session: Session) -> sqlite3.Connection:
    """The session's SQLite connection, in the session's transaction."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def rows_by_id(
    session: Session, table: str, columns: Sequence[str], ids: Iterable[str]
) -> dict[str, tuple[Any, ...]]:
    """These rows by stored id: each is (rowid, id, *columns); ``update_rows`` takes the rowid."""
    names = ", ".join(("rowid", "id", *columns))
    result = _driver(session).execute(
        f"SELECT {names} FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),),
    )
    return {row[1]: row for row in result}


def dashed(stored: str) -> str:
    """A stored UUID as ``str(uuid.UUID(...))`` writes it."""
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def select_by(
    session: Session,
    table: str,
    columns: Sequence[str],
    column: str,
    values: Iterable[str],
    order: str = "rowid",
) -> list[tuple[Any, ...]]:
    """The rows whose ``column`` holds one of ``values`` (stored forms), ordered by ``order``."""
    return (
        _driver(session)
        .execute(
            f"SELECT {', '.join(columns)} FROM {table}"
            f" WHERE {column} IN (SELECT value FROM json_each(?)) ORDER BY {order}",
            (json.dumps(list(values)),),
        )
        .fetchall()
    )


def execute(session: Session, statement: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
    """One statement on the session's connection."""
    return _driver(session).execute(statement, parameters)


def assign(columns: Iterable[str]) -> str:
    """SQL: each column set to its parameter."""
    return ", ".join(f"{name} = ?" for name in columns)


def update_rows(
    session: Session, table: str, assignments: str, rows: Sequence[Sequence[Any]]
) -> None:
    """One executemany UPDATE ``table`` SET ``assignments``: each row holds the assignments'
    parameters, then the rowid.

    In rowid order: each row's page is then read once, not once per row (a survey's table
    is larger than SQLite's page cache; by id, the updates took three times as long)."""
    if not rows:
        return
    ordered: list[Sequence[Any]] = sorted(rows, key=_rowid)
    _driver(session).executemany(f"UPDATE {table} SET {assignments} WHERE rowid = ?", ordered)


def _rowid(row: Sequence[Any]) -> int:
    rowid: int = row[-1]
    return rowid


def insert(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """One executemany INSERT of these rows (stored forms, in ``columns``' order)."""
    if not rows:
        return
    marks = ", ".join("?" for _ in columns)
    _driver(session).executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
    )
