"""Curated word lists for entities: titles, gazetteers, abbreviations and word clusters."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

# The data files live in the package so that installs carry them.
DATA_DIR = Path(str(resources.files("kabar") / "data" / "entities"))


def _lines(name: str) -> list[str]:
    """Return the non-empty, non-comment lines of one data file."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def _word_set(name: str) -> frozenset[str]:
    """Return a data file's entries, lower-cased, as a set."""
    return frozenset(line.lower() for line in _lines(name))


@dataclass(frozen=True)
class Alias:
    """One known abbreviation or exonym and the canonical entity it stands for."""

    surface: str
    canonical: str
    type: str


@dataclass(frozen=True)
class Lexicon:
    """All curated lists, loaded once."""

    titles: frozenset[str]  # words that precede a name and are not part of it (lower case)
    org_heads: frozenset[str]  # words that start organisation names
    loc_cues: frozenset[str]  # words that start place names (Kabupaten, Jalan, ...)
    places: frozenset[str]  # countries, provinces, cities (lower case, may be multi-word)
    not_names: frozenset[str]  # weekdays, months and other capitalised non-names
    aliases: dict[str, Alias]  # surface form -> Alias (case-sensitive)
    gazetteer: dict[str, str]  # lower-cased multi-word name -> type, for features
    starts: dict[str, int]  # lower-cased first word of an alias or place -> most words
    # Resolution-only lists (not tagger features, so the shipped model's inputs stay as trained):
    name_titles: frozenset[str] = frozenset()  # titles plus offices.txt
    resolve_aliases: dict[str, Alias] = field(default_factory=dict)  # aliases plus extra
    resolve_starts: dict[str, int] = field(default_factory=dict)  # starts over resolve_aliases
    figures: dict[str, str] = field(default_factory=dict)  # name key of a short form -> full
    extra_not_names: frozenset[str] = frozenset()  # not_names_extra.txt: "Allah", "Tuhan"
    extra_org_heads: frozenset[str] = frozenset()  # org_heads_extra.txt: "Ditjen", "Disdik"
    extra_places: frozenset[str] = frozenset()  # places_extra.txt: "Abu Dhabi"


@cache
def lexicon() -> Lexicon:
    """Load the curated lists from ``kabar/data/entities`` (once per process)."""
    aliases: dict[str, Alias] = {}
    for line in _lines("aliases.tsv"):
        surface, canonical, kind = line.split("\t")
        aliases[surface] = Alias(surface, canonical, kind)
    places = _word_set("places.txt")
    gazetteer = {p: "LOC" for p in places}
    for alias in aliases.values():
        gazetteer.setdefault(alias.canonical.lower(), alias.type)
    starts = _starts([*aliases, *places])
    extra = dict(aliases)
    for line in _lines("aliases_extra.tsv"):
        surface, canonical, kind = line.split("\t")
        extra[surface] = Alias(surface, canonical, kind)
    for alias in list(extra.values()):  # the long forms themselves ("Badan Siber dan Sandi Negara")
        if " " in alias.canonical:
            extra.setdefault(alias.canonical, Alias(alias.canonical, alias.canonical, alias.type))
    titles = _word_set("titles.txt")
    return Lexicon(
        titles=titles,
        org_heads=_word_set("org_heads.txt"),
        loc_cues=_word_set("loc_cues.txt"),
        places=places,
        not_names=_word_set("not_names.txt"),
        aliases=aliases,
        gazetteer=gazetteer,
        starts=starts,
        name_titles=titles | _word_set("offices.txt"),
        resolve_aliases=extra,
        resolve_starts=_starts([*extra, *places]),
        figures=_figures(),
        extra_not_names=_word_set("not_names_extra.txt"),
        extra_org_heads=_word_set("org_heads_extra.txt"),
        extra_places=places | _word_set("places_extra.txt"),
    )


def _starts(names: list[str]) -> dict[str, int]:
    """Map the lower-cased first word of each name to the most words a name has after it."""
    starts: dict[str, int] = {}
    for name in names:
        parts = name.lower().split()
        starts[parts[0]] = max(starts.get(parts[0], 0), len(parts))
    return starts


def _figures() -> dict[str, str]:
    """Read figures.tsv: each short form's (and full name's) key -> the full canonical name."""
    table: dict[str, str] = {}
    for line in _lines("figures.tsv"):
        full, *short = line.split("\t")
        for form in [full, *short]:
            key = "".join(ch for ch in form.casefold() if ch.isalnum())
            table.setdefault(key, full)
    return table


@cache
def _cluster_file() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Read the cluster table: word -> cluster ids, and word -> case class."""
    path = DATA_DIR / "clusters.tsv.gz"
    table: dict[str, tuple[str, ...]] = {}
    cases: dict[str, str] = {}
    if not path.exists():
        return table, cases
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            word, case, *ids = line.rstrip("\n").split("\t")
            table[word] = tuple(ids)
            cases[word] = case
    return table, cases


def clusters() -> dict[str, tuple[str, ...]]:
    """Return word clusters (word -> ids at several granularities), learned without labels."""
    return _cluster_file()[0]


def case_classes() -> dict[str, str]:
    """Return how each word is usually written: "l" lower case, "u" capitalised, "m" mixed."""
    return _cluster_file()[1]
