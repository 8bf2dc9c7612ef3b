"""Photo blobs on disk, by SHA-256: resumable uploads verified before they are accepted.

``ab/cdef...`` under the storage folder holds complete, verified files;
``partial/<sha>.<uploader>.part`` holds an upload under way (its size is the offset to resume
from), one per uploader: nobody else can reset or extend it. A partial upload left alone for
PARTIAL_EXPIRY is deleted (sooner when no photo names the copy any more: server/app.py). A file
moves into place only after its SHA-256 matched, with a rename, so a reader never sees half a
photo. A user whose photo names a copy another user sent sends it too (their photo keeps it
served only then: server/retract.py); the verified bytes then prove it and are dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import re
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

SHA256_TEXT = re.compile(r"[0-9a-f]{64}")
CHUNK = 1024 * 1024
SYNC_EVERY = 2 * 1024 * 1024
PARTIAL_EXPIRY = timedelta(hours=24)  # an upload not resumed for this long is given up
STORE_MARK = "store-id"  # the folder's own id, written when it is first used


class BlobStore:
    """Complete blobs and partial uploads under one folder; the largest blob, and how many
    bytes one user may store (``quota_bytes``, partial uploads included)."""

    def __init__(self, root: Path, max_bytes: int, quota_bytes: int = 2**62) -> None:
        self.root, self.max_bytes, self.quota_bytes = root, max_bytes, quota_bytes
        self.partial = root / "partial"
        self.partial.mkdir(parents=True, exist_ok=True)
        self._busy: set[str] = set()  # blobs with an upload under way (forgotten after it)
        self._guard = threading.Lock()

    def identity(self) -> str:
        """The id this folder was given when it was first used (written here now if it has
        none): a folder lost and made anew, or another one in its place, has another id."""
        mark = self.root / STORE_MARK
        with contextlib.suppress(FileNotFoundError):
            return mark.read_text(encoding="ascii").strip()
        made = uuid.uuid4().hex
        draft = self.root / f".{STORE_MARK}.{made}"
        with open(draft, "w", encoding="ascii") as out:
            out.write(made)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(draft, mark)  # never over another process's id
        except FileExistsError:
            made = mark.read_text(encoding="ascii").strip()
        finally:
            draft.unlink(missing_ok=True)
        folder = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
        return made

    def path(self, sha256: str) -> Path:
        """Where the complete blob lives."""
        return self.root / sha256[:2] / sha256[2:]

    def part_path(self, sha256: str, uploader: int) -> Path:
        """Where an upload under way collects its bytes (each uploader their own)."""
        return self.partial / f"{sha256}.{uploader}.part"

    def size(self, sha256: str) -> int | None:
        """The size of the complete blob, or None when the server does not have it."""
        try:
            return self.path(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def offset(self, sha256: str, uploader: int) -> int:
        """How many bytes of this uploader's unfinished upload the server holds (0: none)."""
        try:
            return self.part_path(sha256, uploader).stat().st_size
        except FileNotFoundError:
            return 0

    def partial_bytes(self, uploader: int) -> int:
        """The bytes of this uploader's unfinished uploads (they count in the quota)."""
        total = 0
        for part in self.partial.glob(f"*.{uploader}.part"):
            with contextlib.suppress(FileNotFoundError):
                total += part.stat().st_size
        return total

    @contextlib.contextmanager
    def uploading(self, sha256: str) -> Iterator[bool]:
        """Yields True while this upload holds the blob (False: another is under way)."""
        with self._guard:
            acquired = sha256 not in self._busy
            if acquired:
                self._busy.add(sha256)
        try:
            yield acquired
        finally:
            if acquired:
                with self._guard:
                    self._busy.discard(sha256)

    def truncate(self, sha256: str, uploader: int, size: int) -> None:
        """Cut an unfinished upload back to ``size`` bytes (0: forget it)."""
        if size == 0:
            self.discard(sha256, uploader)
            return
        with open(self.part_path(sha256, uploader), "r+b") as part:
            part.truncate(size)

    def discard(self, sha256: str, uploader: int | None = None) -> None:
        """Forget an unfinished upload (every uploader's when ``uploader`` is None)."""
        if uploader is not None:
            self.part_path(sha256, uploader).unlink(missing_ok=True)
            return
        for part in self.partial.glob(f"{sha256}.*.part"):
            part.unlink(missing_ok=True)

    def stale_partials(self, max_age: timedelta) -> set[tuple[str, int]]:
        """(copy, uploader) of the unfinished uploads nobody wrote to for ``max_age``."""
        oldest = time.time() - max_age.total_seconds()
        stale = set()
        for part in self.partial.glob("*.part"):
            sha256, _, rest = part.name.partition(".")
            uploader = rest.removesuffix(".part")
            with contextlib.suppress(FileNotFoundError):
                if (
                    SHA256_TEXT.fullmatch(sha256)
                    and uploader.isdigit()
                    and part.stat().st_mtime < oldest
                ):
                    stale.add((sha256, int(uploader)))
        return stale

    def expire_partials(
        self, max_age: timedelta = PARTIAL_EXPIRY, sha256: str = "*", uploader: int | None = None
    ) -> int:
        """Delete unfinished uploads nobody resumed for ``max_age`` (of every copy, or of the
        copy ``sha256``; of every uploader, or of ``uploader``); how many went."""
        oldest = time.time() - max_age.total_seconds()
        removed = 0
        who = "*" if uploader is None else str(uploader)
        for part in self.partial.glob(f"{sha256}.{who}.part"):
            sha256 = part.name.split(".", 1)[0]
            with self._guard:
                if sha256 in self._busy:
                    continue
                try:
                    if part.stat().st_mtime >= oldest:
                        continue
                    part.unlink()
                except FileNotFoundError:
                    continue
            removed += 1
        return removed

    def finish(self, sha256: str, uploader: int, digest: str | None = None) -> bool:
        """Verify a complete upload and flush it to disk; False (and discarded) on mismatch.
        The verified upload stays where it is until ``place`` (under the copy's lock, in the
        transaction that records it: server/retract.py ``hold_copy``).

        ``digest`` is the SHA-256 already computed while the bytes arrived in one piece;
        otherwise the file is hashed here (call off the event loop).
        """
        part = self.part_path(sha256, uploader)
        if digest is None:
            hasher = hashlib.sha256()
            with open(part, "rb") as source:
                while chunk := source.read(CHUNK):
                    hasher.update(chunk)
            digest = hasher.hexdigest()
        if digest != sha256:
            part.unlink(missing_ok=True)
            return False
        with open(part, "rb+") as written:  # on disk before the server says it has it
            os.fdatasync(written.fileno())
        return True

    def place(self, sha256: str, uploader: int) -> None:
        """Move a verified upload (``finish``) into place. A copy the server holds already
        (another user sent the same bytes) is left as it is: the verified upload only proved
        that this uploader holds it. Called holding the copy's lock: the sweep that deletes a
        copy holds it too, so a copy it deleted is put back here, never recorded without its
        file."""
        part = self.part_path(sha256, uploader)
        target = self.path(sha256)
        if target.exists():  # another user sent the same copy: theirs stays, untouched
            part.unlink(missing_ok=True)
            return
        target.parent.mkdir(exist_ok=True)
        os.replace(part, target)


class PartWriter:
    """Appends (and hashes) an upload's bytes on a worker thread while the next bytes arrive.

    hashlib and file writes release the GIL, so on two cores receiving and hashing overlap.
    """

    def __init__(self, path: Path, hashing: bool) -> None:
        self._file = open(path, "ab")  # noqa: SIM115 - closed by the worker thread
        self._hasher = hashlib.sha256() if hashing else None
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def write(self, chunk: bytes) -> None:
        """Queue bytes to append (returns at once)."""
        self._queue.put(chunk)

    def abandon(self) -> None:
        """Stop without waiting (the bytes queued so far are still written)."""
        self._queue.put(None)

    def _run(self) -> None:
        try:
            unsynced = 0
            while (chunk := self._queue.get()) is not None:
                if self._error is None:
                    self._file.write(chunk)
                    if self._hasher is not None:
                        self._hasher.update(chunk)
                    unsynced += len(chunk)
                    if unsynced >= SYNC_EVERY:
                        # Flush to disk while the rest still arrives: the fdatasync before
                        # the blob is accepted then has only the tail left to write.
                        self._file.flush()
                        os.fdatasync(self._file.fileno())
                        unsynced = 0
        except OSError as error:  # a full disk: reported by close()
            self._error = error
            while self._queue.get() is not None:
                pass
        finally:
            self._file.close()

    def close(self) -> str | None:
        """Wait until every byte is written; the SHA-256 of the bytes when hashing (blocks)."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._hasher.hexdigest() if self._hasher is not None else None
