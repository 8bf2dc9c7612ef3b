"""`surveyapp server add-user | revoke-token | list-users` as a user runs them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from surveyapp.server.database import SCHEMA_HEAD
from tests.live_server import CLI, add_user
from tests.server_migrations import downgraded_to


def server_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "server", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_add_user_prints_the_token_alone_and_stores_only_its_hash(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    done = server_cli("add-user", "ana", "--role", "reviewer", "--database-url", url)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip().splitlines()[-1]
    assert len(token) >= 40 and " " not in token
    assert token.encode() not in (tmp_path / "server.sqlite").read_bytes()
    assert add_user(url, "bojan") != token
    duplicate = server_cli("add-user", "ana", "--database-url", url)
    assert duplicate.returncode == 2 and "exists already" in duplicate.stderr
    assert server_cli("revoke-token", "bojan", "--database-url", url).returncode == 0
    missing = server_cli("revoke-token", "nobody", "--database-url", url)
    assert missing.returncode == 2 and "no user named 'nobody'" in missing.stderr
    listing = server_cli("list-users", "--database-url", url)
    assert listing.stdout.splitlines() == ["ana\treviewer\tactive", "bojan\tvolunteer\trevoked"]


def test_a_users_role_is_changed_by_name(server_database_url: str) -> None:
    url = server_database_url
    assert server_cli("add-user", "ana", "--database-url", url).returncode == 0
    promoted = server_cli("set-role", "ana", "reviewer", "--database-url", url)
    assert promoted.returncode == 0, promoted.stderr
    assert promoted.stdout.strip() == "'ana' is now a reviewer (was a volunteer)"
    assert server_cli("list-users", "--database-url", url).stdout == "ana\treviewer\tactive\n"
    again = server_cli("set-role", "ana", "reviewer", "--database-url", url)
    assert (again.returncode, again.stdout.strip()) == (0, "'ana' is a reviewer already")
    missing = server_cli("set-role", "nobody", "admin", "--database-url", url)
    assert (missing.returncode, missing.stderr.strip()) == (2, "error: no user named 'nobody'")
    unknown = server_cli("set-role", "ana", "boss", "--database-url", url)
    assert unknown.returncode == 2 and "'boss'" in unknown.stderr
    assert server_cli("list-users", "--database-url", url).stdout == "ana\treviewer\tactive\n"


def test_the_default_database_follows_the_environment(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "SURVEYAPP_SERVER_DB": f"sqlite:///{tmp_path / 'env.sqlite'}"}
    done = subprocess.run(
        [*CLI, "server", "add-user", "ana"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite").is_file()


def test_an_unreachable_database_is_a_one_line_error(tmp_path: Path) -> None:
    for args in (
        ["list-users", "--database-url", "postgresql+psycopg://postgres@127.0.0.1:9/none"],
        ["run", "--database-url", "nonsense://", "--storage", str(tmp_path / "blobs")],
    ):
        done = server_cli(*args)
        assert done.returncode == 2
        assert done.stderr.startswith("error: cannot open the server database:"), done.stderr
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "blobs").exists()


def test_a_database_url_naming_a_driver_not_installed_is_a_one_line_error(tmp_path: Path) -> None:
    # psycopg2 and MySQLdb are not among the server's dependencies: the coordinator who copies
    # a URL from elsewhere is told what to write, not shown a traceback.
    for url in ("postgresql+psycopg2://ana:S3cret@127.0.0.1/survey", "mysql://ana:S3cret@db/x"):
        for args in (
            ["list-users", "--database-url", url],
            ["run", "--database-url", url, "--storage", str(tmp_path / "blobs")],
        ):
            done = server_cli(*args)
            assert done.returncode == 2, done.stderr
            assert done.stderr.startswith("error: cannot open the server database:"), done.stderr
            assert "Traceback" not in done.stderr and "S3cret" not in done.stderr
            assert "postgresql+psycopg://" in done.stderr and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "blobs").exists()


def test_an_admin_command_that_upgrades_the_database_says_so(server_database_url: str) -> None:
    # Between `pip install --upgrade ./server` and the restart, `list-users` (any command)
    # migrates the database under the server still running: the coordinator is told.
    url = server_database_url
    assert server_cli("list-users", "--database-url", url).returncode == 0
    downgraded_to(url, "s0007")
    upgraded = server_cli("list-users", "--database-url", url)
    assert upgraded.returncode == 0, upgraded.stderr
    said = f"upgraded the server database's schema from s0007 to {SCHEMA_HEAD}"
    assert upgraded.stderr.strip() == said and upgraded.stdout == ""
    again = server_cli("list-users", "--database-url", url)
    assert again.returncode == 0 and again.stderr == ""


def test_a_name_taken_or_unknown_is_said_in_the_coordinators_language(
    server_database_url: str,
) -> None:
    """A French coordinator adding a name twice read "erreur : a user named 'zoe' exists
    already" (and "no user named ..." for a name mistyped in revoke-token or new-token), the
    only English in the line."""
    url = server_database_url
    french = {**os.environ, "SURVEYAPP_LANG": "fr"}

    def in_french(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*CLI, "server", *args, "--database-url", url], env=french,
                              capture_output=True, text=True, timeout=60)  # fmt: skip

    assert in_french("add-user", "zoe").returncode == 0
    taken = in_french("add-user", "zoe")
    assert taken.returncode == 2
    assert taken.stderr.strip() == "erreur : il existe déjà un utilisateur nommé 'zoe'"
    for command in ("revoke-token", "new-token"):
        missing = in_french(command, "zoé")
        assert missing.returncode == 2
        assert missing.stderr.strip() == "erreur : aucun utilisateur nommé 'zoé'", command
