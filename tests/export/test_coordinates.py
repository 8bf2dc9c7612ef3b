"""Coordinates within a few metres of the prime meridian or the equator are written as plain
decimals: GPX 1.1 types them xsd:decimal, which has no exponent (before: lon="-5e-05")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from surveyapp.export.rows import decimal_text
from tests.factory import PhotoSpec, make_jpeg
from tests.test_cli import surveyapp


def test_a_coordinate_is_a_plain_decimal_with_the_fewest_digits() -> None:
    assert [decimal_text(v) for v in (-5e-05, 1e-07, 0.0, 51.4779, -179.9999999, 20.0)] == [
        "-0.00005", "0.0000001", "0.0", "51.4779", "-179.9999999", "20.0",
    ]  # fmt: skip


@pytest.mark.parametrize("format_", ["gpx", "osm", "kml", "csv"])
def test_a_camera_beside_the_prime_meridian_has_no_exponent(tmp_path: Path, format_: str) -> None:
    folder = tmp_path / "DCIM"
    folder.mkdir()
    (folder / "IMG_1.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=51.4779), seed=1))
    db = tmp_path / "survey.sqlite"
    surveyapp("import", str(folder), db=db)
    [camera] = json.loads(surveyapp("cameras", "--json", db=db).stdout)
    surveyapp("camera", "move", camera["id"], "51.4779", "-0.00005", db=db)
    text = surveyapp("export", format_, "-", db=db).stdout
    assert "-0.00005" in text and "51.4779" in text
    exponent = re.search(r"(?<![\w.-])-?\d+(\.\d+)?[eE][-+]\d+", text)  # 5e-05, not ids
    assert exponent is None, text[exponent.start() - 20 : exponent.end() + 20]
