"""Suggested places on the map for cameras without a position: where the same device's photos
taken just before and after put them. Never applied silently: a click on a suggestion accepts
it (one transaction, undoable like any geotagging).

The suggestions are worked out again, in the background, whenever the survey changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.db.models import Camera
from surveyapp.photos import geotag
from surveyapp.ui.changes import Changes
from surveyapp.ui.map_view import MapView
from surveyapp.ui.tasks import Task, TaskRunner

REFRESH_MS = 400
MAX_CAMERAS = 2_000  # suggestions for this many cameras without a position at a time


def camera_suggestions(
    plan: geotag.GeotagPlan, unplaced: set[str]
) -> list[tuple[str, float, float]]:
    """(camera id, latitude, longitude) for each camera in ``unplaced`` (without a position):
    the first of its photos' suggested places."""
    places: dict[str, tuple[float, float]] = {}
    for placement in plan.placed:
        if placement.camera_id not in unplaced:
            continue
        assert placement.latitude is not None and placement.longitude is not None
        places.setdefault(placement.camera_id, (placement.latitude, placement.longitude))
    return [(camera_id, lat, lon) for camera_id, (lat, lon) in places.items()]


class SuggestionLayer(QObject):
    """Keeps the map's suggested places current and accepts one on a click."""

    accepted = Signal(int)  # photos placed
    failed = Signal(str)

    def __init__(
        self,
        read_session: Callable[[], Session],
        write_session: Callable[[], Session],
        tasks: TaskRunner,
        changes: Changes,
        view: MapView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read, self._write = read_session, write_session
        self._tasks, self._changes, self._view = tasks, changes, view
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        changes.data_changed.connect(lambda _changed: self._timer.start())
        view.suggestion_clicked.connect(self.accept)
        self.places: list[tuple[str, float, float]] = []
        self._timer.start()  # the survey as it is when the window opens

    def refresh(self) -> Task:
        """Work the suggestions out again (off the GUI thread)."""
        factory = self._read

        def plan(_task: Task) -> list[tuple[str, float, float]]:
            with factory() as session:
                unplaced = {
                    str(camera_id)
                    for camera_id in session.scalars(
                        select(Camera.id)
                        .where(Camera.latitude.is_(None), Camera.deleted.is_(False))
                        .limit(MAX_CAMERAS)
                    )
                }
                if not unplaced:
                    return []
                plan = geotag.plan_from_neighbours(session, sorted(unplaced))
                return camera_suggestions(plan, unplaced)

        task = self._tasks.read("geotag-suggestions", plan)
        task.finished.connect(self._show)
        return task

    def _show(self, places: list[tuple[str, float, float]]) -> None:
        self.places = places
        self._view.set_suggestions(places)

    def accept(self, camera_id: str) -> Task:
        """Give this camera's photos their suggested places."""
        factory = self._write

        def write(_task: Task) -> int:
            with factory() as session:
                plan = geotag.plan_from_neighbours(session, [camera_id])
                result = geotag.apply_plan(session, plan)
                session.commit()
                return result.photos

        task = self._tasks.write("geotag-accept", write)
        task.finished.connect(self._accepted)
        task.failed.connect(lambda error: self.failed.emit(str(error)))
        return task

    def _accepted(self, photos: int) -> None:
        self._changes.everything()
        self.accepted.emit(photos)
