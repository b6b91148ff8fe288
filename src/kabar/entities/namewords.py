"""Word tests shared by the span-widening passes: name words, dotted abbreviations, ages."""

from __future__ import annotations

import re

from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.repair import (
    CONNECTIVES,
    MAX_AGE,
    MIN_AGE,
    NOT_PERSON_HEADS,
    SPEECH_VERBS,
)

# Abbreviated Islamic given names written with a period ("Moh. Farid", "Abd. Rahman"); they
# are part of the name. Compiled by hand from Indonesian newsroom usage (issue 3, probe 2).
GIVEN_ABBREVIATIONS = frozenset("moh muh moch mochd mohd muhd mhd mochamad abd ach achm".split())
# Initials that open Indonesian names even before a one-word name ("M. Yamin" = Muhammad,
# "A." = Ahmad/Abdul/Andi, "R." = Raden).
GIVEN_INITIALS = frozenset("MAR")
# Dotted initials inside a name, the last period a token of its own ("O.S" of "Eddy O.S.").
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# Particles inside European names ("Dirk van der Berg", "Ursula von der Leyen").
# Batak "br"/"boru" and Arabic "bin"/"binti" ("Rosmawati br Ginting", "Ahmad bin Salim").
PARTICLES = frozenset("van der den von de ten ter br boru bin binti".split())
# Minang adat titles that sit inside a man's name ("Syafrizal Dt. Bandaro Putiah"); compiled
# by hand from West Sumatran usage (Datuak/Datuk, abbreviated "Dt.") (issue 3, probe 3).
ADAT_TITLES = frozenset("dt datuak datuk".split())
# Case classes (clusters.tsv.gz) of words mostly or often written in lower case.
MIXED_OR_COMMON = frozenset("lm")


def abbreviation(doc: Doc, k: int) -> bool:
    """Tell whether token k is a title or given-name abbreviation followed by its period."""
    words = doc.words
    if k < 0 or k + 1 >= len(words) or words[k + 1] != "." or gap(doc, k + 1):
        return False
    word = words[k]
    lower = word.lower()
    if _INITIALS.fullmatch(word):
        return True  # "Eddy O.S. Hiariej"
    return word.isalpha() and (
        lower in GIVEN_ABBREVIATIONS
        or lower in doc.titles
        or lower in ADAT_TITLES
        or (len(word) == 1 and word.isupper())
    )


def gap(doc: Doc, k: int) -> bool:
    """Tell whether token k is not glued to the line of token k - 1 (a line break between)."""
    return k <= 0 or "\n" in doc.body[doc.tokens[k - 1][2] : doc.tokens[k][1]]


def name_word(doc: Doc, k: int, after_title: bool = False, headline: bool = False) -> bool:
    """Tell whether token k could be a word of a person's name (not a known or common word).

    Words usually capitalised but also seen in lower case ("Besar", "Pusat") count only after
    a dotted title ("Dr. Laksana"); so do common words. In a title-case line (where case says
    little) only when ``headline`` allows it.
    """
    if k < 0 or k >= len(doc.words):
        return False
    word = doc.words[k]
    if not word[:1].isupper():
        return False
    known = doc.name_words.get(word)
    if known is None:
        known = doc.name_words[word] = _word_kind(doc, word)
    plain, usually_capitalised = known
    return plain and (after_title or usually_capitalised) and (headline or not doc.title_case(k))


def _word_kind(doc: Doc, word: str) -> tuple[bool, bool]:
    """Return whether a word may be a name word at all, and whether it is usually capitalised."""
    lower = word.lower()
    plain = (
        word.replace("-", "").isalpha()
        and (word[1:].islower() or "-" in word)  # not "BPBD", not glued "CEOApriliaRacing"
        and lower not in doc.titles
        and lower not in CONNECTIVES
        and lower not in SPEECH_VERBS
        and lower not in doc.not_names
        and lower not in NOT_PERSON_HEADS
        and lower not in doc.org_heads
        and not doc.known_word(word)
    )
    return plain, doc.cases.get(cluster_key(word)) not in MIXED_OR_COMMON


def after_dotted_title(doc: Doc, k: int) -> bool:
    """Tell whether token k follows a dotted title ("Dr. Laksana"): a name even if common."""
    return k >= 2 and doc.words[k - 1] == "." and abbreviation(doc, k - 2)


def age_after(doc: Doc, last: int) -> bool:
    """Tell whether an age in brackets follows token ``last - 1`` ("Rosnah (51)")."""
    age = doc.words[last : last + 3]
    return (
        len(age) == 3
        and age[0] == "("
        and age[2] == ")"
        and age[1].isdigit()
        and MIN_AGE <= int(age[1]) <= MAX_AGE
    )

