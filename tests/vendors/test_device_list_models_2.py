"""Camera model numbers from shops' and distributors' catalogues and makers' product pages
(device_list_models_2.csv), gathered after the fifth pass's grammars were written.

Mostly the makers the older tables hold few of: Dahua with its Imou, Amcrest and Lorex lines,
Uniview, Hanwha, Axis, HiLook and EZVIZ. What a volunteer sees is the maker identify proposes and
its FCC Covered List flag, for the model as written and as typed off a label; a Covered List maker
read only weakly is easy to overlook on the form, so those rows must read at least likely. The
counts of the whole table are pinned: a grammar change that loses a camera, or answers one wrongly,
fails here even where no single row's test was written for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyapp.vendors import identify
from tests.vendors.tables import (
    TYPINGS,
    Table,
    check_camera,
    check_known_miss,
    check_unidentified,
    rows,
    tally,
)

HERE = Path(__file__).parent
TABLE = Table(HERE / "device_list_models_2.csv")


def test_the_table_is_sourced_and_new() -> None:
    assert len(TABLE.cameras) >= 400 and len(TABLE.not_cameras) >= 15
    assert all(row["text"].strip() and row["source"].strip() for row in TABLE.rows)
    assert all(row["miss"] in ("", "known") for row in TABLE.rows)
    older = {
        row["text"].upper()
        for name in (
            "models.csv",
            "typed_models.csv",
            "held_out_models.csv",
            "device_list_models.csv",
        )
        for row in rows(HERE / name)
    }
    assert not [row["text"] for row in TABLE.rows if row["text"].upper() in older]


def test_the_whole_table_reads_as_measured() -> None:
    """415 right, 4 known misses unanswered, none wrong (before the sixth pass: 400 / 19 / 0)."""
    typed = [(row["text"], row["vendor"]) for row in TABLE.cameras + TABLE.known_misses]
    assert tally(typed) == (415, 4, [])


def test_the_o_for_0_typings_read_as_measured() -> None:
    """Typed with the letter O for every 0: 176 right, 10 unanswered, none wrong (before: 75 /
    111 / 0). Those left fit no strong family once read (Axis' bare `Q6O75`, `F1O15`)."""
    with_zero = [row for row in TABLE.cameras if "0" in row["text"]]
    typed = [(row["text"].replace("0", "O"), row["vendor"]) for row in with_zero]
    assert tally(typed) == (176, 10, [])


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("IPC-B12OH", "IPC-B120H"),  # rows of the table, typed with O for 0
        ("thc-t14o-m", "thc-t140-m"),
    ],
)
def test_a_model_typed_with_o_for_0_proposes_its_maker_and_the_number_read(
    text: str, reading: str
) -> None:
    (suggestion,) = identify(text)
    shown = (suggestion.vendor.slug, suggestion.brand, suggestion.vendor.covered)
    assert (shown, suggestion.confidence) == (("hikvision", "HiLook", True), "likely")
    assert suggestion.reasons[0].endswith(f", read as {reading}"), suggestion.reasons


def test_a_typing_whose_reading_fits_two_makers_gets_no_answer() -> None:
    """Lorex's LNB4321B (Dahua) is also the shape of a Hanwha Wisenet number: typed with I or l
    for the 1, either reading would be a guess between two makers."""
    assert [s.vendor.slug for s in identify("LNB4321B")] == ["dahua", "hanwha"]
    assert identify("LNB432IB") == [] and identify("LNB432lB") == []


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


@pytest.mark.parametrize(
    "text",
    [
        "TIC226D",  # a Texas Instruments triac: three digits, not the thermal camera's four
        "TIC106D",
        "2CV6",  # the Citroën, not a DS-2CV number typed without DS-
        # A label's serial number that starts like Hikvision's AE- vehicle cameras (AE-VC…): the
        # AE family keeps to the series letters of Hikvision's download centre.
        "S/N: AEFD5E4058A9",
    ],
)
def test_shapes_near_the_new_families_stay_unidentified(text: str) -> None:
    check_unidentified(text)
