"""Sentences of a body whose quotes are masked, and small token tests the readers share."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kabar.quotes.lexicon import adverbs, not_verbs
from kabar.quotes.marks import QuotedSpan
from kabar.quotes.names import Tok
from kabar.text import split_masked_sentences

_MASK = "_"
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the masked body: its span, paragraph and tokens."""

    start: int
    end: int
    paragraph: int
    toks: tuple[Tok, ...]


def mask_quotes(body: str, spans: Sequence[QuotedSpan]) -> str:
    """Blank out quoted text so that sentence splitting and parsing see quotes as one unit."""
    chars = list(body)
    for span in spans:
        if span.single:
            continue
        last = span.end - 1 if body[span.end - 1] in ".!?…" else span.end
        for i in range(span.start, last):
            chars[i] = _MASK
    return "".join(chars)


def split_sentences(masked: str, toks: Sequence[Tok]) -> tuple[Sentence, ...]:
    """Split the masked body into sentences, paragraph by paragraph."""
    starts = [t.start for t in toks]
    found: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH.finditer(masked)):
        p_start, p_end = para.start(), para.end()
        if not para.group().strip():
            continue
        for s, e in split_masked_sentences(masked, p_start, p_end):
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            if hi > lo:
                found.append(Sentence(s, e, p_index, tuple(toks[lo:hi])))
    return tuple(found)


def is_word(tok: Tok) -> bool:
    """Tell whether a token is a word (not punctuation or a quotation mark)."""
    return tok.text[0].isalnum()


def drop_trailing_group(toks: Sequence[Tok]) -> Sequence[Tok]:
    """Drop a closing "(end)", "(ANT)" or "(T.K010/R010)" credit from a right context."""
    if toks and toks[0].text == "(" and any(t.text == ")" for t in toks):
        close = max(k for k, t in enumerate(toks) if t.text == ")")
        if all(not is_word(t) for t in toks[close + 1 :]):
            return ()
    return toks


def verbish(tok: Tok) -> bool:
    """Tell whether a lower-case token can be the verb (or an adverb) after a subject."""
    return (
        is_word(tok)
        and not tok.cap
        and tok.low not in not_verbs()
        and (len(tok.text) > 2 or tok.low in adverbs())
    )
