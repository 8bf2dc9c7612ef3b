"""A photo's warnings: stored as a message code and its parameters, translated when shown.

The metadata reader says what it found in sentences ("GPS fix is void (GPSStatus V); position
ignored"). A sentence translated once and stored would stay in the language of the import; so
``translate`` here returns a :class:`Note`: the sentence in the active language (it *is* a
``str``, for everything that prints it), which also remembers its message (context and source
text: the code) and the parameters it was formatted with. The database stores
``{"code": source, "context": context, "params": {...}}`` (:func:`encode`); :func:`shown` gives
it back in the language the volunteer reads now. The source text is the code, as in gettext:
it needs no table of its own, and a message that a later version rewords still shows (in the
English of its time) rather than disappearing.

Warnings are sorted (:func:`kind`) into what a volunteer can act on — the position was
rejected, the time could not be read, the pixels are damaged, the photo's two clocks
disagree — and the rest (EXIF trivia),
shown only in the photo's details.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from surveyapp import i18n

Stored = dict[str, Any]

POSITION = "position"  # the photo's position was rejected
TIME = "time"  # its capture time could not be read
PIXELS = "pixels"  # its picture is damaged
CLOCKS = "clocks"  # its wall clock and its GPS clock disagree beyond any time zone
DETAIL = "detail"  # anything else: shown only in the photo's details
MATTERS = (POSITION, TIME, PIXELS, CLOCKS)


class Note(str):
    """A translated sentence that remembers its message and parameters."""

    context: str
    source: str
    params: dict[str, Any]
    n: int  # the count of a plural message (-1: none)

    def __new__(
        cls, context: str, source: str, params: dict[str, Any] | None = None, count: int = -1
    ) -> Note:
        params = params or {}
        text = i18n.translate(context, source, None, count)
        try:
            text = text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            text = source.format(**params)
        note = super().__new__(cls, text)
        note.context, note.source, note.params, note.n = context, source, params, count
        return note

    def format(self, *args: object, **params: Any) -> Note:
        """The same message with ``params`` (keyword placeholders only)."""
        if args:
            raise TypeError("notes take keyword placeholders only")
        return Note(self.context, self.source, {**self.params, **params}, self.n)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled across processes: keep the message
        return (Note, (self.context, self.source, self.params, self.n))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Note:
    """:func:`surveyapp.i18n.translate` that remembers what it translated (lupdate finds these
    calls by this name)."""
    return Note(context, source, None, n)


def _plain(value: Any) -> Any:
    if isinstance(value, Note):
        return encode(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def encode(warning: str) -> Stored:
    """What the database stores for a warning: its code and parameters (a sentence that is no
    :class:`Note` is kept as its text)."""
    if not isinstance(warning, Note):
        return {"text": str(warning)}
    stored: Stored = {"code": warning.source, "context": warning.context}
    if warning.params:
        stored["params"] = {key: _plain(value) for key, value in warning.params.items()}
    if warning.n >= 0:
        stored["n"] = warning.n
    return stored


def _value(value: Any) -> Any:
    return shown(value) if isinstance(value, dict) else value


def decode(stored: Stored | str) -> str:
    """The stored warning as a :class:`Note` in the active language (text kept as it was)."""
    if isinstance(stored, str):
        return stored
    code = stored.get("code")
    if not isinstance(code, str):
        return str(stored.get("text", ""))
    params = {key: _value(value) for key, value in (stored.get("params") or {}).items()}
    try:
        return Note(str(stored.get("context", "metadata")), code, params, int(stored.get("n", -1)))
    except (KeyError, IndexError, ValueError):
        return code


def shown(stored: Stored | str) -> str:
    """The stored warning as the volunteer reads it now."""
    return str(decode(stored))


# The messages a volunteer can act on, by code. Every other message is a detail.
_KINDS: dict[str, str] = {
    "GPS fix is void (GPSStatus V); position ignored": POSITION,
    "GPS has only one of latitude and longitude; position ignored": POSITION,
    "XMP GPS position {latitude}, {longitude} cannot be read (ignored)": POSITION,
    "{where} GPS position {position} is not a number; position ignored": POSITION,
    "{where} GPS position {position} is out of range; position ignored": POSITION,
    "{where} GPS position {position} is exactly 0,0 (no fix); position ignored": POSITION,
    "GPS {label} has no value (empty or 0/0)": POSITION,
    "GPS {label}Ref {value} is not {first}/{second}": POSITION,
    "EXIF DateTimeOriginal {value} is not a valid date": TIME,
    "XMP DateTimeOriginal {value} is not a valid date": TIME,
    "no picture: the file is damaged or truncated, or its pixels are in a format SurveyApp "
    "cannot draw; its metadata is kept": PIXELS,
    "JPEG is truncated before the image data": PIXELS,
    "JPEG ends (EOI) before the image data": PIXELS,
    "the device's clock says {clock}, its GPS {gps} UTC: check which is right": CLOCKS,
}


def known_kinds() -> tuple[tuple[str, str], ...]:
    """(code, kind) of every message a volunteer can act on."""
    return tuple(_KINDS.items())


def kind(warning: str | Stored) -> str:
    """POSITION, TIME, PIXELS (what a volunteer can act on) or DETAIL."""
    if isinstance(warning, Note):
        code: object = warning.source
    elif isinstance(warning, dict):
        code = warning.get("code")
    else:
        code = None
    return _KINDS.get(code, DETAIL) if isinstance(code, str) else DETAIL


# Contexts whose messages are stored as warnings.
STORED_CONTEXTS = ("metadata", "import")


def _pattern(template: str) -> re.Pattern[str] | None:
    parts = re.split(r"(\{\w+\}|%n)", template)
    seen: set[str] = set()
    regex = []
    for part in parts:
        if part == "%n":
            name = "n__"
        elif part.startswith("{") and part.endswith("}") and len(part) > 2:
            name = part[1:-1]
        else:
            regex.append(re.escape(part))
            continue
        regex.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
    try:
        return re.compile("".join(regex), re.DOTALL)
    except re.error:
        return None


@cache
def _patterns() -> list[tuple[int, re.Pattern[str], str, str]]:
    """(literal length, pattern, context, code) of every stored message in every language,
    the most specific first."""
    found: dict[tuple[str, str], tuple[int, re.Pattern[str], str, str]] = {}
    for language in i18n.LANGUAGES:
        for (context, source, _comment), forms in i18n.load_catalogue(language).items():
            if context not in STORED_CONTEXTS:
                continue
            for template in (source, *forms):
                pattern = _pattern(template)
                if pattern is not None and (template, context) not in found:
                    literal = len(re.sub(r"\{\w+\}|%n", "", template))
                    found[(template, context)] = (literal, pattern, context, source)
    return sorted(found.values(), key=lambda item: -item[0])


def recognise(text: str) -> Stored:
    """The code and parameters of a warning stored as a sentence, in any of the app's
    languages (a sentence no message makes is kept as its text)."""
    for _literal, pattern, context, code in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        params = {k: v for k, v in match.groupdict().items() if k != "n__"}
        stored: Stored = {"code": code, "context": context}
        if params:
            stored["params"] = params
        if "n__" in match.groupdict():
            stored["n"] = int(match.group("n__"))
        return stored
    return {"text": text}
