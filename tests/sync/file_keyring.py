"""A keyring backend that keeps passwords in a JSON file ($SURVEYAPP_TEST_KEYRING): the test
machines have no Secret Service, and `keyring` loads backends named in PYTHON_KEYRING_BACKEND."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["SURVEYAPP_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            stored: dict[str, str] = json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}
        return stored

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}|{username}"] = password
        self._path.write_text(json.dumps(stored))

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        if stored.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(stored))
