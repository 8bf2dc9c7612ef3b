"""One photo as it will be shared: blurred, with every region outlined, and the volunteer's say.

Drag to blur a rectangle the detectors missed; click a blurred region to leave it sharp, and
click it again to blur it again. Each change is one transaction through
surveyapp.photos.sharing on the database-writing thread, recorded for Edit → Undo, which then
makes the new shareable copy (about a second for a 12-MP photo) and the canvas shows it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from surveyapp.cameras import history
from surveyapp.cameras.history import APP, Reverted
from surveyapp.photos.privacy import MARGIN
from surveyapp.photos.sharing import (
    BlurView,
    Box,
    add_rectangle,
    blur_view,
    leave_sharp,
    remove_rectangle,
    restore_region,
    teammates_photo_text,
)
from surveyapp.ui.changes import Changes
from surveyapp.ui.import_dialog import sentence
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner

DETECTED_COLOUR = QColor("#f1c40f")  # found by the detectors, blurred
ADDED_COLOUR = QColor("#3498db")  # the volunteer's rectangle, blurred
REMOVED_COLOUR = QColor("#e74c3c")  # left sharp by the volunteer
CLICK_SLOP = 4  # pixels a press may move and still be a click
SMALLEST = 0.01  # share of the image: a drag smaller than this is a click


@dataclass(frozen=True)
class Outline:
    """A region as drawn: where, and which of detected / added / removed."""

    box: Box
    kind: str


class BlurCanvas(QWidget):
    """The shareable copy, scaled to fit, with the regions drawn over it.

    ``drawn(Box)`` when the volunteer drags a rectangle; ``clicked(Outline)`` when they click a
    region (the smallest one under the pointer).
    """

    drawn = Signal(object)
    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(480, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.pixmap = QPixmap()
        self.outlines: list[Outline] = []
        self._press: QPointF | None = None
        self._drag: QPointF | None = None

    def show_view(self, view: BlurView) -> None:
        """Show a new shareable copy and its regions."""
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(view.jpeg)
        self.outlines = (
            [Outline(b, "detected") for b in view.detected]
            + [Outline(b, "added") for b in view.added]
            + [Outline(b, "removed") for b in view.removed]
        )
        self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn in the widget (scaled to fit, centred)."""
        if self.pixmap.isNull():
            return QRectF()
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def to_widget(self, box: Box) -> QRectF:
        """A box of the image in widget coordinates."""
        area = self.image_rect()
        return QRectF(
            area.left() + box.left * area.width(),
            area.top() + box.top * area.height(),
            box.width * area.width(),
            box.height * area.height(),
        )

    def to_box(self, a: QPointF, b: QPointF) -> Box | None:
        """The image box between two widget points (clipped to the image); None off it."""
        area = self.image_rect()
        if area.isEmpty():
            return None

        def fraction(value: float, start: float, length: float) -> float:
            return min(max((value - start) / length, 0.0), 1.0)

        xs = sorted(fraction(p.x(), area.left(), area.width()) for p in (a, b))
        ys = sorted(fraction(p.y(), area.top(), area.height()) for p in (a, b))
        if xs[1] - xs[0] < SMALLEST or ys[1] - ys[0] < SMALLEST:
            return None
        return Box(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0])

    def outline_rect(self, outline: Outline) -> QRectF:
        """Where an outline is drawn: a blurred region with the margin the blur adds around it
        (so the frame shows what is hidden), a region left sharp as it is."""
        rect = self.to_widget(outline.box)
        if outline.kind == "removed":
            return rect
        grow_x, grow_y = rect.width() * MARGIN, rect.height() * MARGIN
        grown = rect.adjusted(-grow_x, -grow_y, grow_x, grow_y)
        return grown.intersected(self.image_rect())

    def outline_at(self, point: QPointF) -> Outline | None:
        """The smallest region under ``point``."""
        under = [o for o in self.outlines if self.outline_rect(o).contains(point)]
        return min(under, key=lambda o: o.box.width * o.box.height, default=None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        if self.pixmap.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.image_rect().toRect(), self.pixmap)
        colours = {"detected": DETECTED_COLOUR, "added": ADDED_COLOUR, "removed": REMOVED_COLOUR}
        for outline in self.outlines:
            pen = QPen(colours[outline.kind], 2)
            if outline.kind == "removed":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.outline_rect(outline))
        if self._press is not None and self._drag is not None:
            painter.setPen(QPen(ADDED_COLOUR, 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self._press, self._drag).normalized())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._drag = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._drag = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press, self._drag = self._press, None, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        end = event.position()
        self.update()
        moved = (end - press).manhattanLength()
        box = self.to_box(press, end) if moved > CLICK_SLOP else None
        if box is not None:
            self.drawn.emit(box)
            return
        outline = self.outline_at(end)
        if outline is not None:
            self.clicked.emit(outline)


class BlurEditor(QDialog):
    """One photo's shareable copy, with the regions to change by drag and click."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        library: Path,
        tasks: TaskRunner,
        photo_id: uuid.UUID,
        changes: Changes | None = None,
        parent: QWidget | None = None,
        *,
        origin: str = APP,  # the window's own undo steps
    ) -> None:
        super().__init__(parent)
        self._origin = origin
        self.setWindowTitle(self.tr("Blur before sharing"))
        self.resize(fitted(self, 860, 680))
        self._factory, self._library, self._tasks = session_factory, library, tasks
        self._changes = changes
        self.photo_id = photo_id
        self.view: BlurView | None = None
        self.task: Task | None = None
        self.canvas = BlurCanvas()
        self.canvas.drawn.connect(self._drawn)
        self.canvas.clicked.connect(self._clicked)
        self.help_text = help_text = QLabel(
            self.tr(
                "This is the copy that leaves the laptop. Drag to blur a rectangle; click a "
                "blurred region to leave it sharp, and click it again to blur it again."
            )
        )
        help_text.setWordWrap(True)
        self.legend = QWidget()  # hidden where no region can be chosen
        legend = QHBoxLayout(self.legend)
        legend.setContentsMargins(0, 0, 0, 0)
        for colour, text in (
            (DETECTED_COLOUR, self.tr("found and blurred")),
            (ADDED_COLOUR, self.tr("blurred by you")),
            (REMOVED_COLOUR, self.tr("left sharp by you")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background:{colour.name()}; border-radius:2px")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
            legend.addSpacing(12)
        legend.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumHeight(8)
        self.bar.setTextVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._run(None)

    def _run(self, change: Callable[[Session], object] | None) -> Task:
        """Apply ``change`` in its own transaction (when given), then make the new copy."""
        factory, library, photo_id = self._factory, self._library, self.photo_id
        origin = self._origin

        def work(task: Task) -> BlurView:
            if change is not None:
                with factory() as session, session.begin():
                    history.change_blur(session, origin, photo_id, lambda: change(session))
            with factory() as session:
                return blur_view(session, library, photo_id)

        self.bar.setVisible(True)
        self.canvas.setEnabled(False)  # one change at a time: the next starts from this one
        self.status.setText(self.tr("Making the shareable copy…"))
        self.task = self._tasks.write("blur", work)
        self.task.finished.connect(self._shown)
        self.task.failed.connect(self._failed)
        if change is not None and self._changes is not None:
            self.task.finished.connect(self._announce)
        return self.task

    def reverted(self, done: Reverted) -> None:
        """After an undo or redo: a blur change may have changed this photo's copy."""
        if done.name == "blur" and (self.task is None or not self.task.running):
            self._run(None)

    def _announce(self, view: BlurView) -> None:
        if self._changes is not None:
            self._changes.everything()  # the photo is waiting to be shared again

    def _shown(self, view: BlurView) -> None:
        self.view = view
        self.bar.setVisible(False)
        self.canvas.show_view(view)
        if view.owner is not None:  # her choices here would reach nobody: none is offered
            self.canvas.setEnabled(False)
            self.help_text.setVisible(False)  # "the copy that leaves the laptop": it does not
            self.legend.setVisible(False)
            self.status.setText(sentence(teammates_photo_text(view.owner)))
            return
        self.canvas.setEnabled(True)
        blurred = len(view.detected) + len(view.added)
        text = self.tr("%n regions blurred in the shared copy.", "", blurred)
        if not view.blur_people:
            text += " " + self.tr("This survey does not look for faces and plates.")
        self.status.setText(text)

    def _failed(self, error: object) -> None:
        self.bar.setVisible(False)
        self.canvas.setEnabled(True)
        self.status.setText(
            "<span style='color:#c0392b'>"
            + self.tr("Cannot show the shared copy: {error}").format(error=error)
            + "</span>"
        )

    def _drawn(self, box: Box) -> None:
        photo_id = self.photo_id
        self._run(lambda session: add_rectangle(session, photo_id, box))

    def _clicked(self, outline: Outline) -> None:
        photo_id, box = self.photo_id, outline.box
        if outline.kind == "removed":
            self._run(lambda session: restore_region(session, photo_id, box))
        elif outline.kind == "added":
            self._run(lambda session: remove_rectangle(session, photo_id, box))
        else:
            self._run(lambda session: leave_sharp(session, photo_id, box))
