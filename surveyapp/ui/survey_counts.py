"""The status bar's counts: cameras, without a position, on the Covered List, waiting to sync,
refused by the server."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from surveyapp.ui.camera_store import CameraStore
from surveyapp.ui.formatting import counted


class SurveyCounts(QLabel):
    """What the survey holds, in one line, refreshed with the list (derived from its rows)."""

    def __init__(self, store: CameraStore) -> None:
        super().__init__()
        self._store = store
        self.setStyleSheet("color:#495057;padding:0 8px")
        store.reset.connect(self.refresh)
        store.updated.connect(lambda _ids: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Count the rows again (a pass over them: 100,000 take a few milliseconds)."""
        rows = self._store.rows
        cameras = len(rows)
        unplaced = sum(1 for row in rows if not row.located)
        covered = sum(1 for row in rows if row.covered)
        waiting = sum(1 for row in rows if row.pending)
        refused = sum(1 for row in rows if row.refused)
        parts = [counted(self.tr("%n cameras", "", cameras), cameras)]
        if unplaced:
            parts.append(counted(self.tr("%n without position", "", unplaced), unplaced))
        if covered:
            parts.append(counted(self.tr("%n on the Covered List", "", covered), covered))
        if waiting:
            parts.append(counted(self.tr("%n waiting to sync", "", waiting), waiting))
        if refused:  # no sync sends them (the toolbar and the Sync dialog say so too)
            parts.append(counted(self.tr("%n refused", "", refused), refused))
        self.setText(" · ".join(parts))
