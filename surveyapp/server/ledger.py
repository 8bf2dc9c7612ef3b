"""The tokens the server has seen, kept in its storage folder so that a revocation outlives a
restore of the database from a backup.

A coordinator revokes a lost laptop's token; weeks later the database is restored from a dump
taken before that. The users and their token hashes come back as they were at the dump, so
the lost laptop's token would be valid again. The ledger is a file beside the photos
(``token-ledger``): the hash of every token the server saw valid, and of every token it saw
revoked or replaced (``new-token``). A token, once revoked, stays revoked: a hash is never
handed out twice. When the server starts it revokes again, in the database, every token the
ledger holds as revoked; while it runs it looks at the users every few seconds and writes what
changed, and a token a request brings that it has not written down yet.

Lines are appended whole (``O_APPEND``, one ``write`` each) and synced; several processes of
one run may write the same line twice, which changes nothing. A line that is not one of ours
(a torn write after a power cut) is skipped.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

from surveyapp.server.database import ServerDatabase
from surveyapp.server.users import revoke_hashes, token_states

log = logging.getLogger("surveyapp.server")

LEDGER = "token-ledger"
LOOK_EVERY = 5.0  # seconds between two looks at the users while the server runs
_LINE = re.compile(r"(seen|revoked) ([0-9a-f]{64})")


class TokenLedger:
    """``token-ledger`` in the server's storage folder."""

    def __init__(self, storage: Path) -> None:
        self.path = storage / LEDGER
        self._guard = threading.Lock()
        self._seen: set[str] = set()  # what this process knows the ledger holds as seen

    def read(self) -> tuple[set[str], set[str]]:
        """The hashes seen valid and those seen revoked (empty sets for no ledger yet)."""
        seen: set[str] = set()
        revoked: set[str] = set()
        try:
            text = self.path.read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            return seen, revoked
        for line in text.splitlines():
            match = _LINE.fullmatch(line.strip())
            if match is not None:
                (seen if match.group(1) == "seen" else revoked).add(match.group(2))
        return seen, revoked

    def _append(self, lines: list[str]) -> None:
        if not lines:
            return
        created = not self.path.exists()
        descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, "".join(f"{line}\n" for line in lines).encode("ascii"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if created:  # the file's name must outlive a power cut too
            folder = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)

    def look(self, database: ServerDatabase) -> int:
        """Write what changed since the last look: tokens now valid, tokens revoked, and
        tokens replaced (seen valid before, in the database no more). Returns how many
        tokens were newly recorded as revoked."""
        with self._guard:
            with database.reader() as session:
                valid, revoked_now = token_states(session)
            seen, revoked = self.read()
            gone = seen - valid - revoked_now  # replaced by new-token
            newly_revoked = sorted((revoked_now | gone) - revoked)
            self._append(
                [f"seen {h}" for h in sorted(valid - seen)]
                + [f"revoked {h}" for h in newly_revoked]
            )
            self._seen = seen | valid
            return len(newly_revoked)

    def saw(self, hashed: str) -> None:
        """A request came with this valid token: write it down at once if it is new (a token
        replaced before the next look would otherwise never be known as replaced)."""
        if hashed in self._seen:
            return
        with self._guard:
            if hashed not in self._seen:
                self._append([f"seen {hashed}"])
                self._seen.add(hashed)

    def revoke_again(self, database: ServerDatabase) -> list[str]:
        """Revoke in the database every token the ledger holds as revoked but the database
        holds as valid (it was restored from a backup taken before the revocation); returns
        the names of the users whose token that was."""
        _, revoked = self.read()
        if not revoked:
            return []
        with database.session() as session:
            return revoke_hashes(session, revoked)


def keep_ledger(ledger: TokenLedger, database: ServerDatabase, stop: threading.Event) -> None:
    """Look at the users every ``LOOK_EVERY`` seconds until ``stop`` is set."""
    while not stop.wait(LOOK_EVERY):
        try:
            if recorded := ledger.look(database):
                log.info("recorded %d revoked token(s) in %s", recorded, ledger.path)
        except Exception:  # a database or disk hiccup: look again next time
            log.exception("could not record the revoked tokens in %s", ledger.path)
