"""Who a name stands for: read a speaker's name, role or organisation at a point of a sentence.

``speaker_from_run`` reads the ``Speaker`` a capitalised run names (through the entities, full
names, roles and acronyms); ``phrase`` reads it after a short cue ("kata juru bicara Polri Budi").
"""

from __future__ import annotations

import re
from functools import cache

from kabar import lexicon
from kabar.quotes.lexicon import (
    adverbs,
    anonymous_openers,
    demonstratives,
    lower_titles,
    not_verbs,
    person_pronouns,
    person_roles,
    places,
    resident_cues,
    role_abbreviations,
    role_words,
    short_cues,
    titles,
)
from kabar.quotes.memory import Context, Speaker, tagged
from kabar.quotes.names import (
    Run,
    Tok,
    Toks,
    degrees,
    is_role_lower,
    org_like,
    org_words,
    person_words,
    read_run,
)
from kabar.quotes.reading import Reading, name_words, trim_sentence_start
from kabar.quotes.referents import (
    exact_mention,
    for_someone_named_before,
    last_speaker,
    named_before,
    namesakes,
    titled_holder,
    unnamed_referent,
)
from kabar.quotes.sentences import is_word

# Role words read after a cue before the name ("kata juru bicara Polri Budi"); by hand.
MAX_ROLE_TOKENS = 8
# Entity types an organisation speaker maps to.
_ORG_TYPES = frozenset({"PERSON", "ORG"})
_NOT_PERSON_TYPES = frozenset({"ORG", "LOC"})
_PLACE_TYPES = frozenset({"LOC", "GPE"})
# Words that introduce the name an unnamed speaker goes by ("pria yang akrab disapa Emil").
_CALLED = frozenset({"disapa", "dipanggil", "bernama"})
# Appositives read after a speaker's role ("kata Kepala Dusun X, Kelurahan Y, Budi"); by hand.
MAX_APPOSITIVES = 4
# A description that points back ("pemain asal Papua, Jayapura, itu") is this long at most.
MAX_DESCRIPTION_TOKENS = 10
_NICKNAME_THEN_DEMONSTRATIVE = re.compile(r"\s*[\"“”][^\"“”\n]{1,40}[\"”]\s+(?:itu|tersebut)\b")
_QUOTE_MARKS = frozenset("\"“”‘’'")


@cache
def _phrase_stops() -> frozenset[str]:
    """Words that end a role description after a cue ("kata pengamat yang ...")."""
    return lexicon.entries("role_phrase_stops.txt")


def _name_run(reading: Reading, toks: Toks, i: int, speech: bool) -> tuple[Run | None, int]:
    """Read the run at ``toks[i]`` without titles before it or degrees after it; return the run
    (None when there is none or it was only a sentence-initial word) and the index after it."""
    while (
        i + 2 < len(toks)
        and toks[i].text in titles()
        and toks[i + 1].text == "."
        and toks[i + 2].cap
    ):
        i += 2  # "Hj. Nur Aini", "Dr. H. Amir": a title written with a period
    run, nxt = read_run(toks, i)
    if run is None:
        return None, i
    trimmed = trim_sentence_start(reading, run, toks, i, speech)
    if trimmed is None:
        return None, nxt
    cut = len(trimmed.words)
    while cut > 2 and trimmed.words[cut - 1] in degrees():
        cut -= 1  # "Rudi Hermawan SH MH"
    if cut < len(trimmed.words):
        spans = trimmed.spans
        trimmed = Run(trimmed.words[:cut], trimmed.start, spans[cut - 1][1], None, spans[:cut])
    return trimmed, nxt


def speaker_from_run(
    reading: Reading, toks: Toks, i: int, speech: bool = False
) -> tuple[Speaker | None, int]:
    """Read a name at ``toks[i]``; return the speaker it names and the index after it."""
    # Size: the kinds of run in the order they are tried; split, the order would be lost.
    run, nxt = _name_run(reading, toks, i, speech)
    if run is None:
        return None, nxt
    if len(run.words) == 1 and run.words[0] in reading.role_acronyms:  # "ujar JPU"
        surface = reading.role_acronyms[run.words[0]]
        return Speaker(reading.resolver.resolve(surface, -1, -1)[0], True, run.start, "role"), nxt
    if _two_people(reading, run.words):  # "Bupati Hendra Gunawan dan Ketua DPRD Siti Aminah"
        return Speaker(None, True, run.start), nxt
    if run.words[-1] in reading.acronyms:  # "peneliti Centropolis" after "... (Centropolis)"
        long = reading.acronyms[run.words[-1]]
        agency = reading.resolver.alias(long, _ORG_TYPES)
        return Speaker(agency.name if agency else long, False, run.start, "org"), nxt
    words, whole = _words_or_whole(reading, run)
    if whole is not None:
        return Speaker(whole, False, run.start, "org"), nxt  # "Departemen Kepolisian New York"
    if words:
        start, end = run.spans[len(run.words) - len(words)][0], run.spans[-1][1]
        surface = reading.body[start:end]
        name, etype = reading.resolver.resolve(surface, start, end)
        how = "name" if len(words) > 1 else "short_name"
        if len(words) == 1 and etype in (None, "PERSON"):
            people = namesakes(reading, words[0])
            if len(people) > 1:  # "ujar Iwan" with two Iwans: the one just seen speaking
                name, how = last_speaker(reading, words[0], start, people) or name, "namesake"
            if (introduced := named_before(reading, words[0], start, name)) is None:
                return Speaker(None, True, start), nxt  # someone the reader meets only later
            name = introduced
        # Common nouns ("Kartu Prakerja") also appear in lower case in the body; the entity
        # stage is trusted for initials ("AHY") but not against that evidence.
        common = any(w.lower() in reading.lower_words for w in words)
        if etype:
            person = etype == "PERSON" and not common
        elif reading.holds_office(name):  # "Kepala Dinas X, Kemas Firmansyah", typed ORG
            person = not common
        elif (
            reading.resolver.alias(name, _NOT_PERSON_TYPES)
            or reading.resolver.alias(surface, _NOT_PERSON_TYPES)
            or reading.resolver.entity_at(start, end, reading.body, _NOT_PERSON_TYPES)
        ):  # "Arema" of "Arema FC", "Undaan" of "Puskesmas Undaan": a club, a place's name
            person = False
        else:
            person = not _acronym_only(words) and not common
        return Speaker(name, person, start, how if person else "org"), nxt
    org = org_words(run.words)
    if org:
        surface = reading.body[run.start : run.end]
        name, _ = reading.resolver.resolve(surface, run.start, run.end, _ORG_TYPES)
        return Speaker(_org_name(reading, surface, name), False, run.start, "org"), nxt
    if run.words[0] in person_roles():
        return _role_person(reading, run.words, run.start), nxt
    if (holder := titled_holder(reading, run)) is not None:
        return holder, nxt
    head = run.spans[-1]  # an entity the run ends with: "kata Badan X (BX)"
    known = run.words[-1] in places() or run.words[-1] in role_words()
    entity = None if known else reading.resolver.entity_at(*head, reading.body, _ORG_TYPES)
    if entity is not None and entity.type in ("PERSON", "ORG"):
        return Speaker(entity.name, entity.type == "PERSON", run.start, "entity"), nxt
    return Speaker(None, False, run.start), nxt


def _words_or_whole(reading: Reading, run: Run) -> tuple[tuple[str, ...], str | None]:
    """Return the person's words in a run, or the organisation the whole run names.

    The word lists cut a name at a word that is also a place ("Hotman Paris"); a run the
    entity stage read whole as a person is kept whole, and one it read as an organisation
    ending in a place ("Departemen Kepolisian New York") is that organisation.
    """
    words = name_words(reading, run.words)
    whole = exact_mention(reading, run) if len(words) < len(run.words) else None
    if whole is not None and whole.type == "PERSON":
        return run.words, None
    placed = run.words[-1] in places() or run.words[-1] in reading.places
    if whole is not None and whole.type == "ORG" and len(words) <= 1 and placed:
        return words, whole.name
    return words, None


def _org_name(reading: Reading, surface: str, name: str) -> str:
    """Return the organisation's name as written when the entity it resolved to is another.

    "Kementerian Luar Negeri Rusia" resolved to "Kementerian Luar Negeri" would merge every
    country's ministry; an entity that only overlaps the run ("New York City" for "Departemen
    Kepolisian New York") is not it. A short form inside the entity's name ("PLN" of "PT PLN
    (Persero)") or an acronym's expansion resolves.
    """
    said, known = set(surface.split()), set(name.split())
    apart = said & known and not (said <= known or known <= said)
    extra = surface[len(name) :].split() if surface.startswith(name + " ") else []
    placed = bool(extra) and all(
        w in places() or w in reading.places or reading.resolver.alias(w, _PLACE_TYPES)
        for w in extra
    )  # "Rusia", "AS", "Jakarta Barat": the country or region the body serves
    return surface if placed or apart else name


def _agent_after_client(reading: Reading, toks: Toks, j: int, k: int, nxt: int) -> Speaker | None:
    """Return Y of "kata kuasa hukum X, Y": after a role held for someone (X), the named
    apposition is the one who speaks; None when no person's name follows."""
    role = " ".join(t.low for t in toks[j:k] if is_word(t))
    if not role or not any(
        role == r or role.endswith(" " + r) for r in lexicon.lowered("relational_roles.txt")
    ):
        return None
    if not (nxt + 1 < len(toks) and toks[nxt].text == "," and toks[nxt + 1].cap):
        return None
    agent, _ = speaker_from_run(reading, toks, nxt + 1)
    if agent is None or not agent.person or not agent.name:
        return None
    return agent


def _two_people(reading: Reading, words: tuple[str, ...]) -> bool:
    """Tell whether a run names two people joined by "dan" (so neither is "the" speaker)."""
    if "dan" not in words:
        return False
    cut = words.index("dan")
    left = person_words(words[:cut], reading.places)
    right = person_words(words[cut + 1 :], reading.places)
    if not left or not right:
        return False
    if len(left) >= 2 and len(right) >= 2:
        return True
    if len(words) != 3:
        return False
    # "kata Hadi dan Rina": one-word names, unless they are common words of the article
    # ("Kementerian Pemuda dan Olahraga").
    return not any(w.lower() in reading.lower_words or org_like(w) for w in left + right)


def _role_person(reading: Reading, words: tuple[str, ...], pos: int) -> Speaker:
    """Return the person an earlier "Presiden Joko Widodo" names for a bare "Presiden".

    Without one the role still stands for an unnamed person, who blocks pronouns from
    reaching back past it.
    """
    wanted = tuple(w for word in words for w in role_abbreviations().get(word, (word,)))
    for role_run in reversed(reading.role_runs):
        prefix, start, end = role_run.role, role_run.start, role_run.end
        full = tuple(w for word in prefix for w in role_abbreviations().get(word, (word,)))
        if start < pos and full[: len(wanted)] == wanted:
            name, _ = reading.resolver.resolve(reading.body[start:end], start, end)
            return Speaker(name, True, pos, "role")
    return Speaker(None, True, pos)


def _described(reading: Reading, toks: Toks, j: int) -> bool:
    """Tell whether the words at ``toks[j]`` describe someone already named.

    A role or description closed by a demonstrative ("pelatih asal Salatiga itu", "pemain
    Persija tersebut") points back like a pronoun.
    """
    if j >= len(toks) or not is_word(toks[j]) or toks[j].low in person_pronouns():
        return False
    if toks[j].low in anonymous_openers():
        return False  # "ujar sumber yang mengetahui penanganan pasien tersebut"
    if toks[j].cap and toks[j].text not in role_words():
        return False
    for k in range(j + 1, min(len(toks), j + MAX_DESCRIPTION_TOKENS)):
        if toks[k].text in _QUOTE_MARKS:
            continue  # a quoted nickname: "pelatih yang akrab disapa “Kancil” itu"
        if toks[k].text == "," and toks[k - 1].cap and _named_next(toks, k + 1):
            continue  # "pria asal Manggarai, Nusa Tenggara Timur, itu": a place, its province
        if not is_word(toks[k]):
            return False
        if toks[k].low in _CALLED and k + 1 < len(toks) and toks[k + 1].cap:
            return False  # "pria yang akrab disapa Kang Darma itu" names him
        if toks[k].low in _CALLED and k + 1 == len(toks):  # the nickname is a quote
            return bool(_NICKNAME_THEN_DEMONSTRATIVE.match(reading.masked, toks[k].end))
        if toks[k].low in demonstratives():
            return k + 1 == len(toks) or not is_word(toks[k + 1])
    return False


def _named_next(toks: Toks, k: int) -> bool:
    return k < len(toks) and (toks[k].cap or toks[k].low in demonstratives())


def pure(tok: Tok) -> bool:
    """Tell whether a run starting at ``tok`` starts with a name, not a role or an office."""
    return tok.text not in role_words() and tok.text not in places() and not org_like(tok.text)


def _acronym_only(words: tuple[str, ...]) -> bool:
    """Tell whether a name is only capitals (initials such as RCD are not reliable)."""
    return all(w.isupper() for w in words)


def cue_word(low: str) -> bool:
    """Tell whether a lower-cased word is a short cue, bare or with -nya."""
    return low in short_cues() or (low.endswith("nya") and low[:-3] in short_cues())


def speaker_token(tok: Tok) -> bool:
    """Tell whether a token can belong to a speaker phrase before its verb."""
    return (
        tok.cap
        or tok.text in "(),"
        or is_role_lower(tok.text)
        or tok.low in adverbs()
        or tok.low in person_pronouns()
    )


def phrase(at: Context, toks: Toks, j: int) -> Speaker | None:
    """Read the speaker after a short cue: pronoun, role words, name or organisation."""
    # Size: one left-to-right reading of a cue's object (role, titles, name, appositive chain);
    # its steps share the index and the speaker found so far.
    reading = at.reading
    if j < len(toks) and toks[j].low == "sang":
        j += 1  # "kata sang kapten, Rendi Saputra"
    if _described(reading, toks, j):  # "kata pelatih asal Salatiga itu": the one just named
        if unnamed_referent(reading, toks[j]):
            return None  # "Melalui ajudannya, ia ... ," kata ajudan tersebut: someone else
        return tagged(at.pronoun(toks[j].start), "described")
    k = j
    while (
        k < len(toks)
        and k - j < MAX_ROLE_TOKENS
        and is_word(toks[k])
        and not toks[k].cap
        and (
            is_role_lower(toks[k].text)
            or (k > j and toks[k].low not in not_verbs() and toks[k].low not in _phrase_stops())
        )
    ):
        k += 1  # "juru bicara", "pengamat ekonomi": a role before the name
    title = k
    if k > j and k + 1 < len(toks) and toks[k].text == ",":
        title = k + 1
    while title < len(toks) and (
        toks[title].low in lower_titles() or (title > k and toks[title].text == ".")
    ):
        title += 1  # "kata dr. Anita Kusuma", "kata Kepala Dinas, dr. Anita"
    if title > k + 1 or (title == k + 1 and toks[k].text != ","):
        k = title
    if k > j and k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].cap:
        k += 1  # "kata pengamat politik, Budi Santoso"
    if k >= len(toks):
        return None
    if toks[k].low in person_pronouns() and k == j:
        return at.pronoun(toks[k].start)
    if not toks[k].cap:
        for c in range(k, min(len(toks) - 1, k + MAX_ROLE_TOKENS)):
            if toks[c].low in _CALLED and toks[c + 1].cap:  # "pria yang akrab disapa Emil"
                return tagged(speaker_from_run(reading, toks, c + 1)[0], "nickname")
            if toks[c].text in ".;,":
                break
        return None
    speaker, nxt = speaker_from_run(reading, toks, k)
    if k > j and toks[k - 1].low in resident_cues():
        speaker = Speaker(None, True, toks[k].start)  # "kata warga Wonomulyo": a place
    one_word_org = (
        nxt + 1 < len(toks) and nxt == k + 1 and toks[nxt].low in ("untuk", "dari")
    )  # "perwakilan Solidaritas untuk Warga Wadas, Heronimus Heron"
    if (
        speaker is not None
        and speaker.person
        and speaker.name
        and pure(toks[k])
        and not one_word_org
    ):
        agent = _agent_after_client(reading, toks, j, k, nxt)
        if agent is None and for_someone_named_before(reading, toks, j, k, speaker):
            return Speaker(None, True, toks[k].start)  # "kata kuasa hukum Nadiem": unnamed
        return tagged(agent, "agent") or speaker
    # An appositive chain: "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo".
    cur = nxt
    latest: Speaker | None = None
    for _ in range(MAX_APPOSITIVES):
        if (
            cur + 1 < len(toks) and toks[cur].low in ("dari", "di", "untuk") and toks[cur + 1].cap
        ):  # "Tim Peneliti dari UGM, Dian", "Direktur WFP untuk Afrika Barat Margaret O"
            found, cur = speaker_from_run(reading, toks, cur + 1)
            if found is not None and found.person and found.name:
                latest = found
            continue
        if cur + 2 < len(toks) and toks[cur].text == "," and toks[cur + 1].low == "dan":
            cur += 1  # "Bidang Politik, Hukum, dan Keamanan Mahfud MD"
        if not (cur + 1 < len(toks) and toks[cur].text in ",dan" and toks[cur + 1].cap):
            break
        first = cur + 1
        other, cur = speaker_from_run(reading, toks, first)
        if other is None:
            break
        if other.person and other.name:
            if pure(toks[first]):
                return tagged(other, "apposition")
            latest = other  # "Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul M"
    if latest is not None:
        return tagged(latest, "apposition")
    return speaker if speaker is not None and speaker.name else None
