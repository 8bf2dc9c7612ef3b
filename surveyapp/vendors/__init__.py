"""Vendor catalogue and identification rules: who made a camera, from what the volunteer typed."""

from surveyapp.vendors.catalogue import (
    Brand,
    Catalogue,
    CatalogueError,
    ModelFamily,
    Vendor,
    load_catalogue,
)
from surveyapp.vendors.identify import Evidence, Suggestion, describe, identify

__all__ = [
    "Brand",
    "Catalogue",
    "CatalogueError",
    "Evidence",
    "ModelFamily",
    "Suggestion",
    "Vendor",
    "describe",
    "identify",
    "load_catalogue",
]
