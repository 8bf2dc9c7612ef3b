"""CSV export: one row per camera, OSM keys as columns, longitude/latitude, UTF-8 with header.

A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
return) gets a leading apostrophe, so opening a shared survey cannot run anything (OWASP's
advice on CSV injection); plain numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from surveyapp.cameras.fields import FIELDS, SURVEY_KEYS
from surveyapp.export.job import ExportJob, write_each
from surveyapp.export.rows import ExportedCamera, decimal_text, extra_tag_keys, value_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def safe_cell(value: Any) -> str:
    """A value as CSV text that a spreadsheet shows and never evaluates."""
    text = value if type(value) is str else value_text(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


_OWN_COLUMNS = frozenset({"id", "longitude", "latitude", *SURVEY_KEYS})


def tag_keys(extra_keys: list[str]) -> list[str]:
    """The tag columns' keys: the OSM keys, then the extra tags."""
    osm = ["man_made"] + [
        key for key in FIELDS if key not in ("vendor_confidence", "status", "notes")
    ]
    osm.append("direction")
    return [*osm, *[k for k in extra_keys if k not in osm]]


def columns(extra_keys: list[str]) -> list[str]:
    """The header: id, longitude, latitude, the OSM keys, the extra tags, the survey columns.
    An extra tag named like one of the CSV's own columns (stored before such keys were
    refused) is headed ``tag:KEY``: each column name stays unique."""
    tags = [f"tag:{key}" if key in _OWN_COLUMNS else key for key in tag_keys(extra_keys)]
    return ["id", "longitude", "latitude", *tags, *SURVEY_KEYS]


# What a row's text cells, joined by commas after a comma, must not hold to be written as they
# are: a character CSV quotes, or a cell a spreadsheet would run as a formula (at a comma: with
# exactly one comma between cells, every comma starts a cell).
_NOT_PLAIN = re.compile('["\\n\\r]|,[=+\\-@\\t]')
_COVERED, _COUNT, _PHOTOS = (
    SURVEY_KEYS.index(key) for key in ("survey:covered_list", "survey:photo_count", "survey:photos")
)
_YES_NO = {True: "yes", False: "no", None: ""}


def write_csv(job: ExportJob) -> Iterator[tuple[int, int]]:
    """Write the CSV to job.out, yielding (done, total) every 1,000 rows."""
    extra_keys = extra_tag_keys(job.source, job.verified_only)
    header, keys = columns(extra_keys), tag_keys(extra_keys)
    blanks = [""] * len(keys)  # a tag the camera does not have
    commas = len(keys) + len(SURVEY_KEYS) - 1  # between a row's cells
    # Rows go through a memory buffer, written out a thousand at a time: csv writes each row
    # with a call of its own, and the file's text layer makes each call cost.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(header)

    def row(camera: ExportedCamera) -> None:
        survey = camera.survey
        values = [survey[key] for key in SURVEY_KEYS]
        values[_COVERED] = _YES_NO.get(values[_COVERED], values[_COVERED])
        values[_COUNT] = str(values[_COUNT])
        values[_PHOTOS] = ";".join(values[_PHOTOS])
        cells = [*map(camera.tags.get, keys, blanks), *["" if v is None else v for v in values]]
        # Most rows are all text, with no comma, quote or line end, and no formula: joined by
        # commas, that is the row's line, which one search checks. Any other row (a formula, a
        # comma in a value, a stored value that is not text) goes through safe_cell cell by
        # cell, then csv's writer.
        try:
            line = ",".join(cells)
        except TypeError:
            line = None
        if line is not None and line.count(",") == commas and _NOT_PLAIN.search("," + line) is None:
            buffer.write(
                f"{camera.id},{decimal_text(camera.longitude)},"
                f"{decimal_text(camera.latitude)},{line}\r\n"
            )
            return
        writer.writerow(
            [
                camera.id,
                decimal_text(camera.longitude),
                decimal_text(camera.latitude),
                *[safe_cell(cell) for cell in cells],
            ]
        )

    for progress in write_each(job, row):
        job.out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
        yield progress
