"""The server's fixed reasons for refusing a change, shared so that a laptop can say them in
its volunteer's language.

The server sends its reason in English (stored as it came, and in every ``--json``); a laptop
shows one of these in the volunteer's language. Reasons with values in them, and an older or
another server's words, are shown as they came.
"""

from __future__ import annotations

from surveyapp.i18n import QT_TRANSLATE_NOOP, translate

FORBIDDEN = QT_TRANSLATE_NOOP(
    "server", "not allowed: volunteers edit and delete only the records they created"
)
NOT_YOUR_CAMERA = QT_TRANSLATE_NOOP(
    "server", "not allowed: volunteers put photos only on cameras they created"
)
_FIXED = frozenset({FORBIDDEN, NOT_YOUR_CAMERA})


def reason_said(message: str) -> str:
    """The server's reason in the volunteer's language when it is one of its fixed ones."""
    return translate("server", message) if message in _FIXED else message
