"""Quotation marks: pair them into quoted spans, across paragraphs and scraper damage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar.quotes.lexicon import short_cues

# “ „ « always open; ” " » may open or close (Kompas writes ” on both sides of a quote).
_OPEN_ONLY = "“„«"
_AMBIGUOUS = '”"»″'
_DOUBLE = _OPEN_ONLY + _AMBIGUOUS
_SINGLE_OPEN = "‘"
_SINGLE_ANY = "’'"
# The marks the scans below stop at: they jump from one to the next instead of reading every
# character of the body in Python.
_DOUBLE_MARK = re.compile("[" + re.escape(_DOUBLE) + "]")
_SINGLE_MARK = re.compile("[" + re.escape(_SINGLE_OPEN + _SINGLE_ANY) + "]")
# Characters after which a mark sits at the start of a word (so it opens).
_OPENING_LEFT = "([{—–-/"
# Characters before which a mark sits at the end of a word (so it closes).
_CLOSING_RIGHT = ".,;:!?)]}—–-…"
# A single-quoted phrase longer than this is not a quote but apostrophes (by hand, news usage).
_MAX_SINGLE_CHARS = 80
# A quote whose opening mark was dropped is trusted up to this length (a long Kompas
# paragraph quote runs to about 80 words); by hand.
MAX_DROPPED_OPEN_WORDS = 80


def _cues() -> str:
    """Return the short cues as a regex alternation, longest first."""
    return "|".join(sorted(short_cues(), key=len, reverse=True))


@cache
def _dropped_close_pattern() -> re.Pattern[str]:
    """Find where the scraper dropped a closing mark: “Kami siap, kata Budi. (before ", kata")."""
    return re.compile(r"[,.!?]\s+(?:" + _cues() + r")(?:nya)?\b")


@cache
def _cue_after_pattern() -> re.Pattern[str]:
    """Find a cue right after a closing mark: ”, kata Budi / ” ujarnya."""
    return re.compile(r"\s*,?\s*(?:" + _cues() + r")(?:nya)?\b")


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted stretch of the body: marks (``open``/``close``) and the text between them."""

    open: int  # offset of the opening mark (the paragraph start when it was dropped)
    close: int | None  # offset of the closing mark, None if it was dropped
    start: int  # offset of the quoted text (marks and outer spaces excluded)
    end: int
    single: bool = False  # ‘...’ or '...' outside any double quote


def _can_open(text: str, i: int) -> bool:
    """Tell whether the mark at ``i`` stands at the start of a word."""
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    return (left.isspace() or left in _OPENING_LEFT) and not right.isspace()


def _can_close(text: str, i: int) -> bool:
    """Tell whether the mark at ``i`` stands at the end of a word."""
    left = text[i - 1] if i > 0 else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    return not left.isspace() and (right.isspace() or right in _CLOSING_RIGHT or right in _DOUBLE)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start:end`` past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph (each non-blank line) of a body."""
    spans = []
    for match in re.finditer(r"[^\n]+", body):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _first_mark(body: str, start: int, end: int) -> int | None:
    """Return the offset of an opening double mark that begins ``start:end``, if any."""
    i = start
    while i < end and body[i].isspace():
        i += 1
    if i < end and body[i] in _DOUBLE and (body[i] in _OPEN_ONLY or _can_open(body, i)):
        return i
    return None


def _nested(body: str, open_at: int, i: int, p_end: int) -> bool:
    """Tell whether a straight " at ``i`` opens a pair nested in an open quote.

    It does when it opens a word, another " closes it later in the paragraph, and the outer
    quote's closing mark still follows (a curly ”, or a straight " before its attribution).
    """
    if body[i] != '"' or not _can_open(body, i) or _can_close(body, i):
        return False
    inner_close = body.find('"', i + 1, p_end)
    if inner_close < 0 or not _can_close(body, inner_close):
        return False
    if body[open_at] in _OPEN_ONLY:
        return body.find("”", inner_close + 1, p_end) > 0
    # Straight quotes inside straight quotes ("Kami ingin film seperti "Rumah Dermaga" lahir
    # di daerah," kata X): nested only when a closing " followed by a cue still comes.
    outer = body.find('"', inner_close + 1, p_end)
    return (
        body[open_at] == '"'
        and outer > 0
        and _can_close(body, outer)
        and _cue_after_pattern().match(body, outer + 1, p_end) is not None
    )


def _glued_cue(body: str, i: int, p_end: int) -> bool:
    """Tell whether a cue word follows the mark at ``i`` ("”kata Budi", not "”kata-kata")."""
    match = _cue_after_pattern().match(body, i + 1, p_end)
    return match is not None and body[match.end() : match.end() + 1] != "-"


def _misplaced_open(body: str, i: int, p_end: int) -> bool:
    """Tell whether a closing-looking mark at ``i`` opens a quote whose space went astray.

    It does when it follows the end of a sentence, a capital follows it, and the next mark in
    the paragraph is followed by a cue (“...,” kata Budi), so that only it can open the quote.
    """
    if i < 1 or body[i - 1] not in ".!?" or i + 2 >= p_end or body[i] not in _AMBIGUOUS:
        return False
    if not (body[i + 1] == " " and body[i + 2].isupper()):
        return False
    nxt = next((j for j in range(i + 1, p_end) if body[j] in _DOUBLE), None)
    return nxt is not None and _cue_after_pattern().match(body, nxt + 1, p_end) is not None


def _dropped_close(body: str, start: int, end: int) -> int:
    """Return where an unclosed quote really ends: before a cue verb, else the paragraph end."""
    match = _dropped_close_pattern().search(body, start, end)
    if match:
        return match.start() + 1
    return end


def find_quoted_spans(body: str) -> list[QuotedSpan]:
    # Size: one left-to-right scan of the marks, paragraph by paragraph; the pairing rules share
    # the open mark and the paragraph, and reading them apart would hide their order.
    """Pair the quotation marks of a body into quoted spans, in body order.

    A quote left open at the end of a paragraph continues when the next paragraph opens with a
    mark (the paragraph convention); the span then runs across the paragraph break. Otherwise the
    closing mark was dropped and the quote ends before its attribution or at the paragraph end.
    """
    spans: list[QuotedSpan] = []
    paragraphs = _paragraphs(body)
    open_at: int | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if open_at is not None:  # continuing from the previous paragraph
            mark = _first_mark(body, p_start, p_end)
            i = (mark + 1) if mark is not None else p_start
        while i < p_end:
            found = _DOUBLE_MARK.search(body, i, p_end)
            if found is None:
                break
            i = found.start()
            ch = body[i]
            opens, closes = _can_open(body, i), _can_close(body, i)
            if ch in _OPEN_ONLY:
                opens = True
            if open_at is not None and _nested(body, open_at, i, p_end):
                i = body.index('"', i + 1, p_end) + 1  # “Dia bilang "tidak" kepada kami,”
                continue
            if (
                (ch in _AMBIGUOUS or (ch in _OPEN_ONLY and open_at is not None))
                and opens
                and body[i - 1] in " \t"
                and body[i - 2 : i - 1] in (",", ".", "!", "?")
                and _glued_cue(body, i, p_end)
            ):
                # “Kami siap, ”kata Budi (and “Kami siap, “kata Budi): a closing mark misplaced
                closes, opens = True, False
            if open_at is None:
                if opens or not closes:
                    open_at = i
                elif _misplaced_open(body, i, p_end):
                    open_at = i  # Rapat selesai.” Kami siap,” kata Budi: the space went astray
                elif _cue_after_pattern().match(body, i + 1, p_end):
                    # The opening mark was dropped: "Kami siap,” kata Budi." quotes from the
                    # paragraph start (or the end of the previous quote in it).
                    begin = max(
                        [p_start] + [q.close + 1 for q in spans if q.close and q.close >= p_start]
                    )
                    start, end = _strip(body, begin, i)
                    inner = body[start:end]
                    if (
                        start < end
                        and not any(c in _DOUBLE for c in inner)
                        and len(inner.split()) <= MAX_DROPPED_OPEN_WORDS
                    ):
                        spans.append(QuotedSpan(begin, i, start, end))
            elif closes or not opens:
                start, end = _strip(body, open_at + 1, i)
                if start < end:
                    spans.append(QuotedSpan(open_at, i, start, end))
                open_at = None
            else:  # a new opening mark while a quote is open: the old one lost its closing mark
                start, end = _strip(body, open_at + 1, i)
                if start < end:
                    spans.append(QuotedSpan(open_at, None, start, end))
                open_at = i
            i += 1
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and _first_mark(body, *following) is not None:
                continue
            close = _dropped_close(body, open_at + 1, p_end)
            start, end = _strip(body, open_at + 1, close)
            if start < end:
                spans.append(QuotedSpan(open_at, None, start, end))
            open_at = None
    spans.extend(_single_spans(body, spans, paragraphs))
    spans.sort(key=lambda s: s.open)
    return spans


def _single_spans(
    body: str, doubles: list[QuotedSpan], paragraphs: list[tuple[int, int]]
) -> list[QuotedSpan]:
    """Pair ‘...’ and '...' marks that lie outside every double-quoted span."""
    inside = [(s.open, s.end + 1) for s in doubles]
    found: list[QuotedSpan] = []
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        for mark in _SINGLE_MARK.finditer(body, p_start, p_end):
            i = mark.start()
            ch = body[i]
            if any(a <= i < b for a, b in inside):
                open_at = None
                continue
            if open_at is None:
                if ch == _SINGLE_OPEN or _can_open(body, i):
                    open_at = i
            elif ch in _SINGLE_ANY and _can_close(body, i):
                start, end = _strip(body, open_at + 1, i)
                if 0 < end - start <= _MAX_SINGLE_CHARS:
                    found.append(QuotedSpan(open_at, i, start, end, single=True))
                open_at = None
            elif i - open_at > _MAX_SINGLE_CHARS:
                open_at = None
    return found
