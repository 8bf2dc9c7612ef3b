"""Real model numbers as volunteers type them, and strings that must stay unidentified.

The table (typed_models.csv) holds each string exactly as its public source writes it: Dahua
series without the ``IPC-`` prefix (``HFW1230S``), the OEM lines' numbers (``IPC-T5442T-ZE``),
Hikvision numbers with typos, Huawei SDC numbers in lower case, Tiandy's ``TC-H3…`` line, other
makers' models and strings of no camera. What a volunteer sees is the maker identify proposes
(the camera's OSM ``manufacturer``) and whether it carries the FCC Covered List flag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.identify_typed import typings
from surveyapp.vendors import load_catalogue
from tests.test_cli import surveyapp
from tests.vendors.tables import Table, check_known_miss, check_unidentified, proposal

TABLE = Path(__file__).with_name("typed_models.csv")


TYPED = Table(TABLE)
ROWS, CAMERAS = TYPED.rows, TYPED.cameras
KNOWN_MISSES, NOT_CAMERAS = TYPED.known_misses, TYPED.not_cameras
COVERED = {vendor.slug for vendor in load_catalogue().vendors if vendor.covered}


def test_the_table_is_sourced_and_big_enough() -> None:
    assert len(CAMERAS) + len(KNOWN_MISSES) >= 60 and len(NOT_CAMERAS) >= 30
    assert all(row["text"].strip() and row["source"].strip() for row in ROWS)
    assert all(row["miss"] in ("", "known") for row in ROWS)
    catalogue = load_catalogue()
    for row in ROWS:
        if row["vendor"] != "none":
            catalogue.by_slug(row["vendor"])  # KeyError for an unknown slug
    covered_rows = [row for row in CAMERAS if row["vendor"] in COVERED]
    assert {row["vendor"] for row in covered_rows} >= {"hikvision", "dahua", "huawei"}


@pytest.mark.parametrize("row", CAMERAS, ids=lambda row: row["text"])
def test_each_typing_proposes_the_maker_and_its_covered_flag(row: dict[str, str]) -> None:
    vendor = load_catalogue().by_slug(row["vendor"])
    for kind, text in typings(row["text"]):
        shown = proposal(text)
        assert shown is not None, (kind, text, row["source"])
        manufacturer, covered, confidence = shown
        assert (manufacturer, covered) == (vendor.name, vendor.covered), (kind, text)
        if vendor.covered:
            # A Covered List maker read only weakly is easy to overlook on the form.
            assert confidence != "weak", (kind, text)


@pytest.mark.parametrize("row", KNOWN_MISSES, ids=lambda row: row["text"])
def test_a_known_miss_is_no_answer_rather_than_a_wrong_one(row: dict[str, str]) -> None:
    check_known_miss(row)


@pytest.mark.parametrize("row", NOT_CAMERAS, ids=lambda row: row["text"])
def test_other_strings_stay_unidentified(row: dict[str, str]) -> None:
    check_unidentified(row["text"])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # The three misses testers reported, as the CLI shows them.
        ("IPC-T5442T-ZE", "Dahua (dahua)  FCC Covered List — likely: model family IPC-T/IPC-B"),
        ("HFW1230S", "Dahua (dahua)  FCC Covered List — likely: model family IPC-H series"),
        ("TC-H367", "Tiandy (tiandy) — likely: model family TC-H3 pan-tilt number"),
    ],
)
def test_the_reported_misses_on_the_command_line(text: str, line: str) -> None:
    assert surveyapp("vendors", "identify", text).stdout.splitlines()[0].startswith(line)


def test_other_makers_in_the_task_keep_their_own_names() -> None:
    for text, maker in [
        ("Axis P3245", "Axis Communications"),
        ("Bosch NDE-3502", "Bosch Security"),
        ("Hanwha XNV-6080", "Hanwha Vision"),
    ]:
        assert proposal(text) == (maker, False, "strong")
