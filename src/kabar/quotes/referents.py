"""Who a short name, a whole name or a description points at, beyond the word lists.

* Namesakes: a short name two people of the article share ("ujar Iwan" with two Iwans) is the
  one the sentences just before show speaking ("Direktur Iwan Kurniawan menyatakan ...") even
  when the other was named in between ("Kakaknya, Iwan Setiawan, ditahan"); without such a
  sentence the entity stage's reading of the mention stands.
* A whole run the entity stage read as one name ("Hotman Paris", a surname that is a place).
* A role closed by a demonstrative ("Pemimpin Korea Utara tersebut") and its named holder.
"""

from __future__ import annotations

import bisect

from kabar.models import Entity
from kabar.quotes.lexicon import person_roles, role_words, short_cues, speech_verbs, titles
from kabar.quotes.memory import Speaker
from kabar.quotes.names import Run, Toks
from kabar.quotes.reading import Reading
from kabar.quotes.resolver import PERSON_TYPE, without_role
from kabar.quotes.sentences import Sentence

# Entity types a whole run may name.
ORG_TYPES = frozenset({"PERSON", "ORG"})
# Sentences read back for the one who just spoke; by hand (further back, the entity stage's
# reading of the mention is the better guess).
MAX_NAMESAKE_SENTENCES = 3


def namesakes(reading: Reading, word: str) -> list[Entity]:
    """Return the PERSON entities whose names hold the word ("Iwan" of two Iwans)."""
    return [e for e in reading.resolver.entities if e.type == "PERSON" and word in e.name.split()]


def last_speaker(reading: Reading, word: str, pos: int, people: list[Entity]) -> str | None:
    """Return the one of ``people`` the sentences just before ``pos`` show speaking, or None."""
    index = bisect.bisect_right(reading.sentences, pos, key=lambda s: s.start) - 1
    for sentence in reversed(reading.sentences[max(0, index - MAX_NAMESAKE_SENTENCES) : index]):
        if not _speech(sentence):
            continue
        named = {
            e.name
            for e in people
            for m in e.mentions
            if sentence.start <= m.start < sentence.end and m.text != word
        }
        if len(named) == 1:
            return without_role(named.pop())
        if named:
            return None  # both named where someone speaks: no telling from here
    return None


def _speech(sentence: Sentence) -> bool:
    """Tell whether a sentence shows someone speaking (a speech verb or a short cue)."""
    verbs, cues = speech_verbs(), short_cues()
    return any(t.low in verbs or t.low in cues or t.low[:-3] in cues for t in sentence.toks)


def exact_mention(reading: Reading, run: Run) -> Entity | None:
    """Return the PERSON or ORG entity with a mention that is exactly the run (two words or more).

    The word lists cut a name at a word that is also a place or an office ("Hotman Paris",
    "Departemen Kepolisian New York"); the entity stage, which read the whole article, knows
    the whole run as one name.
    """
    if len(run.words) < 2:
        return None
    for entity in reading.resolver.entities:
        if entity.type not in ORG_TYPES:
            continue
        if any(m.start == run.start and m.end == run.end for m in entity.mentions):
            if entity.type == "PERSON" and (
                run.words[0] in role_words() or run.words[0] in titles()
            ):
                return None
            return entity
    return None


def role_described(reading: Reading, toks: Toks, end: int) -> Speaker | None:
    """Return the person a capitalised role ending at ``toks[end]`` points back at.

    "Pemimpin Korea Utara tersebut menyatakan ...": the role, closed by a demonstrative, is the
    one an earlier "Pemimpin Korea Utara Kim Jong Un" gave; None when no named person had it.
    """
    s = end
    while s >= 0 and toks[s].cap and toks[s].text[0].isalpha():
        s -= 1
    s += 1
    if s > end or (toks[s].text not in role_words() and toks[s].text not in person_roles()):
        return None
    words = tuple(t.text for t in toks[s : end + 1])
    pos = toks[s].start
    for role_run in reversed(reading.role_runs):
        if role_run.start >= pos:
            continue
        named = reading.body[role_run.start : role_run.end].split()
        full = role_run.role + tuple(named)
        if len(full) - len(words) < 2 or full[: len(words)] != words:
            continue  # the role, and a name of two words or more after it
        cut = max(0, len(words) - len(role_run.role))  # "Presiden Wakanda" + "Joko Sumarno"
        surface = " ".join(named[cut:])
        known = reading.resolver.alias(surface, PERSON_TYPE)
        name = known.name if known else reading.resolver.resolve(surface, -1, -1)[0]
        return Speaker(name, True, pos)
    return None
