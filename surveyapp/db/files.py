"""The survey database's own files, which nothing but SQLite may open.

A process that opens and closes any descriptor of the database file (or of its ``-wal`` and
``-shm``) drops every POSIX lock SQLite holds on it in that process; another process then
takes itself for the last user and deletes the live ``-wal`` (docs/reliability.md). So a file
the user names — photos to import, a file of known cameras, an export target — is compared with
the database's files by name and by inode (``os.stat`` opens nothing) before it is read or
written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COMPANIONS = ("", "-wal", "-shm", "-journal")
# The photo library's folder of shared copies (blurred, no metadata), each named by its own
# SHA-256 (<SHARED_DIR>/<sha256>.jpg): the copies sync uploads and fetches, and the photo zip
# holds.
SHARED_DIR = "shared"


def shared_path(library: Path, blob_sha256: str) -> Path:
    """Where the shareable copy with this hash lives in a survey's library."""
    return library / SHARED_DIR / f"{blob_sha256}.jpg"


def is_fetched(library_path: str | None) -> bool:
    """Whether a photo's picture in the library (``library_path``) is a copy fetched from the
    server, not an original."""
    return (library_path or "").startswith(f"{SHARED_DIR}/")


def absent_originals(library: Path, paths: Iterable[str]) -> list[str]:
    """Of these photos' library paths, those whose original the library does not hold (a copy
    fetched from the server is no original, and is left out). Each folder is listed once
    (about 260 listings for 100,000 photos, instead of a stat per photo); a file is taken as
    there by its name."""
    listed: dict[str, set[str]] = {}
    absent: list[str] = []
    for relative in paths:
        if not relative or is_fetched(relative):
            continue
        folder, _, name = relative.rpartition("/")
        names = listed.get(folder)
        if names is None:
            names = listed[folder] = _names_in(library / folder)
        if name not in names:
            absent.append(relative)
    return absent


def _names_in(folder: Path) -> set[str]:
    """The names of the files in ``folder`` (none when it cannot be listed)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries}
    except OSError:
        return set()


def database_path(session: Session) -> Path | None:
    """The SQLite file behind ``session`` (None for another database or an in-memory one)."""
    url = session.get_bind().engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    name = url.database
    if name.startswith("file:"):  # a URI (a read-only survey): the path is before the "?"
        from urllib.parse import unquote

        name = unquote(name.removeprefix("file:").split("?", 1)[0])
    return Path(name)


def database_files(database: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    return [Path(f"{database}{suffix}") for suffix in COMPANIONS]


def file_identity(path: Path) -> tuple[int, int] | None:
    """The file at ``path`` as the system knows it (device, inode); None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


@dataclass(frozen=True)
class Whereabouts:
    """Where a file this process has open is now, after its name stopped naming it."""

    now: Path | None  # its name now, when it was moved and the system says where
    deleted: bool  # no name at all any more (it lives on while it is open)


def where_open_file_is(identity: tuple[int, int] | None) -> Whereabouts:
    """Where the file this process has open as ``identity`` is now, after it was moved or
    deleted while open. Linux's ``/proc/self/fd`` says (``os.stat`` and ``os.readlink`` there
    open nothing); elsewhere neither is known."""
    descriptors = Path("/proc/self/fd")
    if identity is not None and descriptors.is_dir():
        for link in descriptors.iterdir():
            try:
                status = os.stat(link)
                name = os.readlink(link)
            except OSError:  # closed meanwhile, or not a file
                continue
            if (status.st_dev, status.st_ino) == identity:
                if status.st_nlink == 0:
                    return Whereabouts(None, deleted=True)
                return Whereabouts(Path(name), deleted=False)
    return Whereabouts(None, deleted=False)


def connection_database(connection: sqlite3.Connection) -> Path | None:
    """The SQLite file behind a plain connection (None for an in-memory database)."""
    for _seq, name, file in connection.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def database_file_check(session: Session) -> Callable[[Path], bool]:
    """A test for "is this path the survey database behind ``session`` or one of its
    companions", under any name (a link, another path to the same file)."""
    return database_file_check_for(database_path(session))


def database_file_check_for(
    database: Path | sqlite3.Connection | None,
) -> Callable[[Path], bool]:
    """``database_file_check`` for the database file at ``database`` (or behind a plain
    connection)."""
    if isinstance(database, sqlite3.Connection):
        database = connection_database(database)
    if database is None:
        return lambda _path: False
    own = database_files(database)
    names = {other.resolve() for other in own}
    identities = {identity for other in own if (identity := file_identity(other)) is not None}

    def check(path: Path) -> bool:
        try:
            if Path(path).resolve() in names:
                return True
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
            pass
        return file_identity(Path(path)) in identities

    return check


def is_database_file(session: Session, path: Path) -> bool:
    """Whether ``path`` is the survey database behind ``session`` or one of its companions."""
    return database_file_check(session)(path)
