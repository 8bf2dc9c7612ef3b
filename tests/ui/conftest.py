"""Fixtures for the desktop app's tests: a real database file, real photos, the real window."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from surveyapp.app import install_language, uninstall_language
from surveyapp.db.database import Database, open_database
from surveyapp.ui.changes import Changes
from surveyapp.ui.import_dialog import ImportDialog
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner, loud_garbage_collection, quiet_garbage_collection
from tests.factory import PhotoSpec, make_jpeg

START = datetime(2026, 5, 4, 10, 0)


def write_photos(folder: Path, count: int, *, spacing_deg: float = 0.001, start: int = 0) -> Path:
    """``count`` photos of distinct cameras (100 m apart, an hour apart), bearing 10° × i."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        spec = PhotoSpec(
            latitude=44.80 + i * spacing_deg,
            longitude=20.46,
            bearing=(10.0 * i) % 360,
            taken=START + timedelta(hours=i),
        )
        (folder / f"IMG_{i:04d}.jpg").write_bytes(make_jpeg(spec, seed=i))
    return folder


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The app in French, installed before the window is made (as at start-up); English
    again afterwards."""
    assert install_language(qapp, "fr") == "fr"
    yield
    uninstall_language(qapp)


@pytest.fixture(autouse=True)
def no_key_left_held() -> Iterator[None]:
    """A shortcut test whose window closes between a key's press and its release leaves Qt
    believing the modifier is still held (the next test's selectRow then selects as with Shift
    held): release every modifier after each test."""
    yield
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    probe = QWidget()
    probe.show()
    handle = probe.windowHandle()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(handle, key)
    probe.close()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def no_message_box_left_waiting(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box asks for a click no test gives (offscreen, it waits for ever: a merge's
    question once hung a whole CI run). Here it is answered Cancel and the test fails naming
    it; a test that expects one answers it with its own patch."""
    shown: list[str] = []

    def unanswered(kind: str) -> object:
        def box(_parent: object, _title: str, text: str, *_: object, **__: object) -> object:
            shown.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Cancel

        return box

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unanswered(kind))
    yield shown
    assert not shown, f"a message box no test answered: {shown}"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "survey.sqlite")
    yield database
    database.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # Its own settings file, never the user's; no online tiles (no internet in tests).
    result = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    result.tile_url = ""
    result.offline_folder = tmp_path / "offline-map"  # no areas, never the user's
    return result


@pytest.fixture
def app_gc() -> Iterator[None]:
    """The garbage collector set up as the app sets it (surveyapp/app.py), then restored."""
    interval = sys.getswitchinterval()
    old = quiet_garbage_collection()
    yield
    loud_garbage_collection(old)
    sys.setswitchinterval(interval)


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, settings: Settings, tasks: TaskRunner, tmp_path: Path
) -> MainWindow:
    main = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    main.start()
    qtbot.waitUntil(lambda: main.store.loaded, timeout=5000)
    return main


def run_import(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportDialog:
    """Import through the dialog and wait for its summary and the refreshed list."""
    dialog = window.import_paths(paths)
    with qtbot.waitSignal(window.store.reset, timeout=30000):
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    return dialog


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the edits queued on the database thread are committed and shown."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
