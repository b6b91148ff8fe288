"""Where outlets disagree: two outlets giving one quantity about one thing different values.

Figures (``figures``) of one story are compared only when they count the same quantity in the
same unit. Two figures disagree when different outlets give them at comparable times (the same
publication day; a day apart only when no timeline explains the change: neither states an
update, "bertambah menjadi 9 orang", the quantity is no current state that rises and falls, such
as evacuees, and a tally that only grows, such as the dead, is not higher the later day; never at
two times of day, "pukul 08.00" and "pukul 18.00"), their values differ beyond what an
approximation ("sekitar", "sedikitnya") or a rounding ("41 ribu" beside "41.250") allows but
within a factor of two or by swapped digits (further apart, they are more often two quantities
than one misreported), two percentages do not make a whole between them (a winner's and a
loser's share), and they are about one thing (``figure_subjects``): their parts of their
sentences name no different people, places, periods, earlier times or goods (names of who
reports a figure and names too common to tell things apart aside), their subjects (the
sentence's specific names with its article's) share a name, they are of one mode (a target is
not the result) and one purpose ("untuk pencarian"), and, for a sentence, a demand or a fine, of
one person. Where an article gives one quantity several values (a total and a district's
share, two candidates' votes, this month's rate and last month's), a figure is compared only
with its counterpart: neither article gives the other's value too (then they agree on it), and
each is, of its article's values, the one whose surrounding words are most like the other's.
An article that gives one quantity two values, one of them stating an update ("bertambah dari
5 menjadi 8", "korban meninggal menjadi tiga orang"), is left out of that quantity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from kabar import lexicon
from kabar.models import Article, Disagreement
from kabar.models import FigureVersion as Version
from kabar.stories import figure_subjects as subjects
from kabar.stories.figures import NAMED_ONLY, PERSONAL, Figure, article_figures
from kabar.stories.numbers import parse_digits
from kabar.text import stop_words

__all__ = ["Figure", "article_figures", "disagreeing_pairs", "find_disagreements", "format_value"]

_ESTIMATE_MARGIN = 0.1
# Units of amounts that are of some goods (a price, a rate, a harvest): only these compare the
# goods their sentences name; a count of people treated "di rumah sakit" is of no goods.
_GOODS_UNITS = frozenset({"Rp", "US$", "persen", "kg", "ton", "liter", "hektare"})
# Values further apart than this factor are more often two quantities (a part and a whole, two
# cases, a rate and a cut of it) than one quantity two outlets disagree on.
_MAX_RATIO = 2.0
# Whole numbers from this size up written with the same digits are one count misreported.
_MIN_SWAPPED = 10
_WHOLE, _WHOLE_MARGIN = 100.0, 0.5
_HOUR = 3600.0
# Days apart (of publication) beyond which two values are updates, not a disagreement.
_MAX_DAYS_APART = 1
_UPDATES = "figure_update_words.txt"
_TALLIES = "figure_tallies.tsv"
_WORD = re.compile(r"[^\W\d_]+")
# What an article gives one value of: a quantity, its unit and the people its sentence names.
_Key = tuple[str, str, frozenset[str]]
# Where the words before a figure that tell which of an article's values it is start (a clause
# edge), how many of them at most, and how many words after its number tell it too.
_CLAUSE_START = re.compile(r"[,;]")
_BEFORE, _AFTER = 8, 3
# A count a tally has become ("korban meninggal menjadi tiga orang"): the end of a timeline.
_BECAME = re.compile(r"\bmenjadi\s+(?:sekitar\s+)?$", re.IGNORECASE)


def find_disagreements(articles: Sequence[Article]) -> tuple[Disagreement, ...]:
    """Return the quantities that different outlets of one story give different values.

    Each disagreement holds the versions linked by differing pairs: one defendant's sentence
    and another's are two disagreements, never one.
    """
    versions: dict[tuple[str, str], list[tuple[Article, Figure]]] = {}
    if len({a.outlet for a in articles if a.outlet and not a.duplicate_of}) < 2:
        return ()  # one outlet never disagrees with itself
    for article in articles:
        if article.duplicate_of or not article.outlet:
            continue
        for figure in _without_updates(article_figures(article)):
            versions.setdefault((figure.quantity, figure.unit), []).append((article, figure))
    found = []
    for (quantity, unit), given in sorted(versions.items()):
        for group in _differing(given, unit):
            found.append(
                Disagreement(
                    unit,
                    tuple(
                        Version(
                            a.id, a.outlet, format_value(f.value, unit), f.sentence, a.published
                        )
                        for a, f in (given[i] for i in group)
                    ),
                    quantity,
                )
            )
    return tuple(found)


def disagreeing_pairs(disagreement: Disagreement) -> list[tuple[Version, Version]]:
    """Return the pairs of versions of a disagreement that differ (different outlets)."""
    versions = disagreement.versions
    return [
        (a, b)
        for i, a in enumerate(versions)
        for b in versions[i + 1 :]
        if a.outlet != b.outlet
        and a.value != b.value
        and _comparable_days(
            (a.published, b.published),
            (a.context, b.context),
            disagreement.quantity,
            (parse_digits(a.value), parse_digits(b.value)),
        )
    ]


def _without_updates(figures: list[Figure]) -> list[Figure]:
    """Drop the quantities an article gives several values as a timeline: two in a sentence
    stating an update ("bertambah dari 5 menjadi 8"), or one a tally became ("korban meninggal
    menjadi tiga orang") beside another."""
    values: dict[_Key, set[float]] = {}
    in_sentence: dict[tuple[_Key, str], set[float]] = {}
    updated: set[_Key] = set()
    for figure in figures:
        key = (figure.quantity, figure.unit, figure.sentence_people)
        values.setdefault(key, set()).add(figure.value)
        in_sentence.setdefault((key, figure.sentence), set()).add(figure.value)
        if _BECAME.search(figure.part[: figure.at]):
            updated.add(key)
    for (key, sentence), found in in_sentence.items():
        if len(found) > 1 and lexicon.words(_UPDATES) & set(_WORD.findall(sentence.lower())):
            updated.add(key)
    return [
        f
        for f in figures
        if (key := (f.quantity, f.unit, f.sentence_people)) not in updated or len(values[key]) == 1
    ]


def _counterparts(given: list[tuple[Article, Figure]], i: int, j: int) -> bool:
    """Tell whether two figures of one quantity, of two articles, are each other's counterpart:
    neither article also gives the other's value about the same thing (then the two agree on
    it), and where an article gives several values, the parts of their sentences share a
    specific name when both name one, and each is the one whose surrounding words are most like
    the other's ("Ujang meraih 2.314 suara" beside "Ujang unggul dengan 2.341 suara", not beside
    the runner-up's "Dadang memperoleh 1.987 suara")."""
    (_, one), (_, other) = given[i], given[j]
    shared = subjects.uncommon(_names(one) & _names(other) & (one.own_names | other.own_names))
    several = _several(given, i) or _several(given, j)
    if several and one.own_names and other.own_names and not shared:
        return False  # "PPP memiliki 8 kursi di DPRD Jateng", "PDIP punya 16 kursi"
    for mine, theirs in ((i, j), (j, i)):
        if _listed(given, mine) and not _within(given[theirs][1], given[mine][1]):
            return False  # "PPP 8 kursi, sedangkan Golkar 10 kursi" beside "Golkar 17 di Jabar"
    first, second = _rivals(given, i, j), _rivals(given, j, i)
    if any(_consistent(given[k][1], other) for k in first) or any(
        _consistent(given[k][1], one) for k in second
    ):
        return False
    return _most_alike(given, j, i, first) and _most_alike(given, i, j, second)


def _listed(given: list[tuple[Article, Figure]], own: int) -> bool:
    """Tell whether ``own``'s sentence gives its quantity several values (a list, a breakdown)."""
    article, figure = given[own]
    return any(
        a.id == article.id and f.sentence == figure.sentence and f.value != figure.value
        for a, f in given
    )


def _within(other: Figure, listed: Figure) -> bool:
    """Tell whether what a figure names is all among what a listed figure is about (its
    subject, its part's names): one of a list is set only beside a figure naming nothing
    else (a party's seats in another province's council are another quantity)."""
    about = listed.subject | {n.lower() for n in listed.names}
    return {n.lower() for n in subjects.uncommon(other.own_names)} <= about


def _several(given: list[tuple[Article, Figure]], own: int) -> bool:
    """Tell whether ``own``'s article gives its quantity several values."""
    article = given[own][0].id
    return len({f.value for a, f in given if a.id == article}) > 1


def _rivals(given: list[tuple[Article, Figure]], own: int, target: int) -> list[int]:
    """Return the figures of ``own``'s article that could be about what ``target`` is (itself
    among them): a runner-up's time or another defendant's fine is no rival, nor agrees."""
    article, figure = given[own][0].id, given[target][1]
    return [
        k
        for k, (a, f) in enumerate(given)
        if a.id == article and (k == own or _about_one_thing(f.unit, f, figure))
    ]


def _most_alike(
    given: list[tuple[Article, Figure]], target: int, candidate: int, candidates: list[int]
) -> bool:
    """Tell whether, of one article's values (``candidates``), ``candidate`` is the one whose
    surrounding words are most like ``target``'s, more than any of another value, and the
    names around the two are one's among the other's."""
    value = given[candidate][1].value
    others = [k for k in candidates if given[k][1].value != value]
    if not others:
        return True
    words = _surroundings(given[target][1])
    best = _alike(words, _surroundings(given[candidate][1]))
    names = _clause_names(given[target][1]), _clause_names(given[candidate][1])
    if all(names) and not (names[0] <= names[1] or names[1] <= names[0]):
        return False  # "Golkar memiliki 10 kursi" is not "Demokrat 9 kursi"
    return all(_alike(words, _surroundings(given[k][1])) < best for k in others)


def _surroundings(figure: Figure) -> frozenset[str]:
    """Return the content words of a figure's clause before its number (from the last clause
    edge: who or what it is of, "Ujang meraih 2.314 suara") and of the few right after it."""
    before = _WORD.findall(_CLAUSE_START.split(figure.part[: figure.at])[-1])[-_BEFORE:]
    after = _WORD.findall(figure.part[figure.at :])[:_AFTER]
    stop = stop_words("id")
    return frozenset(w for w in before + after if w.lower() not in stop)


def _clause_names(figure: Figure) -> frozenset[str]:
    """Return the specific names around a figure's number: what, of an article's several
    values, this one is of ("Ujang meraih 2.314 suara")."""
    return subjects.uncommon(figure.names & _surroundings(figure))


def _alike(first: frozenset[str], second: frozenset[str]) -> int:
    """Return how alike two figures' surroundings are: the words they share, a name (which
    tells one candidate or place from another) counting twice."""
    return sum(2 if w[0].isupper() else 1 for w in first & second)


def _differing(given: list[tuple[Article, Figure]], unit: str) -> list[list[int]]:
    """Return groups of versions (positions in ``given``) joined by differing pairs: different
    outlets, comparable days, no different people, places or periods named, values that cannot
    both be right."""
    parent = list(range(len(given)))

    def find(item: int) -> int:
        while parent[item] != item:
            item = parent[item]
        return item

    involved: set[int] = set()
    for i, (article, figure) in enumerate(given):
        for j in range(i + 1, len(given)):
            other, other_figure = given[j]
            if (
                article.outlet != other.outlet
                and _comparable_days(
                    (article.published, other.published),
                    (figure.sentence, other_figure.sentence),
                    figure.quantity,
                    (figure.value, other_figure.value),
                )
                and _about_one_thing(unit, figure, other_figure)
                and not _consistent(figure, other_figure)
                and not _complementary(unit, figure.value, other_figure.value)
                and _near(figure.value, other_figure.value)
                and _counterparts(given, i, j)
            ):
                involved.update((i, j))
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for item in sorted(involved):
        groups.setdefault(find(item), []).append(item)
    return list(groups.values())


def _about_one_thing(unit: str, a: Figure, b: Figure) -> bool:
    """Tell whether two figures of one quantity are about one thing: no different people,
    places, periods or goods named, a shared subject, one mode, one person's."""
    return (
        _same_people(a.people, b.people)
        and _same_people(a.periods, b.periods)
        and _same_people(a.clocks, b.clocks)
        and a.earlier == b.earlier
        and (a.purpose is None or b.purpose is None or a.purpose == b.purpose)
        and (not a.own_names or not b.own_names or bool(_names(a) & _names(b)))
        and subjects.same_subject(a.subject, b.subject)
        and (unit not in _GOODS_UNITS or subjects.same_things(a.things, b.things))
        and a.modes == b.modes
        and _same_person(a.quantity, a.person, b.person)
    )


def _names(figure: Figure) -> frozenset[str]:
    """Return the names of a figure's part of its sentence, and for a person's quantity the
    words of whose it is ("memvonisnya 20 tahun dan denda Rp1 miliar": the one just named)."""
    if figure.quantity not in PERSONAL or figure.person is None:
        return figure.names
    return figure.names | frozenset(figure.person.split())


def _same_person(quantity: str, first: str | None, second: str | None) -> bool:
    """Tell whether two figures of a person's quantity (a sentence, a demand, a fine) can be of
    one person: the first people their sentences name are one, or either names none. A time
    (a runner's, a rider's lap) is compared only between figures of one person named: laps,
    sessions and extra time of a match are many."""
    if quantity in NAMED_ONLY:
        return first is not None and second is not None and first == second
    if quantity not in PERSONAL or first is None or second is None:
        return True
    return first == second or bool(set(first.split()) & set(second.split()))


def _same_people(first: frozenset[str], second: frozenset[str]) -> bool:
    """Tell whether two figures can be about the same people, places or periods (none named,
    or one shared)."""
    return not first or not second or bool(first & second)


def _consistent(a: Figure, b: Figure) -> bool:
    """Tell whether two values of one quantity can both be right (equal, or within bounds)."""
    if abs(a.value - b.value) <= max(
        1e-9 * max(abs(a.value), abs(b.value), 1.0), a.margin, b.margin
    ):
        return True  # equal, or one rounds the other ("41 ribu" and "41.250")
    for one, other in ((a, b), (b, a)):
        if one.bound == "at_least" and other.value >= one.value:
            return True
        if one.bound == "at_most" and other.value <= one.value:
            return True
        if one.bound == "about" and abs(other.value - one.value) <= _ESTIMATE_MARGIN * one.value:
            return True
    return False


def _complementary(unit: str, first: float, second: float) -> bool:
    """Tell whether two percentages make a whole between them (55 and 45 persen: a winner's and
    a loser's share, one side's possession and the other's), so two shares, not one."""
    return unit == "persen" and abs(first + second - _WHOLE) <= _WHOLE_MARGIN


def _near(first: float, second: float) -> bool:
    """Tell whether two values are within a factor of each other, or one's digits swapped in
    the other (25 and 52 kilogram: a misreport, not two quantities)."""
    low, high = sorted((abs(first), abs(second)))
    return low > 0 and (high <= _MAX_RATIO * low or _swapped(low, high))


def _swapped(first: float, second: float) -> bool:
    """Tell whether two whole numbers of two digits or more are written with the same digits."""
    if first != int(first) or second != int(second) or min(first, second) < _MIN_SWAPPED:
        return False
    return sorted(str(int(first))) == sorted(str(int(second)))


def _comparable_days(
    dates: tuple[str | None, str | None],
    sentences: tuple[str, str],
    quantity: str,
    values: tuple[float | None, float | None],
) -> bool:
    """Tell whether two figures' publication dates are close enough to compare them: the same
    day (or a date unknown), or a day apart when no timeline of updates explains the change.
    One explains it when either sentence states an update ("bertambah menjadi 9 orang"), when
    the quantity is a current state that rises and falls (evacuees, the missing), and when a
    tally that only grows (the dead, the injured) is higher the later day; a lower toll the
    next day is a disagreement."""
    try:
        first, second = (date.fromisoformat(d[:10]) if d else None for d in dates)
    except ValueError:
        return True
    if first is None or second is None or first == second:
        return True
    if abs((first - second).days) > _MAX_DAYS_APART:
        return False
    if any(lexicon.words(_UPDATES) & set(_WORD.findall(s.lower())) for s in sentences):
        return False
    kind = _tallies().get(quantity)
    earlier, later = values if first < second else values[::-1]
    if kind == "current":
        return False
    return kind != "growing" or (earlier is not None and later is not None and later < earlier)


@cache
def _tallies() -> dict[str, str]:
    return {quantity: kind for quantity, kind in lexicon.table(_TALLIES)}


def format_value(value: float, unit: str = "") -> str:
    """Return a value the Indonesian way: dots group thousands, a comma before decimals; an
    elapsed time of an hour or more as a race clock ("2:12:40")."""
    if unit == "detik" and value >= _HOUR and value == int(value):
        hours, rest = divmod(int(value), int(_HOUR))
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    whole, _, fraction = f"{value:.2f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + fraction
