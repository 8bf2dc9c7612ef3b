"""`surveyapp vendors [--json]` and `surveyapp vendors identify TEXT`."""

from __future__ import annotations

import argparse

from surveyapp.cli.common import UsageError, dump_json, without_database
from surveyapp.i18n import translate
from surveyapp.vendors import identify, load_catalogue


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the vendor catalogue commands."""
    p = commands.add_parser("vendors", help=translate("cli", "the vendor catalogue"))
    p.add_argument("--json", action="store_true")
    p.add_argument("action", nargs="?", choices=["identify"])
    p.add_argument(
        "text", nargs="*", help=translate("cli", "model number or label text to identify")
    )
    without_database(p, cmd_vendors)


def cmd_identify(args: argparse.Namespace) -> int:
    """Ranked vendor suggestions for a model number or label text."""
    if not args.text:
        raise UsageError(translate("cli", "vendors identify needs a model number or label text"))
    suggestions = identify(" ".join(args.text), load_catalogue())
    if args.json:
        dump_json(
            [
                {
                    "vendor": s.vendor.slug,
                    "name": s.vendor.name,
                    "covered_list": s.vendor.covered,
                    "brand": s.brand,
                    "score": s.score,
                    "reasons": list(s.reasons),
                }
                for s in suggestions
            ]
        )
        return 0
    if not suggestions:
        print(translate("cli", "no vendor recognised (vendor unknown is a valid answer)"))
        return 0
    for s in suggestions:
        covered = "  " + translate("cli", "FCC Covered List") if s.vendor.covered else ""
        print(f"{s.vendor.name} ({s.vendor.slug}){covered}: {'; '.join(s.reasons)}")
    return 0


def cmd_vendors(args: argparse.Namespace) -> int:
    """The catalogue, or (with identify) suggestions."""
    if args.action == "identify":
        return cmd_identify(args)
    catalogue = load_catalogue()
    if args.json:
        dump_json(
            [
                {
                    "slug": v.slug,
                    "name": v.name,
                    "brands": [b.name for b in v.brands],
                    "country": v.country,
                    "wikidata": v.wikidata,
                    "covered_list": v.covered,
                    "model_patterns": list(v.model_patterns),
                }
                for v in catalogue.vendors
            ]
        )
        return 0
    for v in catalogue.vendors:
        covered = "  " + translate("cli", "FCC Covered List") if v.covered else ""
        names = ", ".join(b.name for b in v.brands)
        brands = " — " + translate("cli", "brands: {names}").format(names=names) if v.brands else ""
        print(f"{v.slug:16} {v.name} ({v.country or '?'}){covered}{brands}")
    return 0
