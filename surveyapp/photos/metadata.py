"""What a photo file says about itself: position, bearing, capture time, device, pixel size.

Read straight from the file's bytes (JPEG, HEIC/HEIF/AVIF, PNG, WebP, TIFF/DNG), recognised by
content, never by extension. Every read is bounded: a hostile file can make the reader give up,
never crash the import or hang it.

The values follow ExifTool's reading of the file, except where the file says nonsense: an
invalid GPS fix (out of range, exactly 0,0, void, 0/0) gives no position, an invalid orientation
gives none, and so on, each with a warning in ``PhotoMetadata.warnings``.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from surveyapp.db.notes import translate  # warnings keep their message (code)
from surveyapp.photos import tiff, xmp
from surveyapp.photos.containers import (
    Container,
    FileReader,
    UnsupportedFormat,
    assemble_extended_xmp,
    identify,
    read_container,
)
from surveyapp.photos.tiff import BytesReader, Directory, ExifData, Reader, TagValue
from surveyapp.protocol.fields import escaped_unstorable


class NotAnImageError(ValueError):
    """The bytes are not an image format SurveyApp imports (the message says why)."""


@dataclass(frozen=True)
class PhotoMetadata:
    """Metadata of one photo; ``None`` where the file does not say (or says nonsense)."""

    mime: str  # from the content: image/jpeg, image/heic, image/png, image/webp, image/tiff, ...
    width: int | None = None  # real pixel size (JPEG SOF, HEIC ispe, PNG IHDR, ...)
    height: int | None = None
    orientation: int | None = None  # EXIF orientation 1..8
    latitude: float | None = None  # WGS84, signed; None for an invalid fix (see warnings)
    longitude: float | None = None
    altitude: float | None = None  # metres, negative below sea level
    bearing: float | None = None  # GPSImgDirection, degrees
    bearing_ref: str | None = None  # "T" (true north) or "M" (magnetic)
    position_source: str | None = None  # "exif" or "xmp" when latitude/longitude are set
    taken_local: datetime | None = None  # naive wall-clock time of capture (with sub-seconds)
    utc_offset_minutes: int | None = None  # offset of taken_local from UTC, when the file says
    gps_time: datetime | None = None  # aware UTC time of the GPS fix, when the file says
    make: str | None = None
    model: str | None = None
    preview: bytes | None = None  # embedded JPEG preview (EXIF IFD1 thumbnail), if any
    warnings: tuple[str, ...] = ()


SMALL_FILE = 1 << 18  # files up to this size are read whole; larger ones header by header
MAX_ALTITUDE = 100_000.0  # metres; an EXIF altitude above this is not a photo's
MAX_DEPTH = 20_000.0  # metres below sea level


def read_metadata(path: Path) -> PhotoMetadata:
    """The metadata of the photo at ``path``.

    Raises :class:`NotAnImageError` when the content is not a supported image (whatever the
    extension says) and ``OSError`` when the file cannot be read. Damaged metadata never raises:
    it gives ``None`` fields and warnings.
    """
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size <= SMALL_FILE:
            return read_metadata_bytes(file.read(SMALL_FILE))
        return _read(FileReader(file, size))


def read_metadata_bytes(data: bytes) -> PhotoMetadata:
    """The metadata of a photo already in memory (see :func:`read_metadata`)."""
    return _read(BytesReader(data if isinstance(data, bytes) else bytes(data)))


def _read(reader: Reader) -> PhotoMetadata:
    try:
        kind, mime = identify(reader.read(0, 64))
    except UnsupportedFormat as error:
        raise NotAnImageError(str(error)) from None
    # Damaged data gives warnings, never exceptions. Should a bug still raise, the import goes
    # on with what is known and an "internal error" warning (the fuzz tests look for those).
    try:
        container = read_container(reader, kind, mime)
    except (OSError, MemoryError):
        raise
    except Exception as error:
        return PhotoMetadata(
            mime=mime,
            warnings=(
                _internal_error(
                    translate(
                        "metadata", "internal error while reading the container ({kind}: {error})"
                    ),
                    error,
                ),
            ),
        )
    try:
        return _Resolver(reader, container).resolve()
    except (OSError, MemoryError):
        raise
    except Exception as error:
        return PhotoMetadata(
            mime=container.mime,
            width=container.width,
            height=container.height,
            warnings=(
                *container.warnings,
                _internal_error(
                    translate(
                        "metadata", "internal error while reading the metadata ({kind}: {error})"
                    ),
                    error,
                ),
            ),
        )


def _internal_error(message: str, error: Exception) -> str:
    return message.format(kind=type(error).__name__, error=error)


# ---- value helpers ---------------------------------------------------------------------------

_EXIF_DATETIME = re.compile(
    r"^\s*([0-9]{4})[:\-/]([0-9]{2})[:\-/]([0-9]{2})[ T]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:[.,]([0-9]+))?"
)
_EXIF_DATE = re.compile(r"^\s*([0-9]{4})[:\-/]([0-9]{2})[:\-/]([0-9]{2})(.*)$", re.DOTALL)
_OFFSET = re.compile(r"^\s*([+-])([0-9]{2}):?([0-9]{2})\s*$")
_DECIMAL_COMMA_TRIPLE = re.compile(r"^\s*([0-9]+),([0-9]+),([0-9]+),([0-9]+),([0-9]+),([0-9]+)\s*$")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SLASH_RATIONAL = re.compile(r"([+-]?[0-9]+(?:\.[0-9]*)?)/([+-]?[0-9]+(?:\.[0-9]*)?)")
_DIGITS = re.compile(r"[0-9]+")
_SMALL_INTEGER = re.compile(r"\s*[0-9]{1,3}\s*")


def _text_triple(text: str) -> list[float | None]:
    """Up to three numbers written as text in a GPS tag (some phones do that).

    "52,00000,50,00000,34,01180" is three decimal-comma numbers (52.0, 50.0, 34.0118);
    "52/1,50/1,3401/100" is rationals; otherwise the numbers in the text, in order.
    """
    match = _DECIMAL_COMMA_TRIPLE.match(text)
    if match:
        g = match.groups()
        return [float(f"{g[i]}.{g[i + 1]}") for i in (0, 2, 4)]
    if "/" in text:
        values: list[float | None] = []
        for numerator, denominator in _SLASH_RATIONAL.findall(text)[:3]:
            d = float(denominator)
            values.append(float(numerator) / d if d else None)
        return values
    return [float(n) for n in _NUMBER.findall(text)[:3]]


def _sexagesimal(parts: list[float | None]) -> float | None:
    """Degrees (or hours) from [d, m, s]; ``None`` when the first part is missing or 0/0."""
    if not parts or parts[0] is None:
        return None
    return sum((p or 0.0) / 60.0**i for i, p in enumerate(parts[:3]))


def _parts(value: TagValue) -> list[float | None]:
    if value.type == tiff.ASCII:
        return _text_triple(value.text())
    return list(value.numbers()[:3])


_QUOTED = 40  # characters of a value a warning quotes: a tag of 64 KB is no message


def _quoted(value: object) -> str:
    """``repr(value)``, its first 40 characters when longer (then "…")."""
    if isinstance(value, str) and len(value) > _QUOTED:
        return repr(value[: _QUOTED - 1] + "…")
    return repr(value)


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _exif_datetime(text: str) -> datetime | None:
    match = _EXIF_DATETIME.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro)
    except ValueError:
        return None


def _utc_offset(text: str) -> int | None:
    match = _OFFSET.match(text)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    total = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or total > 18 * 60:
        return None
    return -total if sign == "-" else total


# ---- resolution --------------------------------------------------------------------------------


class _Resolver:
    """Turns the container, EXIF and XMP of one file into a :class:`PhotoMetadata`."""

    def __init__(self, reader: Reader, container: Container) -> None:
        self.reader = reader
        self.container = container
        self.warnings: list[str] = list(container.warnings)
        self.exif = ExifData()
        if container.exif is not None:
            self.exif = tiff.parse_tiff(*container.exif)
            self.warnings.extend(self.exif.warnings)
        self.gps: Directory = self.exif.gps or {}
        self._packets: list[bytes] | None = None
        self._parsed: dict[int, dict[str, str]] = {}

    def xmp_value(self, *names: str) -> str | None:
        """The first XMP value of ``names``; a packet is parsed only if it mentions one of them."""
        if self._packets is None:
            self._packets = list(self.container.xmp)
            xmp_tag = self.exif.ifd0.get(tiff.TAG_XMP)
            if xmp_tag is not None and xmp_tag.type in (tiff.BYTE, tiff.UNDEFINED, tiff.ASCII):
                self._packets.append(xmp_tag.data)
        for index, packet in enumerate(self._packets):
            if not xmp.mentions(packet, names):
                continue
            values = self._parsed.get(index)
            if values is None:
                values, warnings = xmp.parse_xmp(packet)
                self._parsed[index] = values
                self.warnings.extend(warnings)
            for name in names:
                value = values.get(name)
                if value:
                    return value
        return None

    def extended_xmp_position(self) -> tuple[float, float] | None:
        """A position from a JPEG's extended XMP (only looked at when nothing else has one)."""
        if not self.container.extended_xmp:
            return None
        guid_text = self.xmp_value("xmpNote:HasExtendedXMP")
        guid = guid_text.encode("ascii", "replace")[:32] if guid_text else None
        packet = assemble_extended_xmp(self.reader, self.container, guid)
        if packet is None or not (b"GPSLatitude" in packet or b"GpsLatitude" in packet):
            return None
        values, warnings = xmp.parse_xmp(packet)
        self.warnings.extend(warnings)
        return self._xmp_pair(values)

    def resolve(self) -> PhotoMetadata:
        c = self.container
        mime = c.mime
        width, height = c.width, c.height
        if c.kind == "tiff":
            if tiff.TAG_DNG_VERSION in self.exif.ifd0:
                mime = "image/x-adobe-dng"
            width, height = self._tiff_size()
        latitude, longitude, source = self._position()
        bearing, bearing_ref = self._bearing()
        taken, offset = self._taken()
        result = PhotoMetadata(
            mime=mime,
            width=width,
            height=height,
            orientation=self._orientation(),
            latitude=latitude,
            longitude=longitude,
            altitude=self._altitude(),
            bearing=bearing,
            bearing_ref=bearing_ref,
            position_source=source,
            taken_local=taken,
            utc_offset_minutes=offset,
            gps_time=self._gps_time(),
            make=self._camera(tiff.TAG_MAKE, "Make", "tiff:Make"),
            model=self._camera(tiff.TAG_MODEL, "Model", "tiff:Model"),
            preview=self.exif.thumbnail,
            warnings=tuple(dict.fromkeys(self.warnings)),
        )
        return result

    # -- pixel size ------------------------------------------------------------------------

    def _tiff_size(self) -> tuple[int | None, int | None]:
        """ExifTool's choice: the first full-resolution (SubfileType 0) directory, else IFD0."""
        directories = [self.exif.ifd0, *self.exif.subifds, self.exif.ifd1]
        chosen = self.exif.ifd0
        for directory in directories:
            subfile = directory.get(tiff.TAG_SUBFILE_TYPE)
            if subfile is not None and subfile.ints()[:1] == (0,):
                chosen = directory
                break
        sizes = []
        for tag in (tiff.TAG_IMAGE_WIDTH, tiff.TAG_IMAGE_LENGTH):
            value = chosen.get(tag)
            numbers = value.ints() if value is not None else ()
            sizes.append(numbers[0] if numbers and numbers[0] > 0 else None)
        return sizes[0], sizes[1]

    # -- camera --------------------------------------------------------------------------------

    def _camera(self, tag: int, label: str, xmp_name: str) -> str | None:
        """The maker's or model's name; what may not be shown on a line (a terminal's escape,
        a right-to-left override) written as a backslash escape: the file is anyone's, and
        the name is printed (geotag's devices), listed and synced."""
        text = self._camera_text(tag, label, xmp_name)
        return escaped_unstorable(text) if text else text

    def _camera_text(self, tag: int, label: str, xmp_name: str) -> str | None:
        value = self.exif.ifd0.get(tag)
        text = value.text() if value is not None else ""
        if text:
            return text
        fallback = self.exif.exif.get(tag)
        fallback_text = fallback.text() if fallback is not None else ""
        if fallback_text:
            if value is not None:
                self.warnings.append(
                    translate(
                        "metadata", "IFD0 {label} is empty; {label} read from the Exif IFD"
                    ).format(label=label)
                )
            return fallback_text
        if value is not None:
            self.warnings.append(translate("metadata", "EXIF {label} is empty").format(label=label))
        return self.xmp_value(xmp_name)

    def _orientation(self) -> int | None:
        value = self.exif.ifd0.get(tiff.TAG_ORIENTATION)
        if value is not None:
            numbers = value.ints()
            if numbers and 1 <= numbers[0] <= 8:
                return numbers[0]
            shown = numbers[0] if numbers else value.text()
            self.warnings.append(
                translate(
                    "metadata", "EXIF Orientation {value} is not a valid orientation (1-8)"
                ).format(value=_quoted(shown))
            )
        text = self.xmp_value("tiff:Orientation")
        if text is not None and _SMALL_INTEGER.fullmatch(text) and 1 <= int(text) <= 8:
            return int(text)
        return None

    # -- position --------------------------------------------------------------------------------

    def _coordinate(
        self, value_tag: int, ref_tag: int, label: str, refs: tuple[str, str]
    ) -> float | None:
        """A signed coordinate from its GPS tag and Ref tag (``refs``: positive, negative)."""
        value = self.gps.get(value_tag)
        if value is None:
            return None
        if value.type == tiff.ASCII:
            self.warnings.append(
                translate("metadata", "GPS {label} is stored as text ({value})").format(
                    label=label, value=_quoted(value.text())
                )
            )
        parts = _parts(value)
        # Signed rationals: the sign belongs to the whole coordinate (on its first part, or on
        # every part); a negative minute after positive degrees is no coordinate.
        signs = [part < 0 for part in parts if part]
        negative = bool(signs) and signs[0]
        if any(signs) and not negative:
            self.warnings.append(
                translate("metadata", "GPS {label} {value} mixes signs; position ignored").format(
                    label=label, value=[part if part is None else float(part) for part in parts]
                )
            )
            return None
        result = _finite(_sexagesimal([part if part is None else abs(part) for part in parts]))
        if result is None:
            self.warnings.append(
                translate("metadata", "GPS {label} has no value (empty or 0/0)").format(label=label)
            )
            return None
        ref = self.gps.get(ref_tag)
        ref_text = ref.text().upper() if ref is not None else ""
        if negative and ref_text[:1] == refs[0]:
            self.warnings.append(
                translate(
                    "metadata",
                    "GPS {label} -{value:g} is negative while its ref says {ref}; position ignored",
                ).format(label=label, value=result, ref=refs[0])
            )
            return None
        if ref_text[:1] == refs[1] or negative:
            return -result
        if ref_text[:1] != refs[0]:
            self.warnings.append(
                translate("metadata", "GPS {label}Ref {value} is not {first}/{second}").format(
                    label=label, value=_quoted(ref_text), first=refs[0], second=refs[1]
                )
            )
        return result

    def _position(self) -> tuple[float | None, float | None, str | None]:
        latitude = self._coordinate(
            tiff.GPS_LATITUDE, tiff.GPS_LATITUDE_REF, "Latitude", ("N", "S")
        )
        longitude = self._coordinate(
            tiff.GPS_LONGITUDE, tiff.GPS_LONGITUDE_REF, "Longitude", ("E", "W")
        )
        if latitude is not None and longitude is not None:
            status = self.gps.get(tiff.GPS_STATUS)
            if status is not None and status.text().upper().startswith("V"):
                self.warnings.append(
                    translate("metadata", "GPS fix is void (GPSStatus V); position ignored")
                )
            elif self._valid_position(latitude, longitude, "EXIF"):
                return latitude, longitude, "exif"
        elif (latitude is None) != (longitude is None):
            self.warnings.append(
                translate(
                    "metadata", "GPS has only one of latitude and longitude; position ignored"
                )
            )
        pair = self._xmp_pair(None)
        if pair is None:
            pair = self.extended_xmp_position()
        if pair is not None and self._valid_position(pair[0], pair[1], "XMP"):
            return pair[0], pair[1], "xmp"
        return None, None, None

    def _xmp_pair(self, values: dict[str, str] | None) -> tuple[float, float] | None:
        def get(*names: str) -> str | None:
            if values is None:
                return self.xmp_value(*names)
            return next((values[n] for n in names if values.get(n)), None)

        for lat_name, lon_names in (
            ("exif:GPSLatitude", ("exif:GPSLongitude",)),
            ("drone-dji:GpsLatitude", ("drone-dji:GpsLongitude", "drone-dji:GpsLongtitude")),
        ):
            lat_text, lon_text = get(lat_name), get(*lon_names)
            if lat_text is None or lon_text is None:
                continue
            latitude, longitude = xmp.coordinate(lat_text), xmp.coordinate(lon_text)
            if latitude is None or longitude is None:
                self.warnings.append(
                    translate(
                        "metadata",
                        "XMP GPS position {latitude}, {longitude} cannot be read (ignored)",
                    ).format(latitude=_quoted(lat_text), longitude=_quoted(lon_text))
                )
                continue
            return latitude, longitude
        return None

    def _valid_position(self, latitude: float, longitude: float, where: str) -> bool:
        if not (math.isfinite(latitude) and math.isfinite(longitude)):
            message = translate(
                "metadata", "{where} GPS position {position} is not a number; position ignored"
            )
        elif abs(latitude) > 90 or abs(longitude) > 180:
            message = translate(
                "metadata", "{where} GPS position {position} is out of range; position ignored"
            )
        elif latitude == 0 and longitude == 0:
            message = translate(
                "metadata",
                "{where} GPS position {position} is exactly 0,0 (no fix); position ignored",
            )
        else:
            return True
        shown = f"{latitude + 0.0:.6f}, {longitude + 0.0:.6f}"  # (+ 0.0: no "-0.000000")
        self.warnings.append(message.format(where=where, position=shown))
        return False

    def _altitude(self) -> float | None:
        value = self.gps.get(tiff.GPS_ALTITUDE)
        if value is not None:
            altitude = _finite(next(iter(value.numbers()), None))
            if altitude is None:
                self.warnings.append(
                    translate("metadata", "GPS Altitude has no value (empty or 0/0)")
                )
            else:
                if value.type == tiff.RATIONAL:
                    altitude = self._unsigned_altitude(altitude, *value.rationals()[0])
                ref = self.gps.get(tiff.GPS_ALTITUDE_REF)
                ref_value = ref.ints()[:1] if ref is not None else ()
                if ref is not None and ref.type == tiff.ASCII:
                    ref_value = (1,) if ref.text() == "1" else (0,)
                return -altitude if ref_value == (1,) else altitude
        text = self.xmp_value("exif:GPSAltitude")
        if text is not None:
            altitude = _finite(xmp.rational(text))
            if altitude is not None:
                ref_text = self.xmp_value("exif:GPSAltitudeRef")
                return -altitude if ref_text is not None and ref_text.strip() == "1" else altitude
        text = self.xmp_value("drone-dji:AbsoluteAltitude")
        if text is not None:
            return _finite(xmp.rational(text))
        return None

    def _unsigned_altitude(self, altitude: float, numerator: int, denominator: int) -> float:
        """A negative altitude written as an unsigned 32-bit numerator, read back as signed.

        Only when the unsigned value is absurd (over 100 km) and the signed one is not.
        """
        if numerator < 1 << 31 or altitude <= MAX_ALTITUDE:
            return altitude
        signed = (numerator - (1 << 32)) / denominator
        if signed < -MAX_DEPTH:
            return altitude
        self.warnings.append(
            translate(
                "metadata",
                "GPS Altitude {value} is a negative number stored as unsigned; read as {signed}",
            ).format(value=f"{numerator}/{denominator}", signed=f"{signed:g}")
        )
        return signed

    def _bearing(self) -> tuple[float | None, str | None]:
        bearing: float | None = None
        value = self.gps.get(tiff.GPS_IMG_DIRECTION)
        if value is not None:
            bearing = _finite(next(iter(value.numbers()), None))
            if bearing is None:
                self.warnings.append(
                    translate("metadata", "GPS ImgDirection has no value (empty or 0/0)")
                )
        else:
            text = self.xmp_value("exif:GPSImgDirection")
            bearing = _finite(xmp.rational(text)) if text is not None else None
        if bearing is not None and not 0 <= bearing <= 360:
            self.warnings.append(
                translate("metadata", "GPS ImgDirection {value} is out of range (ignored)").format(
                    value=f"{bearing:g}"
                )
            )
            bearing = None
        ref: str | None = None
        ref_value = self.gps.get(tiff.GPS_IMG_DIRECTION_REF)
        if ref_value is not None:
            ref = ref_value.text().upper()
        else:
            ref = self.xmp_value("exif:GPSImgDirectionRef")
            ref = ref.strip().upper() if ref is not None else None
        if ref is not None and ref not in ("T", "M"):
            self.warnings.append(
                translate(
                    "metadata", "GPS ImgDirectionRef {value} is neither T nor M (ignored)"
                ).format(value=_quoted(ref))
            )
            ref = None
        return bearing, ref

    # -- time ------------------------------------------------------------------------------------

    def _taken(self) -> tuple[datetime | None, int | None]:
        value = self.exif.exif.get(tiff.TAG_DATETIME_ORIGINAL)
        if value is not None:
            taken = _exif_datetime(value.text())
            if taken is not None:
                subsec = self.exif.exif.get(tiff.TAG_SUBSEC_TIME_ORIGINAL)
                digits = subsec.text() if subsec is not None else ""
                if _DIGITS.fullmatch(digits) and taken.microsecond == 0:
                    taken = taken.replace(microsecond=int(digits[:6].ljust(6, "0")))
                offset: int | None = None
                offset_value = self.exif.exif.get(tiff.TAG_OFFSET_TIME_ORIGINAL)
                if offset_value is not None:
                    offset = _utc_offset(offset_value.text())
                    if offset is None:
                        self.warnings.append(
                            translate(
                                "metadata", "EXIF OffsetTimeOriginal {value} is not valid"
                            ).format(value=_quoted(offset_value.text()))
                        )
                return taken, offset
            self.warnings.append(
                translate("metadata", "EXIF DateTimeOriginal {value} is not a valid date").format(
                    value=_quoted(value.text())
                )
            )
        text = self.xmp_value("exif:DateTimeOriginal")
        if text is not None:
            parsed = xmp.date_time(text)
            if parsed is not None:
                return parsed
            self.warnings.append(
                translate("metadata", "XMP DateTimeOriginal {value} is not a valid date").format(
                    value=_quoted(text)
                )
            )
        return None, None

    def _gps_time(self) -> datetime | None:
        date_value = self.gps.get(tiff.GPS_DATE_STAMP)
        time_value = self.gps.get(tiff.GPS_TIME_STAMP)
        if date_value is None and time_value is None:
            text = self.xmp_value("exif:GPSTimeStamp")  # in XMP, a full date-time
            parsed = xmp.date_time(text) if text is not None else None
            if parsed is None or parsed[1] is None:
                return None
            try:
                return (parsed[0] - timedelta(minutes=parsed[1])).replace(tzinfo=UTC)
            except OverflowError:
                return None
        if date_value is None or time_value is None:
            return None  # a time without a date (or the reverse) is no GPS time
        day = self._gps_date(date_value.text())
        parts = _parts(time_value)
        if day is None or len(parts) != 3 or None in parts:
            self.warnings.append(
                translate(
                    "metadata", "GPS DateStamp/TimeStamp {date} {time} is not a time (ignored)"
                ).format(date=_quoted(date_value.text()), time=parts)
            )
            return None
        hours, minutes, seconds = (p or 0.0 for p in parts)
        if not (0 <= hours < 24 and 0 <= minutes < 60 and 0 <= seconds < 61):
            self.warnings.append(
                translate("metadata", "GPS TimeStamp {time} is out of range (ignored)").format(
                    time=parts
                )
            )
            return None
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        try:
            return start + timedelta(hours=hours, minutes=minutes, seconds=seconds)
        except OverflowError:  # 9999-12-31 plus a few hours
            return None

    def _gps_date(self, text: str) -> date | None:
        match = _EXIF_DATE.match(text)
        if match is None:
            return None
        year, month, day, rest = match.groups()
        try:
            result = date(int(year), int(month), int(day))
        except ValueError:
            return None
        if rest.strip():
            self.warnings.append(
                translate(
                    "metadata", "GPS DateStamp {value} has extra text; its date part is used"
                ).format(value=_quoted(text))
            )
        return result
