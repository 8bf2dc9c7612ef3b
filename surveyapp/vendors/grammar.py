"""The model-number grammars of every vendor, compiled once into a matcher that tries them all.

A model family's pattern must match a whole *compact* model number (capitals and digits only).
Trying ~100 patterns one by one for every piece of text is slow in Python, so the matcher sorts the
families by the characters they can start with and joins each bucket into one regular expression
of optional lookaheads, ``(?:(?=(?:PATTERN)\\Z)()|)`` per family: a single ``match`` call then says,
through which empty groups took part, every family that fits. Most pieces of text fit no family
(a label's "MADEIN", "12VDC"), so each bucket also has a plain alternation of its patterns, tried
first: one failed match with no groups to read is the whole cost of such a piece, however many
families the catalogue holds. The patterns stay plain data.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from surveyapp.vendors.catalogue import ModelFamily, Vendor

_DIGITS = frozenset(string.digits)
_ALPHABET = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class FamilyRef:
    """A model family and the index of its vendor in the catalogue."""

    vendor: int
    family: ModelFamily


class GrammarIndex:
    """Every vendor's model families, ready to match compact candidates."""

    def __init__(self, vendors: Sequence[Vendor]) -> None:
        refs = [
            (FamilyRef(index, family), first_characters(family.pattern))
            for index, vendor in enumerate(vendors)
            for family in vendor.models
        ]
        # Per first character: the plain alternation, the lookahead regex and the families.
        # Compiled on first use: a CLI call or a form reads a few buckets, never all 36.
        self._sources: dict[str, tuple[str, str, tuple[FamilyRef, ...]]] = {}
        self._buckets: dict[
            str, tuple[re.Pattern[str], re.Pattern[str], tuple[FamilyRef, ...]]
        ] = {}
        for char in _ALPHABET:
            bucket = tuple(ref for ref, first in refs if first is None or char in first)
            if bucket:
                any_one = "|".join(f"(?:{ref.family.pattern})" for ref in bucket)
                body = "".join(f"(?:(?=(?:{ref.family.pattern})\\Z)()|)" for ref in bucket)
                self._sources[char] = (any_one, body, bucket)

    def matches(self, candidate: str) -> list[FamilyRef]:
        """The families whose pattern matches the whole compact ``candidate``."""
        first = candidate[:1]
        entry = self._buckets.get(first)
        if entry is None:
            source = self._sources.get(first)
            if source is None:
                return []
            any_one_source, body, refs_of = source
            entry = (re.compile(any_one_source), re.compile(body), refs_of)
            self._buckets[first] = entry
        any_one, regex, refs = entry
        if any_one.fullmatch(candidate) is None:  # the usual case: no family fits
            return []
        found = regex.match(candidate)
        if found is None:  # cannot happen (every part may match empty), but be safe
            return []
        return [ref for ref, group in zip(refs, found.groups(), strict=True) if group is not None]


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with; None when not sure (then: any).

    Understands what the catalogue's patterns start with: a literal capital or digit, ``\\d``,
    a simple class such as ``[CDMX]`` or ``[2-9]``, a ``(?:...)`` group and top-level ``|``.
    Anything else, or an optional first item, answers None, which is always safe.
    """
    chars: set[str] = set()
    for alternative in _split_alternatives(pattern):
        first = _first_of(alternative)
        if first is None:
            return None
        chars |= first
    return frozenset(chars)


def _outside_classes(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character not escaped or in a class."""
    depth = index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1


def _split_alternatives(pattern: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for index, char, depth in _outside_classes(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int | None:
    """The index of the ``)`` closing the group that opens ``pattern``."""
    for index, char, depth in _outside_classes(pattern):
        if char == ")" and depth == 0:
            return index
    return None


def _optional(rest: str) -> bool:
    return rest.startswith(("?", "*", "{0", "{,"))


def _first_of(alternative: str) -> frozenset[str] | None:
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        if end is None or _optional(alternative[end + 1 :]):
            return None
        return first_characters(alternative[3:end])
    if alternative.startswith("\\d"):
        chars: frozenset[str] | None = _DIGITS
        rest = alternative[2:]
    elif alternative.startswith("["):
        end = alternative.find("]", 1)
        if end < 0:
            return None
        chars = _class_characters(alternative[1:end])
        rest = alternative[end + 1 :]
    elif alternative[:1] and alternative[0] in _ALPHABET:
        chars = frozenset(alternative[0])
        rest = alternative[1:]
    else:
        return None
    if chars is None or _optional(rest):
        return None
    return chars


def _class_characters(body: str) -> frozenset[str] | None:
    chars: set[str] = set()
    index = 0
    while index < len(body):
        if body.startswith("\\d", index):
            chars |= _DIGITS
            index += 2
        elif index + 2 < len(body) and body[index + 1] == "-":
            low, high = body[index], body[index + 2]
            if low not in _ALPHABET or high not in _ALPHABET or low > high:
                return None
            chars |= {chr(code) for code in range(ord(low), ord(high) + 1)}
            index += 3
        elif body[index] in _ALPHABET:
            chars.add(body[index])
            index += 1
        else:
            return None  # negation, escapes, lower case: not sure
    return frozenset(chars)
