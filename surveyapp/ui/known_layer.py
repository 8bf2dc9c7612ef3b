"""The already-mapped cameras on the map: read in the background, imported from a file.

Its texts keep the main window's translation context (they were its texts first).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.db.models import KnownCamera
from surveyapp.known.layer import KnownProgress, import_known
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
        """Load ``path`` into the layer (one transaction on the writer thread)."""
        factory = self._factory

        def write(task: Task) -> KnownProgress | None:
            if path.exists() and not path.is_file() and not path.is_dir():
                # A named pipe: reading waits for a writer, who may never come, and the
                # survey's writes wait behind it (the command line reads `<(curl …)`).
                raise KnownFileError(
                    QCoreApplication.translate("MainWindow", "a named pipe or a device, not a file")
                )
            total, told = _size(path), [0.0]

            def reading(done: int) -> None:  # a big file takes a minute: said, and stoppable
                if task.cancelled:  # the app closing: nothing is written
                    raise Cancelled(task.name)
                if time.monotonic() - told[0] >= 0.25:
                    told[0] = time.monotonic()
                    task.report(Reading(path.name, done, total))

            last = None
            with factory() as session:
                for progress in import_known(session, path, read=reading):
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
        task = self._tasks.write("import known cameras", write)
        task.progress.connect(self._progress)
        task.finished.connect(self._imported)
        task.failed.connect(lambda error: self._failed(path, error))
        return task

    def _failed(self, path: Path, error: object) -> None:
        """The command line's sentence: the file, why, and that nothing was imported."""
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
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
