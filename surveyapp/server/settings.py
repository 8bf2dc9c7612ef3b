"""What a server instance is configured with."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from surveyapp.sync.protocol import DEFAULT_MAX_BLOB_BYTES


@dataclass(frozen=True)
class ServerSettings:
    """Database URL (SQLite or PostgreSQL), blob folder, and the largest photo accepted."""

    database_url: str
    storage: Path
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
