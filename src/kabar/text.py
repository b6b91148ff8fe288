"""Indonesian text helpers shared by the stages: normalising, tokenising, sentence splitting."""

from __future__ import annotations

import re
import unicodedata

# Characters that scrapers leave behind and that carry no meaning in news text.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# C1 control characters carry nothing in news text; scrapers leave them from broken encodings.
_ZERO_WIDTH.update(dict.fromkeys(range(0x80, 0xA0), None))
# Every Unicode space except the newline family becomes a plain space.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? (or …) followed by space and an upper-case letter, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "ir",
        "prof",
        "h",
        "hj",
        "st",
        "jl",
        "no",
        "tel",
        "kec",
        "kab",
        "yth",
        "sdr",
        "bpk",
        "ny",
        "tn",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "dll",
        "dsb",
        "dkk",
        "a.n",
        "u.p",
        "s.h",
        "m.h",
        "s.e",
        "s.t",
        "s.pd",
        "m.si",
        "m.sc",
        "ph.d",
    ]
)


def normalize_text(text: str) -> str:
    """Return NFC text with zero-width characters dropped and odd spaces made plain.

    Typographic quotation marks are kept on purpose: the quote stage reads them.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_ZERO_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _ODD_SPACES.sub(" ", text)
    return _TRAILING_SPACE.sub("\n", text)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split text into word and punctuation tokens with their character offsets."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in one paragraph of text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip("\"”’'")
        last_word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.strip() else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# Tokens written against the word before them, and after which the next word follows at once.
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%…") | {"...", "''", "-nya", "'s", "n't"}
_NO_SPACE_AFTER = frozenset("([{$") | {"``"}
_OPENING_QUOTES = frozenset("“‘«")
_CLOSING_QUOTES = frozenset("”’»")
_STRAIGHT_QUOTES = frozenset("\"'")


def detokenize(tokens: list[str]) -> str:
    """Join word and punctuation tokens with the spacing of written Indonesian and English.

    No space before , . ; : ! ? ) % and closing quotes, none after ( and opening quotes;
    straight quotes open and close in turn; digits around a slash stay together ("13/9/2023");
    a currency word keeps its space ("Rp 1.000", "US$ 5"). Whitespace-only tokens are dropped.
    """
    words = [token.strip() for token in tokens if token.strip()]
    out: list[str] = []
    glue_next = True  # nothing before the first token
    open_straight: set[str] = set()
    for index, token in enumerate(words):
        glue, glue_next = glue_next, False
        if token in _STRAIGHT_QUOTES:
            if token in open_straight:
                open_straight.discard(token)
                glue = True
            else:
                open_straight.add(token)
                glue_next = True
        elif token in _NO_SPACE_BEFORE or token in _CLOSING_QUOTES:
            glue = True
        elif token == "/" and _digit_slash(words, index):
            glue = glue_next = True
        if token in _NO_SPACE_AFTER or token in _OPENING_QUOTES:
            glue_next = True
        out.append(token if glue else " " + token)
    return "".join(out)


def _digit_slash(words: list[str], index: int) -> bool:
    """Return whether the slash at index stands between two numbers ("13 / 9" of a date)."""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    return before[-1:].isdigit() and after[:1].isdigit()
