"""Numbers, times and coordinates as the volunteer's language writes them (QLocale).

The start-up makes the language's locale the default (surveyapp/app.py); the "C" locale of a
bare system or a test run is read as British English, the app's source language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from surveyapp.i18n import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # marked where shown


def locale() -> QLocale:
    """The locale dates and numbers follow."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return current


def breakable(name: str, longest: int = 16) -> str:
    """A file name (or a model, a note) that may wrap: a zero-width space after its separators
    and every ``longest`` characters of a run without one, so a long one fits a narrow column
    instead of asking it for its whole width."""
    breaks = re.compile(rf"[_\-.~+]|[^_\-.~+\s]{{{longest}}}(?=[^_\-.~+\s])")
    return breaks.sub(lambda match: match.group() + "\u200b", name)


def number(value: int) -> str:
    """A count with the language's digit grouping: 12,345 / 12 345 / 12.345."""
    return locale().toString(value)


def decimal(value: float, digits: int) -> str:
    """A decimal number with ``digits`` places and the language's decimal separator."""
    return locale().toString(value, "f", digits)


def clock(text: str) -> str:
    """The time of day of an ISO 8601 date-time ("2026-05-04T10:15:00+02:00"), localised."""
    time = QTime.fromString(text[11:19], "HH:mm:ss")
    if not time.isValid():
        return text[11:19]
    return locale().toString(time, QLocale.FormatType.ShortFormat)


def day(text: str) -> str:
    """An ISO 8601 date ("2026-05-04", an OSM check_date) as it is written in every language:
    year-month-day (a locale's short format gives 06/05/2011, which reads two ways)."""
    value = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    return value.toString(Qt.DateFormat.ISODate) if value.isValid() else text


def moment(text: str) -> str:
    """An ISO 8601 date-time (a photo's capture time, in its own UTC offset): the date
    year-month-day, the time of day as the language writes it ("2026-05-04 10:15")."""
    value = QDateTime.fromString(text, Qt.DateFormat.ISODate)
    if not value.isValid():
        return text
    time = locale().toString(value.time(), QLocale.FormatType.ShortFormat)
    return f"{value.date().toString(Qt.DateFormat.ISODate)} {time}"


def counted(text: str, count: int) -> str:
    """A translated ``%n`` message with its count grouped as the language groups digits.

    Qt writes ``%n`` as plain digits (100000); the volunteer reads 100,000 or 100 000.
    """
    return text.replace(str(count), number(count), 1) if abs(count) >= 1000 else text
