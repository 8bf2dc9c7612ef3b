"""The desktop app windows that have a survey open, each known by a locked file in its library.

Each window of the app undoes its own edits (surveyapp/cameras/history.py): two windows on one
survey must not take back each other's, and a window opened later takes up what the closed ones
left. A window holds an ``flock`` on ``<library>/.window-<id>`` while it is open; the kernel
releases it when the process ends, however it ends, so a file nobody holds is a window gone
(and is removed by whoever finds it). These are not the database's files: SQLite's own locks
are not touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; each window takes up every step, as before
    fcntl = None  # type: ignore[assignment]

_PREFIX = ".window-"


class OpenWindow:
    """This window's claim on the survey's library, from its opening to ``close()``."""

    def __init__(self, library: Path) -> None:
        self.id = secrets.token_hex(6)
        self._library = library
        self._descriptor: int | None = None
        if fcntl is None or not library.is_dir():
            return
        # Locked before it has its name: a window that finds it finds it held.
        opening = library / f".opening-{self.id}"
        try:
            descriptor = os.open(opening, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a library this user cannot write: nothing can be edited anyway
            return
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            os.replace(opening, library / f"{_PREFIX}{self.id}")
        except OSError:  # a file system without flock: every window takes up every step
            os.close(descriptor)
            opening.unlink(missing_ok=True)
            return
        self._descriptor = descriptor

    def others(self) -> set[str]:
        """The ids of the other windows open on the survey now (any process)."""
        if fcntl is None or self._descriptor is None:
            return set()
        open_now = set()
        for path in self._library.glob(f"{_PREFIX}*"):
            window = path.name.removeprefix(_PREFIX)
            if window == self.id:
                continue
            try:
                descriptor = os.open(path, os.O_RDWR)
            except OSError:
                continue  # removed meanwhile: that window is gone
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # held (or not to be told): its steps stay its own
                open_now.add(window)
            else:
                path.unlink(missing_ok=True)  # held by nobody: its window is gone
            finally:
                os.close(descriptor)
        return open_now

    def close(self) -> None:
        """The window is closing: it no longer holds its steps apart."""
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                (self._library / f"{_PREFIX}{self.id}").unlink()
                os.close(self._descriptor)
            self._descriptor = None
