"""What both Alembic environments (alembic/env.py: the laptop's; alembic/server/env.py: the
server's) do: run the migrations on the connection the app hands over, in batch mode."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import MetaData

from surveyapp.sql import UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Migrations must not import the app: UTCDateTime is stored as a plain DateTime."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def run_on_given_connection(target_metadata: MetaData, owner: str) -> None:
    """Run the migrations on ``config.attributes["connection"]`` (``owner`` opens it)."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(f"these migrations run on the connection {owner} opens")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
