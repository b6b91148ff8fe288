"""Packed story records of the stored link state: records saved by an earlier kabar still load."""

from __future__ import annotations

import numpy as np

from kabar.store import link_tables
from kabar.store.link_tables import STORY_DTYPE, unpack_stories


def test_a_record_saved_before_headline_subjects_loads_with_none() -> None:
    earlier = np.zeros(1, dtype=link_tables._EARLIER_DTYPE)
    earlier["best_rows"] = 7
    earlier["story_actors"] = 42
    current = np.zeros(1, dtype=STORY_DTYPE)
    current["best_rows"] = 3
    current["story_subjects"] = 9
    records = unpack_stories([earlier.tobytes(), current.tobytes()])
    assert records["best_rows"].tolist() == [7, 3]
    assert (records["story_actors"][0] == 42).all()
    assert (records["story_subjects"][0] == -1).all()  # none kept then
    assert (records["story_subjects"][1] == 9).all()
    assert len(unpack_stories([])) == 0
