"""Cleaning takes time linear in the size of the article, whatever its shape.

Each input below once took time quadratic in its length (a one-word line in the headline
test, a line of stacked datelines cut one at a time): at these sizes the quadratic versions
ran for hours, the linear ones for about a second, so the bounds leave room for a busy
machine without letting a quadratic version pass.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from kabar.clean import clean, cut_dateline, is_headline
from kabar.models import RawDocument

STORY = "Banjir merendam ratusan rumah warga di tepi sungai sejak Minggu malam."
SHAPES = {
    "one word": "a" * 1_000_000,
    "Kata, repeated": '"Kata, ' * 40_000,
    "stacked datelines": "JAKARTA - " * 40_000 + STORY,
    "digits and words": "Ab1-" * 250_000,
}
BOUND_SECONDS = 30.0


def seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def test_a_long_one_word_line_is_no_headline_and_decided_fast() -> None:
    line = "a" * 1_000_000
    assert seconds(lambda: is_headline(line)) < 2.0
    assert not is_headline(line)


@pytest.mark.parametrize("shape", SHAPES)
def test_long_articles_clean_in_bounded_time(shape: str) -> None:
    raw = RawDocument(source=f"{shape}.txt", text=SHAPES[shape], format="text", title="Judul")
    assert seconds(lambda: clean(raw)) < BOUND_SECONDS


def test_a_line_of_datelines_is_not_cut_and_cleaning_again_agrees() -> None:
    paragraph = "JAKARTA - " * 50 + STORY
    assert cut_dateline(paragraph) == (None, paragraph)
    raw = RawDocument(source="a.txt", text=paragraph, format="text", title="Judul")
    once = clean(raw)
    again = clean(RawDocument(source="a.txt", text=once.body, format="text", title="Judul"))
    assert again.body == once.body


def test_two_stacked_datelines_are_still_cut() -> None:
    prefix, rest = cut_dateline("REPUBLIKA.CO.ID, JAKARTA -- Jakarta - " + STORY)
    assert rest == STORY
    assert prefix is not None and prefix.startswith("REPUBLIKA.CO.ID")
