"""The vendor catalogue: camera makers, their brands and their model-number families.

The data lives in ``resources/vendors.json`` (facts, model grammars and their sources); this
module only reads and checks it. Adding a vendor is a data entry there plus rows in the identify
test table (``tests/vendors/models.csv``).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

Kind = Literal["camera", "ALPR", "gunshot_detector"]
KINDS: tuple[Kind, ...] = ("camera", "ALPR", "gunshot_detector")
Strength = Literal["strong", "likely", "weak"]
STRENGTHS: tuple[Strength, ...] = ("strong", "likely", "weak")

CATALOGUE_FILE = "vendors.json"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_COUNTRY = re.compile(r"[A-Z]{2}")
_VENDOR_KEYS = frozenset(
    {"slug", "name", "aliases", "brands", "country", "wikidata", "covered", "models", "kinds",
     "source"}
)  # fmt: skip
_FAMILY_KEYS = frozenset({"family", "pattern", "strength", "brand", "examples", "source"})
_TOP_KEYS = frozenset({"version", "sources", "notes", "vendors", "other_makers"})
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def compact(text: str) -> str:
    """A model number as the grammars read it: capitals and digits only (DS-2CD… → DS2CD…)."""
    return _NOT_ALNUM.sub("", text.upper())


class CatalogueError(ValueError):
    """The vendor catalogue file is malformed or inconsistent."""


@dataclass(frozen=True)
class Brand:
    """A name on the housing that belongs to a maker: a sub-brand, rebrand or OEM label."""

    name: str
    note: str | None = None


@dataclass(frozen=True)
class ModelFamily:
    """One documented model-number scheme of a vendor, as a grammar over the compact form."""

    family: str  # what a person calls it: "DS-2CD network camera"
    pattern: str  # regex that must match the whole compact model number
    strength: Strength
    examples: tuple[str, ...]  # real model numbers (or their leading part) it matches
    source: str
    brand: str | None = None  # the housing label this family is sold under (Amcrest, HiLook…)


@dataclass(frozen=True)
class Vendor:
    """One camera maker as the catalogue describes it."""

    slug: str
    name: str
    brands: tuple[Brand, ...]
    country: str
    wikidata: str | None  # only ids checked in a maintained tool (DeFlock); None otherwise
    covered: bool  # on the US FCC Covered List
    models: tuple[ModelFamily, ...]
    kinds: tuple[Kind, ...]
    aliases: tuple[str, ...] = ()  # other names of the maker itself (short or former names)
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The maker's own names: the catalogue name, then its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Catalogue:
    """All vendors, in the catalogue file's order."""

    vendors: tuple[Vendor, ...]
    version: int = 1
    sources: tuple[str, ...] = ()
    # Makers of things that are not surveillance cameras (Nikon, STM32 boards) whose name next to
    # a number says the number is theirs: one word each, with why in the note.
    other_makers: tuple[Brand, ...] = ()

    def by_slug(self, slug: str) -> Vendor:
        """The vendor with this slug; KeyError when the catalogue has none."""
        for vendor in self.vendors:
            if vendor.slug == slug:
                return vendor
        known = ", ".join(v.slug for v in self.vendors)
        raise KeyError(f"no vendor with slug {slug!r} in the catalogue (known: {known})")

    def search(self, text: str) -> list[Vendor]:
        """Vendors whose name, alias or brand contains ``text`` (case-insensitive), for a picker.

        Vendors with a name starting with the text come first; empty text lists every vendor.
        """
        needle = " ".join(text.split()).casefold()
        hits: list[tuple[int, Vendor]] = []
        for vendor in self.vendors:
            own = [n.casefold() for n in vendor.names]
            labels = own + [b.name.casefold() for b in vendor.brands]
            if any(needle in label for label in labels):
                starts = any(label.startswith(needle) for label in own)
                hits.append((0 if starts else 1, vendor))
        return [vendor for _, vendor in sorted(hits, key=lambda hit: hit[0])]


@functools.cache
def load_catalogue() -> Catalogue:
    """The packaged vendor catalogue (``resources/vendors.json``), read and checked once."""
    return parse_catalogue(json.loads(_read_catalogue_text()))


def _read_catalogue_text() -> str:
    try:
        resource = importlib.resources.files("surveyapp.resources").joinpath(CATALOGUE_FILE)
    except ModuleNotFoundError:
        # A checkout that is not installed: pyproject's package-dir mapping does not apply, so
        # read the top-level resources/ folder directly.
        return (Path(__file__).parents[2] / "resources" / CATALOGUE_FILE).read_text("utf-8")
    return resource.read_text(encoding="utf-8")


def parse_catalogue(data: Any) -> Catalogue:
    """Build a Catalogue from the decoded JSON document, raising CatalogueError when invalid."""
    top = _mapping(data, "the catalogue")
    _check_keys(top, _TOP_KEYS, "the catalogue")
    version = top.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CatalogueError("the catalogue needs an integer 'version'")
    sources = tuple(_strings(top.get("sources", []), "the catalogue's 'sources'"))
    entries = top.get("vendors")
    if not isinstance(entries, list) or not entries:
        raise CatalogueError("the catalogue needs a non-empty 'vendors' list")
    vendors = tuple(_vendor(entry, i) for i, entry in enumerate(entries))
    others = tuple(
        _brand(entry, "the catalogue's 'other_makers'")
        for entry in _list(top.get("other_makers", []), "the catalogue's 'other_makers'")
    )
    for other in others:
        if len(other.name.split()) != 1:
            raise CatalogueError(f"other maker {other.name!r} must be one word")
    _check_unique(vendors, others)
    return Catalogue(vendors=vendors, version=version, sources=sources, other_makers=others)


def _vendor(entry: Any, index: int) -> Vendor:
    raw = _mapping(entry, f"vendor #{index}")
    slug = raw.get("slug")
    if not isinstance(slug, str) or not _SLUG.fullmatch(slug):
        raise CatalogueError(f"vendor #{index}: 'slug' must be lower-case letters, digits, '-'")
    where = f"vendor {slug!r}"
    _check_keys(raw, _VENDOR_KEYS, where)

    country = _text(raw, "country", where)
    if not _COUNTRY.fullmatch(country):
        raise CatalogueError(f"{where}: 'country' must be an ISO 3166-1 alpha-2 code")
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.fullmatch(wikidata)):
        raise CatalogueError(f"{where}: 'wikidata' must be a Q-id or null")
    covered = raw.get("covered")
    if not isinstance(covered, bool):
        raise CatalogueError(f"{where}: 'covered' must be true or false")

    brands = tuple(_brand(b, where) for b in _list(raw.get("brands", []), f"{where} 'brands'"))
    brand_names = {brand.name for brand in brands}
    models = tuple(
        _family(entry, f"{where} model family #{i}", brand_names)
        for i, entry in enumerate(_list(raw.get("models", []), f"{where} 'models'"))
    )

    kinds = _strings(raw.get("kinds"), f"{where} 'kinds'")
    if not kinds or any(kind not in KINDS for kind in kinds):
        raise CatalogueError(f"{where}: 'kinds' must be a non-empty list from {KINDS}")

    return Vendor(
        slug=slug,
        name=_text(raw, "name", where),
        brands=brands,
        country=country,
        wikidata=wikidata,
        covered=covered,
        models=models,
        kinds=tuple(cast(Kind, kind) for kind in kinds),
        aliases=tuple(_strings(raw.get("aliases", []), f"{where} 'aliases'")),
        source=_text(raw, "source", where),
    )


def _brand(entry: Any, where: str) -> Brand:
    raw = _mapping(entry, f"{where}: a brand")
    _check_keys(raw, frozenset({"name", "note"}), f"{where}: a brand")
    note = raw.get("note")
    if note is not None and not isinstance(note, str):
        raise CatalogueError(f"{where}: a brand's 'note' must be text")
    return Brand(name=_text(raw, "name", f"{where}: a brand"), note=note)


def _family(entry: Any, where: str, brand_names: set[str]) -> ModelFamily:
    raw = _mapping(entry, where)
    _check_keys(raw, _FAMILY_KEYS, where)
    family = _text(raw, "family", where)
    where = f"{where} ({family})"
    pattern = _text(raw, "pattern", where)
    _check_pattern(pattern, where)
    strength = raw.get("strength")
    if strength not in STRENGTHS:
        raise CatalogueError(f"{where}: 'strength' must be one of {STRENGTHS}")
    brand = raw.get("brand")
    if brand is not None and brand not in brand_names:
        raise CatalogueError(f"{where}: brand {brand!r} is not one of the vendor's brands")
    examples = tuple(_strings(raw.get("examples"), f"{where} 'examples'"))
    if not examples:
        raise CatalogueError(f"{where}: give at least one real example of the family")
    return ModelFamily(
        family=family,
        pattern=pattern,
        strength=cast(Strength, strength),
        examples=examples,
        source=_text(raw, "source", where),
        brand=brand,
    )


def _check_pattern(pattern: str, where: str) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise CatalogueError(f"{where}: model pattern {pattern!r} does not compile: {exc}") from exc
    if compiled.groups:
        # The matcher numbers the families by their place; a capturing group would shift them.
        raise CatalogueError(f"{where}: model pattern {pattern!r} must use (?:...) groups only")
    if any(anchor in pattern for anchor in ("^", "$", "\\A", "\\Z", "\\b")):
        raise CatalogueError(f"{where}: model pattern {pattern!r} must not use anchors")
    if compiled.fullmatch("") is not None:
        # A pattern that matches nothing-at-all would name a vendor for any text.
        raise CatalogueError(f"{where}: model pattern {pattern!r} must not match empty text")


def _check_unique(vendors: tuple[Vendor, ...], others: tuple[Brand, ...] = ()) -> None:
    """Slugs are unique, and so is every name a text can mention (makers, aliases, brands)."""
    slugs: set[str] = set()
    owners: dict[str, str] = {}
    for vendor in vendors:
        if vendor.slug in slugs:
            raise CatalogueError(f"vendor slug {vendor.slug!r} appears twice")
        slugs.add(vendor.slug)
        for name in (*vendor.names, *(b.name for b in vendor.brands)):
            key = " ".join(name.split()).casefold()
            if key in owners:
                raise CatalogueError(
                    f"name {name!r} of vendor {vendor.slug!r} is already used by {owners[key]!r}"
                )
            owners[key] = vendor.slug
    for other in others:
        key = other.name.casefold()
        if key in owners:
            raise CatalogueError(f"other maker {other.name!r} is already used by {owners[key]!r}")
        owners[key] = "other_makers"


def _check_keys(raw: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise CatalogueError(f"{where}: unknown keys {unknown}")


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise CatalogueError(f"{where} must be a JSON object")
    return cast(Mapping[str, Any], value)


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise CatalogueError(f"{where} must be a list")
    return value


def _strings(value: Any, where: str) -> list[str]:
    items = _list(value, where)
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise CatalogueError(f"{where} must hold non-empty strings")
    return cast(list[str], items)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{where}: {key!r} must be non-empty text")
    return value
