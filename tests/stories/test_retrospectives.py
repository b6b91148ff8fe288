"""Retrospectives (headlines looking back over a span of time) continue no storyline."""

from __future__ import annotations

import numpy as np

from kabar.models import Entity
from kabar.stories.clustering import StoryIndex
from kabar.stories.retrospectives import looks_back
from kabar.stories.storylines import LINE_STRONG, update_storylines

DAY = 20000  # a day number in 2024
MINISTER = (Entity("Sutarja Wiranegara", "PERSON", (), 3),
            Entity("Kementerian Air Bersih", "ORG", (), 2))


def test_a_span_of_time_before_a_tenure_or_a_name_looks_back() -> None:
    assert looks_back("Setahun Sutarja di Kementerian Air Bersih: Pipa Mulai Mengalir", MINISTER)
    assert looks_back("Catatan Satu Tahun Pemerintahan Daerah Lembah Hijau")
    assert looks_back("1 Tahun Sutarja, Sambungan Air Capai 2 Juta Rumah", MINISTER)
    assert looks_back("Setahun Kerja Sutarja Wiranegara", MINISTER)


def test_a_span_of_time_alone_does_not_look_back() -> None:
    assert not looks_back("3 Bulan Tak Digaji, Petugas Pompa Air Mogok", MINISTER)
    assert not looks_back("Divonis 5 Tahun Penjara, Sutarja Ajukan Banding", MINISTER)
    assert not looks_back("Bantuan Air Cair dalam 3 Hari Kerja", MINISTER)
    assert not looks_back("Sutarja Resmikan Pipa Air di Lembah Hijau", MINISTER)


def _linked(titles: list[str], similarity: float) -> list[int]:
    """Two stories a day apart, naming the minister, whose centroids' cosine is ``similarity``."""
    own = float(np.sqrt(1 - similarity**2))
    index = StoryIndex(None)
    vectors = [
        (np.array([1, 2], np.int32), np.array([similarity, own], np.float32)),
        (np.array([1], np.int32), np.array([1.0], np.float32)),
    ]
    for row, vector in enumerate(vectors):
        index.open_story(vector, DAY + row, row, dated=True)
    of, _, _ = update_storylines(
        index, [MINISTER, MINISTER], np.zeros(0, np.int64), range(2), titles
    )
    return of.tolist()


def test_an_anniversary_piece_continues_nothing() -> None:
    # two reports sharing the minister and most of their words form one storyline
    news = ["Sutarja Resmikan Pipa Air di Lembah Hijau", "Pipa Air Lembah Hijau Mulai Mengalir"]
    assert _linked(news, LINE_STRONG + 0.1) == [0, 0]
    # a look back over his year, though as similar, continues neither the news nor another
    looking = ["Setahun Sutarja: Ujian Air Bersih", "Pipa Air Lembah Hijau Mulai Mengalir"]
    assert _linked(looking, LINE_STRONG + 0.1) == [0, 1]
    both = ["Setahun Sutarja: Ujian Air Bersih", "Catatan Satu Tahun Kepemimpinan Sutarja"]
    assert _linked(both, LINE_STRONG + 0.1) == [0, 1]
