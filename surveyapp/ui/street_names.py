"""Keeps every camera's street name current, in the background.

After the cameras load, after edits and when offline areas are added or removed, the cameras
whose street is not known for their position are looked up (offline, then online when the
volunteer allows it) on the database-writing thread, batch by batch; each batch announces its
cameras on the app-wide signal so the list, the panel and the map show the names.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from sqlalchemy.orm import Session

from surveyapp.basemap.geocode import NOMINATIM, LookupStopped, OnlineStreets, nominatim
from surveyapp.basemap.streets import StreetProgress, update_streets
from surveyapp.ui.changes import Changed, Changes
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.tasks import Task, TaskRunner, wait_for_quiet


class StreetNames(QObject):
    """Runs the street lookups; ``failed(text)`` when the online lookup cannot go on."""

    failed = Signal(str)

    def __init__(
        self,
        session_factory: Callable[[], Session],
        tasks: TaskRunner,
        changes: Changes,
        offline: OfflineMap,
        online_allowed: Callable[[], bool],
        parent: QObject | None = None,
        server: Callable[[], str] = lambda: f"https://{NOMINATIM}",
    ) -> None:
        super().__init__(parent)
        self._factory, self._tasks, self._changes = session_factory, tasks, changes
        self._offline, self._online_allowed, self._server = offline, online_allowed, server
        self._nominatim: OnlineStreets | None = None
        self.task: Task | None = None
        self._again = False
        self._mine: set[str] = set()  # ids this controller announced last (not edits)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        changes.data_changed.connect(self._changed)
        offline.areas_changed.connect(self._timer.start)

    def _changed(self, changed: Changed) -> None:
        if changed.camera_ids is not None and changed.camera_ids <= self._mine:
            return  # our own announcement coming back
        self._timer.start()

    def refresh(self) -> Task | None:
        """Look up what is missing (again after the running lookup, if one runs)."""
        if self.task is not None and self.task.running:
            self._again = True
            return None
        self._again = False
        finder, online, factory = self._offline.finder(), self.geocoder(), self._factory

        def work(task: Task) -> int:
            if online is not None:  # closing the app, or a cancel, ends a request's wait
                online.resume()
                task.on_cancel(online.stop)
            steps = update_streets(factory, finder, online, pause=wait_for_quiet)
            try:
                while True:
                    wait_for_quiet()
                    task.report(next(steps))
                    if task.cancelled:
                        steps.close()
                        return 0
            except StopIteration as stop:
                return int(stop.value)
            except LookupStopped:  # each answer found is stored; the next run asks the rest
                return 0

        self.task = self._tasks.network("street names", work)
        self.task.progress.connect(self._progress)
        self.task.failed.connect(self._failed)
        self.task.done.connect(self._done)
        return self.task

    def geocoder(self) -> OnlineStreets | None:
        """Nominatim, when the volunteer allows street names to be looked up online (one for
        the session, so that its one-request-a-second limit holds across lookups)."""
        if not self._online_allowed():
            return None
        if self._nominatim is None:
            text = self._server().strip()
            address = urlsplit(text if "://" in text else f"https://{text}")
            self._nominatim = nominatim(address.netloc, address.scheme)
        return self._nominatim

    def _progress(self, progress: StreetProgress) -> None:
        self._mine = set(progress.camera_ids)
        self._changes.cameras(progress.camera_ids)

    def _failed(self, error: object) -> None:
        text = QCoreApplication.translate("StreetNames", "Street names online: {error}")
        self.failed.emit(text.format(error=error))

    def _done(self) -> None:
        if self._again:
            self._timer.start()
