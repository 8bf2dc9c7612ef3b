"""`vendors identify` and the model hint of `camera set`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import as_json, surveyapp, walk  # noqa: F401  (walk is a fixture)


def test_the_issue_example_is_huawei_strong_with_the_covered_list_flag() -> None:
    out = surveyapp("vendors", "identify", "M2140-EFL").stdout.splitlines()
    assert out[0].startswith("Huawei (huawei)  FCC Covered List — strong: model family")


def test_json_gives_score_confidence_and_reasons() -> None:
    answer = as_json(surveyapp("vendors", "--json", "identify", "Hikvision", "DS2CD2143G0I"))
    assert as_json(surveyapp("vendors", "identify", "--json", "Hikvision DS2CD2143G0I")) == answer
    best = answer[0]
    assert best["vendor"] == "hikvision" and best["covered_list"] is True
    assert best["confidence"] == "strong" and best["score"] >= 3
    assert any(r.startswith("model family") for r in best["reasons"])
    assert "name Hikvision" in best["reasons"]
    assert best["families"]


def test_label_text_with_other_words_around_the_model() -> None:
    text = "Model: IPC-HDW2431T-AS-S2 (2.8mm) S/N 7H0A1B2PAZ12345 Made in China"
    answer = as_json(surveyapp("vendors", "--json", "identify", text))
    assert answer[0]["vendor"] == "dahua"


def test_the_listing_carries_the_grammars_with_their_sources() -> None:
    listing = {v["slug"]: v for v in as_json(surveyapp("vendors", "--json"))}
    families = listing["huawei"]["model_families"]
    assert families and all(f["examples"] for f in families)
    assert any("M2140-EFL" in f["examples"] or "M2141-10-EI" in f["examples"] for f in families)


def test_identify_without_text_is_a_usage_error() -> None:
    result = surveyapp("vendors", "identify", check=False)
    assert result.returncode == 2 and "model number" in result.stderr
    assert "Traceback" not in result.stderr


def test_camera_set_model_offers_the_vendor_and_does_not_apply_it(
    tmp_path: Path,
    walk: Path,  # noqa: F811
) -> None:
    db = tmp_path / "s.sqlite"
    (walk / "notes.txt").unlink()
    surveyapp("import", str(walk), db=db)
    camera = as_json(surveyapp("cameras", "--json", db=db))[0]["id"]
    result = surveyapp("camera", "set", camera, "model=M2140-EFL", db=db)
    assert result.stdout.strip() == camera  # stdout stays the id, for scripts
    assert "looks like Huawei, FCC Covered List (strong" in result.stderr
    assert "set vendor=huawei?" in result.stderr
    record = next(c for c in as_json(surveyapp("cameras", "--json", db=db)) if c["id"] == camera)
    assert record["model"] == "M2140-EFL"
    assert record["manufacturer"] is None and record["covered_list"] is None  # not applied

    # With the volunteer's word the vendor is set; then the same model says nothing more.
    surveyapp("camera", "set", camera, "vendor=huawei", db=db)
    again = surveyapp("camera", "set", camera, "model=M2140-EFL", db=db)
    assert again.stderr == ""

    # A rebrand is offered by the name on the housing, which the catalogue maps to its maker.
    ezviz = surveyapp("camera", "set", camera, "vendor=", "model=CS-C3N-A0-3H2WFRL", db=db)
    assert "set vendor=EZVIZ?" in ezviz.stderr
    surveyapp("camera", "set", camera, "vendor=EZVIZ", db=db)
    record = next(c for c in as_json(surveyapp("cameras", "--json", db=db)) if c["id"] == camera)
    assert (record["manufacturer"], record["brand"]) == ("Hikvision", "EZVIZ")

    # A model that names no vendor gets no hint.
    assert surveyapp("camera", "set", camera, "model=X", db=db).stderr == ""
