"""A name written right after a lower-case noun of a place is that place: "di daerah pemilihan
Hokkaido ke-7", "negara bagian Rio Grande do Sul", "kelurahan Oesapa dan Oebufu" (the tagger
read it as a person, and the gazetteer does not know it).

Only the nouns as running text writes them count (lower case: "kelurahan", not "Kelurahan",
which opens a name the cleaning already reads); a person's honorific or a speech verb before any
mention, or an age after one, keeps the name a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.entities.lexicon import lexicon, speech_verbs
from kabar.lexicon import lowered, lowered_for_use
from kabar.models import Mention

# Cues of where someone comes from ("pemuda asal Wonokromo"): the name is a place.
_ORIGIN = re.compile(r"\b(?:asal|berasal\s+dari)\s+$", re.IGNORECASE)
# An age in brackets after a name ("Yudha Setiawan (29)"): a person's.
_AGE = re.compile(r"\s*\(\d{1,3}\)")
# Characters read before a mention for the noun.
_REACH = 32


@cache
def _place_nouns() -> re.Pattern[str]:
    """A lower-case place noun ending right before a mention."""
    nouns = sorted(lowered_for_use("place_heads.tsv", "placed"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in nouns) + r")\s+$")


def named_as_place(body: str, mentions: Sequence[Mention]) -> bool:
    """Whether every mention stands after a cue of where someone comes from ("pemuda asal
    Wonokromo"), or one right after a lower-case noun of a place with none after a speech verb
    or followed by an age ("operator keuangan desa Yudha Setiawan (29)": a person after a role
    of the village)."""
    if not mentions:
        return False
    if all(_ORIGIN.search(body[max(0, m.start - _REACH) : m.start]) for m in mentions):
        return True
    return (
        not any(_AGE.match(body, m.end) or _spoken(body, m) for m in mentions)
        and any(_after_place_noun(body, m) for m in mentions)
    )


def _spoken(body: str, mention: Mention) -> bool:
    """Whether a speech verb stands right before a mention ("kata X")."""
    before = body[max(0, mention.start - _REACH) : mention.start].split()
    return bool(before) and before[-1].lower() in speech_verbs()


def _after_place_noun(body: str, mention: Mention) -> bool:
    """Whether a place noun ends right before a mention, after no title but an office that
    takes a place ("Gubernur negara bagian X"): "kepala desa Budi Santoso" is the village head,
    named after his office."""
    before = body[max(0, mention.start - _REACH) : mention.start]
    noun = _place_nouns().search(before)
    if noun is None:
        return False
    words = before[: noun.start()].split()
    title = words[-1].lower() if words else ""
    return title not in lexicon().name_titles or title in lowered("regional_offices.txt")
