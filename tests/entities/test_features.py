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


def test_block_features_equal_own_context_and_start_features() -> None:
    """The CRF's one-pass block features are the lists the cached readers give, in order: a
    feature lost or moved would change every score block (and its bit-for-bit sums)."""
    from kabar.entities.features import sentence_start

    featurizer = Featurizer()
    words = ["Sukamaju", "KPK", "rumah-rumah", "19/6", "iPhone", "di", "Rudi", "2024", ","]
    for word in words:
        expected = (featurizer.own(word), *featurizer.context(word), sentence_start(word))
        assert Featurizer().block_features(word) == expected
        assert featurizer.block_features(word) == expected  # with the readers' caches filled
    assert "allcap" in featurizer.block_features("KPK")[0]
    assert featurizer.block_features("Rudi")[-1] == ["BOS", "BOS|sh=Xx"]
