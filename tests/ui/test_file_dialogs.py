"""The app's file dialogs never open the files they list: SQLite keeps its locks.

Closing any descriptor of the survey database drops SQLite's POSIX locks on it in the whole
process (the cause of the lost edits in docs/reliability.md). Here a real SQLite connection holds
its lock on a survey in the folder the dialog lists; /proc/locks says whether it survives.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from surveyapp.app import install_language, uninstall_language
from surveyapp.ui import file_dialogs

UI = Path(file_dialogs.__file__).parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/locks")


def test_every_file_dialog_of_the_app_comes_from_file_dialogs() -> None:
    direct = re.compile(r"QFileDialog\s*\.\s*get|QFileDialog\s*\(")
    offenders = [
        path.name
        for path in UI.glob("*.py")
        if path != Path(file_dialogs.__file__) and direct.search(path.read_text())
    ]
    assert offenders == []


def _locked(path: Path) -> bool:
    inode = os.stat(path).st_ino
    with open("/proc/locks") as locks:
        return any(
            line.split()[4] == str(os.getpid()) and line.split()[5].endswith(f":{inode}")
            for line in locks
        )


@pytest.fixture
def survey(tmp_path: Path) -> Iterator[Path]:
    """A WAL survey file held open (and so locked) by a real SQLite connection."""
    db = tmp_path / "S.sqlite"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.execute("SELECT * FROM t").fetchall()
    (tmp_path / "city.geojson").write_text("{}")
    assert _locked(db)
    yield db
    connection.close()


def _shown_dialog() -> QFileDialog | None:
    """The file dialog on screen, if one is."""
    shown = QApplication.topLevelWidgets()
    return next((w for w in shown if isinstance(w, QFileDialog) and w.isVisible()), None)


def _answer_once_listed(folder: Path, seen: list[bool], db: Path) -> None:
    """When the open dialog has looked at every file of ``folder``: note whether the lock is
    still there, and cancel."""

    def look() -> None:
        dialog = _shown_dialog()
        model = dialog.findChild(QFileSystemModel) if dialog is not None else None
        if dialog is None or model is None:
            QTimer.singleShot(20, look)
            return
        index = model.index(str(folder))
        rows = [model.index(row, 0, index) for row in range(model.rowCount(index))]
        if len(rows) < 4 or not all(model.type(row) for row in rows):  # S, -wal, -shm, city
            QTimer.singleShot(20, look)
            return
        seen.append(_locked(db))
        dialog.reject()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    "ask",
    [
        lambda folder: file_dialogs.open_file_name(None, "Known cameras", str(folder), "*"),
        lambda folder: file_dialogs.save_file_name(None, "Database", str(folder / "S.sqlite")),
        lambda folder: file_dialogs.save_file_name(None, "Export", str(folder / "new.geojson")),
        lambda folder: "".join(file_dialogs.photos_and_folders(None, "Import", str(folder))),
    ],
    ids=["open", "save-over-the-survey", "save-new", "photos-and-folders"],
)
def test_listing_the_surveys_folder_keeps_sqlite_locks(
    qtbot: QtBot, survey: Path, ask: Callable[[Path], str]
) -> None:
    seen: list[bool] = []
    _answer_once_listed(survey.parent, seen, survey)
    assert ask(survey.parent) == ""  # cancelled once the folder was listed
    assert seen == [True]
    assert _locked(survey)


# Each file dialog asked for a file or a folder: (its folder) -> what was chosen.
EVERY_DIALOG = pytest.mark.parametrize(
    "ask",
    [
        lambda folder: file_dialogs.open_file_name(None, "Known cameras", str(folder), "*"),
        lambda folder: "".join(file_dialogs.photos_and_folders(None, "Import", str(folder))),
    ],
    ids=["open", "photos-and-folders"],
)


def _words_once_listed(listed: Path) -> list[str]:
    """The words the next file dialog shows (labels, column headings, the type filter and
    the type of ``listed``) once it lists ``listed``; the dialog is then cancelled."""
    seen: list[str] = []

    def look() -> None:
        dialog = _shown_dialog()
        model = dialog.findChild(QFileSystemModel) if dialog is not None else None
        index = model.index(str(listed)) if model is not None else None
        if dialog is None or model is None or index is None or not model.type(index):
            QTimer.singleShot(20, look)
            return
        seen.extend(label.text().replace("&", "") for label in dialog.findChildren(QLabel))
        seen.extend(model.headerData(column, Qt.Orientation.Horizontal) for column in range(4))
        seen.extend(box.currentText() for box in dialog.findChildren(QComboBox))
        seen.append(model.type(index))
        dialog.reject()

    QTimer.singleShot(0, look)
    return seen


@EVERY_DIALOG
def test_the_dialogs_speak_french(
    french: None, qtbot: QtBot, tmp_path: Path, ask: Callable[[Path], str]
) -> None:
    """In the French app the file dialogs said "Look in:", "Files of type:" and "Folder" in
    English beside "Nom de fichier :" (Qt 6.11 words the first two "&Look in:" and "Files of
    &type:", which its French translation lacks, and has no French "Folder")."""
    (tmp_path / "DCIM").mkdir()
    seen = _words_once_listed(tmp_path / "DCIM")
    assert ask(tmp_path) == ""
    assert "Voir dans :" in seen
    assert "Fichiers de type :" in seen
    assert "Dossier" in seen
    assert not {"Look in:", "Files of type:", "Folder"} & set(seen)


@pytest.fixture
def serbian(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "sr_Latn") == "sr_Latn"
    yield
    uninstall_language(qapp)


@EVERY_DIALOG
def test_the_dialogs_speak_serbian_in_latin_letters(
    serbian: None, qtbot: QtBot, tmp_path: Path, ask: Callable[[Path], str]
) -> None:
    """In the Serbian app the file dialogs said "File name:", "Name", "Size", "Type", "Date
    Modified" and "All Files (*)" in English (Qt has no Serbian), and named the files' types
    in Cyrillic ("ЈПЕГ слика") beside Latin words."""
    (tmp_path / "IMG_0001.jpg").write_bytes(b"")
    seen = _words_once_listed(tmp_path / "IMG_0001.jpg")
    assert ask(tmp_path) == ""
    assert {"Ime datoteke:", "Ime", "Veličina", "Tip", "Izmenjeno"} <= set(seen)
    assert not {"File name:", "Name", "Size", "Type", "Date Modified", "All Files (*)"} & set(seen)
    assert not [text for text in seen if any("а" <= c <= "я" or c in "јљњћђџ" for c in text)]


PHONE_NAMES = [
    "IMG_20260504_101500.jpg",
    "PXL_20260504_101512345.MP.jpg",
    "Screenshot_20260504-101530_Camera.jpg",
    "WhatsApp Image 2026-05-04 at 10.15.45.jpeg",
    "signal-2026-05-04-101600_002.jpeg",
    "IMG_4578.HEIC",
    "DSC_0001.JPG",
]


@EVERY_DIALOG
def test_a_phones_file_names_sizes_types_and_dates_show_whole_in_french(
    french: None, qtbot: QtBot, tmp_path: Path, ask: Callable[[Path], str]
) -> None:
    """Qt's dialog opened with columns too narrow for a phone's photos in French: names cut in
    the middle ("PXL_2026…MP.jpg"), sizes and types cut ("3…Mio", "im…EG") and "Dernière
    modifica". Every column is now as wide as what it holds and its title, and the dialog still
    fits the screen."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for name in PHONE_NAMES:
        with open(folder / name, "wb") as photo:
            photo.truncate(3_456_789)  # a phone photo's size, without writing it
    seen: list[str] = []
    deadline = time.monotonic() + 10

    def cut(dialog: QFileDialog) -> list[str]:
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None and tree.isVisible()
        header = tree.header()
        titles = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        return [
            str(titles[column])
            for column in range(4)
            if header.sectionSize(column)
            < max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
        ]

    def look() -> None:
        dialog = _shown_dialog()
        model = dialog.findChild(QFileSystemModel) if dialog is not None else None
        if dialog is None or model is None:
            QTimer.singleShot(20, look)
            return
        index = model.index(str(folder))
        rows = [model.index(row, 0, index) for row in range(model.rowCount(index))]
        listed = len(rows) == len(PHONE_NAMES) and all(model.type(row) for row in rows)
        if (not listed or cut(dialog)) and time.monotonic() < deadline:
            QTimer.singleShot(20, look)
            return
        seen.extend(cut(dialog) if listed else ["not listed"])
        screen = dialog.screen().availableGeometry()
        if dialog.width() > screen.width() or dialog.height() > screen.height():
            seen.append(f"{dialog.width()} × {dialog.height()}: wider than the screen")
        dialog.reject()

    QTimer.singleShot(0, look)
    assert ask(folder) == ""
    assert seen == []
