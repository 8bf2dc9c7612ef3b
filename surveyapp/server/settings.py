"""What a server instance is configured with."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path

from surveyapp.protocol.wire import DEFAULT_MAX_BLOB_BYTES

DEFAULT_QUOTA_BYTES = 20 * 2**30  # ~8,000 shared copies of 2.5 MB


def quota_from_environment() -> int:
    """The per-user quota: SURVEYAPP_QUOTA_MB when set, else DEFAULT_QUOTA_BYTES."""
    text = os.environ.get("SURVEYAPP_QUOTA_MB", "").strip()
    try:
        megabytes = float(text) if text else 0.0
    except ValueError:
        megabytes = 0.0
    return int(megabytes * 2**20) if megabytes > 0 else DEFAULT_QUOTA_BYTES


# A laptop's sync sends a few requests a second (pushes of 100 mutations, pages of a pull, two
# uploads at a time); a client stuck in a loop sends hundreds.
DEFAULT_RATE_LIMIT = 50.0
DEFAULT_BURST = 250.0


@dataclass(frozen=True)
class PublicSettings:
    """The coordinator's choices for the public map page."""

    title: str = "Surveillance cameras"
    about: str = "Cameras mapped and verified by the team's volunteers."
    tile_url: str = ""  # {z}/{x}/{y} template; empty: no background map, the points alone
    tile_attribution: str = ""
    two_volunteers: bool = False  # photos from two volunteers verify a camera
    # Offline map areas (basemap stores, or folders of them) that name streets and districts.
    streets: tuple[str, ...] = ()
    # The page's language (en, fr, sr_Latn, sr_Cyrl); empty: each visitor's browser's.
    language: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "streets", tuple(str(path) for path in self.streets))


@dataclass(frozen=True)
class ServerSettings:
    """Database URL (SQLite or PostgreSQL), blob folder, the largest photo accepted, how long
    a shared copy nobody names any more stays on disk before it is deleted, the public map, the
    per-token request rate, and how many bytes of shared copies one user may store."""

    database_url: str
    storage: Path
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    retract_after: timedelta = timedelta(hours=24)
    public: PublicSettings = PublicSettings()
    # Requests a second one token may make (0: no limit), and how many it may make at once.
    rate_limit: float = DEFAULT_RATE_LIMIT
    burst: float = DEFAULT_BURST
    quota_bytes: int = DEFAULT_QUOTA_BYTES  # the shared copies one user may store
    # Names one `server run` (all its worker processes): they share what they make in the
    # storage folder under it (the public map). Empty: the process makes its own name.
    run_id: str = ""

    def to_json(self) -> str:
        """The settings as JSON (handed to worker processes through the environment)."""
        return json.dumps(
            {
                "database_url": self.database_url,
                "storage": str(self.storage),
                "max_blob_bytes": self.max_blob_bytes,
                "retract_after": self.retract_after.total_seconds(),
                "rate_limit": self.rate_limit,
                "burst": self.burst,
                "public": asdict(self.public),
                "quota_bytes": self.quota_bytes,
                "run_id": self.run_id,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ServerSettings:
        """Settings from ``to_json``'s text."""
        values = json.loads(text)
        return cls(
            database_url=values["database_url"],
            storage=Path(values["storage"]),
            max_blob_bytes=int(values["max_blob_bytes"]),
            retract_after=timedelta(seconds=float(values["retract_after"])),
            rate_limit=float(values["rate_limit"]),
            burst=float(values["burst"]),
            public=PublicSettings(**values.get("public", {})),
            quota_bytes=int(values.get("quota_bytes", DEFAULT_QUOTA_BYTES)),
            run_id=str(values.get("run_id", "")),
        )
