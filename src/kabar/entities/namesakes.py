"""Places named after people are not mentions of the person.

"Stadion Moch. Soebroto", "RSUD dr. Slamet", "Jalan Sumiati Hadiwijoyo": a person name right
after a word that opens the name of a building, street, airport or trophy
(``namesake_heads.txt``), with only titles, abbreviated given names ("Moch.", "H.") and their
dots between, names the place. Such mentions leave their person group; a group left without
mentions is dropped (the place itself is the organisation and place passes' business), so the
person the place is named after, when the text also names them, keeps the other mentions.
"""

from __future__ import annotations

from dataclasses import replace

from kabar.entities.candidates import Candidate, Resolution
from kabar.entities.doc import Doc
from kabar.lexicon import lowered

# Longest abbreviated given name skipped between the head and the name ("Moch", "Muh").
MAX_ABBREVIATION = 4


def named_place(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a person mention is the name of a place named after someone."""
    words = doc.words
    k = cand.first - 1
    while k >= 0 and (
        words[k] == "."
        or words[k].lower().rstrip(".") in doc.titles
        or (
            len(words[k].rstrip(".")) <= MAX_ABBREVIATION
            and words[k][:1].isupper()
            and k + 1 < len(words)
            and words[k + 1] == "."
        )
    ):
        k -= 1
    return k >= 0 and words[k].lower() in lowered("namesake_heads.txt")


def without_namesakes(state: Resolution) -> Resolution:
    """Pass: person groups without the mentions that name a place after the person."""
    doc = state.doc
    groups: list[tuple[Candidate, ...]] = []
    for group in state.groups:
        if any(c.type == "PERSON" for c in group):
            kept = tuple(c for c in group if c.type != "PERSON" or not named_place(doc, c))
            if not kept:
                continue
            group = kept
        groups.append(group)
    return replace(state, groups=tuple(groups))
