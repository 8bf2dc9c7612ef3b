"""The few XMP properties SurveyApp reads (GPS, capture time, camera), and their value formats.

The packet is parsed with the standard library's expat-based ElementTree after refusing any
DOCTYPE (so no entity can be declared, let alone expanded) and capping its size; a packet that is
not well-formed XML falls back to a tolerant regular-expression scan. Nothing here raises.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime
from xml.sax.saxutils import unescape

from surveyapp.db.notes import translate  # warnings keep their message (code)

MAX_XMP = 1 << 20  # bytes; a larger packet is not parsed

_NAMESPACES = {
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://www.dji.com/drone-dji/1.0/": "drone-dji",
    "http://ns.adobe.com/xmp/note/": "xmpNote",
}
WANTED = frozenset(
    {
        "exif:GPSLatitude",
        "exif:GPSLongitude",
        "exif:GPSAltitude",
        "exif:GPSAltitudeRef",
        "exif:GPSImgDirection",
        "exif:GPSImgDirectionRef",
        "exif:GPSTimeStamp",
        "exif:GPSStatus",
        "exif:DateTimeOriginal",
        "tiff:Make",
        "tiff:Model",
        "tiff:Orientation",
        "drone-dji:GpsLatitude",
        "drone-dji:GpsLongitude",
        "drone-dji:GpsLongtitude",  # sic: some DJI firmware spells it so
        "drone-dji:AbsoluteAltitude",
        "xmpNote:HasExtendedXMP",
    }
)
_LOCAL_NAMES = {name: name.split(":", 1)[1].encode() for name in WANTED}

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_RDF_LI = _RDF + "li"
_CLARK = {
    f"{{{uri}}}{name.split(':', 1)[1]}": name
    for name in WANTED
    for uri, prefix in _NAMESPACES.items()
    if name.startswith(prefix + ":")
}
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")
_TEXT_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SAFE_ENCODINGS = {b"utf-8", b"utf8", b"us-ascii", b"ascii", b"iso-8859-1", b"latin-1"}
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<\x00", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_PREFIXES = "|".join(re.escape(p) for p in sorted(set(_NAMESPACES.values())))
_ATTRIBUTE = re.compile(rf"""(?<![\w:.-])({_PREFIXES}):(\w+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_ELEMENT = re.compile(rf"<({_PREFIXES}):(\w+)\s*>([^<]*)</\1:\2\s*>")


def mentions(packet: bytes, names: Iterable[str]) -> bool:
    """A cheap test: could the packet hold one of these properties (so is it worth parsing)?"""
    if packet.startswith(tuple(bom for bom, _ in _WIDE_ENCODINGS)):
        return True  # UTF-16/32: parse to know
    return any(_LOCAL_NAMES[name] in packet for name in names)


def parse_xmp(packet: bytes) -> tuple[dict[str, str], list[str]]:
    """The wanted properties of an XMP packet as ``{"exif:GPSLatitude": "33,50.1234S", ...}``.

    Returns the values found (first occurrence wins) and warnings. Never raises.
    """
    warnings: list[str] = []
    if len(packet) > MAX_XMP:
        size = len(packet)
        return {}, [
            translate("metadata", "XMP packet of {size} bytes is too large (ignored)").format(
                size=size
            )
        ]
    packet = _as_utf8(packet).strip(b"\0 \t\r\n")
    if not packet:
        return {}, []
    declaration = _DECLARATION.match(packet)
    if declaration and declaration.group(1).lower() not in _SAFE_ENCODINGS:
        warnings.append(
            translate("metadata", "XMP packet has an unusual encoding (read without an XML parser)")
        )
        return _scan(packet), warnings
    if _DOCTYPE.search(packet):
        warnings.append(
            translate(
                "metadata", "XMP packet declares a DOCTYPE/ENTITY (read without an XML parser)"
            )
        )
        return _scan(packet), warnings
    try:
        root = ET.fromstring(_trim(packet))
    except (ET.ParseError, ValueError, LookupError):
        warnings.append(translate("metadata", "XMP packet is not well-formed XML (read leniently)"))
        return _scan(packet), warnings
    values: dict[str, str] = {}
    for element in _own(root):
        for key, value in element.attrib.items():
            name = _CLARK.get(key)
            if name is not None and name not in values:
                values[name] = value.strip()
        name = _CLARK.get(element.tag) if isinstance(element.tag, str) else None
        if name is not None and name not in values:
            text = element.text or ""
            if not text.strip():
                # rdf:Alt / rdf:Seq / rdf:Bag: the first item
                for item in element.iter(_RDF_LI):
                    text = item.text or ""
                    break
            if text.strip():
                values[name] = text.strip()
    return values, warnings


# A structure property whose GPS fields are still the photo's own: IPTC's LocationCreated
# (where the photo was taken). Any other structure (IPTC's LocationShown: the place *depicted*,
# a region, a history entry) may carry GPS fields that are not where the photo was taken.
_IPTC_EXT = "{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}"
_OWN_STRUCTURES = frozenset({_IPTC_EXT + "LocationCreated"})
_SHOWN = re.compile(
    r"<(Iptc4xmpExt:LocationShown)\b.*?</\1\s*>|<Iptc4xmpExt:LocationShown\b[^>]*/>", re.DOTALL
)


def _own(root: ET.Element) -> Iterable[ET.Element]:
    """The packet's elements outside structures that describe something else than the photo
    (the property elements of the top-level descriptions, and inside LocationCreated)."""
    stack = [root]
    while stack:
        element = stack.pop()
        yield element
        for child in reversed(list(element)):
            tag = child.tag if isinstance(child.tag, str) else ""
            structure = (
                not tag.startswith(_RDF)
                and tag not in _CLARK
                and tag not in _OWN_STRUCTURES
                and element.tag != "{adobe:ns:meta/}xmpmeta"
                and (len(child) > 0 or any(not k.startswith(_RDF) for k in child.attrib))
            )
            if not structure:
                stack.append(child)


def _as_utf8(packet: bytes) -> bytes:
    """A UTF-16/32 packet as UTF-8 (without its XML declaration), so that the DOCTYPE check
    sees what the parser would; other packets unchanged."""
    for bom, codec in _WIDE_ENCODINGS:
        if packet.startswith(bom):
            text = packet.decode(codec, "replace")
            return _TEXT_DECLARATION.sub("", text.lstrip("\ufeff"), count=1).encode("utf-8")
    return packet


def _trim(packet: bytes) -> bytes:
    """The packet without trailing bytes after the end of the XMP (some writers pad with junk)."""
    for end_marker in (b"<?xpacket end", b"</x:xmpmeta>", b"</x:xapmeta>", b"</rdf:RDF>"):
        index = packet.rfind(end_marker)
        if index >= 0:
            close = packet.find(b">", index)
            if close >= 0:
                return packet[: close + 1]
    return packet


def _scan(packet: bytes) -> dict[str, str]:
    """A tolerant scan for attributes ``exif:Name="..."`` and elements ``<exif:Name>..</..>``."""
    text = _SHOWN.sub("", packet.decode("utf-8", "replace"))
    values: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = f"{match.group(1)}:{match.group(2)}"
        value = match.group(3) if match.group(3) is not None else match.group(4)
        if name in WANTED and name not in values:
            values[name] = unescape(value or "").strip()
    for match in _ELEMENT.finditer(text):
        name = f"{match.group(1)}:{match.group(2)}"
        if name in WANTED and name not in values and match.group(3).strip():
            values[name] = unescape(match.group(3)).strip()
    return values


# ---- value formats -------------------------------------------------------------------------

_NUMBER = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
MAX_VALUE = 80  # characters; longer property values are not numbers or dates
_COORDINATE = re.compile(
    rf"^\s*({_NUMBER})(?:\s*[,\s]\s*({_NUMBER}))?(?:\s*[,\s]\s*({_NUMBER}))?\s*([NSEWnsew])?\s*$"
)
_RATIONAL = re.compile(rf"^\s*({_NUMBER})\s*(?:/\s*({_NUMBER}))?\s*$")
_DATETIME = re.compile(
    r"^\s*([0-9]{4})[-:]([0-9]{2})[-:]([0-9]{2})[T ]([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:[.,]([0-9]+))?)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?\s*$"
)


def coordinate(value: str) -> float | None:
    """An XMP GPS coordinate: "DDD,MM,SSk", "DDD,MM.mmk" (k = N/S/E/W) or signed decimal."""
    match = _COORDINATE.match(value) if len(value) <= MAX_VALUE else None
    if match is None:
        return None
    degrees, minutes, seconds, ref = match.groups()
    result = abs(float(degrees))
    if minutes is not None:
        result += float(minutes) / 60
    if seconds is not None:
        result += float(seconds) / 3600
    negative = degrees.startswith("-")
    if ref is not None:
        negative = ref.upper() in "SW"
    return -result if negative else result


def rational(value: str) -> float | None:
    """An XMP rational ("136169/100") or decimal ("+1252.12"); ``None`` for 0/0 or garbage."""
    match = _RATIONAL.match(value) if len(value) <= MAX_VALUE else None
    if match is None:
        return None
    numerator = float(match.group(1))
    if match.group(2) is None:
        return numerator
    denominator = float(match.group(2))
    return numerator / denominator if denominator else None


def date_time(value: str) -> tuple[datetime, int | None] | None:
    """An XMP (ISO 8601) or EXIF-style date-time: the wall-clock time and its UTC offset."""
    match = _DATETIME.match(value) if len(value) <= MAX_VALUE else None
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro
        )
    except ValueError:
        return None
    offset: int | None = None
    if zone == "Z":
        offset = 0
    elif zone:
        digits = zone[1:].replace(":", "")
        offset = int(digits[:2]) * 60 + int(digits[2:])
        if offset > 18 * 60:
            return moment, None
        offset = -offset if zone[0] == "-" else offset
    return moment, offset
