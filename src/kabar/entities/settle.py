"""Mention types settled before grouping: the same words take one type (the majority; on a
tie, a person after a speech verb), a street's name again is the street, and a word of a
person's full name is a person unless it is a place after a preposition.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from kabar.entities.candidates import Candidate
from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.entities.namewords import name_word
from kabar.lexicon import lowered, lowered_for_use

# Most words of a full name read from an organisation span.
MAX_NAME_WORDS = 4
# Most words of an office read back from a holder in apposition ("Kepala Suku Dinas ..., X,").
MAX_OFFICE_WORDS = 8
# Prepositions before a place ("dari Larantuka"), which the tagger read as a place.
PLACE_PREPOSITIONS = frozenset("di ke dari".split())


def settle_types(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Give mentions of the same words one type: majority, the street again, a person's part."""
    # The same words tagged with different types in one body take the majority type.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        if c.canonical is None:
            votes["".join(c.parts)][c.type] += 1
    # on a tie, a mention after a speech verb ("ujar Wagimin") or a person's honorific ("ujar
    # Pak Ngatiman" beside a "Ngatiman" tagged as a place) makes them a person
    spoken = {"".join(c.parts) for c in cands if _spoken_or_addressed(doc, c)}
    cands = [_majority_type(c, votes, spoken) for c in cands]
    # "di Adi Sucipto" after "Jalan Adi Sucipto": the street again, not a person
    # (and "Tuo Pariangan" after "Nagari Tuo Pariangan": the place again)
    streets = {
        "".join(c.parts[1:]): doc.joined(c.first, c.last)
        for c in cands
        if c.type == "LOC"
        and c.last - c.first > 1
        and (
            doc.words[c.first].lower().strip(".") in doc.lex.loc_cues
            or (len(c.parts) > 2 and c.canonical is None)
        )
    }
    cands = [
        replace(c, type="LOC", canonical=streets["".join(c.parts)])
        if c.type != "ORG" and c.canonical is None and "".join(c.parts) in streets
        else c
        for c in cands
    ]
    # Person words that another person's full name contains: those mentions are people, but
    # not a place after a preposition ("dari Larantuka" beside "RSUD dr. Hendrikus ... Larantuka")
    full = [c.parts for c in cands if c.type == "PERSON" and len(c.parts) > 1]
    person_parts, ends = (
        {p for parts in full for p in parts},
        {p[-1] for p in full} - {p[0] for p in full},
    )
    cands = [
        replace(c, type="PERSON")
        if c.canonical is None
        and c.type != "PERSON"
        and len(c.parts) == 1
        and c.parts[0] in person_parts
        and not (c.type == "LOC" and c.parts[0] in ends and _after_preposition(doc, c))
        else c
        for c in cands
    ]
    return _surnamed_people(doc, cands)


def _surnamed_people(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A run of name words the tagger called an organisation whose last word, or first word, is
    a person named alone elsewhere is that person's full name ("Pelatih Persija, Carlos Pena
    ... Pena mengatakan", "Kepala Suku Dinas X, Bernadus Tambunan, ... ujar Bernadus"); so is
    one it called a place, held between commas after an office ("Kuasa hukum dari LBH Papua,
    Maria Wanggai, ... Maria menilai")."""
    singles = {c.parts[0] for c in cands if c.type == "PERSON" and len(c.parts) == 1}
    if not singles:
        return cands
    names = {
        "".join(c.parts)
        for c in cands
        if c.canonical is None
        and 1 < len(c.parts) <= MAX_NAME_WORDS
        and (
            (c.type == "ORG" and c.parts[-1] in singles)
            or (c.type in ("ORG", "LOC") and c.parts[0] in singles and _apposed(doc, c))
        )
        and all(name_word(doc, k, True) for k in range(c.first, c.last))
        and doc.words[c.first].lower() not in doc.org_heads
        and doc.words[c.first].lower() not in doc.lex.loc_cues
        and doc.words[c.first].lower() not in doc.lex.places
    }
    return [
        replace(c, type="PERSON")
        if c.type in ("ORG", "LOC") and c.canonical is None and "".join(c.parts) in names
        else c
        for c in cands
    ]


def _apposed(doc: Doc, c: Candidate) -> bool:
    """Whether a run stands between commas, as a holder after an office ("Kepala Dinas X,
    Bernadus Tambunan, mengatakan"): not a company's name ("Hanbit Energy Solution")."""
    words = doc.words
    if not (c.first > 0 and words[c.first - 1] == "," and words[c.last : c.last + 1] == [","]):
        return False
    for k in range(c.first - 2, max(-1, c.first - 2 - MAX_OFFICE_WORDS), -1):
        if doc.sentence_start(k + 1) and k + 1 < c.first - 1:
            return False  # the sentence opened with no office before the holder
        low = words[k].lower()
        if low in lowered("org_nouns.txt"):
            return False  # "Perusahaan baterai asal Korea, Hanbit Energy Solution,"
        if low in doc.titles:
            return True
    return False


def _spoken_or_addressed(doc: Doc, c: Candidate) -> bool:
    """Whether a mention follows a speech verb or a person's honorific ("kata Pak Darmo")."""
    if c.first == 0:
        return False
    before = doc.words[c.first - 1].lower()
    return before in speech_verbs() or before in lowered_for_use("honorifics.tsv", "person")


def _after_preposition(doc: Doc, c: Candidate) -> bool:
    """Whether a mention follows a place preposition ("dari Larantuka")."""
    return c.first > 0 and doc.words[c.first - 1].lower() in PLACE_PREPOSITIONS


def _majority_type(c: Candidate, votes: dict[str, Counter[str]], spoken: set[str]) -> Candidate:
    """Give a mention the majority type of its words; on a tie, a person after a speech verb."""
    if c.canonical is not None:
        return c
    key = "".join(c.parts)
    tally = votes[key]
    if len(tally) > 1:
        kind = max(tally, key=lambda k: (tally[k], (k == "PERSON") == (key in spoken), k))
        return replace(c, type=kind)
    return c
