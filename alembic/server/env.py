"""Alembic environment for the sync server's database (SQLite or PostgreSQL; server/database.py).

A separate environment from the laptop's (alembic/env.py): the server's tables live in their own
database with their own revision history.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from surveyapp.db.models import UTCDateTime
from surveyapp.server.models import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Migrations must not import the app: UTCDateTime is stored as a plain DateTime."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "The server's migrations run on the server's connection (server/database.py)"
    )
run_migrations(connection)
