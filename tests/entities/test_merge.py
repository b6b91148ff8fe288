"""Entities, merging the entity lists of one story's articles."""

from __future__ import annotations

from entities.helpers import (
    ent,
    entity_of,
)
from kabar.entities import merge_entities
from kabar.models import Entity


def test_merge_by_key_and_by_alias() -> None:
    """Same key or name-as-alias merges; counts add; aliases unite; types stay apart."""
    a = [
        ent("Kim Jong-un", "PERSON", ("Kim", "Kim Jong-un"), 4),
        ent("Korut", "LOC", ("Korut",), 1),
    ]
    b = [
        ent("Kim Jong Un", "PERSON", ("Kim Jong Un", "KimJongUn"), 3),
        ent("Korea Utara", "LOC", ("Korea Utara", "Korut"), 5),
    ]
    c = [
        ent("Putin", "PERSON", ("Putin",), 2),
        ent("Vladimir Putin", "PERSON", ("Putin", "Vladimir Putin"), 6),
        ent("Putin", "ORG", ("Putin",), 1),
    ]
    merged = merge_entities([a, b, c])
    kim = entity_of(merged, "KimJongUn")
    assert kim.name == "Kim Jong Un" and kim.count == 7
    assert {"Kim", "Kim Jong-un", "Kim Jong Un"} <= set(kim.aliases)
    korea = entity_of(merged, "Korea Utara")
    assert korea.count == 6 and korea.name == "Korea Utara"
    putin = [e for e in merged if e.type == "PERSON" and "Putin" in e.aliases]
    assert len(putin) == 1 and putin[0].name == "Vladimir Putin" and putin[0].count == 8
    assert [e for e in merged if e.type == "ORG"] == [ent("Putin", "ORG", ("Putin",), 1)]


def test_merge_nothing() -> None:
    """Merging no lists gives no entities."""
    assert merge_entities([]) == ()
    assert merge_entities([[], []]) == ()


def test_merge_bare_surname_does_not_chain_two_people() -> None:
    """ "Kim" held by two people joins the more mentioned one; the two stay apart."""
    merged = merge_entities(
        [
            [ent("Kim Jong Un", "PERSON", ("Kim", "Kim Jong Un"), 9)],
            [ent("Kim", "PERSON", ("Kim",), 2)],
            [ent("Kim Yo Jong", "PERSON", ("Kim", "Kim Yo Jong"), 3)],
        ]
    )
    people = {e.name: e for e in merged}
    assert set(people) == {"Kim Jong Un", "Kim Yo Jong"}
    assert people["Kim Jong Un"].count == 11 and people["Kim Yo Jong"].count == 3


def test_merge_company_with_and_without_legal_form() -> None:
    """Across articles, "PT Sinar Laut Abadi" and "Sinar Laut Abadi" merge under the PT form."""
    a = Entity("PT Sinar Laut Abadi", "ORG", ("PT Sinar Laut Abadi",), 2)
    b = Entity("Sinar Laut Abadi", "ORG", ("Sinar Laut Abadi",), 3)
    c = Entity("BEKASI", "LOC", ("BEKASI",), 1)
    d = Entity("Bekasi", "LOC", ("Bekasi",), 1)
    merged = {e.name: e for e in merge_entities([[a, c], [b, d]])}
    assert set(merged) == {"PT Sinar Laut Abadi", "Bekasi"}, list(merged)
    assert merged["PT Sinar Laut Abadi"].count == 5


def test_merge_shorter_full_name_joins_the_one_longer_name() -> None:
    """ "Wisnu Aji" of one article joins "Wisnu Aji Pratama" of another, unless ambiguous."""
    a = Entity("Wisnu Aji Pratama", "PERSON", ("Wisnu", "Wisnu Aji Pratama"), 3)
    b = Entity("Wisnu Aji", "PERSON", ("Wisnu Aji",), 1)
    merged = {e.name: e for e in merge_entities([[a], [b]])}
    assert set(merged) == {"Wisnu Aji Pratama"} and merged["Wisnu Aji Pratama"].count == 4
    c = Entity("Wisnu Aji Santoso", "PERSON", ("Wisnu Aji Santoso",), 2)
    merged = {e.name for e in merge_entities([[a], [b], [c]])}
    assert merged == {"Wisnu Aji Pratama", "Wisnu Aji", "Wisnu Aji Santoso"}


def test_story_merge_joins_a_short_form_in_order() -> None:
    from kabar.entities import merge_entities

    one = Entity(
        "Rosalin Maria Tumbelaka-Rumengan", "PERSON", ("Rosalin Maria Tumbelaka-Rumengan",), 2
    )
    two = Entity("Rosalin Tumbelaka", "PERSON", ("Rosalin Tumbelaka",), 1)
    merged = merge_entities([[one], [two]])
    assert [(e.name, e.count) for e in merged] == [("Rosalin Maria Tumbelaka-Rumengan", 3)]
