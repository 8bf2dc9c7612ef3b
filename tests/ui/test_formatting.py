"""Dates read one way in every language: year-month-day, never 06/05/2011."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from surveyapp.ui.formatting import day, moment


@pytest.fixture(params=["en_US", "fr_FR", "sr_Cyrl_RS"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_dates_are_year_month_day_in_every_language(language: str) -> None:
    assert day("2011-05-06") == "2011-05-06"
    shown = moment("2011-05-06T14:03:00+02:00")
    assert shown.startswith("2011-05-06 ")
    assert "06/05" not in shown and "05/06" not in shown and "6.5." not in shown
    assert "14" in shown or "2:03" in shown  # the time of day, as the language writes it
