"""An office written before the area it serves names that area, not a person.

"Camat Jatiluwih" or "Perbekel Jatiluwih" where the text also writes "Desa Jatiluwih" is the
head of that district or village called by their area, as regional news does when it gives no
name; the tagger reads the area (or the office and the area, when it does not know the office)
as a person's name. A person span is a place when, after any area office it opens with, its
words are the name the text writes after a place or village word ("Desa", "Kecamatan",
"Subak") or open with such a word ("Pekaseh Subak Munduk Sari"); so is any person span opened
by a village word the tagger does not know as a place cue ("Subak Munduk Sari"). So is a
one-word area after an office with its holder's name in apposition after it ("Panewu Sanden,
Wardoyo, mengatakan"). A holder's own name after the area ("Camat Sibolangit Darwin
Ginting") is left to the rules that read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from kabar.entities.doc import Doc
from kabar.entities.ner import Span
from kabar.lexicon import lowered

# Most words of an area's name ("Jatiluwih Kelod", "Munduk Sari").
MAX_AREA_WORDS = 3


def areas_after_offices(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """Return the spans with each person span that names an office's area made a place."""
    if not any(s.type == "PERSON" for s in spans):
        return list(spans)
    offices = lowered("regional_offices.txt")
    words = doc.words
    villages = lowered("village_words.txt")
    heads = doc.lex.loc_cues | villages
    areas = _area_names(doc, heads)
    person_starts = {s.first for s in spans if s.type == "PERSON"}
    out = []
    for span in spans:
        first = span.first
        if span.type == "PERSON":
            while first < span.last - 1 and words[first].lower() in offices:
                first += 1
            after_office = first > span.first or (
                span.first > 0 and words[span.first - 1].lower() in offices
            )
            named = tuple(words[first : span.last])
            # "Panewu Sanden, Wardoyo, mengatakan": the holder named after the area
            holder_after = words[span.last : span.last + 1] == [","] and (
                span.last + 1 in person_starts
            )
            area = after_office and (
                named in areas or named[0].lower() in heads or (len(named) == 1 and holder_after)
            )
            village = len(named) > 1 and named[0].lower() in villages  # "Subak Munduk Sari"
            if area or village:
                span = Span(first, span.last, "LOC")
        out.append(span)
    return out


def _area_names(doc: Doc, heads: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Return the names the text writes after a place or village word, each as its first one to
    MAX_AREA_WORDS capitalised words."""
    words = doc.words
    names: set[tuple[str, ...]] = set()
    for k in range(1, len(words)):
        if words[k - 1].lower() not in heads:
            continue
        run = 0
        while run < MAX_AREA_WORDS and k + run < len(words) and words[k + run][:1].isupper():
            run += 1
            names.add(tuple(words[k : k + run]))
    return frozenset(names)
