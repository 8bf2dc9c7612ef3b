"""A camera's vendor: pick it from the catalogue, and say whether it is on the FCC Covered List."""

from __future__ import annotations

import functools

from surveyapp.cameras.fields import FieldError
from surveyapp.db.models import Camera
from surveyapp.i18n import translate
from surveyapp.vendors import Vendor, load_catalogue


def find_vendor(text: str) -> Vendor | None:
    """The catalogue vendor with this slug, name, alias or brand (case-insensitive), if any."""
    wanted = text.strip().casefold()
    for vendor in load_catalogue().vendors:
        names = (vendor.slug, *vendor.names, *(brand.name for brand in vendor.brands))
        if wanted in (name.casefold() for name in names):
            return vendor
    return None


def apply_vendor(camera: Camera, text: str) -> None:
    """Set the camera's maker from the catalogue (``vendor=hikvision``); empty clears it.

    A brand name selects its maker and is kept as the camera's brand (``vendor=EZVIZ``).
    """
    if not text.strip():
        camera.vendor_slug = camera.manufacturer = camera.manufacturer_wikidata = None
        return
    vendor = find_vendor(text)
    if vendor is None:
        raise FieldError(
            translate(
                "fields",
                "vendor: '{text}' is not in the catalogue (see `surveyapp vendors`); "
                "set manufacturer=... for a maker that is not listed",
            ).format(text=text)
        )
    camera.vendor_slug = vendor.slug
    camera.manufacturer = vendor.name
    camera.manufacturer_wikidata = vendor.wikidata
    brand = next(
        (b.name for b in vendor.brands if b.name.casefold() == text.strip().casefold()), None
    )
    if brand is not None:
        camera.brand = brand


@functools.lru_cache(maxsize=4096)
def covered_list(slug: str | None, manufacturer: str | None, brand: str | None) -> bool | None:
    """Whether the camera's vendor is on the FCC Covered List; None when the vendor is unknown."""
    if slug:
        try:
            return load_catalogue().by_slug(slug).covered
        except KeyError:
            return None
    for name in (manufacturer, brand):
        vendor = find_vendor(name) if name else None
        if vendor is not None:
            return vendor.covered
    return None
