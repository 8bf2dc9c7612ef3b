"""A camera's vendor: pick it from the catalogue, and say whether it is on the FCC Covered List."""

from __future__ import annotations

from surveyapp.cameras.fields import FieldError
from surveyapp.db.models import Camera
from surveyapp.i18n import translate
from surveyapp.vendors.lookup import covered_list, find_vendor


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


__all__ = ["apply_vendor", "covered_list", "find_vendor"]
