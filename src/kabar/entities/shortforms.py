"""Short forms of a person's name that grouping reads: clipped names and nicknames.

``clipped_hosts`` finds the one full name a name after a familiar honorific clips ("Pak Darmo"
of Sudarmo), ``clipped_single`` the one person of a single longer word it clips ("Pak Supri" of
Supriyadi); ``nickname_mention`` tells a nickname mention from a mention of the name itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.lexicon import lowered_for_use

# Shortest clipped name read as a short form ("Pur" of Purnomo).
MIN_CLIPPED = 3


def clipped_hosts(
    doc: Doc, cand: Candidate, part: str, hosts_of: dict[str, list[int]]
) -> list[int]:
    """Return the one full name a name after a familiar honorific clips at its start ("Pak
    Darmo" of Sudarmo Hadiprawiro, "Bang Jali" of Marjali), else nothing."""
    k = cand.first - 1
    if len(part) < MIN_CLIPPED or k < 0:
        return []
    if doc.words[k].lower() not in lowered_for_use("honorifics.tsv", "kinship"):
        return []
    hosts = {
        g
        for word, groups in hosts_of.items()
        if len(word) > len(part) + 1 and word.endswith(part)
        for g in groups
    }
    return list(hosts) if len(hosts) == 1 else []


def clipped_single(
    doc: Doc,
    cand: Candidate,
    part: str,
    by_key: Mapping[tuple[str, str], int],
    groups: Sequence[Sequence[Candidate]],
) -> tuple[str, str] | None:
    """Return the key of the one person named by a single longer word that a name after a
    title or honorific clips ("Pak Supri" of Supriyadi), else None."""
    k = cand.first - 1
    if len(part) < MIN_CLIPPED or k < 0 or doc.words[k].lower() not in doc.titles:
        return None
    keys = [
        key
        for key, g in by_key.items()
        if key[0] == "P"
        and len(key[1]) > len(part) + 1
        and key[1].startswith(part)
        and all(m.last - m.first == 1 for m in groups[g])
    ]
    return keys[0] if len(keys) == 1 else None


def nickname_mention(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a mention is a nickname of a full name (words the name does not hold)."""
    if cand.canonical is None:
        return False
    held = {w.lower() for w in cand.canonical.split()}
    return not any(w.lower() in held for w in doc.words[cand.first : cand.last])
