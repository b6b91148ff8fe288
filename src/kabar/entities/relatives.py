"""A relative named by whom they are related to: "Adik Lukas, Vivian Susanto, mengatakan ...".

A kinship or relational noun capitalised at the head of a sentence, with the name of the person
it relates to, reads to the tagger as a two-word name. The apposition after the comma names the
relative; the pair names nobody. The related person's name stands on its own elsewhere in the
text ("kata Lukas"), and the apposition opens with a name word, not an office ("Putri Ayu,
Ketua RT 03" is a woman with a title after her name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.lexicon import lowered
from kabar.models import Mention

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
