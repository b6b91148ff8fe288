"""Who does the verb: the name or pronoun before a verb, and sources a sentence names in passing.

``mentions`` returns the discourse memory with the people a sentence names as sources
("menurut Andre", ", kata Budi,", "disampaikan Rizki"), so that a later "katanya" points at them.
"""

from __future__ import annotations

from kabar.quotes.lexicon import (
    addressee_cues,
    adverbs,
    anonymous_openers,
    demonstratives,
    lower_titles,
    passive_cues,
    person_pronouns,
    resident_cues,
    role_words,
    short_cues,
    speech_verbs,
)
from kabar.quotes.memory import Context, Memory, Speaker
from kabar.quotes.names import Toks, is_role_lower
from kabar.quotes.referents import role_described
from kabar.quotes.resolver import PERSON_TYPE
from kabar.quotes.sentences import is_word
from kabar.quotes.speakers import MAX_APPOSITIVES, phrase, speaker_from_run
from kabar.quotes.subjects import (
    DEGREE_AFTER_NAME,
    MAX_APPOSITIVE_TOKENS,
    MAX_DEGREE_CHARS,
    MAX_UNNAMED_WORDS,
    sentence_subject,
)

# A passive verb (di-...) is longer than this ("dihadiri", not "di" or "dia"); by hand.
MIN_PASSIVE_LENGTH = 4
# Verbs before a subject that follows them ("tampak Mbah Paiman yang datang"); by hand.
_APPEARS = frozenset({"tampak", "terlihat", "hadir", "muncul"})
# Words after which a subject carries over to a second verb ("Putin memuji ... dan menegaskan").
_COORDINATORS = frozenset({"dan", "serta", "lalu", "kemudian", "sembari", "sambil", "sekaligus"})


def subject_before(at: Context, toks: Toks, v: int) -> Speaker | None:
    """Return who does the verb at ``toks[v]``: the name or pronoun right before it."""
    k = v - 1
    while k >= 0 and toks[k].low in adverbs():
        if toks[k].low in demonstratives() and k > 0 and toks[k - 1].cap:
            # "Pentolan Oasis itu mengatakan": a description, not a name; a role an earlier
            # sentence gave a named person points back at them.
            return role_described(at.reading, toks, k - 1)
        k -= 1
    if k < 0:
        return None
    k = _skip_addressee(toks, k)
    if k < 0:
        return None
    k = _skip_origin(toks, k)
    if toks[k].low in person_pronouns():
        return at.pronoun(toks[k].start)
    if toks[k].text == ",":
        comma = next(
            (
                j
                for j in range(k - 1, max(-1, k - MAX_APPOSITIVE_TOKENS), -1)
                if toks[j].text == ","
            ),
            None,
        )
        appositive = False
        if comma is not None and comma + 1 < k:
            segment = toks[comma + 1]
            appositive = (
                (not segment.cap and segment.low not in lower_titles())
                or segment.text in role_words()
                or all(len(t.text) <= MAX_DEGREE_CHARS for t in toks[comma + 1 : k])
                or DEGREE_AFTER_NAME.fullmatch(at.reading.body[segment.start : toks[k - 1].end])
                is not None
            )  # ", sekretaris tim kampanye,", ", Kapolsek Tambun,", ", Sp.A," (not ", dokter X,")
            if appositive and segment.text in role_words():
                named = _named_in_apposition(at, toks, comma)
                if named is not None:  # "Petugas Puskesmas X, Bidan Siti Khoiriyah, mengatakan"
                    return named
        if not appositive:
            found = name_ending_at(at, toks, k - 1)
            if found is not None:
                return found
        if comma is None:
            return None
        k = _before_descriptions(toks, comma - 1)  # "Decky Senduk, sekretaris tim, mengaku"
    found = name_ending_at(at, toks, k)
    if found is not None:
        return found
    if toks[k].low in _COORDINATORS or toks[k].text == ",":
        return sentence_subject(at, toks)
    return None


def _before_descriptions(toks: Toks, k: int) -> int:
    """Step back over descriptions in apposition ending at ``toks[k]`` ("Nurlela (52), ibu
    dari Rendi Saputra (24), salah satu ...": Rendi is her son, not the one who speaks); each
    opens with a lower-case word after a comma that closes a name."""
    for _ in range(MAX_APPOSITIVES):
        comma = next(
            (j for j in range(k, max(-1, k - MAX_APPOSITIVE_TOKENS), -1) if toks[j].text == ","),
            None,
        )
        if comma is None or comma == 0 or comma >= k:
            return k
        opener, closing = toks[comma + 1], toks[comma - 1]
        if opener.cap or not is_word(opener) or opener.low in lower_titles():
            return k
        if not (closing.cap or closing.text == ")"):
            return k
        k = comma - 1
    return k


def _named_in_apposition(at: Context, toks: Toks, comma: int) -> Speaker | None:
    """Return the known person a role apposition after ``toks[comma]`` names.

    Not in "Rasgianto, Ketua KUD X, mengatakan", where the apposition describes the person
    named before it.
    """
    before = name_ending_at(at, toks, comma - 1) if comma > 0 else None
    if before is not None and before.person:
        return None
    named, _ = speaker_from_run(at.reading, toks, comma + 1)
    if named is None or not named.name or not named.person:
        return None
    return named if at.reading.resolver.alias(named.name, PERSON_TYPE) is not None else None


def _skip_addressee(toks: Toks, k: int) -> int:
    """Step back over "kepada Kabar Nusantara" ending at ``toks[k]``; -1 if no subject is left.

    The name after "kepada", "ditemui", "dihubungi" ... is the addressee or the interviewer.
    In "warga yang ditemui BBC mengatakan" the speaker is the unnamed "warga" (-1).
    """
    s = k
    while s >= 0 and (toks[s].cap or toks[s].low in ("news", "tv", "com")):
        s -= 1
    if s == k or s < 0 or toks[s].low not in addressee_cues():
        return k
    s -= 1
    while s >= 0 and toks[s].low in adverbs():
        s -= 1
    if s < 0 or toks[s].low == "yang":
        return -1
    return s


def _skip_origin(toks: Toks, k: int) -> int:
    """Step back over "dari LBH Sukamaju" ending at ``toks[k]`` when a name precedes it."""
    s = k
    while s >= 0 and toks[s].cap:
        s -= 1
    if s < 1 or s == k or toks[s].low not in ("dari", "di") or not toks[s - 1].cap:
        return k
    return s - 1


# Words between an office and the body or place it serves ("duta besar X untuk PBB",
# "Hakim Distrik di Hawaii"): the name after them is not who speaks; by hand.
_SEAT_LINKS = frozenset({"untuk", "di", "pada"})
# Lower-case words read back from an organisation for the office before it; by hand.
_OFFICE_REACH = 3


def name_ending_at(at: Context, toks: Toks, k: int) -> Speaker | None:
    """Return the speaker named by the capitalised run (or pronoun) ending at ``toks[k]``."""
    if k >= 0 and toks[k].text == ")":
        opening = next((j for j in range(k, max(-1, k - 6), -1) if toks[j].text == "("), None)
        if opening is not None and not toks[opening + 1].text.isupper():
            k = opening - 1
    if k < 0:
        return None
    if toks[k].low in person_pronouns():
        return at.pronoun(toks[k].start)
    s = k
    if toks[s].text == ")" and s >= 3 and toks[s - 2].text == "(":
        s -= 3
    while s >= 0 and (toks[s].cap and toks[s].text[0].isalpha()):
        s -= 1
    s += 1
    if s > k or not toks[s].cap:
        return None
    if s > 0 and toks[s - 1].low in resident_cues():
        return Speaker(None, True, toks[s].start)  # an unnamed resident of a place
    speaker, _ = speaker_from_run(at.reading, toks, s, speech=True)
    if speaker is None or speaker.name is None:
        return None
    # "duta besar Pyongyang untuk PBB mengatakan": the envoy speaks, not the body he is sent
    # to; "Hakim Distrik di Hawaii": one word there is a place. A longer run may end in the
    # person ("Direktur WFP untuk Afrika Barat Margaret Odhiambo mengatakan").
    seat = s > 1 and toks[s - 1].low in _SEAT_LINKS and is_word(toks[s - 2])
    if seat and (not speaker.person or s == k):
        return None
    if not speaker.person and _after_an_office(toks, s):
        return None  # "X yang merupakan ketua harian KONI NTT, menyatakan": the official speaks
    return speaker


def _after_an_office(toks: Toks, s: int) -> bool:
    """Tell whether the lower-case words right before ``toks[s]`` hold an office or "selaku"
    ("selaku manajer produk", "ketua harian"): the run after them is where the official works."""
    k = s - 1
    while k >= 0 and s - k <= _OFFICE_REACH and is_word(toks[k]) and not toks[k].cap:
        if is_role_lower(toks[k].text) or toks[k].low == "selaku":
            return True
        k -= 1
    return False


def mentions(at: Context, toks: Toks) -> Memory:
    """Remember people a sentence names as sources outside its subject.

    "menurut Andre", ", kata Budi," and passive agents ("disampaikan Rizki Rifai",
    "dihadiri William Wongso") make the person the one a later "katanya" points at.
    """
    passive, speech = passive_cues(), speech_verbs()  # read at every token below
    for k in range(len(toks) - 1):
        tok, nxt = toks[k], toks[k + 1]
        if not nxt.cap and tok.low not in passive and tok.low != "menurut":
            continue  # only the first two readers below take a word before a lower-case one
        if tok.low in passive and not nxt.cap:
            # "Hal senada diungkapkan tetangganya, Siti Zubaidah."
            comma = next(
                (
                    j
                    for j in range(k + 1, min(len(toks) - 1, k + MAX_UNNAMED_WORDS + 2))
                    if toks[j].text == ","
                ),
                None,
            )
            if comma is not None and all(is_word(t) for t in toks[k + 1 : comma]):
                named, _ = speaker_from_run(at.reading, toks, comma + 1)
                if named is not None and named.name:
                    at = at.remember(named, toks[comma + 1].start)
            continue
        if tok.low == "menurut" and nxt.low in anonymous_openers():
            # "Menurut seorang petugas yang enggan disebut namanya, ...": someone unnamed
            at = at.remember(Speaker(None, True, nxt.start), nxt.start)
            continue
        if not nxt.cap:
            continue
        if tok.low in _APPEARS and not tok.cap:  # "tampak Mbah Paiman (78) yang datang"
            speaker, _ = speaker_from_run(at.reading, toks, k + 1)
            at = at.remember(speaker, nxt.start)
            continue
        if tok.low in ("menurut", "bagi") or (
            k and tok.low in short_cues() and toks[k - 1].text == ","
        ):
            speaker = phrase(at, toks, k + 1)
        elif tok.low == "adalah" or (
            tok.low.startswith("di")
            and len(tok.low) > MIN_PASSIVE_LENGTH
            and not tok.cap
            and tok.low not in addressee_cues()
        ):
            speaker, after = speaker_from_run(at.reading, toks, k + 1)
            if after == k + 3 and toks[k + 1].text.isupper():
                continue  # "disusul RIT Batusari": one word after an acronym names a place
            if tok.low != "adalah" and _has_named_subject(at, _known_agent(at, toks, k, speaker)):
                continue  # "Tigor menjelaskan ... ditangkap Propam": "Ia" next is still Tigor
        else:
            continue
        at = at.remember(speaker, nxt.start)
    for v, tok in enumerate(toks):  # "..., Bima Adiwangsa, mengingatkan agar ..."
        if v and tok.low in speech:
            speaker = subject_before(at, toks, v)
            if speaker is not None:
                at = at.remember(speaker, speaker.pos)
    return at.memory


def known_person(at: Context, speaker: Speaker | None) -> bool:
    """Tell whether the entity stage knows ``speaker`` as a person."""
    name = speaker.name if speaker is not None else None
    return bool(name) and at.reading.resolver.alias(name or "", PERSON_TYPE) is not None


def _known_agent(at: Context, toks: Toks, k: int, agent: Speaker | None) -> bool:
    """Tell whether the passive at ``toks[k]`` is the sentence's own predicate (not "... yang
    diteken X", a relative clause) and the entity stage knows its agent as a person."""
    return (k == 0 or toks[k - 1].low != "yang") and known_person(at, agent)


def _has_named_subject(at: Context, agent_known: bool = False) -> bool:
    """Tell whether the sentence being read already has a named person as its subject.

    With ``agent_known`` (a passive's agent the entity stage knows as a person) only a subject
    it knows as a person counts: "Peran Arimbi ... dibawakan Sekar Ayu" is about the player,
    not a character the entity stage found no person in.
    """
    return any(
        n.sentence == at.sentence
        and n.speaker.person
        and n.speaker.name
        and (not agent_known or known_person(at, n.speaker))
        for n in at.memory.named
    )


def subject_of_verb(at: Context, toks: Toks, v: int) -> Speaker | None:
    """Return the sentence's subject as the doer of ``toks[v]`` when nothing between says
    otherwise (no relative clause, pronoun or addressee before the verb)."""
    subject = sentence_subject(at, toks)
    if subject is None or subject.pos >= toks[v].start:
        return None
    between = [t for t in toks[:v] if t.start > subject.pos]
    if any(t.low in ("yang", "dan", "serta") or t.low in person_pronouns() for t in between):
        return None
    if any(t.low in addressee_cues() for t in between):
        return None
    return subject
