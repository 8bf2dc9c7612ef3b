"""The shapes a hostile teammate put in requests (issue 20), shared by the hostile-request tests,
schemathesis (as its hooks: ``SCHEMATHESIS_HOOKS=tests.reliability.hostile_shapes``) and the
fuzz harness (``python3 -m fuzz.sync``).

Each shape is a value that must never reach the database, a pull or an export: the server
answers it with a 4xx or the item's own rejection, never a 5xx.
"""

from __future__ import annotations

import base64
import io
import os
import uuid
from typing import Any

SURVEY = "5e11a0e5-0000-4000-8000-000000000001"

# Texts no record may hold (a lone surrogate no JSON encoder can serve, C0 controls but tab and
# newline, DEL, bidirectional overrides, the byte-order mark, the line separator).
HOSTILE_TEXTS = {
    "lone surrogate": "a\ud800b",
    "low surrogate": "\udfff",
    "NUL": "a\x00b",
    "C0 control": "a\x01b",
    "escape": "\x1b[31mred",
    "DEL": "a\x7fb",
    "bidi override": "abc\u202edcba",
    "byte-order mark": "\ufeffdome",
    "line separator": "one\u2028two",
}
HUGE_INTEGER = 10**400 - 1  # 400 digits: no double, no 64-bit integer


def nested(depth: int) -> Any:
    """A list nested ``depth`` deep."""
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def big_png() -> str:
    """A few kilobytes of PNG that decode to 8000 × 8000 pixels (244 MB), in base64."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (8000, 8000)).save(out, "PNG", optimize=True)
    return base64.b64encode(out.getvalue()).decode()


# Hashes that are not 64 lowercase hex digits, path traversal included.
HOSTILE_HASHES = [
    "../../../../etc/passwd",
    "..%2f..%2fsecret",
    "AB" * 32,  # upper case
    "g" * 64,
    "a" * 63,
    "a" * 65,
    "",
    "a" * 64 + "/../x",
]


def camera_fields(**fields: Any) -> dict[str, Any]:
    return {"survey_id": SURVEY, "latitude": 44.81, "longitude": 20.46, **fields}


def mutation(record_type: str = "camera", **overrides: Any) -> dict[str, Any]:
    """A new record's upsert (a camera of the test survey unless told otherwise)."""
    made: dict[str, Any] = {
        "mutation_id": str(uuid.uuid4()),
        "record_type": record_type,
        "record_id": str(uuid.uuid4()),
        "op": "upsert",
        "base_version": None,
        "fields": camera_fields() if record_type == "camera" else {},
    }
    made.update(overrides)
    return made


def hostile_mutations(camera_id: str, photo_id: str, *, with_png: bool = True) -> dict[str, Any]:
    """One mutation per hostile shape, by name; each must be rejected on its own.

    ``camera_id``/``photo_id`` are an existing camera and photo of the pushing volunteer
    (version 1), for the shapes that change a record.
    """
    shapes: dict[str, Any] = {}
    for name, text in HOSTILE_TEXTS.items():
        shapes[f"notes: {name}"] = mutation(fields=camera_fields(notes=text))
        shapes[f"tag value: {name}"] = mutation(fields=camera_fields(extra_tags={"note": text}))
    shapes["tag key: lone surrogate"] = mutation(fields=camera_fields(extra_tags={"\ud800": "x"}))
    shapes["400 digits as a latitude"] = mutation(fields=camera_fields(latitude=HUGE_INTEGER))
    shapes["400 digits as a height"] = mutation(fields=camera_fields(height=HUGE_INTEGER))
    shapes["400 digits as a base version"] = mutation(base_version=HUGE_INTEGER)
    for depth in (256, 600):
        shapes[f"nested {depth} deep"] = mutation(fields=camera_fields(notes=nested(depth)))
        shapes[f"args nested {depth} deep"] = mutation(
            op="merge", fields={}, args={"absorbed": nested(depth)}
        )
    photo = {"camera_id": camera_id, "file_name": "IMG_1.jpg"}
    if with_png:
        shapes["thumbnail: PNG of 8000 × 8000"] = mutation(
            "photo",
            fields={**photo, "sha256": uuid.uuid4().hex * 2, "thumbnail_jpeg_base64": big_png()},
        )
    shapes["thumbnail: not base64"] = mutation(
        "photo", fields={**photo, "sha256": uuid.uuid4().hex * 2, "thumbnail_jpeg_base64": "%%"}
    )
    for index, digest in enumerate(HOSTILE_HASHES):
        shapes[f"hash {index}: {digest[:20]!r}"] = mutation(
            "photo", fields={**photo, "sha256": digest}
        )
        shapes[f"shared copy {index}: {digest[:20]!r}"] = mutation(
            "photo", fields={**photo, "sha256": uuid.uuid4().hex * 2, "blob_sha256": digest}
        )
    edit = {"record_id": photo_id, "base_version": 1}
    shapes["sha256 changed"] = mutation("photo", fields={"sha256": "e" * 64}, **edit)
    shapes["sha256 emptied"] = mutation("photo", fields={"sha256": None}, **edit)
    shapes["photo without sha256"] = mutation("photo", fields=photo)
    shapes["photo without camera"] = mutation(
        "photo", fields={"sha256": uuid.uuid4().hex * 2, "file_name": "x.jpg"}
    )
    shapes["camera without survey"] = mutation(fields={"latitude": 1.0, "longitude": 2.0})
    shapes["survey without name"] = mutation("survey", fields={"blur_people": True})
    wrong_types = {
        "latitude": "north", "longitude": [1], "height": {"m": 5}, "camera_type": 7,
        "extra_tags": ["a", "b"], "check_date": "yesterday", "notes": 12, "status": True,
    }  # fmt: skip
    for name, value in wrong_types.items():
        shapes[f"wrong type: {name}"] = mutation(fields=camera_fields(**{name: value}))
    shapes["fields not an object"] = mutation(fields=["latitude", 1])
    shapes["record id not a UUID"] = mutation(record_id="../camera")
    shapes["unknown operation"] = mutation(op="drop_table")
    shapes["not an object"] = "a string where a mutation belongs"
    return shapes


# -- schemathesis hooks: its generated requests carry the shapes above too -------------------


def _hooks() -> None:
    import schemathesis
    from hypothesis import strategies as st

    camera = str(uuid.uuid4())
    # The tests send the PNG and the deepest nesting once; generated cases carry the rest.
    variants = [
        shape
        for name, shape in hostile_mutations(camera, str(uuid.uuid4()), with_png=False).items()
        if "600" not in name
    ]

    @schemathesis.hook
    def flatmap_body(context: Any, body: Any) -> Any:
        """Push bodies: now and then a batch of hostile mutations beside the generated ones;
        blob queries: hostile hashes."""
        if isinstance(body, dict) and isinstance(body.get("mutations"), list):
            picked = st.lists(st.sampled_from(variants), min_size=1, max_size=5)
            return st.one_of(
                st.just(body),
                picked.map(lambda extra: {"mutations": [*body["mutations"], *extra][:100]}),
            )
        if isinstance(body, dict) and isinstance(body.get("sha256"), list):
            hashes = st.lists(st.sampled_from(HOSTILE_HASHES), min_size=1, max_size=5)
            return st.one_of(st.just(body), hashes.map(lambda found: {"sha256": found}))
        return st.just(body)

    @schemathesis.hook
    def flatmap_path_parameters(context: Any, parameters: Any) -> Any:
        """Hashes in paths: now and then one that is not a hash at all."""
        if isinstance(parameters, dict) and "sha256" in parameters:
            hostile = st.sampled_from([h for h in HOSTILE_HASHES if h])
            return st.one_of(
                st.just(parameters), hostile.map(lambda h: {**parameters, "sha256": h})
            )
        return st.just(parameters)

    @schemathesis.hook
    def flatmap_query(context: Any, query: Any) -> Any:
        """Sequence numbers of 400 digits."""
        if isinstance(query, dict) and "since" in query:
            return st.one_of(st.just(query), st.just({**query, "since": str(HUGE_INTEGER)}))
        return st.just(query)


if os.environ.get("SCHEMATHESIS_HOOKS") == __name__:  # loaded by schemathesis' command line
    _hooks()
