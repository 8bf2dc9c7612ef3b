"""What leaves the laptop: no personal metadata, upright pixels, faces and plates blurred."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from surveyapp.photos.metadata import read_metadata_bytes
from surveyapp.photos.privacy import DerivativeError, Region, make_derivative, shareable_jpeg
from tests.factory import PhotoSpec, heic_without_its_image, make_jpeg

# Metadata groups a derivative may carry: the file itself, the JPEG/JFIF headers, a colour
# profile, and what ExifTool computes. Anything else (EXIF, XMP, IPTC, maker notes, ...) fails.
ALLOWED_GROUPS = {"ExifTool", "System", "File", "JFIF", "Composite", "ICC-header", "ICC_Profile",
                  "ICC-view", "ICC-meas", "ICC-chrm"}  # fmt: skip
IDENTIFYING = ("Serial", "Owner", "Artist", "Copyright", "Creator", "Author", "By-line", "GPS",
               "Thumbnail", "Preview", "History", "DocumentID", "InstanceID", "MakerNote",
               "Make", "Model", "Software", "Lens", "Comment", "ImageUniqueID")  # fmt: skip

# Files whose pixels cannot be decoded at all: no shareable copy is made (the upload is held
# back with this error; the metadata of the original stays on the laptop).
UNDECODABLE = {
    "exiv2__issue_1912_poc.jpg": "fuzzed JPEG that no decoder opens",
    "pillowheif__truncated.heic": "truncated mdat",
    "exiv2__IMG_1361.dng": "ProRAW DNG pruned to 64 KB",
    "mdx__Issue_437_dotnet.heic": "libheif refuses its image data",
}


def exiftool_tags(folder: Path) -> dict[str, dict[str, object]]:
    exiftool = shutil.which("exiftool")
    if exiftool is None:
        pytest.skip("ExifTool is not installed (Debian: libimage-exiftool-perl)")
    done = subprocess.run(
        [exiftool, "-j", "-G1", "-a", "-u", str(folder)], capture_output=True, text=True, check=True
    )
    return {Path(entry["SourceFile"]).name: entry for entry in json.loads(done.stdout)}


def test_no_derivative_of_the_corpus_carries_personal_metadata(
    corpus_dir: Path, tmp_path: Path
) -> None:
    made, refused = [], {}
    for path in sorted((corpus_dir / "photos").iterdir()):
        data = path.read_bytes()
        before = hashlib.sha256(data).hexdigest()
        try:
            derivative = make_derivative(data, read_metadata_bytes(data), blur=False)
        except DerivativeError as error:
            refused[path.name] = str(error)
            continue
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # original untouched
        (tmp_path / f"{path.name}.jpg").write_bytes(derivative.jpeg)
        made.append(path.name)
    assert set(refused) <= set(UNDECODABLE), refused
    assert len(made) >= 100
    problems = []
    for name, tags in exiftool_tags(tmp_path).items():
        for key in tags:
            if key == "SourceFile":
                continue
            group, _, tag = key.partition(":")
            if group not in ALLOWED_GROUPS or any(word in tag for word in IDENTIFYING):
                problems.append(f"{name}: {key}")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("orientation", [1, 3, 5, 6, 7, 8])
def test_the_derivative_is_upright(orientation: int) -> None:
    spec = PhotoSpec(size=(120, 60), orientation=orientation, thumbnail=False)
    data = make_jpeg(spec, seed=orientation)
    derivative = make_derivative(data, read_metadata_bytes(data), blur=False)
    turned = orientation in (5, 6, 7, 8)
    assert (derivative.width, derivative.height) == ((60, 120) if turned else (120, 60))
    assert read_metadata_bytes(derivative.jpeg).orientation is None  # nothing left to rotate


def mean_change(before: Image.Image, after: Image.Image, box: tuple[int, int, int, int]) -> float:
    a = np.asarray(before.convert("L").crop(box), dtype=float)
    b = np.asarray(after.convert("L").crop(box), dtype=float)
    return float(np.abs(a - b).mean())


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# Where the faces are in scikit-image's test pictures (judged by eye, generous).
FACES = {
    "astronaut": (165, 55, 285, 185),  # Eileen Collins, frontal
    "camera": (140, 60, 280, 215),  # the cameraman, in profile
}


@pytest.mark.parametrize("name", sorted(FACES))
def test_faces_in_the_test_pictures_are_found_and_blurred(name: str) -> None:
    skimage_data = pytest.importorskip("skimage.data")
    picture = Image.fromarray(getattr(skimage_data, name)()).convert("RGB")
    data = png_bytes(picture)
    derivative = make_derivative(data, read_metadata_bytes(data))
    left, top, right, bottom = FACES[name]
    faces = [r for r in derivative.regions if r.kind == "face"]
    centre_inside = [
        r for r in faces
        if left <= r.left + r.width / 2 <= right and top <= r.top + r.height / 2 <= bottom
    ]  # fmt: skip
    assert centre_inside, f"no face found in {name}: {derivative.regions}"
    blurred = Image.open(io.BytesIO(derivative.jpeg))
    assert mean_change(picture, blurred, FACES[name]) > 12  # the face is gone
    assert mean_change(picture, blurred, (0, 400, 100, 500)) < 6  # far from it: only JPEG noise


def licence_plate(width: int, text: str = "BG 123-AB") -> Image.Image:
    """A European-style plate: white, black border and characters, a blue band at the left."""
    height = round(width * 110 / 520)
    plate = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(plate)
    draw.rectangle((0, 0, width - 1, height - 1), outline="black", width=max(2, width // 100))
    draw.rectangle((0, 0, width // 12, height - 1), fill=(0, 51, 153))
    font = ImageFont.load_default(size=round(height * 0.7))
    draw.text((width // 12 + width // 30, height * 0.12), text, fill="black", font=font)
    return plate


PLATE_BACKGROUNDS = [
    "photoprism__beach_sand.jpg", "photoprism__ferriswheel_colorful.jpg",
    "photoprism__Iceland-sRGB.jpg", "photoprism__ship.jpg", "ianare__DSCN0010.jpg",
    "mdx__Sony_DSC-HX5V_2.jpg", "photoprism__IMG_4120.JPG", "exexif__sunrise.jpg",
]  # fmt: skip


def plate_trials(
    corpus_dir: Path, widths: tuple[int, ...] = (90, 140, 200)
) -> list[tuple[str, int, bool]]:
    """(photo, plate width, blurred?) for plates pasted into real photos."""
    trials = []
    for name in PLATE_BACKGROUNDS:
        background = Image.open(corpus_dir / "photos" / name).convert("RGB")
        for width in widths:
            photo = background.copy()
            plate = licence_plate(width)
            x, y = background.width // 3, background.height // 2
            photo.paste(plate, (x, y))
            data = png_bytes(photo)
            derivative = make_derivative(data, read_metadata_bytes(data))
            target = Region(x, y, plate.width, plate.height, "plate")
            hit = any(r.overlaps(target) for r in derivative.regions if r.kind == "plate")
            trials.append((name, width, hit))
    return trials


def test_synthetic_plates_in_corpus_photos_are_found(corpus_dir: Path) -> None:
    trials = plate_trials(corpus_dir, widths=(90, 160))  # benchmarks/bench_privacy.py: more
    recall = sum(hit for _, _, hit in trials) / len(trials)
    missed = [(name, width) for name, width, hit in trials if not hit]
    assert recall >= 0.8, f"plate recall {recall:.0%}; missed {missed}"


def test_the_volunteer_adds_and_removes_blur_rectangles() -> None:
    skimage_data = pytest.importorskip("skimage.data")
    picture = Image.fromarray(skimage_data.astronaut()).convert("RGB")
    data = png_bytes(picture)
    meta = read_metadata_bytes(data)
    found = make_derivative(data, meta).regions
    face = next(r for r in found if r.kind == "face")
    kept = make_derivative(data, meta, remove=[face])
    assert not any(r.overlaps(face) for r in kept.regions)
    flag = Region(400, 400, 60, 60, "manual")  # e.g. a name tag the detector cannot know
    added = make_derivative(data, meta, blur=False, add=[flag])
    assert added.regions == (flag,)
    after = Image.open(io.BytesIO(added.jpeg))
    assert mean_change(picture, after, (400, 400, 460, 460)) > 5
    assert mean_change(picture, after, FACES["astronaut"]) < 6  # blur off: the face stays


def test_undecodable_pixels_are_a_clear_error() -> None:
    data = make_jpeg(seed=1)
    broken = data[: len(data) // 3]
    with pytest.raises(DerivativeError, match="cannot be decoded"):
        make_derivative(broken, read_metadata_bytes(broken))


def test_a_heic_whose_image_the_decoder_drops_is_the_same_clear_error(corpus_dir: Path) -> None:
    """pillow-heif raises IndexError for it: still a DerivativeError, so the sync keeps the
    photo home and goes on, and the photo zip names it (before: the whole sync stopped)."""
    broken = heic_without_its_image(corpus_dir)
    meta = read_metadata_bytes(broken)
    assert meta.mime == "image/heic"  # the metadata is still read: the photo imports
    with pytest.raises(DerivativeError, match="cannot be decoded.*IndexError"):
        shareable_jpeg(broken)
