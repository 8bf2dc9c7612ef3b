"""Who may do what on a SurveyApp server: the roles a token carries."""

from __future__ import annotations

from typing import Literal

Role = Literal["volunteer", "reviewer", "admin"]
ROLES: tuple[str, ...] = ("volunteer", "reviewer", "admin")
# Volunteers change the records they created; these roles change any.
EDITORS = frozenset({"reviewer", "admin"})
