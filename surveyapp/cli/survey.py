"""`surveyapp survey`: the survey's name and settings; `survey set name=... blur=on|off
time_zone=Europe/Belgrade`."""

from __future__ import annotations

import argparse

from surveyapp.cli.common import UsageError, dump_json, with_database
from surveyapp.db.database import Database
from surveyapp.i18n import translate
from surveyapp.protocol.fields import BY_RECORD

_ON = {"on": True, "yes": True, "true": True, "1": True}
_OFF = {"off": False, "no": False, "false": False, "0": False}
NAME_LIMIT = 200  # Survey.name's column size


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the survey command."""
    p = commands.add_parser(
        "survey", help=translate("cli", "the survey's name and privacy settings")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print as JSON"))
    with_database(p, cmd_show)
    actions = p.add_subparsers(dest="survey_action", metavar="ACTION")
    change = actions.add_parser(
        "set", help=translate("cli", "change settings: name=TEXT blur=on|off time_zone=ZONE")
    )
    change.add_argument("settings", nargs="+", metavar="KEY=VALUE")
    with_database(change, cmd_set)


def _parse(items: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().lower()
        if not sep or key not in ("name", "blur", "time_zone"):
            raise UsageError(
                translate("cli", "'{item}' is not name=TEXT, blur=on|off or time_zone=ZONE").format(
                    item=item
                )
            )
        settings[key] = value.strip()
    return settings


def _blur_value(text: str) -> bool:
    value = _ON.get(text.lower(), _OFF.get(text.lower()))
    if value is None:
        raise UsageError(translate("cli", "blur is on or off, not '{value}'").format(value=text))
    return value


def _show(name: str, blur: bool, as_json: bool, zone: str | None = None) -> None:
    if as_json:
        dump_json({"name": name, "blur_people": blur, "time_zone": zone})
        return
    print(translate("cli", "survey: {name}").format(name=name))
    print(
        translate("cli", "blur faces and licence plates in shared photos: on")
        if blur
        else translate("cli", "blur faces and licence plates in shared photos: off")
    )
    if zone:
        print(translate("cli", "time zone of photos without one: {zone}").format(zone=zone))


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    """Print the survey's name and settings."""
    from surveyapp.cameras.operations import current_survey

    with db.session() as session, session.begin():  # made on first use, like an import does
        survey = current_survey(session)
        name, blur, zone = survey.name, survey.blur_people, survey.time_zone
    _show(name, blur, args.json, zone)
    return 0


def cmd_set(db: Database, args: argparse.Namespace) -> int:
    """Change the survey's name or blur setting, in one transaction."""
    from surveyapp.cameras.operations import current_survey
    from surveyapp.cameras.permissions import NotAllowedError, current_editor
    from surveyapp.photos.sharing import set_survey_blur

    settings = _parse(args.settings)
    blur = _blur_value(settings["blur"]) if "blur" in settings else None
    name = settings.get("name")
    if name is not None and not (0 < len(name) <= NAME_LIMIT):
        raise UsageError(translate("cli", "a survey name has 1 to 200 characters"))
    again = 0
    with db.session() as session, session.begin():
        survey = current_survey(session)
        if not current_editor(session).may_edit(survey):
            # The server would refuse it at the next sync; the laptop would show the value
            # meanwhile as if it were the team's.
            raise NotAllowedError(
                translate(
                    "fields",
                    "this survey was made by {owner}: only they or a reviewer can change its "
                    "settings",
                ).format(owner=survey.owner)
            )
        if name is not None:
            survey.name = name
        if blur is not None:
            again = set_survey_blur(session, survey.id, blur)
        if "time_zone" in settings:  # empty clears it
            text = settings["time_zone"]
            survey.time_zone = BY_RECORD["survey"]["time_zone"].parse(text) if text else None
        name, blur, zone = survey.name, survey.blur_people, survey.time_zone
    _show(name, blur, getattr(args, "json", False), zone)
    if again:
        print(translate("cli", "%n photos will be shared again with the new setting", None, again))
    return 0
