"""The public page's language and its fixed texts in it.

The coordinator may choose the language (``server run --public-language``); else the visitor's
browser says which it reads (Accept-Language, RFC 9110 §12.5.4) and the first of those the app
speaks is taken; else English. The texts are marked here for lupdate in the "public page"
context and read from the app's translation files (surveyapp/i18n.py), as the command line reads
them: no Qt in the server. Values a reviewer typed (vendors, OSM tags) are never translated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from surveyapp.i18n import (
    ENGLISH,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Translator,
    language_from_locale,
    load_catalogue,
)

CONTEXT = "public page"
# The page's language as HTML names it (BCP 47), and the one its dates and numbers are written
# in (the desktop app's English is British: "4 May 2026").
HTML_LANGUAGE = {"en": "en", "fr": "fr", "sr_Latn": "sr-Latn", "sr_Cyrl": "sr-Cyrl"}
NUMBER_LOCALE = {"en": "en-GB", "fr": "fr-FR", "sr_Latn": "sr-Latn-RS", "sr_Cyrl": "sr-Cyrl-RS"}
PLURAL_RULE = {"en": "en", "fr": "fr", "sr_Latn": "sr", "sr_Cyrl": "sr"}  # map.js knows each
# Accept-Language is the visitor's to write: only so much of it is read.
MOST_HEADER_CHARACTERS = 1000
MOST_RANGES = 20
_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_QUALITY = re.compile(r"0(\.[0-9]{0,3})?|1(\.0{0,3})?")  # RFC 9110 §12.4.2

# The page's own texts (index.html's {{placeholders}}).
PAGE_TEXTS = {
    "loading": QT_TRANSLATE_NOOP("public page", "Loading cameras…"),
    "vendor": QT_TRANSLATE_NOOP("public page", "Vendor"),
    "covered_hint": QT_TRANSLATE_NOOP(
        "public page", "Red and orange shades: vendors on the US FCC Covered List."
    ),
    "type": QT_TRANSLATE_NOOP("public page", "Type"),
    "any_type": QT_TRANSLATE_NOOP("public page", "Any type"),
    "street_or_district": QT_TRANSLATE_NOOP("public page", "Street or district"),
    "find_place": QT_TRANSLATE_NOOP("public page", "Find a street or district"),
    "showing": QT_TRANSLATE_NOOP("public page", "Showing"),
    "show_all": QT_TRANSLATE_NOOP("public page", "Show all"),
    "streets": QT_TRANSLATE_NOOP("public page", "Streets"),
    "districts": QT_TRANSLATE_NOOP("public page", "Districts"),
    "download": QT_TRANSLATE_NOOP("public page", "Download the verified cameras (GeoJSON)"),
    "only_verified": QT_TRANSLATE_NOOP(
        "public page",
        "Only cameras the team has verified are shown. Photos are the volunteers' shared "
        "copies, with faces and licence plates blurred; dates are given to the day.",
    ),
    "map_label": QT_TRANSLATE_NOOP("public page", "Map of the verified cameras"),
}
# The texts map.js writes (given to it in the page's configuration).
SCRIPT_TEXTS = {
    "vendorUnknown": QT_TRANSLATE_NOOP("public page", "Vendor unknown"),
    "onCoveredList": QT_TRANSLATE_NOOP("public page", "On the US FCC Covered List"),
    "covered": QT_TRANSLATE_NOOP("public page", "{vendor} (covered)"),
    "type": QT_TRANSLATE_NOOP("public page", "Type"),
    "what": QT_TRANSLATE_NOOP("public page", "What"),
    "mount": QT_TRANSLATE_NOOP("public page", "Mount"),
    "direction": QT_TRANSLATE_NOOP("public page", "Direction"),
    "street": QT_TRANSLATE_NOOP("public page", "Street"),
    "district": QT_TRANSLATE_NOOP("public page", "District"),
    "model": QT_TRANSLATE_NOOP("public page", "Model"),
    "operator": QT_TRANSLATE_NOOP("public page", "Operator"),
    "checked": QT_TRANSLATE_NOOP("public page", "Checked"),
    "lastSeen": QT_TRANSLATE_NOOP("public page", "Last seen"),
    "photo": QT_TRANSLATE_NOOP("public page", "Photo of the camera (faces and plates blurred)"),
    "typeUnknown": QT_TRANSLATE_NOOP("public page", "type unknown"),
    "noneMatches": QT_TRANSLATE_NOOP("public page", "None matches"),
    "none": QT_TRANSLATE_NOOP("public page", "None"),
    "placesSource": QT_TRANSLATE_NOOP("public page", "Street and district names: {source}"),
    "notLoaded": QT_TRANSLATE_NOOP("public page", "The cameras could not be loaded: {error}"),
}
# Counts: every form of the page's language, map.js chooses by the count.
SCRIPT_PLURALS = {
    "total": QT_TRANSLATE_NOOP("public page", "%n verified cameras"),
    "shownOfTotal": QT_TRANSLATE_NOOP("public page", "{shown} of %n verified cameras"),
    "unplaced": QT_TRANSLATE_NOOP(
        "public page", "%n more verified cameras are not shown: they have no position yet."
    ),
}
# The page's default title and about text (settings.py), shown in the page's language when the
# coordinator gave none of their own.
DEFAULT_TITLE = QT_TRANSLATE_NOOP("public page", "Surveillance cameras")
DEFAULT_ABOUT = QT_TRANSLATE_NOOP(
    "public page", "Cameras mapped and verified by the team's volunteers."
)


def visitor_language(header: str | None) -> str | None:
    """The first language of an Accept-Language header that the app speaks (by its q value,
    then its place), or None; a malformed range is passed over, never an error."""
    if not header:
        return None
    ranges: list[tuple[float, int, str]] = []
    for place, item in enumerate(header[:MOST_HEADER_CHARACTERS].split(",")[:MOST_RANGES]):
        tag, *parameters = (part.strip() for part in item.split(";"))
        if not _TAG.fullmatch(tag):
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                quality = float(value) if _QUALITY.fullmatch(value) else 0.0
        if quality <= 0:  # q=0: "not this one"; a malformed q is read as that too
            continue
        ranges.append((-quality, place, tag))
    for _, _, tag in sorted(ranges):
        language = language_from_locale(tag)
        if language is not None:
            return language
    return None


def page_language(chosen: str, header: str | None) -> str:
    """The coordinator's language when chosen, else the visitor's, else English."""
    if chosen in LANGUAGES:
        return chosen
    return visitor_language(header) or ENGLISH


@dataclass(frozen=True)
class PageTexts:
    """The page's fixed texts in one language: for the HTML, for the script, and the plural
    forms of its counts."""

    language: str
    page: dict[str, str]
    script: dict[str, str]
    plurals: dict[str, list[str]]

    def translate(self, source: str) -> str:
        return Translator(self.language).translate(CONTEXT, source)


def page_texts(language: str) -> PageTexts:
    """The fixed texts of the page in ``language`` (English where one is not translated)."""
    translator = Translator(language)
    catalogue = load_catalogue(translator.language)
    english = load_catalogue(ENGLISH)

    def forms(source: str) -> list[str]:
        found = catalogue.get((CONTEXT, source, "")) or english.get((CONTEXT, source, ""))
        return list(found) if found else [source]

    return PageTexts(
        translator.language,
        {key: translator.translate(CONTEXT, text) for key, text in PAGE_TEXTS.items()},
        {key: translator.translate(CONTEXT, text) for key, text in SCRIPT_TEXTS.items()},
        {key: forms(text) for key, text in SCRIPT_PLURALS.items()},
    )
