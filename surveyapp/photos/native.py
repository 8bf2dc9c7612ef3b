"""What a C library prints while it decodes a file, caught as that file's warning.

libtiff (inside Pillow) reports a damaged strip by printing ``TIFFFillStrip: Read error on
strip 0; …`` straight on the process's standard error (file descriptor 2), through the command
line's progress bar. While :func:`stderr_captured` is active (the ``import`` command), fd 2
goes to a temporary file and Python's ``sys.stderr`` to the real standard error; a decode run
through :func:`catching` takes a lock (one such decode at a time) and gets back what was printed
meanwhile. Anything printed outside a decode is passed on to the real standard error. Without
the capture (the desktop app, the tests), :func:`catching` just runs the decode.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import IO, TypeVar

T = TypeVar("T")

_lock = threading.Lock()


class _Capture:
    def __init__(self, file: IO[bytes], terminal: int) -> None:
        self.file, self.terminal = file, terminal
        self.shown = 0  # bytes of the file handled (attributed or passed on)

    def end(self) -> int:
        return os.fstat(self.file.fileno()).st_size

    def take(self, until: int) -> bytes:
        data = os.pread(self.file.fileno(), until - self.shown, self.shown)
        self.shown = until
        return data

    def pass_on(self) -> None:
        """Write what was printed outside any decode on the real standard error."""
        data = self.take(self.end())
        if data:
            os.write(self.terminal, data)


_active: list[_Capture] = []


@contextlib.contextmanager
def stderr_captured() -> Iterator[None]:
    """Catch what C libraries print on fd 2 until the block ends (``sys.stderr`` still shows)."""
    sys.stderr.flush()
    terminal = os.dup(2)
    capture_file = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    old_stderr = sys.stderr
    encoding = getattr(old_stderr, "encoding", None) or "utf-8"
    sys.stderr = open(  # noqa: SIM115 (closed below)
        os.dup(terminal), "w", buffering=1, encoding=encoding, errors="backslashreplace"
    )
    os.dup2(capture_file.fileno(), 2)
    capture = _Capture(capture_file, terminal)
    with _lock:
        _active.append(capture)
    try:
        yield
    finally:
        sys.stderr.flush()
        with _lock:
            _active.remove(capture)
            capture.pass_on()
            os.dup2(terminal, 2)
        sys.stderr.close()
        sys.stderr = old_stderr
        os.close(terminal)
        capture_file.close()


def catching(decode: Callable[[], T]) -> tuple[T, str]:
    """Run ``decode``; its result and what C libraries printed meanwhile ("" when nothing, or
    when nothing is captured)."""
    if not _active:
        return decode(), ""
    with _lock:
        capture = _active[-1] if _active else None
        if capture is None:
            return decode(), ""
        capture.pass_on()
        try:
            result = decode()
        finally:
            said = capture.take(capture.end())
    return result, said.decode("utf-8", "replace").strip()
