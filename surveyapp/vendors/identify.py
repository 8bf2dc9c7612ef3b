"""Suggest the vendor of a camera from text the volunteer typed: a model number, a label, a brand.

Identification is a registry of small scored rules (STYLE.md rule 9). The text is read once into
a Query (tokens, their compact forms, and windows of up to four neighbouring tokens, so that
"DS 2CD2143 G0-I" and "ds2cd2143g0i" read alike; a window stops at ":", ";" or ",", so the
fields of a label do not run together; a dot between letters parts two words, as in
"No.DS-2CD…"); each rule looks at the Query and yields Findings for any vendor. A vendor's score
is the sum, over rules, of that rule's strongest finding, so one rule cannot outvote the others
by repetition. Rules are code; what they know (model grammars, names, brands) is catalogue data,
so adding a vendor needs no code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from surveyapp.i18n import translate
from surveyapp.vendors.catalogue import Catalogue, Vendor, compact, load_catalogue
from surveyapp.vendors.grammar import GrammarIndex

Confidence = Literal["strong", "likely", "weak"]

# What a model family match is worth, by the family's strength in the catalogue.
STRENGTH_SCORE = {"strong": 3.0, "likely": 2.0, "weak": 1.0}
BRAND_SCORE = 2.0
NAME_SCORE = 2.0
LABEL_SCORE = 1.5
STRONG_AT = 3.0  # a total at least this high is a strong suggestion …
LIKELY_AT = 2.0  # … at least this high a likely one; anything less is weak
LABEL_MIN_LETTERS = 4  # shorter names ("ZTE", "TVT") are too easy to find by accident: never
# fuzzy, and only as a whole token (the TruVision turret TVT-5601 is no TVT Digital camera)
WINDOW_TOKENS = 4  # a model number typed with spaces spans up to this many tokens
WINDOW_CHARS = 40
NAME_WORDS = 3  # the longest name or brand, in words ("Zhejiang Uniview" has two)

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_TOKEN = re.compile(r"[^\s,;:()\[\]{}/|\\\"'<>]+")
_WORD = re.compile(r"[0-9a-z]+")
_PIECE = re.compile(rf"({_TOKEN.pattern})|[:;,]")  # a token, or the end of a label's field
_LENS = re.compile(r"\d+(?:MM|MP)")
# A dot between letters ends a label's word: "Model No.DS-2CD2143G2-I" holds the model DS-2CD….
_WORD_DOT = re.compile(r"(?<=[A-Za-z])\.(?=[A-Za-z])")
_LENS_ENDS = ("MM", "MP")  # "(2.8mm)", "2.8-12mm", "4MP" say nothing about the maker
# Characters OCR confuses on housings, folded together: 0/O, 1/I/l/|, 5/S.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "L": "I", "|": "I", "5": "S"})
# Letters typed for digits in a model number copied off a label: O for 0 first, then I or l for
# 1 as well (tried only when O alone gives nothing: more letters read both ways, more readings).
_TYPED_FOR_DIGIT = ({"O": "0"}, {"O": "0", "I": "1", "L": "1"})
MAX_LOOKALIKES = 6  # letters read both ways in one window: at most 2**6 readings


class Evidence(NamedTuple):  # tuples, not dataclasses: a few are made for every text read
    """One rule's finding for one vendor: how strong, and what it saw."""

    rule: str
    score: float
    detail: str  # human-readable, e.g. "model family DS-2CD network camera"
    brand: str | None = None  # the catalogue brand the evidence names, if any
    family: str | None = None  # the model family, for model_family findings


class Finding(NamedTuple):
    """Evidence for the vendor at ``vendor`` in the catalogue."""

    vendor: int
    evidence: Evidence


@dataclass(frozen=True)
class Suggestion:
    """A vendor suggested for a text: total score, how sure, and the reasons behind it."""

    vendor: Vendor
    score: float
    brand: str | None  # the sub-brand or rebrand the text points to (e.g. "EZVIZ"), if any
    reasons: tuple[str, ...]
    confidence: Confidence = "weak"
    families: tuple[str, ...] = ()  # the model families that matched, best first


class Window(NamedTuple):  # a tuple: made ~10 times per text, it must be cheap
    """Neighbouring tokens ``start``..``end`` (inclusive) and their compact form."""

    start: int
    end: int
    compact: str


@dataclass(frozen=True)
class Query:
    """A text read once for every rule."""

    text: str
    tokens: tuple[str, ...]
    windows: tuple[Window, ...]
    words: tuple[str, ...]  # lower-case letters and digits, for names
    phrases: tuple[str, ...]  # runs of up to NAME_WORDS words, for names and brands

    def seen(self, window: Window) -> str:
        """The text a window covers, as typed (tokens joined by a space)."""
        return " ".join(self.tokens[window.start : window.end + 1])


@dataclass(frozen=True)
class Index:
    """A catalogue prepared for the rules: grammars compiled, names keyed by their words."""

    vendors: tuple[Vendor, ...]
    grammar: GrammarIndex
    names: dict[str, tuple[tuple[int, str], ...]]  # "flock safety" → ((vendor, name), …)
    brands: dict[str, tuple[tuple[int, str], ...]]  # "ezviz" → ((vendor, brand), …)
    labels: dict[str, tuple[tuple[int, str, str | None], ...]]  # look-alike compact → (…)
    order: dict[str, int]  # vendor slug → place in the catalogue
    label_lengths: frozenset[int] = frozenset()  # the lengths of the keys of ``labels``
    others: dict[str, str] = field(default_factory=dict)  # "nikon" → "Nikon": not camera makers


Rule = Callable[[Query, Index], Iterable[Finding]]


def normalise(text: str) -> str:
    """Unicode-normalise the text, unify dashes and collapse whitespace; case is kept."""
    if not text.isascii():  # ASCII is already NFKC and has no typographic dashes
        text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return " ".join(text.split())


def read(text: str) -> Query:
    """Tokens, windows and words of a text (see the module docstring)."""
    clean = normalise(text)
    tokens_list: list[str] = []
    stops: list[bool] = []  # whether a field or list separator follows the token
    split = _WORD_DOT.sub(" ", clean) if "." in clean else clean
    for piece in _PIECE.finditer(split):
        if piece.lastindex:
            tokens_list.append(piece.group(1))
            stops.append(False)
        elif stops:
            stops[-1] = True
    tokens = tuple(tokens_list)
    compacts = [compact(token) for token in tokens]
    lens = [c.endswith(_LENS_ENDS) and _LENS.fullmatch(c) is not None for c in compacts]
    windows: list[Window] = []
    for start, first in enumerate(compacts):
        if not first or lens[start]:
            continue
        joined = ""
        for end in range(start, min(len(tokens), start + WINDOW_TOKENS)):
            if lens[end]:
                break
            joined += compacts[end]
            if len(joined) > WINDOW_CHARS:
                break
            windows.append(Window(start, end, joined))
            if stops[end]:  # "S/N: B2266D6C…" is no SNB… model: a window stops at a field's end
                break
    windows += _spelled_out(tokens, compacts)
    words = tuple(_WORD.findall(clean.casefold()))
    phrases: list[str] = []
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + NAME_WORDS) + 1):
            phrases.append(" ".join(words[start:end]))
    return Query(clean, tokens, tuple(windows), words, tuple(phrases))


def _spelled_out(tokens: tuple[str, ...], compacts: list[str]) -> list[Window]:
    """Runs of single characters longer than a window ("H I K V I S I O N"), whole."""
    runs: list[Window] = []
    start = 0
    while start < len(tokens):
        end = start
        while end < len(tokens) and len(compacts[end]) == 1:
            end += 1
        if end - start > WINDOW_TOKENS:
            runs.append(Window(start, end - 1, "".join(compacts[start:end])))
        start = max(end, start + 1)
    return runs


def model_family(query: Query, index: Index) -> Iterator[Finding]:
    """The whole text, or neighbouring tokens of it, fit a vendor's model-number grammar."""
    seen: set[tuple[int, str]] = set()
    template = translate("vendors", "model family {family}")
    other = _other_maker(query, index)
    if other is not None:  # "Nikon D7500": the number is most likely the other maker's
        template = translate("vendors", "model family {family}, but {maker} makes other products")
    for window in query.windows:
        for ref in index.grammar.matches(window.compact):
            key = (ref.vendor, ref.family.family)
            if key in seen:
                continue
            seen.add(key)
            family = translate("families", ref.family.family)  # the catalogue's English
            detail = template.format(family=family, maker=other)
            score = STRENGTH_SCORE[ref.family.strength]
            if other is not None:
                score = min(score, STRENGTH_SCORE["weak"])
            evidence = Evidence("model_family", score, detail, ref.family.brand, ref.family.family)
            yield Finding(ref.vendor, evidence)


def _stands_alone(query: Query, key: str) -> bool:
    """A name of three letters or fewer counts only as a whole token: "TVT-5601" is no TVT."""
    if len(key) >= LABEL_MIN_LETTERS:
        return True
    wanted = key.upper()
    return any(compact(token) == wanted for token in query.tokens)


def _other_maker(query: Query, index: Index) -> str | None:
    """The name of a maker of other products (not surveillance cameras) the text holds, if any."""
    if not index.others or index.others.keys().isdisjoint(query.words):
        return None
    return next(index.others[word] for word in query.words if word in index.others)


def brand_alias(query: Query, index: Index) -> Iterator[Finding]:
    """A sub-brand, rebrand or OEM label of a vendor appears as a word (or words)."""
    for key in query.phrases:
        hits = index.brands.get(key, ())
        if hits and not _stands_alone(query, key):
            continue
        for vendor, brand in hits:
            detail = translate("vendors", "brand {brand} ({vendor})").format(
                brand=brand, vendor=index.vendors[vendor].name
            )
            yield Finding(vendor, Evidence("brand_alias", BRAND_SCORE, detail, brand))


def vendor_name(query: Query, index: Index) -> Iterator[Finding]:
    """A vendor's own name (or an alias such as a short or former name) appears as words."""
    longest: dict[int, str] = {}  # "Flock Safety" and "Flock" are one clue: keep the longer
    for key in query.phrases:
        hits = index.names.get(key, ())
        if hits and not _stands_alone(query, key):
            continue
        for vendor, name in hits:
            if len(name) > len(longest.get(vendor, "")):
                longest[vendor] = name
    for vendor, name in longest.items():
        detail = translate("vendors", "name {name}").format(name=name)
        yield Finding(vendor, Evidence("vendor_name", NAME_SCORE, detail))


def label_text(query: Query, index: Index) -> Iterator[Finding]:
    """A label read off the housing, spelt with gaps or OCR look-alikes ("HIK-VISION", "AX1S").

    Exact spellings are left to the name and brand rules, so one word is not counted twice.
    """
    for window in query.windows:
        if len(window.compact) not in index.label_lengths:
            continue  # most windows are model numbers, longer than any name
        for vendor, label, brand in index.labels.get(window.compact.translate(_LOOKALIKES), ()):
            seen = query.seen(window)
            if _WORD.findall(seen.casefold()) == _WORD.findall(label.casefold()):
                continue  # written as the name itself: vendor_name / brand_alias found it
            owner = label if brand is None else f"{label} ({index.vendors[vendor].name})"
            detail = translate("vendors", "label {seen} reads {owner}").format(
                seen=repr(seen), owner=owner
            )
            yield Finding(vendor, Evidence("label_text", LABEL_SCORE, detail, brand))


RULES: tuple[Rule, ...] = (model_family, brand_alias, vendor_name, label_text)


def digits_for_letters(query: Query, index: Index) -> list[Finding]:
    """A model number typed with the letter O for the digit 0 ("M3O44-WV"), or I or l for 1,
    read as the number.

    Asked only when no rule found anything in the text as typed. A window whose letters O, read
    as 0 (each one either way), fit a *strong* family of one vendor gives that family at
    *likely*, naming the number as read; only when no reading fits, I and L are read as 1 too.
    Readings that fit strong families of two vendors are ambiguous and give nothing, as do
    weaker families: never a guess where none was given.
    """
    for letters in _TYPED_FOR_DIGIT:
        found = _read_as_digits(query, index, letters)
        if found:
            if len(found) > 1:
                return []
            ((vendor, evidence),) = found.items()
            return [Finding(vendor, evidence)]
    return []


def _read_as_digits(query: Query, index: Index, letters: dict[str, str]) -> dict[int, Evidence]:
    """The first strong family each vendor's readings fit, by vendor."""
    found: dict[int, Evidence] = {}
    template = translate("vendors", "model family {family}, read as {model}")
    other = _other_maker(query, index)
    if other is not None:
        template = translate(
            "vendors", "model family {family}, read as {model}, but {maker} makes other products"
        )
    for window in query.windows:
        for reading in _readings(window.compact, letters):
            for ref in index.grammar.matches(reading):
                if ref.family.strength != "strong" or ref.vendor in found:
                    continue
                detail = template.format(
                    family=translate("families", ref.family.family),
                    model=_as_read(query.seen(window), reading),
                    maker=other,
                )
                score = STRENGTH_SCORE["weak" if other is not None else "likely"]
                found[ref.vendor] = Evidence(
                    "model_family", score, detail, ref.family.brand, ref.family.family
                )
    return found


def _readings(candidate: str, letters: dict[str, str]) -> list[str]:
    """``candidate`` with some of its look-alike ``letters`` read as digits, each such digit in a
    number that holds a digit as typed ("M3O44" is M3044, "LCHOR" no 1CH0R), likeliest first:
    fewest digits read at a number's edge ("ANE-L70l2L" is ANE-L7012L, not ANE-17012L), then
    fewest letters changed."""
    places = [i for i, char in enumerate(candidate) if char in letters]
    if not places or len(places) > MAX_LOOKALIKES:
        return []
    ranked: list[tuple[int, int, str]] = []
    for mask in range(1, 1 << len(places)):
        chars = list(candidate)
        changed = [place for bit, place in enumerate(places) if mask >> bit & 1]
        for place in changed:
            chars[place] = letters[chars[place]]
        reading = "".join(chars)
        if all(_among_digits(reading, place, changed) for place in changed):
            edges = sum(not _between_digits(reading, place) for place in changed)
            ranked.append((edges, len(changed), reading))
    return [reading for *_, reading in sorted(ranked)]


def _among_digits(reading: str, place: int, changed: list[int]) -> bool:
    """Whether the digit read at ``place`` is in a number that holds a digit as typed."""
    for step in (-1, 1):
        at = place + step
        while 0 <= at < len(reading) and reading[at].isdigit():
            if at not in changed:
                return True
            at += step
    return False


def _between_digits(reading: str, place: int) -> bool:
    return 0 < place < len(reading) - 1 and (reading[place - 1] + reading[place + 1]).isdigit()


def _as_read(seen: str, reading: str) -> str:
    """The text as typed with the digits the reading put in: "m3o44-wv" → "m3044-wv"."""
    out: list[str] = []
    place = 0
    for char in seen:
        width = len(compact(char))
        if width == 1 and place < len(reading) and compact(char) != reading[place]:
            out.append(reading[place])
        else:
            out.append(char)
        place += width
    return "".join(out)


def identify(text: str, catalogue: Catalogue | None = None) -> list[Suggestion]:
    """Vendors the text points to, best first; an empty list means "vendor unknown".

    Equal scores rank FCC Covered List vendors first: missing one costs more than a second look.
    """
    query = read(text)
    if not query.tokens:
        return []
    return rank(query, prepare(catalogue if catalogue is not None else load_catalogue()))


def rank(query: Query, index: Index) -> list[Suggestion]:
    """Run every rule on a read text and rank the vendors they found (see :func:`identify`)."""
    found: dict[int, list[Evidence]] = {}
    for rule in RULES:
        for finding in rule(query, index):
            found.setdefault(finding.vendor, []).append(finding.evidence)
    if not found:
        for finding in digits_for_letters(query, index):
            found.setdefault(finding.vendor, []).append(finding.evidence)
    suggestions = [_suggestion(index.vendors[i], evidence) for i, evidence in found.items()]
    return sorted(
        suggestions, key=lambda s: (-s.score, not s.vendor.covered, index.order[s.vendor.slug])
    )


def describe(suggestion: Suggestion) -> str:
    """One line for people: "Huawei — strong: model family …; name Huawei"."""
    return translate("vendors", "{vendor} — {confidence}: {reasons}").format(
        vendor=suggestion.vendor.name,
        confidence=confidence_label(suggestion.confidence),
        reasons="; ".join(suggestion.reasons),
    )


def confidence_label(confidence: Confidence) -> str:
    """The confidence word in the reader's language."""
    labels = {
        "strong": translate("vendors", "strong"),
        "likely": translate("vendors", "likely"),
        "weak": translate("vendors", "weak"),
    }
    return labels[confidence]


def _confidence(score: float) -> Confidence:
    return "strong" if score >= STRONG_AT else "likely" if score >= LIKELY_AT else "weak"


def _suggestion(vendor: Vendor, evidence: list[Evidence]) -> Suggestion:
    if len(evidence) == 1:  # the usual case, made quickly
        only = evidence[0]
        families = () if only.family is None else (only.family,)
        return Suggestion(
            vendor, only.score, only.brand, (only.detail,), _confidence(only.score), families
        )
    best: dict[str, float] = {}
    for item in evidence:
        best[item.rule] = max(best.get(item.rule, 0.0), item.score)
    score = round(sum(best.values()), 3)
    ranked = sorted(evidence, key=lambda e: (-e.score, RULES_ORDER[e.rule]))
    by_rule = sorted(evidence, key=lambda e: (BRAND_ORDER[e.rule], -e.score))
    brand = next((e.brand for e in by_rule if e.brand is not None), None)
    ranked_family = next((e.family for e in ranked if e.family is not None), None)
    confidence = _confidence(score)
    return Suggestion(
        vendor=vendor,
        score=score,
        brand=brand,
        # The best model family speaks for the vendor; the generic ones it also fits are noise.
        reasons=tuple(
            dict.fromkeys(
                e.detail for e in ranked if e.rule != "model_family" or e.family == ranked_family
            )
        ),
        confidence=confidence,
        families=tuple(e.family for e in ranked if e.family is not None),
    )


RULES_ORDER = {rule.__name__: i for i, rule in enumerate(RULES)}
# Whose brand wins when findings disagree: a brand word the volunteer read beats a grammar's.
BRAND_ORDER = {"brand_alias": 0, "label_text": 1, "model_family": 2, "vendor_name": 3}


_prepared: dict[int, tuple[Catalogue, Index]] = {}


def prepare(catalogue: Catalogue) -> Index:
    """The catalogue's Index, built once per catalogue (grammars compile once)."""
    cached = _prepared.get(id(catalogue))
    if cached is not None and cached[0] is catalogue:
        return cached[1]
    index = _build(catalogue)
    if len(_prepared) > 8:  # tests build small catalogues; keep the cache bounded
        _prepared.clear()
    _prepared[id(catalogue)] = (catalogue, index)  # holding the catalogue pins its id
    return index


def _build(catalogue: Catalogue) -> Index:
    names: dict[str, list[tuple[int, str]]] = {}
    brands: dict[str, list[tuple[int, str]]] = {}
    labels: dict[str, list[tuple[int, str, str | None]]] = {}
    for i, vendor in enumerate(catalogue.vendors):
        own = sorted(vendor.names, key=len, reverse=True)
        for name in own:
            key = " ".join(_WORD.findall(name.casefold()))
            names.setdefault(key, []).append((i, name))
        for brand in vendor.brands:
            key = " ".join(_WORD.findall(brand.name.casefold()))
            brands.setdefault(key, []).append((i, brand.name))
        labels_of: list[tuple[str, str | None]] = [(name, None) for name in own]
        labels_of += [(brand.name, brand.name) for brand in vendor.brands]
        for label, brand_name in labels_of:
            letters = compact(label)
            if len(letters) >= LABEL_MIN_LETTERS:
                labels.setdefault(letters.translate(_LOOKALIKES), []).append((i, label, brand_name))
    return Index(
        vendors=catalogue.vendors,
        grammar=GrammarIndex(catalogue.vendors),
        names={key: _first_per_vendor(value) for key, value in names.items()},
        brands={key: tuple(value) for key, value in brands.items()},
        labels={key: _first_label_per_vendor(value) for key, value in labels.items()},
        order={vendor.slug: i for i, vendor in enumerate(catalogue.vendors)},
        label_lengths=frozenset(map(len, labels)),
        others={other.name.casefold(): other.name for other in catalogue.other_makers},
    )


def _first_per_vendor(items: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    return tuple({vendor: (vendor, name) for vendor, name in reversed(items)}.values())


def _first_label_per_vendor(
    items: list[tuple[int, str, str | None]],
) -> tuple[tuple[int, str, str | None], ...]:
    return tuple({item[0]: item for item in reversed(items)}.values())
