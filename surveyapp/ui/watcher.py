"""Notice what other programs change in the survey, and refresh the window from it.

The desktop app and commands may work on one survey at once. SQLite's ``PRAGMA data_version``
changes on a connection whenever another connection has committed; the watcher keeps one
connection of its own and looks once a second and whenever the app comes back to the front.
The app's own commits would change it too, so the writer thread looks just after each write
transaction begins (holding the write lock: a change seen then is another program's) and just
after it commits (taking its own commit for seen); the window then refreshes only for others'.

It also notices, at the same moments, a survey file moved or deleted while open (a file
manager moves the ``.sqlite`` alone). SQLite goes on using the file it opened, but its latest
edits wait in the ``-wal`` beside the old name, which a crash would leave behind: the watcher
writes them into the file at once (a checkpoint on its own connection) and tells the window,
which says where the file is now, or offers to save a copy of a deleted one while the app
still holds it. The app's writes are refused from then on (``Database.in_place``).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from sqlalchemy import event

from surveyapp.db.database import Database
from surveyapp.db.files import Whereabouts
from surveyapp.ui.changes import Changes

POLL_MS = 1000


class SurveyWatcher(QObject):
    """Announces ``changes.everything()`` when another process changed the survey (a
    read-write one: nothing changes a survey this app may only read, as far as it knows), and
    ``gone`` once when its file was moved or deleted while open."""

    gone = Signal(object)  # Whereabouts: where the survey file is now

    def __init__(self, db: Database, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._db = db
        self._away: Whereabouts | None = None
        self._kept = False  # the -wal written into the moved file
        # Another connection of the same SQLite library in this process: SQLite shares its
        # locks with the app's own connections (a second copy of the library would not).
        self._connection = sqlite3.connect(
            db.path,
            check_same_thread=False,  # read by the writer thread too, under the lock
            isolation_level=None,
        )
        self._lock = threading.Lock()
        self._closed = False
        self._seen = 0
        self._seen = self._version()
        self._others = False  # another program's change, noticed by the writer thread
        self._factory = db.session_factory
        event.listen(self._factory, "after_begin", self._write_begins)
        event.listen(self._factory, "after_commit", self._write_committed)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _version(self) -> int:
        with self._lock:
            if self._closed:
                return self._seen
            try:
                return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:  # never in the way of the app's own work: look next time
                return self._seen

    # On the writer thread (any thread with a write session).
    def _write_begins(self, *_args: Any) -> None:
        version = self._version()
        with self._lock:
            if version != self._seen:
                self._others = True
            self._seen = version

    def _write_committed(self, *_args: Any) -> None:
        version = self._version()
        with self._lock:
            self._seen = version

    def look(self) -> bool:
        """Refresh the window if another program changed the survey; whether it did. Say once
        if the survey's file was moved or deleted."""
        if not self._kept and not self._db.in_place():
            self._keep_edits()
        version = self._version()
        with self._lock:
            changed = self._others or version != self._seen
            self._seen, self._others = version, False
        if changed:
            self._changes.everything()
        return changed

    def _keep_edits(self) -> None:
        """Write the ``-wal`` into the file SQLite opened, wherever it is now, and say where
        that is (once). A checkpoint that a reader or writer holds back is tried again at the
        next look."""
        with self._lock:
            if self._closed:
                return
            try:
                busy, _frames, _done = self._connection.execute(
                    "PRAGMA wal_checkpoint(TRUNCATE)"
                ).fetchone()
                self._kept = busy == 0
            except sqlite3.Error:  # tried again at the next look
                self._kept = False
        if self._away is None:
            self._away = self._db.where_now()
            self.gone.emit(self._away)

    def save_copy(self, target: Path) -> None:
        """Copy the survey as the app holds it into a new file ``target`` (for a survey
        deleted while open); an ``sqlite3.Error`` or ``OSError`` says why it could not."""
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("the survey is closed")
            copy = sqlite3.connect(target)
            try:
                self._connection.backup(copy)
            finally:
                copy.close()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look()

    def close(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        event.remove(self._factory, "after_begin", self._write_begins)
        event.remove(self._factory, "after_commit", self._write_committed)
        with self._lock:
            self._closed = True
            self._connection.close()
