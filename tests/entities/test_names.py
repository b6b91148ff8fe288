"""Entities, name strings: canonical spelling and degree shapes."""

from __future__ import annotations

from kabar.entities.names import canonical_name, dotted_degree


def test_canonical_name_rule() -> None:
    """Fullest form, unglued, fewest hyphens, then most used."""
    assert canonical_name(["Kim", "Kim Jong-un", "Kim Jong-un", "Kim Jong Un"]) == "Kim Jong Un"
    assert canonical_name(["KimJongUn", "Kim Jong-un"]) == "Kim Jong-un"
    assert canonical_name(["Putin", "Vladimir Putin", "Putin"]) == "Vladimir Putin"
    assert canonical_name(["Kim Jong-n", "Kim Jong-un", "Kim Jong-un"]) == "Kim Jong-un"


def test_dotted_degree_shapes() -> None:
    for degree in ("M.Epid", "Sp.PD-KPTI", "M.Kes", "S.Kep", "Sp.OG", "S.I.K"):
        assert dotted_degree(degree), degree
    for word in ("Budi", "S.W", "Dr", "St.Petersburg", "Sik", "H.O.S"):
        assert not dotted_degree(word), word
