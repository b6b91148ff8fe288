"""The entity stage's typed view of the word lists, and its model files.

The curated lists (titles, organisation heads, place cues, places, abbreviations, figures) are
read through ``kabar.lexicon`` from ``kabar/data/words``; the tagger's model files (the CRF, the
word clusters, the gazetteer and the trigger words) stay in ``kabar/data/entities``. The lists
the tagger's features read (titles, org_heads, loc_cues, places, not_names, aliases) keep the
content the shipped model was trained with.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kabar.lexicon import lowered, lowered_for_use, table

# The model files live in the package so that installs carry them.
MODEL_DIR = Path(str(resources.files("kabar") / "data" / "entities"))


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
    name_titles: frozenset[str] = frozenset()  # titles plus offices.txt, personal_titles.txt
    resolve_aliases: dict[str, Alias] = field(default_factory=dict)  # aliases plus extra
    resolve_starts: dict[str, int] = field(default_factory=dict)  # starts over resolve_aliases
    figures: dict[str, str] = field(default_factory=dict)  # name key of a short form -> full
    extra_not_names: frozenset[str] = frozenset()  # not_names_extra.txt: "Allah", "Tuhan"
    extra_org_heads: frozenset[str] = frozenset()  # org_heads_extra.txt: "Ditjen", "Disdik"
    extra_places: frozenset[str] = frozenset()  # places_extra.txt: "Abu Dhabi"


@cache
def lexicon() -> Lexicon:
    """Load the curated lists from ``kabar/data/words`` (once per process)."""
    aliases: dict[str, Alias] = {}
    for surface, canonical, kind in table("aliases.tsv"):
        aliases[surface] = Alias(surface, canonical, kind)
    places = lowered_for_use("places.tsv", "entities")
    gazetteer = {p: "LOC" for p in places}
    for alias in aliases.values():
        gazetteer.setdefault(alias.canonical.lower(), alias.type)
    starts = _starts([*aliases, *places])
    extra = dict(aliases)
    for surface, canonical, kind in table("aliases_extra.tsv"):
        extra[surface] = Alias(surface, canonical, kind)
    for alias in list(extra.values()):  # the long forms themselves ("Badan Siber dan Sandi Negara")
        if " " in alias.canonical:
            extra.setdefault(alias.canonical, Alias(alias.canonical, alias.canonical, alias.type))
    titles = lowered_for_use("titles.tsv", "entities")
    return Lexicon(
        titles=titles,
        org_heads=lowered_for_use("org_heads.tsv", "entities"),
        loc_cues=lowered_for_use("place_heads.tsv", "entities"),
        places=places,
        not_names=lowered("not_names.txt"),
        aliases=aliases,
        gazetteer=gazetteer,
        starts=starts,
        name_titles=titles | lowered("offices.txt") | lowered("personal_titles.txt"),
        resolve_aliases=extra,
        resolve_starts=_starts([*extra, *places]),
        figures=_figures(),
        extra_not_names=lowered("not_names_extra.txt"),
        extra_org_heads=lowered("org_heads_extra.txt"),
        extra_places=places | lowered("places_extra.txt"),
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
    full_names: dict[str, str] = {}
    for full, *short in table("figures.tsv"):
        for form in [full, *short]:
            key = "".join(ch for ch in form.casefold() if ch.isalnum())
            full_names.setdefault(key, full)
    return full_names


@cache
def _cluster_file() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """Read the cluster table: word -> cluster ids, and word -> case class."""
    path = MODEL_DIR / "clusters.tsv.gz"
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


@cache
def speech_verbs() -> frozenset[str]:
    """Speech verbs that make the name right after them a person ("kata Sukarti"), lower case."""
    return lowered_for_use("speech_verbs.tsv", "name_cues")
