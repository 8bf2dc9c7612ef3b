"""Vendor identification benchmark: model strings identified per second.

    python3 -m benchmarks.bench_vendors [--count 100000] [--labels 10000] [--runs 3] [--seed 15]

Builds ``--count`` distinct model strings from the real model numbers of the table test
(``tests/vendors/models.csv``, 453 models of 21 vendors), typed the ways volunteers type them:
as written, lower or upper case, dashes dropped, replaced by spaces or doubled, a lens size after
it ("(2.8mm)", "4mm", "[2.8-12mm]"), the brand or maker's name or "Model:" before it (not
timed). Then, in one run:

1. **First call**: reading the catalogue, preparing its index and identifying one model number
   (the grammars that can start with its first character compile on first use; a fresh process
   pays this once per first character; the app and the CLI keep the result).
2. **identify()** on all the strings, ``--runs`` times; the best and the median rate by the wall
   clock are shown, and the best by CPU time (the machine's load average is printed: on busy
   cores the wall clock says more about the neighbours than about the code).
   **Target: >= 20,000 strings/s.**
3. The yardsticks, on the same strings: reading them only (``read``: normalising, tokens,
   windows; the floor every rule shares), and identification with the grammar index replaced by
   trying each of the ~100 family regexes in turn on every window (what the index saves).
4. ``--labels`` texts read off a label with other words around the model ("Model: … S/N: …
   Made in China"), which have more windows to try.

Then checks the answers: the top-1 vendor is the table's for >= 97 % of the strings and no model
of an FCC Covered List vendor is attributed to another vendor or to none. The exit status is 1
when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from surveyapp.vendors import Catalogue, Suggestion, identify, load_catalogue  # noqa: E402
from surveyapp.vendors.catalogue import Vendor  # noqa: E402
from surveyapp.vendors.grammar import FamilyRef, GrammarIndex  # noqa: E402
from surveyapp.vendors.identify import prepare, rank, read  # noqa: E402

TARGET = 20_000  # strings/s
ACCURACY = 0.97
TABLE = Path(__file__).resolve().parent.parent / "tests" / "vendors" / "models.csv"
CASES: tuple[Callable[[str], str], ...] = (str, str.lower, str.upper)
DASHES = ("-", "", " ", "--")
FOCAL = ("2.8", "3.6", "4", "6", "8", "12", "2.8-12", "2.7-13.5")
LENSES = ("", *(form.format(mm) for mm in FOCAL for form in (" ({}mm)", " {}mm", " [{}mm]")))


def table() -> list[tuple[str, str, str]]:
    """(model, vendor slug, brand or maker's name) for each row of the table test."""
    catalogue = load_catalogue()
    lines = (line for line in TABLE.read_text("utf-8").splitlines() if not line.startswith("#"))
    return [
        (row["text"], row["vendor"], row["brand"] or catalogue.by_slug(row["vendor"]).name)
        for row in csv.DictReader(lines)
    ]


def model_strings(count: int, seed: int) -> list[tuple[str, str]]:
    """``count`` distinct (typed model string, vendor slug), drawn at random from the variants."""
    rows = table()
    rng = random.Random(seed)
    seen: dict[str, str] = {}
    possible = len(rows) * len(CASES) * len(DASHES) * len(LENSES) * 4
    if count > possible // 2:
        raise SystemExit(f"--count {count}: at most {possible // 2} distinct strings")
    while len(seen) < count:
        model, vendor, name = rng.choice(rows)
        text = rng.choice(CASES)(model.replace("-", rng.choice(DASHES))) + rng.choice(LENSES)
        prefix = rng.choice(("", name, "Model:", "model"))
        seen.setdefault(f"{prefix} {text}".strip(), vendor)
    return list(seen.items())


def label_texts(count: int, seed: int) -> list[tuple[str, str]]:
    """Texts read off a label: the model among other words."""
    rows = table()
    rng = random.Random(seed + 1)
    texts = []
    for _ in range(count):
        model, vendor, _prefix = rng.choice(rows)
        serial = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        texts.append((f"Model: {model}  S/N: {serial}  12V DC  Made in China", vendor))
    return texts


class EachFamilyInTurn(GrammarIndex):
    """The yardstick: every family's compiled regex tried on a candidate, one after another."""

    def __init__(self, vendors: Sequence[Vendor]) -> None:
        super().__init__(vendors)
        self._all = [
            (re.compile(family.pattern), FamilyRef(i, family))
            for i, vendor in enumerate(vendors)
            for family in vendor.models
        ]

    def matches(self, candidate: str) -> list[FamilyRef]:
        return [ref for regex, ref in self._all if regex.fullmatch(candidate)]


def rate(
    texts: Sequence[str], work: Callable[[str], object], runs: int
) -> tuple[float, float, float]:
    """Best and median strings/s of ``work`` over ``texts`` (wall clock), and the best by CPU
    time (what the code costs when other processes share the cores)."""
    rates, cpu_rates = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            work(text)
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu_rates.append(len(texts) / (time.process_time() - cpu))
    return max(rates), statistics.median(rates), max(cpu_rates)


def check(
    pairs: Sequence[tuple[str, str]], answers: Sequence[list[Suggestion]], catalogue: Catalogue
) -> tuple[float, list[tuple[str, str, str | None]]]:
    """Top-1 accuracy and the Covered List models attributed elsewhere (text, truth, answer)."""
    right = 0
    covered_misses = []
    for (text, truth), answer in zip(pairs, answers, strict=True):
        top = answer[0].vendor.slug if answer else None
        right += top == truth
        if top != truth and catalogue.by_slug(truth).covered:
            covered_misses.append((text, truth, top))
    return right / len(pairs), covered_misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--labels", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    catalogue = load_catalogue()
    index = prepare(catalogue)
    rank(read("DS-2CD2143G2-I"), index)
    first = time.perf_counter() - started
    families = sum(len(v.models) for v in catalogue.vendors)
    print(
        f"first call: catalogue of {families} model families read, one model identified: "
        f"{first * 1000:.1f} ms"
    )

    pairs = model_strings(args.count, args.seed)
    texts = [text for text, _vendor in pairs]
    print(f"{len(texts):,} distinct model strings, e.g. {texts[0]!r}, {texts[1]!r}")

    load = os.getloadavg()[0]
    print(f"load average {load:.2f} on {os.cpu_count()} cores (busy cores slow the wall clock)")
    best, median, cpu = rate(texts, identify, args.runs)
    verdict = "met" if best >= TARGET else "NOT met"
    print(f"identify():                 {best:9,.0f}/s best, {median:9,.0f}/s median, "
          f"{cpu:9,.0f}/s by CPU time ({1e6 / best:.1f} µs each; "
          f"target >= {TARGET:,}/s: {verdict})")  # fmt: skip
    floor, _, floor_cpu = rate(texts, read, args.runs)
    print(f"read() only (the floor):    {floor:9,.0f}/s best, {floor_cpu:9,.0f}/s by CPU time")
    naive = replace(index, grammar=EachFamilyInTurn(catalogue.vendors))
    slow, _, slow_cpu = rate(texts, lambda text: rank(read(text), naive), args.runs)
    print(f"each family regex in turn:  {slow:9,.0f}/s best, {slow_cpu:9,.0f}/s by CPU time "
          f"(the index is {cpu / slow_cpu:.1f}× faster)")  # fmt: skip

    labels = label_texts(args.labels, args.seed)
    label_best, _, label_cpu = rate([text for text, _vendor in labels], identify, args.runs)
    print(f"label text ({len(labels):,}):         {label_best:9,.0f}/s best, "
          f"{label_cpu:9,.0f}/s by CPU time, e.g. {labels[0][0]!r}")  # fmt: skip

    failed = False
    for name, sample in (("model strings", pairs), ("label texts", labels)):
        answers = [identify(text) for text, _vendor in sample]
        accuracy, misses = check(sample, answers, catalogue)
        print(f"{name}: top-1 right {accuracy:.2%}; Covered List models missed: {len(misses)}")
        for text, truth, top in misses[:10]:
            print(f"  {text!r}: {truth} expected, got {top or 'none'}")
        failed |= accuracy < ACCURACY or bool(misses)
    # The yardstick must agree with the index, or the comparison means nothing.
    if any(rank(read(t), naive) != identify(t) for t in texts[:2000]):
        print("each-family-in-turn answers differ from the index's")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
