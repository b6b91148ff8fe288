"""Drop one-word "people" the text never names as anyone.

Rules, for a person entity whose every mention is one word with no fixed canonical name and
that no title, honorific or speech verb introduces:
- a word the body also writes in lower case, capitalised only at a sentence start
  ("Paruman ditutup ..." beside "seusai paruman"), is a common word;
- a word seen only inside quoted speech, opening a sentence or a quote there at least once
  ("Jan sampai anak cucu ...", "Matur nuwun", "'Mamah nonton ...'"), is dialect, a greeting
  or a kinship word, not a person the story names ("jadi Arsene mengatakan" stays);
- a kinship word or form of address alone ("..., Lae.", "Opa") calls someone, naming nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kabar.entities.candidates import Candidate, Resolution
from kabar.entities.doc import Doc
from kabar.entities.lexicon import speech_verbs
from kabar.lexicon import lowered

# Marks that open quoted speech, inner quotes included.
QUOTE_MARKS = frozenset("\"“‘'")


def drop_unnamed(doc: Doc, groups: Sequence[Sequence[Candidate]]) -> list[Sequence[Candidate]]:
    """Return the groups without one-word people the text never names (see module)."""
    out: list[Sequence[Candidate]] = []
    for members in groups:
        if not _bare_person(doc, members):
            out.append(members)
            continue
        word = doc.words[members[0].first]
        if word.lower() in doc.words and all(doc.sentence_start(c.first) for c in members):
            continue  # "Paruman ditutup" beside "paruman"
        if word.lower() in lowered("address_words.txt"):
            continue  # "..., Lae.": a form of address, nobody named
        if all(doc.quoted(c.first) for c in members) and any(
            doc.sentence_start(c.first) or _after_quote(doc, c.first) for c in members
        ):
            continue  # "Jan sampai ...", "Matur nuwun" inside quotes only
        out.append(members)
    return out


def _bare_person(doc: Doc, members: Sequence[Candidate]) -> bool:
    """Tell whether a group is a person named only by one bare word, never introduced."""
    words = doc.words
    if not members or any(c.type != "PERSON" for c in members):
        return False
    for c in members:
        if c.last - c.first != 1 or c.canonical is not None:
            return False
        before = words[c.first - 1].lower() if c.first > 0 else ""
        if before in doc.titles or before in speech_verbs():
            return False
        after = words[c.last].lower() if c.last < len(words) else ""
        if after == "(":
            return False  # "Sukarti (52)": an age names a person
    return True


def _after_quote(doc: Doc, k: int) -> bool:
    """Tell whether token k opens quoted speech ("'Mamah nonton, ...'")."""
    return k > 0 and doc.words[k - 1] in QUOTE_MARKS


def named_only(state: Resolution) -> Resolution:
    """Pass: the groups without one-word people the text never names."""
    return replace(state, groups=tuple(tuple(g) for g in drop_unnamed(state.doc, state.groups)))
