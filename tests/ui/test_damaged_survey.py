"""The app on a survey with a damaged page in its middle (its header whole, so it opens).

Before: the camera list showed "0 cameras" without a word when the page was one of the cameras'
(3,000 in the file), nothing at all when it was a photo's, and the daily backup copied the
damage beside the good backups.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from benchmarks.bench_export import fill_database
from surveyapp.db.database import open_database
from surveyapp.ui.changes import Changes
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.recovery_dialog import restore_closed_survey
from surveyapp.ui.settings import Settings
from surveyapp.ui.survey_check import SurveyCheck
from surveyapp.ui.tasks import TaskRunner
from tests.db.test_damaged_page import damage_page, good_backup

CAMERAS = 3000


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pristine") / "S.sqlite"
    fill_database(db, CAMERAS, CAMERAS)
    return db


def answer_recovery_dialog(seen: list[str]) -> None:
    """Click "Restore the backup" in the recovery dialog once it shows (a modal box: its own
    event loop runs while it waits)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "RecoveryDialog":
                if not widget.isVisible():
                    continue
                seen.append(f"{widget.text()} {widget.informativeText()} {widget.detailedText()}")
                for button in widget.buttons():
                    if button.text() == "Restore the backup":
                        button.click()
                        return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


@pytest.mark.parametrize("table", ["camera", "photo"])
def test_a_damaged_page_is_said_at_once_and_the_app_goes_back_to_the_good_backup(
    qtbot: QtBot,
    pristine: Path,
    tmp_path: Path,
    settings: Settings,
    table: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "survey" / "S.sqlite"
    path.parent.mkdir()
    shutil.copy(pristine, path)
    good = good_backup(path, days_ago=1)
    damage_page(path, table)

    db = open_database(path)  # the header is whole: it opens
    tasks = TaskRunner()
    window = MainWindow(db, settings, tasks, Changes(), tile_cache=tmp_path / "tiles")
    qtbot.addWidget(window)
    window.show()
    window.start()
    seen: list[str] = []
    answer_recovery_dialog(seen)
    check = SurveyCheck(db, tasks, window, window.show_error)  # as surveyapp.app wires it
    check.start()
    try:
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
        said = window.message.text()
        assert said.startswith("the survey database is damaged"), said
        assert good.name in said
        assert len(seen) == 1 and good.name in seen[0]
        assert check.restore == good
    finally:
        tasks.wait()
        db.close()
    assert sorted(path.parent.glob("*.backup")) == [good]  # no copy of the damage

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert restore_closed_survey(path, good)
    assert told and good.name in told[0]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM camera").fetchone()[0] == CAMERAS
    connection.close()
