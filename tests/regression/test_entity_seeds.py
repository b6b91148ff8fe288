"""Entities on the five real seed articles (../shared/seeds): names, aliases, offsets, merging.

The ``seeds`` fixture reads the seeds through ``seeds_dir``, so every test here fails, never
passes, when ../shared/seeds is missing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from entities.helpers import WEEKDAYS_AND_MONTHS, by_name, holders

from kabar.clean import clean
from kabar.entities import find_entities, merge_entities
from kabar.ingest import read_file
from kabar.models import Entity
from kabar.text import name_key

# The seed articles: every test below reads them all.
SEED_COUNT = 5

EXPECTED_PEOPLE = {
    "Kim Jong Un": ("000", "001", "002", "003", "004"),
    "Vladimir Putin": ("000", "001", "002", "003", "004"),
    "Kim Yo Jong": ("000",),
    "Kim Myong Sik": ("000",),
    "Adrienne Watson": ("001",),
    "Dmitry Peskov": ("003",),
    "Matthew Miller": ("003",),
}


@cache
def _analysed(folder: Path) -> dict[str, tuple[str, tuple[Entity, ...]]]:
    """Return each seed's cleaned body and entities, by file name (once per process)."""
    bodies = {p.name: clean(read_file(p)[0]).body for p in sorted(folder.glob("*.txt"))}
    return {name: (body, find_entities(body)) for name, body in bodies.items()}


@pytest.fixture
def seeds(seeds_dir: Path) -> dict[str, tuple[str, tuple[Entity, ...]]]:
    """Return each seed's body and entities; fail when the seeds are missing."""
    analysed = _analysed(seeds_dir)
    assert len(analysed) == SEED_COUNT, sorted(analysed)
    return analysed


@pytest.mark.parametrize("person", sorted(EXPECTED_PEOPLE))
def test_seed_people_found_under_one_name(seeds, person: str) -> None:
    """Every expected person is one PERSON entity in each seed that names them."""
    last_word = person.split()[-1]
    for name, (_, entities) in seeds.items():
        if not name.startswith(EXPECTED_PEOPLE[person]):
            continue
        full = holders(entities, person)
        # articles that never spell the full name still hold one entity for the surname
        found = full or holders(entities, last_word if last_word != "Un" else "Kim")
        assert len(found) == 1, (name, person, [(e.name, e.aliases) for e in entities])
        if full:
            assert name_key(found[0].name) == name_key(person)


def test_seed_kim_variants_are_one_person(seeds) -> None:
    """Spaced, hyphenated, glued, typo and bare forms of Kim Jong Un join one entity."""
    _, entities = seeds["003_5cf35b922198673e.txt"]
    kim = holders(entities, "Kim Jong-un")
    assert len(kim) == 1
    assert {"Kim Jong-un", "Kim Jong-n", "Kim"} <= set(kim[0].aliases)
    assert not [e for e in entities if e.name == "Kim Jong-n"]
    _, first = seeds["000_f257479377a8c4ee.txt"]
    kim0 = by_name(first, "Kim Jong Un")
    assert "Kim" in kim0.aliases and kim0.count >= 6


def test_seed_bare_kim_goes_to_the_leader(seeds) -> None:
    """Bare "Kim" after Kim Yo Jong and Kim Myong Sik still means Kim Jong Un (salience)."""
    body, entities = seeds["000_f257479377a8c4ee.txt"]
    leader = by_name(entities, "Kim Jong Un")
    sister = by_name(entities, "Kim Yo Jong")
    admiral = by_name(entities, "Kim Myong Sik")
    assert sister.count == 1 and admiral.count == 1
    handshake = body.index("Kim dan Presiden Putin berjabat")
    assert any(m.start == handshake and m.text == "Kim" for m in leader.mentions)


def test_seed_titles_are_not_names(seeds) -> None:
    """ "Presiden Putin" is Putin; "Laksamana Kim Myong Sik" is Kim Myong Sik."""
    for _, entities in seeds.values():
        for e in entities:
            if e.type == "PERSON":
                for alias in e.aliases:
                    assert alias.split()[0].lower() not in {"presiden", "laksamana", "juru"}, e
    _, entities = seeds["000_f257479377a8c4ee.txt"]
    assert by_name(entities, "Vladimir Putin").count >= 6


def test_seed_pak_as_surname(seeds) -> None:
    """ "Pak Thae Song, ketua komite ..." keeps Pak: the apposition supports a full name."""
    _, entities = seeds["000_f257479377a8c4ee.txt"]
    assert by_name(entities, "Pak Thae Song").type == "PERSON"


def test_seed_no_bogus_people(seeds) -> None:
    """No person named with a typo, from boilerplate (Prabowo) or after a weekday or month."""
    assert len(seeds) == SEED_COUNT
    for name, (_, entities) in seeds.items():
        # the people every seed names are there: the check below is not vacuous
        assert {"Kim Jong Un", "Vladimir Putin"} <= {e.name for e in entities}, name
        for e in entities:
            if e.type != "PERSON":
                continue
            assert e.name != "Kim Jong-n", name
            assert "Prabowo" not in e.name, name
            assert not set(e.name.lower().split()) & WEEKDAYS_AND_MONTHS, (name, e.name)


def test_seed_north_korea_aliases(seeds) -> None:
    """Korea Utara, Korut, DPRK and the official long name are one place."""
    _, entities = seeds["004_584f42e7cb252a71.txt"]
    korea = holders(entities, "Korut", "LOC")
    assert len(korea) == 1 and korea[0].name == "Korea Utara"
    assert "Korea Utara" in korea[0].aliases
    _, entities = seeds["001_306443942499aacb.txt"]
    korea = holders(entities, "DPRK", "LOC")
    assert len(korea) == 1
    assert {"Korea Utara", "Republik Rakyat Demokratik Korea"} <= set(korea[0].aliases)


def test_seed_defined_acronym(seeds) -> None:
    """NADA, defined in brackets after its long form, is an alias of that organisation."""
    _, entities = seeds["003_5cf35b922198673e.txt"]
    nada = by_name(entities, "Badan Pengembangan Dirgantara Nasional")
    assert nada.type == "ORG" and "NADA" in nada.aliases


def test_seed_mentions_index_the_body(seeds) -> None:
    """Every mention's offsets cut its text out of the body, and counts match mentions."""
    for body, entities in seeds.values():
        for e in entities:
            assert e.count == len(e.mentions)
            for m in e.mentions:
                assert body[m.start : m.end] == m.text
                assert m.type == e.type


def test_seed_story_merge(seeds) -> None:
    """Across the five seeds Kim Jong Un and Putin are one entity each, counts summed."""
    lists = [entities for _, entities in seeds.values()]
    merged = merge_entities(lists)
    kims = [e for e in merged if e.type == "PERSON" and "Kim Jong-un" in e.aliases]
    assert len(kims) == 1 and kims[0].name == "Kim Jong Un"
    total = sum(
        e.count
        for es in lists
        for e in es
        if e.type == "PERSON" and "Kim" in e.aliases and name_key(e.name).startswith("kimjong")
    )
    assert kims[0].count == total
    putins = [e for e in merged if e.type == "PERSON" and "Putin" in e.aliases]
    assert len(putins) == 1 and putins[0].name == "Vladimir Putin"


def test_seeds_spell_kim_and_putin_the_same(seeds) -> None:
    """Every seed names Kim Jong Un and Vladimir Putin with one spelling, hyphen or not."""
    for name, (_, entities) in seeds.items():
        names = {e.name for e in entities if e.type == "PERSON"}
        assert {"Kim Jong Un", "Vladimir Putin"} <= names, (name, names)
