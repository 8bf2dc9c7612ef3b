"""Window sizes that fit the screen a window opens on (a 1366 × 768 laptop is common)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(40, 60)  # left for the window's frame, the title bar and a taskbar


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, or less where the screen's available area is smaller."""
    wanted = QSize(width, height)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - FRAME)
