"""The server's migrations: they build exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from surveyapp.server.database import SCHEMA_HEAD, ServerDatabase, migrations_dir, stored_revision
from surveyapp.server.models import Counter, ServerBase


def test_schema_head_names_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_models(server_database_url: str) -> None:
    database = ServerDatabase(server_database_url)
    try:
        assert stored_revision(database.engine) == SCHEMA_HEAD
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, ServerBase.metadata) == []
        with database.session() as session:
            assert session.get(Counter, 1) is not None  # the sequence counter's one row
        ServerDatabase(server_database_url).close()  # opening again is a no-op
    finally:
        database.close()
