"""Group one body's mentions into entities: by key, typo, containment and nearness."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.entities.names import contains_run, in_order, name_key, org_key

# Shortest name key (letters) for which a one-edit difference is read as a typo.
TYPO_MIN_KEY = 8


def group(doc: Doc, candidates: Sequence[Candidate]) -> list[list[Candidate]]:
    """Group candidates into entities (sets each candidate's ``group``)."""
    cands = sorted(candidates, key=lambda c: c.first)
    _settle_types(doc, cands)
    groups: list[list[Candidate]] = []
    by_key: dict[tuple[str, str], int] = {}

    def join(cand: Candidate, key: tuple[str, str]) -> None:
        """Put a candidate in the group of a key, opening the group on first use."""
        index = by_key.get(key)
        if index is None:
            index = by_key[key] = len(groups)
            groups.append([])
        groups[index].append(cand)
        cand.group = index

    # 1. fixed canonicals and organisations/places by key ("PT SKE" is "SKE" defined in text)
    acronyms = {
        name_key(doc.words[c.first]): org_key(c.canonical)
        for c in cands
        if c.canonical is not None
        and c.last - c.first == 1
        and c.type != "PERSON"
        and doc.words[c.first].isupper()
    }
    persons_full: list[Candidate] = []
    persons_single: list[Candidate] = []
    for c in cands:
        if c.canonical is not None:
            if c.type == "PERSON":
                join(c, ("P", name_key(c.canonical)))
            else:
                join(c, ("X", org_key(c.canonical)))
        elif c.type != "PERSON":
            key = org_key(doc.joined(c.first, c.last))
            join(c, ("X", name_key(acronyms.get(key, key))))
        elif c.last - c.first > 1:
            persons_full.append(c)
        else:
            persons_single.append(c)
    # 2. full person names by key, typos and contained names merged
    root = _person_roots(persons_full)
    for c in persons_full:
        join(c, ("P", root["".join(c.parts)]))
    # 3. single words join the full name that contains them
    hosts_of: dict[str, list[int]] = defaultdict(list)
    for c in persons_full:
        for p in set(c.parts):
            if c.group not in hosts_of[p]:
                hosts_of[p].append(c.group)
    salience = {g: len(groups[g]) for g in {c.group for c in persons_full}}
    for c in persons_single:
        part = "".join(c.parts)
        if len(c.parts) > 1:  # "Jong-un": joins the names containing all its parts in order
            hosts = [g for g in salience if any(contains_run(o.parts, c.parts) for o in groups[g])]
        else:
            hosts = hosts_of.get(part, [])
        if not hosts:
            join(c, ("P", part))
            continue
        chosen = hosts[0]
        if len(hosts) > 1:
            chosen = _closest(c, hosts, groups, doc.sentence_of, salience)
        groups[chosen].append(c)
        c.group = chosen
        salience[chosen] = salience.get(chosen, 0) + 1
    return [g for g in groups if g]


def _settle_types(doc: Doc, cands: list[Candidate]) -> None:
    """Give mentions of the same words one type: majority, the street again, a person's part."""
    # The same words tagged with different types in one body take the majority type.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.canonical is None:
            votes["".join(c.parts)][c.type] += 1
    for c in cands:
        if c.canonical is None:
            tally = votes["".join(c.parts)]
            if len(tally) > 1:
                c.type = max(tally, key=lambda k: (tally[k], k != "PERSON", k))
    # "di Adi Sucipto" after "Jalan Adi Sucipto": the street again, not a person
    streets = {
        "".join(c.parts[1:]): doc.joined(c.first, c.last)
        for c in cands
        if c.type == "LOC"
        and c.last - c.first > 1
        and doc.words[c.first].lower().strip(".") in doc.lex.loc_cues
    }
    for c in cands:
        if c.type != "ORG" and c.canonical is None and "".join(c.parts) in streets:
            c.type, c.canonical = "LOC", streets["".join(c.parts)]
    # Person words that another person's full name contains: those mentions are people.
    person_parts = {p for c in cands if c.type == "PERSON" and len(c.parts) > 1 for p in c.parts}
    for c in cands:
        if (
            c.canonical is None
            and c.type != "PERSON"
            and len(c.parts) == 1
            and c.parts[0] in person_parts
        ):
            c.type = "PERSON"


def _person_roots(persons: list[Candidate]) -> dict[str, str]:
    """Map each full name's key to its group's key: typos and contained names join a host."""
    keys = Counter("".join(c.parts) for c in persons)
    root = {k: k for k in keys}

    def find(k: str) -> str:
        """Return the key a key's group is filed under (halving the path on the way)."""
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    def union(small: str, big: str) -> None:
        """File the group of ``small`` under the group of ``big``."""
        a, b = find(small), find(big)
        if a != b:
            root[a] = b

    # a one-edit typo joins the more frequent (then longer) key
    ordered = sorted(keys, key=lambda k: (-keys[k], -len(k), k))
    for k in ordered:
        if len(k) < TYPO_MIN_KEY:
            continue
        for target in ordered:
            if target != k and keys[target] >= keys[k] and _edit_distance_le1(k, target):
                union(k, target)
                break
    # a name contained in a longer one ("Jong Un" in "Kim Jong Un") joins it if unique
    part_lists = {"".join(c.parts): c.parts for c in persons}
    for k, parts in part_lists.items():
        hosts = {
            find(h)
            for h, hp in part_lists.items()
            if len(hp) > len(parts) and contains_run(hp, parts)
        }
        if not hosts and len(parts) > 1:
            # "Melany Lengkey" in "Melany Katrin Lengkey-Sumual": its words in order, gaps allowed
            hosts = {
                find(h)
                for h, hp in part_lists.items()
                if len(hp) > len(parts) and hp[0] == parts[0] and in_order(hp, parts)
            }
        if len(hosts) == 1:
            union(k, hosts.pop())
    return {k: find(k) for k in keys}


def _edit_distance_le1(a: str, b: str) -> bool:
    """Tell whether two strings differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _closest(
    cand: Candidate,
    hosts: list[int],
    groups: list[list[Candidate]],
    sentence_of: Sequence[int],
    salience: dict[int, int],
) -> int:
    """Pick among several full names that hold a bare word.

    When the word is the given name of them all ("Dadang"), only those named before it count
    if any is; for a bare surname, one the text already calls by the given name is passed
    over. Then the one named earlier in the same sentence, else the most salient; on a tie,
    the one named last for a shared given name, else the one named first.
    """
    before = {
        g: max((o.first for o in groups[g] if o.last <= cand.first), default=-1) for g in hosts
    }
    given = all(groups[g][0].parts[:1] == cand.parts for g in hosts)
    if given and any(first >= 0 for first in before.values()):
        # "Dadang" before Dadang Hermawan is first named: the Dadang named so far
        hosts = [g for g in hosts if before[g] >= 0]
        if len(hosts) == 1:
            return hosts[0]
    # a bare surname ("Syahrir") is not the person the text already calls by the given name
    # ("Irfan" of Irfan Syahrir) when another bearer (Andi Muhammad Syahrir) is not so called
    surname = all(groups[g][0].parts[-1:] == cand.parts for g in hosts)
    called = {
        g
        for g in hosts
        if surname
        and any(
            o.last - o.first == 1 and o.last <= cand.first and o.parts == groups[g][0].parts[:1]
            for o in groups[g]
        )
    }
    if called and len(called) < len(hosts):
        hosts = [g for g in hosts if g not in called]
        if len(hosts) == 1:
            return hosts[0]
    sentence = sentence_of[cand.first]
    best: tuple[int, int] | None = None
    for g in hosts:
        for other in groups[g]:
            if (
                other.last <= cand.first
                and sentence_of[other.first] == sentence
                and (best is None or other.first > best[0])
            ):
                best = (other.first, g)
    if best is not None:
        return best[1]
    if given:  # of two equally named people, the one named last
        return max(hosts, key=lambda g: (salience.get(g, 0), before[g]))
    first_seen = {g: min(o.first for o in groups[g]) for g in hosts}
    return max(hosts, key=lambda g: (salience.get(g, 0), -first_seen[g]))
