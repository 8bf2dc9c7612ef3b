"""A held-out set of real model numbers: how many ``identify`` reads right.

The strings and their sources are in ``tests/vendors/held_out_models.csv``: cameras gathered
after the grammars were written, none of them in the tables the grammars were built on
(``models.csv``, ``typed_models.csv``, ``identify_outside``), makers roughly as met on European
streets, and strings of no camera of a catalogue maker. Each camera is tried as its source
writes it and as a volunteer types it off a photographed label: lower case, spaces for dashes,
the maker's prefix left off, the letter O for the digit 0, and a resolution after it.

    python3 -m benchmarks.identify_held_out [-v]

A camera counts as right when the top answer is its maker (any confidence); "covered flag right"
asks only whether the top answer's FCC Covered List flag is the maker's, and "covered flag
wrong" counts answers that put the flag on a maker not on the list or take it from one that is.
A non-camera string counts against identify when it is read strong or likely, or as a Covered
List maker at all.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from surveyapp.vendors import identify, load_catalogue

TABLE = Path(__file__).resolve().parent.parent / "tests" / "vendors" / "held_out_models.csv"
PREFIX = re.compile(r"^(?:DHI?-IPC-|DHI?-|DS-|IPC-|MS-|MX-|TC-)", re.IGNORECASE)


def rows(table: Path = TABLE) -> list[dict[str, str]]:
    with table.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(line for line in file if not line.startswith("#")))


def typings(text: str) -> Iterator[tuple[str, str]]:
    """(kind, text): the text as written and as a volunteer types it off a label."""
    text = text.strip()
    yield "as written", text
    yield "lower case", text.lower()
    if "-" in text:
        yield "spaces for dashes", text.replace("-", " ")
    bare = PREFIX.sub("", text)
    if bare != text:
        yield "prefix left off", bare
    if "0" in text:
        yield "O for 0", text.replace("0", "O")
    yield "resolution after", f"{text} 4MP"


def main(argv: list[str] | None = None, table_file: Path = TABLE) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    catalogue = load_catalogue()
    covered = {vendor.slug for vendor in catalogue.vendors if vendor.covered}
    table = rows(table_file)
    cameras = [r for r in table if r["vendor"] != "none"]
    others = [r for r in table if r["vendor"] == "none"]
    right = weak = silent = wrong = flag = flag_wrong = 0
    variants = variants_right = variants_wrong = 0
    kinds: dict[str, list[int]] = {}
    lines: list[str] = []
    for row in cameras:
        found = identify(row["text"], catalogue)
        top = found[0].vendor.slug if found else None
        if top:
            same = (top in covered) == (row["vendor"] in covered)
            flag += same
            flag_wrong += not same
        if top == row["vendor"]:
            right += 1
            weak += found[0].confidence == "weak"
        elif top is None:
            silent += 1
            lines.append(f"no answer  {row['text']!r} ({row['vendor']})")
        else:
            wrong += 1
            confidence = found[0].confidence
            lines.append(f"wrong      {row['text']!r}: {top} {confidence}, not {row['vendor']}")
        for kind, text in typings(row["text"]):
            if kind == "as written":
                continue
            variants += 1
            count = kinds.setdefault(kind, [0, 0])
            count[1] += 1
            found = identify(text, catalogue)
            got = found[0].vendor.slug if found else None
            if got == row["vendor"]:
                variants_right += 1
                count[0] += 1
            else:
                variants_wrong += got is not None
                lines.append(f"  {kind:<17} {text!r}: {got}")
    confident = 0
    for row in others:
        found = identify(row["text"], catalogue)
        if found and (found[0].confidence != "weak" or found[0].vendor.slug in covered):
            confident += 1
            best = found[0]
            lines.append(f"claimed    {row['text']!r}: {best.vendor.slug} {best.confidence}")
    print(
        f"cameras {len(cameras)}: right {right} ({weak} of them weak), no answer {silent}, "
        f"wrong {wrong}, "
        f"covered flag right {flag}, covered flag wrong {flag_wrong}; typed variants {variants}: "
        f"right {variants_right}, wrong {variants_wrong}; not cameras {len(others)}: "
        f"claimed {confident}"
    )
    print("  " + ", ".join(f"{kind} {n}/{total}" for kind, (n, total) in kinds.items()))
    if verbose:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
