"""The meaning guards of statement linking: two quotes are two statements when one has a word
of one polarity and the other its opposite ("membenarkan" / "membantah", "national" /
"provinsi"), or each names a subject the other does not ("tuberkulosis" / "malaria", "ganda
putra" / "ganda campuran"), in either language (an English quote through the glossary).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar import lexicon
from kabar.stories.statement_lexicon import is_english, stem, translations

_ANTONYMS = "statement_antonyms.tsv"
_SUBJECTS = "statement_subjects.txt"
_WORD = re.compile(r"[^\W\d_]+")


def meaning_conflict(short: str, carried: str) -> str | None:
    """Opposite words or other subjects, in either language."""
    if _opposite(short, carried):
        return "negation"
    if _other_subjects(short, carried):
        return "subject"
    return None


def _opposite(first: str, second: str) -> bool:
    """Tell whether one quote has a word of one polarity and the other a word of the
    opposite one, neither having both ("membenarkan" / "membantah", "positif" / "negatif")."""
    a, b = _polar_stems(first), _polar_stems(second)
    for one, other in _antonyms():
        a_one, a_other, b_one, b_other = a & one, a & other, b & one, b & other
        if (a_one and not a_other and b_other and not b_one) or (
            a_other and not a_one and b_one and not b_other
        ):
            return True
    return False


@lru_cache(maxsize=8192)
def _polar_stems(text: str) -> frozenset[str]:
    """Return the stems of a quote's words, an English quote's with their translations."""
    words = [w.lower() for w in _WORD.findall(text)]
    found = {stem(w) for w in words}
    if is_english(text):
        found.update(stem(t) for w in words for t in translations(w))
    return frozenset(found)


@cache
def _antonyms() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple(
        (frozenset(stem(w) for w in one.split()), frozenset(stem(w) for w in other.split()))
        for one, other in lexicon.table(_ANTONYMS)
    )


def _other_subjects(first: str, second: str) -> bool:
    """Tell whether each quote names a subject the other does not ("tuberkulosis" /
    "malaria", "siswa" / "guru honorer"): the same frame said of two things."""
    a, b = _subjects_of(first), _subjects_of(second)
    return bool(a - b) and bool(b - a)


@lru_cache(maxsize=8192)
def _subjects_of(text: str) -> frozenset[int]:
    """Return the subjects (lines of statement_subjects.txt) a quote names; an English
    quote's through the Indonesian words of its translation ("dengue" is "demam berdarah"),
    its words in either order ("men's doubles" is "ganda putra", "bird flu" "flu burung")."""
    words = [w.lower() for w in _WORD.findall(text)]
    slots: list[frozenset[str]] = []
    if is_english(text):
        slots = [frozenset(stem(t) for t in translations(w) or (w,)) for w in words if w[1:]]
        words = [t for w in words for t in (translations(w) or (w,))]
    stems = " " + " ".join(stem(w) for w in words) + " "
    return frozenset(
        line
        for line, names in enumerate(_subjects())
        if any(f" {n} " in stems or _in_slots(n.split(), slots) for n in names)
    )


def _in_slots(parts: list[str], slots: list[frozenset[str]]) -> bool:
    """Tell whether a name's words are the translations of English words in a row, in its
    order or the other (English puts the modifier first)."""
    size = len(parts)
    return size > 1 and any(
        all(p in s for p, s in zip(order, slots[i : i + size], strict=True))
        for i in range(len(slots) - size + 1)
        for order in (parts, parts[::-1])
    )


@cache
def _subjects() -> tuple[tuple[str, ...], ...]:
    """Return each subject's names, their words stemmed and joined by a space."""
    return tuple(
        tuple(" ".join(stem(w) for w in name.split("_")) for name in line.split())
        for line in lexicon.lines(_SUBJECTS)
    )
