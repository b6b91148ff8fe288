"""Tagger features: place marks from the gazetteer and topic trigger words."""

from __future__ import annotations

from kabar.entities.features import Featurizer


def test_place_marks_and_triggers() -> None:
    """Known places are marked longest first and only when capitalised; topic words are found."""
    featurizer = Featurizer()
    tokens = ["Band", "itu", "tampil", "di", "Kuala", "Lumpur", "dan", "bandung", "."]
    marks = featurizer.place_marks(tokens)
    assert "gx=B-world_city" in marks[4] and "gx=multi" in marks[4]
    assert "gx=I-world_city" in marks[5]
    assert marks[7] == [] and marks[0] == [] and marks[1] == []
    assert "gx=B-id_adm" in featurizer.place_marks(["Kabupaten", "Sleman"])[1]
    assert featurizer.sentence_triggers(tokens) == ["band"]
