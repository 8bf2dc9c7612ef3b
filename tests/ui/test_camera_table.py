"""The camera list: filters, search and sorting over a survey of a few thousand cameras."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from benchmarks.bench_export import fill_database
from surveyapp.db.database import Database, open_database
from surveyapp.export.describe import direction_degrees
from surveyapp.ui.changes import Changes
from surveyapp.ui.main_window import MainWindow
from surveyapp.ui.settings import Settings
from surveyapp.ui.tasks import TaskRunner

CAMERAS = 3000


@pytest.fixture
def big(tmp_path: Path) -> Iterator[Database]:
    fill_database(tmp_path / "big.sqlite", CAMERAS, CAMERAS)
    db = open_database(tmp_path / "big.sqlite")
    with db.engine.begin() as connection:  # some synced, some without position
        connection.execute(text("UPDATE camera SET server_version = 1 WHERE rowid % 3 = 0"))
        connection.execute(text("UPDATE camera SET latitude = NULL, longitude = NULL, "
                                "position_source = NULL WHERE rowid % 100 = 1"))  # fmt: skip
    yield db
    db.close()


@pytest.fixture
def listed(qtbot: QtBot, big: Database, settings: Settings, tasks: TaskRunner) -> MainWindow:
    window = MainWindow(big, settings, tasks, Changes())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.store.loaded, timeout=10000)
    return window


def count(db: Database, where: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(
            text(f"SELECT count(*) FROM camera WHERE deleted = 0 AND ({where})")
        ).scalar_one())  # fmt: skip


def shown(window: MainWindow) -> int:
    return window.table.model.rowCount()


def test_filters_show_what_the_database_holds(
    qtbot: QtBot, listed: MainWindow, big: Database
) -> None:
    table = listed.table
    assert shown(listed) == CAMERAS
    table.vendor.setCurrentIndex(table.vendor.findData("hikvision"))
    hikvision = "vendor_slug = 'hikvision' OR (vendor_slug IS NULL AND manufacturer = 'Hikvision')"
    assert shown(listed) == count(big, hikvision) > 0
    assert {row.vendor for row in table.model.visible} == {"Hikvision"}
    table.vendor.setCurrentIndex(table.vendor.findData(""))
    assert shown(listed) == count(big, "manufacturer IS NULL AND brand IS NULL") > 0
    table.vendor.setCurrentIndex(0)

    table.covered.setChecked(True)
    assert 0 < shown(listed) < CAMERAS
    assert all(row.covered for row in table.model.visible)
    table.covered.setChecked(False)

    table.camera_type.setCurrentIndex(table.camera_type.findData("dome"))
    assert shown(listed) == count(big, "camera_type = 'dome'") > 0
    table.camera_type.setCurrentIndex(0)

    table.no_position.setChecked(True)
    assert shown(listed) == count(big, "latitude IS NULL") == CAMERAS // 100
    table.unsynced.setChecked(True)  # both: unsynced and without position
    assert shown(listed) == count(big, "latitude IS NULL AND server_version IS NULL")
    table.no_position.setChecked(False)
    assert shown(listed) == count(big, "server_version IS NULL")
    table.unsynced.setChecked(False)
    assert shown(listed) == CAMERAS
    assert table.count.text() == f"{CAMERAS:,} cameras"


def test_search_box_matches_words_in_any_column(
    qtbot: QtBot, listed: MainWindow, big: Database
) -> None:
    table = listed.table
    QTest.keyClicks(table.search, "dahua dome")
    qtbot.waitUntil(lambda: shown(listed) < CAMERAS, timeout=2000)
    expected = count(
        big, "(manufacturer = 'Dahua' OR vendor_slug = 'dahua') AND camera_type = 'dome'"
    )
    assert shown(listed) == expected > 0
    assert table.count.text() == f"{expected:,} of {CAMERAS:,}"
    table.search.clear()
    qtbot.waitUntil(lambda: shown(listed) == CAMERAS, timeout=2000)


def test_sorting_by_a_column(qtbot: QtBot, listed: MainWindow) -> None:
    table = listed.table
    table.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # photos
    photos = [row.photos for row in table.model.visible]
    assert photos == sorted(photos, reverse=True)
    table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # vendor, unknown last
    vendors = [row.vendor for row in table.model.visible]
    known = [v for v in vendors if v]
    assert known == sorted(known, key=str.casefold) and vendors[-1] == ""


def test_selection_survives_filtering_and_edits(qtbot: QtBot, listed: MainWindow) -> None:
    table = listed.table
    row = next(r for r in table.model.visible if r.camera_type == "dome")
    listed.selection.set([row.id])
    table.camera_type.setCurrentIndex(table.camera_type.findData("dome"))
    selected = table.view.selectionModel().selectedRows()
    assert [table.model.visible[i.row()].id for i in selected] == [row.id]
    # Edited so that it no longer passes the filter: it leaves the list, but stays selected
    # so that the panel the volunteer is typing in does not vanish.
    listed.editor.set_fields(row.id, {"camera:type": "fixed"})
    qtbot.waitUntil(lambda: row.id not in {r.id for r in table.model.visible}, timeout=5000)
    assert listed.selection.ids == (row.id,)
    assert listed.panel.details is not None and str(listed.panel.details.id) == row.id
    assert listed.panel.form.combos["camera:type"].currentData() == "fixed"


def test_the_review_filter_and_column_show_the_teams_review(
    qtbot: QtBot, big: Database, settings: Settings, tasks: TaskRunner
) -> None:
    with big.engine.begin() as connection:  # as a pull from the team's server leaves them
        connection.execute(text("UPDATE camera SET review_state = 'verified' WHERE rowid % 7 = 0"))
        connection.execute(text("UPDATE camera SET review_state = 'disputed' WHERE rowid % 11 = 0"))
    window = MainWindow(big, settings, tasks, Changes())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.store.loaded, timeout=10000)
    table = window.table
    for state in ("verified", "disputed", "unverified"):
        table.review.setCurrentIndex(table.review.findData(state))
        assert shown(window) == count(big, f"review_state = '{state}'") > 0
        assert {row.review for row in table.model.visible} == {state}
    table.review.setCurrentIndex(table.review.findData("removed"))
    assert shown(window) == 0
    table.review.setCurrentIndex(0)
    assert shown(window) == CAMERAS
    review_column = [table.model.headerData(c, Qt.Orientation.Horizontal)
                     for c in range(table.model.columnCount())].index("Review")  # fmt: skip
    texts = {table.model.index(r, review_column).data() for r in range(shown(window))}
    assert texts == {"verified", "disputed", "unverified"}


def test_sorting_by_direction_goes_round_the_compass(qtbot: QtBot, listed: MainWindow) -> None:
    # "20" comes before "101", and "NE" sits at 45°, not after every number (before, the
    # column sorted as text: 101, 178, 195, 20, 235).
    table = listed.table
    table.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    bearings = [direction_degrees(row.direction) for row in table.model.visible]
    known = [b for b in bearings if b is not None]
    assert len(known) > CAMERAS // 2
    assert known == sorted(known)
    assert bearings[: len(known)] == known  # cameras without a direction come last
