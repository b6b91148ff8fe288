"""Group one body's mentions into entities: by key, typo, containment and nearness."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from kabar.entities.candidates import Candidate, Resolution
from kabar.entities.doc import Doc
from kabar.entities.names import contains_run, in_order, name_parts, org_key
from kabar.entities.settle import settle_types
from kabar.entities.shortforms import (
    MIN_CLIPPED,
    blended_hosts,
    clipped_hosts,
    clipped_single,
    nickname_mention,
)
from kabar.text import name_key

# Words linking a given name to the father's ("Apriadi bin Sahrial", "Siti binti Dulkarim").
PATRONYMIC_LINKS = frozenset({"bin", "binti"})
# Shortest name key (letters) for which a one-edit difference is read as a typo.
TYPO_MIN_KEY = 8
# Balinese caste and gender prefixes that may be left out of a later short form ("I Made Gede
# Sastrawiguna" -> "Made Sastrawiguna", "Ni Luh Putu Ardiani" -> "Luh Ardiani"), and the
# clipped forms Balinese usage writes for a title ("Gung" = "Agung").
BALI_OPENERS = frozenset("i ni anak".split())
CLIPPED = {"gung": "agung", "cok": "cokorda", "gus": "bagus"}
# Shortest bare word read as the short form of a longer given name ("Ferdi" of "Ferdinandus").
MIN_SHORT_FORM = 4
# Shortest bare word read as a one-letter spelling variant of a name word ("Lyubentsov").
MIN_SPELLING_VARIANT = 7


def group(doc: Doc, candidates: Sequence[Candidate]) -> list[list[Candidate]]:
    """Group candidates, their types settled first, into entities."""
    cands = settle_types(doc, sorted(candidates, key=lambda c: c.first))
    groups: list[list[Candidate]] = []
    by_key: dict[tuple[str, str], int] = {}
    group_of: dict[int, int] = {}  # id of a candidate -> index of its group

    def join(cand: Candidate, key: tuple[str, str]) -> None:
        """Put a candidate in the group of a key, opening the group on first use."""
        index = by_key.get(key)
        if index is None:
            index = by_key[key] = len(groups)
            groups.append([])
        groups[index].append(cand)
        group_of[id(cand)] = index

    # 1. fixed canonicals and organisations/places by key ("PT SKE" is "SKE" defined in text)
    acronyms = _defined_acronyms(doc, cands)
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
    hosts_of = _hosts_of(cands, persons_full, group_of)
    given_of = _given_hosts_of(persons_full, group_of)
    fulls = [(o.parts, group_of[id(o)]) for o in persons_full]
    salience = {g: len(groups[g]) for g in {group_of[id(c)] for c in persons_full}}
    for c in persons_single:
        part = "".join(c.parts)
        if len(c.parts) > 1:  # "Jong-un": joins the names containing all its parts in order
            hosts = [g for g in salience if any(contains_run(o.parts, c.parts) for o in groups[g])]
        else:
            hosts = _word_hosts(doc, c, (hosts_of, given_of), fulls)
        if not hosts:
            join(c, clipped_single(doc, c, part, by_key, groups) or ("P", part))
            continue
        chosen = hosts[0]
        if len(hosts) > 1:
            chosen = _closest(doc, c, hosts, groups, salience)
        groups[chosen].append(c)
        group_of[id(c)] = chosen
        salience[chosen] = salience.get(chosen, 0) + 1
    return [g for g in groups if g]


def _word_hosts(
    doc: Doc,
    cand: Candidate,
    maps: tuple[dict[str, list[int]], dict[str, list[int]]],
    fulls: Sequence[tuple[Sequence[str], int]],
) -> list[int]:
    """Return the groups of the full names a single word may stand for: those holding it, else
    the one it shortens, clips or blends. A short form is made from a given name: where one fits
    the given name of one person and the surname of another ("Kiai Fathur" beside Ahmad
    Fathurrahman Thoyib and Nabila Fathurrahman), it is the first's (``maps`` holds every
    word of the full names, then the words before their last)."""
    part = "".join(cand.parts)
    hosts_of, given_of = maps
    shortest = _shortest_form(doc, cand)
    return (
        hosts_of.get(part, [])
        or _short_form_hosts(part, hosts_of, shortest)
        or clipped_hosts(doc, cand, part, hosts_of)
        or blended_hosts(part, fulls)
        or _short_form_hosts(part, given_of, shortest)
        or clipped_hosts(doc, cand, part, given_of)
    )


def _shortest_form(doc: Doc, cand: Candidate) -> int:
    """Fewest letters of a short form: fewer after a title or honorific ("Romo Alo" of
    Aloysius), where a clipped name is how people are addressed."""
    k = cand.first - 1
    if k >= 0 and doc.words[k][:1].isupper() and doc.words[k].lower() in doc.titles:
        return MIN_CLIPPED
    return MIN_SHORT_FORM


def _short_form_hosts(
    part: str, hosts_of: dict[str, list[int]], shortest: int = MIN_SHORT_FORM
) -> list[int]:
    """Return the one full name whose given name a bare word shortens ("Ferdi" of
    "Ferdinandus Lede", "Laras" of "Sekar Ayu Larasati") or whose longer word it spells with
    one letter more or less ("Lyubentsov" of "Arkady Lubentsov"), else nothing."""
    if len(part) < shortest:
        return []
    hosts = {
        g
        for word, groups in hosts_of.items()
        if len(word) > len(part) + 1 and word.startswith(part)
        for g in groups
    }
    if len(hosts) == 1:
        return list(hosts)
    if hosts or len(part) < MIN_SPELLING_VARIANT:
        return []
    variants = [
        word
        for word in hosts_of
        if len(word) >= MIN_SPELLING_VARIANT and _edit_distance_le1(part, word)
    ]
    # one variant spelled by one or more bearers: nearness and salience pick among them
    return list(hosts_of[variants[0]]) if len(variants) == 1 else []


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
            # "Melany Lengkey" in "Melany Katrin Lengkey-Sumual": its words in order, gaps
            # allowed; a Balinese opener may be left out ("Made Sastrawiguna", "Gung Darmapati")
            short = [CLIPPED.get(p, p) for p in parts]
            hosts = {
                find(h)
                for h, hp in part_lists.items()
                if len(hp) > len(parts)
                and (hp[0] == short[0] or (hp[0] in BALI_OPENERS and hp[1] == short[0]))
                and in_order(hp, short)
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
    doc: Doc,
    cand: Candidate,
    hosts: list[int],
    groups: list[list[Candidate]],
    salience: dict[int, int],
) -> int:
    """Pick among several full names that hold a bare word.

    The one named in full before the word, when only one is, wins: a bare name refers back.
    Else a name that holds the word as its given name or surname wins over one that holds it
    inside ("Komang" of Komang Arya Wiguna, not of I Gusti Ayu Komang Trisnawati); a role
    word before the bare word picks the one introduced with it ("jaksa Kim" after "Jaksa
    penuntut Kim Seon-mi"). When the word is the given name of them all ("Dadang"), only
    those named before it count if any is; for a bare surname, one the text already calls by
    the given name is passed over. Then the one named earlier in the same sentence, else the
    most salient; on a tie, the one named last for a shared given name, else the one named
    first.
    """
    named = [
        g for g in hosts if any(o.last - o.first > 1 and o.last <= cand.first for o in groups[g])
    ]
    if len(named) == 1:
        return named[0]  # "Ahmad Zuhdi Mansur ... Mbah Zuhdi" before "Abdul Mujib Zuhdi" is named
    # the edges of the fullest name: "Nugroho Arif" (a short form of Nugroho Arif Setiawan)
    # does not make "Arif" an edge of that person
    fullest = {g: max(groups[g], key=lambda o: len(o.parts)).parts for g in hosts}
    edge = [g for g in hosts if cand.parts[0] in (fullest[g][0], fullest[g][-1])]
    if edge and len(edge) < len(hosts):
        hosts = edge
        if len(hosts) == 1:
            return hosts[0]
    role = _role_host(doc, cand, hosts, groups)
    if role is not None:
        return role
    before = {
        g: max((o.first for o in groups[g] if o.last <= cand.first), default=-1) for g in hosts
    }
    given = all(groups[g][0].parts[:1] == cand.parts for g in hosts)
    if given and any(first >= 0 for first in before.values()):
        # "Dadang" before Dadang Hermawan is first named: the Dadang named so far
        hosts = [g for g in hosts if before[g] >= 0]
        if len(hosts) == 1:
            return hosts[0]
    hosts = _not_called(cand, hosts, groups)
    if len(hosts) == 1:
        return hosts[0]
    # one the text calls by a nickname ("Agus Prabowo, yang akrab disapa Gembul") is not the
    # one it calls by the bare shared name
    plain = [g for g in hosts if not any(nickname_mention(doc, o) for o in groups[g])]
    if len(plain) == 1:
        return plain[0]
    nearest = _named_before_in_sentence(doc, cand, hosts, groups)
    if nearest is not None:
        return nearest
    if given:  # of two equally named people, the one named last
        return max(hosts, key=lambda g: (salience.get(g, 0), before[g]))
    first_seen = {g: min(o.first for o in groups[g]) for g in hosts}
    return max(hosts, key=lambda g: (salience.get(g, 0), -first_seen[g]))


def _role_host(
    doc: Doc, cand: Candidate, hosts: list[int], groups: list[list[Candidate]]
) -> int | None:
    """Return the one host introduced with the role word before a bare name ("jaksa Kim")."""
    words = doc.words
    if cand.first == 0:
        return None
    role = words[cand.first - 1].lower()
    if role not in doc.titles:
        return None
    with_role = [
        g
        for g in hosts
        if any(
            role in (w.lower() for w in words[max(0, o.first - 3) : o.first])
            for o in groups[g]
            if o.last - o.first > 1 and o.first < cand.first
        )
    ]
    return with_role[0] if len(with_role) == 1 else None


def grouped(state: Resolution) -> Resolution:
    """Pass: the mentions grouped into entities (types settled among mentions of one name)."""
    groups = group(state.doc, state.candidates)
    return replace(state, groups=tuple(tuple(g) for g in groups))


def _defined_acronyms(doc: Doc, cands: Sequence[Candidate]) -> dict[str, str]:
    """Map the key of each one-word all-caps acronym with a fixed long form to that form's key."""
    return {
        name_key(doc.words[c.first]): org_key(c.canonical)
        for c in cands
        if c.canonical is not None
        and c.last - c.first == 1
        and c.type != "PERSON"
        and doc.words[c.first].isupper()
    }


def _hosts_of(
    cands: Sequence[Candidate], persons_full: Sequence[Candidate], group_of: dict[int, int]
) -> dict[str, list[int]]:
    """Map each part of a full person name to the groups of the names that hold it."""
    hosts_of: dict[str, list[int]] = defaultdict(list)
    for c in persons_full:
        group = group_of[id(c)]
        for p in set(c.parts) - _father(c.parts):
            if group not in hosts_of[p]:
                hosts_of[p].append(group)
    # a full name the text fixes ("Jonathan "Coach Jo" Lumenta" -> "Jonathan Lumenta") hosts too
    for c in cands:
        if c.type == "PERSON" and c.canonical is not None and " " in c.canonical:
            group = group_of[id(c)]
            for p in set(name_parts(c.canonical.split())):
                if group not in hosts_of[p]:
                    hosts_of[p].append(group)
    return hosts_of


def _father(parts: Sequence[str]) -> set[str]:
    """The father's given name closing a name after "bin" or "binti" ("Apriadi bin Sahrial"),
    which alone names the father; a longer tail ("bin Salim Baraja") holds a family name."""
    if len(parts) >= 3 and parts[-2] in PATRONYMIC_LINKS:
        return {parts[-1]}
    return set()


def _given_hosts_of(
    persons_full: Sequence[Candidate], group_of: dict[int, int]
) -> dict[str, list[int]]:
    """Map each word of a full person name but its last to the groups of the names holding it."""
    given: dict[str, list[int]] = defaultdict(list)
    for c in persons_full:
        group = group_of[id(c)]
        for p in set(c.parts[:-1]):
            if group not in given[p]:
                given[p].append(group)
    return given


def _not_called(
    cand: Candidate, hosts: list[int], groups: Sequence[Sequence[Candidate]]
) -> list[int]:
    """Drop the bearers of a bare surname that the text already calls by their given name."""
    # a bare surname ("Syahrir") is not the person the text already calls by the given name
    # ("Irfan" of Irfan Syahrir) when another bearer (Andi Muhammad Syahrir, or Syahrir Hadi
    # whose given name it is) is not so called
    called = {
        g
        for g in hosts
        if groups[g][0].parts[-1:] == cand.parts
        and any(
            o.last - o.first == 1 and o.last <= cand.first and o.parts == groups[g][0].parts[:1]
            for o in groups[g]
        )
    }
    if called and len(called) < len(hosts):
        return [g for g in hosts if g not in called]
    return hosts


def _named_before_in_sentence(
    doc: Doc, cand: Candidate, hosts: list[int], groups: Sequence[Sequence[Candidate]]
) -> int | None:
    """Return the group named last before a bare word in its sentence, if any."""
    sentence_of = doc.sentence_of
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
    return best[1] if best is not None else None
