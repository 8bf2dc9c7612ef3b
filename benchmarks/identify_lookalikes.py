"""Model numbers typed with look-alike letters for digits: right, unanswered and wrong answers.

Volunteers type the letter O for the digit 0 (and I or l for 1) when they copy a model number off
a photographed label. Every corpus the vendor tests and the benchmark read is tried: the tables
of ``tests/vendors`` (``models.csv``, ``typed_models.csv``, ``held_out_models.csv``,
``device_list_models.csv``, ``device_list_models_2.csv``), ``benchmarks.identify_outside``, and
``benchmarks.bench_vendors``' model strings and label texts (a serial number after ``S/N:``).
Each camera string is tried as written, with O for every 0, with I for every 1 and with l for
every 1; each other string (``none``) the same ways (a string of no camera typed so must get no
answer either).

    python3 -m benchmarks.identify_lookalikes [-v] [--count 20000] [--labels 2000] [--seed 2600]

A camera string counts right when the top answer is its maker (any confidence), wrong when it is
another maker; an other string counts against identify when it gets any answer strong or likely,
or a Covered List maker at all.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.bench_vendors import label_texts, model_strings
from benchmarks.identify_outside import CASES
from surveyapp.vendors import identify, load_catalogue

TABLES = Path(__file__).resolve().parent.parent / "tests" / "vendors"
TABLE_NAMES = (
    "models.csv",
    "typed_models.csv",
    "held_out_models.csv",
    "device_list_models.csv",
    "device_list_models_2.csv",
)
TYPINGS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "O for 0": lambda text: text.replace("0", "O"),
    "I for 1": lambda text: text.replace("1", "I"),
    "l for 1": lambda text: text.replace("1", "l"),
}


def table(name: str) -> list[tuple[str, str]]:
    """(text, vendor slug or "none") of a table of ``tests/vendors``."""
    with (TABLES / name).open(encoding="utf-8", newline="") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return [(row["text"], row["vendor"]) for row in rows]


def corpora(count: int, labels: int, seed: int) -> Iterable[tuple[str, list[tuple[str, str]]]]:
    """Each corpus by name: its (text, vendor slug or "none") pairs."""
    for name in TABLE_NAMES:
        yield name, table(name)
    yield "identify_outside", [(text, vendor) for text, vendor, _source in CASES]
    yield f"bench_vendors model strings ({count})", model_strings(count, seed)
    yield f"bench_vendors label texts ({labels})", label_texts(labels, seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", action="store_true", dest="verbose")
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--labels", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=2600)
    args = parser.parse_args(argv)
    catalogue = load_catalogue()
    covered = {vendor.slug for vendor in catalogue.vendors if vendor.covered}
    totals: dict[str, Counter[str]] = {}
    for name, pairs in corpora(args.count, args.labels, args.seed):
        counts: dict[str, Counter[str]] = {}
        for text, truth in pairs:
            for kind, typing in TYPINGS.items():
                typed = typing(text)
                if kind != "as written" and typed == text:
                    continue
                found = identify(typed, catalogue)
                top = found[0] if found else None
                count = counts.setdefault(kind, Counter())
                if truth == "none":
                    claimed = top is not None and (
                        top.confidence != "weak" or top.vendor.slug in covered
                    )
                    count["other"] += 1
                    count["claimed"] += claimed
                    if top is not None and claimed and args.verbose:
                        print(f"  claimed   {kind:<10} {typed!r}: {top.vendor.slug}")
                    continue
                count["cameras"] += 1
                if top is None:
                    count["no answer"] += 1
                elif top.vendor.slug == truth:
                    count["right"] += 1
                else:
                    count["wrong"] += 1
                    if args.verbose:
                        print(f"  wrong     {kind:<10} {typed!r}: {top.vendor.slug}, not {truth}")
        print(f"{name}:")
        for kind, count in counts.items():
            totals.setdefault(kind, Counter()).update(count)
            print(f"  {kind:<10} {_line(count)}")
    print("all corpora:")
    for kind, count in totals.items():
        print(f"  {kind:<10} {_line(count)}")
    return 0


def _line(count: Counter[str]) -> str:
    parts = []
    if count["cameras"]:
        parts.append(
            f"cameras {count['cameras']}: right {count['right']}, "
            f"no answer {count['no answer']}, wrong {count['wrong']}"
        )
    if count["other"]:
        parts.append(f"other strings {count['other']}: claimed {count['claimed']}")
    return "; ".join(parts)


if __name__ == "__main__":
    raise SystemExit(main())
