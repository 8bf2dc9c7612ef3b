"""The push body's item counter agrees with a JSON parser on every body, however it is cut."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from surveyapp.server.pushbody import ItemCounter

TEXT = st.text(alphabet=st.sampled_from('ab"\\[]{},:\n\u00e9\u202e'), max_size=12)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(VALUES, max_size=130), cuts=st.lists(st.integers(1, 50), max_size=40))
def test_the_counter_counts_the_items_a_parser_reads(items: list[Any], cuts: list[int]) -> None:
    body = json.dumps({"mutations": items}, ensure_ascii=False).encode()
    counter, end = ItemCounter(), 0
    for cut in cuts:  # the body as it arrives, in pieces of any size
        end += cut
        assert counter.feed(body[:end]) <= len(items)
    assert counter.feed(body) == len(items)
    assert not counter.gave_up and counter.depth == 0


def test_deep_nesting_costs_one_step_per_run_of_brackets() -> None:
    deep = '{"mutations": [{"fields": {"notes": ' + "[" * 1000 + "]" * 1000 + "}}, 1]}"
    counter = ItemCounter()
    assert counter.feed(deep.encode()) == 2
    assert counter.steps < 20
