"""The Review tab, for reviewers and admins: conflicts with both values and a one-click choice,
cameras new or changed since the reviewer last looked, likely duplicates across volunteers
(side by side, Merge / Not the same), and the team's refused changes.

Every decision is an edit of the laptop's database (surveyapp/cameras/review.py), sent by the
next sync like any other; the lists are read in the background, the conflicts and refusals from
the team's server with the token the keyring keeps.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveyapp.cameras import operations
from surveyapp.cameras.details import camera_details
from surveyapp.cameras.permissions import current_editor
from surveyapp.cameras.review import (
    TeamLine,
    changed_since,
    cross_volunteer_duplicates,
    decide_conflict,
    mark_distinct,
    set_review,
    team_overview,
    unplaced_verified,
)
from surveyapp.db.models import Camera, Outbox
from surveyapp.protocol.fields import BY_RECORD
from surveyapp.protocol.refusals import reason_said
from surveyapp.sync.client import RequestError, RetryPolicy, SyncClient, SyncError
from surveyapp.sync.status import last_server
from surveyapp.ui.camera_table import review_text
from surveyapp.ui.changes import Changes, Selection
from surveyapp.ui.flow import FlowLayout
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.settings import Settings
from surveyapp.ui.sync_dialog import stored_token
from surveyapp.ui.tasks import Task, TaskRunner

LAST_LOOKED = "review/last_looked"
THUMB = 150
LIST_TIMEOUT = 15.0  # seconds a server may take to begin answering the Review tab's lists
WORDS_WIDTH = 260  # pixels at most for a conflict's words: the button beside stays in view
NAME_WIDTH = 60  # pixels at least for a conflict's camera and field when the buttons need room
# A conflict's field in the reviewer's words where OpenStreetMap has no key for it (the others
# are shown by their OSM key, as the camera's form names them)
FIELD_WORDS = {
    "survey_id": QT_TRANSLATE_NOOP("ReviewPanel", "its survey"),
    "latitude": QT_TRANSLATE_NOOP("ReviewPanel", "position (latitude)"),
    "longitude": QT_TRANSLATE_NOOP("ReviewPanel", "position (longitude)"),
    "position_source": QT_TRANSLATE_NOOP("ReviewPanel", "where its position came from"),
    "position_accuracy": QT_TRANSLATE_NOOP("ReviewPanel", "position accuracy"),
    "vendor_slug": QT_TRANSLATE_NOOP("ReviewPanel", "vendor (catalogue entry)"),
    "extra_tags": QT_TRANSLATE_NOOP("ReviewPanel", "extra OSM tags"),
    "review_state": QT_TRANSLATE_NOOP("ReviewPanel", "the team's review"),
    "distinct_from": QT_TRANSLATE_NOOP("ReviewPanel", "cameras found not to be the same"),
}


@dataclass(frozen=True)
class ReviewData:
    """What the Review tab shows, as plain values (read off the GUI thread)."""

    me: str | None = None
    server: str | None = None
    labels: dict[str, str] = field(default_factory=dict)  # camera id → "Hikvision dome 1a2b…"
    # id, owner, when it reached the server (or was changed here), review, whether a change
    # made here waits to be sent
    changed: tuple[tuple[str, str, str, str, bool], ...] = ()
    duplicates: tuple[tuple[str, str, str, str, float], ...] = ()  # ids, owners, metres
    thumbnails: dict[str, bytes] = field(default_factory=dict)  # a camera's first photo
    conflicts: tuple[dict[str, Any], ...] = ()
    refused: tuple[dict[str, Any], ...] = ()
    server_note: str = ""  # why the server's lists are missing
    server_read: bool = False  # whether conflicts and refused were read from the server
    team: tuple[TeamLine, ...] = ()


def _label(camera: Camera) -> str:
    kind = QCoreApplication.translate("osm", camera.camera_type) if camera.camera_type else None
    words = [camera.manufacturer or camera.brand, kind, str(camera.id)[:8]]
    return " ".join(word for word in words if word)


def read_review(session: Session, library: Path, since: datetime | None) -> ReviewData:
    """Everything but the server's lists, from the laptop's database."""
    editor = current_editor(session)
    server = last_server(session)
    labels: dict[str, str] = {}
    changed = []
    listed = changed_since(session, since, editor.name)[:500]
    # A pulled camera's time is the server's, when the change reached it: a laptop does not
    # send when its edit was made. One changed here and not sent yet has its edit's time.
    waiting = set(
        session.scalars(
            select(Outbox.record_id).where(
                Outbox.state == "pending", Outbox.record_id.in_([c.id for c in listed])
            )
        )
    )
    for camera in listed:
        labels[str(camera.id)] = _label(camera)
        when = camera.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        changed.append(
            (str(camera.id), camera.owner or "", when, camera.review_state, camera.id in waiting)
        )
    duplicates = []
    thumbnails: dict[str, bytes] = {}
    for pair in cross_volunteer_duplicates(session, editor.name)[:200]:
        ids = (str(pair.first), str(pair.second))
        for camera_id in ids:
            details = camera_details(session, camera_id, library)
            found = session.get(Camera, uuid.UUID(camera_id))
            labels[camera_id] = _label(found) if found is not None else camera_id[:8]
            if details.photos and details.photos[0].thumbnail:
                thumbnails[camera_id] = details.photos[0].thumbnail
        owners = (pair.first_owner or "", pair.second_owner or "")
        duplicates.append((*ids, *owners, pair.metres))
    team = tuple(team_overview(session, editor.name))
    return ReviewData(
        editor.name, server, labels, tuple(changed), tuple(duplicates), thumbnails, team=team
    )


def camera_labels(session: Session, ids: set[str]) -> dict[str, str]:
    """Short names of the cameras among ``ids`` (others are not cameras, or not here)."""
    wanted = []
    for text in ids:
        try:
            wanted.append(uuid.UUID(text))
        except ValueError:
            continue
    if not wanted:
        return {}
    cameras = session.scalars(select(Camera).where(Camera.id.in_(wanted)))
    return {str(camera.id): _label(camera) for camera in cameras}


def read_server_lists(
    server: str | None, token: str, task: Task | None = None
) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The open conflicts and the team's refused changes (raises SyncError); cancelling
    ``task`` (the app closing) ends the wait for the server at once."""
    if not server:
        raise SyncError(
            QCoreApplication.translate(
                "ReviewPanel", "this laptop has not synced with the team's server yet"
            )
        )
    if not token:  # synced from the command line without --save-token, or no keyring
        raise SyncError(
            QCoreApplication.translate(
                "ReviewPanel",
                "no token for this server: sync from the Sync dialog (Remember keeps it), "
                "then Refresh",
            )
        )
    # A sync's patience (six tries of thirty seconds) left the tab silent for minutes while a
    # server hung; these lists are read again at the next Refresh, so two short tries will do.
    with SyncClient(server, token, retry=RetryPolicy(attempts=2), timeout=LIST_TIMEOUT) as client:
        if task is not None:
            task.on_cancel(client.stop)
        return tuple(client.conflicts()), tuple(client.refused())


class ReviewPanel(QWidget):
    """Four lists and the buttons that decide; every decision is one transaction.

    ``pair_chosen(list[str])``: the coordinator chose a likely duplicate pair (the map shows
    the two apart)."""

    pair_chosen = Signal(object)

    def __init__(
        self,
        session_factory: Callable[[], Session],
        read_session: Callable[[], Session],
        library: Path,
        changes: Changes,
        selection: Selection,
        tasks: TaskRunner,
        settings: Settings,
    ) -> None:
        super().__init__()
        self.setObjectName("ReviewPanel")
        self._session, self._read, self._library = session_factory, read_session, library
        self._changes, self._selection, self._tasks = changes, selection, tasks
        self._settings = settings
        self.data = ReviewData()
        self._reads = 0  # refreshes started: only the newest one's lists are shown
        self.status = QLabel()
        self._note = ""  # what the last review said (verified cameras without a position)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs = QTabWidget()
        self.conflicts = self._tree([self.tr("Camera"), self.tr("Field"), self.tr("Keep"),
                                     self.tr("Or take")])  # fmt: skip
        self.changed = self._tree([self.tr("Camera"), self.tr("Mapped by"),
                                   self.tr("Reached server"), self.tr("Review")])  # fmt: skip
        self.changed.headerItem().setToolTip(2, self.reached_words())
        self.duplicates = self._tree([self.tr("Camera"), self.tr("Same as"), self.tr("Metres")])
        # How many times next to who: a flood's count in view, never beyond a long reason.
        self.refused = self._tree([self.tr("Who"), self.tr("Times"), self.tr("When"),
                                   self.tr("Camera"), self.tr("Why")])  # fmt: skip
        self.refused.headerItem().setToolTip(1, self.times_words())
        changed_box, self.review_buttons = self._with_buttons(self.changed, [
            (self.tr("Verify"), lambda: self._review("verified")),
            (self.tr("Dispute"), lambda: self._review("disputed")),
            (self.tr("Removed"), lambda: self._review("removed")),
            (self.tr("Mark all as seen"), self.mark_seen),
        ])  # fmt: skip
        self.left_photo, self.right_photo = QLabel(), QLabel()
        for photo in (self.left_photo, self.right_photo):
            photo.setFixedSize(THUMB, THUMB)
            photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
            photo.setStyleSheet("background: #eee;")
        duplicates_box, self.pair_buttons = self._with_buttons(self.duplicates, [
            (self.tr("Merge"), self.merge_pair), (self.tr("Not the same"), self.not_same),
        ])  # fmt: skip
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.left_photo)
        side_by_side.addWidget(self.right_photo)
        side_by_side.addStretch(1)
        duplicates_box.layout().insertLayout(1, side_by_side)  # type: ignore[union-attr]
        # A teammate's token pushing the same change again and again makes as many conflicts:
        # they go in one click, only those of the sender chosen that the list shows.
        conflicts_box, [self.sender_button] = self._with_buttons(
            self.conflicts, [(self.tr("Mark all from the sender reviewed"), self.resolve_sender)]
        )
        self.tabs.addTab(conflicts_box, self.tr("Conflicts"))
        self.tabs.addTab(changed_box, self.tr("New and changed"))
        self.tabs.addTab(duplicates_box, self.tr("Duplicates"))
        # A row goes with all its times; a sender's rows go at once (a token aiming at many
        # cameras in turn), only those the list shows.
        refused_box, [self.refused_button, self.refused_sender_button] = self._with_buttons(
            self.refused, [(self.tr("Mark reviewed"), self.review_refused),
                           (self.tr("Mark all from the sender reviewed"),
                            self.review_refused_sender)],
        )  # fmt: skip
        self.tabs.addTab(refused_box, self.tr("Refused"))
        self.team = self._tree([
            self.tr("Volunteer"), self.tr("Cameras"), self.tr("Verified"), self.tr("Waiting"),
            self.tr("Disputed"), self.tr("Last day"),
        ])  # fmt: skip
        self.tabs.addTab(self.team, self.tr("Team"))
        # Until the coordinator chooses a list herself, the tab shows the first one with
        # something to do (the Conflicts list, empty, hid the new cameras behind it).
        self._list_chosen = False
        self._choosing = False
        self.tabs.currentChanged.connect(self._list_changed)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.conflicts.viewport().installEventFilter(self)  # its columns follow its width
        self.conflicts.itemSelectionChanged.connect(self._sender_chosen)
        self.refused.itemSelectionChanged.connect(self._refused_chosen)
        self.duplicates.itemSelectionChanged.connect(self._show_pair)
        for tree in (self.changed, self.duplicates):
            tree.itemSelectionChanged.connect(lambda tree=tree: self._select_cameras(tree))
            tree.itemSelectionChanged.connect(self._enable_buttons)
        self.duplicates.itemSelectionChanged.connect(self._pair_chosen)  # after the selection
        self.review_buttons = self.review_buttons[:3]  # "Mark all as seen" needs no selection
        self._enable_buttons()
        self._sender_chosen()
        self._refused_chosen()
        changes.data_changed.connect(lambda _changed: self.refresh())

    # -- layout helpers ------------------------------------------------------------------------

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        return tree

    def _with_buttons(
        self, tree: QTreeWidget, buttons: list[tuple[str, Callable[[], object]]]
    ) -> tuple[QWidget, list[QPushButton]]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tree, 1)
        row = FlowLayout()  # wraps in a narrow list column instead of widening it
        made = []
        for text, action in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, action=action: action())
            row.addWidget(button)
            made.append(button)
        layout.addLayout(row)
        return box, made

    def _enable_buttons(self) -> None:
        """A decision needs a row to act on: without one its button is greyed, not silent."""
        for buttons, tree in ((self.review_buttons, self.changed),
                              (self.pair_buttons, self.duplicates)):  # fmt: skip
            for button in buttons:
                button.setEnabled(bool(tree.selectedItems()))

    # -- reading -------------------------------------------------------------------------------

    def last_looked(self) -> datetime | None:
        """When the reviewer last marked the new and changed cameras as seen."""
        text = self._settings.store.value(LAST_LOOKED, "")
        try:
            return datetime.fromisoformat(str(text)) if text else None
        except ValueError:
            return None

    def refresh(self) -> Task:
        """Read the lists again (the server's too, when a token is kept for it)."""
        read, library, since = self._read, self._library, self.last_looked()

        def work(task: Task) -> ReviewData:
            with read() as session:
                data = read_review(session, library, since)
            token = stored_token(data.server) if data.server else ""
            try:
                conflicts, refused = read_server_lists(data.server, token, task)
            except (SyncError, OSError) as error:
                return dataclasses.replace(data, server_note=str(error))
            named = {str(c.get("record_id")) for c in conflicts}
            named |= {str(r) for refusal in refused for r in refusal.get("records") or []}
            with read() as session:
                labels = {**data.labels, **camera_labels(session, named - set(data.labels))}
            return dataclasses.replace(
                data, conflicts=conflicts, refused=refused, labels=labels, server_read=True
            )

        self._reads += 1
        read_number = self._reads
        reading = self.tr("Reading the server's lists…")
        self.status.setText(
            f"{self._heading(self.data)}\n{reading}" if self.data.server else reading
        )
        task = self._tasks.read("review", work)
        # A slower read started earlier never replaces what a later one showed.
        task.finished.connect(lambda data: self._show(data) if read_number == self._reads else None)
        # Never left saying it is reading: a read that failed says why, over the lists it had.
        task.failed.connect(
            lambda error: (
                self._show(dataclasses.replace(self.data, server_note=str(error)))
                if read_number == self._reads
                else None
            )
        )
        return task

    def reached_words(self) -> str:
        """What the time of a camera new or changed is (a laptop sends no edit's time)."""
        return self.tr(
            "When the camera's last change reached the team's server. When it was made on its "
            "volunteer's laptop is not sent: it may be days earlier."
        )

    def waiting_words(self) -> str:
        return self.tr("Changed on this laptop at this time: not sent yet (the next sync sends it)")

    def times_words(self) -> str:
        return self.tr(
            "How many times the server refused this change of this camera from this volunteer"
        )

    def _heading(self, data: ReviewData) -> str:
        return self.tr("Reviewing as {name} on {server}").format(
            name=data.me or "?", server=data.server or "?"
        )

    def _show(self, data: ReviewData) -> None:
        if data.server_note and data.server == self.data.server:
            # The server's lists could not be read again: the ones last read stay, under the
            # note (emptied, "Conflicts (0)" read as if every conflict had been decided).
            data = dataclasses.replace(
                data,
                conflicts=self.data.conflicts,
                refused=self.data.refused,
                labels={**self.data.labels, **data.labels},
                server_read=self.data.server_read,
            )
        self.data = data
        self.status.setText(
            self._heading(data)
            + (
                (
                    "\n"
                    + self.tr("The server's lists could not be read: {error}").format(
                        error=data.server_note
                    )
                )
                if data.server_note
                else ""
            )  # fmt: skip
            + (f"\n{self._note}" if self._note else "")
        )
        self._fill_conflicts(data)
        # The lists are filled anew: the rows chosen stay chosen wherever they move (a verified
        # camera goes to the top), so the next Verify acts on what the coordinator sees.
        chosen = {tree: [tuple(ids) for ids in self._selected(tree)]
                  for tree in (self.changed, self.duplicates)}  # fmt: skip
        blockers = [QSignalBlocker(tree) for tree in chosen]
        self.changed.clear()
        for camera_id, owner, when, review, waiting in data.changed:
            item = QTreeWidgetItem([data.labels.get(camera_id, camera_id[:8]), owner, when,
                                    review_text(review)])  # fmt: skip
            item.setToolTip(2, self.waiting_words() if waiting else self.reached_words())
            item.setData(0, Qt.ItemDataRole.UserRole, [camera_id])
            self.changed.addTopLevelItem(item)
        self.duplicates.clear()
        for first, second, owner_a, owner_b, metres in data.duplicates:
            item = QTreeWidgetItem([f"{data.labels.get(first, first[:8])} ({owner_a})",
                                    f"{data.labels.get(second, second[:8])} ({owner_b})",
                                    f"{metres:.0f}"])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, [first, second])
            self.duplicates.addTopLevelItem(item)
        for tree, kept in chosen.items():
            self._choose(tree, kept)
        for blocker in blockers:
            blocker.unblock()
        self._show_pair()
        self._enable_buttons()
        self.refused.clear()
        for refusal in data.refused:
            records = refusal.get("records") or [""]
            times = times_refused(refusal)
            item = QTreeWidgetItem([str(refusal.get("user") or ""), str(times),
                                    str(refusal.get("received_at") or "")[:16].replace("T", " "),
                                    data.labels.get(records[0], str(records[0])[:8]),
                                    reason_said(str(refusal.get("message") or ""))])  # fmt: skip
            first = str(refusal.get("first_received_at") or "")[:16].replace("T", " ")
            if first and times > 1:
                item.setToolTip(2, self.tr("First sent {when} UTC").format(when=first))
            item.setToolTip(1, self.times_words())
            item.setData(0, Qt.ItemDataRole.UserRole, refusal)
            self.refused.addTopLevelItem(item)
        self._refused_chosen()
        self.team.clear()
        for line in data.team:
            numbers = (line.cameras, line.verified, line.waiting, line.disputed)
            texts = [line.owner, *(str(n) for n in numbers), line.last_day or ""]
            self.team.addTopLevelItem(QTreeWidgetItem(texts))
        counts: list[int | str] = [len(data.conflicts), len(data.changed),
                                   len(data.duplicates), len(data.refused)]  # fmt: skip
        if not data.server_read:  # never given by the server: "(0)" read as none waiting
            counts[0] = counts[3] = "?"
        for index, count in enumerate(counts):
            title = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{title} ({count})")
        for tree in (self.conflicts, self.changed, self.duplicates, self.refused, self.team):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
        self._fit_conflicts()
        self._open_on_work(counts)

    def _list_changed(self, _index: int) -> None:
        if not self._choosing:
            self._list_chosen = True

    def _open_on_work(self, counts: list[int | str]) -> None:
        """Show the first list with rows, unless she chose one herself."""
        if self._list_chosen:
            return
        waiting = [index for index, count in enumerate(counts) if count not in (0, "?")]
        if waiting and waiting[0] != self.tabs.currentIndex():
            self._choosing = True
            try:
                self.tabs.setCurrentIndex(waiting[0])
            finally:
                self._choosing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.conflicts.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_conflicts()
        return super().eventFilter(watched, event)

    def _fit_conflicts(self) -> None:
        """The Keep and Or take buttons keep their width; the camera and the field (or the
        words of a conflict told in words, wrapped) share what is left of the list's width, so
        that every row's buttons are in view without scrolling sideways (the names are cut with
        "…", whole in their tooltips)."""
        tree = self.conflicts
        if tree.topLevelItemCount() == 0:
            return
        for column in (2, 3):
            tree.resizeColumnToContents(column)
        left = tree.viewport().width() - tree.columnWidth(2) - tree.columnWidth(3)
        camera = max(tree.sizeHintForColumn(0), tree.header().sectionSizeHint(0))
        field = min(max(tree.sizeHintForColumn(1), tree.header().sectionSizeHint(1)), WORDS_WIDTH)
        if camera + field > left:  # the camera gives up its room first, down to a short name
            camera = max(NAME_WIDTH, min(camera, left - field))
            field = max(NAME_WIDTH, min(field, left - camera))
        tree.setColumnWidth(0, camera)
        tree.setColumnWidth(1, field)
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            words = tree.itemWidget(item, 1) if item is not None else None
            if item is not None and isinstance(words, QLabel):
                # As wide as it would like (what the next fit asks for), as high as it wraps.
                item.setSizeHint(1, QSize(WORDS_WIDTH, words.heightForWidth(field) + 6))

    def _fill_conflicts(self, data: ReviewData) -> None:
        self.conflicts.clear()
        for conflict in data.conflicts:
            record = str(conflict.get("record_id"))
            name = str(conflict.get("field"))
            synced = BY_RECORD["camera"].get(name)
            shown = synced.osm_key if synced is not None and synced.osm_key else name
            if name in FIELD_WORDS:  # "review_state" was shown as the wire names it
                shown = QCoreApplication.translate("ReviewPanel", FIELD_WORDS[name])
            item = QTreeWidgetItem([data.labels.get(record, record[:8]), shown, "", ""])
            item.setToolTip(0, item.text(0))  # whole when its column is narrowed
            when = str(conflict.get("created_at") or "")[:16].replace("T", " ")
            concurrently = self.tr("changed concurrently, {when} UTC").format(when=when)
            item.setToolTip(1, f"{shown}\n{concurrently}")  # the field whole in a narrow list
            self.conflicts.addTopLevelItem(item)
            if name.startswith("_"):  # a delete, merge or move that went otherwise
                # In words, wrapped in its column, so that the button beside stays in view.
                item.setText(1, "")
                # Who sent it goes with the words: "Or take" has nothing to offer here.
                user = str(conflict.get("user") or "?")
                sent_by = self.tr("sent by {user}").format(user=user)
                words = QLabel(f"{self.what_happened(conflict)}\n{sent_by}")
                words.setToolTip(words.text())  # whole where a long word is cut in a narrow list
                lost = self.values_not_applied(conflict)
                if lost:
                    # The edit's values exist nowhere else now (its laptop took the deletion):
                    # shown, so that the reviewer can put a note or a type back by hand.
                    whole = "\n".join(f"{key}: {value}" for key, value in lost)
                    shown = "; ".join(f"{key}: {short(value)}" for key, value in lost)
                    words.setText(
                        words.text() + "\n" + self.tr("The edit: {values}").format(values=shown)
                    )
                    words.setToolTip(f"{words.toolTip()}\n{whole}")
                words.setWordWrap(True)
                words.setObjectName("ConflictWords")
                self.conflicts.setItemWidget(item, 1, words)
                item.setSizeHint(1, QSize(WORDS_WIDTH, words.heightForWidth(WORDS_WIDTH) + 6))
                item.setData(0, Qt.ItemDataRole.UserRole, conflict)  # its sender's, in one click
                button = self._button(
                    self.tr("Mark reviewed"), functools.partial(self.resolve, conflict)
                )
                self.conflicts.setItemWidget(item, 2, button)
                continue
            for column, key, who in ((2, "applied", "user"), (3, "previous", "previous_user")):
                value, user = str(conflict.get(key)), conflict.get(who) or "?"
                other = str(conflict.get("previous" if key == "applied" else "applied"))
                if name == "review_state":  # as the camera list says it ("removed" in English)
                    value, other = review_text(value), review_text(other)
                elif synced is not None and synced.kind == "choice":  # as the camera's form says it
                    value, other = (QCoreApplication.translate("osm", v) for v in (value, other))
                button = self._button(
                    f"{short(value, other)} ({user})", functools.partial(self.decide, conflict, key)
                )
                button.setToolTip(value)  # a long note whole; the button keeps to one line
                self.conflicts.setItemWidget(item, column, button)

    def what_happened(self, conflict: dict[str, Any]) -> str:
        """A delete, merge or move that went otherwise than its volunteer meant, in words
        (the server's ``details`` say why; a server without them gets the general words)."""
        name = conflict.get("field")
        details = conflict.get("details")
        details = details if isinstance(details, dict) else {}
        target, kept = details.get("target"), details.get("kept")
        if name == "_merge":
            if target == "deleted":
                return self.tr("Merge not done: the camera to merge into was deleted meanwhile")
            if target:
                return self.tr("Merge set aside: someone else had merged the camera to merge into")
            if kept:
                return self.tr("Merge set aside for the cameras someone else had merged meanwhile")
            return self.tr("Merged into the camera it had been merged into meanwhile")
        if name == "_move":
            if target == "deleted":
                return self.tr("Photos not moved: the camera was deleted meanwhile")
            if target:
                return self.tr("Photos not moved: someone else had merged the camera")
            return self.tr("Photos moved to the camera it had been merged into meanwhile")
        if name == "_deleted":
            if kept:
                return self.tr("Not deleted: someone had added photos to the camera meanwhile")
            if details.get("camera"):
                return self.tr("Photo deleted with its camera, which was deleted meanwhile")
            if conflict.get("previous") is True and details.get("merged_into"):
                return self.tr(
                    "Edit not applied: the camera had been merged into camera {camera} meanwhile"
                ).format(camera=details["merged_into"])
            if conflict.get("previous") is True:
                return self.tr("Edit not applied: the record had been deleted meanwhile")
            return self.tr("Deleted after someone else had restored it")
        return str(name)

    @staticmethod
    def values_not_applied(conflict: dict[str, Any]) -> list[tuple[str, str]]:
        """(OSM key, value) of an edit the server did not apply because its camera had been
        deleted meanwhile; empty for every other conflict."""
        applied = conflict.get("applied")
        if conflict.get("field") != "_deleted" or conflict.get("previous") is not True:
            return []
        if not isinstance(applied, dict):
            return []
        values = []
        for name, value in applied.items():
            synced = BY_RECORD["camera"].get(name)
            key = synced.osm_key or name if synced is not None else name
            values.append((key, "" if value is None else str(value)))
        return values

    def _button(self, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("ConflictChoice")
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _show_pair(self) -> None:
        items = self.duplicates.selectedItems()
        ids = items[0].data(0, Qt.ItemDataRole.UserRole) if items else []
        for label, camera_id in zip((self.left_photo, self.right_photo), [*ids, "", ""],
                                    strict=False):  # fmt: skip
            pixmap = QPixmap()
            data = self.data.thumbnails.get(camera_id)
            if data and pixmap.loadFromData(data):
                label.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            else:
                label.setPixmap(QPixmap())
                label.setText(self.tr("no photo") if camera_id else "")

    def _pair_chosen(self) -> None:
        """Only her choice in this list: the rows chosen again after a refresh move nothing
        (their signals are blocked), nor does a selection made on the map."""
        pairs = self._selected(self.duplicates)
        if len(pairs) == 1:
            self.pair_chosen.emit(list(pairs[0]))

    def _select_cameras(self, tree: QTreeWidget) -> None:
        ids = [i for item in tree.selectedItems()
               for i in item.data(0, Qt.ItemDataRole.UserRole)]  # fmt: skip
        if ids:
            self._selection.set(ids)

    @staticmethod
    def _choose(tree: QTreeWidget, kept: list[tuple[str, ...]]) -> None:
        """Select again the rows that show these cameras, the first of them current."""
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item is not None and tuple(item.data(0, Qt.ItemDataRole.UserRole)) in kept:
                if not tree.selectedItems():
                    tree.setCurrentItem(item)
                item.setSelected(True)

    def _selected(self, tree: QTreeWidget) -> list[list[str]]:
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in tree.selectedItems()]

    # -- deciding ------------------------------------------------------------------------------

    def _edit(self, edit: Callable[[Session], set[str]]) -> Task:
        factory = self._session

        def work(_task: Task) -> set[str]:
            with factory() as session:
                changed = edit(session)
                session.commit()
                return changed

        task = self._tasks.write("review", work)
        task.finished.connect(self._changes.cameras)
        task.failed.connect(lambda error: self.status.setText(str(error)))
        return task

    def decide(self, conflict: dict[str, Any], key: str) -> Task:
        """Take one of a conflict's two values (sent at the next sync; it closes the conflict)."""
        record, name, value = str(conflict["record_id"]), str(conflict["field"]), conflict[key]
        return self._edit(lambda s: {str(decide_conflict(s, record, name, value).id)})

    def resolve(self, conflict: dict[str, Any]) -> Task:
        """Mark a structural conflict reviewed on the server (nothing to choose)."""
        server, conflict_id = self.data.server, int(conflict["id"])

        def work(task: Task) -> None:
            with SyncClient(server or "", stored_token(server or "")) as client:
                task.on_cancel(client.stop)
                client.resolve_conflict(conflict_id)

        task = self._tasks.read("resolve", work)
        task.finished.connect(lambda _result: self.refresh())
        task.failed.connect(lambda error: self.status.setText(str(error)))
        return task

    def _sender_conflicts(self) -> tuple[str, list[int]]:
        """The sender of the conflicts told in words chosen in the list (one sender only), and
        the ids of all of that sender's the list shows."""
        sender, rows = _from_one_sender(self.conflicts, "id")
        return sender, [int(row["id"]) for row in rows]

    def _sender_chosen(self) -> None:
        """The button says whose conflicts it marks and how many; greyed until one is chosen."""
        sender, ids = self._sender_conflicts()
        self._offer_sender(
            self.sender_button,
            sender,
            len(ids),
            self.tr("The conflicts listed here that {user} sent").format(user=sender),
            self.tr("Choose a conflict told in words: all of its sender's go"),
        )

    def _offer_sender(
        self, button: QPushButton, sender: str, count: int, what: str, how: str
    ) -> None:
        """``button`` names the sender chosen and how many of theirs it marks (``what`` its
        tooltip); greyed, saying ``how`` to choose, until one is chosen."""
        if not count:
            button.setText(self.tr("Mark all from the sender reviewed"))
            button.setToolTip(how)
            button.setEnabled(False)
            return
        button.setText(self.tr("Mark reviewed: the %n from {user}", "", count).format(user=sender))
        button.setToolTip(what)
        button.setEnabled(True)

    def resolve_sender(self) -> Task | None:
        """Mark reviewed, in one request, the conflicts told in words the list shows from the
        sender chosen (never one that came after the list was read)."""
        sender, ids = self._sender_conflicts()
        if not ids:
            return None
        server = self.data.server

        def work(task: Task) -> None:
            with SyncClient(server or "", stored_token(server or "")) as client:
                task.on_cancel(client.stop)
                client.resolve_conflicts(ids)

        def told(_result: object) -> None:
            self._note = self.tr("%n conflicts from {user} marked reviewed", "", len(ids)).format(
                user=sender
            )
            self.refresh()

        task = self._tasks.read("resolve", work)
        task.finished.connect(told)
        task.failed.connect(lambda error: self.status.setText(str(error)))
        return task

    def _refused_chosen(self) -> None:
        """The buttons say what they mark; greyed until a row is chosen."""
        self.refused_button.setEnabled(bool(_row_data(self.refused.selectedItems(), KEY)))
        self.refused_button.setToolTip(
            self.tr("Each row chosen goes, however many times it was refused")
        )
        sender, rows = _from_one_sender(self.refused, KEY)
        self._offer_sender(
            self.refused_sender_button,
            sender,
            len(rows),
            self.tr("The refused changes listed here that {user} sent").format(user=sender),
            self.tr("Choose a refused change: all of its sender's rows go"),
        )

    def review_refused(self) -> Task | None:
        """Mark the refused rows chosen reviewed on the server, each with all its times (never
        the same refusal arriving after the list was read)."""
        return self._mark_refused(_row_data(self.refused.selectedItems(), KEY))

    def review_refused_sender(self) -> Task | None:
        """Mark reviewed, in one request, all the refused rows the list shows from the sender
        chosen."""
        return self._mark_refused(_from_one_sender(self.refused, KEY)[1])

    def _mark_refused(self, rows: list[dict[str, Any]]) -> Task | None:
        if not rows:
            return None
        ids = [str(row["mutation_id"]) for row in rows]
        times = sum(times_refused(row) for row in rows)
        server = self.data.server

        def work(task: Task) -> None:
            with SyncClient(server or "", stored_token(server or "")) as client:
                task.on_cancel(client.stop)
                client.review_refused(ids)

        def told(_result: object) -> None:
            self._note = self.tr("%n refused changes marked reviewed", "", times)
            self.refresh()

        def failed(error: object) -> None:
            if isinstance(error, RequestError) and error.status in (404, 405):
                self.status.setText(
                    self.tr("This server cannot mark refused changes reviewed: it needs an update")
                )
            else:
                self.status.setText(str(error))

        task = self._tasks.read("review refused", work)
        task.finished.connect(told)
        task.failed.connect(failed)
        return task

    def _review(self, state: str) -> Task | None:
        ids = [i for group in self._selected(self.changed) for i in group]
        if not ids:
            return None
        said: list[str] = []  # verified without a position: off the published map until placed

        def edit(session: Session) -> set[str]:
            cameras = set_review(session, ids, state)
            unplaced = unplaced_verified(cameras, state)
            if unplaced:
                said.append(unplaced)
            return {str(camera.id) for camera in cameras}

        def told(_changed: object) -> None:
            self._note = said[0] if said else ""
            self._show(self.data)

        task = self._edit(edit)
        task.finished.connect(told)
        return task

    def merge_pair(self) -> Task | None:
        """Merge the selected likely duplicate into its older camera."""
        pairs = self._selected(self.duplicates)
        if not pairs:
            return None
        first, second = pairs[0]
        return self._edit(lambda s: {str(operations.merge_cameras(s, [first, second]).id), second})

    def not_same(self) -> Task | None:
        """Remember (for the whole team) that the selected pair are two cameras."""
        pairs = self._selected(self.duplicates)
        if not pairs:
            return None
        first, second = pairs[0]

        def edit(session: Session) -> set[str]:
            mark_distinct(session, first, second)
            return {first, second}

        return self._edit(edit)

    def mark_seen(self) -> Task:
        """Everything listed as new or changed is seen: the list starts again from now."""
        self._settings.store.setValue(LAST_LOOKED, datetime.now(UTC).isoformat())
        return self.refresh()


SHORT = 30  # characters of a value shown on its button


def rows_of(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


KEY = "mutation_id"  # what names a row of the Refused list (the server's newest refusal of it)


def times_refused(row: dict[str, Any]) -> int:
    """How many times a Refused row was refused (an older server lists each one alone)."""
    count = row.get("count")
    return count if isinstance(count, int) and not isinstance(count, bool) else 1


def _row_data(items: list[QTreeWidgetItem], key: str) -> list[dict[str, Any]]:
    """What the server said of each row (a conflict, a refusal) that has ``key``."""
    rows = [item.data(0, Qt.ItemDataRole.UserRole) for item in items]
    return [row for row in rows if isinstance(row, dict) and row.get(key) is not None]


def _from_one_sender(tree: QTreeWidget, key: str) -> tuple[str, list[dict[str, Any]]]:
    """The sender of the rows chosen in ``tree`` (one sender only: else none), and all of that
    sender's rows the list shows."""
    senders = {str(row.get("user") or "?") for row in _row_data(tree.selectedItems(), key)}
    if len(senders) != 1:
        return "", []
    [sender] = senders
    return sender, [r for r in _row_data(rows_of(tree), key) if str(r.get("user") or "?") == sender]


def short(value: str, other: str = "") -> str:
    """A value on one line of at most SHORT characters. When it begins as ``other`` does (a
    note and the same note joined with another), the part where they differ is shown."""
    line, other_line = " ".join(value.split()), " ".join(other.split())
    if len(line) <= SHORT:
        return line
    same = len(os.path.commonprefix([line, other_line]))
    start = min(max(0, same - SHORT // 3), len(line) - SHORT + 1) if same > SHORT // 2 else 0
    if start == 0:
        return line[: SHORT - 1] + "…"
    if start + SHORT - 1 >= len(line):  # the difference is at the end
        return "…" + line[start:]
    return "…" + line[start : start + SHORT - 2] + "…"
