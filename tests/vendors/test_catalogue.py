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
from surveyapp.vendors.catalogue import KINDS, STRENGTHS, compact, parse_catalogue

CATALOGUE_JSON = Path(__file__).resolve().parents[2] / "resources" / "vendors.json"

# Every vendor vendors.md names, by slug, and those issue 15 adds (Milesight, Pelco).
EXPECTED_SLUGS = {
    "huawei", "hikvision", "dahua", "zte", "hytera", "uniview", "tiandy", "kedacom", "tvt",
    "longse", "axis", "bosch", "hanwha", "i-pro", "avigilon", "vivotek", "mobotix", "sony",
    "honeywell", "milestone", "flock", "motorola", "genetec", "leonardo", "neology", "rekor",
    "ubicquia", "shotspotter", "milesight", "pelco",
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
    "Sparrow": "flock",
    "Condor": "flock",
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
        for family in vendor.models:
            assert family.family and family.source and family.examples, family
            assert family.strength in STRENGTHS
            assert re.compile(family.pattern).groups == 0


# Issue 15: a documented model grammar for each of these makers.
WITH_GRAMMARS = {
    "huawei", "hikvision", "dahua", "uniview", "tiandy", "kedacom", "tvt", "axis", "hanwha",
    "bosch", "i-pro", "avigilon", "vivotek", "mobotix", "milesight", "pelco", "flock",
    "motorola", "genetec",
}  # fmt: skip


def test_the_issue_s_vendors_have_grammars(catalogue: Catalogue) -> None:
    assert {v.slug for v in catalogue.vendors if v.models} >= WITH_GRAMMARS


def test_every_covered_vendor_with_grammars_has_a_strong_family(catalogue: Catalogue) -> None:
    for vendor in catalogue.vendors:
        if vendor.covered and vendor.models:
            assert any(f.strength == "strong" for f in vendor.models), vendor.slug


def test_rebrand_families_name_a_brand_of_their_vendor(catalogue: Catalogue) -> None:
    branded = {
        (vendor.slug, family.brand)
        for vendor in catalogue.vendors
        for family in vendor.models
        if family.brand
    }
    assert branded >= {
        ("dahua", "Amcrest"), ("dahua", "Lorex"), ("hikvision", "HiLook"),
        ("hikvision", "HiWatch"), ("hikvision", "EZVIZ"), ("hikvision", "LTS"),
        ("uniview", "Uniarch"),
    }  # fmt: skip


def test_kinds_follow_vendors_md(catalogue: Catalogue) -> None:
    assert catalogue.by_slug("flock").kinds == ("ALPR", "gunshot_detector")
    assert catalogue.by_slug("shotspotter").kinds == ("gunshot_detector",)
    for slug in ("motorola", "genetec", "leonardo", "neology", "rekor", "ubicquia"):
        assert "ALPR" in catalogue.by_slug(slug).kinds


def test_broad_uniview_prefix_is_weak(catalogue: Catalogue) -> None:
    broad = [f for f in catalogue.by_slug("uniview").models if f.pattern == "IPC\\d[0-9A-Z]*"]
    assert [f.strength for f in broad] == ["weak"]


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


def _other_maker_named_like_a_brand(data: dict[str, Any]) -> None:
    data["other_makers"].append({"name": "EZVIZ"})


def _other_maker_of_two_words(data: dict[str, Any]) -> None:
    data["other_makers"].append({"name": "Raspberry Pi"})


def _family(data: dict[str, Any]) -> dict[str, Any]:
    family: dict[str, Any] = _first_vendor(data)["models"][0]
    return family


def _bad_regex(data: dict[str, Any]) -> None:
    _family(data)["pattern"] = "IPC("


def _pattern_matching_everything(data: dict[str, Any]) -> None:
    _family(data)["pattern"] = r"\d*"


def _capturing_group(data: dict[str, Any]) -> None:
    _family(data)["pattern"] = r"IPC(6)\d{3}"


def _anchored_pattern(data: dict[str, Any]) -> None:
    _family(data)["pattern"] = r"^IPC6\d{3}$"


def _unknown_strength(data: dict[str, Any]) -> None:
    _family(data)["strength"] = "certain"


def _family_without_examples(data: dict[str, Any]) -> None:
    _family(data)["examples"] = []


def _family_without_source(data: dict[str, Any]) -> None:
    del _family(data)["source"]


def _family_brand_of_another_vendor(data: dict[str, Any]) -> None:
    _family(data)["brand"] = "EZVIZ"


def _invented_wikidata(data: dict[str, Any]) -> None:
    _first_vendor(data)["wikidata"] = "huawei"


def _unknown_kind(data: dict[str, Any]) -> None:
    _first_vendor(data)["kinds"] = ["speed_camera"]


def _misspelt_key(data: dict[str, Any]) -> None:
    _first_vendor(data)["model"] = []


def _covered_as_text(data: dict[str, Any]) -> None:
    _first_vendor(data)["covered"] = "yes"


def _no_version(data: dict[str, Any]) -> None:
    del data["version"]


@pytest.mark.parametrize(
    "spoil",
    [
        _duplicate_slug,
        _brand_of_two_makers,
        _other_maker_named_like_a_brand,
        _other_maker_of_two_words,
        _brand_named_like_a_vendor,
        _bad_regex,
        _pattern_matching_everything,
        _capturing_group,
        _anchored_pattern,
        _unknown_strength,
        _family_without_examples,
        _family_without_source,
        _family_brand_of_another_vendor,
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


def test_compact_is_how_grammars_read_a_model_number() -> None:
    assert compact("ds-2cd2143g0-i") == "DS2CD2143G0I"
    assert compact("2.0C-H5A-BO1-IR") == "20CH5ABO1IR"
    assert compact("M3106-L Mk II") == "M3106LMKII"
