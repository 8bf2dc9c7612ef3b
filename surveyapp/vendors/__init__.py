"""Vendor catalogue and identification rules: who made a camera, from what the volunteer typed."""

from surveyapp.vendors.catalogue import Brand, Catalogue, CatalogueError, Vendor, load_catalogue
from surveyapp.vendors.identify import Evidence, Suggestion, identify

__all__ = [
    "Brand",
    "Catalogue",
    "CatalogueError",
    "Evidence",
    "Suggestion",
    "Vendor",
    "identify",
    "load_catalogue",
]
