"""Two cameras a warning says are probably one, side by side: each camera's photos large (with
previous/next), when they were taken and what is known of the camera; Merge or Not the same.

A teammate's photo, of which only the preview came down, is offered for download ("Download the
photo", as in the photo pane) where the window gave a way to (``Fetcher``), then shown whole.

Merge is the usual merge (into the older camera; undoable, synced as one operation); "Not the
same" is remembered in the cameras' synced ``distinct_from``, so the warning does not come
back. The photos are read and scaled on a reader thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from surveyapp.cameras.details import (
    CameraDetails,
    MergedAway,
    PhotoView,
    camera_details,
    merged_away,
)
from surveyapp.cameras.warnings import SurveyWarning
from surveyapp.ui.camera_panel import merged_text
from surveyapp.ui.edits import Editor
from surveyapp.ui.formatting import moment, number
from surveyapp.ui.photo_viewer import load_image
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner

PHOTO_SIZE = 460  # the longer side of a photo in the comparison, in pixels
# Brings a teammate's photo's shared copy; says why not to the callable it is given.
Fetcher = Callable[[PhotoView, Callable[[PhotoView, str], None]], Task | None]


@dataclass(frozen=True)
class Side:
    """One camera of the pair: its details and its photos' library copies."""

    details: CameraDetails | None  # None: the camera is gone (merged or deleted meanwhile)
    paths: tuple[Path, ...]
    merged: MergedAway | None = None  # where a teammate's merge took it, as a pull said


def read_pair(session: Session, ids: tuple[uuid.UUID, ...], library: Path) -> tuple[Side, ...]:
    """Both cameras' details (on a reader thread)."""
    sides = []
    for camera_id in ids:
        try:
            details = camera_details(session, camera_id, library)
        except LookupError:
            sides.append(Side(None, (), merged_away(session, camera_id)))
            continue
        sides.append(Side(details, tuple(photo.path for photo in details.photos)))
    return tuple(sides)


def scaled_photo(path: Path, thumbnail: bytes | None) -> QImage:
    """A photo upright, scaled to fit the comparison (on a reader thread); its thumbnail when
    the original is not on this laptop (another volunteer's photo, not fetched)."""
    missing = thumbnail is not None and not path.is_file()
    image = QImage.fromData(thumbnail) if missing and thumbnail else load_image(path)
    return image.scaled(
        PHOTO_SIZE,
        PHOTO_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class CameraSide(QWidget):
    """One column: the camera's name, its photo (previous/next), the photo's time, the fields."""

    downloaded = Signal()  # a teammate's photo's shared copy is now on this laptop

    def __init__(self, name: str, tasks: TaskRunner, fetcher: Fetcher | None = None) -> None:
        super().__init__()
        self._tasks, self._fetcher = tasks, fetcher
        self.side: Side | None = None
        self.index = 0
        self.title = QLabel(name)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.photo = QLabel(self.tr("Loading the photos…"))
        self.photo.setWordWrap(True)  # a sentence in place of the photo (the camera is gone)
        self.photo.setObjectName("ComparedPhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setMinimumSize(PHOTO_SIZE * 3 // 4, PHOTO_SIZE * 3 // 4)
        self.photo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.photo.setStyleSheet("background:#202124;color:#dee2e6")
        self.previous = QPushButton("◀")
        self.next = QPushButton("▶")
        self.previous.setToolTip(self.tr("Previous photo"))
        self.next.setToolTip(self.tr("Next photo"))
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        self.position = QLabel()
        self.fetch_button = QPushButton(self.tr("Download the photo"))
        self.fetch_button.setToolTip(
            self.tr("Bring its shared copy (blurred, without personal data) from the team's server")
        )
        self.fetch_button.clicked.connect(self._fetch)
        self.fetch_button.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps = QHBoxLayout()
        steps.addWidget(self.previous)
        steps.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        steps.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.photo, 1)
        layout.addLayout(steps)
        layout.addWidget(self.fetch_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        layout.addWidget(self.info)
        self._photo_task: Task | None = None

    def set_side(self, side: Side, index: int = 0) -> None:
        """Show this camera (its photo ``index``, the first by default)."""
        self.side = side
        details = side.details
        if details is None:
            went = side.merged
            self.photo.setText(
                self.tr("This camera is gone (merged or deleted meanwhile).")
                if went is None
                else merged_text(went)
            )
            self.info.setText("")
            self._steps()
            return
        fields = [details.values.get(key, "") for key in ("manufacturer", "brand", "model")]
        fields += [  # OSM values, shown in the volunteer's words
            QCoreApplication.translate("osm", value)
            for value in (details.values.get("camera:type"), details.values.get("camera:mount"))
            if value
        ]
        known = ", ".join(dict.fromkeys(value for value in fields if value))
        self.info.setText(known or self.tr("Vendor and type not recorded yet"))
        if not side.paths:
            self.photo.setText(self.tr("No photo"))
        self.show_photo(min(index, max(len(side.paths) - 1, 0)))

    def _steps(self) -> None:
        count = len(self.side.paths) if self.side is not None else 0
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index + 1 < count)
        self.position.setText(
            self.tr("photo {index} of {count}").format(
                index=number(self.index + 1), count=number(count)
            )
            if count
            else ""
        )

    def show_photo(self, index: int) -> None:
        """Load and show the camera's photo number ``index`` (from 0)."""
        side = self.side
        if side is None or side.details is None or not 0 <= index < len(side.paths):
            self._steps()
            return
        self.index = index
        self._steps()
        photo = side.details.photos[index]
        offered = not photo.here and photo.shared and self._fetcher is not None
        self.fetch_button.setVisible(offered)
        self.fetch_button.setEnabled(True)
        self.note.hide()
        taken = moment(photo.taken.replace(" ", "T")) if photo.taken else self.tr("no time")
        self.photo.setToolTip(f"{photo.file_name} — {taken}")
        self.position.setText(f"{self.position.text()} · {taken}")
        path, thumbnail = side.paths[index], photo.thumbnail
        self._photo_task = self._tasks.read(
            "compare photo", lambda _task: scaled_photo(path, thumbnail)
        )
        self._photo_task.finished.connect(self._loaded)
        self._photo_task.failed.connect(
            lambda error: self.photo.setText(
                self.tr("Cannot open the photo: {error}").format(error=error)
            )
        )

    def _loaded(self, image: QImage) -> None:
        if self.sender() is not self._photo_task:
            return  # an older photo arriving after the volunteer went on
        self.photo.setPixmap(QPixmap.fromImage(image))

    def _fetch(self) -> None:
        side = self.side
        if self._fetcher is None or side is None or side.details is None:
            return
        self.fetch_button.setEnabled(False)
        self._say(self.tr("Downloading the photo from the team's server…"))
        task = self._fetcher(side.details.photos[self.index], self._fetch_failed)
        if task is not None:  # signal to signal: none once the comparison is closed
            task.finished.connect(self.downloaded)

    def _fetch_failed(self, photo: PhotoView, reason: str) -> None:
        if not isValid(self):
            return  # the comparison was closed meanwhile
        side = self.side
        photos = side.details.photos if side is not None and side.details is not None else ()
        if not 0 <= self.index < len(photos) or photos[self.index].id != photo.id:
            return  # the volunteer went on to another photo meanwhile
        self._say(self.tr("The photo could not be downloaded: {reason}").format(reason=reason))
        self.fetch_button.setEnabled(True)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setToolTip(text)
        self.note.show()


class DuplicateDialog(QDialog):
    """Compare a likely duplicate pair and decide: Merge, Not the same, or later (Close)."""

    def __init__(
        self,
        warning: SurveyWarning,
        read_session: Callable[[], Session],
        library: Path,
        tasks: TaskRunner,
        editor: Editor,
        parent: QWidget | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicateDialog")
        self.setWindowTitle(self.tr("One camera or two?"))
        self.warning, self._editor = warning, editor
        first, second = (str(camera_id) for camera_id in warning.camera_ids[:2])
        self._ids = (first, second)
        names = [*warning.names, "", ""]
        self.sides = (CameraSide(names[0], tasks, fetcher), CameraSide(names[1], tasks, fetcher))
        metres = f"{warning.distance_m:.0f}" if warning.distance_m is not None else "?"
        question = QLabel(
            self.tr(
                "These two cameras are {metres} m apart and of the same vendor and type. "
                "Do the photos show one camera?"
            ).format(metres=metres)
        )
        question.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#b02a37")
        self.merge_button = QPushButton(self.tr("Merge: one camera"))
        self.merge_button.setToolTip(
            self.tr("Merge the newer camera into the older one (Edit → Undo takes it back)")
        )
        self.distinct_button = QPushButton(self.tr("Not the same"))
        self.distinct_button.setToolTip(
            self.tr("Two cameras: remembered, also for the team, so the warning goes away")
        )
        close = QPushButton(self.tr("Decide later"))
        self.merge_button.clicked.connect(self.merge)
        self.distinct_button.clicked.connect(self.not_same)
        close.clicked.connect(self.reject)
        grid = QGridLayout()
        for column, side in enumerate(self.sides):
            grid.addWidget(side, 0, column)
            grid.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.distinct_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.resize(fitted(self, 2 * PHOTO_SIZE + 60, PHOTO_SIZE + 220))
        self._tasks, self._read_session, self._library = tasks, read_session, library
        self.decision: Task | None = None
        for side in self.sides:  # a photo downloaded: read again, shown where the volunteer was
            side.downloaded.connect(self.reload)
        self.reload()

    def reload(self) -> Task:
        """Read both cameras (again) and show them, each at the photo it showed."""
        ids, read_session, library = self.warning.camera_ids[:2], self._read_session, self._library
        self.task = self._tasks.read(
            "compare", lambda _task: self._read(read_session, ids, library)
        )
        self.task.finished.connect(self._show)
        self.task.failed.connect(lambda error: self.status.setText(str(error)))
        return self.task

    @staticmethod
    def _read(
        read_session: Callable[[], Session], ids: tuple[uuid.UUID, ...], library: Path
    ) -> tuple[Side, ...]:
        with read_session() as session:
            return read_pair(session, ids, library)

    def _show(self, sides: tuple[Side, ...]) -> None:
        for widget, side in zip(self.sides, sides, strict=False):
            widget.set_side(side, widget.index)
        gone = any(side.details is None for side in sides)
        editable = all(side.details is not None and side.details.editable for side in sides)
        self.merge_button.setEnabled(not gone and editable)
        self.distinct_button.setEnabled(not gone)
        if not gone and not editable:
            self.merge_button.setToolTip(
                self.tr("Another volunteer mapped one of them: only a reviewer can merge them")
            )

    def _decide(self, task: Task) -> Task:
        self.decision = task
        self.merge_button.setEnabled(False)
        self.distinct_button.setEnabled(False)
        task.finished.connect(lambda _result: self.accept())
        task.failed.connect(self._failed)
        return task

    def _failed(self, error: object) -> None:
        self.status.setText(str(error))
        self.merge_button.setEnabled(True)
        self.distinct_button.setEnabled(True)

    def merge(self) -> Task:
        """One camera: the newer merged into the older."""
        return self._decide(self._editor.merge(list(self._ids)))

    def not_same(self) -> Task:
        """Two cameras: remembered, so the warning goes away for good."""
        return self._decide(self._editor.not_same(*self._ids))
