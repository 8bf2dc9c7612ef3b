"""Files a volunteer names that may be pipes (`<(curl …)`, a named FIFO), read so that Ctrl-C or
a stop is never held up by them. Shared by every command that reads a file she names: `import`,
`known import`, `geotag --gpx`.

Python runs its Ctrl-C handler between its own steps, and a read stops for a signal only if the
signal comes while it waits: one that came as the pipe was opened (the moment a writer appears)
or between two reads left the read waiting for bytes that may never come. A pipe is opened
without waiting for a writer and read in short turns, the handler (and ``waiting``) running
between them. A regular file is read as before.
"""

from __future__ import annotations

import os
import select
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

TURN_S = 0.2  # how long one wait for a pipe's bytes lasts before Ctrl-C and ``waiting`` are seen


class Chunks(Protocol):
    """What a reader of a named file needs: bytes, ``size`` of them unless the file ends."""

    def read(self, size: int, /) -> bytes: ...

    def fileno(self) -> int: ...


def _go_on() -> None:
    pass


class Pipe:
    """A pipe read in turns; ``read`` fills ``size`` as a buffered file's does (fewer bytes only
    at the end). ``waiting()`` is called between turns and may raise to stop the read."""

    def __init__(self, fd: int, waiting: Callable[[], object] = _go_on) -> None:
        self.fd = fd
        self.waiting = waiting

    def fileno(self) -> int:
        return self.fd

    def read(self, size: int, /) -> bytes:
        parts: list[bytes] = []
        left = size
        while left > 0:
            if not select.select([self.fd], [], [], TURN_S)[0]:
                self.waiting()
                continue
            try:
                chunk = os.read(self.fd, left)
            except BlockingIOError:  # opened without waiting (``opened``): nothing came after all
                continue
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
        return b"".join(parts)


def is_pipe(stream: IO[bytes] | Chunks) -> bool:
    return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)


def chunks(stream: IO[bytes], waiting: Callable[[], object] = _go_on) -> Chunks:
    """``stream`` itself, or a Pipe over it when it is one."""
    return Pipe(stream.fileno(), waiting) if is_pipe(stream) else stream


@contextmanager
def opened(path: Path, waiting: Callable[[], object] = _go_on) -> Iterator[IO[bytes] | Pipe]:
    """``path`` open for reading, once. A pipe's open waits for no writer (its reads do, in
    turns: a blocked open is seen by neither Ctrl-C on a worker thread nor ``waiting``); any
    other file is a buffered file, as ``open(path, "rb")`` gives (and raises as it does)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        pipe = stat.S_ISFIFO(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if not pipe:
        os.close(fd)
        with open(path, "rb") as file:  # its errors say the path, as they always did
            yield file
        return
    try:
        yield Pipe(fd, waiting)
    finally:
        os.close(fd)
