"""The window's three columns (list | map and photos | camera panel) stay where the volunteer
put them whatever a selected camera shows, and what it shows fits its column."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.ui.main_window import MainWindow
from tests.factory import PhotoSpec, make_jpeg
from tests.ui.conftest import START, run_import, wait_saved

LONG = {
    "vendor": "",
    "manufacturer": "Motorola Solutions Public Safety Video and Licence Plate Recognition",
    "brand": "Hangzhou-Hikvision-Digital-Technology-Company-Limited-Surveillance",
    "model": "DS-2CD2143G2-IS-4MM-WHITE-EXTENDED-WARRANTY-EDITION",
    "operator": "Direction of Municipal Traffic Safety and Public Space Supervision",
    "notes": "Seen from the corner of the bakery, partly hidden by the lime tree; " * 12,
}


def walk(folder: Path) -> Path:
    """A camera of one photo; one of twelve photos with long file names, the one with long texts."""
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes(make_jpeg(PhotoSpec(taken=START), seed=1))
    for i in range(12):
        spec = PhotoSpec(latitude=44.83, taken=START + timedelta(hours=2, minutes=i))
        name = f"PXL_20260504_101530123_MP~2~Portrait_Bokeh_Night_Sight_{i:02d}.jpg"
        (folder / name).write_bytes(make_jpeg(spec, seed=10 + i))
    return folder


def columns(window: MainWindow) -> list[int]:
    """The splitter's sizes once every layout pass the last change asked for has run."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    return window.splitter.sizes()


def shown(window: MainWindow) -> str | None:
    """The id of the camera the panel shows."""
    details = window.panel.details
    return None if details is None else str(details.id)


def cut_off(column: QWidget) -> list[str]:
    """The texts shown in ``column`` that do not fit in it."""
    cut = []
    for label in column.findChildren(QLabel):
        if not label.isVisibleTo(column) or not label.text():
            continue
        right = label.mapTo(column, label.rect().topRight()).x()
        if right >= column.width() or label.minimumSizeHint().width() > label.width():
            cut.append(label.text()[:60])
    return cut


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_selecting_cameras_never_moves_the_columns(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, size: tuple[int, int]
) -> None:
    """The camera's form replacing the start-up help, a long vendor name in its heading or a
    long file name under its photo asked their columns for more room, and the window moved
    every column at the first selection (the list narrowed by about 30 px)."""
    window.resize(*size)
    run_import(qtbot, window, [walk(tmp_path / "walk")]).accept()
    ordered = [row.id for row in window.table.model.visible]
    assert len(ordered) == 2
    (many,) = [row.id for row in window.table.model.visible if row.photos == 12]
    window.editor.set_fields(many, LONG)
    wait_saved(qtbot, window)
    before = columns(window)
    for row in (0, 1, 0, 1):
        window.table.view.selectRow(row)
        qtbot.waitUntil(lambda: shown(window) == ordered[row])  # noqa: B023 (waited on here)
        qtbot.waitUntil(lambda: bool(window.photo_pane.info.text()))
        assert columns(window) == before, f"after selecting row {row}"
        assert cut_off(window.panel) == []
        assert cut_off(window.photo_pane) == []
    # Where the volunteer put them stays too.
    window.splitter.setSizes([before[0] - 60, before[1] + 60, before[2]])
    moved = columns(window)
    window.table.view.selectRow(0)
    qtbot.waitUntil(lambda: shown(window) == ordered[0])
    assert columns(window) == moved


def test_a_long_value_shows_its_start_in_its_box(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A vendor, brand or model longer than its box showed its end ("…ence Plate
    Recognition"), the cursor left where setting the text put it."""
    run_import(qtbot, window, [walk(tmp_path / "walk")]).accept()
    (many,) = [row.id for row in window.table.model.visible if row.photos == 12]
    window.editor.set_fields(many, LONG)
    wait_saved(qtbot, window)
    window.table.view.selectRow([row.id for row in window.table.model.visible].index(many))
    qtbot.waitUntil(lambda: shown(window) == many)
    form = window.panel.form
    vendor = form.vendor.lineEdit()
    assert vendor is not None
    boxes = {"vendor": vendor, **{key: form.texts[key] for key in ("brand", "model")}}
    for key, box in boxes.items():
        assert box.fontMetrics().horizontalAdvance(box.text()) > box.width(), key  # too long
        assert box.cursorPosition() == 0, key
