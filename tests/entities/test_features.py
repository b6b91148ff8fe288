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
    """The CRF's one-pass block features are the lists the cached readers give, in order, the
    lent ones without their offsets: a feature lost or moved would change every score block
    (and its bit-for-bit sums)."""
    from kabar.entities.features import sentence_start

    featurizer = Featurizer()
    words = ["Sukamaju", "KPK", "rumah-rumah", "19/6", "iPhone", "di", "Rudi", "2024", ","]
    for word in words:
        lent = featurizer.context(word)
        for fresh in (Featurizer(), featurizer):  # with and without the readers' caches filled
            own, near, far, start = fresh.block_features(word)
            assert own == featurizer.own(word)
            assert start == sentence_start(word)
            assert lent == (
                ["-2:" + f for f in far],
                ["-1:" + f for f in near],
                ["+1:" + f for f in near],
                ["+2:" + f for f in far],
            )
    assert "allcap" in featurizer.block_features("KPK")[0]
    assert featurizer.block_features("Rudi")[-1] == ["BOS", "BOS|sh=Xx"]
