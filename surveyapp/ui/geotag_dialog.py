"""Survey → Geotag from a GPS track…: choose a track (or the photos' neighbours in time), see
each device's clock offset and every photo's new place before applying, check a clock, undo.

Planning, the clock check, applying and undoing run on the database-writing thread; only the
plan (plain frozen values) comes back. Nothing changes until Apply; Apply writes the plan that
is shown, as one transaction, and announces the change on the app-wide signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from surveyapp.photos import geotag
from surveyapp.photos.clock import format_offset, parse_offset, source_label, time_zone
from surveyapp.photos.gpstrack import DEFAULT_MAX_GAP_S, ReadingStopped, Track, read_gpx
from surveyapp.ui.changes import Changes
from surveyapp.ui.file_dialogs import open_file_name
from surveyapp.ui.formatting import counted, decimal
from surveyapp.ui.map_canvas import MapCanvas
from surveyapp.ui.screen import fitted
from surveyapp.ui.tasks import Task, TaskRunner
from surveyapp.ui.track_preview import TrackPreview
from surveyapp.ui.wrapped_text import WrappedText

COMMON_ZONES = (
    "UTC", "Europe/Belgrade", "Europe/Paris", "Europe/London", "Europe/Berlin",
    "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney",
)  # fmt: skip


GEOTAG_SIZE = (1240, 680)  # as it opens (the new places read whole), or less on a small screen
OFFSET_LINES_SHOWN = 7  # the clock offsets' lines in view; more scroll
_AREA_PADDING = 4  # pixels a frameless scroll area adds around its label


class GeotagDialog(QDialog):
    """Geotag photos without GPS: from a track, or from the photos taken around them."""

    def __init__(
        self,
        session_factory: Callable[[], Session],
        tasks: TaskRunner,
        changes: Changes,
        parent: QWidget | None = None,
        gpx: Path | None = None,
        *,
        basemap: MapCanvas | None = None,
    ) -> None:
        """``basemap``: the camera map, whose background the preview's map shows."""
        super().__init__(parent)
        self.setObjectName("GeotagDialog")
        self.setWindowTitle(self.tr("Geotag photos without GPS"))
        self._sessions, self._tasks, self._changes = session_factory, tasks, changes
        self.plan: geotag.GeotagPlan | None = None
        self.track: Track | None = None
        self.checked: dict[str, int] = {}
        self.task: Task | None = None
        self.reader: Task | None = None
        self._read: tuple[tuple[str, int, int], Track] | None = None  # (file, size, time), track
        self._run_applied: int | None = None  # the geotagging applied here, until undone

        self.from_track = QRadioButton(self.tr("From a GPS track"))
        self.from_neighbours = QRadioButton(
            self.tr("From the same device's photos taken just before and after")
        )
        self.from_track.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_track)
        group.addButton(self.from_neighbours)
        self.path = QLineEdit(str(gpx) if gpx else "")
        self.path.setPlaceholderText(self.tr("a GPX file from the phone's logger app"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_track)
        track_row = QHBoxLayout()
        track_row.addWidget(self.path, 1)
        track_row.addWidget(choose)

        self.offset = QLineEdit()
        self.offset.setPlaceholderText(self.tr("automatic, or e.g. +02:00:00"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(["", *COMMON_ZONES])
        self.max_gap = QDoubleSpinBox()
        self.max_gap.setRange(1, 86_400)
        self.max_gap.setDecimals(0)
        self.max_gap.setValue(DEFAULT_MAX_GAP_S)
        self.max_gap.setSuffix(" " + self.tr("s", "seconds"))
        self.neighbour_window = QDoubleSpinBox()
        self.neighbour_window.setRange(1, 3_600)
        self.neighbour_window.setDecimals(0)
        self.neighbour_window.setValue(geotag.DEFAULT_NEIGHBOUR_WINDOW_S)
        self.neighbour_window.setSuffix(" " + self.tr("s", "seconds"))
        form = QFormLayout()
        form.addRow(self.from_track)
        form.addRow(self.tr("Track:"), track_row)
        form.addRow(self.tr("Clock offset from UTC:"), self.offset)
        form.addRow(self.tr("Time zone of photos without one:"), self.zone)
        form.addRow(self.tr("Largest gap between fixes:"), self.max_gap)
        form.addRow(self.from_neighbours)
        form.addRow(self.tr("Neighbours within:"), self.neighbour_window)

        self.offsets = QLabel()
        self.offsets.setObjectName("GeotagOffsets")
        self.offsets.setWordWrap(True)
        self.offsets.setTextFormat(Qt.TextFormat.PlainText)
        self.offsets.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A walk with many devices lists many offsets: past a few lines they scroll, and the
        # preview keeps its room (the dialog fits a laptop's screen).
        self.offsets_area = QScrollArea()
        self.offsets_area.setObjectName("GeotagOffsetsArea")
        self.offsets_area.setWidget(self.offsets)
        self.offsets_area.setWidgetResizable(True)
        self.offsets_area.setFrameShape(QFrame.Shape.NoFrame)
        self.offsets_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.offsets_area.hide()
        # The offset a device's own GPS photos give, offered (never used unasked): it fills the
        # offset field and previews again.
        self.use_found = QPushButton()
        self.use_found.setObjectName("GeotagUseFoundOffset")
        self.use_found.clicked.connect(self._use_found_offset)
        self.use_found.hide()
        self._found_offset: int | None = None
        self.list = QTreeWidget()
        self.list.setObjectName("GeotagPreview")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Photo"), self.tr("Taken"), self.tr("Offset"), self.tr("New place"),
             self.tr("Moved")]
        )  # fmt: skip
        header = self.list.header()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)  # the room left goes to the new place, not "Moved"
        # A refused photo's reason ("prise pendant une interruption de 400 s sans points GPS
        # dans la trace") is longer than the column on a laptop: it wraps onto more lines.
        self.list.setItemDelegateForColumn(3, WrappedText(self.list))
        self.list.currentItemChanged.connect(self._chosen)
        self.map = TrackPreview(
            basemap.offline if basemap is not None else None,
            (lambda: basemap.source) if basemap is not None else None,
        )
        self.map.place_clicked.connect(self.check_by_place)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.map)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 420])

        self.true_time = QDateTimeEdit()
        self.true_time.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.true_time.setCalendarPopup(True)
        use_time = QPushButton(self.tr("Use as its true time"))
        use_time.clicked.connect(self.check_by_time)
        check_row = QHBoxLayout()
        check_row.addWidget(QLabel(self.tr("Clock check: the chosen photo was taken at")))
        check_row.addWidget(self.true_time)
        check_row.addWidget(use_time)
        check_row.addStretch(1)
        self.check_hint = QLabel(
            self.tr(
                "…or click on the track where it was taken (the wheel zooms in to the streets);"
                " the offset applies to its device."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("GeotagSummary")
        self.summary.setWordWrap(True)
        # Reading a track of days at one fix a second takes seconds: a bar says it is working
        # and Cancel leaves it (the reading runs beside the survey's writes, never before them).
        self.reading = QProgressBar()
        self.reading.setRange(0, 0)
        self.reading.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_reading)
        self.cancel_button.hide()
        reading_row = QHBoxLayout()
        reading_row.addWidget(self.reading, 1)
        reading_row.addWidget(self.cancel_button)

        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button = buttons.addButton(
            self.tr("Undo last geotagging"), QDialogButtonBox.ButtonRole.ResetRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        self.undo_button.clicked.connect(self.undo)
        close.clicked.connect(self.reject)
        self.apply_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        offsets_row = QHBoxLayout()
        offsets_row.addWidget(self.offsets_area, 1)
        offsets_row.addWidget(self.use_found, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(offsets_row)
        layout.addWidget(split, 1)
        layout.addLayout(check_row)
        layout.addWidget(self.check_hint)
        layout.addWidget(self.summary)
        layout.addLayout(reading_row)
        layout.addWidget(buttons)
        self.resize(fitted(self, *GEOTAG_SIZE))
        self._load_zone()

    # -- inputs -----------------------------------------------------------------------------

    def _load_zone(self) -> None:
        factory = self._sessions

        def read(_task: Task) -> str | None:
            with factory() as session:
                zone = geotag.survey_zone_name(session)
                session.commit()  # the survey is made on first use
                return zone

        task = self._tasks.write("geotag-zone", read)
        task.finished.connect(lambda zone: self.zone.setCurrentText(zone or ""))

    def choose_track(self) -> None:
        """Ask for a GPX file."""
        chosen = open_file_name(
            self, self.tr("GPS track"), self.path.text(), self.tr("GPS tracks (*.gpx)")
        )
        if chosen:
            self.path.setText(chosen)
            self.from_track.setChecked(True)
            self.preview()

    def _options(self) -> dict[str, Any]:
        """What the form says, checked (raises ValueError with the reason)."""
        offset = parse_offset(self.offset.text()) if self.offset.text().strip() else None
        zone = self.zone.currentText().strip() or None
        if zone:
            time_zone(zone)
        if self.from_track.isChecked() and not self.path.text().strip():
            raise ValueError(self.tr("Choose a GPS track (a .gpx file) first."))
        return {
            "neighbours": self.from_neighbours.isChecked(),
            "path": Path(self.path.text().strip()),
            "offset": offset,
            "zone": zone,
            "max_gap": self.max_gap.value(),
            "window": self.neighbour_window.value(),
            "checked": dict(self.checked),
        }

    # -- planning ---------------------------------------------------------------------------

    def preview(self) -> None:
        """Work out the plan (nothing is changed) and show it."""
        try:
            options = self._options()
        except ValueError as error:
            self._say(str(error))
            return
        self.apply_button.setEnabled(False)
        if options["neighbours"]:
            self._plan(options, None)
            return
        path: Path = options["path"]
        try:
            stat = path.stat()
            version = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        except OSError:
            version = None  # reading it says why
        if version is not None and self._read is not None and self._read[0] == version:
            self._plan(options, self._read[1])  # a clock check plans again: read once
            return
        self.cancel_reading()
        self._say(self.tr("Reading the track…"))
        self._reading(True)

        def read(task: Task) -> Track | None:
            try:
                return read_gpx(path, lambda: task.cancelled)
            except ReadingStopped:
                return None  # Cancel: the reading ends within moments and lets its track go

        reader = self.reader = self._tasks.read("geotag-track", read)

        def have(track: Track | None) -> None:
            if reader is not self.reader or track is None:
                return  # cancelled, or another track chosen meanwhile
            self.reader = None
            self._reading(False)
            if version is not None:
                self._read = (version, track)
            self._plan(options, track)

        def refused(error: object) -> None:
            if reader is self.reader:
                self.reader = None
                self._reading(False)
                self._forget_plan()
                self._say(str(error))

        reader.finished.connect(have)
        reader.failed.connect(refused)

    def _forget_plan(self) -> None:
        """No plan shown: the track named is not the one the list and the map showed."""
        self.plan, self.track = None, None
        self.list.clear()
        self.offsets.clear()
        self.offsets_area.hide()
        self.use_found.hide()
        self._found_offset = None
        self.map.show_plan([], [])
        self.apply_button.setEnabled(False)

    def cancel_reading(self) -> None:
        """Stop reading the track (its thread ends at its next step, and nothing is kept)."""
        if self.reader is None:
            return
        self.reader.cancel()
        self.reader = None
        self._reading(False)
        self._say(self.tr("Reading the track was cancelled."))

    def _reading(self, busy: bool) -> None:
        self.reading.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)

    def _plan(self, options: dict[str, Any], track: Track | None) -> None:
        factory = self._sessions
        self._say(self.tr("Working out where each photo goes…"))

        def plan(_task: Task) -> tuple[Track | None, geotag.GeotagPlan]:
            with factory() as session:
                if track is None:
                    return None, geotag.plan_from_neighbours(session, window=options["window"])
                result = geotag.plan_from_track(
                    session,
                    track,
                    offset=options["offset"],
                    checked=options["checked"],
                    max_gap=options["max_gap"],
                    zone=options["zone"],
                )
                session.rollback()
                return track, result

        self.task = self._tasks.write("geotag-plan", plan)
        self.task.finished.connect(self._show_plan)
        self.task.failed.connect(lambda error: self._say(str(error)))

    def _show_plan(self, result: tuple[Track | None, geotag.GeotagPlan]) -> None:
        self.track, self.plan = result
        plan = self.plan
        lines = [self.tr("Clock offsets (wall clock minus UTC):")] if plan.offsets else []
        for entry in plan.offsets:
            offset = "?" if entry.offset is None else format_offset(entry.offset)
            lines.append(
                "  "
                + self.tr("{device}: {offset} from {source}, %n photos", "", entry.photos).format(
                    device=entry.device, offset=offset, source=source_label(entry.source)
                )
            )
        # A device whose own GPS photos lie far from the track at their time: its clock is
        # likely wrong, and so are the places of its photos without GPS.
        lines += ["  ⚠ " + doubt.message() for doubt in plan.clock_doubts]
        # Placed at an offset their own times contradict: their times stay as written.
        lines += ["  " + kept.message() for kept in plan.times_as_written]
        self.offsets.setText("\n".join(lines))
        found = {d.their_offset for d in plan.clock_doubts if d.their_offset is not None}
        self._found_offset = found.pop() if len(found) == 1 else None
        if self._found_offset is not None:
            self.use_found.setText(
                self.tr("Use {offset}").format(offset=format_offset(self._found_offset))
            )
        self.use_found.setVisible(self._found_offset is not None)
        self.offsets_area.setVisible(bool(lines))
        self._fit_offsets()
        chosen = self.chosen_photo()
        self.list.blockSignals(True)  # the clock check's photo stays chosen, its time too
        self.list.clear()
        for p in plan.placements:
            taken = "" if p.taken_local is None else p.taken_local.isoformat(" ", "seconds")
            offset = "" if p.offset is None else format_offset(p.offset)
            if p.placed:
                assert p.latitude is not None and p.longitude is not None
                place = f"{decimal(p.latitude, 6)}, {decimal(p.longitude, 6)}"
                place += " ± " + self.tr("{metres} m").format(metres=decimal(p.accuracy or 0, 0))
                moved = (
                    self.tr("new")
                    if p.moved is None
                    else self.tr("{metres} m").format(metres=decimal(p.moved, 0))
                )
            else:
                place, moved = p.refused or "", ""
            item = QTreeWidgetItem([p.file_name, taken, offset, place, moved])
            item.setData(0, Qt.ItemDataRole.UserRole, p.photo_id)
            item.setToolTip(3, place)
            if not p.placed:
                item.setForeground(3, Qt.GlobalColor.darkGray)
            self.list.addTopLevelItem(item)
            if p.photo_id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.map.show_plan(
            list(plan.track_points),
            [(p.photo_id, p.latitude or 0.0, p.longitude or 0.0) for p in plan.placed],
        )
        self.map.choose(chosen)
        placed, refused = len(plan.placed), len(plan.refused)
        self._say(
            self._track_span(plan)
            + self.tr("{placed}; {refused}.").format(
                placed=counted(self.tr("%n photos can be placed", "", placed), placed),
                refused=counted(self.tr("%n cannot", "", refused), refused),
            )
            + " "
            + self._by_hand(len(plan.in_cameras_by_hand))
            + self.tr("Nothing is changed until you apply.")
        )
        self.apply_button.setEnabled(bool(placed))

    def _by_hand(self, photos: int) -> str:
        """What applying does to photos in cameras placed by hand; "" when there are none."""
        if not photos:
            return ""
        said = self.tr(
            "%n photos are in cameras placed by hand: the photos get their new position, the"
            " cameras keep their place.",
            "",
            photos,
        )
        return counted(said, photos) + " "

    def _track_span(self, plan: geotag.GeotagPlan) -> str:
        """When the track runs, in the photos' time zone (a track of another day, or hours off,
        shows it at once), else in UTC; "" for a plan from neighbours."""
        start, end = plan.track_start, plan.track_end
        if start is None or end is None:
            return ""
        name = plan.zone or "UTC"
        try:
            zone = time_zone(name)
        except ValueError:
            zone, name = ZoneInfo("UTC"), "UTC"
        return (
            self.tr("The track runs from {start} to {end} ({zone}).").format(
                start=start.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                end=end.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                zone=name,
            )
            + " "
        )

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        photo_id = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        self.map.choose(photo_id)
        placement = self._placement(photo_id)
        if placement is not None and placement.taken_local is not None:
            wall = placement.taken_local
            self.true_time.setDateTime(
                QDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)
            )

    def _placement(self, photo_id: str | None) -> geotag.Placement | None:
        if self.plan is None or photo_id is None:
            return None
        return next((p for p in self.plan.placements if p.photo_id == photo_id), None)

    def chosen_photo(self) -> str | None:
        """The photo chosen in the list."""
        item = self.list.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    # -- the clock check --------------------------------------------------------------------

    def check_by_time(self) -> None:
        """The chosen photo's true time (in the time zone field) sets its device's offset."""
        photo_id = self.chosen_photo()
        zone_name = self.zone.currentText().strip()
        if photo_id is None or not zone_name:
            self._say(self.tr("Choose a photo in the list and a time zone first."))
            return
        value = self.true_time.dateTime()
        date, clock = value.date(), value.time()
        try:
            zone: ZoneInfo = time_zone(zone_name)
        except ValueError as error:
            self._say(str(error))
            return
        true_time = datetime(
            date.year(), date.month(), date.day(), clock.hour(), clock.minute(), clock.second(),
            tzinfo=zone,
        )  # fmt: skip
        self._check(photo_id, lambda photo: geotag.check_clock_by_time(photo, true_time))

    def check_by_place(self, latitude: float, longitude: float) -> None:
        """Where the chosen photo was really taken (a click on the track) sets the offset."""
        photo_id, track = self.chosen_photo(), self.track
        if photo_id is None or track is None:
            self._say(self.tr("Choose a photo in the list, then click where it was taken."))
            return
        self._check(
            photo_id, lambda photo: geotag.check_clock_by_place(photo, track, latitude, longitude)
        )

    def _check(self, photo_id: str, how: Callable[[Any], tuple[str, int]]) -> None:
        factory = self._sessions

        def check(_task: Task) -> tuple[str, int]:
            import uuid

            from surveyapp.db.models import Photo

            with factory() as session:
                return how(session.get_one(Photo, uuid.UUID(photo_id)))

        task = self._tasks.write("geotag-check", check)
        task.finished.connect(self._checked)
        task.failed.connect(lambda error: self._say(str(error)))

    def _checked(self, result: tuple[str, int]) -> None:
        device, offset = result
        self.checked[device] = offset
        self.offset.clear()  # the check speaks for this device; a given offset would hide it
        self.preview()

    # -- applying ---------------------------------------------------------------------------

    def apply(self) -> None:
        """Write the plan that is shown."""
        plan, factory = self.plan, self._sessions
        if plan is None or not plan.placed:
            return
        self.apply_button.setEnabled(False)

        def write(_task: Task) -> geotag.GeotagResult:
            with factory() as session:
                result = geotag.apply_plan(session, plan)
                session.commit()
                return result

        task = self._tasks.write("geotag-apply", write)
        task.finished.connect(self._applied)
        task.failed.connect(lambda error: self._say(str(error)))

    def _fit_offsets(self, activate: bool = True) -> None:
        """The offsets' area as high as its lines once wrapped at its width (a long doubt takes
        two), up to OFFSET_LINES_SHOWN; more scroll."""
        if self.offsets_area.isHidden():
            return
        layout = self.layout()
        if activate and layout is not None:
            layout.activate()  # the area's width beside the offer's button, as it will be shown
        line = self.offsets.fontMetrics().lineSpacing()
        width = self.offsets_area.viewport().width() - 2 * self.offsets.margin()
        wrapped = self.offsets.heightForWidth(width) if width > 0 else -1
        lines = self.offsets.text().count("\n") + 1
        if wrapped > 0:
            lines = max(lines, round(wrapped / line))
        shown = min(lines, OFFSET_LINES_SHOWN)
        self.offsets_area.setFixedHeight(line * shown + 2 * self.offsets.margin() + _AREA_PADDING)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Narrower, the offsets wrap onto more lines: the area follows."""
        super().resizeEvent(event)
        self._fit_offsets(activate=False)  # the layout has just set the area's width

    def _use_found_offset(self) -> None:
        """The offset the doubt found, given as hers: the preview shows what it places."""
        if self._found_offset is None:
            return
        self.offset.setText(format_offset(self._found_offset))
        self.preview()

    def _applied(self, result: geotag.GeotagResult) -> None:
        self._run_applied = result.run_id
        self._changes.everything()
        photos, kept, merged = result.photos, len(result.kept_by_hand), result.merged
        # A camera that joined another: the list has one camera fewer, said here, not a mystery.
        joined = self.tr(
            "%n cameras joined a camera nearby (taken within 15 m and 10 min).", "", merged
        )
        by_hand = self.tr(
            "%n cameras placed by hand kept their place; their photos were geotagged all the same.",
            "",
            kept,
        )
        self._say(
            counted(self.tr("%n photos geotagged.", "", photos), photos)
            + " "
            + (counted(joined, merged) + " " if merged else "")
            + (counted(by_hand, kept) + " " if kept else "")
            + self.tr("“Undo last geotagging” puts them back.")
        )

    def undo(self) -> None:
        """Put back what the last geotagging changed: the one applied here, if any, and only
        while no command or other window applied another since."""
        factory, mine = self._sessions, self._run_applied

        def write(_task: Task) -> geotag.GeotagResult:
            with factory() as session:
                result = geotag.undo_last(session, run_id=mine)
                session.commit()
                return result

        task = self._tasks.write("geotag-undo", write)
        task.finished.connect(self._undone)
        task.failed.connect(lambda error: self._say(str(error)))

    def _undone(self, result: geotag.GeotagResult) -> None:
        self._run_applied = None  # the next undo takes the run before it, wherever applied
        self._changes.everything()
        photos = result.photos
        said = counted(self.tr("%n photos put back where they were.", "", photos), photos)
        self._say(" ".join((said, *result.kept)))
        self.apply_button.setEnabled(False)

    def _say(self, text: str) -> None:
        self.summary.setText(text)
