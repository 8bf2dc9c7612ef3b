"""Importing already-mapped cameras in the app: a hostile or broken file is refused with the
same sentence as `known import` (the file's name, why, and that nothing was imported)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from surveyapp.db.models import KnownCamera
from surveyapp.ui.main_window import MainWindow
from tests.test_cli import surveyapp
from tests.ui.conftest import run_import, write_photos

FEATURES = b'{"type": "FeatureCollection", "features": 5}'
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %c "%s">' % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(9))
    + b']><osm><node id="1" lat="1" lon="1"><tag k="man_made" v="surveillance"/>'
    b'<tag k="note" v="&j;"/></node></osm>'
)


@pytest.mark.parametrize(("name", "content"), [("city.geojson", FEATURES), ("laughs.osm", LAUGHS)])
def test_a_bad_file_is_refused_in_the_app_as_on_the_command_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, name: str, content: bytes
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    refused = surveyapp("known", "import", str(bad), db=tmp_path / "other.sqlite", check=False)
    assert refused.returncode == 2
    said = refused.stderr.strip().removeprefix("error: ").replace(str(bad), name)

    task = window.known.import_file(bad)
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=5000)
    assert window.message.text() == said
    with window.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(KnownCamera)) == 0
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def test_a_folder_is_refused_in_the_app_naming_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "cameras.json"
    folder.mkdir()
    task = window.known.import_file(folder)
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=5000)
    text = window.message.text()
    assert text.startswith("cameras.json: ") and "folder" in text and "Errno" not in text
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def country(path: Path, cameras: int = 400_000) -> Path:
    """OSM XML of ``cameras`` cameras (32 MB for 400,000): seconds to read, in the app."""
    node = b'<node id="%d" lat="44.8" lon="20.4"><tag k="man_made" v="surveillance"/></node>\n'
    with open(path, "wb") as stream:
        stream.write(b"<osm>")
        for start in range(0, cameras, 10_000):
            stream.write(b"".join(node % i for i in range(start, start + 10_000)))
        stream.write(b"</osm>")
    return path


def known_count(window: MainWindow) -> int:
    with window.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(KnownCamera)) or 0


def test_an_edit_made_while_a_big_file_is_read_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The file was read on the survey's writing thread: an operator typed in the camera panel
    while a 500 MB file was read waited, unsaved, until the whole file was read (45 s)."""
    run_import(qtbot, window, [write_photos(tmp_path / "walk", 1)]).accept()
    window.table.view.selectRow(0)
    camera_id = window.table.model.visible[0].id
    task = window.known.import_file(country(tmp_path / "country.osm"))
    said = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: said().startswith("Reading country.osm: "), timeout=10000)

    operator = window.panel.form.texts["operator"]
    operator.setFocus()
    QTest.keyClicks(operator, "City police")
    with qtbot.waitSignal(window.editor.applied, timeout=10000):
        QTest.keyClick(operator, Qt.Key.Key_Return)
    assert task.running and window.known.stop_button.isVisible()  # the file is still read
    with sqlite3.connect(window.db.path) as survey:  # in the survey file, as another program
        saved = survey.execute(
            "SELECT operator FROM camera WHERE id = ?", (camera_id.replace("-", ""),)
        ).fetchall()
        assert (saved, survey.execute("SELECT count(*) FROM known_camera").fetchone()) == (
            [("City police",)], (0,),
        )  # fmt: skip
    survey.close()
    with qtbot.waitSignal(task.done, timeout=10000):
        window.known.stop_button.click()
    assert known_count(window) == 0


def test_cancel_beside_the_progress_stops_the_reading_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Closing the app was the only way to stop the reading of a big file."""
    task = window.known.import_file(country(tmp_path / "country.osm"))
    said = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: said().startswith("Reading country.osm: "), timeout=10000)
    stop = window.known.stop_button
    assert stop.isVisible() and stop.text() == "Cancel" and window.statusBar().isAncestorOf(stop)
    assert not window.known_action.isEnabled()  # one file at a time
    with qtbot.waitSignal(task.done, timeout=3000):  # within moments, not at the file's end
        QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert said() == "country.osm: import cancelled; nothing was imported"
    assert not stop.isVisible() and window.known_action.isEnabled()
    assert window.message.text() == ""  # said, not shown as an error
    assert known_count(window) == 0
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def test_a_file_read_beside_the_edits_is_stored_as_before(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Read on a thread of its own, then stored in one short write: the same rows, counts and
    sentence as when it was read and stored in one go; again, its cameras are updated."""
    path = tmp_path / "city.osm"
    path.write_bytes(
        b'<osm><node id="1" lat="44.8" lon="20.4"><tag k="man_made" v="surveillance"/></node>'
        b'<node id="2" lat="44.9" lon="20.5"/><node id="3" lat="45" lon="20.6"/>'
        b'<way id="7"><nd ref="2"/><nd ref="3"/><tag k="man_made" v="surveillance"/></way>'
        b'<way id="8"><nd ref="99"/><tag k="man_made" v="surveillance"/></way>'
        b'<node id="4" lat="1" lon="1"><tag k="shop" v="kiosk"/></node></osm>'
    )
    said: list[str] = []
    window.known.message.connect(said.append)
    for outcome in ("2 new, 0 updated", "0 new, 2 updated"):
        with qtbot.waitSignal(window.known.import_file(path).finished, timeout=10000):
            pass
        assert said[-1] == (
            f"2 already-mapped cameras loaded: {outcome}, 2 skipped (not a camera, or no position)"
        )
    with window.db.read_session() as session:
        rows = session.execute(
            select(KnownCamera.source, KnownCamera.source_id, KnownCamera.latitude,
                   KnownCamera.longitude).order_by(KnownCamera.source_id)
        ).all()  # fmt: skip
    assert [tuple(row) for row in rows] == [
        ("osm", "node/1", 44.8, 20.4), ("osm", "way/7", 44.95, 20.55),
    ]  # fmt: skip
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def test_a_big_file_says_how_far_it_is_read_and_closing_the_app_stops_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A 500 MB OSM XML file took 45 s to read: the status line said "Reading…" then nothing,
    and after the window closed the reading went on to the end and stored its cameras."""
    big = country(tmp_path / "country.osm")
    total = big.stat().st_size // (1024 * 1024)

    task = window.known.import_file(big)
    said = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: " MB" in said(), timeout=10000)
    assert said().startswith("Reading country.osm: ") and said().endswith(f" of {total} MB…")
    with qtbot.waitSignal(task.failed, timeout=10000):
        window.tasks.cancel_all()  # as closing the window does
    with window.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(KnownCamera)) == 0
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def test_a_named_pipe_is_refused_in_the_app_without_waiting(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A named pipe chosen in the app was waited on for ever on the writer thread: every edit
    after it waited too, and the app could not close."""
    pipe = tmp_path / "cameras.osm"
    os.mkfifo(pipe)
    try:
        task = window.known.import_file(pipe)
        with qtbot.waitSignal(task.failed, timeout=10000):
            pass
    finally:  # a reader still waiting for a writer (the code before the fix): let it go
        with contextlib.suppress(OSError):  # ENXIO: nobody is reading it
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    qtbot.waitUntil(lambda: window.message.text() != "", timeout=5000)
    assert window.message.text() == (
        "cameras.osm: a named pipe or a device, not a file; nothing was imported"
    )
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
