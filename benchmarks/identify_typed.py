"""Real model numbers as volunteers type them: how many ``identify`` reads right.

The strings and their sources are in ``tests/vendors/typed_models.csv`` (Hikvision, Dahua and
their OEM lines, Huawei, Tiandy, and strings of other makers or of no camera). Each camera is
tried as its source writes it and as volunteers also type it (lower case, spaces for dashes, no
dashes, without the ``IPC-``/``DH-`` prefix where it has one, with a region or firmware suffix).

    python3 -m benchmarks.identify_typed [-v]

A camera counts as right when the top answer is its maker (any confidence); "covered flag right"
asks only whether the top answer's FCC Covered List flag is the maker's. A non-camera string
counts against identify when it is read strong or likely, or as a Covered List maker at all.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from surveyapp.vendors import identify, load_catalogue

TABLE = Path(__file__).resolve().parent.parent / "tests" / "vendors" / "typed_models.csv"


def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(line for line in file if not line.startswith("#")))


def typings(text: str) -> Iterator[tuple[str, str]]:
    """(kind, text): the text as written and as volunteers also type it."""
    yield "as written", text
    yield "lower case", text.lower()
    yield "spaces for dashes", text.replace("-", " ")
    yield "no dashes", text.replace("-", "")
    bare = re.sub(r"^(?:DHI?-)?IPC-(?=H)|^DHI?-", "", text.strip(), flags=re.IGNORECASE)
    if bare != text.strip():
        yield "prefix left off", bare
    yield "region suffix", f"{text.strip()}-EU"
    yield "firmware after", f"{text.strip()} V2.800.0000000.0.R"


def main(argv: list[str] | None = None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    catalogue = load_catalogue()
    covered = {vendor.slug for vendor in catalogue.vendors if vendor.covered}
    table = rows()
    cameras = [r for r in table if r["vendor"] != "none"]
    others = [r for r in table if r["vendor"] == "none"]
    right = silent = wrong = flag = 0
    variants = variants_right = 0
    lines: list[str] = []
    for row in cameras:
        found = identify(row["text"], catalogue)
        top = found[0].vendor.slug if found else None
        flag += (top in covered) == (row["vendor"] in covered) if top else 0
        if top == row["vendor"]:
            right += 1
        elif top is None:
            silent += 1
            lines.append(f"no answer  {row['text']!r} ({row['vendor']})")
        else:
            wrong += 1
            lines.append(f"wrong      {row['text']!r}: {top}, not {row['vendor']}")
        for kind, text in typings(row["text"]):
            variants += 1
            found = identify(text, catalogue)
            if found and found[0].vendor.slug == row["vendor"]:
                variants_right += 1
            elif kind != "as written":
                lines.append(f"  {kind:<17} {text!r}: {found[0].vendor.slug if found else None}")
    confident = 0
    for row in others:
        found = identify(row["text"], catalogue)
        if found and (found[0].confidence != "weak" or found[0].vendor.slug in covered):
            confident += 1
            best = found[0]
            lines.append(f"claimed    {row['text']!r}: {best.vendor.slug} {best.confidence}")
    print(
        f"cameras {len(cameras)}: right {right}, no answer {silent}, wrong {wrong}, "
        f"covered flag right {flag}; typed variants {variants}: right {variants_right}; "
        f"not cameras {len(others)}: claimed {confident}"
    )
    if verbose:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
