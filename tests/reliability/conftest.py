"""The live-server fixtures (tests/live_server.py) for the reliability tests."""

from tests.live_server import (  # noqa: F401 - fixtures, registered by being imported here
    live_server,
    postgres_schema,
    postgres_schema_url,
    server_database_url,
    start_live_server,
)
