"""An office someone is addressed by instead of a name ("kata Pak Kuwu", "Bu Lurah", "Menurut
Pak Keuchik"): the one person the text names with that office ("Kuwu Mukhtar", "Keuchik
setempat, Ridwan Abdullah"), who then holds the form of address as an alias."""

from __future__ import annotations

from kabar.entities.candidates import Candidate, Found, Resolution
from kabar.entities.doc import Doc
from kabar.lexicon import lowered_for_use, table

# Tokens before a person's name within which the office that introduces them stands
# ("Keuchik Gampong Blang, Ridwan Abdullah", "Direktur Utama PT Jasamarga Pandaan Malang, Ir.
# Gatot Wibisono Adi"), within its sentence.
OFFICE_REACH = 12


def addressed_offices(state: Resolution) -> Resolution:
    """Pass: "Pak"/"Bu" and an office alone name the one person the text gives that office."""
    doc = state.doc
    honorifics = lowered_for_use("honorifics.tsv", "person")
    words = doc.words
    found = state.working()
    for k in range(1, len(words)):
        office = words[k].lower()
        if (
            not words[k][:1].isupper()
            or office not in doc.titles
            or words[k - 1].lower() not in honorifics
            or (k + 1 < len(words) and words[k + 1][:1].isupper())  # "Pak Kades Darto"
            or not found.free(k - 1, k + 1)
        ):
            continue
        holder = _holder(doc, found, _long_forms(office))
        if holder is not None:
            found.add(Candidate(k - 1, k + 1, "PERSON", holder))
    return state.adding(found)


def _long_forms(office: str) -> list[tuple[str, ...]]:
    """The office as written and its long form ("kabid" -> "kepala bidang"), as word tuples."""
    forms: list[tuple[str, ...]] = [(office,)]
    for short, long, *_ in table("role_abbreviations.txt"):
        if short.lower() == office:
            forms.append(tuple(long.lower().split()))
    return forms


def _holder(doc: Doc, found: Found, forms: list[tuple[str, ...]]) -> str | None:
    """The fullest name of the one person introduced with the office shortly before the name."""
    low = doc.lowered
    names: set[str] = set()
    people = [c for c in found.candidates if c.type == "PERSON"]
    for c in people:
        start = max(0, c.first - OFFICE_REACH)
        window = tuple(low[start : c.first])
        if any(
            window[i : i + len(form)] == form
            and doc.sentence_of[start + i] == doc.sentence_of[c.first]
            # the office introduces the first name after it, on the same side of a quote
            and not any(start + i < o.first < c.first for o in people)
            and doc.quoted(start + i) == doc.quoted(c.first)
            for form in forms
            for i in range(len(window) - len(form) + 1)
        ):
            names.add(c.canonical or doc.joined(c.first, c.last))
    if not names:
        return None
    held = _fullest(names)
    if held is None:
        return None  # two people hold the office in this text
    # the fullest name of that person the text writes ("Mukhtar" of "Kuwu Mukhtar" is Haji
    # Mukhtar Hasyim)
    fuller = {
        c.canonical or doc.joined(c.first, c.last)
        for c in found.candidates
        if c.type == "PERSON"
        and set(held.split()) <= set((c.canonical or doc.joined(c.first, c.last)).split())
    }
    return _fullest(fuller) or held


def _fullest(names: set[str]) -> str | None:
    """The fullest of some names when every other is made of its words, else None."""
    fullest = max(names, key=lambda n: len(n.split()))
    if any(not set(n.split()) <= set(fullest.split()) for n in names):
        return None
    return fullest
