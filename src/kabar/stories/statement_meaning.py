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
from kabar.stories.statement_negations import read_negations
from kabar.stories.statement_times import other_times
from kabar.text import statement_words

_ANTONYMS = "statement_antonyms.tsv"
_SUBJECTS = "statement_subjects.txt"
_NEGATIONS, _MODALS = "negations.txt", "negation_modals.txt"
_LIGHT_HEADS = "negation_light_heads.txt"
_CLAUSE = re.compile(r"[.!?;,]")
# A negation negates the content words right after it, past any modal ("tidak berencana
# menaikkan": both "rencana" and "naik") or light verb ("tidak memiliki dokumen izin").
_SCOPE_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")
_NYA = re.compile(r"(?<=\w{4})nya$")


def meaning_conflict(short: str, carried: str) -> str | None:
    """Opposite words or other subjects, in either language."""
    if opposite(short, carried) or _untranslated_opposite(short, carried):
        return "negation"
    if _other_subjects(short, carried):
        return "subject"
    if other_times(short, carried):
        return "time"
    return None


def opposite(first: str, second: str) -> bool:
    """Tell whether one quote has a word of one polarity and the other a word of the
    opposite one, neither having both ("membenarkan" / "membantah", "positif" / "negatif").
    A negated word of a pair whose sides negate each other counts for its opposite ("tidak
    setuju" is "menolak"); of another pair, for itself ("tidak naik" is not "turun")."""
    for one, other, negates in _antonyms():
        a_one, a_other = _sides(first, one, other, negates)
        b_one, b_other = _sides(second, one, other, negates)
        if (a_one and not a_other and b_other and not b_one) or (
            a_other and not a_one and b_one and not b_other
        ):
            return True
    return False


def _untranslated_opposite(first: str, second: str) -> bool:
    """Tell whether an English quote has a word its Indonesian counterpart does not translate
    but contradicts: the Indonesian says the word's opposite and not the word ("4.9 million
    domestic tourists" against "4,9 juta" said of "wisatawan mancanegara")."""
    if is_english(first) == is_english(second):
        return False
    english, other = (first, second) if is_english(first) else (second, first)
    plain, negated = _polar_stems(other)
    for word in {w.lower() for w in _WORD.findall(english)}:
        meanings = {stem(t) for t in translations(word) if not _bare_noun(t)}
        if not meanings or meanings & (plain | negated):
            continue
        for one, opposite, _ in _antonyms():
            for side, other_side in ((one, opposite), (opposite, one)):
                if meanings & side and plain & other_side and not plain & side:
                    return True
    return False


def _sides(
    text: str, one: frozenset[str], other: frozenset[str], negates: bool
) -> tuple[bool, bool]:
    """Tell whether a quote says one side of a pair of opposites, and whether the other."""
    plain, negated = _polar_stems(text)
    if negates:
        return bool(plain & one or negated & other), bool(plain & other or negated & one)
    said = plain | negated
    return bool(said & one), bool(said & other)


def negated_in_other_words(negating: str, other: str) -> bool:
    """Tell whether a quote says in one word what the other says by a negation: a word it
    negates has its opposite in the other, said plainly ("tidak tertutup kemungkinan" /
    "membuka peluang", "tidak boleh memungut" / "dilarang memungut")."""
    _, negated = _polar_stems(negating)
    plain, _ = _polar_stems(other)
    return any(
        (negated & one and plain & opposite) or (negated & opposite and plain & one)
        for one, opposite, negates in _antonyms()
        if negates
    )


@lru_cache(maxsize=8192)
def _polar_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems of a quote's words said plainly and of those a negation comes right
    before (past a modal), an English quote's with their translations."""
    plain: set[str] = set()
    negated: set[str] = set()
    negations, modals = lexicon.words(_NEGATIONS), lexicon.words(_MODALS)
    english = is_english(text)
    for clause in _CLAUSE.split(read_negations(text)):
        in_scope = 0  # content words still to come in the scope of a negation
        for word in (w.lower() for w in _WORD.findall(clause)):
            if word in negations:
                in_scope = _SCOPE_WORDS
                continue
            written = (word, *translations(word)) if english else (word,)
            stems = {stem(w) for w in written if not _bare_noun(w)}
            (negated if in_scope else plain).update(stems)
            if in_scope and word not in modals and not _light(word) and statement_words(word):
                in_scope -= 1
    return frozenset(plain), frozenset(negated)


def _light(word: str) -> bool:
    """Tell whether a word is a verb a negation passes through ("memiliki", "ditemukan")."""
    return stem(word) in _light_stems()


@cache
def _light_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon.words(_LIGHT_HEADS))


def _bare_noun(word: str) -> bool:
    """Tell whether a word is the bare root of opposites listed only affixed: "tingkat" of
    "tingkat kemiskinan" is a level, "meningkat" a rise."""
    return word in _affixed_only()


@cache
def _affixed_only() -> frozenset[str]:
    """The roots of listed opposites that are listed only with their affixes."""
    words = [w for row in lexicon.table(_ANTONYMS) for side in row[:2] for w in side.split()]
    return frozenset(stem(w) for w in words) - frozenset(words)


@cache
def _antonyms() -> tuple[tuple[frozenset[str], frozenset[str], bool], ...]:
    """Return each pair of opposites, and whether negating one side says the other."""
    return tuple(
        (
            frozenset(stem(w) for w in row[0].split()),
            frozenset(stem(w) for w in row[1].split()),
            row[2:] == ("not",),
        )
        for row in lexicon.table(_ANTONYMS)
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
        # each English word stands for its translations and for itself (a name: "Games")
        slots = [frozenset(stem(t) for t in (*translations(w), w)) for w in words if w[1:]]
        words = [t for w in words for t in (translations(w) or (w,))]
    stems = " " + " ".join(stem(w) for w in words) + " "
    written = " " + " ".join(_NYA.sub("", w) for w in words) + " "
    return frozenset(
        line
        for line, names in enumerate(_subjects())
        if any(
            f" {n} " in (stems if by_stem else written) or _in_slots(n.split(), slots)
            for n, by_stem in names
        )
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
def _subjects() -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Return each subject's names, their words stemmed and joined by a space, and whether
    they are found by stems: a name of one word for a doer (pe- without -an) is found as
    written ("perawat" is not "dirawat", "pengungsi" not "mengungsi"; "kebakaran" is
    "pembakaran")."""
    return tuple(
        tuple(_subject_name(name.split("_")) for name in line.split())
        for line in lexicon.lines(_SUBJECTS)
    )


def _subject_name(words: list[str]) -> tuple[str, bool]:
    word = words[0]
    if len(words) == 1 and word.startswith("pe") and not word.endswith("an") and stem(word) != word:
        return word, False
    return " ".join(stem(w) for w in words), True
