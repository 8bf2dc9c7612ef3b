"""`surveyapp undo` and `surveyapp redo`: the command line's own last camera edit.

The command line keeps its own steps, apart from the desktop app's (surveyapp/cameras/history.py):
`undo` takes back the last `camera set|move|merge|split|delete` made from the command line, in
one transaction; an edit the server already has is undone by sending the old values, or refused
with the reason when the server keeps it (a merge, a split, a deletion).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from surveyapp.cameras import history
from surveyapp.cameras.history import CLI
from surveyapp.cli.common import with_database
from surveyapp.db.database import Database
from surveyapp.i18n import translate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `undo` and `redo`."""
    p = commands.add_parser(
        "undo", help=translate("cli", "undo the last camera edit made from the command line")
    )
    with_database(p, cmd_undo)
    p = commands.add_parser("redo", help=translate("cli", "redo the camera edit undone last"))
    with_database(p, cmd_redo)


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session, _dropping(session):
        done = history.undo(session, CLI)
        session.commit()
    print(translate("cli", "undone: {edit}").format(edit=history.label(done.name)))
    _say_sync(done)
    return 0


def cmd_redo(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session, _dropping(session):
        done = history.redo(session, CLI)
        session.commit()
    print(translate("cli", "redone: {edit}").format(edit=history.label(done.name)))
    _say_sync(done)
    return 0


@contextmanager
def _dropping(session: Session) -> Iterator[None]:
    """Keep a refused step off its list when it never can be undone (or redone), as the app
    does: the next `undo` takes the step before it; no record was changed."""
    try:
        yield
    except history.UndoError as error:
        if error.dropped:
            session.commit()
        raise


def _say_sync(done: history.Reverted) -> None:
    if not done.exact:  # the server had the edit: the change goes at the next sync
        print(translate("cli", "(the server gets the change at the next sync)"), file=sys.stderr)
