"""Name strings: comparison keys, word counts, degrees and the canonical spelling of a name.

Every function here reads only its arguments (plain strings), so the key functions are
memoised process-wide.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kabar.lexicon import lowered, lowered_for_use
from kabar.text import KEY_CACHE, name_key

# Fewest letters of an all-caps name read as shouted ("BEKASI") rather than an acronym ("KPK").
MIN_SHOUT = 4

# A degree of short dotted parts, any letters: "M.Epid", "Sp.PD-KPTI", "M.Kes", "S.Kep".
# A lone capital may close one after a longer part: Islamic-studies degrees ("M.Pd.I", "S.Th.I").
_DOTTED_DEGREE = re.compile(r"[A-Z][a-z]?(?:\.[A-Z][A-Za-z]{1,4}(?:-[A-Z]{2,6})?)+(?:\.[A-Z])?\.?")
# The words of a name: a glued capitalised word, a run of letters, or a number.
_NAME_WORD = re.compile(r"[A-Z][a-z]+|[A-Za-z]+|\d+")
# Where a lower-case letter meets a capital inside a glued name ("BobbyNasution").
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=KEY_CACHE)
def org_key(text: str) -> str:
    """Return the grouping key of an organisation: its name without PT, Tbk, (Persero)..."""
    words = [w for w in text.split() if name_key(w) not in lowered("company_forms.txt")]
    return name_key(" ".join(words) or text)


def name_parts(words: Sequence[str]) -> list[str]:
    """Return the case-folded name parts of some words, split at hyphens too, without an
    honorific after a hyphen ("Yamada-san" is Yamada)."""
    bare = [without_honorific_suffix(w) for w in words]
    return [key for w in bare for p in w.split("-") if (key := name_key(p))]


def without_honorific_suffix(word: str) -> str:
    """A word without a Japanese or Korean honorific after its last hyphen."""
    head, dash, tail = word.rpartition("-")
    return head if dash and head and tail.lower() in lowered("honorific_suffixes.txt") else word


def contains_run(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Tell whether ``shorter`` occurs as a contiguous run inside ``longer``."""
    n = len(shorter)
    return any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def in_order(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Tell whether ``shorter`` occurs in ``longer`` in order, with gaps allowed."""
    rest = iter(longer)
    return all(part in rest for part in shorter)


def dotted_degree(word: str) -> bool:
    """Tell whether a word is a degree written with dots or inner capitals ("S.H.", "S.Kom")."""
    return (
        (
            name_key(word) in lowered_for_use("degrees.tsv", "entities")
            or name_key(word) in lowered_for_use("degrees.tsv", "dotted")
        )
        and ("." in word.strip(".") or word[1:2].isupper())
        and word[:1].isupper()
    ) or _DOTTED_DEGREE.fullmatch(word) is not None


def word_count(surface: str) -> int:
    """Count the words of a name, splitting at spaces, hyphens and glued capitals."""
    return len(_NAME_WORD.findall(surface.replace("-", " ")))


def canonical_name(surfaces: Sequence[str]) -> str:
    """Pick the canonical spelling: fullest, unglued, fewest hyphens, most used, first seen."""
    counts = Counter(surfaces)
    first_seen = {s: i for i, s in reversed(list(enumerate(surfaces)))}

    letters = {s: "".join(ch for ch in s.lower() if ch.isalpha()) for s in counts}

    def rank(s: str) -> tuple[int, int, int, int, int, int, int]:
        """Order surfaces: more words, not clipped, not shouted, unglued, fewer hyphens,
        commoner, earlier."""
        glued = int(" " not in s and word_count(s) > 1 and "-" not in s)
        shout = int(s.isupper() and len(s) >= MIN_SHOUT)  # "BEKASI" of a dateline
        # "Kinem" clipped from "Sukinem": the full name, however often the short one is used
        clipped = int(any(letters[s] in o and letters[s] != o for o in letters.values()))
        return (-word_count(s), clipped, shout, glued, s.count("-"), -counts[s], first_seen[s])

    best = min(counts, key=rank)
    if " " not in best and "-" not in best and word_count(best) > 1:
        best = _GLUE.sub(" ", best)  # "BobbyNasution" -> "Bobby Nasution"
    return best


def with_company_form(name: str, forms: Sequence[str]) -> str:
    """Prefer the form that carries the legal form ("PT Samudra Kencana Energi") when seen."""
    key = org_key(name)
    fuller = [f for f in forms if org_key(f) == key and len(f.split()) > len(name.split())]
    return max(fuller, key=lambda f: len(f.split())) if fuller else name


def unshout(name: str, places: frozenset[str]) -> str:
    """Title-case an all-caps dateline name ("BEKASI" -> "Bekasi"); short acronyms stay."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < MIN_SHOUT or not all(ch.isupper() for ch in letters):
        return name
    if " " not in name and name.lower() not in places:
        return name  # "NASA", "ASEAN": an acronym, not a shouted place
    return name.title()
