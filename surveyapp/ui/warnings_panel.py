"""What to check before sharing: likely duplicates, cameras without position, photos without time.

Computed on a reader thread after every change (100,000 cameras take well under a second).
Cameras are named by vendor, street and time; choosing a warning selects its cameras and shows
them on the map; a likely duplicate opens the two cameras side by side (Merge / Not the same).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from surveyapp.cameras.warnings import SurveyWarning, survey_warnings
from surveyapp.ui.changes import Changes, Selection
from surveyapp.ui.duplicate_dialog import DuplicateDialog, Fetcher
from surveyapp.ui.edits import Editor
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP, number
from surveyapp.ui.tasks import TaskRunner

TITLES = {
    "missing_original": QT_TRANSLATE_NOOP("WarningsPanel", "Originals missing from the library"),
    "duplicate": QT_TRANSLATE_NOOP(
        "WarningsPanel", "Likely duplicates (< 20 m, same vendor and type)"
    ),
    "known_duplicate": QT_TRANSLATE_NOOP("WarningsPanel", "Already mapped by others"),
    "no_position": QT_TRANSLATE_NOOP("WarningsPanel", "Cameras without a position"),
    "no_time": QT_TRANSLATE_NOOP("WarningsPanel", "Photos without a capture time"),
    "clocks": QT_TRANSLATE_NOOP("WarningsPanel", "Photos whose two clocks disagree"),
}
NOTHING_TO_CHECK = QT_TRANSLATE_NOOP(
    "WarningsPanel",
    "Nothing to check: no likely duplicates, every camera has a position and every photo a time.",
)
SHOWN_PER_KIND = 500  # more would only make a list nobody reads; the count says how many


class WarningsPanel(QWidget):
    """Warnings grouped by kind, worked out when the tab is shown and after changes;
    ``focus_requested`` when a warning is chosen (the window shows its cameras on the map)."""

    focus_requested = Signal()

    def __init__(
        self,
        session_factory: Callable[[], Session],
        changes: Changes,
        selection: Selection,
        tasks: TaskRunner,
        library: Path,
        editor: Editor,
    ) -> None:
        super().__init__()
        self.setObjectName("WarningsPanel")
        self._session_factory, self._selection, self._tasks = session_factory, selection, tasks
        self._library, self._editor = library, editor
        self.warnings: list[SurveyWarning] = []
        self.comparison: DuplicateDialog | None = None
        # How the comparison brings a teammate's photo from the team's server (the window's).
        self.fetcher: Fetcher | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.compare_button = QPushButton(self.tr("Compare photos…"))
        self.compare_button.setToolTip(
            self.tr("Both cameras' photos side by side: merge them, or keep them as two")
        )
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.setVisible(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#495057")
        self.empty = QLabel(self.tr("Checking the survey…"))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#6c757d;padding:8px")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 10)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.compare_button)
        layout.addLayout(row)
        layout.addStretch(1)  # keeps the "nothing to check" line at the top
        self.tree.setVisible(False)
        self._generation = 0
        self._stale = True
        # Several edits in a row ask once.
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        changes.data_changed.connect(self._schedule)

    def _schedule(self, _changed: object) -> None:
        # Computed only while the tab is shown: on 100,000 cameras it is a second of Python
        # that would compete with the list and the map for the interpreter.
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the warnings again on a reader thread."""
        self._generation += 1
        generation = self._generation
        factory, library = self._session_factory, self._library

        def read(_task: object) -> tuple[int, list[SurveyWarning]]:
            with factory() as session:
                return generation, survey_warnings(session, library)

        self._stale = False
        task = self._tasks.read("warnings", read)
        # A bound method: Qt drops the connection if the panel is gone before the result.
        task.finished.connect(self._show)

    def _show(self, result: tuple[int, list[SurveyWarning]]) -> None:
        generation, found = result
        if generation != self._generation:
            return
        self.warnings = found
        # The chosen warning stays chosen when it is still there, without choosing its cameras
        # again; when it is gone (decided, merged) its sentence and Compare button go with it.
        # Before, they stayed under a list that had lost the choice, the button doing nothing.
        chosen = self._warning(self.tree.currentItem())
        kept: QTreeWidgetItem | None = None
        self.tree.blockSignals(True)
        self.tree.clear()
        by_kind: dict[str, list[SurveyWarning]] = {}
        for warning in found:
            by_kind.setdefault(warning.kind, []).append(warning)
        for kind, items in by_kind.items():
            title = self.tr(TITLES[kind]) if kind in TITLES else kind
            group = QTreeWidgetItem([f"{title} ({number(len(items))})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for warning in items[:SHOWN_PER_KIND]:
                child = QTreeWidgetItem([warning.message])
                child.setToolTip(0, warning.message)
                child.setData(0, Qt.ItemDataRole.UserRole, warning)
                group.addChild(child)
                if chosen is not None and _same(warning, chosen):
                    kept = child
            self.tree.addTopLevelItem(group)
            group.setExpanded(len(by_kind) == 1 or kind in ("duplicate", "missing_original"))
        if kept is not None:
            self.tree.setCurrentItem(kept)
        self.tree.blockSignals(False)
        self._describe(self._warning(kept))
        self.empty.setText(self.tr(NOTHING_TO_CHECK))
        self.empty.setVisible(not found)
        self.tree.setVisible(bool(found))

    def _warning(self, item: QTreeWidgetItem | None) -> SurveyWarning | None:
        warning = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return warning if isinstance(warning, SurveyWarning) else None

    def _describe(self, warning: SurveyWarning | None) -> None:
        """Under the list: the whole sentence (the list cuts a long one), and what to do about
        a duplicate."""
        duplicate = warning is not None and warning.kind == "duplicate"
        self.compare_button.setVisible(duplicate)
        lines = [warning.message] if warning is not None else []
        if duplicate:
            lines.append(self.tr("Double-click or Compare photos… to decide: one camera or two?"))
        self.hint.setText("\n".join(lines))

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        """A warning chosen (click, arrow keys): select its cameras and show them on the map."""
        warning = self._warning(item)
        self._describe(warning)
        if warning is not None and warning.camera_ids:
            self._selection.set([str(i) for i in warning.camera_ids])
            self.focus_requested.emit()

    def _activated(self, item: QTreeWidgetItem) -> None:
        warning = self._warning(item)
        if warning is None:
            return
        if warning.camera_ids:
            self._selection.set([str(i) for i in warning.camera_ids])
            self.focus_requested.emit()
        if warning.kind == "duplicate":
            self.compare(warning)

    def compare(self, warning: SurveyWarning | None = None) -> DuplicateDialog | None:
        """Open the side-by-side comparison of a likely duplicate (the current one by default)."""
        if not isinstance(warning, SurveyWarning):
            warning = self._warning(self.tree.currentItem())
        if warning is None or warning.kind != "duplicate":
            return None
        if self.comparison is not None:
            self.comparison.close()
        dialog = DuplicateDialog(
            warning, self._session_factory, self._library, self._tasks, self._editor, self,
            fetcher=self.fetcher,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "comparison", None))
        self.comparison = dialog
        dialog.show()
        return dialog


def _same(one: SurveyWarning, other: SurveyWarning) -> bool:
    """The same thing to check, worked out again (its sentence may have changed)."""
    return (one.kind, one.camera_ids, one.photo_ids) == (
        other.kind,
        other.camera_ids,
        other.photo_ids,
    )
