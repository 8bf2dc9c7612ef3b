"""The grammar matcher finds exactly the families whose pattern matches, whatever it starts with."""

from __future__ import annotations

import re

import pytest

from surveyapp.vendors import ModelFamily, Vendor, load_catalogue
from surveyapp.vendors.catalogue import compact
from surveyapp.vendors.grammar import GrammarIndex, first_characters
from tests.vendors.test_identify import ROWS


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        ("DS2CD\\d[0-9A-Z]+", {"D"}),
        ("[CDMX]\\d{4}[A-Z0-9]*", {"C", "D", "M", "X"}),
        ("IPC[2-9]\\d", {"I"}),
        ("\\d{1,3}[CW]H\\d", set("0123456789")),
        ("M(?:10|11)\\d\\d|[DX]\\d{4}|C[2-9]\\d{3}", {"M", "D", "X", "C"}),
        ("(?:FLEXIDOME|AUTODOME)[A-Z0-9]*", {"F", "A"}),
        ("[A-C]X", {"A", "B", "C"}),
    ],
)
def test_first_characters(pattern: str, first: set[str]) -> None:
    assert first_characters(pattern) == frozenset(first)


@pytest.mark.parametrize(
    "pattern",
    ["(?:LT)?CMIP\\d", "[^A]B", "X?Y", "\\w+", ".A", "(?:A|B)*C", "[a-z]1"],
)
def test_first_characters_is_unsure_rather_than_wrong(pattern: str) -> None:
    assert first_characters(pattern) is None


def vendor(slug: str, *patterns: str) -> Vendor:
    families = tuple(ModelFamily(p, p, "strong", ("x",), "test") for p in patterns)
    return Vendor(slug, slug, (), "US", None, False, families, ("camera",))


def test_every_matching_family_is_found_and_no_other() -> None:
    vendors = (vendor("a", "AB\\d+", "A[A-Z]\\d+"), vendor("b", "(?:X)?AB1", "\\d+AB"))
    index = GrammarIndex(vendors)
    found = {(ref.vendor, ref.family.pattern) for ref in index.matches("AB1")}
    assert found == {(0, "AB\\d+"), (0, "A[A-Z]\\d+"), (1, "(?:X)?AB1")}
    assert {ref.family.pattern for ref in index.matches("12AB")} == {"\\d+AB"}
    assert index.matches("AB1X") == []  # a family matches the whole candidate or not at all
    assert index.matches("") == []
    assert index.matches("ZZZ") == []


def test_the_matcher_agrees_with_plain_regexes_on_the_whole_table() -> None:
    vendors = load_catalogue().vendors
    index = GrammarIndex(vendors)
    plain = [(i, f, re.compile(f.pattern)) for i, v in enumerate(vendors) for f in v.models]
    candidates = {compact(row.text) for row in ROWS} | {compact(row.text)[:5] for row in ROWS}
    for candidate in candidates:
        expected = {(i, f.family) for i, f, rx in plain if rx.fullmatch(candidate)}
        got = {(ref.vendor, ref.family.family) for ref in index.matches(candidate)}
        assert got == expected, candidate
