"""The Map menu's offline-map commands: move mode, download this area, the offline areas.

Kept out of the main window, which only lays out panels and delegates.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from surveyapp.basemap.download import bulk_download_refusal
from surveyapp.ui.map_view import MapView
from surveyapp.ui.offline_areas import OfflineAreas
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner
from surveyapp.ui.tile_download import DownloadDialog
from surveyapp.ui.tiles import lat_lon


class MapMenu(QObject):
    """Adds the commands to ``menu``; ``settings_requested(tab)`` opens the settings there,
    ``error(text)`` says why a command cannot run."""

    settings_requested = Signal(int)
    error = Signal(str)
    downloaded = Signal()

    def __init__(
        self,
        window: QMainWindow,
        map_view: MapView,
        offline: OfflineMap,
        settings: Settings,
        tasks: TaskRunner,
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window, self._map, self._offline = window, map_view, offline
        self._settings, self._tasks = settings, tasks
        self.move_action = QAction(self.tr("Move cameras by dragging"), window)
        self.move_action.setCheckable(True)
        self.move_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.move_action.setToolTip(
            self.tr("Drag a camera to move it (without this, hold Shift while dragging)")
        )
        self.move_action.toggled.connect(self._move_mode)
        self.zoom_action = QAction(self.tr("Zoom to selected camera"), window)
        self.zoom_action.setShortcut(QKeySequence("Ctrl+J"))
        self.zoom_action.triggered.connect(self._map.zoom_to_selected)
        self.download_action = QAction(self.tr("Download this area for offline use…"), window)
        self.download_action.triggered.connect(self.download_area)
        self.areas_action = QAction(self.tr("Offline map…"), window)
        self.areas_action.triggered.connect(lambda: self.settings_requested.emit(1))
        actions = (self.zoom_action, self.move_action, None, self.download_action,
                   self.areas_action)  # fmt: skip
        for action in actions:
            menu.addSeparator() if action is None else menu.addAction(action)
            if action is not None:
                window.addAction(action)

    def _move_mode(self, on: bool) -> None:
        self._map.move_mode = on

    def areas_widget(self) -> OfflineAreas:
        """The Offline map tab's list of areas."""
        return OfflineAreas(self._offline, self._tasks)

    def download_area(self) -> DownloadDialog | None:
        """Offer to download the tiles of the view (refused where the server forbids it)."""
        url = self._settings.tile_url
        if not url:
            self.error.emit(self.tr("No online tile server is set (Settings → Map tiles URL)."))
            return None
        view = self._map
        north, west = lat_lon(*view.to_world(QPointF(0, 0)))
        south, east = lat_lon(*view.to_world(QPointF(view.width(), view.height())))
        dialog = DownloadDialog(
            url, (south, west, north, east), round(view.zoom), self._offline.folder,
            self._tasks, self._window,
        )  # fmt: skip
        dialog.finished.connect(lambda _result: self.downloaded.emit())
        dialog.show()
        if bulk_download_refusal(url):
            self.error.emit(bulk_download_refusal(url) or "")
        return dialog
