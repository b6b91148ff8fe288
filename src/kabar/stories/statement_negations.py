"""How the statement guards read a quote's negations: an English contraction of "not" as the
word ("won't"), the "no" of a bound ("no later than") as no negation, and an Indonesian
negation mistyped by a letter dropped or doubled ("tdak", "blum", "tiidak") as the negation,
and one run into the next word ("tidakperlu") as the two words.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from kabar import lexicon
from kabar.stories.statement_lexicon import bound_not_denied, glossary, is_english, stem

_NEGATIONS, _ROOTS = "negations.txt", "indonesian_roots.txt"
# English contractions of "not" ("don't", "isn't", "won't"): read as the word.
_NOT_CONTRACTED = re.compile(r"n['’]t\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# A negation this long mistyped by a letter dropped or doubled is still read as one; a shorter
# one ("tak", "not") mistyped is too like other words.
_MIN_MISTYPED = 5
# The shortest word a negation is run into that is read as one ("tidakada").
_MIN_ROOT = 3


def read_negations(text: str) -> str:
    """Return a quote with its negations as the guards read them (see the module)."""
    text = bound_not_denied(_NOT_CONTRACTED.sub(" not", text))
    if is_english(text):
        return text
    # a capitalised word may be a name ("Tana Toraja"): only one written in lower case is read
    return _WORD.sub(lambda found: _respelt(found.group()), text)


def _respelt(word: str) -> str:
    """Return a word as the guards read it: a mistyped negation as the negation, one run into
    the next word ("tidakperlu") as the two words."""
    mistyped = _mistyped_negations()
    if word in mistyped:
        return mistyped[word]
    roots = lexicon.words(_ROOTS)
    used, _ = document_frequencies()
    if word in used or word in roots:
        return word
    for negation in _indonesian_negations():
        rest = word[len(negation) :]
        if not word.startswith(negation) or stem(word) == negation:
            continue  # the negation with a particle ("bukankah", "tidaknya") is one word
        if len(rest) >= _MIN_ROOT and (rest in used or rest in roots):
            return f"{negation} {rest}"
    return word


@cache
def _indonesian_negations() -> tuple[str, ...]:
    """The Indonesian negations long enough to be found run into another word ("tidak")."""
    english = glossary()
    return tuple(
        n for n in sorted(lexicon.words(_NEGATIONS)) if len(n) >= _MIN_MISTYPED and n not in english
    )


@cache
def _mistyped_negations() -> dict[str, str]:
    """Each Indonesian negation (one the English glossary does not list) with a letter dropped
    or doubled ("tdak", "tiidak"), where no listed root and no word of the background corpus
    is spelt so ("buka" is no "bukan")."""
    roots = lexicon.words(_ROOTS)
    used, _ = document_frequencies()
    negations = lexicon.words(_NEGATIONS)
    english = glossary()
    found: dict[str, str] = {}
    for negation in sorted(negations):
        if len(negation) < _MIN_MISTYPED or negation in english:
            continue
        dropped = {negation[:i] + negation[i + 1 :] for i in range(len(negation))}
        doubled = {negation[:i] + negation[i] + negation[i:] for i in range(len(negation))}
        for spelling in sorted(dropped | doubled):
            if spelling not in roots and spelling not in used and spelling not in negations:
                found.setdefault(spelling, negation)
    return found


@cache
def document_frequencies() -> tuple[dict[str, int], int]:
    """Return the packaged background document frequencies (kabar/data) and their documents."""
    path = resources.files("kabar") / "data" / "background_df_id.tsv.gz"
    table: dict[str, int] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, count = line.rstrip("\n").split("\t")
            table[word] = int(count)
    return table, table.pop("#documents", 1)
