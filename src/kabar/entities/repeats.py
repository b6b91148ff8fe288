"""Names the tagger missed: untagged repeats of names found, and nicknames given in the text."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import cache

from kabar import lexicon
from kabar.entities.candidates import Candidate, Found, Resolution
from kabar.entities.doc import Doc
from kabar.entities.holders import full_name_words, fuller_name, holder, untagged_repeats
from kabar.entities.names import without_honorific_suffix
from kabar.entities.namewords import gap, name_word
from kabar.entities.nickname_cues import (
    AGE_GROUP,
    AS_GROUP,
    CALLED,
    CALLED_AS_GROUP,
    EPITHET_GROUP,
    INNER,
    KNOWN_AS_GROUP,
    NICK_GROUP,
    NICKNAME,
    REFERRED,
    REFERRED_PLAIN,
    REFERRED_WORDS,
)
from kabar.entities.nickname_hosts import (
    holding,
    named_right_before,
    plain_names,
    referent,
    refers_back,
)
from kabar.entities.shortforms import add_clipped_repeats
from kabar.lexicon import lowered

# Words of a name whose last two are a given name after a clan name ("Tjhai Mei Ling").
CLAN_AND_GIVEN = 3
# Shortest word of a person's name that we look for on its own elsewhere in the text.
MIN_PART = 3


def add_inner_nicknames(doc: Doc, found: Found) -> dict[str, str]:
    """Add a full name with a quoted nickname inside ("Jonathan "Coach Jo" Lumenta") as one
    person named without the nickname; map the nickname, and the nickname
    without its title ("Jo"), to that name ("kata Hengky" is Hendrikus Bhoko)."""
    nicknames: dict[str, str] = {}
    if "“" not in doc.body and '"' not in doc.body:
        return nicknames
    starts = doc.token_starts
    ends = doc.token_ends
    for m in INNER.finditer(doc.body):
        first, last = starts.get(m.start(1)), ends.get(m.end(3))
        if first is None or last is None or not found.free(first, last + 1):
            continue
        given, surname = m.group(1).split(), m.group(3)
        if any(w.lower() in doc.titles or w.lower() in doc.not_names for w in [*given, surname]):
            continue
        full = " ".join([*given, surname])
        found.add(Candidate(first, last + 1, "PERSON", full))
        nick = m.group(2).split()
        nicknames[" ".join(nick)] = full
        if len(nick) > 1 and nick[0].lower() in doc.titles:
            nicknames[" ".join(nick[1:])] = full
    return nicknames


# "... atau yang dikenal dengan nama panggung ...", "..., yang akrab disapa ...": a cue that the
# capitalised words before it are a person's full name, even when the tagger missed them.
_NAME_BEFORE_CUE = re.compile(
    r"\s*,?\s+(?:atau|alias|yang)\s+(?:yang\s+)?(?:(?:akrab|biasa|kerap|lebih)\s+)?"
    r"(?:disapa|dipanggil|dikenal\s+dengan\s+nama)\b"
)
# Fewest and most words of an untagged full name before such a cue.
MIN_CUED_NAME = 2
MAX_CUED_NAME = 4


def add_cued_names(doc: Doc, found: Found) -> None:
    """Add the untagged full name before a nickname cue ("Penyanyi Wulan Sekarini atau yang
    dikenal dengan nama panggung Wulan Sekar"): two to four name words, none tagged."""
    ends = doc.token_ends
    for m in _NAME_BEFORE_CUE.finditer(doc.body):
        last = ends.get(m.start())
        if last is None:
            continue
        first = last
        while last - first < MAX_CUED_NAME - 1 and name_word(doc, first - 1):
            if gap(doc, first):
                break
            first -= 1
        if last - first + 1 < MIN_CUED_NAME or not found.free(first, last + 1):
            continue
        if (
            first > 0
            and doc.words[first - 1][:1].isupper()
            and not (doc.words[first - 1].lower() in doc.titles or doc.sentence_start(first - 1))
        ):
            continue  # "Rumah Sakit Budi Asih, yang ...": part of a longer capitalised name
        if name_word(doc, last):
            found.add(Candidate(first, last + 1, "PERSON"))


def add_nicknames(doc: Doc, found: Found) -> dict[str, str]:
    """Add nicknames given after a full name ("Joko Santosa atau Josan"); map them to it."""
    add_cued_names(doc, found)
    starts = doc.token_starts
    nicknames: dict[str, str] = {}
    held = full_name_words(found, doc)
    for cand in [*found.candidates, *untagged_repeats(doc, found)]:
        # a word of a full person name the tagger read as a place ("Yohanes, yang biasa
        # dipanggil Hanes") is that person still
        if cand.type != "PERSON" and not (
            cand.last - cand.first == 1 and doc.words[cand.first] in held
        ):
            continue
        m = NICKNAME.match(doc.body, doc.tokens[cand.last - 1][2])
        if m is None or m.group(NICK_GROUP).lower() in doc.not_names:
            continue
        full = doc.joined(cand.first, cand.last)
        if cand.last - cand.first < 2:
            if re.search(r"\batau\s+[A-Z]", m.group(0)):
                continue  # "X (40) atau Y" may be a list
            called = CALLED.search(m.group(0)) is not None
            bearer = holder(doc, found, cand) if called else None
            tagged = called and any(c is cand for c in found.candidates)
            if bearer is None and m.group(AGE_GROUP) is None and not tagged:
                continue  # a one-word "name" needs an age, a full name holding it or a cue
            full = bearer or full
        else:
            full = fuller_name(doc, found, cand) or full  # "Teuku Syahrul" of "... Anwar"
        k = starts.get(m.start(NICK_GROUP))
        if k is None or doc.words[k] != m.group(NICK_GROUP):
            continue
        if doc.words[k].lower() in doc.titles:  # "atau Gus Ipul": the word after the title
            k += 1
            if k >= len(doc.words) or not doc.words[k][:1].isupper():
                continue
            if doc.words[k].lower() in doc.titles or doc.words[k].lower() in doc.not_names:
                continue
        nicknames[doc.words[k]] = full
        if not found.covered[k]:
            found.add(Candidate(k, k + 1, "PERSON"))
        for other in found.candidates:  # "... atau yang akrab disapa Hendra Lie": two words
            if other.first == k and other.type == "PERSON" and other.last - k > 1:
                nicknames[doc.joined(k, other.last)] = full
    return nicknames


def add_referred_nicknames(doc: Doc, found: Found) -> dict[str, str]:
    """Give a nickname that refers back ("Gelandang yang akrab disapa "El Rafa"") to the
    person with a full name mentioned last before it; map the nicknames to it."""
    nicknames: dict[str, str] = {}
    if not any(word in doc.body for word in REFERRED_WORDS):
        return nicknames
    starts = doc.token_starts
    referrers = lowered("nickname_referrers.txt")
    plain = [
        m
        for m in REFERRED_PLAIN.finditer(doc.body)
        if refers_back(m.group(1).lower(), referrers, doc.titles)
    ]
    for m in [*REFERRED.finditer(doc.body), *plain]:
        if m.re is REFERRED_PLAIN:
            group = 2
        else:
            groups = (1, 2, AS_GROUP, KNOWN_AS_GROUP, CALLED_AS_GROUP, EPITHET_GROUP)
            group = next(g for g in groups if m.group(g) is not None)
        first = starts.get(m.start(group))
        end = doc.body.find(" ", m.start(group))
        words = m.group(group).split()
        if first is None or end < 0:
            continue
        last = first + len(words)
        if doc.words[first:last] != words or words[0].lower() in doc.lex.not_names:
            continue
        tagged = [c for c in found.candidates if first <= c.first and c.last <= last]
        if group == AS_GROUP and not plain_names(doc, words, tagged):
            continue
        if group == EPITHET_GROUP and not plain_names(
            doc, words[words[0].lower() in doc.titles :], tagged
        ):
            continue
        if not tagged and not found.free(first, last):
            continue
        # "memanggil Slamet dengan sebutan ...": the person named inside the cue is the host
        cue = m.start(group) if group == CALLED_AS_GROUP else m.start()
        host = (
            (named_right_before(doc, found, m.end(1)) if m.re is REFERRED_PLAIN else None)
            or holding(doc, found, words[-1], cue)
            or referent(doc, found, cue)
        )
        if host is None:
            continue
        full = host.canonical or doc.joined(host.first, host.last)
        nicknames[" ".join(words)] = full
        if len(words) > 1 and words[0].lower() in doc.titles:
            nicknames[" ".join(words[1:])] = full  # "Mas Alo" is also "Alo" once cleaned
        if tagged:
            for cand in tagged:  # "Mas Alo": the mention may have lost its honorific
                found.swap(cand, replace(cand, type="PERSON", canonical=full))
        else:
            found.add(Candidate(first, last, "PERSON", full))
    return nicknames


def apply_nicknames(doc: Doc, found: Found, nicknames: dict[str, str]) -> None:
    """Point every mention of a known nickname ("Josan", "Mas Alo") at its full name."""
    if not nicknames:
        return
    for cand in list(found.candidates):
        if cand.canonical is None:
            first = cand.first
            # "Seskab Adit": an office before the nickname ("Adit") keeps it the same person
            while first < cand.last - 1 and _office(doc.words[first].lower(), doc.titles):
                first += 1
            full = nicknames.get(doc.joined(cand.first, cand.last)) or nicknames.get(
                doc.joined(first, cand.last)
            )
            if full is not None:
                found.swap(cand, replace(cand, type="PERSON", canonical=full))


def _office(word: str, titles: Container[str]) -> bool:
    """Tell whether a word before a name is a title or an office ("Seskab", "Menkeu")."""
    return word in titles or word in _offices()


@cache
def _offices() -> frozenset[str]:
    """The office words of ``public_roles.txt`` (several to a line)."""
    return frozenset(w for line in lexicon.lines("public_roles.txt") for w in line.lower().split())


def add_name_repeats(doc: Doc, found: Found) -> None:
    """Find untagged repeats of names already found (the tagger misses some)."""
    full: dict[tuple[str, ...], str] = {}
    single: dict[str, str] = {}
    for cand in found.candidates:
        words = tuple(doc.words[cand.first : cand.last])
        full.setdefault(words, cand.type)
        if (
            cand.type == "ORG"
            and len(words) > 2
            and words[0].lower() in lowered("company_forms.txt")
        ):
            full.setdefault(words[1:], "ORG")  # "PT Samudra Kencana Energi" -> without PT
        if cand.type == "PERSON" and len(words) == CLAN_AND_GIVEN and words[1].isalpha():
            # the given name after a clan name ("Mei Ling" of Tjhai Mei Ling), which a month's
            # or a common word inside it would otherwise cut short
            full.setdefault(words[1:], "PERSON")
        if cand.type == "PERSON" and len(words) > 1:
            for w in words:
                if (
                    len(w) >= MIN_PART
                    and w[:1].isupper()
                    and w.lower() not in doc.titles
                    and w.lower() not in doc.lex.not_names
                    and w.lower() not in lowered("name_prefixes.txt")
                ):
                    single.setdefault(w, "PERSON")
    for words, kind in full.items():
        if len(words) == 1:
            single.setdefault(words[0], kind)
    # first word of a multi-word name -> its longest such name: other words open none
    longest: dict[str, int] = {}
    for words in full:
        if len(words) > 1:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    n = len(doc.words)
    # only words that open a known name or are a known single name can start a repeat
    # "Yamada-san": a name with an honorific after a hyphen is a repeat of the name
    bare = [without_honorific_suffix(w) for w in doc.words]
    heads = [k for k, w in enumerate(doc.words) if w in longest or bare[k] in single]
    i = 0
    for head in heads:
        if head < i:
            continue  # inside the last repeat
        i = head
        step = 1
        for size in range(min(longest.get(doc.words[i], 0), n - i), 1, -1):
            words = tuple(doc.words[i : i + size])
            if words in full and found.take(i, i + size):
                found.add(Candidate(i, i + size, full[words]))
                step = size
                break
        else:
            if bare[i] in single and not found.covered[i]:
                found.add(Candidate(i, i + 1, single[bare[i]]))
        i += step
    add_clipped_repeats(doc, found, {w for w, kind in single.items() if kind == "PERSON"})


def inner_nicknames(state: Resolution) -> Resolution:
    """Pass: full names with a quoted nickname inside, and those nicknames."""
    found = state.working()
    nicknames = add_inner_nicknames(state.doc, found)
    return state.adding(found, {**state.nicknames, **nicknames})


def given_nicknames(state: Resolution) -> Resolution:
    """Pass: nicknames given after a full name; a nickname found before keeps its full name."""
    found = state.working()
    nicknames = add_nicknames(state.doc, found)
    return state.adding(found, {**nicknames, **state.nicknames})


def referred_nicknames(state: Resolution) -> Resolution:
    """Pass: nicknames that refer back to the last full name; they win over earlier ones."""
    found = state.working()
    nicknames = add_referred_nicknames(state.doc, found)
    return state.adding(found, {**state.nicknames, **nicknames})


def name_repeats(state: Resolution) -> Resolution:
    """Pass: untagged repeats of the names found so far."""
    found = state.working()
    add_name_repeats(state.doc, found)
    return state.adding(found)


def nickname_mentions(state: Resolution) -> Resolution:
    """Pass: every mention of a known nickname points at its full name."""
    found = state.working()
    apply_nicknames(state.doc, found, dict(state.nicknames))
    return state.adding(found)
