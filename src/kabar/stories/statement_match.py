"""Whether two quotes carry one statement: guards first, then how alike their wordings are.

Guards never link two quotes whose numbers differ ("selama 16 tahun" / "selama 20 tahun"),
whose named people differ ("Terdakwa Darmo" / "Terdakwa Rina") or of which one negates and the
other does not. Past the guards, three similarities were measured on keyed pairs
(benchmarks/eval_statements.py): character 4-grams, aligned content words (Indonesian affixes
stripped, so "penyesuaian" meets "menyesuaikan") and, where installed, a static
sentence-embedding model; ``aligned`` is the one the pipeline uses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kabar import lexicon
from kabar.config import DEFAULT_SETTINGS, StatementSettings
from kabar.stories import statement_guards as guards
from kabar.stories import statement_lexicon as lexicon_words
from kabar.stories import statement_numbers as numbers
from kabar.stories.statement_guards import passage_of
from kabar.stories.statement_lexicon import content_stem
from kabar.stories.statement_negations import document_frequencies
from kabar.text import split_sentences, statement_words

_WORD = re.compile(r"[^\W\d_]+")
# English words no translation carries as a content word.
_ENGLISH_STOP = "statement_en_stop_words.txt"
# The share of an English quote's content words that must meet their translation.
_MIN_TRANSLATED = 0.5
_NUMERALS = "numerals.tsv"


@dataclass(frozen=True)
class Wording:
    """What the guards and similarities read of one quote."""

    text: str
    stems: frozenset[str]
    weights: tuple[tuple[str, float], ...] = ()  # each stem's weight: how rare its word is
    # an English quote: each content word with the Indonesian stems a translation may use
    english: tuple[frozenset[str], ...] | None = None


@lru_cache(maxsize=4096)
def wording(text: str) -> Wording:
    """Return the content-word stems of a quote, each with its weight."""
    weights: dict[str, float] = {}
    figures = _number_words()
    for word in statement_words(text):
        if word in figures or any(c.isdigit() for c in word):
            continue  # a number is compared by its value, however written (below)
        root = content_stem(word)
        weights[root] = max(weights.get(root, 0.0), _weight(word))
    # each number as one word of its value: "14.000 buruh" and "14 ribu pekerja" share it
    for figure in numbers.figures(text):
        value = f"#{figure.value:g}"
        weights[value] = _weight(value)
    english = _english_units(text) if lexicon_words.is_english(text) else None
    return Wording(text, frozenset(weights), tuple(weights.items()), english)


def _english_units(text: str) -> tuple[frozenset[str], ...]:
    """Each content word of an English quote with the Indonesian stems a translation uses."""
    stop = lexicon.words(_ENGLISH_STOP)
    return tuple(
        frozenset({word, *(content_stem(w) for w in lexicon_words.translations(word))})
        for word in dict.fromkeys(w.lower() for w in _WORD.findall(text))
        if len(word) > 2 and word not in stop
    )


@cache
def _number_words() -> frozenset[str]:
    """The words of a figure ("delapan", "sepuluh", "puluh") and its scale ("juta")."""
    return frozenset(
        row[0]
        for row in lexicon.table(_NUMERALS)
        if row[1] in ("digit", "se", "teen", "mult", "scale")
    )


def across_aligned(a: Wording, b: Wording, settings: StatementSettings) -> bool:
    """Tell whether an English quote and an Indonesian one align: enough of the English
    content words have a translation (or the same word: a name) among the other's stems."""
    english, other = (a, b) if a.english is not None else (b, a)
    units = english.english or ()
    if not units or other.english is not None:
        return False
    words = other.stems | {w.lower() for w in _WORD.findall(other.text)}
    matched = sum(1 for unit in units if unit & words)
    return matched >= settings.min_shared_words and matched / len(units) >= _MIN_TRANSLATED


def _weight(word: str) -> float:
    """Return a word's inverse document frequency: a rare word says more of a statement."""
    table, documents = document_frequencies()
    return math.log((documents + 1) / (table.get(word, 0) + 1))


def weighted_similarity(a: Wording, b: Wording) -> float:
    """Return the weighted Dice overlap of two quotes' stems, rare words weighing more: a
    quote with one rare word changed ("saksi" / "dokumen") is less alike than a paraphrase
    with common words changed ("diperlukan agar" / "harus supaya")."""
    first, second = dict(a.weights), dict(b.weights)
    total = sum(first.values()) + sum(second.values())
    if not total:
        return 0.0
    shared = sum(first[s] + second[s] for s in first.keys() & second.keys())
    return shared / total


def conflict(
    a: Wording, b: Wording, speakers: tuple[str | None, ...] = (), *, across_languages: bool = False
) -> str | None:
    """Return why two quotes cannot be one statement ("numbers", "names", "negation"), or None
    (kabar.stories.statement_guards); the speakers' own names are no named people. A quote in
    English and one in Indonesian are compared across languages."""
    across_languages = across_languages or (a.english is None) != (b.english is None)
    return guards.conflict(a.text, b.text, _StemsOf(), speakers, across_languages=across_languages)


class _StemsOf(dict[str, frozenset[str]]):
    """The content-word stems of any text, computed when asked."""

    def __missing__(self, text: str) -> frozenset[str]:
        return wording(text).stems


def char_similarity(a: str, b: str) -> float:
    """Return the share of the shorter quote's character 4-grams found in the longer one."""
    first, second = _grams(a), _grams(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


@lru_cache(maxsize=4096)
def _grams(text: str) -> frozenset[str]:
    words = " ".join(w.lower() for w in _WORD.findall(text))
    return frozenset(words[i : i + 4] for i in range(len(words) - 3))


def aligned_similarity(a: Wording, b: Wording) -> float:
    """Return the share of the shorter quote's content-word stems found in the longer one."""
    if not a.stems or not b.stems:
        return 0.0
    return len(a.stems & b.stems) / min(len(a.stems), len(b.stems))


def aligned(a: Wording, b: Wording, settings: StatementSettings) -> bool:
    """Tell whether two quotes' stems align: enough shared, enough of the shorter one's, and
    enough of both (a short quote is contained in many long ones by chance)."""
    shared = len(a.stems & b.stems)
    if shared < settings.min_shared_words:
        return False
    smaller = min(len(a.stems), len(b.stems))
    union = len(a.stems) + len(b.stems) - shared
    return shared / smaller >= settings.min_containment and shared / union >= settings.min_jaccard


Similarity = Callable[[Wording, Wording], float]
SIMILARITIES: dict[str, Similarity] = {
    "char": lambda a, b: char_similarity(a.text, b.text),
    "aligned": aligned_similarity,
    "weighted": weighted_similarity,
}
# The threshold of each similarity scored alone: char, weighted and embedding chosen on the
# development pairs (tests/data/statement_pairs/dev_pairs.jsonl) before the keyed pairs were
# scored, aligned set to the statement settings' min_containment; the pipeline's decision uses
# the statement settings themselves.
THRESHOLDS = {"char": 0.6, "aligned": 0.5, "weighted": 0.5, "embedding": 0.7}


def same_statement(
    a: Wording,
    b: Wording,
    settings: StatementSettings = DEFAULT_SETTINGS.statements,
    speakers: tuple[str | None, ...] = (),
) -> bool:
    """Tell whether two quotes (of speakers known to be compatible) carry one statement: no
    guard fires, and their stems align or the shorter is a passage of the longer."""
    return conflict(a, b, speakers) is None and alike(a, b, settings)


def alike(a: Wording, b: Wording, settings: StatementSettings) -> bool:
    """Tell whether two wordings say the same, guards aside: stems aligned, a passage of the
    longer quote, or (one in English) enough words translated."""
    if (a.english is None) != (b.english is None):
        return across_aligned(a, b, settings) or _sentence_across(a, b, settings)
    return (
        aligned(a, b, settings)
        or passage_of(a.text, b.text)
        or (a.english is not None and english_aligned(a, b, settings))
    )


def _sentence_across(a: Wording, b: Wording, settings: StatementSettings) -> bool:
    """Tell whether a sentence of a longer English quote aligns with a shorter Indonesian one:
    the Indonesian outlet carried one sentence of it."""
    english, other = (a, b) if a.english is not None else (b, a)
    if len(english.text) <= len(other.text):
        return False
    sentences = _sentences(english.text)
    # a sentence of an English quote is English, though too short to tell by itself
    return len(sentences) > 1 and any(
        across_aligned(replace(wording(s), english=_english_units(s)), other, settings)
        for s in sentences
    )


def _sentences(text: str) -> list[str]:
    """Return a quote's sentences; one that opens with no capital continues the one before
    (a stop after an abbreviation: "opens on Aug. 5")."""
    sentences: list[str] = []
    for start, end in split_sentences(text):
        part = text[start:end].strip()
        if sentences and not part[:1].isupper():
            sentences[-1] = f"{sentences[-1]} {part}"
        elif part:
            sentences.append(part)
    return sentences


def english_aligned(a: Wording, b: Wording, settings: StatementSettings) -> bool:
    """Tell whether two English quotes align through their translations: a word meets
    another that shares an Indonesian word with it ("kept" / "keep", "below" / "under"), as
    two Indonesian quotes align by stems."""
    first, second = sorted((a.english or (), b.english or ()), key=len)
    if not first:
        return False
    every = frozenset().union(*second)
    shared = sum(1 for unit in first if unit & every)
    union = len(first) + len(second) - shared
    return (
        shared >= settings.min_shared_words
        and shared / len(first) >= settings.min_containment
        and shared / union >= settings.min_jaccard
    )


def compatible_speakers(first: str | None, second: str | None) -> bool:
    """Tell whether two speaker names can be one person (kabar.stories.statement_lexicon)."""
    return lexicon_words.same_speaker(first, second)
