"""holds_any answers what np.isin(rows, terms).any(axis=1) answers, by either of its ways."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from kabar.stories.events import DIRECT_COMPARE_TERMS, holds_any

# Term ids as the story index keeps them: -1 for an empty slot, small ids so rows share some.
_IDS = st.integers(min_value=-1, max_value=40)


@given(
    st.lists(st.lists(_IDS, min_size=4, max_size=4), min_size=0, max_size=6),
    st.lists(_IDS, min_size=0, max_size=DIRECT_COMPARE_TERMS + 8),
)
def test_holds_any_is_isin_any(rows: list[list[int]], terms: list[int]) -> None:
    table = np.array(rows, dtype=np.int32).reshape(len(rows), 4)
    wanted = np.array(terms, dtype=np.int32)
    found = holds_any(table, wanted)
    assert found.dtype == bool
    assert found.tolist() == np.isin(table, wanted).any(axis=1).tolist()


def test_holds_any_by_comparison_and_by_isin() -> None:
    table = np.array([[3, 5, -1], [7, -1, -1], [-1, -1, -1]], dtype=np.int32)
    few = np.array([5, 9], dtype=np.int32)
    many = np.arange(100, 100 + DIRECT_COMPARE_TERMS + 1, dtype=np.int32)
    many[-1] = 7
    assert holds_any(table, few).tolist() == [True, False, False]
    assert holds_any(table, many).tolist() == [False, True, False]
    assert holds_any(table, np.zeros(0, dtype=np.int32)).tolist() == [False, False, False]
