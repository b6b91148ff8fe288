"""Words that scrapers glued together where a link began or ended, split where the text is sure.

A scraper that drops the space at a link boundary leaves "Sekjen PDIPHasto Kristiyantomenyebut",
"dilansirdetikNews", "BLTatau". Three shapes are split, each only on evidence:

- an all-capital acronym glued to a capitalised word ("PDIPHasto"): the acronym is a known one
  (``aliases.tsv``) or stands alone elsewhere in the text, and so does the word;
- a lower-case word glued to a capitalised one ("dilansirAntara", "kepadadetikSulsel"): the
  first is a glue word (``glue_words.txt``) or stands alone in the text, the second stands
  alone in the text or is an outlet's or agency's name;
- a capitalised name glued to a glue word ("Kristiyantomenyebut", "detikJatengdi"): the name
  stands alone in the text, is a known capitalised word, or is an outlet's name.

A word the word-cluster table knows ("McDonald", "YouTube", "iPhone", "BUMDes", "Ramadan",
"Wahyudi") or an outlet's own spelling ("detikTravel") is never split. Splitting is repeated
until nothing changes, so that cleaning the cleaned text again splits nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, partial

from kabar import lexicon
from kabar.sources import outlet_name, wire_name

# A candidate: a run of letters with a lower-to-upper or an acronym-to-word case change.
_CANDIDATE = re.compile(r"\b[^\W\d_]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])[^\W\d_]*\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_ACRONYM_WORD = re.compile(r"^(?P<left>[A-Z]{3,})[a-z]{3,}$")
_WORD_NAME = re.compile(r"^(?P<left>[a-z]{3,}?)(?P<right>(?:detik)?[A-Z][a-z]+)$")
_NAME_WORD = re.compile(r"^(?P<left>(?:detik)?[A-Z][a-z]+?)(?P<right>[a-z]{2,})$")
GLUE_WORD_MIN = 3  # "di", "ke" after a name could end it ("Wahyudi"): only after an outlet
_NAME_NEXT = re.compile(r" [A-Z][a-z]")
NAME_MIN = 4  # a name part shorter than this ("Ham" + "dan") is likelier a syllable
MAX_ROUNDS = 4


@cache
def _glue_words() -> frozenset[str]:
    return lexicon.entries("glue_words.txt")


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("aliases.tsv") if row[0].isupper())


def _acronym(word: str, seen: frozenset[str]) -> bool:
    """Return whether an all-capital word is a known acronym or stands alone in the text."""
    return word in _acronyms() or word in seen


def _known(word: str) -> bool:
    """Return whether a word is a written word of its own (the cluster table, an outlet)."""
    from kabar.entities.features import cluster_key  # the table the entity tagger learnt
    from kabar.entities.lexicon import clusters

    return cluster_key(word) in clusters() or outlet_name(word) is not None


def split_glued(word: str, seen: frozenset[str], name_follows: bool = False) -> str:
    """Return a glued word with its space put back, or the word as it was.

    ``name_follows``: a capitalised word comes next, so that a name glued to a glue word is
    likelier a longer name ("dr Wismandari Wisnu", shortened "dr Wisman" later) and stays.
    """
    if outlet_name(word):
        return word  # "detikTravel"
    if match := _WORD_NAME.match(word):
        # the table learnt from scraped text holds glued forms too ("dilansirantara"): a glue
        # word or a word of this text before a name is the evidence here
        left, right = match["left"], match["right"]
        rest = split_glued(right, seen)  # "ditemuidetikJatengdi": the name glued on both sides
        head = rest.split()[0]
        if not outlet_name(left) and (left in _glue_words() or left in seen) and (
            head in seen or outlet_name(head) or wire_name(head)
        ):
            return f"{left} {rest}"
    if _known(word):
        return word
    if match := _ACRONYM_WORD.match(word):
        capitals = match.end("left")  # "PDIPHasto": "PDIP" + "Hasto", or "BLTatau": "BLT" + "atau"
        word_left, word_right = word[: capitals - 1], word[capitals - 1 :]
        if len(word_left) >= 2 and _acronym(word_left, seen) and word_right in seen:
            return f"{word_left} {word_right}"
        left, right = word[:capitals], word[capitals:]
        if _acronym(left, seen) and right in _glue_words():
            return f"{left} {right}"
        return word
    if name_follows or not _NAME_WORD.match(word):
        return word
    for cut in range(len(word) - 2, 2, -1):  # the longest name first: "Hastoyang"
        left, right = word[:cut], word[cut:]
        if right not in _glue_words():
            continue
        brand = outlet_name(left) is not None
        if len(right) < GLUE_WORD_MIN and not brand:
            continue
        if brand or (len(left) >= NAME_MIN and left in seen):
            return f"{left} {right}"
    return word


@cache
def _candidates() -> re.Pattern[str]:
    """Return the pattern of a word that may be glued: a case change, or a name + glue word."""
    ends = "|".join(sorted(_glue_words(), key=len, reverse=True))
    return re.compile(rf"{_CANDIDATE.pattern}|\b(?:detik)?[A-Z][a-z]{{3,}}(?:{ends})\b")


def _split_match(match: re.Match[str], seen: frozenset[str]) -> str:
    """Split one candidate in its place: never a handle or hashtag ("@AAASKavli")."""
    text, start = match.string, match.start()
    if start and text[start - 1] in "@#/_.":
        return match.group()
    name_follows = _NAME_NEXT.match(text, match.end()) is not None
    return split_glued(match.group(), seen, name_follows)


def unglue(paragraphs: Iterable[str], context: str = "") -> list[str]:
    """Return the paragraphs with glued words split where the text (and ``context``) is sure."""
    out = list(paragraphs)
    candidates = _candidates()
    if not any(candidates.search(p) for p in out):
        return out
    for _ in range(MAX_ROUNDS):
        seen = frozenset(_LETTERS.findall(" ".join([context, *out])))
        split = partial(_split_match, seen=seen)
        changed = [candidates.sub(split, p) for p in out]
        if changed == out:
            break
        out = changed
    return out
