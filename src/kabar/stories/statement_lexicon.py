"""The words of statement linking: Indonesian stems and news synonyms, the English-Indonesian
glossary, the language test and speaker names.

A quote's content words are compared by their stems ("penyesuaian" and "menyesuaikan" are
"sesuai"), news synonyms by one stem ("penghujung" is "akhir"); an English quote's words by the
Indonesian words a translation uses for them (kabar/data/words/en_id_glossary.tsv). Two
speaker names are one person without their titles and ranks.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from kabar import lexicon

_WORD = re.compile(r"[^\W\d_]+")
# Two spellings of one name or word ("Ketut" / "Ktut").
SAME_SPELLING = 0.8
MIN_FUZZY = 4
_GLOSSARY = "en_id_glossary.tsv"
_SYNONYMS = "statement_synonyms.txt"
_TITLES, _RANKS = "speaker_titles.txt", "police_military_ranks.txt"
_TITLE_ABBREVIATIONS = "name_title_abbreviations.txt"
# English inflections, tried in order (ending, what replaces it): "cities" -> "city",
# "arrested" -> "arrest", "raised" -> "raise", "expanding" -> "expand", "suspects" -> "suspect".
_ENGLISH_ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
)
_MIN_ENGLISH_BASE = 3
_ENGLISH, _INDONESIAN = "language_en_words.txt", "language_id_words.txt"
_ENGLISH_STOP = "statement_en_stop_words.txt"
_NUMERALS = "numerals.tsv"
# The shortest misspelt scale read as one ("jutaa"); shorter words are too like others.
_MIN_SCALE_WORD = 5
_NO_BEFORE_COMPARATIVE = re.compile(r"\bno\s+(?=(?:[a-z]+er|more|less)\s+than\b)", re.I)

_PREFIXES = (
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "per",
    "pe",
    "ber",
    "ter",
    "di",
    "ke",
    "se",
)
_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "lah", "kah", "i")
_MIN_STEM = 4
# The consonant a nasal prefix drops before a vowel: meN-/peN- + p, t, s (before k the
# root may as well start with the vowel: "mengambil", so it is left out).
_NASAL_ROOTS = {
    "mem": "p",
    "pem": "p",
    "men": "t",
    "pen": "t",
    "meny": "s",
    "peny": "s",
}
_VOWELS = frozenset("aeiou")
# meN-/peN- before a root in k drop the k ("mengontrol", "pengiriman"); the root may as well
# start with the vowel ("mengambil"): both are tried, the list of roots tells.
_NASAL_K = {"meng": "k", "peng": "k"}
# Prefixes that only a listed root may be cut from: ber- and ter- before a root in r or er
# ("bekerja", "beternak", "terasa").
_ROOT_PREFIXES = ("be", "te")
# The prefixes that follow another ("memper-", "diper-", "keber-", "seper-").
_INNER_PREFIXES = ("per", "pe", "ber", "ter", "ke")
_ROOTS = "indonesian_roots.txt"
# The shortest listed root a cut may leave ("bom", "api", "ada").
_MIN_ROOT = 3


@cache
def stem(word: str) -> str:
    """Return a word without its Indonesian affixes ("penyesuaian" -> "sesuai").

    A listed root (kabar/data/words/indonesian_roots.txt) is its own stem, though it looks
    affixed ("korban", "selesai", "kurang"); an affixed word is the listed root its fewest
    affixes leave ("mengeluarkan" -> "keluar", "diperkirakan" -> "kira", "pemadaman" ->
    "padam"). A word that reaches no listed root is cut by rule (``_rule_stem``).
    """
    roots = lexicon.words(_ROOTS)
    for cuts in _cuts(word):
        found = [cut for cut in cuts if cut in roots]
        if found:
            return found[0]
    return _rule_stem(word)


def _cuts(word: str) -> tuple[list[str], ...]:
    """Return what a word may be without its affixes, by how many are cut: none, one (a
    suffix or a prefix), two, three ("diperkirakan": di-, per-, -kan). A nasal prefix's
    dropped consonant is put back ("memadamkan": "padam"; "mengontrol": "kontrol")."""
    suffixed = [
        word[: -len(suffix)]
        for suffix in _SUFFIXES
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_ROOT
    ]
    prefixed = _unprefixed(word)
    both = [root for base in suffixed for root in _unprefixed(base)]
    return (
        [word],
        suffixed + prefixed,
        both + [inner for root in prefixed for inner in _unprefixed(root, inner=True)],
        [inner for root in both for inner in _unprefixed(root, inner=True)],
    )


def _unprefixed(word: str, *, inner: bool = False) -> list[str]:
    """Return the roots a word leaves without one prefix (an inner one after another:
    "per-" of "memper-", "ber-" of "keber-"), a nasal prefix's dropped consonant put back."""
    roots = []
    for prefix in _INNER_PREFIXES if inner else _PREFIXES + _ROOT_PREFIXES:
        if not word.startswith(prefix):
            continue
        root = word[len(prefix) :]
        restored = _NASAL_ROOTS.get(prefix) or _NASAL_K.get(prefix)
        if restored and root[:1] in _VOWELS and len(root) + 1 >= _MIN_ROOT:
            roots.append(restored + root)
        if len(root) >= _MIN_ROOT:
            roots.append(root)
    return roots


@cache
def _rule_stem(word: str) -> str:
    """Return a word cut by rule: one suffix, then one prefix, a nasal prefix's consonant
    put back ("memanggil" from "panggil", "menyesuaikan" from "sesuai")."""
    # ke-...-an and pe-...-an around a root ending in k ("kenaikan", "penolakan"): the
    # suffix is -an, not -kan
    confix = word.startswith(("ke", "pe")) and word.endswith("kan")
    for suffix in ("an",) if confix else _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            word = word[: -len(suffix)]
            break
    for prefix in _PREFIXES:
        if not word.startswith(prefix):
            continue
        root = word[len(prefix) :]
        restored = _NASAL_ROOTS.get(prefix)
        if restored and root[:1] in _VOWELS:
            # meny-/peny- always stand for a root in s-, so its length counts the s
            # ("menyiapkan" is "siap", not the "yiap" of "men"); mem-/pem- may be pe- + a
            # root in m ("pemain" is "main"), so a short root is left to the shorter prefix
            if len(root) + (restored == "s") >= _MIN_STEM:
                return restored + root
        elif len(root) >= _MIN_STEM:
            return root
    return word


@cache
def content_stem(word: str) -> str:
    """Return the stem a quote's word is compared by: its stem, or that of the first word of
    its group of news synonyms ("penghujung" and "akhir", "kuartal" and "triwulan")."""
    root = stem(word)
    return _synonyms().get(root, root)


@cache
def _synonyms() -> dict[str, str]:
    """Return each synonym's stem and its group's (groups sharing a word are one group)."""
    leader: dict[str, str] = {}

    def find(item: str) -> str:
        while leader.get(item, item) != item:
            item = leader[item]
        return item

    every: set[str] = set()
    for line in lexicon.lines(_SYNONYMS):
        roots = [stem(w) for w in line.split()]
        every.update(roots)
        for root in roots[1:]:
            first, other = find(roots[0]), find(root)
            if first != other:
                leader[other] = first
    return {root: find(root) for root in every}


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """Return English news words and the Indonesian words a translation uses for them (a word
    listed twice, in two fields, has the words of both rows)."""
    found: dict[str, tuple[str, ...]] = {}
    for row in lexicon.table(_GLOSSARY):
        found[row[0]] = tuple(dict.fromkeys((*found.get(row[0], ()), *row[1].split())))
    return found


@cache
def translations(word: str) -> tuple[str, ...]:
    """Return the Indonesian words for an English word (lower case), looked up as written or
    without its inflection ("arrested", "suspects", "expanding", "villages", "cities")."""
    table = glossary()
    if word in table:
        return table[word]
    for ending, replacement in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_ENGLISH_BASE:
            base = word[: -len(ending)] + replacement
            if base in table:
                return table[base]
    return ()


def misspelt_scale(word: str) -> float | None:
    """Return the scale a word misspells ("trilun", "milliar"), or None: a figure's scale
    mistyped by one outlet is the scale the other spells right."""
    if len(word) < _MIN_SCALE_WORD:
        return None
    for scale, value in _scales().items():
        if word != scale and _alike(word, scale):
            return value
    return None


@cache
def _scales() -> dict[str, float]:
    rows = lexicon.table(_NUMERALS)
    return {row[0]: float(row[2]) for row in rows if row[1] == "scale" and len(row[0]) >= 4}


def bound_not_denied(text: str) -> str:
    """Return a text without the "no" of a bound ("no later than", "no more than"): it
    sets a limit, it denies nothing."""
    return _NO_BEFORE_COMPARATIVE.sub("", text)


def is_english(text: str) -> bool:
    """Tell whether a quote is in English: more English function words than Indonesian ones."""
    english, indonesian = _function_words(text)
    return english >= 2 and english > indonesian


def language_known(text: str) -> bool:
    """Tell whether a quote tells its language: it is English (``is_english``), or has an
    Indonesian function word and no English one (an English quote's digit groups are read the
    English way only once it is known to be English, so a short one is read both ways)."""
    english, indonesian = _function_words(text)
    return is_english(text) or (indonesian >= 1 and not english)


def _function_words(text: str) -> tuple[int, int]:
    """Return how many of a quote's words are English function words, how many Indonesian."""
    words = [w.lower() for w in _WORD.findall(text)]
    # the words an English quote leaves out of its content count too ("over", "about")
    english_words = lexicon.words(_ENGLISH) | lexicon.words(_ENGLISH_STOP)
    english = sum(w in english_words for w in words)
    return english, sum(w in lexicon.words(_INDONESIAN) for w in words)


def same_speaker(first: str | None, second: str | None) -> bool:
    """Tell whether two speaker names are one person: unknown, or, titles and degrees left out
    ("Prof. Dr. Antonius Wirya, Sp.PD", "Insp. Gen. Irwan Setiadi"), the same words in the same
    number, each spelt alike ("I Ketut Suardana" / "I Ktut Suardana"), two or more of them
    in a row of the other ("Asep Mulyana" / "Asep Mulyana Sukma"), its first and last words
    ("Harun Siregar" / "Harun Al Rasyid Siregar"), or a surname alone
    against the whole name ("Sitepu" / "Darmawan Sitepu")."""
    if not first or not second or first == second:
        return True
    a, b = _name_words(first), _name_words(second)
    if len(a) != len(b) and min(len(a), len(b)) == 1:
        single, whole = (a, b) if len(a) == 1 else (b, a)
        return _alike_word(single[0], whole[-1])
    shorter, longer = sorted((a, b), key=len)
    # Outlets shorten a name by its first or last words ("Asep Mulyana" for "Asep Mulyana
    # Sukma", "Wayan Darsana" for "I Wayan Darsana"): two or more words in a row of the
    # longer name, each spelt alike.
    in_a_row = any(
        all(_alike_word(x, y) for x, y in zip(shorter, longer[start:], strict=False))
        for start in range(len(longer) - len(shorter) + 1)
    )
    return in_a_row or _without_middle_words(shorter, longer)


def _without_middle_words(shorter: list[str], longer: list[str]) -> bool:
    """Tell whether a name is the longer one without some of its middle words ("Harun
    Siregar" for "Harun Al Rasyid Siregar"): the same first and last word, the words between
    in the same order."""
    if len(shorter) < 2 or len(shorter) >= len(longer):
        return False
    if not (_alike_word(shorter[0], longer[0]) and _alike_word(shorter[-1], longer[-1])):
        return False
    rest = iter(longer[1:-1])
    return all(any(_alike_word(word, other) for other in rest) for word in shorter[1:-1])


def _alike_word(first: str, second: str) -> bool:
    """Tell whether two words of names are spelt alike: nearly the same letters, the same
    but for an "o" written "a", as Javanese names are ("Purnomo" / "Purnama", "Santoso" /
    "Santosa"), or one the other's initial ("A." for "Adiwarsito")."""
    if first == second:
        return True
    if min(len(first), len(second)) == 1:  # an initial for the word ("Wisnu A. Raharjo")
        return first[0] == second[0]
    return min(len(first), len(second)) >= MIN_FUZZY and (
        first.replace("o", "a") == second.replace("o", "a") or _alike(first, second)
    )


def _name_words(name: str) -> list[str]:
    """Return a speaker's name words, lower case, without titles, ranks or degrees (what
    follows a comma: "Antonius Wirya, Sp.PD")."""
    titles = (
        lexicon.lowered(_TITLES) | lexicon.lowered(_RANKS) | lexicon.lowered(_TITLE_ABBREVIATIONS)
    )
    words = [w.strip(".").lower() for w in name.split(",")[0].split()]
    kept = [w for w in words if w and w.replace(".", "") not in titles]
    return kept or words


def _alike(first: str, second: str) -> bool:
    return SequenceMatcher(None, first, second).ratio() >= SAME_SPELLING
