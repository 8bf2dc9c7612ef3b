"""Suggest the vendor of a camera from text the volunteer typed: a model number, a label, a brand.

Identification is a registry of small scored rules (STYLE.md rule 9). Each rule looks at the
normalised text and one catalogue vendor and yields Evidence; a vendor's score is the sum, over
rules, of that rule's strongest evidence, so one rule cannot outvote the others by repetition.
Adding a rule is one function and one entry in RULES; adding a vendor is catalogue data only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from surveyapp.i18n import translate
from surveyapp.vendors.catalogue import Catalogue, Vendor, load_catalogue

# Scores: a model prefix is the strongest single clue; more specific prefixes score higher.
MODEL_PREFIX_SCORE = 2.0
MODEL_SPECIFICITY_PER_CHAR = 0.1  # bonus per character the pattern matched ...
MODEL_SPECIFICITY_MAX = 1.0  # ... up to this much
BRAND_SCORE = 2.0
NAME_SCORE = 2.0
LABEL_SCORE = 1.5
LABEL_MIN_LETTERS = 4  # shorter names ("ZTE", "TVT") are too easy to find by accident when fuzzy

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_TOKEN = re.compile(r"[^\s/,;:()\[\]{}]+")
# What OCR or a hurried volunteer puts between the letters of a label: "HIK-VISION", "H.I.K".
_LABEL_GAP = r"[\s._\-/·|]*"
# Characters OCR confuses on housings: 0/O, 1/I/l/|, 5/S.
_LOOKALIKES = {"o": "o0", "0": "o0", "i": "il1|", "l": "il1|", "1": "il1|", "s": "s5", "5": "s5"}


@dataclass(frozen=True)
class Evidence:
    """One rule's finding for one vendor: how strong, and what it saw."""

    rule: str
    score: float
    detail: str  # human-readable, e.g. "model prefix DS-2CD"
    brand: str | None = None  # the catalogue brand the evidence names, if any


@dataclass(frozen=True)
class Suggestion:
    """A vendor suggested for a text, with the total score and the reasons behind it."""

    vendor: Vendor
    score: float
    brand: str | None  # the sub-brand or rebrand the text named (e.g. "EZVIZ"), if any
    reasons: tuple[str, ...]


Rule = Callable[[str, Vendor], Iterable[Evidence]]


def normalise(text: str) -> str:
    """Unicode-normalise the text, unify dashes and collapse whitespace; case is kept."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).split())


def token_starts(text: str) -> list[int]:
    """Where the text's tokens start (tokens are separated by whitespace, '/', brackets)."""
    return [token.start() for token in _TOKEN.finditer(text)]


def model_prefix(text: str, vendor: Vendor) -> Iterator[Evidence]:
    """One of the vendor's model patterns matches where a token of the text starts.

    A pattern may run on past its token ("AXIS P1455" is one model number).
    """
    starts = token_starts(text)
    for pattern in vendor.model_patterns:
        compiled = _compiled(pattern)
        matches = [m.group(0) for m in (compiled.match(text, pos) for pos in starts) if m]
        if not matches:
            continue
        matched = max(matches, key=len)
        specificity = min(len(matched) * MODEL_SPECIFICITY_PER_CHAR, MODEL_SPECIFICITY_MAX)
        score = vendor.pattern_weight(pattern) * (MODEL_PREFIX_SCORE + specificity)
        reason = translate("vendors", "model prefix {prefix}").format(prefix=matched)
        yield Evidence("model_prefix", score, reason)


def brand_alias(text: str, vendor: Vendor) -> Iterator[Evidence]:
    """A sub-brand, rebrand or OEM label of the vendor appears as a word."""
    for brand in vendor.brands:
        if _word(brand.name).search(text):
            reason = translate("vendors", "brand {brand} ({vendor})").format(
                brand=brand.name, vendor=vendor.name
            )
            yield Evidence("brand_alias", BRAND_SCORE, reason, brand.name)


def vendor_name(text: str, vendor: Vendor) -> Iterator[Evidence]:
    """The vendor's own name (or an alias such as a short or former name) appears as a word."""
    for name in sorted(vendor.names, key=len, reverse=True):
        if _word(name).search(text):
            reason = translate("vendors", "name {name}").format(name=name)
            yield Evidence("vendor_name", NAME_SCORE, reason)
            return  # "Flock Safety" and "Flock" are one clue


def label_text(text: str, vendor: Vendor) -> Iterator[Evidence]:
    """A label read off the housing, spelt with gaps or OCR look-alikes ("HIK-VISION", "AX1S").

    Exact spellings are left to the name and brand rules, so one word is not counted twice.
    """
    labels = [(name, None) for name in vendor.names] + [(b.name, b.name) for b in vendor.brands]
    for label, brand in labels:
        fuzzy = _fuzzy(label)
        if fuzzy is None:
            continue
        for match in fuzzy.finditer(text):
            seen = match.group(0)
            if not _word(label).fullmatch(seen):
                owner = label if brand is None else f"{label} ({vendor.name})"
                reason = translate("vendors", "label {seen} reads {owner}").format(
                    seen=repr(seen), owner=owner
                )
                yield Evidence("label_text", LABEL_SCORE, reason, brand)
                break


RULES: tuple[Rule, ...] = (model_prefix, brand_alias, vendor_name, label_text)


def identify(text: str, catalogue: Catalogue | None = None) -> list[Suggestion]:
    """Vendors the text points to, best first; an empty list means "vendor unknown"."""
    clean = normalise(text)
    if not clean:
        return []
    vendors = (catalogue if catalogue is not None else load_catalogue()).vendors
    suggestions = [s for v in vendors if (s := _suggest(clean, v)) is not None]
    return sorted(suggestions, key=lambda s: (-s.score, s.vendor.name.casefold()))


def _suggest(text: str, vendor: Vendor) -> Suggestion | None:
    evidence = [e for rule in RULES for e in rule(text, vendor)]
    if not evidence:
        return None
    best: dict[str, float] = {}
    for item in evidence:
        best[item.rule] = max(best.get(item.rule, 0.0), item.score)
    ranked = sorted(evidence, key=lambda e: -e.score)
    brand = next((e.brand for e in ranked if e.brand is not None), None)
    reasons = tuple(dict.fromkeys(e.detail for e in ranked))
    return Suggestion(vendor, round(sum(best.values()), 3), brand, reasons)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@functools.cache
def _word(name: str) -> re.Pattern[str]:
    """``name`` as whole words: not inside a longer word, any run of spaces between its words."""
    body = r"\s+".join(map(re.escape, name.split()))
    return re.compile(rf"(?<![0-9a-z]){body}(?![0-9a-z])", re.IGNORECASE)


@functools.cache
def _fuzzy(name: str) -> re.Pattern[str] | None:
    """``name``'s letters with optional gaps between them and OCR look-alikes for each."""
    letters = [c for c in name.casefold() if c.isalnum()]
    if len(letters) < LABEL_MIN_LETTERS:
        return None
    parts = [f"[{re.escape(_LOOKALIKES.get(c, c))}]" for c in letters]
    body = _LABEL_GAP.join(parts)
    return re.compile(rf"(?<![0-9a-z]){body}(?![0-9a-z])", re.IGNORECASE)
