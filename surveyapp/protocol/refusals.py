"""The server's reasons for refusing a change, shared so that a laptop can say them in its
volunteer's language.

The server sends its reason in English (``message``: stored as it came, and in every
``--json``). A fixed reason is said by a laptop in the volunteer's language as it is. A reason
with values in it comes with its key (``ItemResult.reason``, one of ``WITH_VALUES``) and its
values (``ItemResult.values``): the laptop says the template in her language with the values
put in (a record's kind in her words too). What a laptop stored before (only the English text)
is read back against the same templates. An older or another server's words, and any text no
template here gives, are shown as they came.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from surveyapp.i18n import QT_TRANSLATE_NOOP, translate

FORBIDDEN = QT_TRANSLATE_NOOP(
    "server", "not allowed: volunteers edit and delete only the records they created"
)
NOT_YOUR_CAMERA = QT_TRANSLATE_NOOP(
    "server", "not allowed: volunteers put photos only on cameras they created"
)
_FIXED = frozenset({FORBIDDEN, NOT_YOUR_CAMERA})

# The reasons with values, by the key the answer names them with. ``record`` and ``other`` are
# a record's kind (the wire's word), said in the volunteer's words; the rest are shown as sent.
WITH_VALUES = {
    "reviewers_only": QT_TRANSLATE_NOOP(
        "server", "not allowed: only reviewers and admins change {fields}"
    ),
    "unknown_fields": QT_TRANSLATE_NOOP(
        "server",
        "this server does not know the field(s) {fields} yet; the change waits for its upgrade",
    ),
    "wrong_type": QT_TRANSLATE_NOOP("server", "record {id} is a {record}, not a {other}"),
    "identity": QT_TRANSLATE_NOOP("server", "a {record}'s {name} never changes"),
    "needs": QT_TRANSLATE_NOOP("server", "a {record} needs {fields}"),
    "new_needs": QT_TRANSLATE_NOOP("server", "a new {record} needs {fields}"),
    "operation_records": QT_TRANSLATE_NOOP(
        "server", "{op} names a camera and the records it takes"
    ),
    "operation_at_most": QT_TRANSLATE_NOOP("server", "{op} takes at most {count}"),
    "merge_photos_at_most": QT_TRANSLATE_NOOP("server", "a merge lists at most {count} photos"),
}
_RECORD_WORDS = {
    "camera": QT_TRANSLATE_NOOP("server", "camera"),
    "photo": QT_TRANSLATE_NOOP("server", "photo"),
    "survey": QT_TRANSLATE_NOOP("server", "survey"),
}
_KINDS = frozenset({"record", "other"})
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def refusal_text(reason: str, values: Mapping[str, str]) -> str:
    """The English text the server sends (and stores) for a reason with values."""
    return WITH_VALUES[reason].format(**values)


def _pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)  # text, name, text, name, ..., text
    regex = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
        for index, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


_PATTERNS = {reason: _pattern(template) for reason, template in WITH_VALUES.items()}


def _read_back(message: str) -> tuple[str, dict[str, str]] | None:
    """The reason and values an English text was made from, when a template here made it."""
    for reason, pattern in _PATTERNS.items():
        found = pattern.fullmatch(message)
        if found is not None:
            return reason, found.groupdict()
    return None


def reason_said(
    message: str, reason: str | None = None, values: Mapping[str, object] | None = None
) -> str:
    """The server's reason in the volunteer's language when it is one of its fixed ones, or one
    with values (given, or read back from the English text); any other text as it came."""
    if message in _FIXED:
        return translate("server", message)
    known: tuple[str, Mapping[str, object]] | None = None
    if reason in WITH_VALUES and values is not None:
        known = (reason, values)
    else:
        known = _read_back(message)
    if known is None:
        return message
    reason, values = known
    template = WITH_VALUES[reason]
    names = set(_PLACEHOLDER.findall(template))
    if set(values) != names or not all(isinstance(v, str) for v in values.values()):
        return message  # not what this laptop knows the reason by
    shown = {
        name: translate("server", _RECORD_WORDS[value])
        if name in _KINDS and value in _RECORD_WORDS
        else str(value)
        for name, value in values.items()
    }
    try:
        return translate("server", template).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation whose placeholders went wrong
        return message
