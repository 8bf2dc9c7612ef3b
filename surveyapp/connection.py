"""A plain ``sqlite3`` connection with the pragmas SurveyApp relies on, without SQLAlchemy.

The engines of ``surveyapp.sql`` give every connection they open the same pragmas through
``set_pragmas``; ``connect`` opens one directly, for the work that needs no engine (opening a
survey whose schema is current, an export), so that such a command never loads SQLAlchemy.
Both use the one ``sqlite3`` module (one SQLite library per process: two copies would each
hold their own POSIX locks on the file).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal
from urllib.parse import quote

# How SQLite can open a file: read-write (created if missing), read-only ("ro": SQLite still
# needs the ``-shm`` beside it, or a folder where it can make one), or read-only and assumed
# unchanging ("immutable": no locks and no ``-shm`` at all).
Access = Literal["rw", "ro", "immutable"]

# The laptop's writers wait this long for another process's write transaction to end. Every
# write transaction of SurveyApp is short (a checkpoint of an import, a page of a pull, one
# edit), so a wait this long means something is stuck, and the user is told so.
LAPTOP_BUSY_TIMEOUT_MS = 60_000


def set_pragmas(connection: sqlite3.Connection, busy_timeout_ms: int, read_only: bool) -> None:
    """Foreign keys, WAL, synchronous=NORMAL and the busy timeout, on a new connection; the
    driver never begins a transaction by itself (the caller says BEGIN)."""
    # The sqlite3 module opens transactions by itself only before INSERT/UPDATE/DELETE, so
    # CREATE TABLE ran outside any transaction: a crash during the first migration left
    # tables without their revision stamp, and the file could never be opened again.
    # SQLAlchemy's recipe: the driver never begins; the engine emits BEGIN itself, for DDL too.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    if not read_only:  # a read-only file keeps the journal mode it has
        cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL cannot corrupt the database on power loss; it may lose
    # the last transactions, which the importer tolerates (library files without rows are
    # cleaned).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()


def file_uri(path: Path, access: Access) -> str:
    """The SQLite URI of the file at ``path`` opened as ``access`` says."""
    if access == "rw":
        return f"file:{quote(str(path))}?mode=rwc"
    flags = "mode=ro" if access == "ro" else "mode=ro&immutable=1"
    return f"file:{quote(str(path))}?{flags}"


def connect(path: Path, access: Access = "rw") -> sqlite3.Connection:
    """A connection to the SQLite file at ``path``, no pragmas set yet (``set_pragmas``).

    It may be closed on another thread than the one that opened it (a survey opened by the
    desktop app's main thread and closed as it quits); its owner never uses it on two threads
    at once."""
    return sqlite3.connect(
        file_uri(path, access), uri=True, isolation_level=None, check_same_thread=False
    )
