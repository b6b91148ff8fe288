"""Sentences of a body whose quotes are masked, and small token tests the readers share."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kabar.quotes.lexicon import ADVERBS
from kabar.quotes.marks import QuotedSpan
from kabar.quotes.names import Tok

# Lower-case words that cannot follow a subject as its verb; by hand.
NOT_VERB = frozenset(
    "dan yang di ke dari untuk dengan atau serta pada dalam itu ini tersebut oleh bagi "
    "kepada para sang si".split()
)
_MASK = "_"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’'»]*\s+(?=[\"“”‘'«(\[_]*[A-Z0-9_])")
# Abbreviations whose period ends no sentence (titles, "Dt." of Minang names, "Moh.").
_ABBREVIATIONS = frozenset(
    "dr drs ir prof h hj st jl no sdr bpk ny tn mr mrs ms jr sr dkk dt moh muh abd kh drg "
    "dra".split()
)
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the masked body: its span, paragraph and tokens."""

    start: int
    end: int
    paragraph: int
    toks: list[Tok]


def mask_quotes(body: str, spans: list[QuotedSpan]) -> str:
    """Blank out quoted text so that sentence splitting and parsing see quotes as one unit."""
    chars = list(body)
    for span in spans:
        if span.single:
            continue
        last = span.end - 1 if body[span.end - 1] in ".!?…" else span.end
        for i in range(span.start, last):
            chars[i] = _MASK
    return "".join(chars)


def split_sentences(masked: str, toks: list[Tok]) -> list[Sentence]:
    """Split the masked body into sentences, paragraph by paragraph."""
    starts = [t.start for t in toks]
    found: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH.finditer(masked)):
        p_start, p_end = para.start(), para.end()
        if not para.group().strip():
            continue
        cut = p_start
        bounds: list[tuple[int, int]] = []
        for match in _SENTENCE_BREAK.finditer(masked, p_start, p_end):
            before = masked[cut : match.start()].rstrip(".")
            last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            bounds.append((cut, match.start()))
            cut = match.end()
        bounds.append((cut, p_end))
        for s, e in bounds:
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            if hi > lo:
                found.append(Sentence(s, e, p_index, toks[lo:hi]))
    return found


def is_word(tok: Tok) -> bool:
    """Tell whether a token is a word (not punctuation or a quotation mark)."""
    return tok.text[0].isalnum()


def drop_trailing_group(toks: list[Tok]) -> list[Tok]:
    """Drop a closing "(end)", "(ANT)" or "(T.K010/R010)" credit from a right context."""
    if toks and toks[0].text == "(" and any(t.text == ")" for t in toks):
        close = max(k for k, t in enumerate(toks) if t.text == ")")
        if all(not is_word(t) for t in toks[close + 1 :]):
            return []
    return toks


def verbish(tok: Tok) -> bool:
    """Tell whether a lower-case token can be the verb (or an adverb) after a subject."""
    return (
        is_word(tok)
        and not tok.cap
        and tok.low not in NOT_VERB
        and (len(tok.text) > 2 or tok.low in ADVERBS)
    )
