"""Event stories by subject and occasion: a statement's one-day window, a shared headline subject.

All text, people and places are fictional, written for these tests.
"""

from __future__ import annotations

import numpy as np
from factories import make_article

from kabar.models import Article, Entity, Quote
from kabar.stories import clustering
from kabar.stories.events import EventClues
from kabar.stories.terms import headline_terms, term_counts

from .test_event_people import _groups, _speaker_article

_DAY = 20_000


def _visit(speaker: str) -> Article:
    """The regent visiting a school two days after her budget statement, quoted three times."""
    said = [
        "gedung sekolah ini akan kami perbaiki tahun depan",
        "anggaran pendidikan untuk sekolah dasar tetap kami jaga",
        "guru honorer di sekolah ini akan kami perhatikan",
    ]
    body = (
        "Bupati Tanah Merah Sulastri Wibowo mengunjungi sekolah dasar di Desa Batu Putih dan "
        "meninjau ruang kelas yang rusak. Ia berdialog dengan guru dan orang tua murid. "
        + " ".join(f'"{q}," ujar {speaker}.' for q in said)
    )
    quotes = tuple(
        Quote(q, speaker, "direct", body.index(q), body.index(q) + len(q)) for q in said
    )
    return make_article(
        "pk-3", body, title="Sulastri Wibowo Kunjungi Sekolah, Bahas Anggaran Pendidikan",
        published="2025-05-08T15:00+07:00", quotes=quotes,
        entities=(Entity(speaker, "PERSON", count=4),),
    )


def test_the_same_speaker_two_days_on_is_another_occasion() -> None:
    regent = "Sulastri Wibowo"
    articles = [
        _speaker_article("pk-1", regent, "Menurut kami", "2025-05-06T10:00+07:00",
                         "Bupati Sulastri Pangkas Anggaran Pendidikan Tanah Merah"),
        _speaker_article("pk-2", regent, "Bagi kami", "2025-05-07T07:30+07:00",
                         "Sulastri Wibowo Jelaskan Pemangkasan Anggaran Pendidikan"),
        _visit(regent),
    ]
    # the statement and its next-morning rewrite are one event; her visit two days on is
    # another occasion (a happening's story keeps the wider EVENT_WINDOW_DAYS)
    assert _groups(articles) == [["pk-1", "pk-2"], ["pk-3"]]


def test_a_happening_without_a_speaker_keeps_the_wider_window() -> None:
    body = (
        "Banjir merendam ratusan rumah warga di Kecamatan Sungai Lebar setelah tanggul jebol. "
        "Air setinggi pinggang menggenangi jalan desa dan sawah warga di sepanjang sungai. "
    )
    articles = [
        make_article("fl-1", body, title="Banjir Rendam Sungai Lebar",
                     published="2025-05-06T10:00+07:00"),
        make_article("fl-2", body + "Warga mulai membersihkan rumah.",
                     title="Banjir Sungai Lebar Mulai Surut", published="2025-05-08T09:00+07:00"),
    ]
    assert _groups(articles) == [["fl-1", "fl-2"]]


def _index_with_story(title: str) -> tuple[clustering.StoryIndex, clustering.Vector]:
    """An index (no background prior) of one story on _DAY, many other documents counted."""
    index = clustering.StoryIndex(background=None)
    filler = [term_counts(None, f"laporan umum nomor {n} tentang kasus warga") for n in range(60)]
    story = term_counts(title, "Rapat kabinet membahas program makan sekolah di seluruh daerah.")
    index.count_documents([*filler, story])
    vector = index.vector(story)
    number = index.open_story(vector, _DAY, 0)
    index.note_people(number, EventClues(subject=headline_terms(title)))
    return index, vector


def test_a_specific_shared_headline_word_on_the_same_day_adds_the_subject_bonus() -> None:
    index, vector = _index_with_story("Porsi Makan Sekolah Capai Sejuta")
    shared = EventClues(subject=headline_terms("Sendok untuk Makan Sekolah Disiapkan"))
    other = EventClues(subject=headline_terms("Tanggul Laut Raksasa Dibangun"))
    _, with_subject = index.best_story(vector, _DAY, clues=shared)
    _, without = index.best_story(vector, _DAY, clues=other)
    assert with_subject > without
    assert abs(with_subject - without - clustering.SUBJECT_BONUS) < 1e-6
    # another day's story gets no bonus, whatever the headlines share
    _, next_day = index.best_story(vector, _DAY + 1, clues=shared)
    _, next_day_other = index.best_story(vector, _DAY + 1, clues=other)
    assert abs(next_day - next_day_other) < 1e-6


def test_a_common_word_names_no_subject() -> None:
    # "kasus" is in every filler document: sharing it says nothing about the event
    index, vector = _index_with_story("Kasus Sekolah Ditangani Pemerintah")
    common = EventClues(subject=headline_terms("Kasus Lain Dibahas"))
    none = EventClues(subject=np.zeros(0, dtype=np.int32))
    assert index.best_story(vector, _DAY, clues=common)[1] == index.best_story(
        vector, _DAY, clues=none
    )[1]


def test_one_speaker_on_another_subject_loses_similarity() -> None:
    index = clustering.StoryIndex(background=None)
    filler = [term_counts(None, f"laporan umum nomor {n} tentang kasus warga") for n in range(60)]
    title = "Sulastri Wibowo Sanksi Pendamping Desa"
    story = term_counts(title, "Bupati meninjau sekolah dan menjawab pertanyaan wartawan.")
    index.count_documents([*filler, story])
    vector = index.vector(story)
    speaker = headline_terms("Sulastri Wibowo")
    number = index.open_story(vector, _DAY, 0)
    index.note_people(number, EventClues(speaker=speaker, subject=headline_terms(title)))
    same_subject = EventClues(speaker=speaker, subject=headline_terms("Pendamping Desa Dibina"))
    other_subject = EventClues(speaker=speaker, subject=headline_terms("Anggaran Jalan Naik"))
    no_speaker = EventClues(subject=headline_terms("Anggaran Jalan Naik"))
    _, on_subject = index.best_story(vector, _DAY + 1, clues=same_subject)
    _, off_subject = index.best_story(vector, _DAY + 1, clues=other_subject)
    _, unattributed = index.best_story(vector, _DAY + 1, clues=no_speaker)
    # the same official on another subject is another event; a report quoting no one about
    # the same words is not judged by its subject
    assert abs(on_subject - off_subject - clustering.OTHER_SUBJECT_PENALTY) < 1e-6
    assert abs(unattributed - on_subject) < 1e-6


def test_one_speakers_stories_on_two_subjects_are_other_subjects() -> None:
    index = clustering.StoryIndex(background=None)
    filler = [term_counts(None, f"laporan umum nomor {n} tentang kasus warga") for n in range(300)]
    titles = ["Sulastri Wibowo Sanksi Pendamping Desa", "Sulastri Wibowo Naikkan Anggaran Jalan",
              "Pendamping Desa Dilatih Ulang", "Darmaji Sanksi Pendamping Desa"]
    counts = [term_counts(t, "Bupati menjawab pertanyaan wartawan.") for t in titles]
    index.count_documents([*filler, *counts])
    speakers = [headline_terms("Sulastri Wibowo")] * 3 + [headline_terms("Darmaji")]
    stories = []
    for title, count, speaker in zip(titles, counts, speakers, strict=True):
        number = index.open_story(index.vector(count), _DAY, 0)
        # a headline's subject leaves out its speaker's name (as assignment does)
        subject = headline_terms(title)
        subject = subject[~np.isin(subject, speaker)]
        index.note_people(number, EventClues(speaker=speaker, subject=subject))
        stories.append(number)
    sanction, budget, training, other_official = stories
    # the regent on sanctions and on the road budget: two subjects, not one storyline
    assert index.other_subject(sanction, budget)
    # the same subject again, or another official on it, is judged by the usual rules
    assert not index.other_subject(sanction, training)
    assert not index.other_subject(sanction, other_official)


def test_what_follows_a_happening_in_its_headline_is_another_event() -> None:
    # a central bank's cut and, the same morning, the rupiah's rise after it: the two share
    # the decision's words, but the second headline reports the rupiah
    cut = (
        "Bank Sentral Tanah Merah memangkas suku bunga acuan sebesar 25 basis poin menjadi "
        "5 persen dalam rapat dewan gubernur. Pemangkasan suku bunga acuan itu diambil untuk "
        "mendorong kredit dan pertumbuhan ekonomi di tengah inflasi yang rendah. "
    )
    articles = [
        make_article("bi-1", cut + "Keputusan diumumkan gubernur bank sentral siang ini.",
                     title="Bank Sentral Tanah Merah Pangkas Suku Bunga Acuan",
                     published="2025-09-17T14:00+07:00"),
        make_article("bi-2", cut + "Ekonom menilai pemangkasan sejalan dengan perkiraan pasar.",
                     title="Bank Sentral Turunkan Suku Bunga Acuan ke 5 Persen",
                     published="2025-09-17T15:00+07:00"),
        make_article("fx-1", "Rupiah menguat 40 poin ke level terkuat dalam sebulan setelah "
                     "Bank Sentral Tanah Merah memangkas suku bunga acuan menjadi 5 persen. "
                     "Pedagang valuta asing menyebut dana asing masuk ke pasar obligasi, dan "
                     "indeks saham ikut naik didorong saham perbankan.",
                     title="Rupiah Menguat Usai Bank Sentral Pangkas Suku Bunga",
                     published="2025-09-17T16:00+07:00"),
    ]
    assert _groups(articles) == [["bi-1", "bi-2"], ["fx-1"]]


def test_the_happening_reported_after_what_follows_it_is_another_event() -> None:
    # the rupiah's rise read first opens the story; the report of the cut, led by the bank's
    # governor, does not join it however many words they share
    cut = (
        "Bank Sentral Tanah Merah memangkas suku bunga acuan sebesar 25 basis poin menjadi "
        "5 persen dalam rapat dewan gubernur. Pemangkasan suku bunga acuan itu diambil untuk "
        "mendorong kredit dan pertumbuhan ekonomi di tengah inflasi yang rendah. "
    )
    articles = [
        make_article("fx-1", "Rupiah menguat 40 poin ke level terkuat dalam sebulan setelah "
                     "Bank Sentral Tanah Merah memangkas suku bunga acuan menjadi 5 persen. "
                     "Pedagang valuta asing menyebut dana asing masuk ke pasar obligasi, dan "
                     "indeks saham ikut naik didorong saham perbankan.",
                     title="Rupiah Menguat Usai Bank Sentral Pangkas Suku Bunga",
                     published="2025-09-17T14:00+07:00"),
        make_article("bi-1", cut + "Keputusan diumumkan gubernur bank sentral siang ini.",
                     title="Gubernur Bank Sentral Umumkan Pemangkasan Suku Bunga Acuan",
                     published="2025-09-17T15:00+07:00"),
    ]
    assert _groups(articles) == [["bi-1"], ["fx-1"]]
