"""The server database at an older revision, as an older release left it: for the schema and
upgrade tests (the server's own Alembic migrations, run as a release runs them)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

from surveyapp.server.database import migrations_dir


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def migrated_to(url: str, revision: str) -> Engine:
    """An engine on a new server database migrated up to ``revision`` only."""
    engine = create_engine(url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def downgraded_to(url: str, revision: str) -> None:
    """Take the server database at ``url`` (no server running on it) back to ``revision``."""
    engine = create_engine(url)
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
