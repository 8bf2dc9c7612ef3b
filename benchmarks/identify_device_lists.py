"""Camera model numbers from device lists and makers' download centres: how many ``identify``
reads right.

The strings and their sources are in ``tests/vendors/device_list_models.csv`` (two cameras per
series of Hikvision's download centre, models named with their maker in public monitoring
templates and device lists, and strings of no camera) and ``device_list_models_2.csv`` (shops'
and distributors' catalogues and makers' product pages: Dahua and its Wi-Fi and OEM lines,
Uniview, Hanwha, Axis, HiLook, EZVIZ); each table counted as in ``identify_held_out``.
With ``--hikvision-devices devices.json`` (the file of the same name in the public repository
JoeyGE0/hikvision-fw-archive, a scrape of Hikvision's download centre), every device it files
as a camera (hardware ``IPC`` or ``THERMAL``) is tried as written too.

    python3 -m benchmarks.identify_device_lists [-v] [--hikvision-devices PATH]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.identify_held_out import main as count_table
from surveyapp.vendors import identify, load_catalogue

TABLES = [
    Path(__file__).resolve().parent.parent / "tests" / "vendors" / name
    for name in ("device_list_models.csv", "device_list_models_2.csv")
]


def download_centre(path: Path, verbose: bool) -> None:
    """Every camera of Hikvision's download centre, as written: the top answer and confidence."""
    devices = json.loads(path.read_text(encoding="utf-8")).values()
    models = sorted(
        {d["model"] for d in devices if d["hardware_version"].split("_")[0] in ("IPC", "THERMAL")}
    )
    catalogue = load_catalogue()
    answers: Counter[str] = Counter()
    for model in models:
        found = identify(model, catalogue)
        answer = f"{found[0].vendor.slug} {found[0].confidence}" if found else "no answer"
        answers[answer] += 1
        if verbose and answer != "hikvision strong":
            print(f"  {answer:<18} {model}")
    print(
        f"Hikvision download centre, {len(models)} cameras: "
        + ", ".join(f"{answer} {n}" for answer, n in answers.most_common())
    )


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    verbose = "-v" in args
    for table in TABLES:
        print(f"{table.name}:")
        count_table(["-v"] if verbose else [], table)
    if "--hikvision-devices" in args:
        download_centre(Path(args[args.index("--hikvision-devices") + 1]), verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
