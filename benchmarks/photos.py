"""Realistic phone photos for the benchmarks: 12-MP JPEGs of 3-4 MB with a phone's EXIF.

Each file is 4032x3024 pixels, 3-4 MB, and carries what a phone writes: GPS position, altitude and
bearing, DateTimeOriginal with OffsetTimeOriginal and SubSecTimeOriginal, Make/Model,
Orientation, and a 160x120 JPEG thumbnail in IFD1. The EXIF block comes from ``tests.factory``.

Encoding a thousand 12-MP JPEGs would take minutes, so a handful of base images is encoded once;
every photo is one of them with its own EXIF (positions along a walk through Belgrade: a cluster
of three photos a few metres and seconds apart every ~50 m) and a few random bytes in a COM
segment, so that no two files share their SHA-256. Everything is cached under
``benchmarks/out/`` (git-ignored) and reused by later runs.

    python3 -m benchmarks.photos --count 1000      # make (or reuse) benchmarks/out/photos-1000/
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.factory import PhotoSpec, exif_entries, jpeg_with_app1, tiff_block  # noqa: E402

OUT_DIR = Path(__file__).resolve().parent / "out"
GENERATOR_VERSION = 1  # bump when the files change, so that caches are remade

WIDTH, HEIGHT = 4032, 3024  # 12 MP, 4:3, as phones shoot
THUMBNAIL_SIZE = (160, 120)
BASE_IMAGES = 6
MIN_BYTES, MAX_BYTES = 3_000_000, 4_000_000
TARGET_BYTES = 3_500_000
PHOTOS_PER_CAMERA = 3

START = (44.8125, 20.4612)  # Terazije, Belgrade
START_TIME = datetime(2026, 5, 4, 9, 0, 0)  # local wall time, CEST
UTC_OFFSET = "+02:00"
PHONES = [
    ("Google", "Pixel 8"),
    ("samsung", "SM-S921B"),
    ("Fairphone", "FP5"),
    ("Xiaomi", "23078PND5G"),
    ("Apple", "iPhone 13"),
]
METRES_PER_DEGREE = 111_320.0

Log = Callable[[str], None]


def _quiet(_message: str) -> None:
    pass


# -- base images ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BaseImage:
    """One encoded 12-MP JPEG (JFIF header removed, as phones write none) and its thumbnail."""

    jpeg: bytes
    thumbnail: bytes
    quality: int


def _scene(seed: int) -> Image.Image:
    """A noisy, natural-looking 12-MP picture: blurred gradients, blocks, fine sensor noise."""
    rng = random.Random(seed)
    small = (WIDTH // 8, HEIGHT // 8)
    channels = []
    for _ in range(3):
        gradient = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize(small)
        noise = Image.effect_noise(small, rng.uniform(40, 70))
        channels.append(Image.blend(gradient, noise, rng.uniform(0.35, 0.6)))
    image = Image.merge("RGB", channels).filter(ImageFilter.GaussianBlur(1.2))
    for _ in range(14):  # walls, windows, a sign: hard edges like a street has
        x, y = rng.randrange(small[0]), rng.randrange(small[1])
        w, h = rng.randrange(8, small[0] // 4), rng.randrange(8, small[1] // 4)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        image.paste(colour, (x, y, min(small[0], x + w), min(small[1], y + h)))
    image = image.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((WIDTH, HEIGHT), 10)  # luminance noise, mean 128
    return ImageChops.add(image, Image.merge("RGB", [grain] * 3), offset=-128)


def _encode(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _strip_jfif(jpeg: bytes) -> bytes:
    """Drop a leading APP0 (JFIF) segment: a phone's JPEG starts SOI, APP1 Exif."""
    if jpeg[2:4] == b"\xff\xe0":
        (length,) = struct.unpack(">H", jpeg[4:6])
        return jpeg[:2] + jpeg[4 + length :]
    return jpeg


def _tuned_jpeg(image: Image.Image) -> tuple[bytes, int]:
    """The JPEG of ``image`` at the quality that lands closest to TARGET_BYTES (bisection)."""
    low, high = 50, 97
    best: tuple[bytes, int] | None = None
    while low <= high:
        quality = (low + high) // 2
        jpeg = _encode(image, quality)
        if best is None or abs(len(jpeg) - TARGET_BYTES) < abs(len(best[0]) - TARGET_BYTES):
            best = (jpeg, quality)
        if MIN_BYTES <= len(jpeg) <= MAX_BYTES - 50_000:  # room for the EXIF block
            break
        if len(jpeg) > TARGET_BYTES:
            high = quality - 1
        else:
            low = quality + 1
    assert best is not None
    return best


def _thumbnail(image: Image.Image) -> bytes:
    small = image.resize(THUMBNAIL_SIZE, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return _encode(small, 75)


def base_images(out: Path = OUT_DIR, log: Log = _quiet) -> list[BaseImage]:
    """The BASE_IMAGES encoded base pictures, made once and cached in ``out/bases-vN/``."""
    folder = out / f"bases-v{GENERATOR_VERSION}"
    folder.mkdir(parents=True, exist_ok=True)
    bases = []
    for index in range(BASE_IMAGES):
        jpeg_path = folder / f"base-{index}.jpg"
        thumb_path = folder / f"base-{index}-thumb.jpg"
        meta_path = folder / f"base-{index}.json"
        if jpeg_path.is_file() and thumb_path.is_file() and meta_path.is_file():
            quality = json.loads(meta_path.read_text())["quality"]
            bases.append(BaseImage(jpeg_path.read_bytes(), thumb_path.read_bytes(), quality))
            continue
        started = time.perf_counter()
        image = _scene(1000 + index)
        jpeg, quality = _tuned_jpeg(image)
        jpeg = _strip_jfif(jpeg)
        thumbnail = _thumbnail(image)
        jpeg_path.write_bytes(jpeg)
        thumb_path.write_bytes(thumbnail)
        meta_path.write_text(json.dumps({"quality": quality, "bytes": len(jpeg)}))
        log(
            f"  base image {index}: {len(jpeg) / 1e6:.2f} MB at quality {quality} "
            f"({time.perf_counter() - started:.1f} s)"
        )
        bases.append(BaseImage(jpeg, thumbnail, quality))
    return bases


# -- the walk ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shot:
    """One photo of the walk: what its EXIF says, which base image, which camera stop."""

    name: str
    spec: PhotoSpec
    base: int
    stop: int


def _moved(lat: float, lon: float, metres: float, heading: float) -> tuple[float, float]:
    radians = math.radians(heading)
    dlat = metres * math.cos(radians) / METRES_PER_DEGREE
    dlon = metres * math.sin(radians) / (METRES_PER_DEGREE * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def walk(count: int, seed: int = 2026) -> list[Shot]:
    """``count`` photos along a walk through Belgrade, three per camera stop ~50 m apart.

    The photos of a stop are 1-4 m and 3-8 s apart and look the same way; walking to the next
    stop takes 35-70 s. The walk wanders but turns back towards Terazije beyond 3 km.
    """
    rng = random.Random(seed)
    lat, lon = START
    heading = rng.uniform(0, 360)
    clock = START_TIME
    shots: list[Shot] = []
    stop = 0
    while len(shots) < count:
        make, model = PHONES[(len(shots) // 100) % len(PHONES)]  # a new volunteer every 100
        direction = rng.uniform(0, 360)  # where the camera on the wall looks (~ the bearing)
        altitude = 117.0 + 10 * math.sin(len(shots) / 40) + rng.uniform(-2, 2)
        orientation = 6 if rng.random() < 0.2 else 1  # some photos held upright
        for _ in range(min(PHOTOS_PER_CAMERA, count - len(shots))):
            plat, plon = _moved(lat, lon, rng.uniform(1, 4), rng.uniform(0, 360))
            clock += timedelta(seconds=rng.uniform(3, 8))
            subsec = f"{rng.randrange(1000):03d}"
            spec = PhotoSpec(
                latitude=plat,
                longitude=plon,
                altitude=round(altitude + rng.uniform(-1, 1), 1),
                bearing=round((direction + rng.uniform(-5, 5)) % 360, 2),
                bearing_ref="T",
                taken=clock,
                subsec=subsec,
                offset=UTC_OFFSET,
                make=make,
                model=model,
                orientation=orientation,
                size=(WIDTH, HEIGHT),
                thumbnail=True,
            )
            name = f"IMG_{clock:%Y%m%d_%H%M%S}_{subsec}_{len(shots):05d}.jpg"
            shots.append(Shot(name, spec, rng.randrange(BASE_IMAGES), stop))
        # walk to the next camera
        distance_home = math.hypot(
            (lat - START[0]) * METRES_PER_DEGREE,
            (lon - START[1]) * METRES_PER_DEGREE * math.cos(math.radians(lat)),
        )
        if distance_home > 3000:
            home = math.degrees(
                math.atan2(
                    (START[1] - lon) * math.cos(math.radians(lat)),
                    START[0] - lat,
                )
            )
            heading = home + rng.uniform(-20, 20)
        else:
            heading += rng.uniform(-35, 35)
        lat, lon = _moved(lat, lon, rng.uniform(45, 55), heading)
        clock += timedelta(seconds=rng.uniform(35, 70))
        stop += 1
    return shots


def camera_stops(count: int) -> int:
    """How many camera stops (photo clusters) the first ``count`` photos of the walk visit."""
    return len({shot.stop for shot in walk(count)})


# -- files ---------------------------------------------------------------------------------


def phone_photo(base: BaseImage, spec: PhotoSpec, salt: bytes) -> bytes:
    """The bytes of one photo: SOI, APP1 Exif (with the thumbnail), COM ``salt``, the image."""
    comment = b"\xff\xfe" + struct.pack(">H", len(salt) + 2) + salt
    jpeg = base.jpeg[:2] + comment + base.jpeg[2:]
    ifd0, exif, gps = exif_entries(spec)
    return jpeg_with_app1(jpeg, tiff_block(ifd0, exif, gps, base.thumbnail))


def photo_folder(count: int, out: Path = OUT_DIR, log: Log = _quiet) -> Path:
    """``out/photos-COUNT/`` holding ``count`` photos of the walk (made unless already there)."""
    folder = out / f"photos-{count}"
    stamp = out / f"photos-{count}.json"
    expected = {"version": GENERATOR_VERSION, "count": count}
    if stamp.is_file() and folder.is_dir():
        try:
            done = json.loads(stamp.read_text())
        except ValueError:
            done = {}
        files = [p for p in folder.iterdir() if p.is_file()]
        if {k: done.get(k) for k in expected} == expected and len(files) == count:
            log(f"reusing {count} photos in {folder}")
            return folder
    stamp.unlink(missing_ok=True)
    started = time.perf_counter()
    log(f"making {count} photos in {folder} ...")
    bases = base_images(out, log)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        stale.unlink()
    rng = random.Random(GENERATOR_VERSION)
    total = 0
    for index, shot in enumerate(walk(count)):
        salt = b"SurveyApp benchmark %d " % index + rng.randbytes(16)
        data = phone_photo(bases[shot.base], shot.spec, salt)
        (folder / shot.name).write_bytes(data)
        total += len(data)
    stamp.write_text(json.dumps({**expected, "bytes": total}))
    log(
        f"made {count} photos, {total / 1e9:.2f} GB, mean {total / count / 1e6:.2f} MB "
        f"({time.perf_counter() - started:.1f} s)"
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="how many photos (default 1000)")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="cache folder")
    args = parser.parse_args(argv)
    folder = photo_folder(args.count, args.out, print)
    print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
