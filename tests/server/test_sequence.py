"""Change sequence numbers cannot be skipped by transactions that commit out of order.

Two pushes overlap, interleaved by hand on two connections: the second cannot take a sequence
number (let alone commit) until the first has committed, so a puller that saw seq N+1 has
necessarily seen N. Run on PostgreSQL (row lock on the counter) and SQLite (one writer).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

from surveyapp.server.database import ServerDatabase
from surveyapp.server.pull import changes_since
from surveyapp.server.push import apply_batch
from surveyapp.server.users import authenticate, create_user
from tests.server.conftest import camera, survey_mutation


def test_overlapping_pushes_commit_in_sequence_order(server_database_url: str) -> None:
    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            token = create_user(session=session, name="ana", role="volunteer")
        with database.session() as session:
            user = authenticate(session=session, token=token)
        assert user is not None

        with database.session() as session:
            apply_batch(
                session=session, user=user, items=[survey_mutation()], now=datetime.now(UTC)
            )

        def pulled() -> list[int]:
            with database.reader() as session:
                changes = changes_since(session=session, since=1, limit=100).changes
                return [c.seq for c in changes]

        first = database.write_sessions()
        first.begin()
        [a] = apply_batch(session=first, user=user, items=[camera()], now=datetime.now(UTC)).results
        assert a.seq == 2

        outcome: dict[str, Any] = {}

        def second_push() -> None:
            with database.session() as session:
                outcome["b"] = apply_batch(
                    session=session, user=user, items=[camera()], now=datetime.now(UTC)
                ).results[0]

        second = threading.Thread(target=second_push)
        second.start()
        second.join(0.7)
        assert second.is_alive(), "the second push went ahead while the first was uncommitted"
        assert pulled() == []  # nothing visible yet, and certainly not seq 2 alone
        first.commit()
        first.close()
        second.join(15)
        assert not second.is_alive()
        assert outcome["b"].seq == 3 and outcome["b"].status == "applied"
        assert pulled() == [2, 3]
    finally:
        database.close()


def test_a_rolled_back_push_leaves_no_gap(server_database_url: str) -> None:
    database = ServerDatabase(server_database_url)
    try:
        with database.session() as session:
            token = create_user(session=session, name="ana", role="volunteer")
            session.flush()
            user = authenticate(session=session, token=token)
        assert user is not None
        with database.session() as session:
            apply_batch(
                session=session, user=user, items=[survey_mutation()], now=datetime.now(UTC)
            )
        failed = database.write_sessions()
        failed.begin()
        apply_batch(session=failed, user=user, items=[camera()], now=datetime.now(UTC))
        failed.rollback()  # e.g. the server died mid-push
        failed.close()
        with database.session() as session:
            [result] = apply_batch(
                session=session, user=user, items=[camera()], now=datetime.now(UTC)
            ).results
        assert result.seq == 2 and result.status == "applied"
    finally:
        database.close()
