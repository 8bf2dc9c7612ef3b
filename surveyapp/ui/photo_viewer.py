"""The full photo with zoom and pan, and what the phone recorded: time, position, GPS bearing."""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surveyapp.cameras.details import PhotoView
from surveyapp.ui.formatting import decimal, moment, number
from surveyapp.ui.tasks import Task, TaskRunner


def load_image(path: Path) -> QImage:
    """The photo upright, decoded by Qt, or by Pillow for what Qt cannot read (HEIC, DNG)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if not image.isNull():
        return image
    from surveyapp.photos.metadata import read_metadata_bytes
    from surveyapp.photos.thumbnails import open_upright

    data = path.read_bytes()
    picture = open_upright(data, read_metadata_bytes(data)).convert("RGB")
    raw = picture.tobytes()
    return QImage(
        raw, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
    ).copy()


class Compass(QWidget):
    """A small compass rose with the photo's bearing as an arrow."""

    def __init__(self, bearing: float | None) -> None:
        super().__init__()
        self.bearing = bearing
        self.setFixedSize(QSize(56, 56))
        self.setToolTip(self.tr("Where the phone pointed (GPS bearing)"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = min(self.width(), self.height()) / 2 - 3
        painter.setPen(QPen(QColor("#adb5bd"), 1.5))
        painter.setBrush(QColor("#f8f9fa"))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#495057"))
        painter.drawText(
            QRectF(centre.x() - 6, 2, 12, 12), Qt.AlignmentFlag.AlignCenter, self.tr("N", "north")
        )
        if self.bearing is None:
            return
        angle = math.radians(self.bearing)
        length = radius - 12  # clear of the N
        tip = QPointF(centre.x() + math.sin(angle) * length, centre.y() - math.cos(angle) * length)
        side = math.radians(90)
        base = [
            QPointF(centre.x() + math.sin(angle + s) * 5, centre.y() - math.cos(angle + s) * 5)
            for s in (side, -side)
        ]
        path = QPainterPath(tip)
        path.lineTo(base[0])
        path.lineTo(base[1])
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c0392b"))
        painter.drawPath(path)


class _ZoomView(QGraphicsView):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        factor = 1.25 ** (event.angleDelta().y() / 120)
        self.scale(factor, factor)


class PhotoViewer(QDialog):
    """One photo, decoded off the GUI thread; wheel zooms, drag pans."""

    def __init__(self, photo: PhotoView, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo.file_name)
        self.resize(1000, 760)
        self.photo = photo
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _ZoomView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(QColor("#202124"))
        self.status = QLabel(self.tr("Loading the photo…"))
        self.status.setStyleSheet("color:#6c757d")

        info = QLabel(self._info_text(photo))
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fit = QPushButton(self.tr("Fit"))
        fit.clicked.connect(self.fit)
        actual = QPushButton("100 %")
        actual.clicked.connect(self.view.resetTransform)
        bar = QHBoxLayout()
        bar.addWidget(Compass(photo.bearing))
        bar.addWidget(info, 1)
        bar.addWidget(self.status)
        bar.addWidget(fit)
        bar.addWidget(actual)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        path = photo.path
        self.task: Task = tasks.read("open photo", lambda _task: load_image(path))
        self.task.finished.connect(self._loaded)
        self.task.failed.connect(
            lambda error: self.status.setText(
                self.tr("Cannot open the photo: {error}").format(error=error)
            )
        )

    def _info_text(self, photo: PhotoView) -> str:
        parts = [
            f"<b>{photo.file_name}</b>",
            moment(photo.taken) if photo.taken else self.tr("no capture time"),
        ]
        if photo.latitude is not None and photo.longitude is not None:
            parts.append(f"{decimal(photo.latitude, 6)}; {decimal(photo.longitude, 6)}")
        else:
            parts.append(self.tr("no position"))
        if photo.bearing is not None:
            degrees = decimal(photo.bearing, 0)
            if photo.bearing_ref == "T":
                text = self.tr("GPS bearing {degrees}° true north")
            elif photo.bearing_ref == "M":
                text = self.tr("GPS bearing {degrees}° magnetic north")
            else:
                text = self.tr("GPS bearing {degrees}°")
            parts.append(text.format(degrees=degrees))
        else:
            parts.append(self.tr("no GPS bearing"))
        device = " ".join(p for p in (photo.make, photo.model) if p)
        if device:
            parts.append(device)
        text = " · ".join(parts)
        if photo.warnings:  # the photo's details: every note on its metadata, in today's language
            notes = "<br>".join(html.escape(warning) for warning in photo.warnings)
            text += f"<br><span style='color:#6c757d'>{notes}</span>"
        return text

    def _loaded(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(QRectF(self.item.pixmap().rect()))
        self.status.setText(f"{number(image.width())} × {number(image.height())}")
        self.fit()

    def fit(self) -> None:
        """Show the whole photo."""
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
