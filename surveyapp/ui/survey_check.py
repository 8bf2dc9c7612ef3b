"""The whole survey checked in the background once the window shows, then the daily backup.

A survey is opened without reading all of it (SQLite checks the header; a full check costs time
in proportion to the file). A damaged page in the middle of a table was met only by what read
it: the camera list showed "0 cameras" without a word, and the daily backup copied the damage
beside the good backups. Here SQLite's quick_check reads every page on a reader thread (about
0.2 s for 100,000 cameras, docs/decisions/damaged-pages.md); when it finds damage, the status bar
says so in red and the recovery dialog offers the latest good backup. The daily backup is made
only from a survey found whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from surveyapp.db.backups import make_daily_backup
from surveyapp.db.database import Database
from surveyapp.db.failures import DatabaseDamagedError
from surveyapp.ui.recovery_dialog import offer_backup
from surveyapp.ui.tasks import Task, TaskRunner


class SurveyCheck(QObject):
    """Checks the open survey once; ``damaged`` carries the DatabaseDamagedError it found.

    ``restore`` is the backup the volunteer chose to go back to. Either answer closes the
    window: "Quit", or the survey is put back once the app has let go of it."""

    damaged = Signal(object)

    def __init__(
        self, db: Database, tasks: TaskRunner, window: QWidget, say: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self._db, self._tasks, self._window, self._say = db, tasks, window, say
        self.restore: Path | None = None
        self.task: Task | None = None

    def start(self) -> Task:
        """Check on a reader thread (it writes nothing to the survey), then back it up."""
        db = self._db

        def check(_task: Task) -> Path | None:
            db.check_whole()
            return None if db.read_only else make_daily_backup(db.path)

        self.task = self._tasks.read("survey check", check)
        self.task.failed.connect(self._failed)
        return self.task

    def _failed(self, error: object) -> None:
        if not isinstance(error, DatabaseDamagedError):
            return  # a busy or vanished survey: what the volunteer does next says it
        self.damaged.emit(error)
        self._say(str(error))
        if error.backup is None:
            return  # said in the status bar: there is nothing to go back to
        if offer_backup(error, self._window):  # its other button is "Quit", as at start-up
            self.restore = error.backup
        self._window.close()
