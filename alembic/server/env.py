"""Alembic environment for the sync server's database (SQLite or PostgreSQL; server/database.py).

A separate environment from the laptop's (alembic/env.py): the server's tables live in their own
database with their own revision history.
"""

from surveyapp.migration_env import run_on_given_connection
from surveyapp.server.models import ServerBase

run_on_given_connection(ServerBase.metadata, "surveyapp/server/database.py")
