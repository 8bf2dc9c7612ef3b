"""Scroll areas for a column's content that may be taller than a small screen's window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScroll(QScrollArea):
    """Scrolls up and down, never sideways: it asks for the width its content needs (a longer
    translation, the model suggestion appearing), so nothing is cut off on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: the focus sat on it, drawn nowhere, between the list and the
        # camera's fields; a field that takes the focus is scrolled into view all the same.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width may have changed
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        needed = (
            content.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), needed), hint.height())


class ShrinkFirst(QWidget):
    """A scroll area's content whose parts shrink to their least height before it scrolls.

    A scroll area scrolls as soon as the height its content prefers for its width is more than
    it has (``heightForWidth``), and a picture prefers a large one: on a small screen the photo
    pane scrolled while its picture could have been smaller. Here that height is the least the
    layout takes at that width (wrapped texts and buttons whole, a picture at its minimum), so
    the picture gives its room first and only what is left over scrolls."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)
