"""The camera list: a table over plain rows with filters and a search box, fast at 100,000 rows.

The model filters and sorts a Python list itself (a QSortFilterProxyModel calls back into Python
for every comparison, which is what makes big lists slow) and rows are fixed-height.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from surveyapp.cameras.fields import FIELDS
from surveyapp.cameras.listing import CameraFilter, CameraRow
from surveyapp.export.describe import direction_degrees
from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.changes import Selection
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP, counted, day, decimal, number
from surveyapp.ui.tasks import make_way
from surveyapp.vendors import load_catalogue

Index = QModelIndex | QPersistentModelIndex


# How a camera got its position (stored values; English shows them as they are).
SOURCES = {
    QT_TRANSLATE_NOOP("CameraTable", "exif"),
    QT_TRANSLATE_NOOP("CameraTable", "xmp"),
    QT_TRANSLATE_NOOP("CameraTable", "manual"),
    QT_TRANSLATE_NOOP("CameraTable", "merged"),
    QT_TRANSLATE_NOOP("CameraTable", "gpx"),
    QT_TRANSLATE_NOOP("CameraTable", "neighbours"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CameraTable", text)


def _osm(value: str | None) -> str:
    return QCoreApplication.translate("osm", value) if value else ""


def _position(row: CameraRow) -> str:
    """A tick for a camera on the map, a dash for one still to place (the coordinates and
    where they come from are in the tooltip)."""
    return "✓" if row.located else "—"


def _position_tip(row: CameraRow) -> str:
    if not row.located:
        return QCoreApplication.translate("CameraTable", "No position yet")
    source = row.position_source or ""
    where = f"{decimal(float(row.latitude or 0), 6)}; {decimal(float(row.longitude or 0), 6)}"
    return f"{where} — {_tr(source) if source in SOURCES else source}" if source else where


def _vendor(row: CameraRow) -> str:
    return row.vendor or QCoreApplication.translate("CameraTable", "unknown")


# The team's review states (stored values; shown translated).
REVIEW_LABELS = {
    "unverified": QT_TRANSLATE_NOOP("CameraTable", "unverified"),
    "verified": QT_TRANSLATE_NOOP("CameraTable", "verified"),
    "disputed": QT_TRANSLATE_NOOP("CameraTable", "disputed"),
    "removed": QT_TRANSLATE_NOOP("CameraTable", "removed"),
}


def review_text(state: str) -> str:
    """A review state as the user reads it."""
    return _tr(REVIEW_LABELS.get(state, state))


def _sync(row: CameraRow) -> str:
    if row.pending:
        return QCoreApplication.translate("CameraTable", "pending")
    if row.refused:  # no sync sends it: the Sync dialog says why and discards it
        return QCoreApplication.translate("CameraTable", "refused")
    return QCoreApplication.translate("CameraTable", "synced")


def _direction_key(row: CameraRow) -> tuple[bool, float, str]:
    """camera:direction in compass order, unreadable text after the bearings, none last."""
    degrees = direction_degrees(row.direction)
    return (degrees is None, degrees or 0.0, (row.direction or "~").casefold())


# (header, text of a row, sort key); the headers are translated where they are shown
COLUMNS: list[tuple[str, Callable[[CameraRow], str], Callable[[CameraRow], Any]]] = [
    (
        QT_TRANSLATE_NOOP("CameraTable", "Vendor"),
        _vendor,
        lambda r: (not r.vendor, r.vendor.casefold()),
    ),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Street"),
        lambda r: r.street or "",
        lambda r: (r.street is None, (r.street or "").casefold()),
    ),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Type"),
        lambda r: _osm(r.camera_type),
        lambda r: r.camera_type or "~",
    ),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Mount"),
        lambda r: _osm(r.camera_mount),
        lambda r: r.camera_mount or "~",
    ),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Direction"),
        lambda r: r.direction or "",
        _direction_key,  # round the compass: 20 before 101, NE at 45
    ),
    (QT_TRANSLATE_NOOP("CameraTable", "Photos"), lambda r: str(r.photos), lambda r: r.photos),
    (QT_TRANSLATE_NOOP("CameraTable", "Position"), _position, lambda r: not r.located),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Checked"),
        lambda r: day(r.check_date) if r.check_date else "",
        lambda r: r.check_date or "~",
    ),
    (
        QT_TRANSLATE_NOOP("CameraTable", "Review"),
        lambda r: review_text(r.review),
        lambda r: tuple(REVIEW_LABELS).index(r.review) if r.review in REVIEW_LABELS else 9,
    ),
    (QT_TRANSLATE_NOOP("CameraTable", "Sync"), _sync, lambda r: (r.pending, r.refused)),
    (  # the walk in the order it was taken
        QT_TRANSLATE_NOOP("CameraTable", "Taken"),
        lambda r: r.taken or "",
        lambda r: r.taken_sort or "~",
    ),
]
TAKEN_COLUMN = 9
POSITION_COLUMN = 6
COVERED_BRUSH = QBrush(QColor("#c0392b"))
MUTED_BRUSH = QBrush(QColor("#8a8f96"))


class CameraTableModel(QAbstractTableModel):
    """The store's rows that pass the filter, in the chosen order."""

    def __init__(self, store: CameraStore) -> None:
        super().__init__()
        self._store = store
        self.filter = CameraFilter()
        self.visible: list[CameraRow] = []
        self._row_of: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 0 and row.covered:
                return COVERED_BRUSH
            if index.column() == 0 and not row.vendor:
                return MUTED_BRUSH
            if index.column() == POSITION_COLUMN and not row.located:
                return COVERED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            text = row.vendor or self.tr("vendor unknown")
            if row.model:
                text += ", " + self.tr("model {model}").format(model=row.model)
            if row.covered:
                text += " — " + self.tr("on the FCC Covered List")
            return f"{text}\n{row.id}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and row.street:
            return row.street
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == POSITION_COLUMN:
            return _position_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == POSITION_COLUMN:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == POSITION_COLUMN - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.refresh()

    def set_filter(self, camera_filter: CameraFilter) -> None:
        """Show only the rows that pass ``camera_filter``."""
        if camera_filter != self.filter:
            self.filter = camera_filter
            self.refresh()

    def refresh(self) -> None:
        """Filter and sort the store's rows again."""
        self.beginResetModel()
        rows = self.filter.apply(self._store.rows)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=COLUMNS[column][2], reverse=order == Qt.SortOrder.DescendingOrder)
        self.visible = rows
        self._row_of = {row.id: i for i, row in enumerate(rows)}
        self.endResetModel()

    def update_rows(self, ids: set[str]) -> bool:
        """Show the store's new rows for ``ids``; whether the whole list had to be redone."""
        in_place = all(i in self._row_of and self._store.row(i) is not None for i in ids)
        if in_place and self.filter.active:
            in_place = all(self.filter.matches(self._store.row(i)) for i in ids)  # type: ignore[arg-type]
        if not in_place or self._sort is not None:
            self.refresh()
            return True
        for camera_id in ids:
            position = self._row_of[camera_id]
            row = self._store.row(camera_id)
            assert row is not None
            self.visible[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        return False

    def row_of(self, camera_id: str) -> int | None:
        """The list position of a camera, if it is shown."""
        return self._row_of.get(camera_id)


class CameraTable(QWidget):
    """Filters, search box and the table; shares the selection with the map."""

    count_changed = Signal(int, int)  # shown, total

    def __init__(self, store: CameraStore, selection: Selection) -> None:
        super().__init__()
        self.setObjectName("CameraTable")
        self._store, self._selection = store, selection
        self.model = CameraTableModel(store)
        self._syncing = False

        self.search = QLineEdit(
            placeholderText=self.tr("Search vendor, model, street, type… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.vendor = QComboBox()
        self.vendor.addItem(self.tr("Any vendor"), None)
        self.vendor.addItem(self.tr("Vendor unknown"), "")
        for vendor in load_catalogue().vendors:
            name = (
                self.tr("{vendor} (covered)").format(vendor=vendor.name)
                if vendor.covered
                else vendor.name
            )
            self.vendor.addItem(name, vendor.slug)
        self.camera_type = QComboBox()
        self.camera_type.addItem(self.tr("Any type"), None)
        self.camera_type.addItem(self.tr("Type unknown"), "")
        for value in FIELDS["camera:type"].choices:
            self.camera_type.addItem(QCoreApplication.translate("osm", value), value)
        self.review = QComboBox()
        self.review.setObjectName("ReviewFilter")
        self.review.addItem(self.tr("Any review"), None)
        for state in REVIEW_LABELS:
            self.review.addItem(review_text(state), state)
        self.covered = QCheckBox(self.tr("Covered List"))
        self.covered.setToolTip(self.tr("Only vendors on the US FCC Covered List"))
        self.no_position = QCheckBox(self.tr("No position"))
        self.unsynced = QCheckBox(self.tr("Unsynced"))
        self.unsynced.setToolTip(
            self.tr("Cameras with a change waiting to sync, or one the server refused")
        )
        self.count = QLabel()
        self.count.setObjectName("CameraCount")

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are chosen whole: Tab walked the hidden current cell along the row and on to
        # the next camera, and never left the list for the camera's fields.
        self.view.setTabKeyNavigation(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((112, 150, 60, 66, 64, 52, 62, 78, 70, 58)):
            # Never narrower than the header: a translated title may be longer than English.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

        for combo in (self.vendor, self.camera_type, self.review):
            combo.setMinimumContentsLength(5)  # three side by side in a narrow list
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for widget in (self.vendor, self.camera_type, self.review):
            filters.addWidget(widget, 1)
        checks = QHBoxLayout()
        checks.setSpacing(12)
        for check in (self.covered, self.no_position, self.unsynced):
            checks.addWidget(check)
        checks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.view, 1)

        # Typing waits for a short pause before filtering 100,000 rows.
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (self.vendor, self.camera_type, self.review):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for check in (self.covered, self.no_position, self.unsynced):
            check.toggled.connect(lambda _on: self.apply_filter())
        self.view.selectionModel().selectionChanged.connect(self._table_selected)
        # Street names are looked up in the background: they pause while the list scrolls.
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: make_way())
        store.reset.connect(self._reset)
        store.updated.connect(self._updated)
        selection.changed.connect(self._select)
        self._show_count()

    def current_filter(self) -> CameraFilter:
        """The filter the widgets describe."""
        return CameraFilter(
            search=self.search.text().strip(),
            vendor=self.vendor.currentData(),
            covered_only=self.covered.isChecked(),
            camera_type=self.camera_type.currentData(),
            without_position=self.no_position.isChecked(),
            unsynced=self.unsynced.isChecked(),
            review=self.review.currentData(),
        )

    def apply_filter(self) -> None:
        """Filter the list as the widgets say, keeping the selection."""
        self.model.set_filter(self.current_filter())
        self._after_reset()

    def _reset(self) -> None:
        self.model.refresh()
        self._after_reset()

    def _updated(self, ids: set[str]) -> None:
        if self.model.update_rows(ids):
            self._after_reset()
        else:
            self._show_count()

    def _after_reset(self) -> None:
        live = [i for i in self._selection.ids if self._store.row(i) is not None]
        self._selection.set(live)
        self._select(tuple(live))
        self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.model.visible), len(self._store.rows)
        if shown == total:
            text = counted(self.tr("%n cameras", "", total), total)
        elif not shown:
            text = self.tr("No camera matches (of {total})").format(total=number(total))
        else:
            text = self.tr("{shown} of {total}").format(shown=number(shown), total=number(total))
        self.count.setText(text)
        self.count_changed.emit(shown, total)

    def _table_selected(self, *_args: QItemSelection) -> None:
        if self._syncing:
            return
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        self._syncing = True
        try:
            self._selection.set([self.model.visible[r].id for r in rows])
        finally:
            self._syncing = False

    def _select(self, ids: tuple[str, ...]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            model = self.view.selectionModel()
            selection = QItemSelection()
            for camera_id in ids:
                row = self.model.row_of(camera_id)
                if row is not None:
                    selection.select(self.model.index(row, 0), self.model.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            model.select(selection, flags)
            if ids and (row := self.model.row_of(ids[-1])) is not None:
                model.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False

    def step(self, offset: int) -> None:
        """Select the next (offset 1) or previous (-1) camera in the list."""
        if not self.model.visible:
            return
        current = self._selection.ids[-1] if self._selection.ids else None
        row = self.model.row_of(current) if current else None
        target = 0 if row is None else max(0, min(len(self.model.visible) - 1, row + offset))
        self._selection.set([self.model.visible[target].id])
