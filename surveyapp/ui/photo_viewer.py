"""The full photo with zoom and pan, and what the phone recorded: time, position, GPS bearing."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from surveyapp.cameras.details import PhotoView
from surveyapp.ui.flow import FlowLayout
from surveyapp.ui.formatting import breakable, decimal, moment, number
from surveyapp.ui.screen import fitted
from surveyapp.ui.scrolling import FittingScroll, ShrinkFirst
from surveyapp.ui.tasks import TaskRunner

WORD = 20  # the characters of a note's word kept on one line (see photo_text)


def load_image(path: Path) -> QImage:
    """The photo upright, decoded by Qt, or by Pillow for what Qt cannot read (HEIC, DNG)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if not image.isNull():
        return image
    from surveyapp.photos.metadata import read_metadata_bytes
    from surveyapp.photos.privacy import decoded_upright

    data = path.read_bytes()
    # Raises DerivativeError in the volunteer's language (Pillow's own text for a file it does
    # not know names a Python object: "cannot identify image file <_io.BytesIO object at …>").
    picture = decoded_upright(data, read_metadata_bytes(data)).convert("RGB")
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
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        factor = 1.25 ** (event.angleDelta().y() / 120)
        self.scale(factor, factor)


class PhotoPane(QWidget):
    """The selected camera's photos, large: previous/next, wheel zoom, drag pan, and what the
    phone recorded. Each photo is decoded off the GUI thread; a slow one never replaces a photo
    chosen after it."""

    shown = Signal(int)  # the index of the photo now shown

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoPane")
        self._tasks = tasks
        self.photos: list[PhotoView] = []
        self.index = -1
        self._generation = 0
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _ZoomView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(QColor("#202124"))
        self.view.setMinimumSize(160, 120)
        # The picture's room changes with the pane's and with the lines under it (a scroll bar
        # appearing narrows it): the whole photo is shown again in the room it now has.
        self.view.resized.connect(self.fit)
        self.hint = QLabel(self.tr("Select a camera to see its photos here."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#6c757d")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(self.view)

        self.compass = Compass(None)
        self.info = InfoLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setStyleSheet("color:#6c757d")
        # A long message (a photo that cannot be opened names its path) wraps in the room
        # there is, and never widens the window past the screen; the tooltip holds it whole.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance("12,000 × 9,000"))
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.previous.setToolTip(self.tr("The camera's previous photo (Page Up)"))
        self.previous.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.setToolTip(self.tr("The camera's next photo (Page Down)"))
        self.next.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next.clicked.connect(lambda: self.show_index(self.index + 1))
        self.counter = QLabel()
        # A teammate's photo, of which only the preview came down: its shared copy is brought
        # from the team's server on a click, where the window gave the pane a way to (fetcher).
        self.fetcher: Callable[[PhotoView], object] | None = None
        self.fetch_button = QPushButton(self.tr("Download the photo"))
        self.fetch_button.setToolTip(
            self.tr("Bring its shared copy (blurred, without personal data) from the team's server")
        )
        self.fetch_button.clicked.connect(self._fetch)
        self.fetch_button.hide()
        fit = QPushButton(self.tr("Fit"))
        fit.setToolTip(self.tr("Show the whole photo (the mouse wheel zooms, dragging pans)"))
        fit.clicked.connect(self.fit)
        actual = QPushButton("100 %")
        actual.clicked.connect(self.view.resetTransform)
        # On one line where the column is wide enough, on more where it is not.
        buttons = FlowLayout()
        for widget in (
            self.previous, self.counter, self.next, fit, actual, self.fetch_button, self.status
        ):  # fmt: skip
            buttons.addWidget(widget)
        about = QHBoxLayout()
        about.addWidget(self.compass)
        about.addWidget(self.info, 1)
        self.bar = QWidget()
        bar = QVBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(buttons)
        bar.addLayout(about)
        # On a low screen (1024 × 600) the buttons wrap onto three lines and the photo's notes
        # may run to several: the picture gives up its room first, down to its least height,
        # then the pane scrolls, so that its last line is never cut off out of reach.
        content = ShrinkFirst()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages, 1)
        column.addWidget(self.bar)
        self.scroll_area = FittingScroll()
        self.scroll_area.setWidget(content)
        self.scroll_area.setMinimumHeight(self.pages.minimumSizeHint().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.show_photos([])

    def show_photos(self, photos: Sequence[PhotoView], index: int = 0) -> None:
        """Show these photos (a camera's), from ``index``; the photo on screen stays when it is
        among them (an edit of the camera reloads the list)."""
        current = self.photos[self.index].id if 0 <= self.index < len(self.photos) else None
        # A preview, or an original the library had lost (an import put it back): loaded again.
        was_preview = current is not None and (
            not self.photos[self.index].here or self.item.pixmap().isNull()
        )
        self.photos = list(photos)
        if not self.photos:
            self.index = -1
            self._generation += 1
            self.item.setPixmap(QPixmap())
            self.pages.setCurrentWidget(self.hint)
            self.bar.setVisible(False)
            return
        self.pages.setCurrentWidget(self.view)
        self.bar.setVisible(True)
        ids = [photo.id for photo in self.photos]
        if current in ids:
            self.index = ids.index(current)
            if not (was_preview and self.photos[self.index].here):
                self._update_controls()
                return
            index = self.index  # its picture came down meanwhile: shown whole
        self.index = -1
        self.show_index(index)

    def show_index(self, index: int) -> None:
        """Show the photo at ``index`` (clamped to the camera's photos)."""
        if not self.photos:
            return
        index = max(0, min(index, len(self.photos) - 1))
        if index == self.index:
            return
        self.index = index
        photo = self.photos[index]
        self._update_controls()
        self._generation += 1
        generation = self._generation
        self.item.setPixmap(QPixmap())
        self.fetch_button.setVisible(not photo.here and photo.shared and self.fetcher is not None)
        self.fetch_button.setEnabled(True)
        if not photo.here:  # a teammate's, not fetched: its preview is all this laptop has
            self._show_preview(photo)
            self.shown.emit(index)
            return
        self.status.setText(self.tr("Loading the photo…"))
        self.status.setToolTip("")
        path = photo.path
        task = self._tasks.read("open photo", lambda _task: (generation, load_image(path)))
        task.finished.connect(self._loaded)
        task.failed.connect(lambda error: self._failed(generation, error))
        self.shown.emit(index)

    def _update_controls(self) -> None:
        photo = self.photos[self.index]
        total = len(self.photos)
        counter = self.tr("{number} of {total}")
        self.counter.setText(counter.format(number=self.index + 1, total=total))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < total - 1)
        for widget in (self.previous, self.next, self.counter):
            widget.setVisible(total > 1)
        self.compass.bearing = photo.bearing
        self.compass.update()
        self.info.setText(photo_text(photo))

    def _loaded(self, result: tuple[int, QImage]) -> None:
        generation, image = result
        if generation != self._generation:
            return  # another photo was chosen meanwhile
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(QRectF(self.item.pixmap().rect()))
        self.status.setText(f"{number(image.width())} × {number(image.height())}")
        self.status.setToolTip("")
        self.fit()

    def _show_preview(self, photo: PhotoView) -> None:
        image = QImage.fromData(photo.thumbnail) if photo.thumbnail else QImage()
        if not image.isNull():
            self.item.setPixmap(QPixmap.fromImage(image))
            self.scene.setSceneRect(QRectF(self.item.pixmap().rect()))
            self.fit()
        self.status.setText(self.tr("A teammate's photo: only its preview is on this laptop."))
        self.status.setToolTip(
            self.tr(
                "The photo is on the team's server; `surveyapp sync fetch {sha256}` downloads "
                "its shared copy into this survey."
            ).format(sha256=photo.sha256)
        )

    def _fetch(self) -> None:
        if self.fetcher is None or not 0 <= self.index < len(self.photos):
            return
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Downloading the photo from the team's server…"))
        self.status.setToolTip("")
        self.fetcher(self.photos[self.index])

    def fetch_failed(self, photo: PhotoView, reason: str) -> None:
        """The download of ``photo`` failed: said, and the button offered again."""
        if 0 <= self.index < len(self.photos) and self.photos[self.index].id == photo.id:
            message = self.tr("The photo could not be downloaded: {reason}").format(reason=reason)
            self.status.setText(message)
            self.status.setToolTip(message)
            self.fetch_button.setEnabled(True)

    def _failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            message = self.tr("Cannot open the photo: {error}").format(error=error)
            photo = self.photos[self.index] if 0 <= self.index < len(self.photos) else None
            if photo is not None and not photo.path.exists():  # the library lost it
                message = self.tr(
                    "The original of {name} is missing from the library ({path}): import its "
                    "file again (from the card or folder it came from) to put it back."
                ).format(name=photo.file_name, path=photo.path)
            self.status.setText(message)
            self.status.setToolTip(message)

    def fit(self) -> None:
        """Show the whole photo."""
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)


class InfoLabel(QLabel):
    """A label whose text may be selected and copied as it reads: the zero-width spaces that let
    a long file name wrap (``breakable``) stay out of what is copied, so a name copied from it
    finds the file."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy) and self.hasSelectedText():
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = QMenu(self)
        copy = menu.addAction(QCoreApplication.translate("PhotoViewer", "Copy"), self.copy)
        copy.setEnabled(self.hasSelectedText())
        menu.exec(event.globalPos())

    def copy(self) -> None:
        """Put the selected text on the clipboard, without the wrapping spaces."""
        QGuiApplication.clipboard().setText(self.selectedText().replace("\u200b", ""))


def photo_text(photo: PhotoView) -> str:
    """What the phone recorded of a photo, as rich text: name, time, position, bearing, device,
    and every note on its metadata in today's language."""
    parts = [
        f"<b>{html.escape(breakable(photo.file_name))}</b>",
        moment(photo.taken)
        if photo.taken
        else QCoreApplication.translate("PhotoViewer", "no capture time"),
    ]
    if photo.latitude is not None and photo.longitude is not None:
        parts.append(f"{decimal(photo.latitude, 6)}; {decimal(photo.longitude, 6)}")
    else:
        parts.append(QCoreApplication.translate("PhotoViewer", "no position"))
    if photo.bearing is not None:
        degrees = decimal(photo.bearing, 0)
        if photo.bearing_ref == "T":
            text = QCoreApplication.translate("PhotoViewer", "GPS bearing {degrees}° true north")
        elif photo.bearing_ref == "M":
            text = QCoreApplication.translate(
                "PhotoViewer", "GPS bearing {degrees}° magnetic north"
            )
        else:
            text = QCoreApplication.translate("PhotoViewer", "GPS bearing {degrees}°")
        parts.append(text.format(degrees=degrees))
    else:
        parts.append(QCoreApplication.translate("PhotoViewer", "no GPS bearing"))
    device = " ".join(p for p in (photo.make, photo.model) if p)
    # A model or a note may hold a long word ("('52,00000,50,00000,34,01180')") that would ask
    # the column for more than its width: it wraps as the file name does, and a word the
    # narrowest column holds ("DateStamp/TimeStamp") stays whole.
    if device:
        parts.append(html.escape(breakable(device, WORD)))
    text = " · ".join(parts)
    if photo.warnings:
        notes = "<br>".join(html.escape(breakable(warning, WORD)) for warning in photo.warnings)
        text += f"<br><span style='color:#6c757d'>{notes}</span>"
    return text


class PhotoViewer(QDialog):
    """One photo in a window of its own, decoded off the GUI thread; wheel zooms, drag pans."""

    def __init__(self, photo: PhotoView, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(photo.file_name)
        self.resize(fitted(self, 1000, 760))
        self.photo = photo
        self.pane = PhotoPane(tasks, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)
        self.pane.show_photos([photo])
        # The names the viewer's users (and tests) know.
        self.view, self.item, self.status = self.pane.view, self.pane.item, self.pane.status

    def fit(self) -> None:
        """Show the whole photo."""
        self.pane.fit()
