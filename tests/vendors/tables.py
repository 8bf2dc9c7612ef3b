"""The tables of model strings the vendor tests read (typed_models.csv, held_out_models.csv):
their rows, and what a volunteer is shown first for a string."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from surveyapp.vendors import identify, load_catalogue


def rows(path: Path) -> list[dict[str, str]]:
    """A table's rows, its ``#`` comment lines left out."""
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(line for line in file if not line.startswith("#")))


class Table:
    """One table's rows: cameras identify reads, cameras it misses on purpose, and strings of
    no catalogue camera (``vendor`` = ``none``)."""

    def __init__(self, path: Path) -> None:
        self.rows = rows(path)
        self.cameras = [row for row in self.rows if row["vendor"] != "none" and not row["miss"]]
        self.known_misses = [row for row in self.rows if row["vendor"] != "none" and row["miss"]]
        self.not_cameras = [row for row in self.rows if row["vendor"] == "none"]


def proposal(text: str) -> tuple[str, bool, str] | None:
    """What the volunteer is shown first: manufacturer, Covered List flag, confidence."""
    found = identify(text)
    if not found:
        return None
    return found[0].vendor.name, found[0].vendor.covered, found[0].confidence


def tally(typed: Iterable[tuple[str, str]]) -> tuple[int, int, list[tuple[str, str, str]]]:
    """How many of the (text, maker's slug) pairs read as their maker first, how many get no
    answer, and the texts read as another maker (with that maker and how sure)."""
    right, silent = 0, 0
    wrong: list[tuple[str, str, str]] = []
    for text, vendor in typed:
        found = identify(text)
        if not found:
            silent += 1
        elif found[0].vendor.slug == vendor:
            right += 1
        else:
            wrong.append((text, found[0].vendor.slug, found[0].confidence))
    return right, silent, wrong


TYPINGS = ["as written", "lower case", "spaces for dashes"]


def check_camera(row: dict[str, str], typing: str) -> None:
    """A table's camera, typed one of ``TYPINGS`` ways, proposes its maker and Covered List
    flag, never weakly for a Covered List maker."""
    text = {
        "as written": row["text"],
        "lower case": row["text"].lower(),
        "spaces for dashes": row["text"].replace("-", " "),
    }[typing]
    vendor = load_catalogue().by_slug(row["vendor"])
    shown = proposal(text)
    assert shown is not None, (text, row["source"])
    manufacturer, covered, confidence = shown
    assert (manufacturer, covered) == (vendor.name, vendor.covered), text
    if vendor.covered:
        assert confidence != "weak", text


def check_known_miss(row: dict[str, str]) -> None:
    """A camera missed on purpose gets no answer rather than a wrong one."""
    shown = proposal(row["text"])
    assert shown is None or (shown[0] == load_catalogue().by_slug(row["vendor"]).name), shown


def check_unidentified(text: str) -> None:
    """A string of no catalogue camera gets no Covered List maker and nothing strong or likely."""
    for suggestion in identify(text):
        assert not suggestion.vendor.covered, (text, suggestion.vendor.slug)
        assert suggestion.confidence == "weak", (text, suggestion.vendor.slug)
