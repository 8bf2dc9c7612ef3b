"""Long fuzz run of the metadata reader: mutated real photos, not part of the test suite.

    python3 -m fuzz.metadata [--inputs 100000] [--seed N] [--budget-ms 250]

Each input is a corpus photo (../shared/corpus) or a synthetic one, mutated: bytes flipped,
runs overwritten with boundary values, chunks deleted, duplicated or truncated. The reader must
return PhotoMetadata or raise NotAnImageError, with no "internal error" warning, within the time
budget. Failures are written to fuzz/out/ (git-ignored) to become regression tests in
tests/photos/test_metadata.py.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from surveyapp.photos.metadata import NotAnImageError, read_metadata_bytes  # noqa: E402
from tests.conftest import CORPUS  # noqa: E402
from tests.factory import PhotoSpec, make_jpeg  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
BOUNDARY = [
    b"\x00", b"\xff", b"\x7f", b"\x80", b"\xff\xff\xff\xff", b"\x00\x00\x00\x00",
    b"\x00\x00\x00\x08", b"\xff\xd8", b"\xff\xe1", b"II*\x00", b"MM\x00*", b"Exif\x00\x00",
]  # fmt: skip


def seeds() -> list[bytes]:
    """The corpus photos (headers only: the pixels rarely matter to the reader) + synthetic."""
    found = [make_jpeg(PhotoSpec(), seed=1), make_jpeg(PhotoSpec(latitude=-33.9), seed=2)]
    photos = CORPUS / "photos"
    if photos.is_dir():
        found += [path.read_bytes()[:262_144] for path in sorted(photos.iterdir())]
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not buffer:
            break
        where = rng.randrange(len(buffer))
        choice = rng.random()
        if choice < 0.4:
            buffer[where] = rng.randrange(256)
        elif choice < 0.6:
            value = rng.choice(BOUNDARY)
            buffer[where : where + len(value)] = value
        elif choice < 0.75:
            del buffer[where : where + rng.randint(1, 64)]
        elif choice < 0.9:
            buffer[where:where] = buffer[where : where + rng.randint(1, 64)]
        else:
            del buffer[where:]
    return bytes(buffer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget-ms", type=float, default=250.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = seeds()
    failures, slowest, refused, with_warnings = 0, 0.0, 0, 0
    started = time.perf_counter()
    for index in range(args.inputs):
        data = mutate(rng.choice(pool), rng)
        began = time.perf_counter()
        problem = None
        try:
            meta = read_metadata_bytes(data)
            with_warnings += bool(meta.warnings)
            if any("internal error" in warning for warning in meta.warnings):
                problem = "internal error: " + "; ".join(meta.warnings)
        except NotAnImageError:
            refused += 1
        except Exception:  # the finding: anything else escaping the reader
            problem = traceback.format_exc()
        took = (time.perf_counter() - began) * 1000
        slowest = max(slowest, took)
        if problem is None and took > args.budget_ms:
            problem = f"took {took:.0f} ms (budget {args.budget_ms:.0f} ms)"
        if problem is not None:
            failures += 1
            OUT.mkdir(exist_ok=True)
            (OUT / f"failure-{args.seed}-{index}.bin").write_bytes(data)
            (OUT / f"failure-{args.seed}-{index}.txt").write_text(problem)
        if (index + 1) % 10_000 == 0:
            print(f"{index + 1} inputs, {failures} failures, slowest {slowest:.1f} ms", flush=True)
    seconds = time.perf_counter() - started
    print(
        f"done: {args.inputs} inputs in {seconds:.0f} s: {refused} refused as not an image, "
        f"{with_warnings} read with warnings; {failures} failures, slowest {slowest:.1f} ms"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
