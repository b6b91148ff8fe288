"""The guards of statement linking: what two wordings of one statement never differ in.

Two quotes are never one statement when their numbers differ ("selama 16 tahun" / "selama 20
tahun"), when each names someone the other does not ("berinisial AS" / "berinisial RN",
"Terdakwa Darmo" / "Terdakwa Rina"), or when one negates what the other affirms ("akan
menaikkan" / "tidak akan menaikkan", "bukan untuk menang" / "bukan untuk bertahan"). A quote
cut short by one outlet is compared with the sentences of the longer quote it shares words with:
what the rest of the longer quote says is not in question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile

from kabar import lexicon
from kabar.stories.name_spelling import name_found
from kabar.stories.statement_clauses import clause_conflict, roles_swapped
from kabar.stories.statement_lexicon import (
    content_stem,
    glossary,
    is_english,
    translations,
)
from kabar.stories.statement_meaning import meaning_conflict, negated_in_other_words
from kabar.stories.statement_names import no_names
from kabar.stories.statement_negations import read_negations
from kabar.stories.statement_numbers import Figure, figures, neither_holds
from kabar.text import split_sentences, statement_words

_NEGATIONS, _MODALS = "negations.txt", "negation_modals.txt"
_PLACE_HEADS = "place_heads.tsv"
_LIGHT_HEADS, _ALTERNATIVES = "negation_light_heads.txt", "negation_alternatives.txt"
_JOINS = "statement_clause_joins.txt"
_WEEKDAYS, _MONTHS, _TIME_BOUNDS = "weekday_names.txt", "month_names.txt", "date_bound_words.txt"
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word or an all-capitals initialism ("AS", "PBB"); one that starts the text or
# a sentence is no sign of a name.
_NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b(?:[A-Z][a-z]+|[A-Z]{2,4})\b")
# Two spellings of one name or word ("Nopember" / "November", "Ketut" / "Ktut").
# An apostrophe inside a word ("Jum'at", "Qur'an") is a spelling of the word without it.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
# Capitalised words in a row, not opening a sentence: a person's name in a translation.
_NAME_RUN = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_NAME_RUN_WORDS = 2
# A Roman numeral ("II", "XIV"): a number in a name, no name of its own.
_ROMAN = re.compile(r"[IVXLC]+")
# One capitalised word or initialism not opening a sentence: a name, or a common word.
_LONE_NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b(?:[A-Z][a-z]+|[A-Z]{2,5})\b")
# A negation is compared by the words it negates, in its clause.
_CLAUSE = re.compile(r"[.!?;,]")
_SCOPE_WORDS = 2
# A quote cut short is a passage of the longer one of at least this many words.
_MIN_PASSAGE_WORDS = 4
# A blended name stands for at most this many words ("Jabodetabek": five).
_PHRASE_WORDS = 5


@dataclass(frozen=True)
class Guarded:
    """The numbers, names and negations of a piece of quote."""

    numbers: tuple[Figure, ...]  # each number with its values (statement_numbers)
    names: frozenset[str]
    negated: bool
    scopes: frozenset[str]  # the stems of the two content words after each negation
    heads: tuple[str | None, ...]  # the stem of the word each negation negates (None: none)
    head_words: tuple[str | None, ...]  # those words as written, lower case
    negated_words: frozenset[str]  # every word after a negation in its clause, lower case
    words: frozenset[str]  # every word, lower case, to find the other's names in
    capitals: tuple[str, ...]  # the capitalised words, in order, lower case (for initials)
    phrases: tuple[tuple[str, ...], ...] = ()  # words from each capitalised one on (blends)
    # the stems of the two content words before each negation in its clause: what it is said
    # of ("yang serapan anggarannya tidak mencapai" is said of the budget's absorption)
    negated_of: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def guarded(text: str) -> Guarded:
    """Return the numbers, names and negations of a text."""
    text = read_negations(text)
    text = _INNER_APOSTROPHE.sub("", text)
    numbers = figures(text)
    names = frozenset(m.group() for m in _NAME.finditer(text.strip()))
    negations, modals = lexicon.words(_NEGATIONS), lexicon.words(_MODALS)
    alternatives = lexicon.words(_ALTERNATIVES)
    scopes: set[str] = set()
    negated_of: set[str] = set()
    heads: list[str | None] = []
    head_words: list[str | None] = []
    in_scope: set[str] = set()
    negated = False
    for clause in _CLAUSE.split(text):
        words = [w.lower() for w in _WORD.findall(clause)]
        for i, word in enumerate(words):
            if word in negations and not (i and words[i - 1] in alternatives):
                negated = True
                after = [
                    w
                    for w in _until_join(words[i + 1 :])
                    if w not in negations and statement_words(w)
                ]
                # what it negates is compared past any modal ("belum bisa kembali"), and
                # with the modal ("tidak perlu panic buying" / "tak perlu memborong")
                kept = [w for w in after if w not in modals]
                scopes.update(content_stem(w) for w in after[:_SCOPE_WORDS])
                scopes.update(content_stem(w) for w in kept[:_SCOPE_WORDS])
                before = [w for w in words[:i] if w not in modals and statement_words(w)]
                negated_of.update(content_stem(w) for w in _since_join(words[:i])[-_SCOPE_WORDS:])
                if not kept:  # closing its clause, it negates what came first ("ritme
                    # saya belum dapat")
                    scopes.update(content_stem(w) for w in before[-_SCOPE_WORDS:])
                heads.append(content_stem(kept[0]) if kept else None)
                head_words.append(kept[0] if kept else None)
                heads.extend(_denied_objects(kept))
                in_scope.update(words[i + 1 :])
    every = frozenset(w.lower() for w in _WORD.findall(text))
    every_word = _WORD.findall(text)
    capitals = tuple(w.lower() for w in every_word if w[0].isupper())
    phrases = tuple(
        tuple(w.lower() for w in every_word[i : i + _PHRASE_WORDS])
        for i, word in enumerate(every_word)
        if word[0].isupper()
    )
    return Guarded(
        numbers,
        names,
        negated,
        frozenset(scopes),
        tuple(heads),
        tuple(head_words),
        frozenset(in_scope),
        every,
        capitals,
        phrases,
        frozenset(negated_of),
    )


def _until_join(words: list[str]) -> list[str]:
    """The words before the next word joining two clauses ("belum stabil dan masih dirawat"
    negates "stabil" only); one right after the negation is what it negates ("bukan karena
    kekurangan stok")."""
    joins = lexicon.words(_JOINS)
    return words[:1] + list(takewhile(lambda w: w not in joins, words[1:]))


def _since_join(words: list[str]) -> list[str]:
    """The content words after the last word joining two clauses ("dan", "tetapi")."""
    joins = lexicon.words(_JOINS)
    last = max((i for i, w in enumerate(words) if w in joins), default=-1)
    return [w for w in words[last + 1 :] if w not in lexicon.words(_MODALS) and statement_words(w)]


def _one_negation(a: Guarded, b: Guarded) -> bool:
    """Tell whether two negating quotes negate one thing: the words after their negations
    meet, or what one negates is what the other's negation is said of ("tidak bisa menyerap
    anggaran" / "serapan anggarannya tidak mencapai")."""
    return bool(a.scopes & b.scopes or a.scopes & b.negated_of or b.scopes & a.negated_of)


def _denied_objects(kept: list[str]) -> list[str]:
    """The stems a negation denies through a light verb: the first two content words after
    it ("tidak menemukan tanda-tanda penganiayaan": "tanda", "aniaya")."""
    light = {content_stem(w) for w in lexicon.words(_LIGHT_HEADS)}
    if not kept or content_stem(kept[0]) not in light:
        return []
    objects = dict.fromkeys(content_stem(w) for w in kept[1:])
    return list(objects)[:_SCOPE_WORDS]


def conflict(
    first: str,
    second: str,
    stems: dict[str, frozenset[str]],
    speakers: tuple[str | None, ...],
    *,
    across_languages: bool = False,
) -> str | None:
    """Return why two quotes cannot be one statement ("numbers", "names", "negation",
    "subject", "roles": two people given each other's part), or None.

    ``stems`` gives the content-word stems of a text, to find the sentences of the longer quote
    that the shorter one carries; the words of the ``speakers``' names are no named people.
    ``across_languages``: one quote translates the other, so the whole quotes are compared,
    their names and negations through the glossary (``_across_conflict``).
    """
    short, long_ = sorted((first, second), key=len)
    carried = long_ if across_languages else _carried_part(short, long_, stems)
    a, b = guarded(short), guarded(carried)
    if neither_holds(a.numbers, b.numbers):
        return "numbers"
    own = {w.lower() for s in speakers if s for w in s.split()}
    whole_a, whole_b = guarded(short), guarded(long_)
    if across_languages:
        return _across_conflict(short, carried, a, b, own) or _meaning(short, carried)
    names_differ = _unmatched(a.names - _no_names(short, long_, whole_b), whole_b, own) and (
        _unmatched(b.names - _no_names(carried, short, whole_a), whole_a, own)
    )
    if names_differ:
        return "names"
    if a.negated != b.negated and _negates_what_other_says(*((a, b) if a.negated else (b, a))):
        negating, other = (short, carried) if a.negated else (carried, short)
        if not negated_in_other_words(negating, other):
            return "negation"
    if a.negated and b.negated and not _one_negation(a, b):
        return "negation"
    return _meaning(short, carried)


def _meaning(short: str, carried: str) -> str | None:
    """Opposite words, other subjects or times (statement_meaning), or opposites said of one
    party by two clauses (statement_clauses)."""
    found = meaning_conflict(short, carried)
    if found:
        return found
    if clause_conflict(short, carried):
        return "negation"
    return "roles" if roles_swapped(short, carried) else None


def _across_conflict(first: str, second: str, a: Guarded, b: Guarded, own: set[str]) -> str | None:
    """Names and negations of a quote and its translation, compared through the glossary.

    Only names that are no word of the glossary are compared ("Sylvia Rahardjo" against
    "Lambertus Wenas"; "Strait" is "Selat", "MK" an initialism either outlet may spell out).
    A negation conflicts when what it negates is said, un-negated, by the other ("will ban" /
    "tidak akan melarang"); "still missing" / "belum ditemukan" says one thing twice.
    """
    if _names_someone(first, b, own) and _names_someone(second, a, own):
        return "names"
    if _lone_names(first, b, own) and _lone_names(second, a, own):
        return "names"  # each names someone or somewhere the other does not
    english = (is_english(first), is_english(second))
    said = (_said(first), _said(second))
    for negated, other, in_english, other_said, texts in (
        (a, b, english[0], said[1], (first, second)),
        (b, a, english[1], said[0], (second, first)),
    ):
        if not negated.negated or (not other.negated and negated_in_other_words(*texts)):
            continue  # "tidak mau membayar" is "refused to repay"
        other_negated = {m for w in other.negated_words for m in _meanings(w, not in_english)}
        own_negated = {m for w in negated.negated_words for m in _meanings(w, in_english)}
        if own_negated & other_negated:
            continue  # both negate one thing, each where its language puts the negation
        for word in negated.head_words:
            meanings = _meanings(word, in_english) if word else frozenset()
            if not meanings and not other.negated:
                return "negation"  # what it negates is unknown: the other says it plainly
            if meanings & (other_said - other_negated):
                return "negation"
        # what an Indonesian negation denies through a light verb ("belum ditemukan penularan"
        # against "transmission ... confirmed"); a time after it is none ("belum ditemukan
        # sejak Selasa" is "still missing since Tuesday")
        denied = set() if in_english else {h for h in negated.heads if h} - _time_stems()
        if not other.negated and denied & (other_said - other_negated):
            return "negation"
    return None


def _names_someone(text: str, other: Guarded, own: set[str]) -> bool:
    """Tell whether a quote names someone its translation does not: two capitalised words in
    a row, no common word of the quote's language in the glossary, found nowhere in the other
    ("Sylvia Rahardjo"; "Indragiri Hilir" in English, where "Hilir" is a name's word), or one
    after a place head ("Kabupaten Pelalawan"). One such word alone ("Strait" against
    "Selat") may be a common word the glossary lacks."""
    common = glossary() if is_english(text) else _targets()
    heads = lexicon.lowered_for_use(_PLACE_HEADS, "entities")
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        named = [
            w
            for w in words
            if w.lower() not in common and w.lower() not in heads and w.lower() not in own
        ]
        unmatched = [
            w for w in named if not name_found(w, other.words, other.capitals, other.phrases)
        ]
        placed = words[0].lower() in heads
        # a name of two words or more, one of them another ("Hendra Wijaksana" against
        # "Hendro Wicaksono"), is another person
        if unmatched and (placed or len(named) >= _NAME_RUN_WORDS):
            return True
    return False


def _lone_names(text: str, other: Guarded, own: set[str]) -> bool:
    """Tell whether a quote has a capitalised word or initialism, not opening a sentence, that
    is no word the glossary translates, no place head and not the speaker's, found nowhere in
    its translation ("Rizky" against "Dimas", "AS" against "RN"). Alone it may still be a
    common word the glossary lacks: only both quotes having one is read as two people."""
    english = is_english(text)
    common = glossary() if english else _targets()
    heads = lexicon.lowered_for_use(_PLACE_HEADS, "entities")
    for found in _LONE_NAME.finditer(text.strip()):
        word = found.group()
        lowered = word.lower()
        if lowered in common or lowered in heads or lowered in own or lowered in _calendar():
            continue  # a day or a month is a time, compared as one (statement_times)
        if (english and translations(lowered)) or _ROMAN.fullmatch(word):
            continue
        if not name_found(word, other.words, other.capitals, other.phrases):
            return True
    return False


@cache
def _calendar() -> frozenset[str]:
    """The names of days and months, and their abbreviations, lower case."""
    return frozenset(row[0] for table in (_WEEKDAYS, _MONTHS) for row in lexicon.table(table))


@cache
def _time_stems() -> frozenset[str]:
    """The stems of the words of a time: a day, a month, a bound ("sejak", "hingga")."""
    months = {row[0] for row in lexicon.table(_MONTHS)}
    days = {row[0] for row in lexicon.table(_WEEKDAYS)}
    words = days | lexicon.words(_TIME_BOUNDS) | months
    return frozenset(content_stem(w.lower()) for w in words)


@cache
def _targets() -> frozenset[str]:
    """Every Indonesian word the glossary gives for an English one."""
    return frozenset(w for words in glossary().values() for w in words)


def _meanings(word: str, english: bool) -> frozenset[str]:
    """The Indonesian stems a word stands for: its translations' if English (none when the
    glossary does not know it), its own stem else."""
    if english:
        return frozenset(content_stem(t) for t in translations(word))
    return frozenset({content_stem(word)})


@lru_cache(maxsize=8192)
def _said(text: str) -> frozenset[str]:
    """The Indonesian stems of what a quote says (an English quote's through the glossary)."""
    words = [w.lower() for w in _WORD.findall(read_negations(text))]
    english = is_english(text)
    return frozenset(t for w in words for t in _meanings(w, english))


def _negates_what_other_says(negated: Guarded, other: Guarded) -> bool:
    """Tell whether a quote negates what the other, not negating, says: a negated word of it
    is in the other ("tidak akan menaikkan" / "akan menaikkan"). A negation of what the other
    does not say at all ("dipastikan tidak tampil" / "dipastikan absen") is another wording,
    or a part of the statement the other left out."""
    said = {content_stem(w) for w in other.words}
    return any(head is None or head in said for head in negated.heads)


def passage_of(first: str, second: str) -> bool:
    """Tell whether the shorter quote is a passage of the longer, word for word (a quote
    an outlet cut short), long enough not to be a common phrase."""
    short, long_ = sorted((first, second), key=len)
    words = " ".join(w.lower() for w in _WORD.findall(short))
    return len(words.split()) >= _MIN_PASSAGE_WORDS and (
        f" {words} " in " " + " ".join(w.lower() for w in _WORD.findall(long_)) + " "
    )


def _carried_part(short: str, long_: str, stems: dict[str, frozenset[str]]) -> str:
    """Return the sentences of the longer quote that share words with the shorter one (all
    of it when it is one sentence, or shares words everywhere)."""
    spans = split_sentences(long_)
    if len(spans) < 2:
        return long_
    wanted = stems[short]
    sentences = [long_[start:end] for start, end in spans]
    # one sentence carrying the whole of the shorter quote is the part it is
    whole = [s for s in sentences if wanted and wanted <= stems[s]]
    if len(whole) == 1:
        return whole[0]
    kept = []
    for sentence in sentences:
        found = stems[sentence]
        if found and len(found & wanted) >= max(1, len(found) // 3):
            kept.append(sentence)
    return " ".join(kept) if kept else long_


def _no_names(text: str, other: str, guarded_other: Guarded) -> frozenset[str]:
    """The capitalised words of a quote that name nothing the other lacks (statement_names)."""
    g = guarded_other
    return no_names(text, other, lambda w: name_found(w, g.words, g.capitals, g.phrases))


def _unmatched(names: frozenset[str], other: Guarded, own: set[str]) -> bool:
    """Tell whether a name of one quote (not the speaker's own) is nowhere in the other, in
    any spelling or as initials ("DK" for "Dewan Keamanan")."""
    return any(
        name.lower() not in own and not name_found(name, other.words, other.capitals, other.phrases)
        for name in names
    )
