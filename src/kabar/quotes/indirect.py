"""Reported speech without quotation marks: "Menurut X, ...", "X mengatakan ...", "..., kata X"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import islice

from kabar import lexicon
from kabar.models import Quote
from kabar.quotes.discourse import name_ending_at, subject_before
from kabar.quotes.lexicon import (
    anonymous_openers,
    demonstratives,
    person_pronouns,
    short_cues,
    speech_verbs,
)
from kabar.quotes.memory import Context, Memory, Speaker
from kabar.quotes.names import Toks
from kabar.quotes.sentences import Sentence, is_word, verbish
from kabar.quotes.speakers import MAX_ROLE_TOKENS, cue_word, phrase, speaker_token
from kabar.quotes.subjects import sentence_subject

# Quotation marks as tokens of the masked body.
QUOTE_MARKS = frozenset("“”\"„«»‘’'")
# Verbs that name something: a quote in their object is the point, not reported speech.
_NAMING_VERBS = frozenset({"menyebut", "menyebutkan", "menilai"})
# Words before a quoted term that make it the name the speaker gives something; by hand.
_TERM_CUES = frozenset({"sebagai", "istilah", "dengan", "julukan"})
# A relative clause between a subject and its verb is at most this long; by hand.
MAX_RELATIVE_TOKENS = 8
# Small words that open a reported clause but are not verbs ("mengatakan para pemain ...").
_CLAUSE_OPENERS = frozenset({"para", "sang", "sejumlah", "seluruh", "semua", "setiap"})
# Short cues that are common words too ("jelas", "ingat"): not read as a cue after a comma.
_WEAK_CUES = frozenset({"jelas", "aku", "ingat", "harap", "singkat", "buka", "tutup", "nilai"})
# Minimum words in a reported clause for it to count as indirect speech; by hand.
MIN_INDIRECT_WORDS = 4


@dataclass(frozen=True)
class Reported:
    """Reported speech found in a sentence: who reports it, the cue, and the clause's span."""

    speaker: Speaker | None
    cue: str
    start: int
    end: int


@dataclass(frozen=True)
class Indirect:
    """What reading a sentence for reported speech gives: the reporter's name (also when the
    clause is too short to keep), the indirect quote, and the memory with the reporter."""

    reporter: str | None
    quote: Quote | None
    memory: Memory


@cache
@cache
def _clause_verbs() -> frozenset[str]:
    """Speech verbs whose object may be the reported clause itself ("Kim mengatakan Rusia")."""
    return lexicon.entries("clause_verbs.txt")


def indirect(at: Context, sentence: Sentence) -> Indirect:
    """Find reported speech in a sentence without a direct quote: who reports it, and the quote."""
    toks = sentence.toks
    needed = MIN_INDIRECT_WORDS + 2
    if len(list(islice(filter(is_word, toks), needed))) < needed:  # counted up to what is needed
        return Indirect(None, None, at.memory)
    found = _menurut(at, toks) or _verb_clause(at, toks) or _trailing_cue(at, toks)
    if found is None:
        return Indirect(None, None, at.memory)
    speaker = found.speaker
    body = at.reading.body
    start, end = _trim(body, found.start, found.end)
    # An unnamed person ("Seorang penambang yang enggan disebut namanya mengatakan ...")
    # reports speech too: kept with no speaker.
    if speaker is None or not (speaker.name or speaker.person):
        return Indirect(None, None, at.memory)
    memory = at.remember(speaker, start).memory
    if len(body[start:end].split()) < MIN_INDIRECT_WORDS:
        return Indirect(speaker.name, None, memory)
    quote = Quote(body[start:end], speaker.name, "indirect", start, end, cue=found.cue)
    return Indirect(speaker.name, quote, memory)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    """Cut spaces and the final full stop or comma from a reported clause."""
    while start < end and body[start] in " \n,:":
        start += 1
    while end > start and body[end - 1] in " \n.,;":
        end -= 1
    return start, end


def _menurut(at: Context, toks: Toks) -> Reported | None:
    """Read "Menurut X, CLAUSE." and "Menurutnya, CLAUSE."."""
    first = toks[0]
    if first.low == "menurutnya" and len(toks) > 2:
        return Reported(at.pronoun(first.start), first.text, toks[1].start, toks[-1].end)
    if first.low != "menurut" or len(toks) < 3:
        return None
    comma = next((k for k in range(1, min(len(toks), 20)) if toks[k].text == ","), None)
    if comma is None:
        return None
    speaker = phrase(at, toks, 1)
    if speaker is None and toks[1].low in anonymous_openers():  # "Menurut seorang petugas"
        speaker = Speaker(None, True, toks[1].start)
    return Reported(speaker, first.text, toks[comma].end, toks[-1].end)


def _verb_clause(at: Context, toks: Toks) -> Reported | None:
    """Read "X mengatakan(,| bahwa| kepada ... bahwa) CLAUSE."."""
    for v, tok in enumerate(toks):
        if tok.low not in speech_verbs() or v == 0:
            continue
        if negated(toks, v):
            return None  # "Ia tak membantah ...": no statement is reported
        k = v + 1
        if k < len(toks) and (toks[k].text in ",:" or toks[k].low == "bahwa"):
            clause = k + 1
        else:
            marker = next(
                (j for j in range(k, min(len(toks), k + 10)) if toks[j].low == "bahwa"), None
            )
            if marker is not None and all(t.text not in ",.;" for t in toks[k:marker]):
                clause = marker + 1
            elif (
                tok.low in _clause_verbs()
                and k < len(toks)
                and is_word(toks[k])
                and (verbish(toks[k]) or toks[k].cap or toks[k].low in _CLAUSE_OPENERS)
                and not (tok.low in _NAMING_VERBS and _names_a_term(toks, k))
            ):
                clause = k  # but in "menyebut banjir itu sebagai “...”" the quote is the point
            else:
                continue
        if clause >= len(toks):
            return None
        speaker = subject_before(at, toks, v) or _relative_subject(at, toks, v)
        if speaker is None:  # "Seorang staf yang namanya tidak ingin disebut mengatakan"
            subject = sentence_subject(at, toks)
            if (
                subject is not None
                and subject.pos < tok.start
                and subject.person
                and (subject.name is None or _nobody_between(toks, subject, v))
            ):
                speaker = subject  # "Hakim ketua Jang Min-seo dalam putusannya menyebut"
        return Reported(speaker, tok.text, toks[clause].start, toks[-1].end)
    return None


def negated(toks: Toks, v: int) -> bool:
    """Tell whether the verb at ``v`` is negated ("tak membantah", "belum pernah mengatakan")."""
    fillers = lexicon.lowered("speech_negation_fillers.txt")
    k = v - 1
    while k > 0 and toks[k].low in fillers:
        k -= 1
    return k >= 0 and toks[k].low in lexicon.lowered("speech_negations.txt")


def _relative_subject(at: Context, toks: Toks, v: int) -> Speaker | None:
    """Return X of "X yang hadir mewakili menteri mengatakan ..." (a relative clause)."""
    for k in range(v - 1, max(0, v - MAX_RELATIVE_TOKENS) - 1, -1):
        if toks[k].text in ",.;" or toks[k].cap:
            return None
        if toks[k].low == "yang":
            found = name_ending_at(at, toks, k - 1) if k > 0 else None
            return found if found is not None and found.name and found.person else None
    return None


def _nobody_between(toks: Toks, subject: Speaker, v: int) -> bool:
    """Tell whether no other capitalised name stands between a subject and its verb."""
    after = next((k for k, t in enumerate(toks) if t.start > subject.pos and not t.cap), v)
    between = toks[after:v]
    # "Pentolan Oasis itu mengatakan": a description, whose name is not the subject's
    return not any(t.cap or t.low in demonstratives() for t in between)


def _names_a_term(toks: Toks, k: int) -> bool:
    """Tell whether the object gives a quoted term ("menyebut banjir itu sebagai “...”")."""
    mark = next((j for j in range(k, len(toks)) if toks[j].text in QUOTE_MARKS), None)
    return mark is not None and any(t.low in _TERM_CUES for t in toks[k:mark])


def _trailing_cue(at: Context, toks: Toks) -> Reported | None:
    """Read "CLAUSE, kata X." and "CLAUSE, ujarnya." at the end of a sentence."""
    closing: int | None = None  # the comma after a mid-sentence ", kata X,"
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text != ",":
            continue
        cue = toks[k + 1]
        low = cue.low
        if closing is not None:  # "Jembatan itu, kata Kepala Dinas X, akan selesai ..."
            between = toks[k + 2 : closing]
            if (
                k >= 1
                and (cue_word(low) or low == "menurut")
                and low not in _WEAK_CUES
                and len(between) <= MAX_ROLE_TOKENS + 2
                and all(speaker_token(t) for t in between)
            ):
                if len(between) == 1 and between[0].low in person_pronouns():
                    # "Lanny, kata dia, sudah lama ...": "dia" is who spoke before, never
                    # the person the clause is about
                    speaker = at.pronoun(toks[0].start)
                elif low in short_cues() or low == "menurut":  # "BI, kata dia, terus ..."
                    speaker = phrase(at, toks, k + 2)
                else:
                    speaker = at.pronoun(cue.start)
                return Reported(speaker, cue.text, toks[0].start, toks[-1].end)
            return None
        if k <= 2:
            return None
        if low.endswith("nya") and low[:-3] in short_cues():
            rest = [t for t in toks[k + 2 :] if is_word(t)]
            if len(rest) <= 4:
                return Reported(at.pronoun(cue.start), cue.text, toks[0].start, toks[k].start)
        if low in short_cues() and low not in _WEAK_CUES:
            speaker = phrase(at, toks, k + 2)
            return Reported(speaker, cue.text, toks[0].start, toks[k].start)
        closing = k
    return None
