"""Event stories by who acts: a headline's leading actor, and one person's initials.

All text, people and places are fictional, written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

from factories import make_article

from kabar.models import Article, Entity, Quote
from kabar.stories import link
from kabar.stories.actors import (
    OPINION,
    READER,
    addresses_reader,
    headline_actor,
    initials,
    name_terms,
    opinion,
    reacts,
)

_PEOPLE = (
    Entity("Darmaji Kusuma", "PERSON", count=3, aliases=("Darmaji",)),
    Entity("Komisi Pemilihan Daerah", "ORG", count=3, aliases=("KPD",)),
    Entity("Tanah Merah", "LOC", count=2),
    Entity("Han Jae-won", "PERSON", count=2),
)

# One electoral body's decision, and shared vocabulary for the reactions to it.
_DECISION = (
    "Komisi Pemilihan Daerah (KPD) Tanah Merah membatalkan aturan yang merahasiakan dokumen "
    "ijazah calon bupati. Aturan kerahasiaan dokumen calon bupati itu sebelumnya menuai "
    "kritik karena dianggap menutup hak warga untuk mengetahui rekam jejak calon. Dokumen "
    "ijazah calon bupati kini dapat diakses publik melalui kantor KPD Tanah Merah. "
)

# What each report adds (distinct texts: copies would join through the duplicate stage).
_MORE = (
    "Ketua KPD menyebut keputusan diambil dalam rapat pleno tertutup pada Senin malam setelah "
    "mendengar masukan dari partai politik, akademisi dan lembaga pemantau pemilihan.",
    "Pencabutan aturan berlaku sejak surat keputusan ditandatangani, dan salinan dokumen "
    "calon akan diunggah ke laman resmi lembaga sebelum masa kampanye dimulai bulan depan.",
    "Lembaga pemantau pemilihan menyambut keputusan tersebut dan meminta agar dokumen "
    "pendukung lain, seperti laporan harta kekayaan calon, juga dibuka kepada pemilih.",
    "Darmaji Kusuma dari DPRD Tanah Merah menilai keputusan itu terlambat dan meminta "
    "pimpinan lembaga menjelaskan alasan aturan kerahasiaan dibuat sejak awal tahapan.",
)


def _article(ident: str, title: str, published: str, extra: str = "") -> Article:
    return make_article(
        ident, _DECISION + extra, title=title, published=published, entities=_PEOPLE
    )


def _groups(articles: list[Article]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for a in link(articles, None).articles:
        groups.setdefault(a.story or a.id, []).append(a.id)
    return sorted(sorted(g) for g in groups.values())


def _actor_words(title: str) -> set[int] | None:
    terms = headline_actor(make_article("h", "Isi berita.", title=title, entities=_PEOPLE))
    return None if terms is None else set(terms.tolist())


def test_the_headline_actor_is_who_opens_the_headline_acting() -> None:
    darmaji = set(name_terms(["Darmaji Kusuma", "Darmaji"]).tolist())
    # a legislator named, after a speech word, or with his office: his words
    assert darmaji <= (_actor_words("Darmaji Kusuma Kritik Aturan KPD") or set())
    assert darmaji <= (_actor_words("Kata Darmaji soal Ijazah Calon Bupati") or set())
    office = _actor_words("Legislator Darmaji Kritik Aturan KPD") or set()
    assert darmaji <= office and set(name_terms(["Legislator"]).tolist()) <= office
    # the one named first undergoes the act: no actor (the KPD is not it either)
    assert _actor_words("Darmaji Kusuma Diperiksa KPD Tanah Merah") is None
    # members of the public and things are no actor; a place is no one
    assert _actor_words("Warga Keluhkan Aturan Ijazah") is None
    assert _actor_words("Aturan Ijazah Calon Bupati Dibatalkan") is None
    bupati = _actor_words("Bupati Tanah Merah Resmikan Pasar") or set()
    assert bupati == set(name_terms(["Bupati"]).tolist())
    # when the first clause opens with no one, a later clause's named actor is it ...
    kpd = set(name_terms(["Komisi Pemilihan Daerah", "KPD"]).tolist())
    assert _actor_words("Aturan Ijazah Dicabut, KPD Tanah Merah Buka Suara") == kpd
    # ... but an office alone there is most often the one the act befell
    assert _actor_words("Operasi di Tanah Merah, Bupati Ikut Ditangkap") is None
    # and the first clause's actor stays the headline's
    assert darmaji <= (_actor_words("Darmaji Kritik Aturan, KPD Buka Suara") or set())


def test_an_institution_abbreviation_the_entities_missed_is_an_actor() -> None:
    # the body's entities have no "Kemenkes"; the alias table says it is an organisation
    actor = _actor_words("Perundungan Mahasiswa di Tanah Merah, Ini Kata Kemenkes")
    assert actor is not None and set(name_terms(["Kemenkes"]).tolist()) <= actor
    assert actor != _actor_words("Perundungan di Tanah Merah, Ini Kata Kemensos")


def test_the_government_as_a_whole_is_no_actor() -> None:
    # any ministry may be the one the government's headline stands for
    assert _actor_words("Pemerintah Gelontorkan Rp 1 Triliun buat Gaji Peserta Magang") is None
    assert _actor_words("Gubernur Darmaji Gelontorkan Rp 1 Triliun buat Magang") is not None


def test_initials_name_one_person_in_both_forms() -> None:
    assert initials("Han Jae-won") == "hjw"
    # two letters name too many people to be read as one
    assert initials("Ridwan Kamil") == ""
    assert set(name_terms(["HJW"]).tolist()) <= set(name_terms(["Han Jae-won"]).tolist())
    # an all-capital headline word that abbreviates a person the article names is that person
    assert set(name_terms(["Han Jae-won"]).tolist()) <= (
        _actor_words("HJW Siap Latih Tim Tanah Merah") or set()
    )


def test_the_same_day_reaction_of_another_actor_is_another_event() -> None:
    articles = [
        _article("kpd-1", "KPD Tanah Merah Batalkan Aturan Kerahasiaan Ijazah",
                 "2025-09-16T10:00+07:00", _MORE[0]),
        _article("kpd-2", "KPD Cabut Aturan Rahasia Ijazah Calon Bupati",
                 "2025-09-16T11:00+07:00", _MORE[1]),
        # the decision seen from its object: the same event
        _article("kpd-3", "Aturan Kerahasiaan Ijazah Calon Bupati Dibatalkan KPD",
                 "2025-09-16T12:00+07:00", _MORE[2]),
        # a legislator's reaction the same afternoon, in the same words: another event
        _article("re-1", "Legislator Darmaji Nilai KPD Terlambat Cabut Aturan Ijazah",
                 "2025-09-16T15:00+07:00", _MORE[3]),
    ]
    assert _groups(articles) == [["kpd-1", "kpd-2", "kpd-3"], ["re-1"]]
    # the story keeps its actor in the link state: a later run sees the same
    first = link(articles[:1], None)
    later = {a.id: a.story for a in link(articles[1:], first.state).articles}
    assert later["kpd-2"] == first.articles[0].story != later["re-1"]


def test_a_reaction_is_its_actor_event_even_beside_a_report_without_an_actor() -> None:
    report = _article("kpd-1", "Aturan Kerahasiaan Ijazah Calon Bupati Dibatalkan",
                      "2025-09-16T10:00+07:00", _MORE[0])
    # the reaction retells the decision in a sentence of its own
    told = "Menurut Darmaji, KPD Tanah Merah membatalkan aturan kerahasiaan ijazah calon bupati. "
    more = (" Ia akan mengusulkan rapat dengar pendapat bersama pimpinan lembaga dan pemantau "
            "pemilihan pekan depan, sekaligus meminta laporan anggaran sosialisasi tahapan.")
    reaction = make_article(
        "re-1", told + _MORE[3] + more, entities=_PEOPLE,
        title="Kata Darmaji Kusuma soal Batalnya Aturan Ijazah Calon Bupati",
        published="2025-09-16T11:00+07:00",
    )
    assert reacts(reaction.title or "") and not reacts(report.title or "")
    # the report has no actor to keep the reaction out; the reaction first or the report
    assert _groups([report, reaction]) == [["kpd-1"], ["re-1"]]
    later = replace(report, id="kpd-2", published="2025-09-16T12:00+07:00")
    assert _groups([reaction, later]) == [["kpd-2"], ["re-1"]]


def _coach(ident: str, speaker: str, title: str) -> Article:
    lines = [
        "saya ingin kembali melatih tim nasional jika federasi menawarkan",
        "para pemain muda tim ini bisa lolos ke putaran final tahun depan",
        "saya masih mengikuti setiap pertandingan tim nasional dari Seoul",
    ]
    body = (
        "Mantan pelatih tim nasional Han Jae-won mengaku siap kembali ke Tanah Merah. "
        + " ".join(f'"{q}," kata {speaker}.' for q in lines)
    )
    quotes = tuple(
        Quote(q, speaker, "direct", body.index(q), body.index(q) + len(q)) for q in lines
    )
    return make_article(
        ident, body, title=title, published="2025-10-22T09:00+07:00", quotes=quotes,
        entities=(Entity("Han Jae-won", "PERSON", count=2), Entity("Tanah Merah", "LOC")),
    )


def test_a_speaker_quoted_by_his_initials_is_the_same_speaker() -> None:
    articles = [
        _coach("c-1", "Han Jae-won", "Han Jae-won Siap Kembali Latih Tim Nasional"),
        _coach("c-2", "HJW", "Blak-blakan HJW soal Kembali ke Tim Nasional"),
    ]
    assert _groups(articles) == [["c-1", "c-2"]]


def test_a_headline_addressing_the_reader_leads_with_the_reader() -> None:
    for title in (
        "Simak! Ini Cara Cek Penerima Bantuan KPD",
        "Bantuan Cair Bulan Ini, Simak Cara Cek Penerimanya",
        "Cara Cek Penerima Bantuan Tanah Merah",
        "Bantuan Cair Hari Ini, Segera Cek Status Penerima!",
    ):
        assert _actor_words(title) == {READER}, title
    # an act of someone checking is no address to the reader
    assert addresses_reader("Darmaji Cek Dokumen Calon Bupati") is False
    assert _actor_words("Darmaji Kusuma Kritik Aturan KPD") != {READER}


def test_a_headline_built_on_a_noun_of_consequence_is_an_explainer() -> None:
    for title in (
        "Efek Aturan KPD soal Kerahasiaan Ijazah Calon Bupati",
        "Dampak Hujan Asam bagi Kesehatan Warga Tanah Merah",
        "Hujan Asam di Tanah Merah, Ini Dampaknya ke Kesehatan",
    ):
        assert _actor_words(title) == {READER}, title
    # a report of what a flood did opens with the noun too, but goes on to its own news
    assert _actor_words("Dampak Banjir, Darmaji Kusuma Tinjau Tanah Merah") != {READER}
    assert _actor_words("Darmaji Kusuma Ungkap Dampak Aturan KPD") != {READER}


def test_an_opinion_column_leads_with_the_reader_like_a_service_piece() -> None:
    column = make_article("k-1", "Isi kolom.", title="Menata Ulang Pemilihan Daerah",
                          entities=_PEOPLE, url="https://news.example.id/kolom/d-1/menata-ulang")
    assert opinion(column)
    assert set(headline_actor(column).tolist()) == {READER, OPINION}
    report = replace(column, url="https://news.example.id/berita/d-2/menata-ulang")
    assert not opinion(report) and headline_actor(report) is None


def test_a_service_piece_hooked_on_an_event_is_its_own_event() -> None:
    # the decision's reports, then two how-to pieces on it sharing its words: each piece is
    # its own event, and no report joins a piece's story either
    how = (
        "Dokumen ijazah calon bupati kini dapat diakses publik setelah KPD Tanah Merah "
        "membatalkan aturan kerahasiaan. Pemilih dapat membuka laman resmi KPD, memilih menu "
        "calon bupati, lalu mengunduh salinan ijazah setiap calon. "
    )
    steps = (
        "Warga yang tidak memiliki akses internet dapat datang ke kantor KPD Tanah Merah "
        "dengan membawa kartu tanda penduduk dan mengisi formulir permohonan dokumen. Petugas "
        "loket melayani permohonan sejak pukul delapan pagi hingga pukul empat sore.",
        "Permohonan salinan dokumen dilayani pada hari kerja. Petugas meminta warga "
        "menyebutkan nama calon yang dokumennya ingin dilihat, lalu mencatat nomor telepon "
        "pemohon. Salinan dikirim melalui surel paling lambat tiga hari kemudian, tanpa "
        "biaya, dan pemohon dapat menanyakan statusnya melalui pusat panggilan lembaga.",
    )
    articles = [
        _article("kpd-1", "KPD Tanah Merah Batalkan Aturan Kerahasiaan Ijazah",
                 "2025-09-16T10:00+07:00", _MORE[0]),
        make_article("how-1", how + steps[0], entities=_PEOPLE, published="2025-09-16T11:00+07:00",
                     title="Simak! Ini Cara Cek Ijazah Calon Bupati Tanah Merah"),
        make_article("how-2", steps[1], entities=_PEOPLE, published="2025-09-16T12:00+07:00",
                     title="Ijazah Calon Bupati Dibuka, Simak Cara Mengaksesnya"),
        _article("kpd-2", "KPD Cabut Aturan Rahasia Ijazah Calon Bupati",
                 "2025-09-16T13:00+07:00", _MORE[1]),
    ]
    assert _groups(articles) == [["how-1"], ["how-2"], ["kpd-1", "kpd-2"]]


def test_an_institution_named_at_two_levels_is_one_actor() -> None:
    # "Jaksa" and the provincial prosecutors' office, "Polisi" and its criminal investigation
    # unit: one institution's act, each headline naming it at its own level
    prosecutors = _actor_words("Jaksa Geledah Kantor Bupati")
    office = _actor_words("Kejati Sita Laptop dari Kantor Bupati")
    police = _actor_words("Polisi Pamerkan Mobil Sitaan")
    unit = _actor_words("Bareskrim Sita Tujuh Mobil")
    assert prosecutors and office and police and unit
    assert prosecutors & office and police & unit
    assert not prosecutors & police and not office & unit
