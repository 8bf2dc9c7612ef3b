"""Open the survey database: find the file, migrate it, hand out sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from surveyapp.db.engine import sqlite_engine
from surveyapp.db.migrate import MigrationReport, upgrade_database
from surveyapp.db.outbox import install_outbox

APP_NAME = "SurveyApp"
DB_ENV = "SURVEYAPP_DB"


def default_database_path() -> Path:
    """$SURVEYAPP_DB, else survey.sqlite in the per-user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "survey.sqlite"


def library_dir_for(database: Path) -> Path:
    """The folder beside the database that holds copies of the imported originals."""
    return database.with_name(f"{database.stem}-library")


@dataclass(frozen=True)
class Database:
    """An open, migrated survey database and the photo library beside it."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    library: Path
    migration: MigrationReport

    def session(self) -> Session:
        """A new session; the caller owns it and its transaction."""
        return self.session_factory()

    def close(self) -> None:
        """Release the engine's connections (the file stays)."""
        self.engine.dispose()


def open_database(path: Path | None = None) -> Database:
    """Open (creating and migrating as needed) the database at ``path`` or the default one."""
    path = (path or default_database_path()).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = sqlite_engine(path)
    try:
        report = upgrade_database(engine, path)
    except BaseException:
        engine.dispose()
        raise
    library = library_dir_for(path)
    library.mkdir(exist_ok=True)
    factory = sessionmaker(engine, expire_on_commit=False)
    install_outbox(factory)
    return Database(path, engine, factory, library, report)
