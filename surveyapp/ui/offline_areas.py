"""Settings → Offline map: the areas added from OpenStreetMap extracts and the tiles downloaded,
with their size on disk; add a city or region file (prepared once, with progress and Cancel),
remove an area.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyapp.basemap.prepare import PrepareProgress, prepare_extract
from surveyapp.basemap.store import StoreInfo
from surveyapp.i18n import size_text
from surveyapp.ui.file_dialogs import open_file_name
from surveyapp.ui.formatting import number
from surveyapp.ui.offline_map import OfflineMap
from surveyapp.ui.tasks import Task, TaskRunner

_NAME = Qt.ItemDataRole.UserRole + 1


class OfflineAreas(QWidget):
    """The offline map's areas; ``message(text)`` says what happened."""

    message = Signal(str)

    def __init__(self, offline: OfflineMap, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._offline, self._tasks = offline, tasks
        self.task: Task | None = None
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add a city or region file…"))
        self.add_button.setToolTip(self.tr("An OpenStreetMap extract: .osm.pbf, .osm or .osm.gz"))
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.currentItemChanged.connect(self._offer_remove)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        note = QLabel(
            "<small>"
            + self.tr(
                "Streets with their names, buildings, water, parks and rail of your city, "
                "with no network. Get the file once from an OpenStreetMap extract service "
                "(for example Geofabrik or BBBike: the .osm.pbf of a city or region). "
                "Map data © OpenStreetMap contributors."
            )
            + "</small>"
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        offline.areas_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the areas and the downloaded tiles with their size on disk."""
        self.list.clear()
        for info in self._offline.area_infos():
            self._add_item(self._area_text(info), info.path, info.name)
        for path in self._offline.tile_files():
            text = self.tr("Downloaded tiles: {name} · {size}").format(
                name=path.stem, size=size_text(path.stat().st_size)
            )
            self._add_item(text, path, path.stem)
        if not self.list.count():
            self.list.addItem(self.tr("No offline area yet: the map shows the world only."))
        self._offer_remove()

    def _offer_remove(self) -> None:
        """Remove only once an area is chosen (with none chosen, a click did nothing)."""
        item = self.list.currentItem()
        self.remove_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        )

    def _add_item(self, text: str, path: Path, name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setData(_NAME, name)  # what the question to remove it calls it
        self.list.addItem(item)

    def _area_text(self, info: StoreInfo) -> str:
        return self.tr("{name} ({source}) · {size} · {streets} named streets").format(
            name=info.name, source=info.source, size=size_text(info.size),
            streets=number(info.named_streets),
        )  # fmt: skip

    def choose_file(self) -> None:
        """Ask for an OSM extract and add it."""
        name = open_file_name(
            self,
            self.tr("Add a city or region file"),
            str(Path.home()),
            self.tr("OpenStreetMap extracts (*.osm.pbf *.pbf *.osm *.osm.gz *.osm.bz2)"),
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> Task:
        """Prepare ``path`` into an area in the background (progress, Cancel)."""
        folder = self._offline.folder
        cancelled = self.tr("Cancelled: no area was added.")

        def work(task: Task) -> StoreInfo:
            steps = prepare_extract(path, folder)
            try:
                while True:
                    task.report(next(steps))
                    if task.cancelled:
                        steps.close()  # deletes the half-built store
                        raise RuntimeError(cancelled)
            except StopIteration as stop:
                info: StoreInfo = stop.value
                return info

        self._busy(True)
        self.status.setText(self.tr("Preparing {name}…").format(name=path.name))
        self.task = self._tasks.read("prepare offline area", work)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._added)
        self.task.failed.connect(self._failed)
        return self.task

    def cancel(self) -> None:
        """Stop the preparation; nothing is added."""
        if self.task is not None and self.task.running:
            self.task.cancel()

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.cancel_button.setVisible(busy)
        self.add_button.setEnabled(not busy)

    def _progress(self, progress: PrepareProgress) -> None:
        self.bar.setValue(round(progress.fraction * 1000))
        self.status.setText(
            self.tr("Reading OpenStreetMap data: {count} objects").format(
                count=number(progress.objects)
            )
        )

    def _added(self, info: StoreInfo) -> None:
        self._busy(False)
        self._offline.reload_areas()
        text = self.tr("{name} added: {streets} named streets, {size}.").format(
            name=info.name, streets=number(info.named_streets), size=size_text(info.size)
        )
        self.status.setText(text)
        self.message.emit(text)

    def _failed(self, error: object) -> None:
        self._busy(False)
        # escaped: the file's name and libosmium's words (which repeat the file's values)
        self.status.setText(f"<span style='color:#c0392b'>{html.escape(str(error))}</span>")

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove {name} from the offline map?").format(
                name=item.data(_NAME)
            ),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(Path(path))

    def remove(self, path: Path) -> None:
        """Delete an area (or downloaded tiles) from the offline map."""
        self._offline.remove(path)
        self.status.setText(self.tr("Removed."))
