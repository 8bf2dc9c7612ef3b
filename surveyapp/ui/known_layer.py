"""The already-mapped cameras on the map: read in the background, imported from a file
(read beside the survey's writes, stored in one short write, stoppable with Cancel).

Its texts keep the main window's translation context (they were its texts first).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.db.models import KnownCamera
from surveyapp.i18n import system_reason
from surveyapp.known.layer import KnownProgress, KnownRead, read_known, store_known
from surveyapp.known.reader import KnownFileError
from surveyapp.ui.changes import Changed, Changes
from surveyapp.ui.file_dialogs import open_file_name
from surveyapp.ui.formatting import number
from surveyapp.ui.map_view import MapView
from surveyapp.ui.tasks import Cancelled, Task, TaskRunner


class Reading(NamedTuple):
    """How far the reading of a file of known cameras is, in bytes."""

    file_name: str
    done: int
    total: int  # the file's size (0 for a pipe)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # said by the reading itself
        return 0


class KnownLayer(QObject):
    """Loads the known-cameras layer onto ``map_view``; ``message``/``error`` say what happened."""

    message = Signal(str)
    error = Signal(str)
    busy = Signal(bool)  # an import is under way

    def __init__(
        self,
        session_factory: Callable[[], Session],
        tasks: TaskRunner,
        changes: Changes,
        map_view: MapView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory, self._tasks, self._changes, self._map = (
            session_factory, tasks, changes, map_view,
        )  # fmt: skip
        self._running: Task | None = None
        # Beside the progress in the status bar (the window puts it there).
        self.stop_button = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"))
        self.stop_button.setObjectName("StopKnownImport")
        self.stop_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Stop importing the already-mapped cameras; nothing is imported"
            )
        )
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.hide()

    def load(self) -> Task:
        """Read every known camera's position on a reader thread and show them."""
        factory = self._factory

        def read(_task: Task) -> tuple[np.ndarray, np.ndarray]:
            with factory() as session:
                rows = session.execute(select(KnownCamera.latitude, KnownCamera.longitude)).all()
            return np.array([r[0] for r in rows], float), np.array([r[1] for r in rows], float)

        task = self._tasks.read("load known cameras", read)
        # A bound method: Qt drops the connection if the layer (and its map) is gone before
        # the reader thread answers.
        task.finished.connect(self._show)
        return task

    def _show(self, result: tuple[np.ndarray, np.ndarray]) -> None:
        self._map.set_known(*result)

    def choose_file(self, parent: QWidget) -> None:
        """Ask for a file of already-mapped cameras and import it."""
        name = open_file_name(
            parent,
            QCoreApplication.translate("MainWindow", "Import already-mapped cameras"),
            str(Path.home()),
            QCoreApplication.translate(
                "MainWindow", "OpenStreetMap, Overpass or GeoJSON (*.osm *.xml *.json *.geojson)"
            ),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> Task:
        """Load ``path`` into the layer: read on a reader thread (edits made meanwhile are saved
        at once), then stored in one short transaction on the writer thread; ``stop_button``
        stops either, and nothing is stored."""
        factory = self._factory

        def read(task: Task) -> KnownRead:
            if path.exists() and not path.is_file() and not path.is_dir():
                # A named pipe: reading waits for a writer, who may never come, and no Cancel
                # reaches a thread waiting to open it (the command line reads `<(curl …)`).
                raise KnownFileError(
                    QCoreApplication.translate("MainWindow", "a named pipe or a device, not a file")
                )
            total, told = _size(path), [0.0]

            def reading(done: int) -> None:  # a big file takes a minute: said, and stoppable
                if task.cancelled:  # Cancel, or the app closing: nothing is written
                    raise Cancelled(task.name)
                if time.monotonic() - told[0] >= 0.25:
                    told[0] = time.monotonic()
                    task.report(Reading(path.name, done, total))

            with factory() as session:  # only names the survey's file: takes no lock
                return read_known(session, path, read=reading)

        def store(task: Task, known: KnownRead) -> KnownProgress | None:
            last = None
            with factory() as session:
                for progress in store_known(session, known):
                    if task.cancelled:
                        raise Cancelled(task.name)  # rolled back: nothing was imported
                    task.report(progress)
                    last = progress
                session.commit()
            return last

        self.message.emit(
            QCoreApplication.translate("MainWindow", "Reading {file_name}…").format(
                file_name=path.name
            )
        )
        task = self._tasks.read_then_write("import known cameras", read, store)
        self._running = task
        task.progress.connect(self._progress)
        task.finished.connect(self._imported)
        task.failed.connect(lambda error: self._failed(path, error))
        task.done.connect(self._ended)
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        self.busy.emit(True)
        return task

    def cancel(self) -> None:
        """Stop the import under way (within moments); nothing of it is stored."""
        if self._running is not None:
            self.stop_button.setEnabled(False)  # until its thread has stopped
            self._running.cancel()

    def _ended(self) -> None:
        if self._running is not None and self._running.running:
            return  # an earlier import ended; this one goes on
        self._running = None
        self.stop_button.hide()
        self.busy.emit(False)

    def _failed(self, path: Path, error: object) -> None:
        """The command line's sentence: the file, why, and that nothing was imported."""
        if isinstance(error, Cancelled):  # asked for: said, not shown as an error
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "{file_name}: import cancelled; nothing was imported"
                ).format(file_name=path.name)
            )
            return
        reason = system_reason(error) if isinstance(error, OSError) else error
        self.error.emit(
            QCoreApplication.translate(
                "MainWindow", "{file_name}: {reason}; nothing was imported"
            ).format(file_name=path.name, reason=reason)
        )

    def _progress(self, progress: KnownProgress | Reading) -> None:
        if isinstance(progress, Reading):
            megabytes = 1024 * 1024
            self.message.emit(
                QCoreApplication.translate(
                    "MainWindow", "Reading {file_name}: {done} of {total} MB…"
                ).format(
                    file_name=progress.file_name,
                    done=number(progress.done // megabytes),
                    total=number(max(progress.total, progress.done) // megabytes),
                )
            )
            return
        self.message.emit(
            QCoreApplication.translate(
                "MainWindow", "Loading already-mapped cameras: {done} of {total}…"
            ).format(done=number(progress.done), total=number(progress.total))
        )

    def _imported(self, last: KnownProgress | None) -> None:
        added, updated, skipped = (
            (last.added, last.updated, last.skipped) if last is not None else (0, 0, 0)
        )
        text = QCoreApplication.translate(
            "MainWindow", "%n already-mapped cameras loaded", None, added + updated
        )
        details = [
            QCoreApplication.translate("MainWindow", "%n new", None, added),
            QCoreApplication.translate("MainWindow", "%n updated", None, updated),
        ]
        if skipped:
            details.append(
                QCoreApplication.translate(
                    "MainWindow", "%n skipped (not a camera, or no position)", None, skipped
                )
            )
        self.message.emit(f"{text}: {', '.join(details)}")
        self._changes.data_changed.emit(Changed())  # warnings and the map read them again
