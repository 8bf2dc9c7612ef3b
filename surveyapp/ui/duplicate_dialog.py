"""Two cameras a warning says are probably one, side by side: each camera's photos large (with
previous/next), when they were taken and what is known of the camera; Merge or Not the same.

Merge is the usual merge (into the older camera; undoable, synced as one operation); "Not the
same" is remembered in the cameras' synced ``distinct_from``, so the warning does not come
back. The photos are read and scaled on a reader thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from sqlalchemy.orm import Session

from surveyapp.cameras.details import CameraDetails, camera_details
from surveyapp.cameras.warnings import SurveyWarning
from surveyapp.ui.edits import Editor
from surveyapp.ui.formatting import moment, number
from surveyapp.ui.photo_viewer import load_image
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner

PHOTO_SIZE = 460  # the longer side of a photo in the comparison, in pixels


@dataclass(frozen=True)
class Side:
    """One camera of the pair: its details and its photos' library copies."""

    details: CameraDetails | None  # None: the camera is gone (merged or deleted meanwhile)
    paths: tuple[Path, ...]


def read_pair(session: Session, ids: tuple[uuid.UUID, ...], library: Path) -> tuple[Side, ...]:
    """Both cameras' details (on a reader thread)."""
    sides = []
    for camera_id in ids:
        try:
            details = camera_details(session, camera_id, library)
        except LookupError:
            sides.append(Side(None, ()))
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

    def __init__(self, name: str, tasks: TaskRunner) -> None:
        super().__init__()
        self._tasks = tasks
        self.side: Side | None = None
        self.index = 0
        self.title = QLabel(name)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.photo = QLabel(self.tr("Loading the photos…"))
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
        layout.addWidget(self.info)
        self._photo_task: Task | None = None

    def set_side(self, side: Side) -> None:
        """Show this camera (its first photo)."""
        self.side = side
        details = side.details
        if details is None:
            self.photo.setText(self.tr("This camera is gone (merged or deleted meanwhile)."))
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
        self.show_photo(0)

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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicateDialog")
        self.setWindowTitle(self.tr("One camera or two?"))
        self.warning, self._editor = warning, editor
        first, second = (str(camera_id) for camera_id in warning.camera_ids[:2])
        self._ids = (first, second)
        names = [*warning.names, "", ""]
        self.sides = (CameraSide(names[0], tasks), CameraSide(names[1], tasks))
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
        ids = warning.camera_ids[:2]
        self.task = tasks.read("compare", lambda _task: self._read(read_session, ids, library))
        self.task.finished.connect(self._show)
        self.task.failed.connect(lambda error: self.status.setText(str(error)))
        self.decision: Task | None = None

    @staticmethod
    def _read(
        read_session: Callable[[], Session], ids: tuple[uuid.UUID, ...], library: Path
    ) -> tuple[Side, ...]:
        with read_session() as session:
            return read_pair(session, ids, library)

    def _show(self, sides: tuple[Side, ...]) -> None:
        for widget, side in zip(self.sides, sides, strict=False):
            widget.set_side(side)
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
