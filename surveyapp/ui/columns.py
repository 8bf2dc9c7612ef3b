"""Columns side by side that stay where they are, or where the volunteer put them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


class Columns(QSplitter):
    """A horizontal splitter whose columns' minimum widths never follow what they show.

    QSplitter gives each column at least its minimum size hint and takes the room from the
    others. A hint grows with the data a column shows (the camera's form replacing the start-up
    help, a long vendor name in its heading, a long file name under its photo), so the first
    selection moved every column, and a long text later widened the window. Each column's
    minimum width is therefore fixed when it is added, from what it needs as built (every page of
    a stacked panel, the texts of the language in use); what a column shows must fit that width
    (texts wrap; tests/ui/test_columns.py checks both).
    """

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        widget.ensurePolished()  # style sheets' fonts count in the hint
        widget.setMinimumWidth(max(1, widget.minimumSizeHint().width()))
        super().addWidget(widget)
