"""Camera model numbers from device lists and makers' download centres (device_list_models.csv).

Most rows are two cameras per series of Hikvision's own download centre (the maker's word for
who made them), the rest models named with their maker in public monitoring templates and
device lists. What a volunteer sees is the maker identify proposes and its FCC Covered List flag,
for the model as written and as typed off a label; a Covered List maker read only weakly is easy
to overlook on the form, so those rows must read at least likely.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.vendors.tables import (
    TYPINGS,
    Table,
    check_camera,
    check_known_miss,
    check_unidentified,
    rows,
)

HERE = Path(__file__).parent
TABLE = Table(HERE / "device_list_models.csv")


def test_the_table_is_sourced_and_new() -> None:
    assert len(TABLE.cameras) >= 120 and len(TABLE.not_cameras) >= 5
    assert all(row["text"].strip() and row["source"].strip() for row in TABLE.rows)
    assert all(row["miss"] in ("", "known") for row in TABLE.rows)
    older = {
        row["text"].upper()
        for name in ("models.csv", "typed_models.csv", "held_out_models.csv")
        for row in rows(HERE / name)
    }
    assert not [row["text"] for row in TABLE.rows if row["text"].upper() in older]


@pytest.mark.parametrize("row", TABLE.cameras, ids=lambda row: row["text"])
@pytest.mark.parametrize("typing", TYPINGS)
def test_each_camera_proposes_its_maker_and_covered_flag(row: dict[str, str], typing: str) -> None:
    check_camera(row, typing)


@pytest.mark.parametrize("row", TABLE.known_misses, ids=lambda row: row["text"])
def test_a_known_miss_is_no_answer_rather_than_a_wrong_one(row: dict[str, str]) -> None:
    check_known_miss(row)


@pytest.mark.parametrize("row", TABLE.not_cameras, ids=lambda row: row["text"])
def test_other_strings_stay_unidentified(row: dict[str, str]) -> None:
    check_unidentified(row["text"])
