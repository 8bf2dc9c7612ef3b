"""Importing already-mapped cameras in the app: a hostile or broken file is refused with the
same sentence as `known import` (the file's name, why, and that nothing was imported)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from surveyapp.db.models import KnownCamera
from surveyapp.ui.main_window import MainWindow
from tests.test_cli import surveyapp

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
    assert text.startswith("cameras.json: ") and "directory" in text and "Errno" not in text
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)


def test_a_big_file_says_how_far_it_is_read_and_closing_the_app_stops_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A 500 MB OSM XML file took 45 s to read: the status line said "Reading…" then nothing,
    and after the window closed the reading went on to the end and stored its cameras."""
    big = tmp_path / "country.osm"
    node = b'<node id="%d" lat="44.8" lon="20.4"><tag k="man_made" v="surveillance"/></node>\n'
    with open(big, "wb") as stream:
        stream.write(b"<osm>")
        for start in range(0, 400_000, 10_000):
            stream.write(b"".join(node % i for i in range(start, start + 10_000)))
        stream.write(b"</osm>")
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
