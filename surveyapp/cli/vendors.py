"""`surveyapp vendors [--json]`, `surveyapp vendors identify TEXT` and `camera set`'s model hint."""

from __future__ import annotations

import argparse
import shlex

from surveyapp.cli.common import UsageError, dump_json, without_database
from surveyapp.i18n import translate
from surveyapp.vendors import Suggestion, identify, load_catalogue
from surveyapp.vendors.identify import confidence_label


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the vendor catalogue commands."""
    p = commands.add_parser("vendors", help=translate("cli", "the vendor catalogue"))
    p.add_argument("--json", action="store_true")
    without_database(p, cmd_vendors)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    ask = actions.add_parser(
        "identify",
        help=translate("cli", "ranked vendors, with confidence, for a model number or label"),
    )
    # --json before or after "identify"; SUPPRESS keeps the one given before.
    ask.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    ask.add_argument(
        "text", nargs="*", help=translate("cli", "model number or label text to identify")
    )
    without_database(ask, cmd_identify)


def suggestion_line(s: Suggestion) -> str:
    """One line: `Huawei (huawei)  FCC Covered List — strong: model family …; name Huawei`."""
    covered = "  " + translate("cli", "FCC Covered List") if s.vendor.covered else ""
    return translate("vendors", "{vendor} — {confidence}: {reasons}").format(
        vendor=f"{s.vendor.name} ({s.vendor.slug}){covered}",
        confidence=confidence_label(s.confidence),
        reasons="; ".join(s.reasons),
    )


def model_hint(model: str | None, vendor_slug: str | None) -> str | None:
    """What `camera set ID model=…` says when the model looks like another vendor's; never sets it.

    None when the model says nothing or names the vendor the camera already has.
    """
    suggestions = identify(model or "")
    if not suggestions or suggestions[0].vendor.slug == vendor_slug:
        return None
    best = suggestions[0]
    covered = ", " + translate("cli", "FCC Covered List") if best.vendor.covered else ""
    return translate(
        "cli",
        "model {model} looks like {vendor}{covered} ({confidence}: {reason}): set {assignment}?",
    ).format(
        model=model,
        vendor=best.vendor.name,
        covered=covered,
        confidence=confidence_label(best.confidence),
        reason=best.reasons[0],
        assignment="vendor=" + shlex.quote(best.brand or best.vendor.slug),
    )


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
                    "confidence": s.confidence,
                    "reasons": list(s.reasons),
                    "families": list(s.families),
                }
                for s in suggestions
            ]
        )
        return 0
    if not suggestions:
        print(translate("cli", "no vendor recognised (vendor unknown is a valid answer)"))
        return 0
    for s in suggestions:
        print(suggestion_line(s))
    return 0


def cmd_vendors(args: argparse.Namespace) -> int:
    """The catalogue."""
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
                    "model_families": [
                        {
                            "family": f.family,
                            "pattern": f.pattern,
                            "strength": f.strength,
                            "brand": f.brand,
                            "examples": list(f.examples),
                        }
                        for f in v.models
                    ],
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
