"""The vendor catalogue: the packaged data loads, says what vendors.md says, and is validated."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from surveyapp.vendors import Catalogue, CatalogueError, Vendor, load_catalogue
from surveyapp.vendors.catalogue import KINDS, parse_catalogue

CATALOGUE_JSON = Path(__file__).resolve().parents[2] / "resources" / "vendors.json"

# Every vendor vendors.md names, by slug.
EXPECTED_SLUGS = {
    "huawei", "hikvision", "dahua", "zte", "hytera", "uniview", "tiandy", "kedacom", "tvt",
    "longse", "axis", "bosch", "hanwha", "i-pro", "avigilon", "vivotek", "mobotix", "sony",
    "honeywell", "milestone", "flock", "motorola", "genetec", "leonardo", "neology", "rekor",
    "ubicquia", "shotspotter",
}  # fmt: skip
COVERED = {"huawei", "zte", "hytera", "hikvision", "dahua"}
# The only Wikidata ids vendors.md marks "checked in DeFlock".
CHECKED_WIKIDATA = {
    "axis": "Q2347731",
    "flock": "Q108485435",
    "motorola": "Q634815",
    "genetec": "Q30295174",
    "leonardo": "Q910379",
    "shotspotter": "Q107740188",
}
# Sub-brands and rebrands vendors.md attributes to another maker.
BRANDS = {
    "EZVIZ": "hikvision",
    "HiLook": "hikvision",
    "HiWatch": "hikvision",
    "Hiksemi": "hikvision",
    "Imou": "dahua",
    "Lorex": "dahua",
    "Amcrest": "dahua",
    "Uniarch": "uniview",
    "HOLOWITS": "huawei",
    "Wisenet": "hanwha",
    "Falcon": "flock",
    "Raven": "flock",
    "Vigilant": "motorola",
    "AutoVu": "genetec",
    "ELSAG": "leonardo",
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def raw_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOGUE_JSON.read_text(encoding="utf-8"))
    return data


def test_catalogue_loads_once_with_every_vendor(catalogue: Catalogue) -> None:
    assert load_catalogue() is catalogue
    assert len(catalogue.vendors) >= 25
    assert {v.slug for v in catalogue.vendors} == EXPECTED_SLUGS
    assert catalogue.version >= 1
    assert catalogue.sources


def test_covered_list_is_exactly_the_five(catalogue: Catalogue) -> None:
    assert {v.slug for v in catalogue.vendors if v.covered} == COVERED


def test_wikidata_ids_are_only_the_checked_ones(catalogue: Catalogue) -> None:
    found = {v.slug: v.wikidata for v in catalogue.vendors if v.wikidata is not None}
    assert found == CHECKED_WIKIDATA


@pytest.mark.parametrize(("brand", "slug"), sorted(BRANDS.items()))
def test_rebrands_belong_to_their_maker(catalogue: Catalogue, brand: str, slug: str) -> None:
    assert brand in {b.name for b in catalogue.by_slug(slug).brands}


def test_every_vendor_is_complete(catalogue: Catalogue) -> None:
    for vendor in catalogue.vendors:
        assert vendor.name and vendor.source, vendor.slug
        assert re.fullmatch(r"[A-Z]{2}", vendor.country), vendor.slug
        assert vendor.kinds and set(vendor.kinds) <= set(KINDS), vendor.slug
        for pattern in vendor.model_patterns:
            re.compile(pattern)
            assert 0 < vendor.pattern_weight(pattern) <= 1


def test_kinds_follow_vendors_md(catalogue: Catalogue) -> None:
    assert catalogue.by_slug("flock").kinds == ("ALPR", "gunshot_detector")
    assert catalogue.by_slug("shotspotter").kinds == ("gunshot_detector",)
    for slug in ("motorola", "genetec", "leonardo", "neology", "rekor", "ubicquia"):
        assert "ALPR" in catalogue.by_slug(slug).kinds


def test_broad_uniview_prefix_weighs_less_than_specific_ones(catalogue: Catalogue) -> None:
    uniview = catalogue.by_slug("uniview")
    huawei = catalogue.by_slug("huawei")
    assert uniview.pattern_weight("IPC") < huawei.pattern_weight(r"IPC6\d{3}")


def test_by_slug(catalogue: Catalogue) -> None:
    hikvision = catalogue.by_slug("hikvision")
    assert isinstance(hikvision, Vendor)
    assert hikvision.name == "Hikvision"
    with pytest.raises(KeyError, match="no vendor with slug 'acme'"):
        catalogue.by_slug("acme")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ezviz", "hikvision"),
        ("HIK", "hikvision"),
        ("lorex", "dahua"),
        ("  wisenet ", "hanwha"),
        ("soundthinking", "shotspotter"),
        ("flock", "flock"),
    ],
)
def test_search_matches_names_and_brands(catalogue: Catalogue, text: str, first: str) -> None:
    assert catalogue.search(text)[0].slug == first


def test_search_puts_name_prefixes_first_and_lists_all_for_empty_text(
    catalogue: Catalogue,
) -> None:
    slugs = [v.slug for v in catalogue.search("hi")]
    assert slugs[0] == "hikvision"
    assert "shotspotter" in slugs  # "SoundThinking" contains "hi"
    assert catalogue.search("") == list(catalogue.vendors)
    assert catalogue.search("toaster") == []


def test_packaged_file_parses_the_same() -> None:
    assert parse_catalogue(raw_data()) == load_catalogue()


def _first_vendor(data: dict[str, Any]) -> dict[str, Any]:
    vendor: dict[str, Any] = data["vendors"][0]
    return vendor


def _duplicate_slug(data: dict[str, Any]) -> None:
    data["vendors"][1]["slug"] = data["vendors"][0]["slug"]


def _brand_of_two_makers(data: dict[str, Any]) -> None:
    data["vendors"][1]["brands"].append({"name": "ezviz"})


def _brand_named_like_a_vendor(data: dict[str, Any]) -> None:
    data["vendors"][1]["brands"].append({"name": "Huawei"})


def _bad_regex(data: dict[str, Any]) -> None:
    _first_vendor(data)["model_patterns"].append("IPC(")


def _pattern_matching_everything(data: dict[str, Any]) -> None:
    _first_vendor(data)["model_patterns"].append(r"\d*")


def _weight_for_unknown_pattern(data: dict[str, Any]) -> None:
    _first_vendor(data)["pattern_weights"] = {"XYZ-": 0.5}


def _weight_out_of_range(data: dict[str, Any]) -> None:
    _first_vendor(data)["pattern_weights"] = {"SDC": 2}


def _invented_wikidata(data: dict[str, Any]) -> None:
    _first_vendor(data)["wikidata"] = "huawei"


def _unknown_kind(data: dict[str, Any]) -> None:
    _first_vendor(data)["kinds"] = ["speed_camera"]


def _misspelt_key(data: dict[str, Any]) -> None:
    _first_vendor(data)["model_pattern"] = []


def _covered_as_text(data: dict[str, Any]) -> None:
    _first_vendor(data)["covered"] = "yes"


def _no_version(data: dict[str, Any]) -> None:
    del data["version"]


@pytest.mark.parametrize(
    "spoil",
    [
        _duplicate_slug,
        _brand_of_two_makers,
        _brand_named_like_a_vendor,
        _bad_regex,
        _pattern_matching_everything,
        _weight_for_unknown_pattern,
        _weight_out_of_range,
        _invented_wikidata,
        _unknown_kind,
        _misspelt_key,
        _covered_as_text,
        _no_version,
    ],
)
def test_validation_rejects_bad_data(spoil: Callable[[dict[str, Any]], None]) -> None:
    data = copy.deepcopy(raw_data())
    spoil(data)
    with pytest.raises(CatalogueError):
        parse_catalogue(data)
