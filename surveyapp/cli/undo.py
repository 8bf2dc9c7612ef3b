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
    p.add_argument(
        "--skip",
        action="store_true",
        help=translate(
            "cli",
            "when the last edit's undo is refused (changed since, not allowed), set that edit "
            "aside without undoing it (it stays as it is and is never undone later) and undo "
            "the one before it",
        ),
    )
    with_database(p, cmd_undo)
    p = commands.add_parser("redo", help=translate("cli", "redo the camera edit undone last"))
    with_database(p, cmd_redo)


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session, _dropping(session):
        if args.skip:
            aside = history.set_aside(session, CLI)
            session.commit()  # set aside for good, whatever the undo before it meets
            print(
                translate("cli", "set aside, not undone: {edit} (it stays as it is)").format(
                    edit=history.label(aside)
                )
            )
            if history.newest(session, CLI) is None:
                print(translate("cli", "there is no edit before it to undo"), file=sys.stderr)
                return 0
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
        if error.refused_step is not None:  # it may stop being true: offer to set it aside
            hint = (
                translate(
                    "cli",
                    "{error}\n`surveyapp undo --skip` sets the {name} aside (it stays as it is) "
                    "and undoes the {before} before it",
                )
                if error.before
                else translate(
                    "cli",
                    "{error}\n`surveyapp undo --skip` sets the {name} aside (it stays as it is)",
                )
            )
            raise history.UndoError(
                hint.format(
                    error=error,
                    name=history.label(error.refused_kind or ""),
                    before=history.label(error.before or ""),
                )
            ) from error
        raise


def _say_sync(done: history.Reverted) -> None:
    if not done.exact:  # the server had the edit: the change goes at the next sync
        print(translate("cli", "(the server gets the change at the next sync)"), file=sys.stderr)
