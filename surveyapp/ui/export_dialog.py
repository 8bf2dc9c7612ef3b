"""Export the survey: pick a format and a file; written off the GUI thread with progress.

The file appears only when complete (the core writes beside it and renames), so Cancel or an
error leaves any earlier export untouched.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from surveyapp.db.models import Camera
from surveyapp.export.formats import FORMATS, Tally, export_to_file
from surveyapp.i18n import translate
from surveyapp.photos.sharing import photo_sharer
from surveyapp.ui.camera_form import WrappedLabel
from surveyapp.ui.file_dialogs import save_file_name
from surveyapp.ui.formatting import counted
from surveyapp.ui.tasks import Task, TaskRunner

DAMAGED_SHOWN = 5  # damaged photos named in the summary; the zip's README names them all


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote, for its summary: cameras (or, in a zip, photos) written, cameras
    left out for want of a position, and the damaged photos a zip could not hold."""

    written: int
    unplaced: int
    photos: bool  # a zip: ``written`` counts photos
    damaged: tuple[str, ...] = ()
    unnamed: int = 0  # photos survey:photos cannot name: no shared copy yet (never synced)


class ExportDialog(QDialog):
    """Format, target file, Export; progress; the result."""

    exported = Signal(object)  # the Path of a file just written

    def __init__(
        self,
        session_factory: Callable[[], Session],
        library: Path,
        tasks: TaskRunner,
        folder: Path,
        parent: QWidget | None = None,
        shown: Sequence[str] = (),
        selected: Sequence[str] = (),
        total: int = 0,
    ) -> None:
        """``shown``: the cameras the list shows when a filter or search hides some of the
        ``total``; ``selected``: the selected ones (each offered as the export's cameras)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the survey"))
        self.setMinimumWidth(540)
        self._session_factory, self._library, self._tasks = session_factory, library, tasks
        self.task: Task | None = None
        self._target = Path()
        self.format = QComboBox()
        for format_ in FORMATS.values():
            self.format.addItem(translate("formats", format_.label), format_.name)
        # Asks for the height its text takes: a description of two lines (French OSM XML),
        # chosen in a dialog sized for one, was squeezed into one line's room and cut off.
        self.description = WrappedLabel()
        self.description.setStyleSheet("color:#6c757d")
        self.path = QLineEdit(str(folder / "cameras.geojson"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(browse)
        self.which = QComboBox()
        self.which.addItem(self.tr("All cameras"), None)
        if shown and len(shown) < total:
            text = self.tr("The %n cameras the list shows (filtered)", "", len(shown))
            self.which.addItem(counted(text, len(shown)), tuple(shown))
        if selected:
            text = self.tr("The %n selected cameras", "", len(selected))
            self.which.addItem(counted(text, len(selected)), tuple(selected))
        self.which.setEnabled(self.which.count() > 1)
        self.verified_only = QCheckBox(self.tr("Only the cameras the team's reviewers verified"))
        self.day_only = QCheckBox(self.tr("Dates only, no times of day (for publication)"))
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        # Asks for the height its lines take: a zip's summary naming damaged photos runs to
        # several lines, and a plain label squeezed the fields above it to half their height.
        self.status = WrappedLabel()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.description)
        form.addRow(self.tr("File"), target)
        form.addRow(self.tr("Cameras"), self.which)
        form.addRow("", self.verified_only)
        form.addRow("", self.day_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        format_ = FORMATS[self.format.currentData()]
        if self.task is None or not self.task.running:
            # The last export's result goes: "Exported 66 cameras to cameras.geojson" and a
            # full bar under "CSV spreadsheet" read as if the CSV had been written.
            self.bar.setVisible(False)
            self.status.setText("")
        self.description.setText(translate("formats", format_.description))
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(format_.suffix)))

    def _choose(self) -> None:
        format_ = FORMATS[self.format.currentData()]
        path = save_file_name(
            self,
            self.tr("Export to"),
            self.path.text(),
            f"{translate('formats', format_.label)} (*{format_.suffix})",
        )
        if path:
            self.path.setText(path)

    def start(self) -> None:
        """Write the export on the database thread."""
        name = self.format.currentData()
        path = Path(self.path.text()).expanduser()
        factory, library = self._session_factory, self._library
        shares_photos = FORMATS[name].needs_photo_sharer
        verified_only, day_only = self.verified_only.isChecked(), self.day_only.isChecked()
        cameras: tuple[str, ...] | None = self.which.currentData()
        cancelled = self.tr("Cancelled; no file was written.")

        def work(task: Task) -> ExportOutcome:
            with factory() as session:
                done = 0
                left_out: list[str] = []
                tally = Tally()  # the photos a GeoJSON or CSV could not name
                chosen = select(func.count()).select_from(Camera).where(Camera.deleted.is_(False))
                if verified_only:  # the others are left out on purpose, not for lack of a place
                    chosen = chosen.where(Camera.review_state == "verified")

                def count(query: Select[int]) -> int:
                    if cameras is None:
                        return session.scalar(query) or 0
                    ids = sorted({uuid.UUID(i) for i in cameras})
                    return sum(  # in slices: SQLite takes a limited number of parameters
                        session.scalar(query.where(Camera.id.in_(ids[i : i + 500]))) or 0
                        for i in range(0, len(ids), 500)
                    )

                sharer = photo_sharer(session) if shares_photos else None
                steps = export_to_file(
                    session, name, path, library=library, share_photo=sharer,
                    verified_only=verified_only, day_only=day_only, cameras=cameras,
                    left_out=left_out, tally=tally,
                )  # fmt: skip
                for done, total in steps:
                    task.report((done, total))
                    if task.cancelled:
                        steps.close()
                        raise RuntimeError(cancelled)
                # Counted, not inferred from what was written: OSM XML leaves out removed
                # cameras on purpose, and they have a position.
                unplaced = count(
                    chosen.where(or_(Camera.latitude.is_(None), Camera.longitude.is_(None)))
                )
                if shares_photos:  # each photo was one step, then the GeoJSON
                    return ExportOutcome(done - 1 - len(left_out), unplaced, True, tuple(left_out))
                unnamed = tally.unnamed_photos if FORMATS[name].names_shared_photos else 0
                return ExportOutcome(done, unplaced, False, unnamed=unnamed)

        self.export_button.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.task = self._tasks.write("export", work)
        self.task.progress.connect(self._progress)
        self._target = path
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)

    def _progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self, outcome: ExportOutcome) -> None:
        path, count = html.escape(str(self._target)), outcome.written
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        if outcome.photos:
            text = counted(
                self.tr("Exported the GeoJSON and %n photos to {path}", "", count), count
            ).format(path=path)
        else:
            text = counted(self.tr("Exported %n cameras to {path}", "", count), count)
            text = text.format(path=path)
        if outcome.unplaced:  # the format needs a position: say who is not in the file, and why
            text += "<br>" + counted(
                self.tr(
                    "%n cameras without a position were left out: place them on the map first",
                    "",
                    outcome.unplaced,
                ),
                outcome.unplaced,
            )
        if outcome.unnamed:  # counted in the file, not named: the original's name betrays
            text += "<br>" + counted(
                self.tr(
                    "%n photos are counted but not named in the file: they have no shared "
                    "copy yet (the next sync makes them; the zip makes its own)",
                    "",
                    outcome.unnamed,
                ),
                outcome.unnamed,
            )
        if outcome.damaged:  # said in red: the zip lacks them, its README says which
            damaged = len(outcome.damaged)
            names = [html.escape(line) for line in outcome.damaged[:DAMAGED_SHOWN]]
            if damaged > DAMAGED_SHOWN:
                names.append("…")
            warning = counted(
                self.tr(
                    "%n photos were left out: their files are damaged (the zip's README.txt "
                    "names them)",
                    "",
                    damaged,
                ),
                damaged,
            )
            text += f"<br><span style='color:#c0392b'>{warning}</span><br>" + "<br>".join(names)
        self.status.setText(text)
        self.export_button.setEnabled(True)
        self.close_button.setFocus()
        self.exported.emit(self._target)

    def _failed(self, error: object) -> None:
        self.bar.setVisible(False)
        text = self.tr("Export failed: {error}").format(error=error)
        self.status.setText(f"<span style='color:#c0392b'>{text}</span>")
        self.export_button.setEnabled(True)

    def reject(self) -> None:  # Close while exporting: stop it, leave no partial file
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()
