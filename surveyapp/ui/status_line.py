"""The status bar's messages: shortened with "…" where the window is narrow, whole in their
tooltip, and the last few kept there after they have gone.

Qt's own status bar draws a passing message on one line and cuts it at the counts beside it
(in French at 1024 px: "…la carte affiche"), then drops it after its few seconds: the end of a
long message (what failed, what an import did) could not be read at all.
"""

from __future__ import annotations

import html
from collections import deque
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QToolTip, QWidget

KEPT = 5  # messages kept in the tooltip after they have gone


class ElidedLabel(QLabel):
    """One line of plain text that ends with "…" where it has less room than its text, instead
    of widening the window or being cut off; ``text()`` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def shown_text(self) -> str:
        """The text as drawn: whole, or shortened with "…" to the label's width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        if not self.text():
            return hint
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M…") * 4), hint.height()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), align, self.shown_text())


class _MessageLine(ElidedLabel):
    """The passing message; a click shows its tooltip at once."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self.toolTip():
            QToolTip.showText(event.globalPosition().toPoint(), self.toolTip(), self)


class MessageBar(QStatusBar):
    """A status bar whose passing messages are shortened, never cut, and stay readable: the
    message's tooltip holds it whole with the few before it, with the time each was said
    (a click shows it too). What is under way ("Loading…") is shown but not kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = _MessageLine()
        self.line.setObjectName("StatusMessage")
        self.addWidget(self.line, 1)
        self.recent: deque[tuple[str, str]] = deque(maxlen=KEPT)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)
        self._tip()

    # Qt's names and arguments: every caller of statusBar() gets these.
    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:  # noqa: N802 (Qt's)
        self.line.setText(text)
        self.remember(text)
        if timeout:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        self.line.setText("")
        self._tip()
        self.messageChanged.emit("")

    def currentMessage(self) -> str:  # noqa: N802 (Qt override)
        return self.line.text()

    def remember(self, text: str) -> None:
        """Keep ``text`` among the recent messages of the tooltip (an error shown beside the
        counts is kept too); a message of something still under way is not."""
        if text and not text.endswith("…") and (not self.recent or self.recent[-1][1] != text):
            self.recent.append((datetime.now().strftime("%H:%M"), text))
        self._tip()

    def _tip(self) -> None:
        lines = [
            f"<p>{said} — {html.escape(text)}</p>"
            for said, text in reversed(self.recent)
            if text != self.line.text()
        ]
        current = self.line.text()
        parts = [f"<p><b>{html.escape(current)}</b></p>"] if current else []
        if lines:
            earlier = self.tr("Earlier:")
            parts.append(f"<p>{html.escape(earlier)}</p>")
            parts.extend(lines)
        # The line stretches over the bar's free room: its tooltip is there with no message.
        self.line.setToolTip("".join(parts))
