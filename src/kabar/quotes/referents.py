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
import re

from kabar import lexicon
from kabar.models import Entity
from kabar.quotes.lexicon import (
    company_heads,
    demonstratives,
    person_roles,
    places,
    role_words,
    short_cues,
    speech_verbs,
    titles,
)
from kabar.quotes.memory import Speaker
from kabar.quotes.names import Run, Tok, Toks, org_like
from kabar.quotes.reading import Reading
from kabar.quotes.resolver import PERSON_TYPE, without_role
from kabar.quotes.sentences import Sentence, is_word

# Characters read back for the head noun of a description ("ajudannya" before "ajudan itu").
UNNAMED_REFERENT_REACH = 400
# Characters read before an earlier mention for the role it was given ("pengacara X").
_ROLE_REACH = 40
# Entity types a whole run may name.
ORG_TYPES = frozenset({"PERSON", "ORG"})
# Sentences read back for the one who just spoke; by hand (further back, the entity stage's
# reading of the mention is the better guess).
MAX_NAMESAKE_SENTENCES = 3
# Tokens between a name and its speech verb ("Iwan Kurniawan juga menyatakan"); by hand.
_VERB_REACH = 3


def namesakes(reading: Reading, word: str) -> list[Entity]:
    """Return the people whose names hold the word at the same end ("Iwan" of two Iwans).

    Only names of two words or more whose other words all look like names count: an entity
    such as "Prabowo Indonesia" or "Dan Lorenzo" is a misread of one person, not a second one.
    """
    found = [e for e in reading.resolver.entities if e.type == "PERSON" and word in e.name.split()]
    if len(found) < 2:
        return []
    taken = _taken(reading)
    found = [e for e in found if _name_like(reading, e.name, word, taken)]
    for end in (0, -1):
        same = [e for e in found if e.name.split()[end] == word]
        if len(same) > 1:
            return same
    return []


def _name_like(reading: Reading, name: str, word: str, taken: frozenset[str]) -> bool:
    """Tell whether the words of a name other than ``word`` all look like a person's name."""
    others = [w for w in name.split() if w != word]
    return bool(others) and not any(
        w in role_words()
        or w in titles()
        or w in places()
        or w in reading.places
        or w.lower() in reading.lower_words
        or org_like(w)
        or w in taken
        for w in others
    )


def _whole_name(reading: Reading, words: tuple[str, ...]) -> bool:
    """Tell whether a run the entity stage read as a person holds only words of a name: none an
    office, a company, a word the article writes in lower case, or a word of one of its places
    or organisations (a word-list place such as "Paris" may be a surname)."""
    taken = _taken(reading)
    return not any(
        w in role_words()
        or w in titles()
        or w in company_heads()
        or w in reading.places
        or w.lower() in reading.lower_words
        or org_like(w)
        or w in taken
        for w in words
    )


def _taken(reading: Reading) -> frozenset[str]:
    """Words of the names of the article's organisations and places."""
    return frozenset(
        w for e in reading.resolver.entities if e.type != "PERSON" for w in e.name.split()
    )


def last_speaker(reading: Reading, word: str, pos: int, people: list[Entity]) -> str | None:
    """Return the one of ``people`` the sentences just before ``pos`` show speaking, or None.

    A namesake speaks in a sentence when his full name is followed by a speech verb ("Iwan
    Kurniawan menyatakan") or follows a cue ("menurut Iwan Kurniawan"), outside any quote
    and not inside a description ("Saudara pebalap Sam Lowes itu menambahkan": his brother).
    """
    index = bisect.bisect_right(reading.sentences, pos, key=lambda s: s.start) - 1
    window = reading.sentences[max(0, index - MAX_NAMESAKE_SENTENCES) : index]
    if not window:
        return None
    first = window[0].start
    near = [(e.name, m) for e in people for m in e.mentions if first <= m.start < pos]
    for sentence in reversed(window):
        named = {
            name
            for name, m in near
            if sentence.start <= m.start < sentence.end
            and m.text != word
            and _speaks(reading, sentence, m.start, m.end)
        }
        if len(named) == 1:
            return without_role(named.pop())
        if named:
            return None  # both shown speaking: no telling from here
    return None


def _speaks(reading: Reading, sentence: Sentence, start: int, end: int) -> bool:
    """Tell whether the name at ``start:end`` of a sentence is who its speech verb's is."""
    if reading.masked[start:end] != reading.body[start:end]:
        return False  # a name inside a quote
    toks = sentence.toks
    at = bisect.bisect_left(toks, end, key=lambda t: t.start)
    before = bisect.bisect_left(toks, start, key=lambda t: t.start) - 1
    verbs, cues = speech_verbs(), short_cues()
    if before >= 0 and (toks[before].low in cues or toks[before].low == "menurut"):
        return True
    for tok in toks[at : at + _VERB_REACH]:
        if tok.low in demonstratives():
            return False
        if tok.low in verbs:
            return True
    return False


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
            if entity.type == "PERSON" and not _whole_name(reading, run.words):
                return None  # "Prabowo Indonesia", "... Crestar Group Tay Kee Hong": a misreading
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
        return Speaker(name, True, pos, "role")
    return None


def for_someone_named_before(
    reading: Reading, toks: Toks, j: int, k: int, speaker: Speaker
) -> bool:
    """Tell whether "kuasa hukum X" names X's lawyer, not a lawyer called X.

    So it is when the role is one held to speak for another (``agent_roles.txt``) and X was
    named earlier in the article without that role before him.
    """
    role = " ".join(t.low for t in toks[j:k] if is_word(t))
    agents = lexicon.lowered("agent_roles.txt")
    if not role or not any(role == r or role.endswith(" " + r) for r in agents):
        return False
    entity = reading.resolver.alias(speaker.name or "", PERSON_TYPE)
    if entity is None:
        return False
    earlier = [m for m in entity.mentions if m.end <= toks[j].start]
    head = role.split()[-1]
    before = (reading.body[max(0, m.start - _ROLE_REACH) : m.start].lower() for m in earlier)
    return bool(earlier) and not any(head in text for text in before)


def titled_holder(reading: Reading, run: Run) -> Speaker | None:
    """Return the one person the article gave a run of titles alone ("ucap Jro Mangku" after
    "Jro Mangku Ketut Rentia"); None when nobody or more than one person holds them. One
    word alone is no such run: "kata Kang" after "Kang Min-jun" is a Korean surname."""
    if len(run.words) < 2 or not all(w in titles() for w in run.words):
        return None
    size = len(run.words)
    holders = {
        reading.resolver.resolve(reading.body[r.start : r.end], r.start, r.end)[0]
        for r in reading.role_runs
        if r.start < run.start and r.role[-size:] == run.words
    }
    return Speaker(holders.pop(), True, run.start, "role") if len(holders) == 1 else None


def named_before(reading: Reading, word: str, pos: int, name: str) -> str | None:
    """Return the one person named in full before ``pos`` whose name holds ``word`` when
    ``name`` (the entity stage's reading of the short name) is named in full only after it:
    "kata Kiai Mujib" after "KH Abdul Mujib Ridwan" and before his son "Ahmad Nabil Mujib" is
    introduced is the father. With no one named in full before, the short name points at
    someone the reader has not met yet ("ujar Bang Rudi" before "Rudi Hartawan" is introduced
    is a nickname of someone else): None. Otherwise ``name`` stands."""
    first_full: dict[str, int] = {}
    for e in reading.resolver.entities:
        if e.type == "PERSON" and " " in e.name and word in e.name.split():
            starts = [m.start for m in e.mentions if len(_untitled(m.text)) > 1]
            first_full[without_role(e.name)] = min(starts, default=pos)
    if first_full.get(name, -1) < pos:
        return name
    earlier = [n for n, start in first_full.items() if start < pos]
    if not earlier and first_full[name] > pos:
        return None
    return earlier[0] if len(earlier) == 1 else name


def _untitled(text: str) -> list[str]:
    """The words of a mention without the titles before them ("Bang Rudi" -> ["Rudi"])."""
    words = text.split()
    while words and words[0] in titles():
        words = words[1:]
    return words


def unnamed_referent(reading: Reading, head: Tok) -> bool:
    """Tell whether a description's head noun points back at someone never named:
    "Melalui ajudannya, ia ..." then "kata ajudan tersebut" (the aide, not the man whose aide
    he is); likewise "seorang petugas ..." then "ujar petugas itu"."""
    before = reading.masked[max(0, head.start - UNNAMED_REFERENT_REACH) : head.start].lower()
    word = re.escape(head.low)
    pattern = rf"\b{word}nya\b|\b(?:seorang|salah satu|sejumlah) {word}\b"
    return re.search(pattern, before) is not None
