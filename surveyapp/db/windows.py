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


# What SurveyApp itself keeps in a library besides originals: the windows' files above, the
# import lock and the folder copies are made in before they get their names
# (surveyapp/photos/library.py).
_IMPORT_LOCK = ".import-lock"
_INCOMING = ".incoming"


def _bookkeeping(name: str) -> bool:
    return name == _IMPORT_LOCK or name.startswith((_PREFIX, ".opening-"))


def _ours_only(library: Path) -> list[Path] | None:
    """SurveyApp's own entries in ``library`` when it holds nothing else (an empty list when it
    is gone or empty); None when it holds anything else: a file of another name, or a folder
    with anything in it."""
    ours: list[Path] = []
    try:
        with os.scandir(library) as entries:
            for entry in entries:
                path = Path(entry.path)
                if entry.name == _INCOMING and entry.is_dir(follow_symlinks=False):
                    if any(path.iterdir()):
                        return None
                elif not (entry.is_file(follow_symlinks=False) and _bookkeeping(entry.name)):
                    return None
                ours.append(path)
    except FileNotFoundError:
        return []
    except OSError:  # not to be read: taken as holding hers
        return None
    return ours


def left_empty(library: Path) -> bool:
    """Whether the library folder is gone, or holds nothing but SurveyApp's own files."""
    return _ours_only(library) is not None


def remove_if_left_empty(library: Path) -> bool:
    """Remove the library folder when it holds nothing but SurveyApp's own files and no other
    window or import has it; whether it was removed.

    For a survey whose photos name originals, such a folder is the one opening made in place
    of her library moved away (a restore with the library on a disk not plugged in): left
    there, it would take hers inside it when she moves it back (``mv``), or make her file
    manager ask to merge or replace. Nothing of hers is ever in it: a file other than ours, or
    a folder with anything in it, keeps it. A window opening at this very moment may find it
    gone: it opens without its own file (its undo steps not kept apart from another window's)."""
    if fcntl is None or not library.is_dir():
        return False
    ours = _ours_only(library)
    if ours is None:
        return False
    try:
        for path in ours:
            if path.is_dir():
                continue
            descriptor = os.open(path, os.O_RDWR)
            try:  # held: a window open, an import running, a window opening
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            finally:
                os.close(descriptor)
        for path in ours:
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        library.rmdir()
    except OSError:  # gone, held, or something put in it meanwhile: it stays
        return False
    return True
