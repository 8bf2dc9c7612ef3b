"""Tokens on the command line: any token ever issued is accepted, with a warning about `ps`."""

from __future__ import annotations

from pathlib import Path

import pytest

from surveyapp.cli import build_parser, token_as_one_argument
from surveyapp.server.database import ServerDatabase
from surveyapp.server.users import authenticate, create_user


def test_a_token_that_starts_with_a_dash_is_taken_as_the_token(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["sync", "--server", "http://127.0.0.1:1", "--token", "-Xq3_old-token"]
    args = build_parser().parse_args(token_as_one_argument(argv))
    assert args.token == "-Xq3_old-token"
    assert "visible to other users" in capsys.readouterr().err


def test_the_warning_about_ps_advises_the_keyring_only_to_who_did_not_ask_for_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With --save-token on the same line the warning told the volunteer to prefer
    --save-token; it now says that the next runs need no token on the line."""
    argv = ["sync", "--server", "http://127.0.0.1:1", "--token", "surveyapp_x", "--save-token"]
    token_as_one_argument(argv)
    said = capsys.readouterr().err
    assert (
        "visible to other users" in said and "prefer $SURVEYAPP_TOKEN or --save-token" not in said
    )
    assert "the next runs" in said
    token_as_one_argument(argv[:-1])
    assert "prefer $SURVEYAPP_TOKEN or --save-token" in capsys.readouterr().err


def test_new_tokens_never_start_with_a_dash_and_old_ones_still_work(tmp_path: Path) -> None:
    database = ServerDatabase(f"sqlite:///{tmp_path / 'server.sqlite'}")
    try:
        with database.session() as session:
            tokens = [
                create_user(session=session, name=f"v{i}", role="volunteer") for i in range(100)
            ]
            assert all(token.startswith("surveyapp_") for token in tokens)
            assert authenticate(session=session, token=tokens[0]) is not None
    finally:
        database.close()
