"""The laptop's Alembic helpers (shared with the server: ``surveyapp.migration_env``)."""

from surveyapp.migration_env import render_item, run_on_given_connection

__all__ = ["render_item", "run_on_given_connection"]
