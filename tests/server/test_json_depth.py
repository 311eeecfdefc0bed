"""The depth check on a request's text agrees with the walk over its parsed values."""

from __future__ import annotations

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from server_stub.jsonio import nested_deeper_than, text_nested_deeper_than

# Strings full of brackets, quotes and escapes, so the text holds brackets that are no level.
texts = st.text(alphabet='[]{}"\\ab\n', max_size=8)
values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=60,
)


@settings(max_examples=400, deadline=None)
@given(value=values, limit=st.integers(0, 8))
def test_the_text_check_says_what_the_walk_says(value, limit):
    assert text_nested_deeper_than(orjson.dumps(value), limit) == nested_deeper_than(value, limit)


def test_a_deep_list_inside_a_string_is_no_depth():
    body = orjson.dumps({"data": {"note": "[" * 500 + "{" * 500}})
    assert not text_nested_deeper_than(body, 3)
    assert text_nested_deeper_than(orjson.dumps({"a": [[[{"b": []}]]]}), 5)
    assert not text_nested_deeper_than(orjson.dumps({"a": [[[{"b": []}]]]}), 6)
