""" "What will be shared": shown before a survey's first sync, it lists what leaves the laptop.

The fields of the changes waiting and the number of photos come from sync's own ``outgoing``
(the same numbers ``surveyapp sync --dry-run`` prints); the photos' blurred copies are made in
the background, one at a time with a progress bar, and shown small with what is blurred.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from surveyapp.photos.sharing import SharedPhotoPreview, photos_to_share, preview_photos
from surveyapp.sync.status import Outgoing, outgoing
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner

THUMB = 160  # pixels, long side, in the list


@dataclass(frozen=True)
class ShareSummary:
    """What leaves: sync's outgoing counts and the ids of the photos to upload."""

    outgoing: Outgoing
    photo_ids: tuple[uuid.UUID, ...]


def share_summary(session: Session) -> ShareSummary:
    """The preview's numbers (looks only: nothing is written)."""
    out = outgoing(session)
    return ShareSummary(out, tuple(p.photo_id for p in photos_to_share(session)))


class SharePreviewDialog(QDialog):
    """Fields that leave, photo count, blurred copies with their regions; Continue or Cancel."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        read_factory: Callable[[], Session],
        library: Path,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What will be shared"))
        self.resize(fitted(self, 640, 560))
        self._factory, self._read, self._library = session_factory, read_factory, library
        self._tasks = tasks
        self.summary: ShareSummary | None = None
        self.previews: list[SharedPhotoPreview] = []
        self.task: Task | None = None
        intro = QLabel(
            self.tr(
                "Syncing sends these to the team's server. Photos leave only as copies without "
                "metadata, with faces and licence plates blurred; the originals stay here."
            )
        )
        intro.setWordWrap(True)
        self.changes = QLabel(self.tr("Counting…"))
        self.fields = QTreeWidget()
        self.fields.setRootIsDecorated(False)
        self.fields.setHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Changes")])
        self.fields.setMaximumHeight(170)
        self.photos = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(QSize(THUMB, THUMB))
        self.thumbnails.setGridSize(QSize(THUMB + 40, THUMB + 48))
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setWordWrap(True)
        self.thumbnails.setMovement(QListView.Movement.Static)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.changes)
        layout.addWidget(self.fields)
        layout.addWidget(self.photos)
        layout.addWidget(self.bar)
        layout.addWidget(self.thumbnails, 1)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        factory = self._factory

        def count(task: Task) -> ShareSummary:
            with factory() as session:
                return share_summary(session)

        # outgoing() queues what was never queued and rolls back: the writer thread's turn.
        task = self._tasks.write("share preview", count)
        task.finished.connect(self._counted)
        task.failed.connect(self._failed)

    def _counted(self, summary: ShareSummary) -> None:
        self.summary = summary
        out = summary.outgoing
        changes = out.changes
        self.changes.setText(self.tr("%n changes, with these fields:", "", changes))
        labels = self._labels()
        for (record, name), n in sorted(
            out.by_record.items(), key=lambda item: (-item[1], item[0])
        ):
            label = labels.get((record, name), f"{record}: {name}")
            self.fields.addTopLevelItem(QTreeWidgetItem([label, name, str(n)]))
        self.fields.resizeColumnToContents(0)
        self.fields.resizeColumnToContents(1)
        photos = out.photos
        self.photos.setText(self.tr("%n photos, as these blurred copies:", "", photos))
        if not summary.photo_ids:
            self.bar.setVisible(False)
            return
        self.bar.setRange(0, len(summary.photo_ids))
        self.bar.setValue(0)
        # A read session: the copies take about a second each, and a write session would hold
        # the survey's write lock all along (commands beside the app waited, then failed).
        factory, library, ids = self._read, self._library, summary.photo_ids

        def previews(task: Task) -> Iterator[SharedPhotoPreview]:
            with factory() as session:
                yield from preview_photos(session, library, ids)

        self.task = self._tasks.read("blurred copies", previews)
        self.task.progress.connect(self._preview)
        self.task.finished.connect(lambda _: self.bar.setVisible(False))
        self.task.failed.connect(self._failed)

    def _labels(self) -> dict[tuple[str, str], str]:
        """Plain words for each record's fields on the wire (a name may mean two things: a
        camera's height is in metres, a photo's in pixels). Each is ``self.tr`` itself: lupdate
        files a text under the class only when the call says ``self.tr``."""
        return {
            ("survey", "name"): self.tr("survey: name"),
            ("survey", "blur_people"): self.tr("survey: blur faces and plates"),
            ("survey", "time_zone"): self.tr("survey: time zone"),
            ("camera", "survey_id"): self.tr("camera: its survey"),
            ("camera", "latitude"): self.tr("camera: position (latitude)"),
            ("camera", "longitude"): self.tr("camera: position (longitude)"),
            ("camera", "position_source"): self.tr("camera: where its position came from"),
            ("camera", "position_accuracy"): self.tr("camera: position accuracy"),
            ("camera", "surveillance"): self.tr("camera: surveillance (public, outdoor, indoor)"),
            ("camera", "surveillance_type"): self.tr("camera: kind"),
            ("camera", "surveillance_zone"): self.tr("camera: zone watched"),
            ("camera", "camera_type"): self.tr("camera: type (fixed, dome, panning)"),
            ("camera", "camera_mount"): self.tr("camera: mount"),
            ("camera", "camera_direction"): self.tr("camera: direction"),
            ("camera", "height"): self.tr("camera: mounting height (m)"),
            ("camera", "operator"): self.tr("camera: operator"),
            ("camera", "manufacturer"): self.tr("camera: vendor"),
            ("camera", "manufacturer_wikidata"): self.tr("camera: vendor's Wikidata item"),
            ("camera", "vendor_slug"): self.tr("camera: vendor (catalogue entry)"),
            ("camera", "brand"): self.tr("camera: brand on the housing"),
            ("camera", "model"): self.tr("camera: model"),
            ("camera", "vendor_confidence"): self.tr("camera: how sure the vendor is"),
            ("camera", "status"): self.tr("camera: status (present, removed…)"),
            ("camera", "check_date"): self.tr("camera: date last checked"),
            ("camera", "notes"): self.tr("camera: your notes"),
            ("camera", "extra_tags"): self.tr("camera: extra OSM tags"),
            ("camera", "review_state"): self.tr("camera: the team's review"),
            ("camera", "distinct_from"): self.tr("camera: cameras found not to be the same"),
            ("photo", "sha256"): self.tr("photo: fingerprint of the original"),
            ("photo", "camera_id"): self.tr("photo: the camera it shows"),
            ("photo", "file_name"): self.tr("photo: file name"),
            ("photo", "mime"): self.tr("photo: file type"),
            ("photo", "width"): self.tr("photo: width in pixels"),
            ("photo", "height"): self.tr("photo: height in pixels"),
            ("photo", "taken_local"): self.tr("photo: capture time"),
            ("photo", "utc_offset_minutes"): self.tr("photo: time zone"),
            ("photo", "taken_utc"): self.tr("photo: capture time (UTC)"),
            ("photo", "latitude"): self.tr("photo: position (latitude)"),
            ("photo", "longitude"): self.tr("photo: position (longitude)"),
            ("photo", "altitude"): self.tr("photo: altitude"),
            ("photo", "bearing"): self.tr("photo: compass bearing"),
            ("photo", "bearing_ref"): self.tr("photo: true or magnetic north"),
            ("photo", "position_source"): self.tr("photo: where its position came from"),
            ("photo", "position_accuracy"): self.tr("photo: position accuracy"),
            ("photo", "blob_sha256"): self.tr("photo: fingerprint of the shared copy"),
            ("photo", "blob_size"): self.tr("photo: size of the shared copy"),
            ("photo", "thumbnail_jpeg_base64"): self.tr("photo: small preview of the shared copy"),
        }

    def _preview(self, preview: SharedPhotoPreview) -> None:
        self.previews.append(preview)
        self.bar.setValue(len(self.previews))
        pixmap = QPixmap()
        if preview.thumbnail:
            pixmap.loadFromData(preview.thumbnail)
        if preview.error:
            text = self.tr("{name}: cannot be shared ({reason})").format(
                name=preview.file_name, reason=preview.error
            )
        else:
            regions = preview.regions
            text = self.tr("{name}\n%n regions blurred", "", regions).format(name=preview.file_name)
        item = QListWidgetItem(QIcon(pixmap), text)
        item.setToolTip(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        item.setSizeHint(QSize(THUMB + 40, THUMB + 48))
        self.thumbnails.addItem(item)

    def _failed(self, error: object) -> None:
        self.bar.setVisible(False)
        self.photos.setText(
            "<span style='color:#c0392b'>"
            + self.tr("The preview failed: {error}").format(error=error)
            + "</span>"
        )

    def done(self, result: int) -> None:  # closing stops the copies still being made
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().done(result)
