"""The panel for the selected camera: photos, fields, and merge / split / delete.

It reads the camera's details when the selection or the camera changes, and hands every edit to
the Editor (one transaction each); it never refreshes other widgets itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras.details import (
    CameraDetails,
    MergedAway,
    PhotoView,
    camera_details,
    camera_now,
    merged_away,
)
from surveyapp.cameras.listing import camera_rows
from surveyapp.cameras.operations import CameraNotFoundError
from surveyapp.cameras.permissions import current_editor
from surveyapp.db.models import Camera, Photo
from surveyapp.ui.camera_form import CameraForm, both_notes
from surveyapp.ui.camera_table import REVIEW_LABELS, review_text
from surveyapp.ui.changes import Changed, Changes, Selection
from surveyapp.ui.edits import Editor
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP, clock, decimal, moment
from surveyapp.ui.scrolling import FittingScroll

THUMB = QSize(112, 84)
SOURCES = {
    "exif": QT_TRANSLATE_NOOP("CameraPanel", "from the photos' GPS"),
    "xmp": QT_TRANSLATE_NOOP("CameraPanel", "from the photos' XMP"),
    "manual": QT_TRANSLATE_NOOP("CameraPanel", "placed by hand"),
    "merged": QT_TRANSLATE_NOOP("CameraPanel", "mean of merged cameras"),
    "gpx": QT_TRANSLATE_NOOP("CameraPanel", "from a GPX track"),
    "neighbours": QT_TRANSLATE_NOOP("CameraPanel", "from the photos taken just before and after"),
}


def how_to_start(team_reviewer: bool = False) -> str:
    """The empty panel's help: the first steps of a survey; for a reviewer with no photos of
    her own (a coordinator), the sync that brings the team's cameras and the Review tab."""
    if team_reviewer:
        return _how_to_start([
            QCoreApplication.translate(
                "CameraPanel",
                "<b>Sync…</b> (Ctrl+Shift+Y) brings the team's cameras to this laptop, and "
                "their newest changes at every sync. Import photos only of a walk of your own.",
            ),
            QCoreApplication.translate(
                "CameraPanel",
                "Select a camera in the list or on the map to see its photos and what its "
                "volunteer recorded.",
            ),
            QCoreApplication.translate(
                "CameraPanel",
                "Check the <b>Review</b> tab for conflicts, new and changed cameras and likely "
                "duplicates between volunteers.",
            ),
        ])  # fmt: skip
    return _how_to_start([
        QCoreApplication.translate(
            "CameraPanel",
            "Import the photos of your walk: drop a folder on this window, or "
            "<b>Import photos</b> (Ctrl+I).",
        ),
        QCoreApplication.translate(
            "CameraPanel", "Photos taken a few metres and minutes apart become one camera."
        ),
        QCoreApplication.translate(
            "CameraPanel",
            "Select a camera in the list or on the map to see its photos and record what you "
            "saw: vendor, type, mount, direction.",
        ),
        QCoreApplication.translate(
            "CameraPanel",
            "Check the <b>Warnings</b> tab for likely duplicates and cameras without a position.",
        ),
    ])  # fmt: skip


def _how_to_start(steps: list[str]) -> str:
    title = QCoreApplication.translate("CameraPanel", "How to start")
    return (
        f"<p style='font-size:13pt;color:#343a40'><b>{title}</b></p>"
        "<ol style='margin-left:-20px'>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>"
    )


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color:#6c757d;font-size:11pt;padding:24px")
    return label


def merged_text(went: MergedAway) -> str:
    """Where a pulled merge took a camera, and by whom when the server said (the camera panel
    and the comparison of a likely duplicate say it alike)."""
    if went.by:
        return QCoreApplication.translate(
            "CameraPanel",
            "This camera was merged into camera {camera} by {who} (brought by a sync).",
        ).format(camera=went.camera, who=went.by)
    return QCoreApplication.translate(
        "CameraPanel", "This camera was merged into camera {camera} (brought by a sync)."
    ).format(camera=went.camera)


def _holds(details: CameraDetails, key: str, text: str) -> bool:
    """Whether the camera ``details`` shows holds ``text`` for ``key`` already (its notes hold
    it among theirs)."""
    if key == "notes":
        return not text.strip() or text in details.values.get("notes", "")
    if key == "vendor":
        known = {details.vendor_slug or "", details.values.get("manufacturer", "")}
        return text.casefold() in {name.casefold() for name in known}
    return key in details.values and details.values[key] == text


class CameraPanel(QWidget):
    """Shows one camera (or what a multi-selection can do); ``open_photo(PhotoView)``."""

    open_photo = Signal(object)
    delete_requested = Signal()
    # The photos of the camera shown (a list of PhotoView, empty when none or several are
    # selected) and the one to show large first; a click on a thumbnail names another.
    photos_shown = Signal(object, int)
    photo_chosen = Signal(int)
    # What she typed could not be saved (its camera was deleted under her), or was saved over
    # a value stored while she typed: the message.
    lost = Signal(str)

    def __init__(
        self,
        session_factory: Callable[[], Session],
        library: Path,
        changes: Changes,
        selection: Selection,
        editor: Editor,
    ) -> None:
        super().__init__()
        self.setObjectName("CameraPanel")
        self._session_factory, self._library = session_factory, library
        self._selection, self._editor = selection, editor
        self.details: CameraDetails | None = None

        self.stack = QStackedWidget()
        self.empty = _hint(how_to_start())
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(self.empty)
        self._say_how_to_start()

        # Several cameras selected: merge or delete them.
        many = QWidget()
        many_layout = QVBoxLayout(many)
        many_layout.setContentsMargins(16, 24, 16, 16)
        self.many_label = QLabel()
        self.many_label.setWordWrap(True)
        self.many_label.setStyleSheet("font-size:12pt")
        self.merge_button = QPushButton(self.tr("Merge into one camera"))
        self.merge_button.setToolTip(
            self.tr(
                "The first selected camera keeps its values; empty ones are filled from the others"
            )
        )
        self.merge_button.clicked.connect(lambda: self._editor.merge(self._selection.ids))
        delete_many = QPushButton(self.tr("Delete selected cameras…"))
        delete_many.clicked.connect(self.delete_requested)
        many_layout.addWidget(self.many_label)
        many_layout.addWidget(self.merge_button)
        many_layout.addWidget(delete_many)
        many_layout.addStretch(1)
        self.stack.addWidget(many)

        # One camera.
        one = QWidget()
        layout = QVBoxLayout(one)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long vendor name never widens the panel (Columns)
        self.title.setStyleSheet("font-size:13pt;font-weight:600")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.street = QLabel()
        self.street.setObjectName("CameraStreet")
        self.street.setWordWrap(True)
        self.street.setStyleSheet("font-size:11pt;color:#343a40")
        self.street.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The team's review: shown to everyone, chosen by reviewers and admins only.
        self.review_label = QLabel(self.tr("Team review:"))
        self.review = QComboBox()
        self.review.setObjectName("CameraReview")
        for state in REVIEW_LABELS:
            self.review.addItem(review_text(state), state)
        self.review.activated.connect(self._reviewed)
        self.review_label.setBuddy(self.review)
        # A verified camera without a position stays off the published map until placed.
        self.review_note = QLabel()
        self.review_note.setObjectName("CameraReviewNote")
        self.review_note.setWordWrap(True)
        self.review_note.setStyleSheet("color:#856404")
        self.review_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.setVisible(False)
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.position.setStyleSheet("color:#495057")
        self.back_button = QPushButton(self.tr("Back to the photos' GPS position"))
        self.back_button.setToolTip(
            self.tr("Undo the placement by hand: the mean of the photos' GPS positions")
        )
        self.back_button.clicked.connect(self._back_to_gps)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setGridSize(QSize(THUMB.width() + 12, THUMB.height() + 30))
        self.photos.setFlow(QListWidget.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setFixedHeight(THUMB.height() + 44)
        self.photos.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.photos.setToolTip(self.tr("Double-click to open; select photos to split them off"))
        self.photos.itemDoubleClicked.connect(self._open)
        self.photos.itemClicked.connect(lambda item: self.photo_chosen.emit(self.photos.row(item)))
        self.photos.itemSelectionChanged.connect(self._photos_selected)
        self.split_button = QPushButton(self.tr("Split off selected photos"))
        self.split_button.setEnabled(False)
        self.split_button.clicked.connect(self._split)
        self.delete_button = QPushButton(self.tr("Delete camera…"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("color:#6c757d;font-style:italic")
        self.locked.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.split_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.form = CameraForm()
        self.form.wheel_guard.guard(self.review)  # a review decision is never scrolled into
        self.form.edited.connect(self._edited)
        self._replacing: str | None = None
        self.form.replaced.connect(self._replaced)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color:#dee2e6")
        layout.addWidget(self.title)
        layout.addWidget(self.street)
        review = QHBoxLayout()
        review.addWidget(self.review_label)
        review.addWidget(self.review)
        review.addStretch(1)
        layout.addLayout(review)
        for widget in (self.review_note, self.position, self.locked):
            layout.addWidget(widget)
        back = QHBoxLayout()
        back.addWidget(self.back_button)
        back.addStretch(1)
        layout.addLayout(back)
        layout.addWidget(self.photos)
        layout.addLayout(buttons)
        layout.addWidget(line)
        layout.addWidget(self.form)
        layout.addStretch(1)
        scroll = FittingScroll()
        scroll.setWidget(one)
        self.stack.addWidget(scroll)
        self.form_scroll = scroll

        # The camera shown went into another through a pull: where, by whom, and a way there.
        self.gone = QWidget()
        gone_layout = QVBoxLayout(self.gone)
        gone_layout.setContentsMargins(16, 24, 16, 16)
        self.gone_label = QLabel()
        self.gone_label.setObjectName("CameraMergedAway")
        self.gone_label.setWordWrap(True)
        self.gone_label.setStyleSheet("font-size:12pt")
        self.gone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_survivor = QPushButton(self.tr("Show the camera it went into"))
        self.show_survivor.clicked.connect(self._show_survivor)
        self._survivor: uuid.UUID | None = None
        survivor = QHBoxLayout()
        survivor.addWidget(self.show_survivor)
        survivor.addStretch(1)
        # What she was typing as the pull took the camera: kept here, put on the camera it
        # went into only by her click (never behind her back: it may hold a teammate's values).
        self.typed_label = QLabel()
        self.typed_label.setObjectName("CameraTypedNotSaved")
        self.typed_label.setWordWrap(True)
        self.typed_label.setStyleSheet("color:#856404")
        self.typed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed_label.setVisible(False)
        self.put_typed = QPushButton(self.tr("Put what you typed on the camera it went into"))
        self.put_typed.clicked.connect(self._put_typed)
        self.put_typed.setVisible(False)
        self._typed: tuple[dict[str, str], str] | None = None
        # What she saved in the camera shown (by its id, with its notes as first shown): a
        # sync that pushes it and brings a teammate's merge of that camera finds it not
        # applied, and it is offered on the camera it went into as what she typed is.
        self._saved: tuple[uuid.UUID, dict[str, str], str] | None = None
        put = QHBoxLayout()
        put.addWidget(self.put_typed)
        put.addStretch(1)
        gone_layout.addWidget(self.gone_label)
        gone_layout.addWidget(self.typed_label)
        gone_layout.addLayout(put)
        gone_layout.addLayout(survivor)
        gone_layout.addStretch(1)
        self.stack.addWidget(self.gone)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        selection.changed.connect(self._selection_changed)
        changes.data_changed.connect(self._changed)

    def _selection_changed(self, _ids: tuple[str, ...]) -> None:
        self.reload()

    def _say_how_to_start(self) -> None:
        """The empty panel's steps for who works on this laptop (known after a sync)."""
        with self._session_factory() as session:
            editor = current_editor(session)
            mine = select(Photo.id).where(Photo.deleted.is_(False)).limit(1)
            if editor.name is not None:
                mine = mine.where((Photo.owner.is_(None)) | (Photo.owner == editor.name))
            coordinator = editor.reviews and session.scalar(mine) is None
        self.empty.setText(how_to_start(coordinator))

    def _changed(self, changed: Changed) -> None:
        if changed.everything:
            self._say_how_to_start()
        if changed.everything or (
            self.details is not None and str(self.details.id) in (changed.camera_ids or ())
        ):
            self.reload()

    def reload(self) -> None:
        """Show what the selection names, read fresh from the database."""
        ids = self._selection.ids
        went = None
        if self.details is not None and ids != (str(self.details.id),):
            went = self._leave(self.details)
        if not ids and went is not None:  # it left the list as a pull merged it away
            self._show_merged(went)
            return
        if len(ids) > 1:
            self.details = None
            count = len(ids)
            self.many_label.setText(
                self.tr("%n cameras selected.", "", count)
                + "\n\n"
                + self.tr(
                    "Merging keeps every photo; the first selected camera's values win, empty"
                    " ones are filled from the others and notes are joined."
                )
            )
            self.stack.setCurrentIndex(1)
            self.photos_shown.emit([], 0)
            return
        if not ids:
            self.details = None
            if self.stack.currentWidget() is not self.gone:  # said until she picks another
                self.stack.setCurrentIndex(0)
            self.photos_shown.emit([], 0)
            return
        try:
            with self._session_factory() as session:
                details = camera_details(session, ids[0], self._library)
        except CameraNotFoundError:
            if self.details is not None:
                went = self._leave(self.details)
            if went is not None:
                self._show_merged(went)
                return
            self.details = None
            self.stack.setCurrentIndex(0)
            self.photos_shown.emit([], 0)
            return
        same = self.details is not None and self.details.id == details.id
        # From one camera to the next the form stays where the volunteer scrolled it (one
        # field filled camera after camera); after no camera or several (a merge) there is no
        # place to keep, and a stale one cut the title at the top: it starts at the top.
        fresh = self.stack.currentIndex() != 2
        self.details = details
        self._show(details, keep_photo_selection=same)
        self.stack.setCurrentIndex(2)
        if fresh:
            self.form_scroll.verticalScrollBar().setValue(0)
        self.photos_shown.emit(list(details.photos), 0)

    def _show(self, details: CameraDetails, keep_photo_selection: bool) -> None:
        # No vendor yet is the normal state of a new camera, not an error.
        maker = details.values.get("manufacturer") or self.tr("Camera (vendor not identified yet)")
        kind = details.values.get("camera:type")
        kind_text = QCoreApplication.translate("osm", kind) if kind else ""
        self.title.setText(f"{maker}" + (f" · {kind_text}" if kind else ""))
        if details.latitude is None or details.longitude is None:
            where = (  # a teammate's camera: a click on the map would be refused
                self.tr("No position yet: click the map to place it.")
                if details.editable
                else self.tr("No position yet.")
            )
        else:
            known = details.position_source or ""
            source = self.tr(SOURCES[known]) if known in SOURCES else known
            latitude = decimal(details.latitude, 6)
            longitude = decimal(details.longitude, 6)
            where = f"{latitude}; {longitude} — {source}"
            if details.position_accuracy is not None:
                where += " " + self.tr("(± {metres} m)").format(
                    metres=decimal(details.position_accuracy, 0)
                )
        if details.pending:
            sync = self.tr("changed since last sync")
        elif details.refused:
            sync = self.tr("a change refused by the server: see Sync")
        else:
            sync = self.tr("synced")
        count = len(details.photos)
        photos = self.tr("%n photos", "", count)
        self.position.setText(f"{where}\n{photos} · {sync}")
        street = self._street_of(details)
        self.street.setText(street or "")
        self.street.setVisible(bool(street))
        # A camera placed by hand can go back where its photos' GPS put it.
        self.back_button.setVisible(
            details.position_source == "manual"
            and any(p.latitude is not None for p in details.photos)
        )
        self.title.setToolTip(self.tr("camera {id}").format(id=details.id))
        chosen = {item.data(Qt.ItemDataRole.UserRole).id for item in self.photos.selectedItems()}
        self.photos.clear()
        for photo in details.photos:
            item = QListWidgetItem(self._icon(photo), self._time(photo))
            item.setData(Qt.ItemDataRole.UserRole, photo)
            bearing = (
                "\n"
                + self.tr("bearing {degrees}°").format(degrees=decimal(photo.bearing, 0))
                + (f" {photo.bearing_ref}" if photo.bearing_ref else "")
                if photo.bearing is not None
                else ""
            )
            taken = moment(photo.taken) if photo.taken else self.tr("no time")
            notes = "".join(f"\n{warning}" for warning in photo.warnings)
            item.setToolTip(f"{photo.file_name}\n{taken}{bearing}{notes}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.photos.addItem(item)
            if keep_photo_selection and photo.id in chosen:
                item.setSelected(True)
        self._show_review(details)
        self.form.load(details)
        # The server lets volunteers change only what they mapped: nothing here is offered
        # that it would refuse.
        self.form.setEnabled(details.editable)
        # Whose camera it is, whenever it is a teammate's: a reviewer changing it is told so.
        self.locked.setText(
            (
                self.tr("Mapped by {owner}: your changes reach them with the next sync.")
                if details.editable
                else self.tr("Mapped by {owner}: only they or a reviewer can change it.")
            ).format(owner=details.owner)
        )
        self.locked.setVisible(details.teammates or not details.editable)
        self.delete_button.setEnabled(details.editable)
        self.back_button.setEnabled(details.editable)
        self._photos_selected()

    def _show_review(self, details: CameraDetails) -> None:
        while self.review.count() > len(REVIEW_LABELS):  # another camera's unknown state
            self.review.removeItem(self.review.count() - 1)
        index = self.review.findData(details.review)
        if index < 0:  # a state a newer SurveyApp knows: shown as it is stored
            self.review.addItem(details.review, details.review)
            index = self.review.count() - 1
        self.review.setCurrentIndex(index)
        self.review.setEnabled(details.may_review)
        self.review.setToolTip(
            self.tr("Your decision reaches the team with the next sync")
            if details.may_review
            else self.tr("Set by the team's reviewers (the server says at each sync who is one)")
        )
        # Said until the camera is placed or the team's review is another.
        unplaced = details.latitude is None or details.longitude is None
        self.review_note.setVisible(details.review == "verified" and unplaced)
        self.review_note.setText(
            self.tr(
                "This verified camera has no position: the published map shows it once it is "
                "placed."
            )
        )

    def _reviewed(self, index: int) -> None:
        state = self.review.itemData(index)
        if self.details is not None and state and state != self.details.review:
            self._editor.review(str(self.details.id), str(state))

    def _street_of(self, details: CameraDetails) -> str | None:
        with self._session_factory() as session:
            rows = camera_rows(session, [details.id])
        return rows[0].street if rows else None

    def _back_to_gps(self) -> None:
        if self.details is not None:
            self._editor.restore_position(str(self.details.id))

    def _time(self, photo: PhotoView) -> str:
        """The capture time under a thumbnail, as the language writes times."""
        return clock(photo.taken) if photo.taken else self.tr("no time")

    @staticmethod
    def _icon(photo: PhotoView) -> QIcon:
        pixmap = QPixmap()
        if not (photo.thumbnail and pixmap.loadFromData(photo.thumbnail)):
            pixmap = QPixmap(THUMB)
            pixmap.fill(Qt.GlobalColor.lightGray)
        return QIcon(pixmap)

    def selected_photos(self) -> list[uuid.UUID]:
        """The ids of the photos selected in the strip."""
        return [item.data(Qt.ItemDataRole.UserRole).id for item in self.photos.selectedItems()]

    def _photos_selected(self) -> None:
        count = len(self.photos.selectedItems())
        total = self.photos.count()
        # Splitting every photo off would only leave an empty camera behind.
        editable = self.details is None or self.details.editable
        # Her own photos may leave a teammate's camera (a reviewer merged them into it).
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.photos.selectedItems()]
        editable = editable or all(photo.mine for photo in chosen)
        self.split_button.setEnabled(editable and 0 < count < total)
        self.split_button.setText(
            self.tr("Split off %n photos", "", count)
            if count
            else self.tr("Split off selected photos")
        )

    def _split(self) -> None:
        photos = self.selected_photos()
        if photos:
            self._editor.split(photos)

    def _show_merged(self, went: MergedAway) -> None:
        """Say where the camera shown went, in place of its form, with a way there."""
        self.details = None
        self._survivor = went.camera
        self.gone_label.setText(merged_text(went))
        typed = self._typed[0] if self._typed is not None else {}
        editable = False
        if typed:
            with self._session_factory() as session:
                survivor = session.get(Camera, went.camera)
                editable = survivor is not None and current_editor(session).may_edit(survivor)
                there = camera_details(session, went.camera, self._library)
            # What the camera it went into holds already is not offered again (her edit
            # reached the server before the merge, which kept it).
            typed = {key: text for key, text in typed.items() if not _holds(there, key, text)}
            if self._typed is not None:
                self._typed = (typed, self._typed[1]) if typed else None
            said = self.tr("What you typed has not been saved: {typed}.").format(
                typed=self._typed_text(typed)
            )
            if not editable:  # the server would refuse it: she is told who can make it
                said += " " + self.tr(
                    "Camera {camera} is a teammate's: only they or a reviewer can change it."
                ).format(camera=went.camera)
            self.typed_label.setText(said)
        self.typed_label.setVisible(bool(typed))
        self.put_typed.setVisible(bool(typed) and editable)
        self.stack.setCurrentWidget(self.gone)
        self.photos_shown.emit([], 0)

    def _show_survivor(self) -> None:
        if self._survivor is not None:
            self._selection.set([str(self._survivor)])

    def _typed_text(self, typed: dict[str, str]) -> str:
        """What she typed, each field by the name the form shows, as the language writes a
        list of values ("Operator : police" in French)."""
        shown = [
            QCoreApplication.translate("sync", "{field}: {value}").format(
                field=self.form.label(key), value=text
            )
            for key, text in typed.items()
        ]
        joined = shown[0] if shown else ""
        for more in shown[1:]:
            joined = QCoreApplication.translate("sync", "{first}; {then}").format(
                first=joined, then=more
            )
        return joined

    def _put_typed(self) -> None:
        """Her typing on the camera the pull merged hers into, as an edit of that camera (its
        notes, which the merge joined, kept before hers); then that camera is shown."""
        if self._typed is None or self._survivor is None:
            return
        (typed, base), survivor = self._typed, self._survivor
        values = dict(typed)
        if "notes" in values:
            with self._session_factory() as session:
                camera = session.get(Camera, survivor)
                notes = (camera.notes if camera is not None else None) or ""
            mine = values["notes"]
            if base and mine.startswith(base) and base in notes:
                # The merge joined the notes she typed over into that camera's: hers take
                # their place there (they hold them), not a second copy after them.
                values["notes"] = notes.replace(base, mine, 1)
            else:
                values["notes"] = both_notes(base, notes, mine)
        self.put_typed.setEnabled(False)
        task = self._editor.set_fields(str(survivor), values)

        def saved(_result: object) -> None:
            self._typed = None
            self.put_typed.setEnabled(True)
            self._selection.set([str(survivor)])

        # Refused (the camera went meanwhile, a value not allowed): the editor says why, and
        # what she typed is still offered here.
        task.finished.connect(saved)
        task.failed.connect(lambda _error: self.put_typed.setEnabled(True))

    def _leave(self, left: CameraDetails) -> MergedAway | None:
        """Save what she typed in the form and has not left yet, as the panel stops showing
        ``left`` without her leaving the field: a sync or another program merged the camera
        into another (saved there, which the panel then shows) or deleted it (she is told what
        was not saved). Before, the panel emptied and her typing was dropped without a word.

        A teammate's merge that a pull brought (``merged_away``) is returned: the panel says
        where the camera went. What she typed is not put on that camera behind her back (it
        may be a teammate's): she is told where it went and what was not saved, and the panel
        offers to put it there when she may change that camera; so is what she saved in the
        camera while it was shown (a push that meets the merge does not apply it)."""
        typed, base = self.form.take_unsaved()
        with self._session_factory() as session:
            went = merged_away(session, left.id)
        self._typed = None
        if went is not None:
            # With what she saved in it: the sync that brought the merge found that not applied.
            saved: dict[str, str] = {}
            shown_notes = base
            if self._saved is not None and self._saved[0] == left.id:
                _id, saved, shown_notes = self._saved
            offered = {**saved, **typed}
            if offered:
                self._typed = (offered, base if "notes" in typed else shown_notes)
        self._saved = None
        if not typed:
            return went
        shown = self._typed_text(typed)
        if went is not None:
            said = (
                self.tr(
                    "The camera was merged into camera {camera} by {who} (brought by a sync): "
                    "what you typed was not saved ({typed})"
                )
                if went.by
                else self.tr(
                    "The camera was merged into camera {camera} (brought by a sync): what you "
                    "typed was not saved ({typed})"
                )
            )
            self.lost.emit(said.format(camera=went.camera, who=went.by, typed=shown))
            return went
        with self._session_factory() as session:
            now = camera_now(session, left)
            notes = None if now is None else session.get_one(Camera, now).notes
        if now is None:
            self.lost.emit(
                self.tr(
                    "The camera was deleted meanwhile (by a sync or another program): what you "
                    "typed was not saved ({typed})"
                ).format(typed=shown)
            )
            return None
        if "notes" in typed:  # what a merge gave the camera stays with hers
            typed["notes"] = both_notes(base, notes or "", typed["notes"])
        self._editor.set_fields(str(now), typed)
        if now != left.id and self._selection.ids in ((), (str(left.id),)):
            # After the selection's listeners have all heard of the change under way.
            QTimer.singleShot(0, self, lambda: self._selection.set([str(now)]))
        return None

    def _replaced(self, message: str) -> None:
        self._replacing = message  # said once the edit that replaces it is saved

    def _edited(self, values: dict[str, str]) -> None:
        notice, self._replacing = self._replacing, None
        if self.details is not None:
            if self._saved is None or self._saved[0] != self.details.id:
                self._saved = (self.details.id, {}, self.details.values.get("notes", ""))
            self._saved[1].update(values)
            task = self._editor.set_fields(str(self.details.id), values)
            if notice:
                task.finished.connect(lambda _result: self.lost.emit(notice))

    def _open(self, item: QListWidgetItem) -> None:
        self.open_photo.emit(item.data(Qt.ItemDataRole.UserRole))
