"""Bring a database file to the current schema, safely, every time it is opened.

Compare heads first; refuse a database written by a newer SurveyApp; back the file up through
SQLite's backup API before any migration runs; then upgrade on the app's own connection.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from surveyapp.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# The newest migration in alembic/versions (a test keeps the two in step). Opening a database
# that is already there needs no Alembic at all, which keeps start-up and every CLI call quick.
SCHEMA_HEAD = "0018"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer SurveyApp; opening it here could damage it."""


@dataclass(frozen=True)
class MigrationReport:
    """What opening the database did: the revisions before and after, and the backup made."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def migrations_dir() -> Path:
    """The folder holding env.py and versions/: the repository's alembic/ in a checkout (and an
    editable install), surveyapp/migrations/ in an installed wheel."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "migrations", package.parent / "alembic"):
        if (candidate / "env.py").is_file() and (candidate / "versions").is_dir():
            return candidate
    raise FileNotFoundError(f"SurveyApp's migrations are missing beside {package}")


def alembic_config(
    connection: Connection | None = None, script_location: Path | None = None
) -> Config:
    """An Alembic config with no alembic.ini; env.py uses ``connection`` when one is given."""
    from alembic.config import Config

    # stdout named now: Config's default is the sys.stdout of the moment alembic was imported,
    # which may be a stream closed since (a test's captured output).
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(script_location or migrations_dir()))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this version of SurveyApp writes, as Alembic finds it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def backup_sqlite(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently, with SQLite's own backup API."""
    from surveyapp.db.backups import copy_database

    copy_database(source, target)


def stored_revision(engine: Engine) -> str | None:
    """The schema revision the database says it has (None for a new, empty file)."""
    from sqlalchemy.exc import OperationalError

    with engine.connect() as connection:
        try:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return revision.scalar()
        except OperationalError:  # no alembic_version table: nothing was ever migrated
            return None


def revision_in(connection: sqlite3.Connection) -> str | None:
    """``stored_revision`` read on a plain ``sqlite3`` connection (no SQLAlchemy loaded)."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no alembic_version table: nothing was ever migrated
        return None
    return None if row is None else str(row[0])


def refuse_newer(current: str | None, script_location: Path | None = None) -> None:
    """Raise DatabaseTooNewError when ``current`` is a revision this version does not know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNewError(
            translate(
                "database",
                "This database was written by a newer version of SurveyApp (schema {schema}); "
                "this version knows schemas up to {head}. Install the newer SurveyApp to open it.",
            ).format(schema=current, head=script.get_current_head())
        )


def upgrade_database(
    engine: Engine, path: Path | None = None, script_location: Path | None = None
) -> MigrationReport:
    """Upgrade the database behind ``engine`` to the head revision.

    ``path`` is the SQLite file, backed up before the first migration step touches it.
    Raises DatabaseTooNewError when the file's revision is unknown to this version.
    ``script_location`` replaces the shipped migrations (for tests of future migrations).
    """
    current = stored_revision(engine)
    if current == SCHEMA_HEAD and script_location is None:
        return MigrationReport(current, SCHEMA_HEAD, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    head = script.get_current_head()
    assert head is not None, "no migrations found"
    if current == head:
        return MigrationReport(current, head, None)
    refuse_newer(current, script_location)
    backup = None
    if path is not None and current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.{current}.{stamp}.backup")
        backup_sqlite(path, backup)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection, script_location), "head")
    return MigrationReport(current, head, backup)
