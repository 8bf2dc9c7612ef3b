"""The columns each synced record type sends to the server.

The one list both sides use: the outbox (surveyapp/db/outbox.py) records changes to these
columns, and the wire protocol (surveyapp/sync/protocol.py) accepts these fields.
"""

SURVEY_COLUMNS = ("name", "blur_people")
CAMERA_COLUMNS = (
    "survey_id",
    "latitude",
    "longitude",
    "position_source",
    "position_accuracy",
    "surveillance",
    "surveillance_type",
    "surveillance_zone",
    "camera_type",
    "camera_mount",
    "camera_direction",
    "height",
    "operator",
    "manufacturer",
    "manufacturer_wikidata",
    "vendor_slug",
    "brand",
    "model",
    "vendor_confidence",
    "status",
    "check_date",
    "notes",
    "extra_tags",
)
# The photo's identity (sha256) and its metadata; device make/model stay on the laptop.
PHOTO_COLUMNS = (
    "sha256",
    "camera_id",
    "file_name",
    "mime",
    "width",
    "height",
    "taken_local",
    "utc_offset_minutes",
    "taken_utc",
    "latitude",
    "longitude",
    "altitude",
    "bearing",
    "bearing_ref",
    "position_source",
    "blob_sha256",
    "blob_size",
)
