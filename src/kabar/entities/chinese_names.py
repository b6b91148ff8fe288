"""Chinese-Indonesian names the tagger misses: a family name and one or two short given-name
syllables ("Tan Mei Ling", "Lie Mei Fong"), whose syllables are often words of other kinds
("Mei" the month). A listed family name (``chinese_surnames.txt``) opening such a run is a
person's name where the run is set off by commas or brackets ("Istri Aweng, Lie Mei Fong,
menangis", "Terdakwa, Tan Mei Ling (46), ...") or follows a speech verb; spans the tagger put
inside the run give way to it.
"""

from __future__ import annotations

from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.ner import Span
from kabar.lexicon import lowered

# Most letters of a given-name syllable ("Mei", "Khiun", "Liong").
MAX_SYLLABLE = 5
# Given-name syllables after the family name.
MIN_SYLLABLES = 1
MAX_SYLLABLES = 2


def add_chinese_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the spans with each set-off Chinese-Indonesian name a person span."""
    words = doc.words
    surnames = lowered("chinese_surnames.txt")
    found: list[Span] = []
    for k, word in enumerate(words):
        if word.lower() not in surnames or not word.istitle():
            continue
        end = k + 1
        while end < len(words) and end - k <= MAX_SYLLABLES and _syllable(words[end]):
            end += 1
        if end - k - 1 < MIN_SYLLABLES or (end < len(words) and words[end][:1].isupper()):
            continue
        before = words[k - 1].lower() if k > 0 else ""
        after = words[end] if end < len(words) else ""
        if (before == "," and after in (",", "(")) or before in speech_verbs():
            found.append(Span(k, end, "PERSON"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.first <= s.first and s.last <= f.last for f in found)]
    clash = [f for f in found if any(s.first < f.last and f.first < s.last for s in kept)]
    return sorted([*kept, *(f for f in found if f not in clash)], key=lambda s: s.first)


def _syllable(word: str) -> bool:
    """Whether a word may be a given-name syllable: short, alphabetic, capitalised only."""
    return word.isalpha() and word.istitle() and len(word) <= MAX_SYLLABLE
