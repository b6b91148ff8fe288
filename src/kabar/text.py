"""Indonesian text helpers shared by the stages: normalising, tokenising, sentence splitting,
name keys and content words. Every stage tokenises and splits sentences here; where two stages
need a different rule, both rules stand side by side below with the reason they differ."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kabar import lexicon

# Characters that scrapers leave behind and that carry no meaning in news text.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# C1 control characters carry nothing in news text; scrapers leave them from broken encodings.
_ZERO_WIDTH.update(dict.fromkeys(range(0x80, 0xA0), None))
# Every Unicode space except the newline family becomes a plain space.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
# A token: a word with its inner hyphens, apostrophes and dots ("Kim", "ber-main", "S.H", "1.000"),
# or one punctuation mark. The entity tagger (which then un-glues camel-case runs,
# kabar.entities.ner) and the cluster builder tokenise with it.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
# The quote stage's token differs: a word starts with a letter and keeps inner hyphens and
# apostrophes but no dots ("S.H" is three tokens, so an initial or a degree keeps its own full
# stop), and a number keeps its separators whole ("1,5", "12:30", "2/3"). The quote readers
# test each word's case and position, and read a figure as one token. Measured: the word token
# above in its place changes the quotes of 101 of the 1,000 Detik articles.
_QUOTE_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'’][\w]+)*|\d+(?:[.,/:]\d+)*|[^\w\s]")
# A sentence of prose ends at . ! ? (or …) followed by space and an upper-case letter, digit or
# quote. The break is group 1; the mark before it is matched, not looked back at, so that a
# search skips to the marks (a look back first is tried at every character).
_SENTENCE_END = re.compile(r"[.!?…]([\"”’']?\s+)(?=[\"“‘'(]?[A-Z0-9])")
# The quote stage splits a body whose quotations are masked with "_" (kabar.quotes.sentences):
# a masked quotation may open the next sentence, and several closing marks (» too) or an opening
# bracket may stand at the break, so its break differs from the prose one.
_MASKED_SENTENCE_END = re.compile(r"[.!?…]([\"”’'»]*\s+)(?=[\"“”‘'«(\[_]*[A-Z0-9_])")
# The token grouping the entity tagger reads ends a sentence after one of these marks.
_SENTENCE_END_MARKS = frozenset(".!?…")
_LINE_BREAK = re.compile("\n")
# Abbreviations after which a full stop ends no sentence (sentence_abbreviations.tsv): the
# prose splitter and the quote stage's masked splitter each keep their own use of the list.
_ABBREVIATIONS = "sentence_abbreviations.tsv"
# Memo size of name_key and the entity stage's other key functions: well above the distinct
# surface forms of a long run (all of IndoSum dev, 3,463 articles, asks name_key for ~49k).
KEY_CACHE = 1 << 17
_NOT_KEY = re.compile(r"[\W_]+")
# Content words: the story terms read \w runs; statements read ASCII letters and digits only and
# strip clitics, since they compare one quote's wording with another's.
_WORD = re.compile(r"\w+", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_CLITICS = ("nya", "lah", "kah", "pun")
# Stop-word lists per language (kabar/data/words); other languages use the Indonesian one.
_STOP_LISTS = {"id": "story_stop_words_id.txt", "en": "stop_words_en.txt"}
_STATEMENT_STOP_WORDS = "statement_stop_words.txt"


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


def quote_tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split text into the quote stage's tokens (numbers with separators whole, no dots inside
    words) with their character offsets."""
    return [(m.group(), m.start(), m.end()) for m in quote_token_matches(text)]


def quote_token_matches(text: str) -> Iterator[re.Match[str]]:
    """Return the matches of the quote stage's tokens, for readers that build their own."""
    return _QUOTE_TOKEN.finditer(text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in one paragraph of prose."""
    abbreviations = lexicon.for_use(_ABBREVIATIONS, "prose")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start(1)].rstrip("\"”’'")
        last_word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.strip() else ""
        if last_word in abbreviations or (len(last_word) == 1 and last_word.isalpha()):
            continue
        spans.append((start, match.start(1)))
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


def split_masked_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of one paragraph, ``masked[start:end]``, of
    a body whose quotations are masked (the quote stage's reading); the last runs to ``end``."""
    abbreviations = lexicon.for_use(_ABBREVIATIONS, "quotes")
    cut = start
    bounds: list[tuple[int, int]] = []
    # from the mark before the paragraph, if any: a break at its very start follows that mark
    for match in _MASKED_SENTENCE_END.finditer(masked, max(start - 1, 0), end):
        before = masked[cut : match.start(1)].rstrip(".")
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if last in abbreviations or (len(last) == 1 and last.isalpha()):
            continue
        bounds.append((cut, match.start(1)))
        cut = match.end()
    bounds.append((cut, end))
    return bounds


def token_sentences(
    body: str, tokens: Sequence[tuple[str, int, int]], max_tokens: int
) -> list[list[int]]:
    """Group token indices into sentences: at a paragraph break, after sentence-final
    punctuation before a capital, and every ``max_tokens`` tokens (the entity tagger's input)."""
    count = len(tokens)
    # A sentence breaks before token i when a line break lies between it and token i - 1
    # (no token holds one, so each line break falls in the gap before the first token that
    # starts after it), or when token i - 1 ends a sentence and token i opens with a capital.
    starts = [t[1] for t in tokens]
    breaks = {bisect_right(starts, at.start()) for at in _LINE_BREAK.finditer(body)}
    breaks.update(
        i + 1
        for i, t in enumerate(tokens)
        if t[0] in _SENTENCE_END_MARKS and i + 1 < count and tokens[i + 1][0][:1].isupper()
    )
    groups: list[list[int]] = []
    first = 0
    for cut in sorted(b for b in breaks if 0 < b < count):
        while cut - first > max_tokens:  # a run-on: cut every max_tokens tokens
            groups.append(list(range(first, first + max_tokens)))
            first += max_tokens
        groups.append(list(range(first, cut)))
        first = cut
    while count - first > max_tokens:
        groups.append(list(range(first, first + max_tokens)))
        first += max_tokens
    if first < count:
        groups.append(list(range(first, count)))
    return groups


@lru_cache(maxsize=KEY_CACHE)
def name_key(text: str) -> str:
    """Return the comparison key of a name or a brand: its letters and digits, case-folded."""
    return _NOT_KEY.sub("", text.casefold())


def stop_words(language: str) -> frozenset[str]:
    """Return the stop words of a language (the Indonesian ones for a language with none)."""
    return lexicon.words(_STOP_LISTS.get(language, _STOP_LISTS["id"]))


def content_words(text: str, language: str = "id") -> list[str]:
    """Return the lower-cased content words of a text (stop words and short numbers dropped)."""
    stop = stop_words(language)
    return [
        w
        for w in _WORD.findall(text.lower())
        if len(w) > 1 and w not in stop and not (w.isdigit() and len(w) != 4)
    ]


def statement_words(text: str) -> frozenset[str]:
    """Return the distinct lower-cased content words of a statement, clitics stripped, so two
    wordings of one statement compare ("katanya" and "kata")."""
    found = set()  # filled in the words' order, so the set iterates as it always has
    for stem in map(_statement_stem, _ASCII_WORD.findall(text.lower())):
        if stem is not None:
            found.add(stem)
    return frozenset(found)


@lru_cache(maxsize=KEY_CACHE)
def _statement_stem(word: str) -> str | None:
    """Return a word of a statement without its clitic, or None for a stop word or a short one
    (read once per word: summaries and statements read every sentence of a story)."""
    if word in lexicon.words(_STATEMENT_STOP_WORDS) or len(word) < 3:
        return None
    for suffix in _CLITICS:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word
