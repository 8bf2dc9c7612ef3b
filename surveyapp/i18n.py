"""Languages: which one the volunteer reads, and the command line's translations.

Every user-visible string goes through Qt's translation system: the sources are Qt Linguist
``.ts`` files in ``resources/translations`` (updated by ``python3 -m tools.translations``, which
runs pyside6-lupdate and pyside6-lrelease), the desktop app loads the compiled ``.qm`` files into
a ``QTranslator``. The command line never loads Qt (it must start fast and run without a
display), so it reads the same ``.ts`` files with the plural rules Qt applies to each language;
a test keeps the two readings equal.

Strings are marked for lupdate with ``translate("context", "text")`` (plain functions, the
command line) or ``self.tr("text")`` (widgets); a text with ``%n`` takes a count and has one form
per plural category of the language (Serbian has three).
"""

from __future__ import annotations

import errno
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources

ENGLISH = "en"
# Language code → its own name, as the settings list shows it.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "sr_Latn": "Srpski (latinica)",
    "sr_Cyrl": "Српски (ћирилица)",
}
TRANSLATIONS_PACKAGE = "surveyapp.resources"
TRANSLATIONS_FOLDER = "translations"


def _english(n: int) -> int:
    return 0 if n == 1 else 1


def _french(n: int) -> int:
    return 0 if n <= 1 else 1


def _serbian(n: int) -> int:
    # Qt's rules for Serbian (and Croatian): singular, paucal, plural.
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
        return 1
    return 2


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _english,
    "fr": _french,
    "sr_Latn": _serbian,
    "sr_Cyrl": _serbian,
}
PLURAL_FORMS = {"en": 2, "fr": 2, "sr_Latn": 3, "sr_Cyrl": 3}


def language_from_locale(name: str | None) -> str | None:
    """The supported language a POSIX or BCP 47 locale name asks for, or None.

    "sr_RS@latin", "sr-Latn-RS", "sr_Latn" → sr_Latn; "sr_RS", "sr-Cyrl" → sr_Cyrl (Serbian's
    default script); "fr_BE.UTF-8" → fr; "en_GB" → en; "C", "de_DE" → None.
    """
    if not name:
        return None
    text = name.strip().replace("-", "_")
    modifier = text.partition("@")[2].lower()
    text = text.partition("@")[0].partition(".")[0]
    parts = text.split("_")
    base = parts[0].lower()
    if base == "sr":
        latin = modifier == "latin" or any(part.lower() == "latn" for part in parts[1:])
        return "sr_Latn" if latin else "sr_Cyrl"
    if base in ("fr", "en"):
        return base
    return None


def choose_language(preferred: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the one chosen in settings, else ``SURVEYAPP_LANG``, else the
    system locale (LC_ALL, LC_MESSAGES, LANG, then the first of LANGUAGE), else English."""
    environ = os.environ if environ is None else environ
    if preferred in LANGUAGES:
        return preferred
    candidates = [
        environ.get("SURVEYAPP_LANG"),
        environ.get("LC_ALL"),
        environ.get("LC_MESSAGES"),
        environ.get("LANG"),
        *environ.get("LANGUAGE", "").split(":"),
    ]
    for candidate in candidates:
        language = language_from_locale(candidate)
        if language is not None:
            return language
    return ENGLISH


def translation_file(language: str, suffix: str = ".ts") -> str:
    """The resource name of a language's translation file (surveyapp_fr.ts, ...)."""
    return f"{TRANSLATIONS_FOLDER}/surveyapp_{language}{suffix}"


Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


@cache
def load_catalogue(language: str) -> dict[Key, tuple[str, ...]]:
    """The finished translations of a ``.ts`` file: (context, source, comment) → forms."""
    if language not in LANGUAGES:
        return {}
    source = resources.files(TRANSLATIONS_PACKAGE).joinpath(translation_file(language))
    try:
        root = ElementTree.fromstring(source.read_bytes())
    except (FileNotFoundError, ElementTree.ParseError):
        return {}
    catalogue: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.get("type") == "obsolete":
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = tuple(forms) if forms else (translation.text or "",)
            if not any(text):
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            catalogue[key] = text
    return catalogue


class Translator:
    """The command line's translator for one language (English: the source texts)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else ENGLISH
        self.plural = PLURAL_RULES[self.language]

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in this language; ``%n`` becomes ``n`` in the form its count needs."""
        if self.language == ENGLISH and n < 0:
            return source  # English needs its file only for plurals: start-up stays fast
        catalogue = load_catalogue(self.language)
        forms = catalogue.get((context, source, disambiguation or ""))
        text = source
        if forms:
            index = self.plural(n) if n >= 0 and len(forms) > 1 else 0
            text = forms[min(index, len(forms) - 1)] or source
        if n >= 0:
            text = text.replace("%n", str(n))
        return text


_active: list[Translator] = []


def install(language: str | None = None) -> Translator:
    """Make ``language`` (default: ``choose_language()``) the command line's language."""
    _active[:] = [Translator(language or choose_language())]
    return _active[0]


def active_language() -> str:
    """The language texts are shown in now (en, fr, sr_Latn, sr_Cyrl)."""
    if not _active:
        install()
    return _active[0].language


_CYRILLIC_TO_LATIN = str.maketrans(
    "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
    "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
) | str.maketrans({"љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"})


def serbian_latin(text: str) -> str:
    """Serbian written in Cyrillic, in the Latin alphabet (texts from the system, such as a
    file type's name, come in Cyrillic for "sr")."""
    return text.translate(_CYRILLIC_TO_LATIN)


_DECIMAL_COMMA = frozenset({"fr", "sr_Latn", "sr_Cyrl"})


def decimal(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and the active language's decimal separator ("0.4",
    "0,4"); the desktop app's widgets use QLocale's."""
    if not _active:
        install()
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if _active[0].language in _DECIMAL_COMMA else text


_GROUPING = {"fr": "\u202f", "sr_Latn": ".", "sr_Cyrl": "."}  # as QLocale groups them; else ","


def number(value: int) -> str:
    """A count with the active language's digit grouping ("7,001", "7\u202f001", "7.001"), as
    the desktop app's QLocale writes it."""
    if not _active:
        install()
    return f"{value:,}".replace(",", _GROUPING.get(_active[0].language, ","))


def counted(text: str, count: int) -> str:
    """A translated ``%n`` text with its count grouped: the plural form was chosen by the count
    itself, and only its digits are written as the language groups them."""
    return text.replace(str(count), number(count), 1) if abs(count) >= 1000 else text


def size_text(size: int) -> str:
    """A file's size as a volunteer reads it ("840 kB", "12.5 MB"; "12,5 Mo" in French), in
    decimal units as file managers show them: the sync's lines and the offline map's lists
    say the same size alike."""
    if size < 1_000_000:
        return translate("units", "{size} kB").format(size=max(1, round(size / 1000)))
    return translate("units", "{size} MB").format(size=decimal(size / 1_000_000, 1))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for lupdate in ``context``; it is translated where it is shown."""
    return text


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the active language (lupdate finds these calls by this name)."""
    if not _active:
        install()
    return _active[0].translate(context, source, disambiguation, n)


# argparse's own words ("usage:", "options", "error:", "invalid choice"), as argparse (Python
# 3.11 to 3.13) writes them, placeholders included. argparse passes every text it shows through
# ``argparse._`` and ``argparse.ngettext`` (gettext's, as Python's argparse how-to describes);
# ``speak_argparse`` points them at ``translate``. A text not here (a mistake in a command's own
# definition, which no volunteer meets) stays in English.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def speak_argparse() -> None:
    """Make argparse's own texts (``ARGPARSE_TEXTS``) the volunteer's language's; call it before
    the parser is made (its headings and ``--help``'s text are written then)."""
    import argparse

    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


# The system's commonest reasons a file cannot be read or written, in the volunteer's language
# (an error with another errno, or none, as the image reader's, keeps its own words). Here, at
# the bottom, so that every package that reads or writes the volunteer's files words them alike.
_NO_ACCESS = QT_TRANSLATE_NOOP("system", "permission denied")
_DISK_FULL = QT_TRANSLATE_NOOP("system", "the disk is full")
SYSTEM_ERRORS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("system", "no such file"),
    errno.EACCES: _NO_ACCESS,
    errno.EPERM: _NO_ACCESS,
    errno.ENOSPC: _DISK_FULL,
    errno.EDQUOT: _DISK_FULL,
    errno.EIO: QT_TRANSLATE_NOOP("system", "the disk could not be read or written"),
    errno.EROFS: QT_TRANSLATE_NOOP("system", "the disk is read-only"),
    errno.ELOOP: QT_TRANSLATE_NOOP("system", "a link that leads back to itself"),
    errno.EISDIR: QT_TRANSLATE_NOOP("system", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("system", "not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("system", "the name is too long"),
    errno.EMFILE: QT_TRANSLATE_NOOP("system", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("system", "too many files are open"),
    errno.EBUSY: QT_TRANSLATE_NOOP("system", "the file is in use"),
}


def system_reason(error: OSError) -> str:
    """Why the system refused a file, for a sentence that names the file already: a known
    errno in the volunteer's language ("Permission denied" stood in French sentences), else
    the system's own words."""
    if error.errno in SYSTEM_ERRORS:
        return translate("system", SYSTEM_ERRORS[error.errno])
    return error.strerror or str(error)


def system_error_text(error: Exception) -> str:
    """An error's words for the volunteer: a known errno in their language, with the file's
    path when the system named it ("no such file: '/photos/IMG_1.jpg'"); else its own words."""
    if not isinstance(error, OSError) or error.errno not in SYSTEM_ERRORS:
        return str(error)
    text = translate("system", SYSTEM_ERRORS[error.errno])
    if error.filename is None:
        return text
    path = repr(error.filename)  # quoted and escaped, as the system's message had it
    return translate("system", "{reason}: {path}").format(reason=text, path=path)
