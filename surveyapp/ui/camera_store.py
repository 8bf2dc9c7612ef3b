"""The camera rows every view shows, kept current from the app-wide "data changed" signal.

A full reload (start-up, import) reads every row on a reader thread; a change to a few cameras
re-reads just those rows on the GUI thread (an indexed query of a few rows takes a millisecond).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from surveyapp.cameras.listing import CameraRow, camera_rows
from surveyapp.ui.changes import Changed, Changes
from surveyapp.ui.tasks import Task, TaskRunner


class CameraStore(QObject):
    """All live camera rows: ``reset()`` after a full reload, ``updated(set[str])`` after edits.

    ``updated`` carries the ids whose rows changed, appeared or disappeared.
    """

    reset = Signal()
    updated = Signal(object)
    loading = Signal(bool)
    failed = Signal(str)  # a full reload could not read the survey: why, in one line

    def __init__(
        self, session_factory: Callable[[], Session], changes: Changes, tasks: TaskRunner
    ) -> None:
        super().__init__()
        self._session_factory = session_factory
        self._tasks = tasks
        self.rows: list[CameraRow] = []
        self.by_id: dict[str, int] = {}
        self._generation = 0
        self._reading = False
        # Cameras changed while a full reload was reading: its snapshot may predate them.
        self._changed_while_reading: set[str] = set()
        self.loaded = False
        changes.data_changed.connect(self._on_changed)

    def reload(self) -> Task:
        """Read every row on a reader thread; ``reset`` follows."""
        self._generation += 1
        generation = self._generation
        factory = self._session_factory

        def read(_task: Task) -> tuple[int, list[CameraRow]]:
            with factory() as session:
                return generation, camera_rows(session)

        self._reading = True
        self._changed_while_reading = set()
        self.loading.emit(True)
        task = self._tasks.read("load cameras", read)
        # Bound methods: Qt drops the connections if the store is gone before the result.
        task.finished.connect(self._loaded)
        task.failed.connect(self._failed)
        return task

    def _failed(self, error: object) -> None:
        self._reading = False
        self.loading.emit(False)
        # Said, never an empty list as if the survey had no camera (a damaged page did that)
        self.failed.emit(str(error))

    def _loaded(self, result: tuple[int, list[CameraRow]]) -> None:
        generation, rows = result
        if generation != self._generation:
            return  # a newer reload is on its way
        self._replace(rows)
        self._reading = False
        if self._changed_while_reading:
            self._patch(self._changed_while_reading)
            self._changed_while_reading = set()
        self.loaded = True
        self.loading.emit(False)
        self.reset.emit()

    def _replace(self, rows: list[CameraRow]) -> None:
        self.rows = rows
        self.by_id = {row.id: index for index, row in enumerate(rows)}

    def _on_changed(self, changed: Changed) -> None:
        if changed.camera_ids is None:
            self.reload()
            return
        if self._reading:
            self._changed_while_reading.update(changed.camera_ids)
        self._patch(changed.camera_ids)
        self.updated.emit(set(changed.camera_ids))

    def _patch(self, camera_ids: AbstractSet[str]) -> None:
        """Re-read these cameras' rows (an indexed query) into the list."""
        with self._session_factory() as session:
            fresh = {row.id: row for row in camera_rows(session, camera_ids)}
        gone = [i for i in camera_ids if i not in fresh and i in self.by_id]
        added = [row for i, row in fresh.items() if i not in self.by_id]
        for camera_id, row in fresh.items():
            index = self.by_id.get(camera_id)
            if index is not None:
                self.rows[index] = row
        if gone or added:
            dropped = set(gone)
            self._replace([r for r in self.rows if r.id not in dropped] + added)

    def row(self, camera_id: str) -> CameraRow | None:
        """The row of this camera, if it is live."""
        index = self.by_id.get(camera_id)
        return None if index is None else self.rows[index]
