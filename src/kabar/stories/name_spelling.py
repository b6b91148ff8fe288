"""Whether a name of one wording is in another: the same word, another spelling of it, its
translation, its initials or a blend of the first letters of words in a row."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

from kabar import lexicon
from kabar.stories.statement_lexicon import MIN_FUZZY, SAME_SPELLING, glossary

_LETTER_VARIANTS = "name_letter_variants.txt"
_VOWELS = frozenset("aeiou")
_MIN_BLEND_PART = 2
# A blend of common words is this long or longer: a short name ("Rina") would blend with any
# two words by chance ("Rizal naik").
_MIN_PHRASE_BLEND = 6


def name_found(
    name: str,
    words: frozenset[str],
    capitals: tuple[str, ...],
    phrases: tuple[tuple[str, ...], ...] = (),
) -> bool:
    """Tell whether a name is among a text's lower-case ``words`` in any spelling or
    translation, or its ``capitals`` (capitalised words in order, lower case) in initials or a
    blend ("DK" or "Dekam" for "Dewan Keamanan"), or is a blend of the words of one of its
    ``phrases`` (words from a capitalised one on: "Sumbagsel" for "Sumatera bagian selatan",
    "Kemenkes" for "Kementerian Kesehatan")."""
    lowered = name.lower()
    if lowered in words or words & set(glossary().get(lowered, ())):
        return True
    if len(lowered) >= MIN_FUZZY and any(
        abs(len(w) - len(lowered)) <= 2
        and SequenceMatcher(None, lowered, w).ratio() >= SAME_SPELLING
        and not _one_consonant_for_another(lowered, w)
        for w in words
    ):
        return True
    # the initials of capitalised words in a row ("DK PBB" for "Dewan Keamanan PBB")
    size = len(lowered)
    if name.isupper() and any(
        "".join(w[0] for w in capitals[i : i + size]) == lowered
        for i in range(len(capitals) - size + 1)
    ):
        return True
    # a blend of the first letters of capitalised words in a row ("Jatim" for "Jawa Timur")
    return len(lowered) >= MIN_FUZZY and (
        any(_blend_of(lowered, capitals[i:], 0) for i in range(len(capitals)))
        or (
            len(lowered) >= _MIN_PHRASE_BLEND
            and any(_blend_of(lowered, phrase, 0) for phrase in phrases)
        )
    )


def _one_consonant_for_another(first: str, second: str) -> bool:
    """Tell whether two words differ in one consonant put for another that no spelling
    shares ("Sutarmin" / "Sukarmin": two people; "Jusuf" / "Yusuf": one name in two
    spellings, kabar/data/words/name_letter_variants.txt)."""
    if len(first) != len(second):
        return False
    differing = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
    if len(differing) != 1:
        return False
    ((x, y),) = differing
    return x not in _VOWELS and y not in _VOWELS and frozenset((x, y)) not in _letter_variants()


@cache
def _letter_variants() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(line.split()) for line in lexicon.lines(_LETTER_VARIANTS))


def _blend_of(name: str, words: tuple[str, ...], parts: int) -> bool:
    """Tell whether a name is the first letters (two or more) of two or more words in a row."""
    if not name:
        return parts >= 2
    if not words:
        return False
    first = words[0]
    return any(
        name[:size] == first[:size] and _blend_of(name[size:], words[1:], parts + 1)
        for size in range(_MIN_BLEND_PART, min(len(first), len(name)) + 1)
    )
