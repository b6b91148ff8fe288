"""Who a speaker is: the role the text gives them, and whether they speak as a public figure.

Indonesian news introduces an official by office before the name ("Kepala Dinas Kesehatan
Jawa Barat Budi Santoso") and a member of the public by age and apposition after it ("Sri
(45), pedagang sayur di Pasar Baru"). A reader sorting statements wants the two apart: what a
minister said is a claim to check, what a trader said is colour. ``describe_speakers`` reads
every place the body names each speaker and sets ``speaker_role`` (the role phrase as written)
and ``speaker_kind``: ``"public_figure"`` when any mention gives an office, rank, expertise or
institution, ``"member_of_public"`` when the mentions give only an age or an everyday role,
``None`` when the text says neither. An organisation speaking ("kata BMKG") speaks as an
institution: ``"public_figure"``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kabar import lexicon as word_lists
from kabar.entities.lexicon import lexicon
from kabar.models import Entity, Quote
from kabar.quotes.lexicon import citizen_roles, public_roles, titles, verb_prefixes
from kabar.text import name_key

PUBLIC_FIGURE = "public_figure"
MEMBER_OF_PUBLIC = "member_of_public"

# How far around a mention a role phrase may reach, in characters; long offices
# ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Sulawesi Tengah") fit in 120.
_LEFT_REACH = 120
_RIGHT_REACH = 120
# At most this many words of a role before the name are read (the office above has 9).
_MAX_LEFT_WORDS = 12
_AGE = re.compile(r"\s*\((\d{1,3})\)")
# The rest of a name after the mentioned part, and the start of it before.
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){1,3}")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'-]*\s+){1,3})$")
# Noble and clan openers of a name that look like everyday words ("Anak Agung Ngurah");
# by hand.
_NAME_OPENERS = frozenset({("anak", "agung")})
# Characters read after a mention to see the word that follows it.
_NAME_WORD_REACH = 30
# Neighbourhood posts ("Ketua RT 03"): residents speaking for their street, not officials.
NEIGHBOURHOOD = frozenset({"rt", "rw", "rukun"})
_WORD = re.compile(r"[\w-]+")
# A capitalised run after a comma: the appositive name after "kuasa hukum X, ...".
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*)*)")


@cache
def _titles_before() -> re.Pattern[str]:
    """Titles, ranks and honorifics written right before a name, with or without a period
    ("Ir. ", "Dr. dr. ", "Hj. ", "AKBP "); read off before looking for the role."""
    alternatives = sorted(
        (re.escape(t) for t in titles() | {"Ing", "dr", "drg"}), key=len, reverse=True
    )
    return re.compile(r"(?:(?<![\w-])(?:" + "|".join(alternatives) + r")\.?\s+)+$")


@cache
def _title_ends() -> frozenset[str]:
    """The last word part (``_WORD``) of each title in ``_titles_before``: "Ir" of "Ir."."""
    return frozenset(_WORD.findall(t)[-1] for t in titles() | {"Ing", "dr", "drg"})


def _titles_at_end(window: str) -> re.Match[str] | None:
    """Return ``_titles_before().search(window)``. The pattern ends in a title, an optional
    period and spaces, so a window whose last word part is no title's last part cannot match:
    it is ruled out before the search, which tries every title at every place of the window."""
    last = window.rsplit(None, 1)
    if not window[-1:].isspace() or not last:
        return None
    parts = _WORD.findall(last[-1])
    if not parts or parts[-1] not in _title_ends():
        return None
    return _titles_before().search(window)


@cache
@cache
def _roles() -> frozenset[str]:
    """Every role word, public or not."""
    return public_roles() | citizen_roles()


@cache
def _right_stops() -> frozenset[str]:
    """Words that end a role phrase read after a name: speech verbs and clause starters."""
    return word_lists.for_use("speech_verbs.tsv", "role_stops") | word_lists.entries(
        "role_clause_stops.txt"
    )


@cache
def _breaks() -> frozenset[str]:
    """Lower-case words that are never part of a role phrase (prepositions, adverbs, links)."""
    return word_lists.entries("role_phrase_breaks.txt")


@cache
def _left_stops() -> frozenset[str]:
    """Words that end a role phrase read before a name, scanning leftwards ("kata", "menurut")."""
    return word_lists.entries("role_left_stops.txt")


def describe_speakers(
    body: str, quotes: tuple[Quote, ...], entities: tuple[Entity, ...] = ()
) -> tuple[Quote, ...]:
    """Return the quotes with ``speaker_role`` and ``speaker_kind`` read from the body."""
    people = {e.name: e for e in entities if e.type == "PERSON"}
    organisations = {e.name for e in entities if e.type != "PERSON"}
    standing: dict[str, tuple[str | None, str | None]] = {}
    for quote in quotes:
        name = quote.speaker
        if name is None or name in standing:
            continue
        institution = name in organisations or any(name.startswith(o + " ") for o in organisations)
        if institution and name not in people:  # "Kementerian Luar Negeri Rusia" too
            standing[name] = (None, PUBLIC_FIGURE)  # an institution speaking
            continue
        others = tuple(n for n in people if n != name)
        shared = {w for n in others for w in n.split()}
        forms = tuple(f for f in _forms(name, people.get(name)) if f not in shared)
        standing[name] = _standing(body, name, forms or (name,), others)
    return tuple(
        replace(q, speaker_role=standing[q.speaker][0], speaker_kind=standing[q.speaker][1])
        if q.speaker is not None
        else q
        for q in quotes
    )


def _forms(name: str, entity: Entity | None) -> tuple[str, ...]:
    """Return the spellings that name this speaker: full name, aliases, and its long words."""
    forms = {name, *(entity.aliases if entity else ())}
    forms.update(w for w in name.split() if len(w) >= 3 and w[0].isupper())
    return tuple(sorted(forms, key=len, reverse=True))


def _mentions(body: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    r"""Return the spans of a speaker's spellings written as whole words (no letter, digit, "_"
    or "-" on either side), left to right without overlaps, the longest at each place.

    What the pattern ``(?<![\w-])(?:form|form...)(?![\w-])`` with the forms longest first
    finds, without compiling a pattern for every speaker: each speaker's forms are new.
    """
    found: list[tuple[int, int]] = []
    for form in filter(None, forms):
        at = body.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and _joins(body[at - 1])) and not (end < len(body) and _joins(body[end])):
                found.append((at, -end))
            at = body.find(form, at + 1)
    spans: list[tuple[int, int]] = []
    reached = 0
    for start, negative_end in sorted(found):
        if start >= reached:
            spans.append((start, -negative_end))
            reached = -negative_end
    return spans


def _joins(char: str) -> bool:
    r"""Tell whether a character continues a word (what ``[\w-]`` matches)."""
    return char.isalnum() or char in "_-"


def _standing(
    body: str, name: str, forms: tuple[str, ...], others: tuple[str, ...] = ()
) -> tuple[str | None, str | None]:
    """Read each mention's role phrases and decide the speaker's role and kind."""
    public_role: str | None = None
    citizen_role: str | None = None
    aged = False
    for at, until in _mentions(body, forms):
        start, end = _whole_name(body, at, until)
        before = _role_before(body, at) or _role_before(body, start)
        if before and _held_for(body, end, before, others):
            before = None  # "kuasa hukum Nadiem, Hotman Paris": the lawyer's role, not Nadiem's
        after, has_age = _role_after(body, end)
        if _statement_follows(body, at):
            after = None  # "Menurut Anies, Pemerintah Provinsi ...": the statement, no apposition
        aged = aged or has_age
        for phrase in (before, after):
            if not phrase:
                continue
            words = {w.lower() for w in _WORD.findall(phrase)}
            if words & NEIGHBOURHOOD:
                citizen_role = citizen_role or phrase
            elif public_role is None and (words & public_roles() or _ranked(phrase)):
                public_role = phrase
            elif citizen_role is None and words & citizen_roles():
                citizen_role = phrase
    if public_role is not None or _well_known(name):
        return public_role, PUBLIC_FIGURE
    if citizen_role is not None or aged:
        return citizen_role, MEMBER_OF_PUBLIC
    return None, None


def _held_for(body: str, end: int, role: str, others: tuple[str, ...]) -> bool:
    """Tell whether a role before a mention is held for that person by someone named next.

    "kuasa hukum Nadiem, Hotman Paris" and "istri Adjie, Novita": the role ends in one held
    for someone else (``relational_roles.txt``) and another person's name follows the comma.
    """
    low = role.lower()
    if not any(
        low == r or low.endswith(" " + r) for r in word_lists.lowered("relational_roles.txt")
    ):
        return False
    after = _APPOSITIVE_NAME.match(body, end)
    if after is None:
        return False
    run = after.group(1)
    return any(run.startswith(other) or other.startswith(run) for other in others)


def _well_known(name: str) -> bool:
    """Tell whether a name is on the curated list of public figures (``figures.tsv``)."""
    return name_key(name) in lexicon().figures


def _whole_name(body: str, start: int, end: int) -> tuple[int, int]:
    """Widen a mention of part of a name over the rest of it ("Yogi" in "Yogi Irawanto (56)")."""
    after = _NAME_AFTER.match(body, end)
    if after:
        end = after.end()
    before = _NAME_BEFORE.search(body[max(0, start - 60) : start])
    if before and not _is_role(before.group(1)):
        start -= len(before.group(0))
    return start, end


def _is_role(words: str) -> bool:
    """Tell whether capitalised words before a name hold a role or a title."""
    return any(w.lower() in public_roles() or w.rstrip(".") in titles() for w in words.split())


def _ranked(phrase: str) -> bool:
    """Tell whether a phrase before a name ends in a rank or academic title ("AKBP", "Prof")."""
    words = phrase.split()
    return bool(words) and _is_rank(words[-1])


def _is_rank(word: str) -> bool:
    """Tell whether a word is a rank or an academic or religious title, not a plain honorific."""
    bare = word.rstrip(".")
    return (
        bare in titles()
        and bare[:1].isupper()
        and bare.lower() not in word_lists.for_use("honorifics.tsv", "quotes")
    )


def _is_verb(word: str) -> bool:
    """Tell whether a word is a lower-case verb that ends a role read leftwards."""
    return (
        word.islower()
        and len(word) > 5
        and word.startswith(verb_prefixes())
        and word not in _roles()
    )


def _role_before(body: str, start: int) -> str | None:
    """Return the role written just before a mention: "Kepala Dinas X Budi", "Jubir X, Budi,"."""
    window = body[max(0, start - _LEFT_REACH) : start]
    titles = _titles_at_end(window)
    ranks: list[str] = []
    if titles:  # "Kepala Bapanas Ir. Gregorius", "..., dr. Agustina": titles, not the role
        window = window[: titles.start()]
        ranks = [w.rstrip(".") for w in titles.group(0).split() if _is_rank(w)]
        if not window.strip():
            return " ".join(ranks) or None
    clause = re.split(r"[.!?;:\n“”\"]|, ", window)[-1]
    if not clause.strip() and window.endswith(", "):  # "Pengurus IDI, Halik Malik, mengatakan"
        clause = re.split(r"[.!?;:\n“”\"]|, ", window[:-2])[-1]
    kept: list[str] = []
    for word in reversed(clause.split()):
        low = word.lower()
        if low in _left_stops() or _is_verb(word) or len(kept) == _MAX_LEFT_WORDS:
            break
        kept.append(word)
    kept.reverse()
    clause_first = len(kept) == len(clause.split())
    # A role starts with a role word: drop leading words the clause had before it. A
    # capitalised everyday word inside a run is part of a name ("Manajemen Pelanggan PLN").
    following = body[start : start + _NAME_WORD_REACH].split()[:1]
    for k, word in enumerate(kept):  # "... Anak Agung" opens the name, it is not a role
        after = kept[k + 1] if k + 1 < len(kept) else (following[0] if following else "")
        if (word.lower(), after.lower()) in _NAME_OPENERS:
            kept = kept[:k]
            break
    if kept and kept[-1] in _breaks():
        return " ".join(ranks) or None  # "diperiksa kepolisian setelah Budi": no role of his
    while kept and not (
        kept[0].lower() in public_roles()
        or _is_rank(kept[0])
        or (kept[0].lower() in citizen_roles() and (kept[0].islower() or clause_first))
    ):
        kept.pop(0)
        clause_first = False
    return " ".join(kept or ranks) or None


def _statement_follows(body: str, start: int) -> bool:
    """Tell whether the mention at ``start`` follows "menurut" or "bagi" (its comma opens the
    statement, so what follows is no apposition)."""
    before = body[max(0, start - _NAME_WORD_REACH) : start].split()
    return bool(before) and before[-1].lower() in ("menurut", "bagi")


def _role_after(body: str, end: int) -> tuple[str | None, bool]:
    """Return the apposition after a mention (", warga Temon") and whether an age follows."""
    window = body[end : end + _RIGHT_REACH]
    age = _AGE.match(window)
    if age:
        window = window[age.end() :]
    if not window.startswith(","):
        return None, age is not None
    clause = re.split(r"[.!?;:\n“”\"]|,", window[1:])[0].split()
    while clause and clause[0].lower() in word_lists.entries("apposition_fillers.txt"):
        clause.pop(0)
    if not clause or clause[0].lower() not in _roles():
        return None, age is not None
    words: list[str] = []
    for word in clause:
        if word.lower() in _right_stops() or word in _breaks():
            break
        words.append(word)
    return " ".join(words) or None, age is not None
