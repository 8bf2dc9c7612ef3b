"""What the laptop's database (``surveyapp.db``) and the sync server's (``surveyapp.server``)
share: SQLite engines with the pragmas SurveyApp relies on (foreign keys, WAL, a busy timeout),
aware UTC datetimes, constraint naming conventions. The server must not import the laptop's
internals, so these live here, beside the protocol both speak.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from surveyapp.connection import set_pragmas

# How a transaction starts, as an execution option of the engine (or of a copy of it made with
# ``engine.execution_options``): "BEGIN" (deferred) or "BEGIN IMMEDIATE".
BEGIN_OPTION = "surveyapp_begin"
IMMEDIATE = "BEGIN IMMEDIATE"


def _pragmas(busy_timeout_ms: int, read_only: bool) -> Callable[[Any, Any], None]:
    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            set_pragmas(dbapi_connection, busy_timeout_ms, read_only)

    return pragmas


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


def write_engine(engine: Engine) -> Engine:
    """The same engine (same connections) whose transactions take SQLite's write lock as they
    begin (BEGIN IMMEDIATE), waiting for another writer as long as the busy timeout allows.

    A deferred transaction that reads and then writes fails at once with "database is locked"
    when another process committed in between, whatever the busy timeout says; one that begins
    IMMEDIATE never does.
    """
    return engine.execution_options(**{BEGIN_OPTION: IMMEDIATE})


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime; SQLite keeps no zone, so it is stored naive and read back as UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)
