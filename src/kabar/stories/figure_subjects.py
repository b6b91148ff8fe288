"""What a figure is about (its subject, the goods it prices, its mode), and which durations are.

Two figures disagree only when they give one quantity about one thing, so each figure carries
what its sentence names specifically (people, cases, places, bodies: capitalised words and the
article's entities, minus names too common to tell stories apart, "KPK", "Jakarta", "Senin").
A sentence that names nothing specific ("Besaran kerugian negara itu mencapai Rp 75 miliar") is
about its article's subject: the specific names of its title, its first sentence and the names
its body repeats. Two figures are about one thing only when these subjects share a name; one
outlet's loss in one corruption case set beside another case's loss shares none.

A figure also knows the things its sentence names ("harga kopi", "harga gula": two prices) and
its modes: a target, an outlook, a legal maximum ("ancaman hukumannya tiga tahun") or a total is
never set against what was done or counted, nor against one another.

A penalty a statute sets ("dengan ancaman hukuman maksimal empat tahun penjara", "paling
singkat 3 tahun") is no figure of the case, and a penalty in a sentence naming a prosecutor and
no judge or verdict ("Menjatuhkan pidana penjara selama 1 tahun," ujar jaksa) is the
prosecutor's demand, not the sentence.

Durations are read whole: "1 tahun 6 bulan" is one and a half years, not also a six-month
figure, and a duration after "percobaan" (probation) or "subsider" (detention in lieu of a
fine) is no figure of the sentence itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from kabar import lexicon
from kabar.models import Article
from kabar.stories.numbers import Number, clock_time, elapsed_times, find_numbers
from kabar.text import split_sentences, stop_words

_COMMON = "figure_common_names.txt"
_THINGS = "figure_things.txt"
_MODES = "figure_modes.tsv"
_SIDE_TERMS = "figure_side_terms.txt"
_MONTHS = "month_names.txt"
_BACKGROUND = "figure_background_openers.txt"
_LEGAL_RANGES = "figure_legal_ranges.txt"
_DEMONSTRATIVES = "demonstratives.txt"
_PRESENT_OPENERS = "figure_present_openers.txt"
# How many words open a sentence that refers back ("Aksi ini", "Vonis terhadap Darto itu").
_REFERRING_WORDS = 3
_COURT_ROLES = "figure_court_roles.tsv"
_COURT_OFFICERS = "figure_court_officers.tsv"
# How many words back from a name a court officer's title is read.
_TITLE_WORDS = 4
# The quantities and units a statute's penalty range gives: durations of prison and fines.
_PENALTY_UNITS = frozenset({"tahun", "bulan", "minggu", "hari"})
_PENALTIES = frozenset({"hukuman", "tuntutan", "denda"})
_NAME_WORD = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,6})\b")
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A day's date in brackets ("Kamis (27/11/2025)", "(3/5)"): when it happened, not a period.
_DAY_DATE = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")
# The end of a span of months ("Januari-September 2025", "sejak Januari hingga pekan pertama
# Februari"): one period from its start, not a second period compared with the first.
_SPAN_END = re.compile(
    r"(?<=[^\W\d_])\s*[-–]\s*[^\W\d_]+"
    r"|(?<=\bsejak\s)([^\W\d_]+)(?:\s+\d{4})?\s+(?:hingga|sampai)(?:\s+[^\W\d_]+){1,3}",
    re.IGNORECASE,
)
_EARLIER = "figure_earlier_times.txt"
_MEASURES = "figure_measures.tsv"
# A time a figure is compared with ("naik dari bulan sebelumnya", "dibanding tahun lalu"): the
# comparing word and the few words after it.
_COMPARED_WITH = re.compile(
    r"\b(?:dari|dibanding|dibandingkan|ketimbang|daripada)(?:\s+[^\W\d_]+){1,3}", re.IGNORECASE
)
# How far before its number a measure's word may stand ("tinggi kolom abu sekitar 4.000 meter").
_MEASURE_WORDS = 4
# How many words before "yang" name what a relative clause describes ("harga cabai rawit yang").
_HEAD_WORDS = 4
_PURPOSES = "figure_purpose_words.txt"
# The prefixes of Indonesian actions and their nouns ("mengamankan", "pencarian", "penanganan").
_ACTION_PREFIXES = ("me", "pe", "ber")
_MIN_NAME = 3
# A name the body repeats this often is one of the article's subjects.
_REPEATED = 2


@cache
def _common() -> frozenset[str]:
    return lexicon.words(_COMMON)


@cache
def _modes() -> dict[str, str]:
    return {word: mode for word, mode in lexicon.table(_MODES)}


def several_periods(sentence: str) -> bool:
    """Tell whether a sentence names two years or two months ("naik dari Januari"): a span
    ("Januari-September", "sejak Januari hingga Februari") is one period, not two compared."""
    named = periods(_SPAN_END.sub(lambda m: m.group(1) or "", sentence))
    in_months = sum(p.startswith("m") for p in named)
    return in_months > 1 or len(named) - in_months > 1


def periods(sentence: str) -> frozenset[str]:
    """Return the years and months a sentence names ("2017", "m9" for September); the day an
    event happened ("Kamis (27/11/2025)") is no period of its figures."""
    sentence = _DAY_DATE.sub("", sentence)
    numbers = months()
    found = {m.group() for m in _YEAR.finditer(sentence)}
    words = _WORD.findall(sentence)
    found.update(f"m{numbers[w.lower()]}" for w in words if w.lower() in numbers)
    return frozenset(found)


@cache
def months() -> dict[str, str]:
    """Return the month names (lower case) with their numbers ("september": "9")."""
    return {name: number for name, number in lexicon.table(_MONTHS)}


def _phrases(text: str, listed: str) -> frozenset[str]:
    """Return the phrases of a list a text has, as whole words."""
    words = f" {' '.join(_WORD.findall(text.lower()))} "
    return frozenset(p for p in lexicon.lowered(listed) if f" {p} " in words)


def purpose(after: str) -> str | None:
    """Return what a count is for, from the words after it in its clause: an action or its
    noun after "untuk" ("dikerahkan untuk pencarian korban": "pencarian"; "untuk mengamankan
    aksi": "mengamankan"); "untuk tahun depan" says when, not what for."""
    words = _WORD.findall(after.lower())
    opens = [i for i, w in enumerate(words[:-1]) if w in lexicon.words(_PURPOSES)]
    action = words[opens[0] + 1] if opens else ""
    return action if action.startswith(_ACTION_PREFIXES) else None


def clocks(part: str) -> frozenset[str]:
    """Return the times of day a text gives ("Hingga pukul 08.00 WIB": "08.00"): a count as of
    one time of day is no disagreement with a count as of another, only an update."""
    numbers = elapsed_times(part, find_numbers(part))
    return frozenset(n.text for n in numbers if n.unit is None and clock_time(part, n))


def measure(before: list[str], unit: str) -> str | None:
    """Return what a number measures, from the nearest of the few words before it that names a
    measure of its unit ("jurang sedalam sekitar 150 meter": a depth), else None."""
    for word in reversed(before[-_MEASURE_WORDS:]):
        found = _measures().get(word.lower())
        if found and unit in found[1]:
            return found[0]
    return None


@cache
def _measures() -> dict[str, tuple[str, frozenset[str]]]:
    return {
        word: (quantity, frozenset(units.split(",")))
        for word, quantity, units in lexicon.table(_MEASURES)
    }


def relative_head(before: list[str]) -> list[str]:
    """Return the few words a relative clause before a figure describes ("harga cabai rawit
    yang kini Rp85 ribu": the figure is of "harga cabai rawit"), else none."""
    lowered = [w.lower() for w in before]
    if "yang" not in lowered:
        return []
    last = len(lowered) - 1 - lowered[::-1].index("yang")
    return before[max(0, last - _HEAD_WORDS) : last]


def earlier_times(part: str, at: int = 0) -> frozenset[str]:
    """Return the words of a part of a sentence that place its figure (its number at ``at``) at
    an earlier time ("musim lalu 26 ribu penonton"). Words after the next number are that
    number's ("Rp85.000, naik dari Rp60.000 pekan lalu"), and a time a figure is compared with
    is not its own ("2,87 persen, naik dari bulan sebelumnya")."""
    later = [n.start for n in find_numbers(part) if n.start > at and n.value is not None]
    text = _COMPARED_WITH.sub(" ", part[: min(later, default=len(part))])
    return _phrases(text, _EARLIER)


def side_terms() -> frozenset[str]:
    """Return the words after which a duration is probation or detention in lieu of a fine."""
    return lexicon.words(_SIDE_TERMS)


def specific_names(
    text: str, entities: frozenset[str] = frozenset(), ordinary: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Return the specific name words of a text (lower case), first words of sentences kept
    only when they are an entity's word ("Atut dijatuhkan vonis ..."). A word its article also
    writes in lower case (``ordinary``) is an ordinary word capitalised in a headline or a
    body's full name ("Komisi Pemberantasan Korupsi"), not a name."""
    found = {w.lower() for name in entities for w in _WORD.findall(name)}
    for start, end in split_sentences(text):
        words = list(_NAME_WORD.finditer(text[start:end]))
        found.update(m.group().lower() for m in words[1:] if not _opens(text, start, m.start()))
    unspecific = _unspecific()
    return frozenset(
        w for w in found if len(w) >= _MIN_NAME and w not in unspecific and w not in ordinary
    )


@cache
def _unspecific() -> frozenset[str]:
    months = {name for name, _ in lexicon.table(_MONTHS)}
    return stop_words("id") | _common() | months


def uncommon(names: frozenset[str]) -> frozenset[str]:
    """Return the names that are not too common to tell two things apart ("Rabu", "DPR")."""
    return frozenset(n for n in names if n.lower() not in _unspecific())


def ordinary_words(body: str) -> frozenset[str]:
    """Return the words a text writes in lower case."""
    return frozenset(w for w in _WORD.findall(body) if w.islower())


def _opens(text: str, start: int, offset: int) -> bool:
    """Tell whether a word opens a quotation or a clause after a colon (not a name)."""
    before = text[start : start + offset].rstrip()
    return before.endswith(('"', "“", ":", "("))


def _article_subject(body: str, title: str, entities: frozenset[str]) -> frozenset[str]:
    ordinary = ordinary_words(body)
    names = set(specific_names(title, _in(title, entities), ordinary))
    spans = split_sentences(body.split("\n", 1)[0])
    if spans:
        lead = body[spans[0][0] : spans[0][1]]
        names.update(specific_names(lead, _in(lead, entities), ordinary))
    counts = Counter(specific_names_each(body, entities, ordinary))
    names.update(w for w, n in counts.items() if n >= _REPEATED)
    return frozenset(names)


def specific_names_each(body: str, entities: frozenset[str], ordinary: frozenset[str]) -> list[str]:
    """Return the specific name words of each sentence of a body (one per sentence naming it)."""
    found: list[str] = []
    for paragraph in body.split("\n"):
        for start, end in split_sentences(paragraph):
            sentence = paragraph[start:end]
            found.extend(specific_names(sentence, _in(sentence, entities), ordinary))
    return found


def _in(text: str, entities: frozenset[str]) -> frozenset[str]:
    return frozenset(e for e in entities if e in text)


def article_subject(article: Article) -> frozenset[str]:
    """Return the specific names an article is about (title, first sentence, repeated names)."""
    entities = frozenset(e.name for e in article.entities)
    return _article_subject(article.body, article.title or "", entities)


def things(sentence: str) -> frozenset[str]:
    """Return the goods a sentence names ("kopi", "gula", "tiket")."""
    listed = lexicon.words(_THINGS)
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w in listed)


def modes(sentence: str) -> frozenset[str]:
    """Return a sentence's modes ("target", "outlook", "maximum", "total"); none for what was
    done or counted."""
    listed = _modes()
    return frozenset(listed[w] for w in _WORD.findall(sentence.lower()) if w in listed)


def background(sentence: str) -> bool:
    """Tell whether a sentence opens by recalling another time ("Sebelumnya, ...")."""
    start = sentence.lstrip('"“ ').lower()
    return any(
        start.startswith(opener) and start[len(opener) : len(opener) + 1] in (",", " ")
        for opener in lexicon.lowered(_BACKGROUND)
    )


def refers_back(sentence: str) -> bool:
    """Tell whether a sentence opens by pointing at what the sentence before it names ("Aksi
    ini menewaskan 23 orang", "Vonis itu lebih rendah ..."): it is about that, so it carries
    that sentence's names and periods. "Saat ini", "Selain itu" point at no thing."""
    words = _WORD.findall(sentence.lower())[:_REFERRING_WORDS]
    opening = " ".join(words)
    if any(f"{opening} ".startswith(f"{o} ") for o in lexicon.lowered(_PRESENT_OPENERS)):
        return False
    return any(w in lexicon.lowered(_DEMONSTRATIVES) for w in words[1:])


def statute(sentence: str) -> bool:
    """Tell whether a sentence gives a penalty a statute sets ("diancam pidana paling lama 9
    tahun"), not one a court gave or a prosecutor asked."""
    lowered = f" {' '.join(_WORD.findall(sentence.lower()))} "
    return any(f" {phrase} " in lowered for phrase in _legal_ranges())


@cache
def _legal_ranges() -> frozenset[str]:
    return frozenset(" ".join(_WORD.findall(p)) for p in lexicon.lowered(_LEGAL_RANGES))


def statute_figure(quantity: str, unit: str) -> bool:
    """Tell whether a figure is of what a statute's range gives: a duration or a penalty."""
    return unit in _PENALTY_UNITS or quantity in _PENALTIES


def penalty_quantity(quantity: str, sentence: str) -> str:
    """Return a sentence's penalty as the prosecutor's demand when the sentence names a
    prosecutor and no judge or verdict: a judge's sentence is never what a prosecutor says."""
    if quantity != "hukuman":
        return quantity
    roles = {_court_roles().get(w) for w in _WORD.findall(sentence.lower())}
    return "tuntutan" if "prosecutor" in roles and "judge" not in roles else quantity


@cache
def _court_roles() -> dict[str, str]:
    return {word: role for word, role in lexicon.table(_COURT_ROLES)}


def person_in_context(sentences: list[str], persons: list[tuple[str, set[str]]]) -> str | None:
    """Return the person the last of a text's sentences is about: the first it names, else the
    first the nearest sentence before it names ("Vonis itu lebih rendah dari tuntutan jaksa"
    is of the defendant just named, not of another case the other outlet reports)."""
    for sentence in reversed(sentences):
        person = first_person(sentence, persons)
        if person is not None:
            return person
    return None


def first_person(sentence: str, persons: list[tuple[str, set[str]]]) -> str | None:
    """Return the person a sentence names first: whose demand or sentence its figures are. A
    judge or prosecutor named by their title ("hakim ketua Lilik Hariyanti") is none: a
    penalty is never theirs."""
    found = []
    for name, forms in persons:
        places = [m.start() for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", sentence)]
        if places and not _court_officer(sentence[: min(places)]):
            found.append((min(places), name))
    return min(found)[1] if found else None


def _court_officer(before: str) -> bool:
    """Tell whether a text ends with a court officer's title ("hakim ketua", "jaksa penuntut
    umum"): its officer word, then only title words."""
    kinds = {word: kind for word, kind in lexicon.table(_COURT_OFFICERS)}
    for word in reversed(_WORD.findall(before.lower())[-_TITLE_WORDS:]):
        if kinds.get(word) != "title":
            return kinds.get(word) == "officer"
    return False


def same_subject(first: frozenset[str], second: frozenset[str]) -> bool:
    """Tell whether two subjects share a specific name. A figure whose sentence and article name
    nothing specific at all has nothing to tell it apart: it may be about anything."""
    return not first or not second or bool(first & second)


def same_things(first: frozenset[str], second: frozenset[str]) -> bool:
    """Tell whether two figures are of one thing: the same goods named (or none in either: a
    price of "tembakau" beside a price of nothing named is unsure), or one's goods among the
    other's ("cabai" beside "cabai rawit"); "cabai rawit" and "cabai merah keriting" are two."""
    return first == second or (bool(first and second) and (first <= second or second <= first))


_MONTHS_AFTER_YEARS = re.compile(r"\s*tahun\s+(?:dan\s+)?$", re.IGNORECASE)
_MONTHS_UNIT = re.compile(r"\s*bulan\b", re.IGNORECASE)
_YEARS_UNIT = re.compile(r"\s*tahun\b", re.IGNORECASE)


def whole_durations(sentence: str, numbers: list[Number]) -> list[Number]:
    """Return a sentence's numbers with "1 tahun 6 bulan" read as 1.5 years (the months are
    part of the duration, not a figure of their own) and side terms left out: a duration
    after "percobaan" or "subsider" is probation or detention in lieu of a fine."""
    side = side_terms()
    kept: list[Number] = []
    skip = False
    for i, number in enumerate(numbers):
        if skip:
            skip = False
            continue
        words = _WORD.findall(sentence[: number.start])[-2:]
        if any(w.lower() in side for w in words):
            continue
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            following is not None
            and number.value is not None
            and following.value is not None
            and _YEARS_UNIT.match(sentence[number.end :])
            and _MONTHS_AFTER_YEARS.fullmatch(sentence[number.end : following.start])
            and _MONTHS_UNIT.match(sentence[following.end :])
        ):
            number = replace(number, value=number.value + following.value / 12)
            skip = True
        kept.append(number)
    return kept
