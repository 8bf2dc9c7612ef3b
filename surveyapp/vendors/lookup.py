"""A vendor by the name a camera carries, and whether it is on the FCC Covered List.

Shared by the laptop and the server (its public map colours cameras by Covered List vendor).
"""

from __future__ import annotations

import functools

from surveyapp.vendors.catalogue import Vendor, load_catalogue


def find_vendor(text: str) -> Vendor | None:
    """The catalogue vendor with this slug, name, alias or brand (case-insensitive), if any."""
    wanted = text.strip().casefold()
    for vendor in load_catalogue().vendors:
        names = (vendor.slug, *vendor.names, *(brand.name for brand in vendor.brands))
        if wanted in (name.casefold() for name in names):
            return vendor
    return None


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
