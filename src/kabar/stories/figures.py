"""The figures of an article: numbers with a unit and a word that says what they count.

A figure is a number with a unit ("16 tahun", "Rp1,5 juta", "1.250 jiwa", "2:12:40") and a word
that says what it counts ("meninggal", "hilang", "divonis", "dituntut", "harga"), else the
count's own noun ("2.500 personel", "31.000 penonton") or what its unit measures ("25 kilogram":
a weight). A figure's words are those of its clause: from the last clause edge or the count
before it to the next edge or count, words that say nothing of the quantity ("masih",
"dinyatakan") skipped. Left out: side terms (probation, detention in lieu of a fine), spans of
time ("enam tahun terakhir"), counts of others ("empat tersangka lain"), "salah satu", sentences
that recall an earlier time ("Sebelumnya, ...") or compare periods (a span of months, "Januari-
September", is one period; a day's date in brackets none), a statute's penalty range ("ancaman
hukuman maksimal empat tahun") and times of day ("pukul 02.00"). Each figure knows what it is
about (``figure_subjects``): the periods and goods of its sentence; the people, names, times of
day and earlier times ("musim lalu") of its part of the sentence (parts contrasted by
"sementara", "sedangkan"), its names but of who reports it ("Kepala BPBD Andi menyebut ...");
the mode and purpose ("untuk pencarian") of its clause; how far a rounded value may be ("41
ribu"); and whose it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile

from kabar import lexicon
from kabar.models import Article, Entity
from kabar.stories import figure_subjects as subjects
from kabar.stories.numbers import (
    Number,
    bound,
    clock_time,
    elapsed_times,
    find_numbers,
    in_range,
    rounding,
)
from kabar.text import split_sentences

_UNITS = "figure_units.tsv"
# A capitalised word inside a sentence names something ("Laut Bering", "BMKG", "Marliem"),
# even one the entity tagger missed; the sentence's first word (after an opening quote too,
# "\"Korban luka ...") says nothing.
_CAPITALISED = re.compile(r"(?<![.!?:\"“]\s)(?<!^)(?<!^[\"“'])\b(?:[A-Z][a-z]+|[A-Z]{2,5})\b")
# A number after "plus minus" or "±" is the margin of the figure before it.
_MARGIN = re.compile(r"(?:plus minus|±)\s*$", re.IGNORECASE)
# A number that ends or starts a range ("7-9 persen", "antara 5 hingga 7 orang").
_RANGE = re.compile(r"(?:\d\s*[-–]|\d\s+(?:hingga|sampai|s\.d\.?)|antara)\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*(?:[-–]\s*\d|(?:hingga|sampai|s\.d\.?)\s+\d|dan\s+\d)")
_QUANTITIES = "figure_quantities.tsv"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|%")
# A number that names a thing, not a count ("Perppu nomor 1 tahun 2017", "Pasal 378").
_IDENTIFIER = re.compile(r"\b(?:nomor|nomer|no\.|pasal|ayat)\s*$", re.IGNORECASE)
# "salah satu kios" is one of the stalls, not a count of stalls.
_ONE_OF = re.compile(r"\bsalah\s+$", re.IGNORECASE)
_SHORT_BRACKET = re.compile(r"\([^()]{1,20}\)")
# A place named after "di", its list of names running on after commas ("di Kecamatan
# Cikalongkulon, Cianjur, Jawa Barat, mengalami ...").
_PLACE_NAMES = re.compile(r"\bdi\s+(?:[A-Z][\w-]*\s*)+$")
# A contrast between two parts of a sentence, each with its own figures and names.
_CONTRAST = re.compile(r",?\s(?:sementara|sedangkan|adapun|whereas)\s", re.IGNORECASE)
# Clause edges: a describing word beyond one belongs to another figure; a comma before "yakni"
# or "yaitu" opens what the words before it are ("tuntutan jaksa, yakni 20 tahun"), no edge.
_CLAUSE_EDGE = re.compile(r"[,;:()](?!\d|\s*(?:yakni|yaitu)\b)|\s(?:sedangkan|sementara|serta)\s")
_BEFORE_WORDS, _AFTER_WORDS, _RIGHT_AFTER = 12, 4, 2
_UNIT_QUANTITIES = "figure_unit_quantities.tsv"
_FILLERS = "figure_predicate_fillers.txt"
# Prepositions opening a phrase of place or time after a count: its predicate is not beyond one.
_PREPOSITIONS = frozenset({"pada", "di", "ke", "dari", "dengan", "untuk", "dalam", "sejak"})
# The conjunction that closes one count's words and opens the next count's clause.
_JOINT = re.compile(r"\s(?:dan|serta|sementara|sedangkan|tetapi|namun)\s", re.IGNORECASE)
# Quantities compared only between figures naming one person (a race time), and those that
# belong to one person (one defendant's sentence is not another's).
NAMED_ONLY = frozenset({"waktu"})
PERSONAL = NAMED_ONLY | {"hukuman", "tuntutan", "denda", "banding", "uang pengganti", "suap"}
# After a figure's unit: a span of time back or ahead ("enam tahun terakhir"), or the others
# beside a count ("empat tersangka lain", "10 korban luka lainnya"): no quantity of its own.
_NOT_A_FIGURE = re.compile(
    r"\s*[^\W\d_]+\s+(?:[^\W\d_]+\s+){0,2}?(?:lain|lainnya)\b"
    r"|\s*[^\W\d_]+\s+(?:terakhir|lalu|silam|belakangan|mendatang|ke depan)\b",
    re.IGNORECASE,
)
_SPEECH_VERBS = "speech_verbs.tsv"
_SOURCE_VERBS = "figure_source_verbs.txt"


@dataclass(frozen=True)
class Figure:
    """One figure of an article: the quantity it counts, its value and its sentence."""

    quantity: str
    unit: str
    value: float
    bound: str  # "exact", "at_least", "at_most" or "about"
    sentence: str
    people: frozenset[str]  # the people, places and bodies the sentence names
    periods: frozenset[str] = frozenset()  # the years and months it names ("2017", "m9")
    names: frozenset[str] = frozenset()  # its capitalised words ("Laut Bering", "BMKG")
    own_names: frozenset[str] = frozenset()  # those but of who reports it ("Andi menyebut")
    part: str = ""  # the part of its sentence it is in (parts contrasted: "..., sementara ...")
    clocks: frozenset[str] = frozenset()  # the times of day it is given at ("pukul 08.00")
    earlier: frozenset[str] = frozenset()  # words placing it earlier ("kemarin", "tahun lalu")
    purpose: str | None = None  # what it is for ("untuk pencarian": "pencarian")
    margin: float = 0.0  # how far the count it rounds may be ("41 ribu": 500)
    subject: frozenset[str] = frozenset()  # the specific names it is about (see figure_subjects)
    things: frozenset[str] = frozenset()  # the goods its sentence names ("kopi", "tiket")
    modes: frozenset[str] = frozenset()  # "target", "outlook", "maximum" (by law), "total"
    # The first person its sentence names, else the last sentence before it naming one ("Vonis
    # itu lebih rendah ..." is of the person just named): whose sentence or demand it is.
    person: str | None = None
    sentence_people: frozenset[str] = frozenset()  # the people its whole sentence names
    at: int = 0  # where its number starts in its part


@cache
def _units() -> dict[str, str]:
    return {word.lower(): unit for word, unit in lexicon.table(_UNITS)}


@cache
def _unit_quantities() -> dict[str, str]:
    return {unit: quantity for unit, quantity in lexicon.table(_UNIT_QUANTITIES)}


@cache
def _quantities() -> dict[str, tuple[str, int]]:
    return {word: (name, int(weight)) for word, name, weight in lexicon.table(_QUANTITIES)}


def article_figures(article: Article) -> list[Figure]:
    """Return the figures of an article that have a unit and say what they count.

    Each figure knows what its sentence names: a person, place or body by its name, one of its
    aliases, or one word of it ("Eko" for "Eko Susilo Hadi"), as a whole word, and any other
    capitalised word; the years and months it names; and whose it is (its sentence's first
    person, else the nearest sentence before it naming one).
    """
    people = [(entity.name, _name_forms(entity)) for entity in article.entities]
    persons = [(e.name, _name_forms(e)) for e in article.entities if e.type == "PERSON"]
    ordinary: frozenset[str] | None = None
    about_article: frozenset[str] = frozenset()
    figures: list[Figure] = []
    earlier: list[str] = []
    for paragraph in article.body.split("\n"):
        for start, end in split_sentences(paragraph):
            sentence = paragraph[start:end].strip()
            earlier.append(sentence)
            # a sentence pointing back ("Aksi ini ...") is about what the one before names
            context = earlier[-2] if len(earlier) > 1 and subjects.refers_back(sentence) else ""
            periods = subjects.periods(sentence) | subjects.periods(context)
            if subjects.several_periods(f"{sentence} {context}") or subjects.background(sentence):
                continue  # periods compared, or an earlier time recalled: which one is unsure
            named = _named(sentence, people)
            found = _sentence_figures(sentence, named)
            if not found:
                continue
            if ordinary is None:  # what the article is about, read once it has a figure
                ordinary = subjects.ordinary_words(article.body)
                about_article = subjects.article_subject(article)
            person = (
                subjects.person_in_context(earlier, persons)
                if any(f.quantity in PERSONAL for f in found)
                else None  # whose it is matters only for a person's quantity
            )
            subject = subjects.specific_names(sentence, named, ordinary) | about_article
            things = subjects.things(sentence)
            figures.extend(
                replace(
                    _placed(figure, people, context),
                    periods=periods,
                    subject=subject,
                    things=things,
                    person=person,
                )
                for figure in found
            )
    return figures


def _placed(figure: Figure, people: list[tuple[str, set[str]]], context: str) -> Figure:
    """Return a figure with what its part of its sentence names: people, names (and those but
    of who reports it), times of day; a sentence pointing back adds the names before it."""
    return replace(
        figure,
        people=_named(figure.part, people),
        sentence_people=_named(figure.sentence, people),
        clocks=subjects.clocks(figure.part),
        earlier=subjects.earlier_times(figure.part, figure.at),
        names=_part_names(figure.part, people) | _names(context),
        own_names=subjects.uncommon(
            _part_names(_without_source(figure.part, figure.at), people) | _names(context)
        ),
    )


def _part_names(part: str, people: list[tuple[str, set[str]]]) -> frozenset[str]:
    """Return the names of a sentence's part: its capitalised words and the people it names."""
    return _names(part) | _words_of(_named(part, people))


def _part(sentence: str, position: int) -> str:
    """Return the part of a sentence a figure is in, parts set against each other by a
    contrast ("Arief meraup 53 persen, sementara Darmawan 47 persen"): the names of one part
    are not what the other's figures are about."""
    starts = [0, *(m.end() for m in _CONTRAST.finditer(sentence))]
    start = max(s for s in starts if s <= position)
    ends = [m.start() for m in _CONTRAST.finditer(sentence) if m.start() >= position]
    return sentence[start : min(ends, default=len(sentence))]


def _named(sentence: str, people: list[tuple[str, set[str]]]) -> frozenset[str]:
    """Return the people, places and bodies a sentence names (by a form, as a whole word)."""
    words = set(_WORD.findall(sentence))
    return frozenset(
        name
        for name, forms in people
        if any(f in words if " " not in f else f in sentence for f in forms)
    )


def _words_of(names: frozenset[str]) -> frozenset[str]:
    """Return the capitalised words of names ("Rahmad Syahputra Lubis": three words)."""
    return frozenset(w for name in names for w in name.split() if w[:1].isupper())


def _names(sentence: str) -> frozenset[str]:
    """Return a sentence's capitalised words but months (a month is a period, not a thing)."""
    return frozenset(
        m.group()
        for m in _CAPITALISED.finditer(sentence)
        if m.group().lower() not in subjects.months()
    )


def _without_source(sentence: str, at: int) -> str:
    """Return a sentence without who gives the figure at ``at``: the words up to a speech or
    reporting verb before it ("Kepala BPBD Luwu Andi menyebut 9 orang hilang"), or an opening
    "Menurut X," (two outlets quoting two officials may still give one quantity of one thing).
    A verb after the figure ("Banjir menewaskan tiga warga Sigi, ia menjelaskan") cuts none."""
    if sentence.lower().startswith("menurut ") and 0 < sentence.find(",") < at:
        return sentence.split(",", 1)[1]
    for word in _WORD.finditer(sentence[:at]):
        if word.group().lower() in _source_verbs():
            return sentence[word.end() :]
    return sentence


@cache
def _source_verbs() -> frozenset[str]:
    return lexicon.lowered_for_use(_SPEECH_VERBS, "quote_cues") | lexicon.words(_SOURCE_VERBS)


def _name_forms(entity: Entity) -> set[str]:
    """Return the ways a sentence may name a person: full names and their longer words."""
    forms = {entity.name, *entity.aliases}
    forms.update(w for f in list(forms) for w in f.split() if len(w) >= 3 and w[0].isupper())
    return {f for f in forms if f}


def _sentence_figures(sentence: str, named: frozenset[str]) -> list[Figure]:
    """Return a sentence's figures, each read with the end of the count before it."""
    found: list[Figure] = []
    previous = 0
    numbers = elapsed_times(sentence, find_numbers(sentence))
    for number in subjects.whole_durations(sentence, numbers):
        figure, unit = _figure(sentence, number, named, previous)
        if figure is not None:
            found.append(figure)
        if unit is not None:
            previous = number.end
    return found


def _figure(
    sentence: str, number: Number, people: frozenset[str], previous: int
) -> tuple[Figure | None, str | None]:
    """Return the figure a number makes in its sentence, or None (no unit, or no quantity),
    and its unit (a count without a quantity still closes the words of the count before it)."""
    if (
        number.value is None
        or _MARGIN.search(sentence[: number.start])
        or _RANGE.search(sentence[: number.start])
        or _RANGE_END.match(sentence[number.end :])
        or clock_time(sentence, number)
        or _ONE_OF.search(sentence[: number.start])
        or _IDENTIFIER.search(sentence[: number.start])
        or in_range(sentence, number)
    ):
        return None, None  # vague, a margin ("2,5 plus minus 1 persen"), a range or a time of day
    after = sentence[number.end :]
    if _NOT_A_FIGURE.match(after):
        return None, None
    unit_word = _WORD.match(after.lstrip())
    unit = number.currency or number.unit
    if unit is None and unit_word is not None:
        unit = _units().get(unit_word.group().lower())
    if unit is None:
        return None, None
    clause = _clause(sentence, number, previous)
    quantity = _quantity(sentence, number, clause, unit) or _unit_quantities().get(unit)
    if quantity is None or (subjects.statute(sentence) and subjects.statute_figure(quantity, unit)):
        return None, unit  # no quantity, or a penalty range a statute sets
    quantity = subjects.penalty_quantity(quantity, sentence)
    figure = Figure(quantity, unit, number.value, bound(sentence, number), sentence, people)
    figure = replace(figure, margin=rounding(number))
    modes = subjects.modes(sentence[clause[0] : clause[1]])
    part, purpose = (
        _part(sentence, number.start),
        subjects.purpose(sentence[number.end : clause[1]]),
    )
    at = number.start - sentence.find(part)
    return replace(figure, modes=modes, part=part, purpose=purpose, at=at), unit


def _clause(sentence: str, number: Number, previous: int) -> tuple[int, int]:
    """Return where a figure's clause starts and ends: from the last clause edge, or from the
    count before it in the sentence (cut after the conjunction that closes that count's own
    words: "150 kios habis terbakar dan kerugian ditaksir Rp7,5 miliar", else after that
    count's unit), to the next edge or count."""
    edges = [0, *(m.end() for m in _CLAUSE_EDGE.finditer(_unbracketed(sentence))), len(sentence)]
    left = max(e for e in edges if e <= number.start)
    right = min((e for e in edges if e > number.end), default=len(sentence))
    if previous > left:
        joint = _JOINT.search(sentence, previous, number.start)
        unit = _WORD.search(sentence, previous, number.start)
        left = joint.end() if joint else unit.end() if unit else previous
    following = [n.start for n in find_numbers(sentence[number.end : right]) if n.value]
    return left, number.end + following[0] if following else right


def _quantity(sentence: str, number: Number, clause: tuple[int, int], unit: str) -> str | None:
    """Return what a figure counts, from the describing words of its clause (names and their
    places skipped after it: "21 warga Jember meninggal").

    A measure's word just before it wins ("jurang sedalam 200 meter"); then a weight-3 word
    anywhere in it ("Jaksa menuntut terdakwa 20 tahun") unless it takes an object ("banding atas
    vonis 15 tahun"); then the heaviest word right after the unit, fillers skipped ("9 orang
    masih dinyatakan hilang"), a few words on after a counted noun ("Tujuh penumpang bus
    pariwisata meninggal"); then the heaviest describing word before the figure, the first of
    equals (its subject: "Kerugian ... akibat kenaikan harga ditaksir Rp1,5 juta"), within what a
    "yang" before it describes if it says ("Inflasi terkerek oleh harga cabai yang kini Rp85
    ribu": a price); then the count's own noun.
    """
    before = _WORD.findall(sentence[clause[0] : number.start])[-_BEFORE_WORDS:]
    if measured := subjects.measure(before, unit):
        return measured
    after = _WORD.findall(sentence[number.end : clause[1]])
    fillers = lexicon.words(_FILLERS)
    after = after[:1] + [w for w in after[1:] if w.lower() not in fillers and not w[0].isupper()]
    words = _quantities()
    found_after = [words[w.lower()] for w in after[:_AFTER_WORDS] if w.lower() in words]
    found_before = [
        words[w.lower()]
        for i, w in enumerate(before)
        if w.lower() in words
        and not (words[w.lower()][1] >= 3 and before[i + 1 : i + 2] in (["atas"], ["terhadap"]))
    ]
    strong = [q for q, weight in found_before[::-1] + found_after if weight >= 3]
    if strong:
        return strong[0]
    # after a counted noun ("Tujuh penumpang bus pariwisata meninggal") its predicate may stand
    # further on: the noun says who is counted, the predicate what befell them
    # before any phrase a preposition opens ("24 nyawa pada Sabtu waktu setempat")
    noun_first = bool(after) and words.get(after[0].lower(), ("", 1))[1] == 0
    reach = after[: _AFTER_WORDS if noun_first else _RIGHT_AFTER + 1]
    if noun_first:
        reach = list(takewhile(lambda w: w.lower() not in _PREPOSITIONS, reach))
    right_after = [words[w.lower()] for w in reach if words.get(w.lower(), ("", 0))[1]]
    if right_after:
        return max(right_after, key=lambda found: found[1])[0]
    head = [words.get(w.lower(), ("", 0)) for w in subjects.relative_head(before)]
    described = [found for found in head if found[1]] or [f for f in found_before if f[1]]
    if described:
        return max(described, key=lambda found: found[1])[0]
    own_noun = words.get(after[0].lower()) if after else None
    return own_noun[0] if own_noun else None


def _unbracketed(sentence: str) -> str:
    """Return a sentence with its short brackets and the commas of a place's names blanked
    ("Anggaran ... Daerah (APBD) 2026", "Kamis (27/11/2025)", "150 siswa di Kecamatan
    Cikalongkulon, Cianjur, Jawa Barat, mengalami keracunan"): an abbreviation, a date in
    brackets or a comma in or closing a place's names is no clause edge."""
    blanked = list(_SHORT_BRACKET.sub(lambda m: " " * len(m.group()), sentence))
    in_list, after = False, 0  # in a place's list of names; where the last comma was
    for comma in (m.start() for m in re.finditer(",", sentence)):
        segment = sentence[after:comma]
        names = bool(segment.split()) and all(w[0].isupper() for w in segment.split())
        in_list = (in_list and names) or bool(_PLACE_NAMES.search(segment))
        if in_list:
            blanked[comma] = " "
        after = comma + 1
    return "".join(blanked)
