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
    p.add_argument(
        "--skip",
        action="store_true",
        help=translate(
            "cli",
            "when the redo of the edit undone last is refused (changed since, not allowed), "
            "set that edit aside without redoing it (it stays undone and is never redone "
            "later) and redo the one after it",
        ),
    )
    with_database(p, cmd_redo)


def cmd_undo(db: Database, args: argparse.Namespace) -> int:
    return _take(db, args.skip, redo=False)


def cmd_redo(db: Database, args: argparse.Namespace) -> int:
    return _take(db, args.skip, redo=True)


def _take(db: Database, skip: bool, *, redo: bool) -> int:
    """Undo (redo) the command line's step that comes first; ``skip``: set it aside first."""
    with db.session() as session, _dropping(session, redo=redo):
        if skip:
            aside = history.set_aside(session, CLI, redo=redo)
            session.commit()  # set aside for good, whatever the step after it meets
            said = (
                translate("cli", "set aside, not redone: {edit} (it stays undone)")
                if redo
                else translate("cli", "set aside, not undone: {edit} (it stays as it is)")
            )
            print(said.format(edit=history.label(aside)))
            if history.newest(session, CLI, redo=redo) is None:
                nothing = (
                    translate("cli", "there is no edit after it to redo")
                    if redo
                    else translate("cli", "there is no edit before it to undo")
                )
                print(nothing, file=sys.stderr)
                return 0
        done = history.redo(session, CLI) if redo else history.undo(session, CLI)
        session.commit()
    said = translate("cli", "redone: {edit}") if redo else translate("cli", "undone: {edit}")
    print(said.format(edit=history.label(done.name)))
    _say_sync(done)
    return 0


@contextmanager
def _dropping(session: Session, *, redo: bool) -> Iterator[None]:
    """Keep a refused step off its list when it never can be undone (or redone), as the app
    does: the next `undo` takes the step before it; no record was changed. A refusal that may
    pass says how to set the step aside."""
    try:
        yield
    except history.UndoError as error:
        if error.dropped:
            session.commit()
        if error.refused_step is not None:  # it may stop being true: offer to set it aside
            raise history.UndoError(
                _offer(redo, after=bool(error.before)).format(
                    error=error,
                    name=history.label(error.refused_kind or ""),
                    before=history.label(error.before or ""),
                )
            ) from error
        raise


def _offer(redo: bool, *, after: bool) -> str:
    if redo and after:
        return translate(
            "cli",
            "{error}\n`surveyapp redo --skip` sets the {name} aside (it stays undone) and "
            "redoes the {before} after it",
        )
    if redo:
        return translate(
            "cli", "{error}\n`surveyapp redo --skip` sets the {name} aside (it stays undone)"
        )
    if after:
        return translate(
            "cli",
            "{error}\n`surveyapp undo --skip` sets the {name} aside (it stays as it is) "
            "and undoes the {before} before it",
        )
    return translate(
        "cli", "{error}\n`surveyapp undo --skip` sets the {name} aside (it stays as it is)"
    )


def _say_sync(done: history.Reverted) -> None:
    if not done.exact:  # the server had the edit: the change goes at the next sync
        print(translate("cli", "(the server gets the change at the next sync)"), file=sys.stderr)
