"""A list column whose long texts wrap onto more lines of their row instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappedText(QStyledItemDelegate):
    """Draws a column's text wrapped at its width, and asks for the row height it needs.

    A tree view asks the delegate for a row's height without the column's width (so a long text
    is one line, cut); this measures it at the width the header gives the column.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # A column that changes width (the dialog resized) needs its rows measured again.
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return hint
        metrics = option.fontMetrics
        line = metrics.boundingRect(str(text))
        around = max(0, hint.width() - line.width())  # the item's margins
        width = self._view.columnWidth(index.column()) - around
        if width <= 0:
            return hint
        wrapped = metrics.boundingRect(
            QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, str(text)
        )
        return QSize(
            hint.width(), max(hint.height(), hint.height() - line.height() + wrapped.height())
        )
