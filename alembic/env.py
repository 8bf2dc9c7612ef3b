"""Alembic environment for the laptop's SQLite database (no alembic.ini; see db/migrate.py)."""

from surveyapp.db.alembic_env import run_on_given_connection
from surveyapp.db.models import Base

run_on_given_connection(Base.metadata, "surveyapp/db/migrate.py")
