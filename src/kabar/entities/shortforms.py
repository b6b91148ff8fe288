"""Short forms of a person's name that grouping reads: clipped names and nicknames.

``clipped_hosts`` finds the one full name a name after a familiar honorific clips ("Pak Darmo"
of Sudarmo), ``clipped_single`` the one person of a single longer word it clips ("Pak Supri" of
Supriyadi); ``blended_hosts`` the one full name a nickname blends two words of ("Rizmaul" of
Rizki Maulana); ``add_clipped_repeats`` adds the clipped names the tagger left untagged;
``nickname_mention`` tells a nickname mention from a mention of the name itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from kabar.entities.candidates import Candidate, Found
from kabar.entities.doc import Doc
from kabar.lexicon import lowered_for_use

# Shortest clipped name read as a short form ("Pur" of Purnomo).
MIN_CLIPPED = 3
# Shortest nickname blended from two words of a name ("Jokowi" of Joko Widodo), and the fewest
# letters it takes from the first word and from the second.
MIN_BLEND = 5
BLEND_HEAD = 3
BLEND_TAIL = 2


def clipped_hosts(
    doc: Doc, cand: Candidate, part: str, hosts_of: dict[str, list[int]]
) -> list[int]:
    """Return the one full name a name after an honorific or title clips, a syllable part of
    one of its words ("Pak Darmo" of Sudarmo Hadiprawiro, "Bang Jali" of Marjali, "Pak Tris"
    of Sutrisno Hadiwijoyo), else nothing."""
    k = cand.first - 1
    if len(part) < MIN_CLIPPED or k < 0 or not _addressed(doc, k):
        return []
    hosts = {
        g
        for word, groups in hosts_of.items()
        if len(word) > len(part) + 1 and part in word
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
    if len(part) < MIN_CLIPPED or k < 0 or not _addressed(doc, k):
        return None
    keys = [
        key
        for key, g in by_key.items()
        if key[0] == "P"
        and len(key[1]) > len(part) + 1
        and part in key[1]  # "Pak Supri" of Supriyadi, "Pak Kardi" of Sukardiman
        and all(m.last - m.first == 1 for m in groups[g])
    ]
    return keys[0] if len(keys) == 1 else None


def blended_hosts(part: str, fulls: Sequence[tuple[Sequence[str], int]]) -> list[int]:
    """Return the one full name whose two words in a row a nickname blends from their starts
    ("Rizmaul" of Rizki Maulana, "Jokowi" of Joko Widodo), else nothing."""
    if len(part) < MIN_BLEND:
        return []
    hosts = {
        group
        for parts, group in fulls
        for first, second in pairwise(parts)
        if part not in (first, second) and _blends(part, first, second)
    }
    return list(hosts) if len(hosts) == 1 else []


def _blends(part: str, first: str, second: str) -> bool:
    """Tell whether a word is a start of ``first`` followed by a start of ``second``."""
    return any(
        first.startswith(part[:cut]) and second.startswith(part[cut:])
        for cut in range(BLEND_HEAD, len(part) - BLEND_TAIL + 1)
    )


def _addressed(doc: Doc, k: int) -> bool:
    """Tell whether token k is a title or familiar honorific a clipped name follows."""
    lower = doc.words[k].lower().rstrip(".")
    return lower in doc.titles or lower in lowered_for_use("honorifics.tsv", "kinship")


def nickname_mention(doc: Doc, cand: Candidate) -> bool:
    """Tell whether a mention is a nickname of a full name (words the name does not hold)."""
    if cand.canonical is None:
        return False
    held = {w.lower() for w in cand.canonical.split()}
    return not any(w.lower() in held for w in doc.words[cand.first : cand.last])


def add_clipped_repeats(doc: Doc, found: Found, person_words: set[str]) -> None:
    """Add the untagged clipped names after a title or honorific (a quoted "Teungku Zain itu ..."
    beside Tgk. Zainuddin Ibrahim): a capitalised word inside one word of exactly one name of a
    person found, which grouping then joins to that person."""
    keys = {w.lower() for w in person_words}
    for k in range(1, len(doc.words)):
        word = doc.words[k]
        part = word.lower()
        if (
            found.covered[k]
            or len(part) < MIN_CLIPPED
            or not word[:1].isupper()
            or not word.isalpha()
            or part in keys
            or not _addressed(doc, k - 1)
            or doc.is_common(k)
        ):
            continue
        holders = [w for w in keys if len(w) > len(part) + 1 and part in w]
        if len(holders) == 1:
            found.add(Candidate(k, k + 1, "PERSON"))
