"""Who does what: the clauses of two quotes compared by what they are said of.

Two quotes may share every word and yet say opposite things of one party: "RS sudah kami
tangkap, sementara dua rekannya masih buron" against "RS is still at large, while two of his
accomplices were arrested". Each quote is cut into clauses (at a sentence's end and at a word
joining two clauses); a clause of one quote is compared with the clauses of the other that
name the same initials or give the same number, by the opposite words of statement_meaning.

Two quotes may also name the same people in the same words and give them each other's part:
"RH is the main suspect, AS the financier" against "AS is the main suspect, RH the financier".
Each name is read with the words of its clause; when two names each stand, in the other
quote, among the words the other name stood among, their parts are swapped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar import lexicon
from kabar.stories.statement_lexicon import content_stem
from kabar.stories.statement_meaning import opposite
from kabar.stories.statement_numbers import Figure, figures, same_figure

_JOINS = "statement_clause_joins.txt"
# A sentence ends at a stop before a space or the end ("1.240" and "5,6" go on).
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
# A party a clause is said of: initials ("RS", "AK"). A place or an institution named by a
# capitalised word is the setting of many clauses ("di Batam"), no party of one.
_NAME = re.compile(r"\b[A-Z]{2,3}\b")
# A clause's parts for the parts people play: its commas cut it too ("X paling tinggi,
# disusul Y"); a person is a capitalised word or initials, its part the lower-case words.
_COMMA = re.compile(r"[,:]")
_PERSON = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,5})\b")
_PART_WORD = re.compile(r"\b[a-z][^\W\d_]*\b")


def clause_conflict(first: str, second: str) -> bool:
    """Tell whether a clause of one quote says the opposite of the other's clauses about the
    same party (the same name or number), when either quote has more than one clause."""
    a, b = _clauses(first), _clauses(second)
    if len(a) < 2 and len(b) < 2:
        return False  # the whole quotes are compared as such (statement_meaning)
    for text, names, numbers in a:
        partners = [
            other
            for other, other_names, other_numbers in b
            if names & other_names or _one_number(numbers, other_numbers)
        ]
        if partners and opposite(text, " ".join(partners)):
            return True
    return False


def _one_number(first: tuple[Figure, ...], second: tuple[Figure, ...]) -> bool:
    return any(same_figure(x, y) for x in first for y in second)


@lru_cache(maxsize=8192)
def _clauses(text: str) -> tuple[tuple[str, frozenset[str], tuple[Figure, ...]], ...]:
    """Return a quote's clauses, each with the names and the numbers it gives."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        for clause in _joins().split(sentence):
            clause = clause.strip(" ,")
            if clause:
                names = frozenset(m.group() for m in _NAME.finditer(clause))
                found.append((clause, names, figures(clause)))
    return tuple(found)


@cache
def _joins() -> re.Pattern[str]:
    words = sorted(lexicon.words(_JOINS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def roles_swapped(first: str, second: str) -> bool:
    """Tell whether two quotes give two people named in both each other's part: each name
    shares more words, in the other quote, with the other name's clause than with its own."""
    a, b = _parts(first), _parts(second)
    shared = sorted(a.keys() & b.keys())
    for x in shared:
        for y in shared:
            if a[x] == a[y] or b[x] == b[y]:
                continue  # one clause names both: no part told apart
            if len(a[x] & b[y]) > len(a[x] & b[x]) and len(a[y] & b[x]) > len(a[y] & b[y]):
                return True
    return False


@lru_cache(maxsize=8192)
def _parts(text: str) -> dict[str, frozenset[str]]:
    """Each name a quote gives in one clause only, with the stems of that clause's words; a
    capitalised word opening a sentence is no name."""
    found: dict[str, frozenset[str]] = {}
    repeated: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        opening = sentence.strip().split(" ", 1)[0]
        for clause in _joins().split(sentence):
            for part in _COMMA.split(clause):
                words = frozenset(content_stem(w) for w in _PART_WORD.findall(part))
                for name in {m.group() for m in _PERSON.finditer(part)} - {opening}:
                    if name in found:
                        repeated.add(name)
                    found[name] = words
    return {name: words for name, words in found.items() if name not in repeated}
