"""Whom a nickname the text gives refers to: the person named right before the cue, the one
whose full name holds the nickname's word, or the person named last before it (read by
``repeats.py``)."""

from __future__ import annotations

from collections.abc import Container

from kabar.entities.candidates import Candidate, Found
from kabar.entities.doc import Doc
from kabar.entities.features import cluster_key
from kabar.entities.nonpersons import known_places

# Sentences a nickname reaches back to a person named by one word when nobody is named in full.
LONE_REFERENT_SENTENCES = 3


def holding(doc: Doc, found: Found, word: str, start: int) -> Candidate | None:
    """Return the one full-named person before character ``start`` whose name holds the
    nickname's word: "Wali Kota I Gusti Ngurah Bagus Mahendra ... tema "Sarwa Sangkara" ...
    yang akrab disapa Gus Mahendra" is the mayor, not the last name-like run before it. The
    tagger may not have typed the name a person yet; one opened by an organisation's or a
    place's head word is no holder."""
    heads = doc.org_heads | doc.lex.loc_cues
    holders = [
        c
        for c in found.candidates
        if c.type in ("PERSON", "ORG")
        and doc.words[c.first].lower() not in heads
        and c.last - c.first > 1
        and doc.tokens[c.last - 1][2] <= start
        and word in doc.words[c.first : c.last]
    ]
    names = {c.canonical or doc.joined(c.first, c.last) for c in holders}
    if not names:
        return None
    # "Abdul Hamid" after "Abdul Hamid Sulaiman": one person under a shorter name
    fullest = max(names, key=lambda n: len(n.split()))
    if any(not set(n.split()) <= set(fullest.split()) for n in names):
        return None
    return max(
        (c for c in holders if (c.canonical or doc.joined(c.first, c.last)) == fullest),
        key=lambda c: c.first,
    )


def named_right_before(doc: Doc, found: Found, end: int) -> Candidate | None:
    """Return the person whose name ends at character ``end``, right before the cue: "Hajjah
    Siti Masruroh yang akrab disapa Acil Aruh" names its bearer, not someone named earlier."""
    last = doc.token_ends.get(end)
    if last is None:
        return None
    named = [c for c in found.candidates if c.type == "PERSON" and c.last == last + 1]
    return max(named, key=lambda c: c.last - c.first) if named else None


def refers_back(words: str, referrers: frozenset[str], titles: Container[str]) -> bool:
    """Tell whether the words before "yang akrab disapa" refer to a person: "Pria", "Bupati",
    "Wali Kota" (a title of two words), "Menkeu"."""
    return any(w in referrers or w in titles for w in words.split())


def plain_names(doc: Doc, words: list[str], tagged: list[Candidate]) -> bool:
    """Tell whether words after "dikenal sebagai" are a name: no known or typed other word."""
    lex = doc.lex
    return all(c.type == "PERSON" for c in tagged) and not any(
        w.lower() in doc.titles
        or w.lower() in lex.loc_cues
        or w.lower() in doc.org_heads
        or w.lower() in lex.extra_places
        or w.lower() in doc.not_names
        or w in doc.aliases
        or doc.cases.get(cluster_key(w)) == "l"  # "Kota", "Pahlawan": common words
        for w in words
    )


def referent(doc: Doc, found: Found, start: int) -> Candidate | None:
    """Return the full-named person a nickname at character ``start`` refers back to.

    The person named right before it, by the full name that holds a bare mention ("Aloysius
    Gonzaga Baskoro ... Baskoro, yang akrab disapa ..."), else the last full name before it.
    """
    # "... di Imogiri, Bantul. Perempuan yang akrab disapa Mbok Mirah itu": a known place the
    # tagger took for a name is nobody a nickname refers back to
    # a name inside a quote is someone the speaker talks about ("'Saya lihat Anggi ...,' kata
    # wanita yang akrab disapa Ratna itu"): the cue outside the quote refers to the speaker
    here = next((k for k, t in enumerate(doc.tokens) if t[1] >= start), len(doc.tokens) - 1)
    outside = not doc.quoted(here)
    people = [
        c
        for c in found.candidates
        if c.type == "PERSON"
        and doc.tokens[c.last - 1][2] <= start
        and not (c.last - c.first == 1 and doc.words[c.first].lower() in known_places())
        and not (outside and doc.quoted(c.first))
    ]
    if not people:
        return None
    nearest = max(people, key=lambda c: c.first)
    full = [c for c in people if c.last - c.first > 1]
    if nearest.last - nearest.first == 1 and nearest.canonical is None:
        word = doc.words[nearest.first]
        holders = [c for c in full if word in doc.words[c.first : c.last]]
        if holders:
            return max(holders, key=lambda c: c.first)
        # "Sarinah (56) ... Perempuan yang biasa dipanggil Mak Inah itu"; further back when
        # nobody is named in full ("Warsito, ... ujar pria yang akrab disapa Pak To itu")
        reach = 1 if any(c.last - c.first > 1 for c in people) else LONE_REFERENT_SENTENCES
        if doc.sentence_of[here] - doc.sentence_of[nearest.first] <= reach:
            return nearest
    return max(full, key=lambda c: c.first) if full else None
