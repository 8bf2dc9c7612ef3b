"""Map → Download this area for offline use: the tiles of the view from the online tile server,
into an MBTiles file the map then reads first, where the server's terms allow it.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from surveyapp.basemap.download import (
    MAX_TILES,
    Bounds,
    DownloadProgress,
    bulk_download_refusal,
    count_tiles,
    download_tiles,
    estimate_bytes,
)
from surveyapp.i18n import size_text
from surveyapp.ui.formatting import number
from surveyapp.ui.tasks import Task, TaskRunner
from surveyapp.ui.tiles import MAX_ZOOM, USER_AGENT


class DownloadDialog(QDialog):
    """Counts, estimates and downloads the tiles of ``bounds``; ``done`` is emitted with the
    file once it is complete."""

    def __init__(
        self,
        url: str,
        bounds: Bounds,
        zoom: int,
        folder: Path,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Download this area for offline use"))
        self.setMinimumWidth(520)
        self.url, self.bounds, self.folder, self._tasks = url, bounds, folder, tasks
        self.task: Task | None = None
        self.out: Path | None = None
        self.first = QSpinBox()
        self.last = QSpinBox()
        for box, value in ((self.first, zoom), (self.last, min(MAX_ZOOM, zoom + 3))):
            box.setRange(0, MAX_ZOOM)
            box.setValue(value)
            box.valueChanged.connect(self._estimate)
        self.estimate = QLabel()
        self.allowed = QCheckBox(self.tr("This tile server's terms allow downloading its tiles"))
        self.allowed.toggled.connect(self._estimate)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color:#c0392b")
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("Download"))
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tile server"), QLabel(url))
        form.addRow(self.tr("From zoom"), self.first)
        form.addRow(self.tr("To zoom"), self.last)
        form.addRow("", self.estimate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.allowed)
        layout.addWidget(self.refusal)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        refusal = bulk_download_refusal(url)
        if refusal:
            self.refusal.setText(refusal)
            self.allowed.setVisible(False)
        self._estimate()

    @property
    def tiles(self) -> int:
        """How many tiles the chosen zooms take."""
        zooms = range(self.first.value(), max(self.first.value(), self.last.value()) + 1)
        return count_tiles(self.bounds, zooms)

    def _estimate(self) -> None:
        tiles = self.tiles
        self.estimate.setText(
            self.tr("{count} tiles, about {size}").format(
                count=number(tiles), size=size_text(estimate_bytes(tiles))
            )
        )
        too_many = tiles > MAX_TILES
        if too_many:
            self.estimate.setText(
                self.estimate.text()
                + " — "
                + self.tr("too many: choose fewer zooms or a smaller area")
            )
        refused = bool(bulk_download_refusal(self.url))
        self.start_button.setEnabled(
            not refused and not too_many and self.allowed.isChecked() and self.task is None
        )

    def start(self) -> Task | None:
        """Download in the background, with progress and Cancel."""
        if not self.start_button.isEnabled():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        self.out = self.folder / f"tiles-{time.strftime('%Y%m%d-%H%M%S')}.mbtiles"
        zooms = range(self.first.value(), max(self.first.value(), self.last.value()) + 1)
        url, bounds, out = self.url, self.bounds, self.out
        cancelled = self.tr("Cancelled: nothing was kept.")

        def work(task: Task) -> DownloadProgress:
            steps = download_tiles(url, bounds, zooms, out, USER_AGENT)
            try:
                while True:
                    task.report(next(steps))
                    if task.cancelled:
                        steps.close()
                        raise RuntimeError(cancelled)
            except StopIteration as stop:
                result: DownloadProgress = stop.value
                return result

        self.bar.setVisible(True)
        self.bar.setRange(0, max(1, self.tiles))
        self.status.setText(self.tr("Downloading…"))
        self.task = self._tasks.read("download tiles", work)
        self._estimate()
        self.close_button.setText(self.tr("Cancel"))
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        return self.task

    def _progress(self, progress: DownloadProgress) -> None:
        self.bar.setValue(progress.done)
        self.status.setText(
            self.tr("{done} of {total} tiles, {size}").format(
                done=number(progress.done), total=number(progress.total),
                size=size_text(progress.size),
            )
        )  # fmt: skip

    def _finished(self, result: DownloadProgress) -> None:
        self.task = None
        self.close_button.setText(self.tr("Close"))
        text = self.tr("{count} tiles saved for offline use ({size}).").format(
            count=number(result.done - result.failed), size=size_text(result.size)
        )
        self.status.setText(text)

    def _failed(self, error: object) -> None:
        self.task = None
        self.close_button.setText(self.tr("Close"))
        self.bar.setVisible(False)
        self.status.setText(f"<span style='color:#c0392b'>{error}</span>")
        self._estimate()

    def reject(self) -> None:
        """Close; a download still running is cancelled first (nothing is kept)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()
