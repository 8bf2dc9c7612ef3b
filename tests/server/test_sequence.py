"""Change sequence numbers cannot be skipped by transactions that commit out of order.

Two pushes overlap, interleaved by hand on two connections: the second cannot take a sequence
number (let alone commit) until the first has committed, so a puller that saw seq N+1 has
necessarily seen N. Run on PostgreSQL (row lock on the counter) and SQLite (one writer).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from sqlalchemy import func, select, text

from surveyapp.server.database import ServerDatabase
from surveyapp.server.models import User
from surveyapp.server.pull import changes_since
from surveyapp.server.push import apply_batch
from surveyapp.server.users import create_user
from tests.server.conftest import camera, server_user, survey_mutation


def test_overlapping_pushes_commit_in_sequence_order(server_database_url: str) -> None:
    database = ServerDatabase(server_database_url)
    try:
        user = server_user(database, "ana")

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
        user = server_user(database, "ana")
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


def _with_option(url: str, option: str) -> str:
    """``url`` with one more ``-c`` setting in its libpq options."""
    base, _, query = url.partition("?")
    params = dict(parse_qsl(query))
    params["options"] = f"{params.get('options', '')} {option}".strip()
    return f"{base}?{urlencode(params, quote_via=quote)}"


def test_pushes_overlap_safely_where_the_database_defaults_to_repeatable_read(
    postgres_schema_url: str,
) -> None:
    """The push relies on READ COMMITTED (the second push sees what the first committed once
    it has the counter): the server says so itself rather than trusting the database's
    default (before: on a REPEATABLE READ database the second of two overlapping pushes
    failed with a serialization error)."""
    url = _with_option(postgres_schema_url, r"-cdefault_transaction_isolation=repeatable\ read")
    database = ServerDatabase(url)
    try:
        with database.session() as session:
            assert session.execute(text("SHOW transaction_isolation")).scalar() == "read committed"
        user = server_user(database, "ana")
        with database.session() as session:
            apply_batch(
                session=session, user=user, items=[survey_mutation()], now=datetime.now(UTC)
            )
        first = database.write_sessions()
        first.begin()
        [a] = apply_batch(session=first, user=user, items=[camera()], now=datetime.now(UTC)).results
        outcome: dict[str, Any] = {}
        started = threading.Event()

        def second_push() -> None:
            with database.session() as session:
                started.set()
                outcome["b"] = apply_batch(
                    session=session, user=user, items=[camera()], now=datetime.now(UTC)
                ).results[0]

        second = threading.Thread(target=second_push)
        second.start()
        assert started.wait(15)
        first.commit()
        first.close()
        second.join(30)
        assert (a.status, outcome["b"].status) == ("applied", "applied")
        assert a.seq is not None and outcome["b"].seq == a.seq + 1
    finally:
        database.close()


def test_a_server_transaction_that_reads_then_writes_waits_for_another_writer(
    tmp_path: Path,
) -> None:
    """SQLite: the server's writing sessions begin IMMEDIATE, so one that reads and then writes
    waits for another process's write instead of failing at once with "database is locked"."""
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    one, two = ServerDatabase(url), ServerDatabase(url)  # as two server processes would
    try:
        holding, release = threading.Event(), threading.Event()

        def writer() -> None:
            with one.session() as session:
                create_user(session=session, name="first", role="volunteer")
                session.flush()
                holding.set()
                release.wait(30)

        thread = threading.Thread(target=writer)
        thread.start()
        assert holding.wait(30)
        errors: list[BaseException] = []

        def reader_then_writer() -> None:
            try:
                with two.session() as session:
                    assert session.scalar(select(func.count()).select_from(User)) is not None
                    create_user(session=session, name="second", role="volunteer")
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        other = threading.Thread(target=reader_then_writer)
        other.start()
        release.set()
        thread.join(30)
        other.join(30)
        assert errors == []
        with two.reader() as session:
            assert session.scalar(select(func.count()).select_from(User)) == 2
    finally:
        one.close()
        two.close()
