"""The reading state of one body: built once, frozen, and read by every later step.

``read_body`` pairs the quotation marks, masks the quoted text, splits the masked body into
tokens and sentences, and collects what the body says about its names: the words it writes as
proper nouns, the one-word short references, the multi-word person names, the roles written
before names and the acronyms it defines. The result is a frozen ``Reading``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from types import MappingProxyType

from kabar.models import Entity, Mention
from kabar.quotes.lexicon import (
    company_heads,
    connectives,
    lower_titles,
    org_heads,
    person_pronouns,
    person_roles,
    role_words,
    titles,
)
from kabar.quotes.marks import QuotedSpan, find_quoted_spans
from kabar.quotes.names import (
    Run,
    Tok,
    at_sentence_start,
    common_word,
    person_words,
    proper_words,
    read_run,
    tokenize,
)
from kabar.quotes.resolver import NameResolver, organisation_names
from kabar.quotes.sentences import Sentence, mask_quotes, split_sentences

# A line with at least this share of capitalised words is a headline, whose capitals say nothing
# about proper nouns (by hand).
HEADLINE_CAPS = 0.8
# A person's name after a company's is at most this many words; by hand.
MAX_NAME_WORDS = 4
# A name opening a new topic stands at most this many tokens into its sentence ("Ketua Kelompok
# Tani Maju di Desa X, Amaq Y, ..."); by hand.
MAX_TOPIC_OFFSET = 10
_NO_NAMES: Mapping[str, str] = MappingProxyType({})
_NO_RESOLVER = NameResolver("", (), (), MappingProxyType({}))


@dataclass(frozen=True)
class RoleRun:
    """A role written before a person's name ("Menteri Sosial" of "Menteri Sosial Juliari")."""

    role: tuple[str, ...]
    start: int  # the span of the name it introduces
    end: int


@dataclass(frozen=True)
class Reading:
    """One body as the quote stage reads it; built once by ``read_body``."""

    body: str
    spans: tuple[QuotedSpan, ...]  # quoted spans in body order
    masked: str  # the body with quoted text blanked out
    toks: tuple[Tok, ...]  # tokens of the masked body
    sentences: tuple[Sentence, ...]
    proper: frozenset[str]  # words capitalised inside sentences, and the entities' words
    short_refs: frozenset[str]  # words written alone as a one-word name inside a sentence
    lower_words: frozenset[str]  # words the body writes in lower case
    places: frozenset[str]  # capitalised words written after "di"
    role_runs: tuple[RoleRun, ...] = ()
    # "WFP" -> "Program Pangan Dunia"; "JPU" -> "Ratna Dewi" (a role's acronym -> the person)
    acronyms: Mapping[str, str] = field(default_factory=lambda: _NO_NAMES)
    role_acronyms: Mapping[str, str] = field(default_factory=lambda: _NO_NAMES)
    resolver: NameResolver = _NO_RESOLVER

    def holds_office(self, name: str) -> bool:
        """Tell whether an office is written in apposition right before the whole name
        ("Kepala Dinas PUPR Kota Palembang, Kemas Firmansyah Rozak"): a person, whatever the
        tagger typed it ("Pelatih Sriwijaya FC, ..." gives the club no office)."""
        return " " in name and any(
            self.body[r.start : r.end] == name
            and self.body[max(0, r.start - 2) : r.start] == ", "
            and r.role[0] in person_roles()
            for r in self.role_runs
        )

    def person_between(self, start: int, end: int, name: str) -> bool:
        """Tell whether a person other than ``name`` is named, outside quotes, as a possible
        new topic in a sentence after the one where the person was last named (from ``start``)
        and before ``end``.

        Only a name near the start of a sentence without a pronoun is a new topic: in one with
        a pronoun ("Sejak itu, ia membaca buku Arimbi"), deep in a sentence, in brackets or
        after a relation ("ibunya, Annie") it is an object or an aside.
        """
        own = set(name.lower().split())
        mentions = [m for e in self.resolver.entities for m in e.mentions]
        # from where the person was last named ("Sebagaimana Fitria, Yuti ...": after Fitria)
        start = max([start, *(m.end for m in mentions if m.end <= end and _holds(m, own))])
        later = [s for s in self.sentences if start < s.start < end]
        for entity in self.resolver.entities:
            words = set(entity.name.split())
            if entity.type != "PERSON" or {w.lower() for w in words} & own or words <= self.places:
                continue  # "berlokasi di Ancol": a place the tagger took for a person
            for m in entity.mentions:
                if _holds(m, own) or any(q.open <= m.start < q.end for q in self.spans):
                    continue
                sentence = next((s for s in later if s.start <= m.start < s.end), None)
                if sentence is None:
                    continue
                before = [t for t in sentence.toks if t.start < m.start]
                if len(before) <= MAX_TOPIC_OFFSET and not _aside(sentence.toks, before):
                    return True
        return False


def _holds(mention: Mention, words: set[str]) -> bool:
    """Tell whether a mention shares a word with a name's lower-cased ``words``."""
    return bool(set(mention.text.lower().split()) & words)


def _aside(toks: tuple[Tok, ...], before: list[Tok]) -> bool:
    """Tell whether a name after ``before`` in a sentence of ``toks`` is no new topic: the
    sentence has a pronoun subject, or the name is in brackets or follows "ibunya,"."""
    if any(t.low in person_pronouns() for t in toks):
        return True
    if sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before):
        return True
    return len(before) > 1 and before[-1].text == "," and before[-2].low.endswith("nya")


def read_body(body: str, entities: tuple[Entity, ...]) -> Reading:
    """Find the quoted spans, mask them, split the body into sentences and read its names."""
    spans = tuple(find_quoted_spans(body))
    masked = mask_quotes(body, spans)
    toks = tuple(tokenize(masked))
    sentences = split_sentences(masked, toks)
    text = Reading(
        body=body,
        spans=spans,
        masked=masked,
        toks=toks,
        sentences=sentences,
        proper=_proper(masked, sentences)
        | {word for e in entities for alias in (e.name, *e.aliases) for word in alias.split()},
        short_refs=_short_refs(masked, sentences),
        lower_words=frozenset(t.text for t in toks if t.text.islower()),
        places=frozenset(b.text for a, b in pairwise(toks) if a.low == "di" and b.cap),
    )
    return _with_names(text, entities)


def _short_refs(masked: str, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Return words written alone as a one-word capitalised run inside a sentence."""
    found: set[str] = set()
    for sentence in sentences:
        toks = sentence.toks
        for k, tok in enumerate(toks):
            if not tok.cap or not tok.text[0].isalpha() or k == 0:
                continue
            if toks[k - 1].cap or (k + 1 < len(toks) and toks[k + 1].cap):
                continue
            if at_sentence_start(masked, tok.start):
                continue
            found.add(tok.text)
    return frozenset(found - role_words() - titles())


def _proper(masked: str, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Return the words capitalised inside sentences (not in headline-like lines)."""
    toks: list[Tok] = []
    for sentence in sentences:
        words = [t for t in sentence.toks if len(t.text) > 3 and t.text[0].isalpha()]
        ends = masked[sentence.start : sentence.end].rstrip()[-1:] in (".", "!", "?")
        if words and (ends or sum(t.cap for t in words) / len(words) < HEADLINE_CAPS):
            toks.extend(sentence.toks)  # a headline has capitals everywhere and no full stop
    return proper_words(masked, toks)


def name_words(reading: Reading, words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the person's name in a run, cut after words the article uses for orgs.

    A long tail such as "Tangsel Deden Deni" starts at the first word the article also
    uses alone as a short reference ("kata Deden"), so organisation words unknown to the
    word lists fall away.
    """
    tail = person_words(words, reading.places)
    tail = _after_company(reading.body, words, tail)
    if len(words) == 2 and len(tail) == 1 and words[0].isupper() and words[0] not in titles():
        return ()  # "LBH Sukamaju", "RIT Batusari": one word after an acronym is a place
    if (
        len(tail) == 1
        and len(words) > 1
        and words[0] in org_heads()
        and tail[0] not in reading.short_refs
    ):
        return ()  # "Satgas Kampung Tangguh": one unknown word after an office
    if len(tail) >= 3 or (len(tail) == 2 and len(tail) < len(words)):
        for k, word in enumerate(tail):
            if word in reading.short_refs:
                return tail[min(k, len(tail) - 2) :]  # a surname keeps its given name
    return tail


def _after_company(body: str, words: tuple[str, ...], tail: tuple[str, ...]) -> tuple[str, ...]:
    """Return the whole person's name after a company the article also names alone.

    "Direktur Perumda Dharma Jaya Raditya Endra Budiman": "Perumda Dharma Jaya" written
    elsewhere in the body ends the company, so the name is the three words after it.
    """
    heads = [k for k, w in enumerate(words) if w in company_heads()]
    if not heads or not tail:
        return tail
    head = heads[-1]
    first = len(words) - len(tail)
    for cut in range(head + 2, first):
        company = " ".join(words[head:cut])
        if body.count(company + " ") > body.count(" ".join(words[head : cut + 1])):
            return tuple(words[cut:]) if len(words) - cut <= MAX_NAME_WORDS else tail
    return tail


def trim_sentence_start(
    reading: Reading, run: Run, toks: Sequence[Tok], i: int, speech: bool = False
) -> Run | None:
    """Drop a sentence-initial common word from a run ("Rezim Putin" is not a name)."""
    first = run.words[0]
    if (
        first.lower() in connectives()
        and len(run.words) > 1
        and at_sentence_start(reading.masked, toks[i].start)
    ):  # "Lalu Budi pergi" opens a sentence; "ujar Lalu Zulkarnain" is a Sasak name
        return Run(run.words[1:], run.spans[1][0], run.end, run.acronym, run.spans[1:])
    if first in reading.proper or not at_sentence_start(reading.masked, toks[i].start):
        return run
    if first in role_words() or first in titles():
        return run
    rest = run.words[1:]
    if not rest and speech and not common_word(first, reading.lower_words):
        return run  # "Dedi menambahkan, ...": a one-word name before a speech verb
    if not rest or rest[0] not in reading.proper:
        return None
    if first.lower() in reading.lower_words or (
        rest[0] in reading.short_refs and first not in reading.short_refs
    ):  # "Praktis Bima hanya ...": a common word before a name used alone elsewhere
        return Run(rest, run.spans[1][0], run.end, run.acronym, run.spans[1:])
    return run  # "Ronald Tumbelaka hadir": the second word shows it is a name


def _with_names(text: Reading, entities: tuple[Entity, ...]) -> Reading:
    """Return the reading with the body's names: full names, roles before names, acronyms.

    Names inside quotes count too ("... ketegasan Presiden Prabowo Subianto").
    """
    names: dict[str, int] = {}
    role_runs: list[RoleRun] = []
    acronyms: dict[str, str] = {}
    role_acronyms: dict[str, str] = {}
    known: dict[tuple[str, ...], tuple[str, ...]] = {}  # a run's words -> name_words of them
    organisation_only = organisation_names(entities)
    quoted = [tokenize(text.body[q.start : q.end], q.start) for q in text.spans if not q.single]
    groups = [(s.toks, False) for s in text.sentences] + [(tuple(q), True) for q in quoted]
    for toks, in_quote in groups:
        i = 0
        while i < len(toks):
            if not toks[i].cap:  # only a capital opens a run (read_run would find none)
                i += 1
                continue
            run, nxt = read_run(toks, i)
            if run is None:
                i += 1
                continue
            trimmed = trim_sentence_start(text, run, toks, i)
            if run.acronym and run.acronym.isalpha():
                defined = _defined_acronym(text, run)
                if defined is not None:
                    acronyms.setdefault(*defined)
            words = _known_name_words(text, trimmed.words, known) if trimmed else ()
            if trimmed is not None:
                for name in _full_names_in(text, trimmed, in_quote, words):
                    names.setdefault(name, len(names))
            if trimmed is not None and len(words) >= 2:
                cut = len(trimmed.words) - len(words)
                if cut and re.fullmatch(r"\([A-Z]{2,6}\)", trimmed.words[cut - 1]):
                    defined = _defined_role(trimmed.words[: cut - 1], trimmed.words[cut - 1], words)
                    if defined is not None:
                        role_acronyms.setdefault(*defined)
            if words and organisation_only.get(" ".join(words).lower(), False):
                words = ()  # "Pelatih Persija, Ricardo": the team is no name of the coach
            if words and trimmed is not None and len(words) < len(trimmed.words):
                cut = len(trimmed.words) - len(words)
                start, end = trimmed.spans[cut][0], trimmed.spans[-1][1]
                role_runs.append(RoleRun(trimmed.words[:cut], start, end))
            if trimmed is not None and not words and trimmed.words[0] in role_words():
                apposed = _apposed_role(text, trimmed.words, toks, nxt)
                if apposed is not None:
                    role_runs.append(apposed)
            i = max(nxt, i + 1)
    full_names = tuple(sorted(names, key=lambda n: (len(n.split()), names[n])))
    return replace(
        text,
        role_runs=tuple(role_runs),
        acronyms=MappingProxyType(acronyms),
        role_acronyms=MappingProxyType(role_acronyms),
        resolver=NameResolver.build(text.body, entities, full_names),
    )


def _known_name_words(
    reading: Reading, words: tuple[str, ...], known: dict[tuple[str, ...], tuple[str, ...]]
) -> tuple[str, ...]:
    """Return ``name_words(reading, words)``, worked out once per run of words (a body repeats
    its names) and kept in ``known``."""
    found = known.get(words)
    if found is None:
        found = known[words] = name_words(reading, words)
    return found


def _full_names_in(
    text: Reading, run: Run, in_quote: bool, words: tuple[str, ...]
) -> list[str]:
    """Return the multi-word person names a run writes ("Gubernur X Y dan Wakil Gubernur Z W");
    ``words`` is the name the whole run ends in (``name_words`` of it)."""
    found = []
    if "dan" in run.words:
        cut = run.words.index("dan")
        first = name_words(text, run.words[:cut])
        if len(first) >= 2 and all(w in text.proper for w in first):
            found.append(" ".join(first))
    if len(words) >= 2 and (in_quote or all(w in text.proper for w in words)):
        found.append(" ".join(words))
    return found


def _apposed_role(
    text: Reading, role: tuple[str, ...], toks: Sequence[Tok], k: int
) -> RoleRun | None:
    """Read "Gubernur NTB, Dr. H. Zainul," so that a later "kata Gubernur" names him."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    j = k + 1
    while (
        j + 1 < len(toks)
        and (toks[j].text in titles() or toks[j].low in lower_titles())
        and toks[j + 1].text == "."
    ):
        j += 2
    run, _ = read_run(toks, j) if j < len(toks) else (None, j)
    if run is None:
        return None
    words = name_words(text, run.words)
    if len(words) >= 2 and len(words) == len(run.words):
        return RoleRun(role, run.start, run.end)
    return None


def _defined_role(
    before: tuple[str, ...], mark: str, name: tuple[str, ...]
) -> tuple[str, str] | None:
    """Read "Jaksa Penuntut Umum (JPU) Ratna Dewi" so that a later "ujar JPU" names her.

    Only a role spelled out by the acronym's initials counts ("Badan ... (BMKG) X" is an
    organisation, and "BMKG menyatakan" stays the organisation).
    """
    acronym = mark[1:-1]
    long = before[-len(acronym) :]
    if (
        len(long) == len(acronym)
        and "".join(w[0] for w in long) == acronym
        and long[0] in person_roles()
    ):
        return acronym, " ".join(name)
    return None


def _defined_acronym(text: Reading, run: Run) -> tuple[str, str] | None:
    """Read "Program Pangan Dunia (WFP)" so that a later "kata WFP" names the long form."""
    k = 0
    while k < len(run.words) - 1 and (
        run.words[k] in person_roles()
        or run.words[k] in titles()
        or (run.words[k] in role_words() and run.words[k] not in org_heads())
    ):
        k += 1  # "Kepala Badan Riset Pangan Nasional (BRPN)" defines the agency
    if run.acronym is not None and not person_words(run.words[k:], text.places):
        return run.acronym, text.body[run.spans[k][0] : run.spans[-1][1]]
    return None
