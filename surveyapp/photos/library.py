"""The photo library: a copy of every imported original, named by its SHA-256.

A copy is written to a temporary file and renamed into place before its row is committed, so a
crash leaves at worst a file without a row, never a row without a file; ``clean_library`` removes
such orphans (and abandoned temporary files) before the next import.

Several imports may run at once (the desktop app and commands, on one survey). Each holds the
library's import lock (``ImportLock``) while it writes copies whose rows are not committed yet;
a copy without a row is abandoned only when no other import holds the lock, so the clean-up
runs only then and never touches another running import's files.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; the library is then never cleaned (nothing is lost)
    fcntl = None  # type: ignore[assignment]

_INCOMING = ".incoming"
_LOCK = ".import-lock"

EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "image/avif": ".avif",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/tiff": ".tif",
    "image/x-adobe-dng": ".dng",
}


def relative_path(sha256: str, mime: str) -> str:
    """Where the original with this hash lives, relative to the library folder."""
    return f"{sha256[:2]}/{sha256}{EXTENSIONS.get(mime, '.bin')}"


def store(library: Path, sha256: str, mime: str, data: bytes, *, again: bool = False) -> str:
    """Write ``data`` into the library atomically; returns its relative path.

    The file is not yet on disk for sure: flush it (``flush_copy``, or in the background with
    a ``Flusher``) before committing a row that names it.
    A file already there with the same size is the same bytes (named by their hash) and is kept,
    unless the original is stored ``again`` (that file's bytes were found not to be it).
    """
    relative = relative_path(sha256, mime)
    target = library / relative
    try:
        if not again and target.stat().st_size == len(data):
            return relative
    except FileNotFoundError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = library / _INCOMING
    incoming.mkdir(exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=sha256[:16], suffix=".tmp", dir=incoming)
    try:
        with open(descriptor, "wb") as out:
            out.write(data)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return relative


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_copy(path: Path) -> None:
    """Flush one stored file and its folder's entry to the disk."""
    _fsync(path)
    _fsync(path.parent)


class Flusher:
    """Flushes stored files to the disk in the background, each as soon as it is stored.

    The disk then writes one photo while the next ones are read and hashed, instead of the
    whole batch at once while the import waits; a checkpoint waits only for the flushes still
    running (``Future.result()``). Flushes run side by side, so that the file system commits
    them together.
    """

    def __init__(self, threads: int = 8) -> None:
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="fsync")

    def flush(self, path: Path) -> Future[None]:
        """Start flushing ``path`` (a stored file) and its folder entry."""
        return self._pool.submit(flush_copy, path)

    def close(self) -> None:
        """Wait for the flushes started and stop the threads."""
        self._pool.shutdown(wait=True)


def _library_files(library: Path) -> Iterator[Path]:
    for shard in library.iterdir():
        if shard.is_dir() and len(shard.name) == 2:
            yield from (entry for entry in shard.iterdir() if entry.is_file())


def library_orphans(library: Path, is_known: Callable[[str], bool]) -> list[Path]:
    """The originals in the library that no photo row names (by its stored library path).

    Never by the hash in a file's name: a photo's hash is data that a sync could bring (a
    hostile peer, an older version), and an original is evidence; only the path a row stores
    for it keeps it.
    """
    if not library.is_dir():
        return []
    return sorted(
        p for p in _library_files(library) if not is_known(p.relative_to(library).as_posix())
    )


def clean_library(library: Path, is_known: Callable[[str], bool]) -> list[Path]:
    """Delete abandoned temporary files and originals whose row never got committed.

    ``is_known(relative_path)`` says whether a photo row stores that library path (relative to
    the library, with '/'). Returns the files deleted.
    """
    removed: list[Path] = []
    if not library.is_dir():
        return removed
    incoming = library / _INCOMING
    if incoming.is_dir():
        for temporary in incoming.iterdir():
            temporary.unlink(missing_ok=True)
            removed.append(temporary)
    for path in library_orphans(library, is_known):
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


class ImportLock:
    """The library's import lock, held by one import from its start to its end.

    Taken exclusively if no other import holds it (``alone``: files without rows are then
    provably abandoned, and may be cleaned), then shared (``share()``) for the import itself,
    so that other imports can start beside it. ``flock`` locks belong to the open file, not to
    the process, and go away with it: a killed import never leaves its lock behind.
    """

    def __init__(self, library: Path) -> None:
        library.mkdir(parents=True, exist_ok=True)
        self._descriptor: int | None = os.open(library / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        self.alone = False
        if fcntl is None:
            return
        try:
            fcntl.flock(self._descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.alone = True
        except BlockingIOError:  # another import is running: wait for it to be sharing
            fcntl.flock(self._descriptor, fcntl.LOCK_SH)

    def share(self) -> None:
        """From now on other imports may start beside this one."""
        if self.alone and fcntl is not None and self._descriptor is not None:
            fcntl.flock(self._descriptor, fcntl.LOCK_SH)

    def release(self) -> None:
        """The import is over (its rows committed or rolled back)."""
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None
