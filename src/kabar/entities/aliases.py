"""Curated abbreviations, exonyms and places, and acronyms the text itself defines."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from kabar.entities.candidates import Candidate, Found, Resolution
from kabar.entities.cleaning import loose_compass
from kabar.entities.doc import Doc
from kabar.entities.names import name_parts
from kabar.lexicon import for_use, lowered

# Longest run of words we accept as the long form of a defined acronym.
MAX_ACRONYM_WORDS = 10
# An acronym in brackets, up to 20 letters: "Kemendikbudristek"
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,19})\s*\)")


def add_lexicon_matches(doc: Doc, found: Found) -> None:
    """Add untagged abbreviations, exonyms and gazetteer places (longest match first)."""
    aliases = doc.aliases
    places = doc.lex.places
    starts = doc.lex.resolve_starts
    words = doc.words
    n = len(words)
    # only capitalised words that open a lexicon entry can start a match
    heads = [k for k in doc.capitalised if starts.get(words[k].lower(), 0)]
    i = 0
    for head in heads:
        if head < i:
            continue  # inside the last match
        i = head
        matched = 0
        longest = starts[words[i].lower()]
        if i > 0 and words[i - 1].lower() in lowered("initials_cues.txt"):
            longest = 0  # "berinisial AS (34)": a suspect's initials
        if longest and loose_compass(doc, i, i + 1):
            longest = 0  # "Barat" of "Sekotong Barat": no place of its own
        for size in range(min(longest, n - i), 0, -1):
            if not found.free(i, i + size) and (
                size < 2 or doc.joined(i, i + size) not in aliases or not found.take(i, i + size)
            ):
                continue  # a known long name wins over tagger pieces inside it
            surface = doc.joined(i, i + size)
            alias = aliases.get(surface)
            if alias is not None:
                found.add(Candidate(i, i + size, alias.type, alias.canonical))
                matched = size
                break
            if surface.lower() in places and all(w[:1].isupper() for w in words[i : i + size]):
                found.add(Candidate(i, i + size, "LOC"))
                matched = size
                break
        i += matched or 1


def add_acronyms(doc: Doc, found: Found) -> None:
    """Join acronyms defined in the text to their long form: "Badan ... Nasional (NADA)"."""
    starts = doc.token_starts
    defined: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for m in _ACRONYM.finditer(doc.body):
        acronym = m.group(1)
        open_index = starts.get(m.start())
        if open_index is None or open_index == 0:
            continue
        long_first = _long_form(doc, open_index, acronym)
        if long_first is None:
            continue
        kinds = Counter(
            cand.type
            for cand in found.candidates
            if cand.first <= long_first < cand.last or long_first <= cand.first < open_index
        )
        kind = kinds.most_common(1)[0][0] if kinds else "ORG"
        found.drop_inside(long_first, open_index)
        long_name = " ".join(doc.text(long_first, open_index).split())
        found.add(Candidate(long_first, open_index, kind, long_name))
        defined[acronym].append((open_index, long_name, kind))
    if not defined:
        return
    for k, word in enumerate(doc.words):
        if word in defined:
            # the latest definition before this mention, else the first one
            _, long_name, kind = max(
                (d for d in defined[word] if d[0] <= k), default=defined[word][0]
            )
            # "PT SKE": the legal form before a company's acronym belongs to the mention
            first = (
                k - 1 if k > 0 and doc.words[k - 1].lower() in lowered("company_forms.txt") else k
            )
            if first < k and found.covered[first]:
                same = [c for c in found.candidates if c.first == first and c.last == k + 1]
                if same:
                    found.swap(same[0], replace(same[0], canonical=long_name, type=kind))
                    continue
                first = k
            if not found.covered[k]:
                found.add(Candidate(first, k + 1, kind, long_name))
            else:
                for c in list(found.candidates):
                    if c.first == k and c.last == k + 1:
                        fixed = replace(c, canonical=long_name, type=kind)
                        if first < k:  # the covered tokens grow by the legal form
                            parts = name_parts(doc.words[first : c.last])
                            fixed = replace(fixed, first=first, parts=parts)
                        found.swap(c, fixed)


def _long_form(doc: Doc, end: int, acronym: str) -> int | None:
    """Return the first token of the long form ending before token ``end``, if it fits."""
    words = doc.words
    start = end
    while start > 0 and end - start < MAX_ACRONYM_WORDS:
        w = words[start - 1]
        if w[:1].isupper() or (w.lower() in for_use("name_links.tsv", "entities") and start < end):
            start -= 1
        elif w == "," and start < end and start > 1 and words[start - 2][:1].isupper():
            start -= 1  # "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"
        else:
            break
    commas = [k for k in range(start, end) if words[k] == ","]
    if commas and "dan" not in {w.lower() for w in words[commas[-1] : end]}:
        start = commas[-1] + 1  # only a list "A, B, dan C" runs across commas
    while start < end and not words[start][:1].isupper():
        start += 1
    if end - start < 2:
        return None
    letters = acronym.lower()
    for first in range(end - 2, start - 1, -1):
        if not words[first][:1].isupper():
            continue
        initials = "".join(w[0].lower() for w in words[first:end] if w[:1].isupper())
        if initials == letters:
            if first > start and words[first - 1].lower() in doc.lex.org_heads:
                return first - 1  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
            return first
    for first in range(start, end - 1):
        if (
            not words[first][:1].isupper()
            or words[first][0].lower() != letters[0]
            or words[first].lower() in doc.titles
        ):
            continue
        flat = "".join(words[first:end]).lower()
        it = iter(flat)
        if all(ch in it for ch in letters):
            return first
    # a translated name ("Badan Pengembangan Dirgantara Nasional (NADA)"): accept an
    # all-caps acronym after a run that opens with an organisation word
    if acronym.isupper() and words[start].lower() in doc.lex.org_heads:
        return start
    return None


def lexicon_names(state: Resolution) -> Resolution:
    """Pass: untagged abbreviations, exonyms and gazetteer places."""
    found = state.working()
    add_lexicon_matches(state.doc, found)
    return state.adding(found)


def defined_acronyms(state: Resolution) -> Resolution:
    """Pass: acronyms the text defines, joined to their long form."""
    found = state.working()
    add_acronyms(state.doc, found)
    return state.adding(found)
