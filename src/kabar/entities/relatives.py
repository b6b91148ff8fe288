"""Capitalised words the text explains as no one's name: a relative named by whom they are
related to ("Adik Lukas, Vivian Susanto, mengatakan ..."), and a regional term glossed after
"atau" ("Sangadi atau kepala desa Tanoyan, Rusdi Mokoagow, mengaku ...").

A kinship or relational noun capitalised at the head of a sentence, with the name of the person
it relates to, reads to the tagger as a two-word name. The apposition after the comma names the
relative; the pair names nobody. The related person's name stands on its own elsewhere in the
text ("kata Lukas"), and the apposition opens with a name word, not an office ("Putri Ayu,
Ketua RT 03" is a woman with a title after her name).

A one-word term glossed after every mention by "atau" and lower-case words is a word of the
region's language explained, not a person; a nickname cue after "atau" ("Joko atau yang akrab
disapa Josan") gives a person's other name instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.entities.nickname_cues import NICKNAME
from kabar.lexicon import lowered
from kabar.models import Mention

# "atau" and the lower-case word that opens a gloss ("Sangadi atau kepala desa").
_GLOSS = re.compile(r"\s+atau\s+[a-z]")
# A comma and the capitalised word that opens the apposition.
_APPOSITION = re.compile(r"\s*,\s+([A-Z][\w'’-]*)")


@cache
def _relational_nouns() -> frozenset[str]:
    """The one-word roles held for someone else ("adik", "istri", "kuasa" is not one)."""
    return frozenset(r for r in lowered("relational_roles.txt") if " " not in r)


def relative_by_relation(
    lower: Sequence[str], body: str, mentions: Sequence[Mention], address: frozenset[str]
) -> bool:
    """Whether a two-word cluster is a relational noun and a name, every mention followed by an
    apposition that opens with a name word, and the name also stands alone in the text."""
    if len(lower) != 2 or lower[0] not in _relational_nouns() or not mentions:
        return False
    for m in mentions:
        after = _APPOSITION.match(body, m.end)
        if after is None or after.group(1).lower() in address:
            return False
    related = mentions[0].text.split()[-1]
    alone = len(re.findall(rf"\b{re.escape(related)}\b", body))
    return alone > len(mentions)


def explained(
    lower: Sequence[str], body: str, mentions: Sequence[Mention], address: frozenset[str]
) -> bool:
    """Whether a cluster is a relative named by relation or a glossed term (see module)."""
    return relative_by_relation(lower, body, mentions, address) or _glossed(lower, body, mentions)


def _glossed(lower: Sequence[str], body: str, mentions: Sequence[Mention]) -> bool:
    """Whether a one-word name is followed at every mention by "atau" and a lower-case gloss."""
    return (
        len(lower) == 1
        and bool(mentions)
        and all(
            _GLOSS.match(body, m.end) is not None and NICKNAME.match(body, m.end) is None
            for m in mentions
        )
    )
