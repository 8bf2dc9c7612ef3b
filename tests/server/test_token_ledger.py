"""The token ledger in the storage folder: what it writes down, and what it revokes again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from surveyapp.server.database import ServerDatabase
from surveyapp.server.ledger import LEDGER, TokenLedger
from surveyapp.server.models import User
from surveyapp.server.users import create_user, list_users, new_token, revoke_token, token_hash


def test_the_ledger_keeps_revoked_and_replaced_tokens_and_revokes_them_again(
    server_database_url: str, tmp_path: Path
) -> None:
    """A revoked token and one replaced by new-token are written down at the next look; the
    database brought back to before (as a restore does) gets both revoked again, and the token
    that replaced one is no longer valid in it either."""
    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            ana = create_user(session=session, name="ana", role="volunteer")
            bojan = create_user(session=session, name="bojan", role="volunteer")
            create_user(session=session, name="zoe", role="reviewer")
        ledger = TokenLedger(tmp_path)
        assert ledger.look(database) == 0
        assert {token_hash(ana), token_hash(bojan)} <= ledger.read()[0]
        with database.session() as session:
            revoke_token(session=session, name="bojan")
            renewed = new_token(session=session, name="ana")
        ledger.saw(token_hash(renewed))  # a request came with it before the next look
        assert ledger.look(database) == 2
        assert ledger.read()[1] == {token_hash(ana), token_hash(bojan)}
        assert ledger.look(database) == 0  # nothing new: nothing written twice
        lines = (tmp_path / LEDGER).read_text(encoding="ascii").splitlines()
        assert len(lines) == len(set(lines))

        # The database as it was before both (what a restore of an older dump gives).
        with database.session() as session:
            for user in session.scalars(select(User)):
                user.revoked = False
                if user.name == "ana":
                    user.token_hash = token_hash(ana)
        assert ledger.revoke_again(database) == ["ana", "bojan"]
        with database.reader() as session:
            users = {user.name: user.revoked for user in list_users(session=session)}
        assert users == {"ana": True, "bojan": True, "zoe": False}
        assert ledger.revoke_again(database) == []
    finally:
        database.close()


def test_a_torn_or_foreign_line_in_the_ledger_is_skipped(tmp_path: Path) -> None:
    """A power cut mid-write leaves half a line; someone's note in the file is not ours: the
    lines around them still count."""
    kept = "a" * 64
    (tmp_path / LEDGER).write_text(
        f"revoked {kept}\nrevoked {'b' * 30}\nnot ours\nrevoked {'C' * 64}\nseen {'d' * 64}\nrevo",
        encoding="ascii",
    )
    seen, revoked = TokenLedger(tmp_path).read()
    assert revoked == {kept} and seen == {"d" * 64}
