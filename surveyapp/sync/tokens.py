"""Where the bearer token comes from: ``--token``, ``$SURVEYAPP_TOKEN``, or the OS keyring.

The token is a password: it is kept in the operating system's keyring (after ``--save-token``),
never in the database, and never printed or logged.
"""

from __future__ import annotations

import contextlib
import os

from surveyapp.i18n import translate

TOKEN_ENV = "SURVEYAPP_TOKEN"
KEYRING_SERVICE = "SurveyApp sync"


class TokenError(RuntimeError):
    """No token was given, or the keyring cannot store one; the message says what to do."""


def find_token(server: str, given: str | None = None) -> str:
    """The token for ``server``: the one given, else the environment's, else the keyring's."""
    if given:
        return given.strip()
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, server)
    except KeyringError:
        stored = None
    if stored:
        return stored
    raise TokenError(
        translate(
            "sync",
            "no token for {server}: pass --token TOKEN (add --save-token to keep it in the "
            "system keyring) or set {variable}",
        ).format(server=server, variable=TOKEN_ENV)
    )


def save_token(server: str, token: str) -> None:
    """Keep the token in the OS keyring for ``server``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server, token)
    except KeyringError as error:
        raise TokenError(
            translate("sync", "the system keyring cannot store the token ({error})").format(
                error=error
            )
        ) from error


def forget_token(server: str) -> None:
    """Remove the stored token for ``server`` (nothing happens when there is none)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, server)
