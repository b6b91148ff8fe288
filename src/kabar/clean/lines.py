"""Small text tests the cleaning modules share, so that every module decides them the same way.

Sentence ends, story lines, headline shape (title case, no full stop), the month and date-line
words, and web domains.
"""

from __future__ import annotations

import re
from itertools import islice

from kabar import lexicon

# Header-zone lines are story text once they are this long even without a final full stop
# (IndoSum's first paragraphs are sometimes cut mid-sentence); titles stay well below it.
STORY_MIN_WORDS = 25
# An injected headline has at least this many words; shorter title-case lines are the
# article's own sub-headings ("Tetapkan Status Darurat"), which Detik uses and we keep.
HEADLINE_MIN_WORDS = 7
HEADLINE_MAX_WORDS = 30
# Share of content words that start with a capital (or digit) for a line to be title case:
# the seed headlines score 1.0, sentence-case story lines stay under 0.5, and a story line
# heavy with names ("Hal itu diatur dalam Peraturan Presiden Nomor 54 ...") scores 0.8-0.9.
TITLE_CASE_SHARE = 0.95

WORD = re.compile(r"[^\W_][\w’'‘.\-/&]*")
_SENTENCE_END = re.compile(r"""[.!?…;:][\s"”’'“‘)\]*]*$|[.!?…]["”’'“‘]?\s*\(\w{1,8}\)$""")
SENTENCE_TAIL_CHARS = 24  # a sentence end with closing quotes and a "(ant)" fits
QUOTE_START = re.compile(r"""^["“”‘’'«]""")
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|co)$", re.IGNORECASE)
MONTHS = (
    r"(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|nopember|desember|january|february|march|may|june|july|august|october|"
    r"december|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec)"
)
DATE_IN_LINE = re.compile(
    rf"\b\d{{1,2}}\s+{MONTHS}\.?\s+\d{{4}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b",
    re.IGNORECASE,
)
DATE_LINE_WORDS = re.compile(
    r"\b(?:wib|wita|wit|diperbarui|dipublikasikan|diterbitkan|terbit|update[d]?|published|"
    r"pukul|jam|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)
# List items, result rows and labelled lines look like headlines but are story content.
_NOT_HEADLINE = re.compile(
    r"^\s*(?:\d{1,3}[.)]|[a-z][.)]\s|[-–•*·])|:|\svs\.?\s|/|\d\s?[-–]\s?\d|\s[-–]\s"
)
_DIGIT = re.compile(r"\d")
MAX_HEADLINE_NUMBERS = 2  # result rows and tables carry three numbers or more


def small_words() -> frozenset[str]:
    """Return the function words title case leaves in lower case ("Kim Jong Un di Pyongyang")."""
    return lexicon.for_use("title_small_words.tsv", "clean")


def is_headline(line: str) -> bool:
    """Return whether a line reads as a headline: title case, no closing full stop."""
    if ends_sentence(line) and not line.rstrip().endswith(("?", "!")):
        return False
    if line.rstrip().endswith((":", ";", ",", ")")) or QUOTE_START.match(line):
        return False
    if _NOT_HEADLINE.search(line) or _number_tokens(line) > MAX_HEADLINE_NUMBERS:
        return False
    words = WORD.findall(line)
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or line.count(",") > 2:
        return False
    return _title_case_share(words) >= TITLE_CASE_SHARE


def title_case_share(line: str) -> float:
    """Return the share of a line's content words that start with a capital or a digit."""
    return _title_case_share(WORD.findall(line))


def ends_sentence(line: str) -> bool:
    """Return whether a line ends like a sentence (full stop, question mark, closing quote)."""
    return bool(_SENTENCE_END.search(line[-SENTENCE_TAIL_CHARS:]))


def is_story_line(line: str) -> bool:
    """Return whether a line that no rule removed opens the story (a sentence or long text)."""
    # Counting stops at the bound: lines are tested again and again while datelines are cut.
    return (
        ends_sentence(line)
        or next(islice(WORD.finditer(line), STORY_MIN_WORDS - 1, None), None) is not None
    )


def _number_tokens(line: str) -> int:
    """Return how many whitespace-separated tokens hold a digit (linear in the line's length)."""
    return sum(1 for token in line.split() if _DIGIT.search(token))


def _title_case_share(words: list[str]) -> float:
    """Return the share of content words that start with a capital letter or a digit."""
    content = [w for w in words if w.casefold() not in small_words()]
    if not content:
        return 0.0
    return sum(1 for w in content if w[0].isupper() or w[0].isdigit()) / len(content)
