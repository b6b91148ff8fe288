"""Retrospectives: headlines that look back over a span of time ("Setahun Prabowo-Gibran, …",
"Catatan Satu Tahun Pemerintahan …", "Setahun Bahlil di ESDM: …").

Such a piece takes stock of a tenure or of the time since something; it reports no new
development, so it continues no storyline and none continues it: on an anniversary week
every outlet publishes a dozen of them, sharing the office holder, the ministry and a topic
word, and joining them (and each to the news of its topic) makes one storyline of a week's
unrelated subjects. A span of time is one word of the se- kind (``period_whole_words.txt``)
or a number before a unit (``period_units.txt``: "1 Tahun", "Satu Tahun", "100 Hari"); it
makes a retrospective when a tenure word (``tenure_words.txt``) or a name of the story's
people and organisations follows it ("Setahun Bahlil"), or such a name after a bridging word
(``period_bridges.txt``: "Setahun Kerja Prabowo-Gibran"), never a span alone ("3 Bulan Tak
Digaji", "Divonis 5 Tahun Penjara", "Cair dalam 3 Hari Kerja").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kabar import lexicon
from kabar.models import Entity
from kabar.stories.numbers import counting_words

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
# Entity types whose names after a span of time make a look back over them.
_HOLDER_TYPES = frozenset({"PERSON", "ORG"})


def looks_back(title: str, entities: Iterable[Entity] = ()) -> bool:
    """Return whether a headline looks back over a span of time (see the module docstring)."""
    words = [w.lower() for w in _WORD.findall(title)]
    if not words:
        return False
    tenure = lexicon.lowered("tenure_words.txt")
    holders = {
        part
        for e in entities if e.type in _HOLDER_TYPES
        for name in (e.name, *e.aliases) for part in _WORD.findall(name.lower())
    }
    for at in range(len(words)):
        after = _span_end(words, at)
        if after is None or after >= len(words):
            continue
        if words[after] in lexicon.lowered("period_bridges.txt"):
            after += 1
            if after < len(words) and words[after] in holders:
                return True
        elif words[after] in tenure or words[after] in holders:
            return True
    return False


def _span_end(words: list[str], at: int) -> int | None:
    """Return the position after a span of time starting at ``at``, or None."""
    if words[at] in lexicon.lowered("period_whole_words.txt"):
        return at + 1
    counted = bool(_DIGITS.fullmatch(words[at])) or words[at] in counting_words()
    if counted and at + 1 < len(words) and words[at + 1] in lexicon.lowered("period_units.txt"):
        return at + 2
    return None
