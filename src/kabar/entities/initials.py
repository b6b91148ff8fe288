"""Initials that stand for a person the article also names in full.

Police and courts anonymise suspects by their initials ("berinisial RA (34)", "tersangka FH").
Initials alone name nobody a reader can follow across the store (every "AS" is someone else),
so a group made only of them is dropped (``namesakes.without_namesakes``). When the article
names the person in full as well (the victims' lawyer names "Rara Anggraini"; the ruling
names "Ferdinand Hutagalung"), the initials are that person's: here they take the full name
as their canonical one and join its group.

An initials mention is a word of two to four capitals that follows an initials cue
(``initials_cues.txt``) or a suspect word (``suspect_words.txt``), or has an age after it,
and every later mention of the same word. It stands for the one named person (two words or
more) whose name words' first letters it spells, in order; with none or several, nothing. A
person a title, rank or speech verb introduces ("Kapolres AKBP Andi Saputra", "kata Andi
Saputra") is the official or witness who speaks of the suspect, never the suspect: initials
join no such person.
"""

from __future__ import annotations

from dataclasses import replace

from kabar.entities.candidates import Candidate, Resolution
from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import age_after
from kabar.lexicon import lowered

# Fewest and most capitals of someone's initials ("FH", "MFA", "RTSW").
MIN_INITIALS = 2
MAX_INITIALS = 4


def initials_of_named(state: Resolution) -> Resolution:
    """Pass: initials mentions of a person the article names in full join that person."""
    doc = state.doc
    letters = _initials_words(doc)
    if not letters:
        return state
    named = _named_by_initials(doc, state.candidates)
    wanted = {w: name for w, name in named.items() if w in letters}
    if not wanted:
        return state
    found = state.working()
    for k, word in enumerate(doc.words):
        name = wanted.get(word)
        if name is None:
            continue
        same = [c for c in found.candidates if c.first == k and c.last == k + 1]
        if same:
            found.swap(same[0], replace(same[0], type="PERSON", canonical=name))
        elif found.free(k, k + 1):
            found.add(Candidate(k, k + 1, "PERSON", name))
    return state.adding(found)


def initials_word(word: str) -> bool:
    """Whether a word is shaped as someone's initials: two to four capitals."""
    return MIN_INITIALS <= len(word) <= MAX_INITIALS and word.isalpha() and word.isupper()


def _initials_words(doc: Doc) -> set[str]:
    """The words the body uses as someone's initials (see module)."""
    words = doc.words
    cues = lowered("initials_cues.txt") | lowered("suspect_words.txt")
    return {
        words[k]
        for k in doc.capitalised
        if initials_word(words[k])
        and ((k > 0 and words[k - 1].lower() in cues) or age_after(doc, k + 1))
    }


def _named_by_initials(doc: Doc, candidates: tuple[Candidate, ...]) -> dict[str, str]:
    """Initials -> the one full person name whose words' first letters spell them."""
    spelled: dict[str, set[str]] = {}
    introduced: set[str] = set()
    for c in candidates:
        if c.type != "PERSON" or c.last - c.first < MIN_INITIALS:
            continue
        name = c.canonical or doc.joined(c.first, c.last)
        words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
        if not all(w[:1].isupper() for w in words):
            continue
        spelled.setdefault("".join(w[0] for w in words), set()).add(name)
        before = doc.words[c.first - 1] if c.first > 0 else ""
        if before.lower() in doc.titles or before in speech_verbs():
            introduced.add(name)
    return {
        letters: next(iter(names))
        for letters, names in spelled.items()
        if len(names) == 1 and not names & introduced
    }
