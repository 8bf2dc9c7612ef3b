"""What the command-line modules share: errors, progress bars, JSON and safe output files."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from surveyapp.db.database import Database
from surveyapp.i18n import translate
from surveyapp.server.command import UsageError as UsageError

# A command's handler: gets the open database when the command declared it needs one.
DbHandler = Callable[[Database, argparse.Namespace], int]
PlainHandler = Callable[[argparse.Namespace], int]


def with_database(parser: argparse.ArgumentParser, handler: DbHandler) -> None:
    """Run ``handler`` with the survey database (opened and migrated) for this subcommand."""
    parser.set_defaults(handler=handler, needs_db=True)


def without_database(parser: argparse.ArgumentParser, handler: PlainHandler) -> None:
    """Run ``handler`` without opening the survey database."""
    parser.set_defaults(handler=handler, needs_db=False)


class ProgressBar:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream, self.label = stream, label
        self.enabled = stream.isatty()
        self.columns = self._columns()  # read now: a sync's photos take fd 2 for a while
        self._last = 0.0
        self._drawn = False

    def update(self, done: int, total: int, detail: str = "", *, at_once: bool = False) -> None:
        """Redraw (at most ten times a second, and always at the end, or ``at_once``: a step
        the next wait may follow must not be skipped, or the bar shows the one before)."""
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total and not at_once):
            return
        self._last = now
        width = 30
        filled = width * done // total if total else width
        bar = "#" * filled + "." * (width - filled)
        start = f"{self.label} [{bar}] {done}/{total} "
        # The step's words take what the terminal's width leaves (at least 40 characters, the
        # end of them when they are longer: "…waiting for the server's first page").
        room = max(40, self.columns - len(start) - 1)
        self.stream.write(f"\r{start}{detail[-room:]:{room}}")
        self.stream.flush()
        self._drawn = True

    def _columns(self) -> int:
        """The terminal's width (0 when it does not say)."""
        try:
            return os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            return 0

    def message(self, text: str) -> None:
        """Print a line above the bar."""
        if self._drawn:
            self.stream.write("\r\033[K")
        print(text, file=self.stream)
        self._last = 0.0

    def line(self, text: str, stream: TextIO) -> None:
        """Print a line on ``stream`` (stdout) above the bar, which is drawn again next time."""
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False
        print(text, file=stream, flush=True)
        self._last = 0.0

    def finish(self) -> None:
        """End the bar's line."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def error_line(reason: object) -> str:
    """A failure's line, "error: " before it in the volunteer's language (the one wording of
    the prefix, for every command)."""
    return translate("cli", "error: {reason}").format(reason=reason)


def position_text(record: dict[str, Any]) -> str:
    """A record's position for a listing: "44.812500,20.461200" or "no position"."""
    if record["latitude"] is None or record["longitude"] is None:
        return translate("cli", "no position")
    return f"{record['latitude']:.6f},{record['longitude']:.6f}"


def dump_json(value: Any) -> None:
    """Pretty JSON on stdout."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextlib.contextmanager
def output_file(target: str) -> Iterator[TextIO]:
    """A text stream for ``target`` ('-' is stdout).

    Written beside the target and renamed at the end: a failed export never leaves half a file
    where the last good one was.
    """
    if target == "-":
        yield sys.stdout
        return
    path = Path(target)
    if not path.parent.is_dir():
        raise UsageError(translate("cli", "no such folder: {path}").format(path=path.parent))
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            yield out
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
