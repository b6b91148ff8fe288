"""Who an article's event is about: the actor its headline leads with, and name initials.

Indonesian headlines name the one who acts first ("Polisi Pastikan Usut …", "Trump Kecam
Elon Musk …", "Sekjen Golkar: …", "Kata Kuasa Hukum Ridwan Kamil …"), and reports of one
happening written the same day keep that actor whatever else they vary; the reaction of a
commission, a ministry or a party to the same death is another event with another actor. The
headline actor is the run of words that opens the headline (after a speech word such as
"Kata" or "Jawaban", ``headline_lead_words.txt``) made of office and public-role words
(``public_roles.txt``, ``person_roles.txt``, ``offices.txt``, ``headline_actor_words.txt``:
"Legislator", "Gubernur", "KPU", "Polisi") and words of a person or organisation the
article's entities name. Places continue the run but name no one, members of the public
(``citizen_roles.txt``: a victim, a resident) are no actor, and a run followed by a passive
verb ("Harun Setiadi Terjaring OTT KPK", "Sulastri Divonis") names the one who undergoes the
act: no actor then. A headline that addresses the reader ("Simak! Ini Cara Cek …", "…,
Segera Cek Status Penerima", ``reader_address_words.txt``) leads with the reader (READER): a
service piece or explainer hooked on an event, which is not the event's report; so does a
headline built on a noun of consequence (``explainer_heads.txt``: "Efek Aturan Baru soal …",
"…, Ini Dampaknya ke Kesehatan"), and an opinion piece (a column, an editorial: its URL's
section, ``opinion_sections.txt``), its writer's own piece hooked on the news.

One person is often written two ways in one day's reports: "Shin Tae-yong" and "STY". A name
of three words or more gives its initials as an extra name word, and an all-capital headline
word or speaker that is the initials of a person the article names stands for that person.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Iterable, Mapping
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np

from kabar import lexicon
from kabar.models import Article
from kabar.stories.terms import N_TERMS, name_word_terms

# Words of a headline's actor phrase kept (a role, an institution and a name fit).
ACTOR_WORDS = 8
# Initials shorter than this are too common to name one person ("RK", "AS", "DI").
MIN_INITIALS = 3
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_PARTS = re.compile(r"[^\W_]+", re.UNICODE)
_ACTOR_TYPES = ("PERSON", "ORG")
# Words after an actor's run searched for a passive verb.
PASSIVE_REACH = 3
# Headline verbs of undergoing an act that carry no passive prefix.
_UNDERGOING = frozenset({"kena", "jadi", "resmi", "dihukum", "divonis"})
# Clause breaks of a headline: its actor opens the first clause ("Sekjen Golkar: …"), or,
# when that opens with no one, a later one ("Heboh Ucapan Menteri, Kemenkeu Tak Terima").
_CLAUSE = re.compile(r"[,:;!?]")
# The actor term of a headline that addresses the reader: one past the hashed terms, so that
# no name word is ever taken for it.
READER = N_TERMS
# Kept in a story's actor row beside its actor's terms when the actor's first headline was a
# reaction (``reacts``): two past the hashed terms, so that it never matches a name word.
REACTION = N_TERMS + 1
# The actor row of a story opened by a headline of consequence without an actor ("Dolar AS
# Perkasa Usai The Fed Pangkas …"): no name word, so that no actor's report joins it.
CONSEQUENCE = N_TERMS + 2
# Beside READER in the actor row of an opinion piece's story (``opinion``).
OPINION = N_TERMS + 3


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Return the lower-case words of offices and public roles ("Legislator", "Gubernur",
    "KPU"): not the words of any organisation's name ("Operasi", "Pasar"), nor members of
    the public (a victim, a resident, a student lead reports of what they undergo)."""
    roles = (
        lexicon.words("public_roles.txt")
        | lexicon.lowered("person_roles.txt")
        | lexicon.lowered("offices.txt")
    )
    roles |= lexicon.lowered("headline_actor_words.txt")
    return roles - lexicon.words("citizen_roles.txt")


def initials(name: str) -> str:
    """Return a name's initials, lower case ("Shin Tae-yong": "sty"), or "" when too short."""
    letters = "".join(part[0] for part in _PARTS.findall(name) if part[0].isalpha())
    return letters.lower() if len(letters) >= MIN_INITIALS else ""


def name_terms(names: Iterable[str]) -> np.ndarray:
    """Return the name-word terms of names and their initials ("Shin Tae-yong": shin, tae,
    yong, sty)."""
    names = list(names)
    return name_word_terms(names + [i for i in map(initials, names) if i])


@lru_cache(maxsize=1 << 16)
def _name_terms_of(name: str) -> tuple[int, ...]:
    """Return ``name_terms([name])`` as a tuple: the same for every headline that names it."""
    return tuple(name_terms([name]).tolist())


def initials_person(word: str, article: Article) -> list[str]:
    """Return the names of the person an all-capital word abbreviates in an article, or []."""
    if not (word.isupper() and len(word) >= MIN_INITIALS):
        return []
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        names = (entity.name, *entity.aliases)
        if any(initials(n) == word.lower() for n in names):
            return list(names)
    return []


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, list[str]]:
    """Return the one-word abbreviations of organisations (``aliases.tsv``,
    ``aliases_extra.tsv``: "kemenkes"), lower case, with the names they stand for."""
    out: dict[str, list[str]] = {}
    for table in ("aliases.tsv", "aliases_extra.tsv"):
        for surface, canonical, kind in lexicon.table(table):
            if kind == "ORG" and surface != canonical and len(_WORD.findall(surface)) == 1:
                out.setdefault(surface.lower(), [surface, canonical])
    return out


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Return the family word of each unit of an institution ("kejati": "jaksa")."""
    return {word: family for word, family in lexicon.table("actor_families.tsv")}


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """Return the words a headline opens with before its actor ("Kata", "Jawaban")."""
    return lexicon.lowered("headline_lead_words.txt")


def headline_actor(article: Article) -> np.ndarray | None:
    """Return the name-word terms of the actor an article's headline leads with, or None.

    The actor opens the headline ("Gubernur Pramono Pastikan …"), or follows a speech word
    ("Jawaban AHY soal …"); see the module docstring.
    """
    title = article.title or ""
    if opinion(article):
        return np.array([READER, OPINION], dtype=np.int32)
    if not title:
        return None
    if addresses_reader(title) or explains_consequence(title):
        return np.array([READER], dtype=np.int32)
    own: dict[str, list[str]] = {}
    for entity in sorted(article.entities, key=lambda e: e.type not in _ACTOR_TYPES):
        # a place's words continue an actor's phrase ("Bupati Lembah Hijau") but name no one
        names = [entity.name, *entity.aliases] if entity.type in _ACTOR_TYPES else []
        for name in (entity.name, *entity.aliases):
            for part in _WORD.findall(name.lower()):
                own.setdefault(part, names)
    # an institution's abbreviation names it though the entities missed it ("Ini Kata Kemenkes"),
    # after the entities' own words (looked up behind them, not copied for every article)
    owner = ChainMap(own, _abbreviations())
    run: list[str] = []
    for number, clause in enumerate(_CLAUSE.split(title)):
        run, named = _leading_actor(_WORD.findall(clause), owner, article)
        # a later clause gives the actor only by name ("…, Gubernur Pramono Angkat Bicara",
        # "…, Ini Kata Kemenkes"): an office alone there is most often the one the first
        # clause's act befell ("OTT KPK di Tanjung Sari, Wali Kota Rudi Diamankan")
        if run and (named or number == 0):
            break
        run = []
    if all(word.lower() in lexicon.lowered("generic_actor_words.txt") for word in run):
        return None
    # the actor's institution first (``actor_families.tsv``), then its own names: its many
    # aliases must not push them out of the row
    families = _families()
    family = sorted({families[w] for n in run for w in _PARTS.findall(n.lower()) if w in families})
    terms = [t for name in [*family, *dict.fromkeys(run)] for t in _name_terms_of(name)]
    kept = list(dict.fromkeys(terms))[:ACTOR_WORDS]
    return np.array(kept, dtype=np.int32) if kept else None


def addresses_reader(title: str) -> bool:
    """Return whether a clause of a headline opens with an imperative to the reader."""
    leads, verbs = _reader_words()
    for clause in _CLAUSE.split(title):
        words = [w.lower() for w in _WORD.findall(clause)]
        start = 0
        while start < len(words) and words[start] in leads:
            start += 1
        if start < len(words) and words[start] in verbs:
            return True
    return False


def opinion(article: Article) -> bool:
    """Return whether an article is an opinion piece: its URL's path has an opinion section
    (``opinion_sections.txt``: "…/kolom/…")."""
    path = urlsplit(article.url or article.source).path.lower()
    return bool(set(path.split("/")) & lexicon.lowered("opinion_sections.txt"))


def reacts(title: str) -> bool:
    """Return whether a clause of a headline opens with a word of answer before who speaks
    ("Kata Kuasa Hukum …", "…, Ini Kata Kemenkes", "Respons KPU soal …", ``reaction_words.txt``):
    a reaction piece."""
    speech = lexicon.lowered("reaction_words.txt")
    for clause in _CLAUSE.split(title):
        words = [w.lower() for w in _WORD.findall(clause)]
        for word in words:
            if word in speech:
                return True
            if word not in _lead_words():
                break
    return False


def explains_consequence(title: str) -> bool:
    """Return whether a headline is an explainer of what an event brings: one clause opening
    with a noun of consequence ("Efek Aturan Baru soal …"), or a later clause opening with one
    after a lead word ("…, Ini Dampaknya ke Kesehatan")."""
    leads, _ = _reader_words()
    heads = lexicon.lowered("explainer_heads.txt")
    clauses = [c for c in _CLAUSE.split(title) if c.strip()]
    for number, clause in enumerate(clauses):
        words = [w.lower() for w in _WORD.findall(clause)]
        start = 0
        while start < len(words) and words[start] in leads:
            start += 1
        if start < len(words) and words[start] in heads and (number or len(clauses) == 1):
            return True
    return False


@lru_cache(maxsize=1)
def _reader_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return the words a reader-addressing clause may open with, and its imperatives."""
    return lexicon.lowered("reader_address_leads.txt"), lexicon.lowered("reader_address_words.txt")


def _leading_actor(
    words: list[str], owner: Mapping[str, list[str]], article: Article
) -> tuple[list[str], bool]:
    """Return the names and role words of the actor a clause opens with (or []), and whether
    it names a person or an organisation."""
    roles, leads = _role_words(), _lead_words()
    start = 0
    while start < len(words) and words[start].lower() in leads:
        start += 1
    run: list[str] = []
    named = False
    for at, word in enumerate(words[start:], start):
        names = owner.get(word.lower())
        if names is None:
            names = initials_person(word, article) or None
        if names is not None:
            run += names
            named = named or bool(names)
        elif word.lower() in roles:
            run.append(word)
        else:
            # "Harun Setiadi Terjaring OTT KPK", "Sulastri Divonis …": the one named first
            # undergoes the act; the actor is elsewhere or unnamed. The verb may follow a
            # place the entities missed ("Bupati Lembah Hijau Dibawa ke KPK").
            later = words[at + 1 : at + PASSIVE_REACH]
            if _passive(word) or any(_passive(w, prefixes=("di",)) for w in later):
                return [], False
            return run, named
    return run, named


def _passive(word: str, prefixes: tuple[str, ...] = ("di", "ter")) -> bool:
    """Return whether a headline word is a passive or undergoing verb ("Ditahan", "Kena")."""
    low = word.lower()
    if low in _UNDERGOING:
        return True
    return len(low) > 4 and low.startswith(prefixes) and low not in _lead_words()
