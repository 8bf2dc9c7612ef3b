"""Who may change what: the server's rule, checked on the laptop before an edit is offered.

Volunteers change the records they created; reviewers and admins change any. The laptop knows
who it is from its last sync (``SyncState``: the pseudonym and role the server gave the token)
and who created each record from the server (``owner``; None for a record made here). A record
made on this laptop is always the volunteer's own. Checking here what the server will check
means the app and the command line never offer an edit the server would refuse, and an
operation is never half applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from surveyapp.db.models import Photo, SyncState
from surveyapp.i18n import translate
from surveyapp.protocol.roles import EDITORS


class NotAllowedError(PermissionError):
    """The server would refuse this change from this volunteer; the message says whose it is."""


@dataclass(frozen=True)
class Editor:
    """Who edits on this laptop, as the server knows them (None: never synced yet)."""

    name: str | None
    role: str | None

    @property
    def edits_anything(self) -> bool:
        """Reviewers and admins change any record."""
        return self.role in EDITORS

    @property
    def reviews(self) -> bool:
        """Reviewers and admins set a camera's review state (verified, disputed, …)."""
        return self.role in EDITORS

    def may_edit(self, record: Any) -> bool:
        """Whether the server lets this volunteer change ``record``."""
        owner = record.owner
        return owner is None or self.edits_anything or owner == self.name


def my_names(session: Session) -> set[str]:
    """The names this laptop syncs as, one per server it synced with: records another name
    owns are a teammate's."""
    query = select(SyncState.user_name).where(SyncState.user_name.is_not(None))
    return {name for name in session.scalars(query) if name is not None}


def a_teammates(record: Any, names: set[str]) -> bool:
    """Whether another volunteer owns ``record`` (``names``: ``my_names``); one not synced yet
    is ours."""
    return record.owner is not None and record.owner not in names


def forget_shared_copy(photo: Photo, names: set[str] | None = None) -> bool:
    """Make the next sync build and upload a new shareable copy of the photo after a change of
    its blur (``surveyapp.photos.sharing``, or an undo of one); whether it will be shared again.
    Only one of ours: another volunteer's photo is theirs to share, and its picture here is a
    copy, or her original of a picture he shared first (``names``: ``my_names``, read when not
    given)."""
    if not photo.library_path or photo.upload_state == "remote":
        return False
    session = object_session(photo)
    if names is None:
        names = set() if session is None else my_names(session)
    if a_teammates(photo, names):
        return False
    photo.upload_state = "local"
    photo.blob_sha256 = None
    photo.blob_size = None
    return True


def current_editor(session: Session) -> Editor:
    """The volunteer this laptop syncs as (from its most recent sync)."""
    state = session.scalars(
        select(SyncState)
        .where(SyncState.user_name.is_not(None))
        .order_by(SyncState.last_pull_at.desc().nulls_last())
    ).first()
    if state is None:
        return Editor(None, None)
    return Editor(state.user_name, state.role)


def require_editable(session: Session, records: Iterable[Any]) -> None:
    """Raise NotAllowedError unless the volunteer may change every one of ``records``."""
    editor = current_editor(session)
    for record in records:
        if not editor.may_edit(record):
            kind = (
                translate("fields", "camera")
                if hasattr(record, "photos")
                else translate("fields", "photo")
            )
            raise NotAllowedError(
                translate(
                    "fields",
                    "this {kind} was mapped by {owner}: only they or a reviewer can change it",
                ).format(kind=kind, owner=record.owner)
            )


def require_reviewer(session: Session) -> Editor:
    """Raise NotAllowedError unless this laptop syncs as a reviewer or an admin."""
    editor = current_editor(session)
    if not editor.reviews:
        raise NotAllowedError(
            translate(
                "fields",
                "only the team's reviewers and admins set a camera's review "
                "(this laptop syncs as {role})",
            ).format(role=editor.role or translate("fields", "nobody yet"))
        )
    return editor
