"""A row of buttons that wraps onto the next line instead of widening its column."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Lays its widgets out left to right and starts a new line where the next one would not
    fit: its minimum width is its widest widget's, so a column holding it keeps the width the
    volunteer gave it (surveyapp/ui/columns.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """The widest widget's width; one line's height (the rest comes from heightForWidth)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Put the widgets in ``rect`` (when ``move``), each centred on the height of its line
        as a row of buttons is (a label beside buttons sat at their top, higher than their
        words); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line, gap = area.x(), area.y(), 0, self._gap()
        placed: list[tuple[QLayoutItem, QRect]] = []  # the line's widgets, at its top

        def finish_line() -> None:
            for item, where in placed:
                item.setGeometry(where.translated(0, (line - where.height()) // 2))
            placed.clear()

        for item in self._shown():
            width = min(item.sizeHint().expandedTo(item.minimumSize()).width(), area.width())
            height = (
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            )
            if x > area.x() and x + width > area.x() + area.width():
                if move:
                    finish_line()
                x, y, line = area.x(), y + line + gap, 0
            if move:
                placed.append((item, QRect(QPoint(x, y), QSize(width, height))))
            x += width + gap
            line = max(line, height)
        if move:
            finish_line()
        return y + line - rect.y() + margins.bottom()
