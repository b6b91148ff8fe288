"""The work of attributing quotes grows with the body, not with the body times its quotes.

Counted, not timed: each quote is read with the tokens before it in its sentence, and a
sentence of many quotes (a page of quotation marks, a list of titles) must not hand each of
them the same long run of earlier tokens again.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from kabar.quotes import extract_quotes
from kabar.text import quote_tokenize

# The module (the package's ``attribute`` is its function of the same name).
attribute = importlib.import_module("kabar.quotes.attribute")


def _left_tokens_read(body: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Return the tokens handed to the quotes as their left context in all, and the quotes."""
    read: list[int] = []
    real = attribute._quote

    def counting(at: Any, span: Any, left: list[Any], *rest: Any) -> Any:
        read.append(len(left))
        return real(at, span, left, *rest)

    monkeypatch.setattr(attribute, "_quote", counting)
    extract_quotes(body)
    return sum(read), len(read)


@pytest.mark.parametrize(
    "unit",
    [
        '"Kata, ',  # every mark opens a quote that never closes
        '"Rumah", ',  # closed quotes, one after another in one sentence
        'lagu "Senja" dan ',  # titles with words between them
    ],
)
def test_a_sentence_of_many_quotes_reads_each_token_a_bounded_number_of_times(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_tokens, small_quotes = _left_tokens_read(unit * 100, monkeypatch)
    large_tokens, large_quotes = _left_tokens_read(unit * 800, monkeypatch)
    assert large_quotes >= 8 * small_quotes * 0.9  # the quotes themselves are all read
    # Each quote reads at most the tokens of MAX_LEFT_QUOTES quotes before it: a bound per
    # quote that does not grow with the sentence (reading back to the sentence's start, or
    # MAX_LEFT_TOKENS back, would be about 150 or 300 tokens per quote here).
    per_quote = (attribute.MAX_LEFT_QUOTES + 1) * len(quote_tokenize(unit))
    assert large_tokens <= per_quote * large_quotes
    assert large_tokens / large_quotes <= 1.2 * small_tokens / small_quotes


@pytest.mark.parametrize("count", [4, 12])
def test_a_list_of_partial_quotes_keeps_the_speaker_named_at_its_start(count: int) -> None:
    quoted = ", ".join(f'"tahap {n} yang sulit"' for n in range(count))
    quotes = extract_quotes(f"Budi Santoso menyebut proyek itu {quoted}.")
    assert [q.speaker for q in quotes] == ["Budi Santoso"] * count
