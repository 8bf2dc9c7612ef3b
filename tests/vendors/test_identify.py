"""Vendor identification: one table row per clue; every vendor and model pattern has a row."""

from __future__ import annotations

import re

import pytest

from surveyapp.vendors import Brand, Catalogue, Vendor, identify, load_catalogue
from surveyapp.vendors.identify import RULES, normalise, token_starts

# (what the volunteer typed, the vendor to suggest first, the brand it named)
# Adding a vendor to resources/vendors.json = adding its row(s) here.
ROWS: list[tuple[str, str, str | None]] = [
    # Huawei: model numbers seen in Belgrade (#hiljadekamera)
    ("IPC6625-Z30", "huawei", None),
    ("IPC6225-VRZ-ES", "huawei", None),
    ("IPC6512-Z30", "huawei", None),
    ("Huawei SDC", "huawei", None),
    ("HOLOWITS", "huawei", "HOLOWITS"),
    # Hikvision and its brands
    ("DS-2CD2143G0-I", "hikvision", None),
    ("DS-2DE4425IW-DE", "hikvision", None),
    ("IDS-2CD7A46G0-IZHS", "hikvision", None),
    ("EZVIZ C3N", "hikvision", "EZVIZ"),
    ("HiLook IPC-T240H", "hikvision", "HiLook"),
    ("HiWatch", "hikvision", "HiWatch"),
    ("Hiksemi", "hikvision", "Hiksemi"),
    ("HIKVISION", "hikvision", None),
    ("HIK-VISION", "hikvision", None),
    ("H1KV1S10N", "hikvision", None),
    # Dahua and its brands
    ("IPC-HDW2431T-AS", "dahua", None),
    ("IPC-HFW2431S-S-S2", "dahua", None),
    ("DH-IPC-HFW2431S-S-S2", "dahua", None),
    ("DHI-ITC237-PW6M", "dahua", None),
    ("SD49225XA-HNR", "dahua", None),
    ("HAC-HFW1200T", "dahua", None),
    ("Imou Ranger 2", "dahua", "Imou"),
    ("Lorex", "dahua", "Lorex"),
    ("Amcrest IP8M-2496EB", "dahua", "Amcrest"),
    ("ZTE", "zte", None),
    ("Hytera body camera", "hytera", None),
    ("IPC322LB-SF28-A", "uniview", None),
    ("Uniarch", "uniview", "Uniarch"),
    ("UNV", "uniview", None),
    ("Tiandy", "tiandy", None),
    ("Kedacom", "kedacom", None),
    ("TVT", "tvt", None),
    ("Longse", "longse", None),
    ("AXIS P1455-LE", "axis", None),
    ("AXIS Q6135-LE", "axis", None),
    ("M3106-L Mk II", "axis", None),
    ("FLEXIDOME IP starlight 8000i", "bosch", None),
    ("AUTODOME IP 5000i", "bosch", None),
    ("DINION IP bullet 6000", "bosch", None),
    ("XNO-6080R", "hanwha", None),
    ("XND-6080RV", "hanwha", None),
    ("QNV-6082R", "hanwha", None),
    ("PNM-9085RQZ", "hanwha", None),
    ("Wisenet", "hanwha", "Wisenet"),
    ("WV-S1536LTN", "i-pro", None),
    ("Panasonic WV-X2571L", "i-pro", "Panasonic"),
    ("Avigilon", "avigilon", None),
    ("Vivotek", "vivotek", None),
    ("Mobotix", "mobotix", None),
    ("Sony", "sony", None),
    ("Honeywell", "honeywell", None),
    ("Milestone XProtect", "milestone", None),
    ("Flock Falcon", "flock", "Falcon"),
    ("Raven", "flock", "Raven"),
    ("Motorola Solutions", "motorola", None),
    ("Vigilant", "motorola", "Vigilant"),
    ("Genetec AutoVu", "genetec", "AutoVu"),
    ("ELSAG", "leonardo", "ELSAG"),
    ("Neology", "neology", None),
    ("Rekor", "rekor", None),
    ("Ubicquia", "ubicquia", None),
    ("ShotSpotter", "shotspotter", None),
    ("SoundThinking", "shotspotter", None),
]


@pytest.mark.parametrize(("text", "slug", "brand"), ROWS)
def test_identify_table(text: str, slug: str, brand: str | None) -> None:
    best = identify(text)[0]
    assert (best.vendor.slug, best.brand) == (slug, brand)
    assert best.score > 0 and best.reasons


@pytest.mark.parametrize(("text", "slug", "brand"), ROWS)
def test_identify_ignores_case(text: str, slug: str, brand: str | None) -> None:
    for variant in (text.lower(), text.upper()):
        best = identify(variant)[0]
        assert (best.vendor.slug, best.brand) == (slug, brand)


def test_every_vendor_has_a_row() -> None:
    assert {v.slug for v in load_catalogue().vendors} <= {slug for _, slug, _ in ROWS}


def test_every_model_pattern_matches_a_row_of_its_vendor() -> None:
    for vendor in load_catalogue().vendors:
        texts = [normalise(text) for text, slug, _ in ROWS if slug == vendor.slug]
        for pattern in vendor.model_patterns:
            compiled = re.compile(pattern, re.IGNORECASE)
            assert any(compiled.match(text, pos) for text in texts for pos in token_starts(text)), (
                f"{vendor.slug}: no row shows model pattern {pattern!r}"
            )


def test_covered_hikvision_from_model_number() -> None:
    best = identify("DS-2CD2143G0-I")[0]
    assert best.vendor.slug == "hikvision"
    assert best.vendor.covered
    assert "model prefix DS-2CD" in best.reasons


def test_rebrand_names_the_brand_and_the_maker() -> None:
    best = identify("EZVIZ C3N")[0]
    assert best.vendor.name == "Hikvision"
    assert best.brand == "EZVIZ"
    assert "brand EZVIZ (Hikvision)" in best.reasons


@pytest.mark.parametrize("text", ["IPC6225-VRZ-ES", "IPC6625-Z30", "IPC-HDW2431T-AS"])
def test_specific_prefix_beats_univiews_broad_ipc(text: str) -> None:
    suggestions = identify(text)
    slugs = [s.vendor.slug for s in suggestions]
    assert slugs[0] != "uniview"
    assert "uniview" in slugs  # still offered, lower down
    assert suggestions[0].score > suggestions[slugs.index("uniview")].score


def test_suggestions_are_ranked_best_first() -> None:
    scores = [s.score for s in identify("Uniview IPC6225 HOLOWITS")]
    assert len(scores) >= 2
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\t\n", "toaster", "the taxis", "Hikvisionary", "Z T E", "camera on a pole"],
)
def test_no_clue_means_vendor_unknown(text: str) -> None:
    assert identify(text) == []


@pytest.mark.parametrize(
    "text",
    ["  EZVIZ\t\n C3N  ", "ezviz   c3n", "Camera: EZVIZ/C3N", "(EZVIZ)"],
)
def test_whitespace_and_separators(text: str) -> None:
    best = identify(text)[0]
    assert (best.vendor.slug, best.brand) == ("hikvision", "EZVIZ")


def test_typographic_dashes_read_as_hyphens() -> None:
    assert identify("DS\u20132CD2143G0-I")[0].vendor.slug == "hikvision"
    assert identify(" WV\u2014S1536LTN ")[0].vendor.slug == "i-pro"


def test_model_number_inside_longer_text() -> None:
    best = identify("white bullet, label says Hikvision DS-2CD2143G0-I on the side")[0]
    assert best.vendor.slug == "hikvision"
    assert best.reasons[:2] == ("model prefix DS-2CD", "name Hikvision")


def test_label_with_gaps_is_read_once() -> None:
    (only,) = identify("H I K V I S I O N")
    assert only.vendor.slug == "hikvision"
    assert only.reasons == ("label 'H I K V I S I O N' reads Hikvision",)


def test_rules_registry_lists_the_four_rules() -> None:
    names = [rule.__name__ for rule in RULES]
    assert names == ["model_prefix", "brand_alias", "vendor_name", "label_text"]


def test_identify_uses_a_given_catalogue() -> None:
    acme = Vendor(
        slug="acme",
        name="Acme Optics",
        brands=(Brand("RoadRunner", "budget line"),),
        country="US",
        wikidata=None,
        covered=False,
        model_patterns=(r"AC-\d",),
        kinds=("camera",),
    )
    catalogue = Catalogue(vendors=(acme,))
    assert [s.vendor.slug for s in identify("AC-100", catalogue)] == ["acme"]
    assert identify("RoadRunner 2", catalogue)[0].brand == "RoadRunner"
    assert identify("DS-2CD2143G0-I", catalogue) == []
