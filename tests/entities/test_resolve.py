"""Entities, the resolution passes end to end: mentions, offsets, canonical names, figures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from entities.helpers import (
    entity_of,
    persons,
)
from kabar.entities import find_entities
from kabar.entities.names import canonical_name
from kabar.models import Mention

WORDS = [
    "Kim",
    "Jong-un",
    "Presiden",
    "Putin",
    "Korut",
    "(",
    ")",
    "NADA",
    "Badan",
    "Pak",
    "kata",
    "di",
    "Jakarta",
    ",",
    ".",
    "\n\n",
    "Rabu",
    "AS",
    "KimJongUn",
    "Sinta",
]


def test_empty_body() -> None:
    """An empty body has no entities."""
    assert find_entities("") == ()
    assert find_entities("   \n\n ") == ()


def test_mention_type_is_entity_type() -> None:
    """Mention values carry exact text and offsets."""
    body = "Presiden Ratna Anggraini membuka pameran di Surabaya."
    entities = find_entities(body)
    person = entity_of(entities, "Ratna Anggraini")
    assert person.mentions == (Mention("Ratna Anggraini", 9, 24, "PERSON"),)
    assert entity_of(entities, "Surabaya").type == "LOC"


def test_glued_name_alone_is_spaced_in_canonical() -> None:
    """A name seen only glued ("LinaMarlina") is named with spaces."""
    assert canonical_name(["LinaMarlina"]) == "Lina Marlina"
    assert canonical_name(["KPK"]) == "KPK"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_mentions_always_index_the_body(words: list[str]) -> None:
    """Whatever the text, mentions cut their own text out of the body and counts add up."""
    body = " ".join(words)
    for e in find_entities(body):
        assert e.count == len(e.mentions) > 0
        assert e.name in e.aliases
        for m in e.mentions:
            assert body[m.start : m.end] == m.text and m.text in e.aliases


def test_same_name_takes_the_majority_type() -> None:
    """A name tagged as a place twice and as a person once is one place."""
    body = (
        "Rombongan tiba di Kosmodrom Vostochny pada pagi hari. Kosmodrom Vostochny adalah "
        "pelabuhan antariksa terbaru. Mereka berkeliling Kosmodrom Vostochny selama tiga jam."
    )
    entities = find_entities(body)
    found = [e for e in entities if "Vostochny" in e.name]
    assert len(found) == 1 and found[0].count == 3


def test_public_figures_get_their_full_name() -> None:
    """An article that says only "Putin", "Jokowi" or "Kim Jong-un" gets the full names."""
    body = (
        "Presiden Putin menerima kunjungan Kim Jong-un di Vladivostok. Di Jakarta, Presiden "
        "Jokowi meminta para menteri memantau dampak pertemuan itu terhadap kawasan."
    )
    found = persons(body)
    assert {"Vladimir Putin", "Kim Jong Un", "Joko Widodo"} <= set(found), list(found)
    assert "Kim Jong-un" in found["Kim Jong Un"].aliases


def test_public_figure_list_never_overrides_the_text() -> None:
    """A bare surname that another person in the article bears stays with that person."""
    body = (
        'Warga Sukamaju, Diana Putin, melaporkan kehilangan sepeda motor. "Saya parkir di depan '
        'rumah," kata Putin kepada polisi.'
    )
    found = persons(body)
    assert "Diana Putin" in found and "Vladimir Putin" not in found, list(found)
    assert found["Diana Putin"].count == 2
