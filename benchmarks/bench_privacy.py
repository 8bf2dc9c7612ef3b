"""How well the blur finds faces and plates, and what a shareable copy costs.

    python3 -m benchmarks.bench_privacy [--backgrounds N]

Faces: scikit-image's astronaut and camera pictures (one face each). Plates: a European-style
plate at three sizes pasted into real corpus photos (../shared/corpus). False alarms: regions
found in the same corpus photos without a plate. Time: one derivative of a 12-MP phone photo.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.photos import photo_folder  # noqa: E402
from surveyapp.photos.metadata import read_metadata_bytes  # noqa: E402
from surveyapp.photos.privacy import Region, make_derivative  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402
from tests.photos.test_privacy import FACES, licence_plate, png_bytes  # noqa: E402

WIDTHS = (90, 140, 200)


def face_recall() -> tuple[int, int]:
    from skimage import data

    found = 0
    for name, (left, top, right, bottom) in FACES.items():
        picture = Image.fromarray(getattr(data, name)()).convert("RGB")
        encoded = png_bytes(picture)
        regions = make_derivative(encoded, read_metadata_bytes(encoded)).regions
        found += any(
            left <= r.left + r.width / 2 <= right and top <= r.top + r.height / 2 <= bottom
            for r in regions
            if r.kind == "face"
        )
    return found, len(FACES)


def backgrounds(count: int) -> list[Path]:
    photos = []
    for path in sorted((CORPUS / "photos").iterdir()):
        try:
            with Image.open(path) as image:
                if image.format == "JPEG" and image.width * image.height >= 200_000:
                    photos.append(path)
        except OSError:
            continue
    return photos[:count]


def plate_recall(paths: list[Path]) -> tuple[int, int, int]:
    """(plates found, plates placed, false alarms in the same photos without plates)."""
    found = placed = false_alarms = 0
    for path in paths:
        background = Image.open(path).convert("RGB")
        plain = png_bytes(background)
        regions = make_derivative(plain, read_metadata_bytes(plain)).regions
        false_alarms += sum(1 for r in regions if r.kind == "plate")
        for width in WIDTHS:
            photo = background.copy()
            plate = licence_plate(width)
            x, y = background.width // 3, background.height // 2
            photo.paste(plate, (x, y))
            encoded = png_bytes(photo)
            target = Region(x, y, plate.width, plate.height, "plate")
            regions = make_derivative(encoded, read_metadata_bytes(encoded)).regions
            found += any(r.overlaps(target) for r in regions if r.kind == "plate")
            placed += 1
    return found, placed, false_alarms


def derivative_seconds(runs: int = 5) -> float:
    folder = photo_folder(runs)
    times = []
    for path in sorted(folder.iterdir())[:runs]:
        data = path.read_bytes()
        meta = read_metadata_bytes(data)
        started = time.perf_counter()
        make_derivative(data, meta)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backgrounds", type=int, default=40, help="corpus photos (default 40)")
    args = parser.parse_args()
    if not (CORPUS / "photos").is_dir():
        raise SystemExit(f"the corpus is not at {CORPUS}")
    faces, face_total = face_recall()
    print(f"faces (scikit-image astronaut, camera): {faces}/{face_total} found")
    paths = backgrounds(args.backgrounds)
    found, placed, false_alarms = plate_recall(paths)
    print(
        f"plates {WIDTHS} px wide in {len(paths)} corpus photos: {found}/{placed} found "
        f"({found / placed:.0%}); {false_alarms} false alarms in the same photos without plates "
        f"({false_alarms / len(paths):.1f} per photo)"
    )
    print(f"one derivative of a 12-MP JPEG (decode, detect, blur, encode): "
          f"{derivative_seconds():.2f} s median")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
