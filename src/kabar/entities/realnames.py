"""Real names behind stage names: "Aktris Tiara Bening ... artis bernama asli Siti Mutiara
Rahmawati tersebut", "musisi Bonbon ... Pemilik nama asli Muhammad Fajar Ardiansyah itu".

The real name refers back to the person named last before it, whose stage name (and its words,
and the nicknames given to it) then mean the real name's bearer: one identity, under the
name the person was born with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kabar.entities.candidates import Candidate, Found, Resolution
from kabar.entities.doc import Doc
from kabar.text import name_key

# "bernama asli X", "nama asli(nya) X", "nama lengkap(nya) X": two to four name words.
# "bernama lengkap X" also introduces someone new ("seorang pria bernama lengkap X"): it gives a
# real name only right after a name and "yang" ("Julak Amli, yang bernama lengkap X").
_REAL_NAME = re.compile(
    r"\b(?:bernama\s+asli|nama\s+asli(?:nya)?|nama\s+lengkap(?:nya)?|(bernama\s+lengkap))\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
)
_NAME_GROUP = 2
# The words between a name and a real-name cue right after it: ", yang".
_WHICH = re.compile(r",?\s+yang\s+$")
# Sentences before the real name within which the stage name stands.
REACH = 3


def real_names(state: Resolution) -> Resolution:
    """Pass: a stage name and the real name the text gives it are one person, the real one."""
    doc = state.doc
    matches = list(_REAL_NAME.finditer(doc.body))
    if not matches:
        return state
    found = state.working()
    nicknames = dict(state.nicknames)
    starts = {t[1]: k for k, t in enumerate(doc.tokens)}
    for m in matches:
        first = starts.get(m.start(_NAME_GROUP))
        words = m.group(_NAME_GROUP).split()
        if first is None or doc.words[first : first + len(words)] != words:
            continue
        last = first + len(words)
        if m.group(1) is not None:
            host = _named_right_before(doc, found, m.start())
        else:
            host = _named_before(doc, found, m.start(), {name_key(w) for w in words})
            if host is not None and _other_name_right_before(doc, host, m.start()):
                continue
        if host is None or doc.sentence_of[host.last - 1] < doc.sentence_of[first] - REACH:
            continue  # the stage name stands close before
        stage = host.canonical or doc.text(host.first, host.last)
        real = doc.text(first, last)
        if name_key(stage) == name_key(real):
            continue
        _take_real_name(found, first, last)
        _point_at(doc, found, stage, real, (first, last))
        nicknames = {k: real if v == stage else v for k, v in nicknames.items()}
        nicknames[stage] = real
    return state.adding(found, nicknames)


def _named_before(doc: Doc, found: Found, start: int, real: set[str]) -> Candidate | None:
    """The person mentioned last before character ``start``; one whose name shares a word with
    the real name comes first ("Kirana ... bernama asli Siti Kirana Maharani" after her
    husband Bima Aditya is named)."""
    people = [
        c for c in found.candidates if c.type == "PERSON" and doc.tokens[c.last - 1][2] <= start
    ]
    sharing = [c for c in people if any(name_key(w) in real for w in doc.words[c.first : c.last])]
    return max(sharing or people, key=lambda c: c.first) if people else None


def _named_right_before(doc: Doc, found: Found, start: int) -> Candidate | None:
    """The person whose name stands right before ", yang" and the cue at character ``start``."""
    which = _WHICH.search(doc.body, max(0, start - 12), start)
    if which is None:
        return None
    named = [
        c
        for c in found.candidates
        if c.type == "PERSON" and doc.tokens[c.last - 1][2] == which.start()
    ]
    return max(named, key=lambda c: c.last - c.first) if named else None


def _other_name_right_before(doc: Doc, host: Candidate, start: int) -> bool:
    """Tell whether a capitalised word no mention holds stands right before ", yang" and the cue
    at character ``start`` and is no word of ``host``: "Rara, yang bernama asli ..." gives
    Rara's real name, not that of the manager named last before her."""
    which = _WHICH.search(doc.body, max(0, start - 12), start)
    if which is None:
        return False
    word = next((t[0] for t in doc.tokens if t[2] == which.start()), "")
    return word[:1].isupper() and word not in doc.words[host.first : host.last]


def _take_real_name(found: Found, first: int, last: int) -> None:
    """Make the real name's own words one person mention."""
    inside = [c for c in found.candidates if first <= c.first and c.last <= last]
    if any(c.first == first and c.last == last for c in inside):
        return
    if found.free(first, last):
        found.add(Candidate(first, last, "PERSON"))


def _point_at(doc: Doc, found: Found, stage: str, real: str, own: tuple[int, int]) -> None:
    """Point the stage name's mentions, its single words and its nicknames at the real name."""
    stage_words = set(stage.split()) if len(stage.split()) > 1 else set()
    for cand in list(found.candidates):
        if cand.type != "PERSON" or (cand.first, cand.last) == own:
            continue
        text = doc.joined(cand.first, cand.last)
        if cand.canonical == stage or (
            cand.canonical is None and (text == stage or text in stage_words)
        ):
            found.swap(cand, replace(cand, canonical=real))
