"""Who a nickname after a name belongs to: the words of the full names found so far, their
untagged repeats before a nickname cue, and the full name a one-word name stands for."""

from __future__ import annotations

from kabar.entities.candidates import Candidate, Found
from kabar.entities.doc import Doc
from kabar.entities.nickname_cues import NICKNAME


def untagged_repeats(doc: Doc, found: Found) -> list[Candidate]:
    """Untagged words of full names a nickname follows ("Maximilian, yang akrab disapa Max")."""
    words = full_name_words(found, doc)
    return [
        Candidate(k, k + 1, "PERSON")
        for k, w in enumerate(doc.words)
        if w in words and not found.covered[k] and NICKNAME.match(doc.body, doc.tokens[k][2])
    ]


def full_name_words(found: Found, doc: Doc) -> set[str]:
    """The capitalised words of the person names of two words or more found so far."""
    return {
        w
        for c in found.candidates
        if c.type == "PERSON" and c.last - c.first > 1
        for w in doc.words[c.first : c.last]
        if w[:1].isupper()
    }


def holder(doc: Doc, found: Found, cand: Candidate) -> str | None:
    """The full name written before a one-word name that holds it ("Tiara Bening ... Tiara,
    yang akrab disapa Tia"): the person the nickname belongs to."""
    word = doc.words[cand.first]
    holders = [
        c
        for c in found.candidates
        if c.type == "PERSON"
        and c.last - c.first > 1
        and c.last <= cand.first
        and word in doc.words[c.first : c.last]
    ]
    if not holders:
        return None
    last = max(holders, key=lambda c: c.first)
    return last.canonical or doc.text(last.first, last.last)


def fuller_name(doc: Doc, found: Found, cand: Candidate) -> str | None:
    """The one longer person name written before a name of two words or more that holds all
    its words ("Teuku Syahrul Anwar ... kata Teuku Syahrul, yang akrab disapa Ampon Syahrul"):
    the nickname belongs to that person, not to the short form."""
    words = set(doc.words[cand.first : cand.last])
    names = {
        c.canonical or doc.text(c.first, c.last)
        for c in found.candidates
        if c.type == "PERSON"
        and c.last - c.first > cand.last - cand.first
        and c.last <= cand.first
        and words <= set(doc.words[c.first : c.last])
    }
    return names.pop() if len(names) == 1 else None
