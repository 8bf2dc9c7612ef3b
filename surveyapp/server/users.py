"""Users and their bearer tokens: shown once, stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from surveyapp.i18n import translate
from surveyapp.protocol.roles import ROLES
from surveyapp.server.models import User

MAX_NAME = 100


class UserError(ValueError):
    """A user that cannot be created or found as asked (printed as a one-line error)."""


@dataclass(frozen=True)
class UserView:
    """A user as the API and the CLI show it: pseudonym, role, whether the token was revoked."""

    id: int
    name: str
    role: str
    revoked: bool


def token_hash(token: str) -> str:
    """What the database stores instead of the token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


TOKEN_PREFIX = "surveyapp_"


def _fresh_token() -> str:
    # A fixed prefix: a token never starts with "-" (which a command line takes for an
    # option), and secret scanners can recognise one that leaked.
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def create_user(*, session: Session, name: str, role: str) -> str:
    """Add a user; returns their new token (the only time it exists in clear)."""
    name = name.strip()
    if not name or len(name) > MAX_NAME or "\x00" in name:
        raise UserError(
            translate("cli", "a user name is 1 to {count} characters").format(count=MAX_NAME)
        )
    if role not in ROLES:
        raise UserError(
            translate("cli", "unknown role {role}; choose one of {roles}").format(
                role=repr(role), roles=", ".join(ROLES)
            )
        )
    token = _fresh_token()
    try:
        with session.begin_nested():
            session.add(User(name=name, role=role, token_hash=token_hash(token)))
    except IntegrityError:
        raise UserError(
            translate("cli", "a user named {name} exists already").format(name=repr(name))
        ) from None
    return token


def revoke_token(*, session: Session, name: str) -> None:
    """Revoke a user's token: every request with it gets 401 from now on."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UserError(translate("cli", "no user named {name}").format(name=repr(name)))
    user.revoked = True


def set_role(*, session: Session, name: str, role: str) -> str:
    """Give a user another role; returns the one they had. The running server reads a user's
    role at each request, so it acts at once; what their photos keep served changes with it
    (the caller counts the copies again: ``retract.recount``)."""
    if role not in ROLES:
        raise UserError(
            translate("cli", "unknown role {role}; choose one of {roles}").format(
                role=repr(role), roles=", ".join(ROLES)
            )
        )
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UserError(translate("cli", "no user named {name}").format(name=repr(name)))
    was, user.role = user.role, role
    return was


def new_token(*, session: Session, name: str) -> str:
    """Give a user a new token, which replaces (and so revokes) the one they had; returns it.
    Their records stay theirs: the same volunteer syncs again, from a new laptop too, and the
    changes waiting on a laptop whose token was revoked go with the new one."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UserError(translate("cli", "no user named {name}").format(name=repr(name)))
    token = _fresh_token()
    user.token_hash, user.revoked = token_hash(token), False
    return token


def list_users(*, session: Session) -> list[UserView]:
    """Every user, by name."""
    users = session.scalars(select(User).order_by(User.name))
    return [UserView(u.id, u.name, u.role, u.revoked) for u in users]


def token_states(session: Session) -> tuple[set[str], set[str]]:
    """The hashes of the tokens that are valid, and of those revoked."""
    valid: set[str] = set()
    revoked: set[str] = set()
    for hashed, is_revoked in session.execute(select(User.token_hash, User.revoked)):
        (revoked if is_revoked else valid).add(hashed)
    return valid, revoked


def revoke_hashes(session: Session, hashes: set[str]) -> list[str]:
    """Revoke the valid tokens among ``hashes``; the names of their users, by name."""
    users = session.scalars(select(User).where(User.revoked.is_(False)).order_by(User.name)).all()
    names = []
    for user in users:
        if user.token_hash in hashes:
            user.revoked = True
            names.append(user.name)
    return names


def authenticate(*, session: Session, token: str) -> UserView | None:
    """The user a token belongs to, or None (unknown or revoked)."""
    row = session.execute(
        select(User.id, User.name, User.role, User.revoked).where(
            User.token_hash == token_hash(token)
        )
    ).first()
    if row is None or row.revoked:
        return None
    return UserView(row.id, row.name, row.role, row.revoked)
