"""Counting a push's mutations while its body arrives, without parsing it.

A push holds at most MAX_BATCH mutations. A body of 10,000 of them must be refused when the
101st begins, not after reading and parsing megabytes of items that will never be applied: the
counter below follows the body's nesting as each chunk arrives and counts the values of the
list at depth 2 (``{"mutations": [item, item, ...]}``: a body with any other list at that depth
is refused anyway). Strings are skipped whole, a value whose nesting is shallow (a mutation is
three levels deep: item, fields, extra tags) is skipped by one regular expression in C, and a
string cut by a chunk's end is resumed where it stopped, so the work is about one step per item
and never a second scan of the same bytes.

The counter only ever says "too many": it gives up (and the parser has the last word) when the
body is not JSON in the shape of a push, or would cost it more than ``MAX_STEPS`` steps.
"""

from __future__ import annotations

import re

MAX_STEPS = 50_000  # far beyond a valid push of 100 mutations (a few hundred steps)

_STRING = rb'"(?:[^"\\]++|\\.)*+"'
_FLAT = rb'(?:[^\[\]{}"]++|' + _STRING + rb")*+"  # text and strings, no nesting


def _balanced(levels: int) -> bytes:
    """A list or object nested at most ``levels`` deep, matched atomically (no backtracking)."""
    inner = _FLAT
    for _ in range(levels):
        value = rb"(?>\[" + inner + rb"\]|\{" + inner + rb"\})"
        inner = rb"(?:[^\[\]{}\"]++|" + _STRING + rb"|" + value + rb")*+"
    return rb"(?>\[" + inner + rb"\]|\{" + inner + rb"\})"


_SKIP_DEEP = re.compile(rb"(?:[^\[\]{}\"]++|" + _STRING + rb"|" + _balanced(4) + rb")*+", re.S)
_SKIP_FLAT = re.compile(_FLAT, re.S)
_SKIP_ITEMS = re.compile(rb'[^\[\]{}",]*+')  # inside the list: up to a comma or a value
_VALUE = re.compile(_balanced(4), re.S)
_SCALAR = re.compile(rb"[^\s]")
_STRING_REST = re.compile(rb'(?:[^"\\]++|\\.)*+', re.S)
_OPENERS = re.compile(rb"[\[{]++")
_CLOSERS = re.compile(rb"[\]}]++")
ITEMS_DEPTH = 2


class ItemCounter:
    """Feed it the body as it grows; ``items`` is the number of list values seen at depth 2."""

    def __init__(self) -> None:
        self.pos = 0  # bytes of the body already followed
        self.depth = 0
        self.in_string = False
        self.commas = 0  # separators of the mutation list so far
        self.started = False  # the mutation list holds a first value
        self.steps = 0
        self.gave_up = False

    @property
    def items(self) -> int:
        """Values of the mutation list begun so far."""
        return self.commas + 1 if self.started or self.commas else 0

    def feed(self, body: bytes | bytearray) -> int:
        """Follow the body up to its current end; the number of items begun so far."""
        end = len(body)
        while self.pos < end and not self.gave_up:
            self.steps += 1
            if self.steps > MAX_STEPS or self.depth < 0:
                self.gave_up = True
                break
            if self.in_string:
                stop = _STRING_REST.match(body, self.pos).end()  # type: ignore[union-attr]
                if stop >= end or (body[stop] == 0x5C and stop + 1 >= end):  # "\" cut off
                    self.pos = stop
                    break
                self.pos, self.in_string = stop + 1, False  # past the closing quote
                continue
            if self.depth == ITEMS_DEPTH:
                self._in_list(body)
                continue
            skip = _SKIP_DEEP if self.depth > ITEMS_DEPTH else _SKIP_FLAT
            self.pos = skip.match(body, self.pos).end()  # type: ignore[union-attr]
            if self.pos >= end:
                break
            self._structure(body)
        return self.items

    def _in_list(self, body: bytes | bytearray) -> None:
        start = self.pos
        self.pos = _SKIP_ITEMS.match(body, self.pos).end()  # type: ignore[union-attr]
        if not self.started and _SCALAR.search(body, start, self.pos):  # a number, null, ...
            self.started = True
        if self.pos >= len(body):
            return
        char = body[self.pos]
        if char == ord(","):
            self.commas += 1
            self.pos += 1
            return
        if char in b'[{"':
            self.started = True
            whole = _VALUE.match(body, self.pos) if char != ord('"') else None
            if whole is not None:
                self.pos = whole.end()
                return
        elif char not in b"]}":
            return
        self._structure(body)

    def _structure(self, body: bytes | bytearray) -> None:
        """One step at a quote, or a run of openers or closers."""
        char = body[self.pos]
        if char == ord('"'):
            self.in_string = True
            self.pos += 1
            if self.depth == ITEMS_DEPTH:
                self.started = True
            return
        if char in b"[{":
            if self.depth == ITEMS_DEPTH - 1:  # the mutation list itself opens: one level
                self.depth += 1
                self.pos += 1
                return
            run = _OPENERS.match(body, self.pos).end()  # type: ignore[union-attr]
            self.depth += run - self.pos
        else:
            run = _CLOSERS.match(body, self.pos).end()  # type: ignore[union-attr]
            passed = run - self.pos
            if self.depth > ITEMS_DEPTH >= self.depth - passed:  # back out past the list
                run = self.pos + self.depth - ITEMS_DEPTH
                passed = self.depth - ITEMS_DEPTH
            self.depth -= passed
        self.pos = run
