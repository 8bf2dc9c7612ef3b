"""The status bar's messages can be read whole on a small screen, in French, and again once
they have gone."""

from __future__ import annotations

import socket

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.ui.main_window import MainWindow


def hovered(qtbot: QtBot, widget: QWidget, where: QPoint) -> str:
    """The tooltip a volunteer reads with the mouse resting at ``where`` in ``widget``."""
    QToolTip.hideText()
    target = widget.childAt(where) or widget
    local = target.mapFrom(widget, where)
    event = QHelpEvent(QEvent.Type.ToolTip, local, target.mapToGlobal(local))
    QApplication.sendEvent(target, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_long_message_is_whole_in_its_tooltip_and_kept_there_once_gone(
    french: None, qtbot: QtBot, window: MainWindow
) -> None:
    """In French on a 1024-pixel screen the map's "the online tiles cannot be loaded" notice
    was cut beside the counts ("…la carte affiche") and gone after 15 seconds; a long error was
    cut the same way. Each is shortened with "…", whole in the tooltip of the status bar, and
    still there once another message has replaced it."""
    window.resize(1024, 600)
    with socket.socket() as probe:  # a port nothing listens on: like no network
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window.settings.tile_url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    notices: list[str] = []
    window.map.notice.connect(notices.append)
    window.apply_settings()
    window.map.centre_on(44.8, 20.46, zoom=12)
    qtbot.waitUntil(lambda: bool(notices), timeout=15000)
    notice = notices[0]
    assert notice.startswith("Les tuiles de carte en ligne") and notice.endswith("hors ligne.")
    bar = window.statusBar()
    QApplication.processEvents()
    assert window.width() <= 1024
    left = QPoint(10, bar.height() // 2)  # where the message starts
    assert notice in hovered(qtbot, bar, left)

    error = (
        "cameras-of-the-city-centre-2026.geojson: le fichier n’est pas un GeoJSON valide "
        "(ligne 1, colonne 2) ; rien n’a été importé"
    )
    window.show_error(error)
    QApplication.processEvents()
    assert window.width() <= 1024  # never wider than the screen for a long error
    error_at = window.message.mapTo(bar, window.message.rect().center())
    assert error in hovered(qtbot, bar, error_at)

    bar.showMessage("Enregistré", 3000)  # a later message; the earlier ones are gone
    window.message.setText("")
    QApplication.processEvents()
    bar.clearMessage()  # as its few seconds end
    said = hovered(qtbot, bar, left)
    assert notice in said and error in said and "Plus tôt :" in said
