"""Entities, widening person spans: given names, dotted abbreviations, organisations in front."""

from __future__ import annotations

from entities.helpers import (
    holder,
    named,
    people,
    persons,
)
from kabar.entities import find_entities


def test_street_repeat_and_numbered_school_are_not_people() -> None:
    """ "di Adi Sucipto" after "Jalan Adi Sucipto" is the street; "SDN Melati Putih 03" a school."""
    body = (
        "Pemerintah kota menguji coba hari bebas kendaraan di Jalan Raden Sudarsono mulai Minggu. "
        '"Kalau warga antusias, kegiatan di Raden Sudarsono akan permanen," ujarnya. Kepala SDN '
        "Melati Putih 03, Sri Handayani, mengatakan murid-murid ikut senam pagi."
    )
    found = persons(body)
    assert set(found) == {"Sri Handayani"}, list(found)
    street = named(body, "LOC")["Jalan Raden Sudarsono"]
    assert street.count == 2


def test_given_name_after_place_abbreviation_stays() -> None:
    text = (
        "Kepala BPBD Sulbar Ahmad Fadli Rasyid mengatakan sebanyak 86 rumah warga rusak berat "
        "akibat gempa yang terjadi pada dini hari tadi. Tim gabungan masih mendata kerusakan "
        "di tiga kecamatan."
    )
    assert "Ahmad Fadli Rasyid" in people(text)
    assert "Fadli Rasyid" not in people(text)


def test_given_name_after_court_acronym_stays_when_used_alone() -> None:
    text = (
        "Ketua MK Wiryono Bayu Saputro menyatakan permohonan pemohon ditolak untuk seluruhnya. "
        '"Permohonan tidak beralasan menurut hukum," kata Wiryono saat membacakan putusan.'
    )
    found = find_entities(text)
    assert holder(found, "Wiryono").name == "Wiryono Bayu Saputro"
    assert not [e for e in found if e.name == "Wiryono" and e.type == "ORG"]


def test_area_of_an_office_is_not_a_given_name() -> None:
    text = (
        "Bupati Cikarang Selatan tidak hadir. Ketua KPU Margaluyu Rahmat Sunandar mengatakan "
        "logistik pemilu sudah tiba di gudang. KPU Margaluyu menyiapkan 300 kotak suara."
    )
    assert "Rahmat Sunandar" in people(text)
    assert not [p for p in people(text) if p.startswith("Margaluyu")]


def test_given_name_split_from_the_surname_is_joined() -> None:
    text = (
        "Dalam pertimbangannya, hakim konstitusi Endang Pramesti Wulandari mengatakan mahkamah "
        "menemukan pemilih ganda di sejumlah tempat pemungutan suara."
    )
    assert "Endang Pramesti Wulandari" in people(text)


def test_acronym_glued_to_a_person_is_split_off() -> None:
    text = (
        "Peneliti ICW Sekar Ayuningtyas mengatakan pola korupsi di daerah itu terus berulang "
        "karena pengawasan yang lemah."
    )
    found = find_entities(text)
    assert "Sekar Ayuningtyas" in {e.name for e in found if e.type == "PERSON"}
    assert "ICW" in {e.name for e in found if e.type == "ORG"}
    assert not [e for e in found if "ICW" in e.name and e.type == "PERSON"]


def test_club_before_a_coach_is_the_organisation() -> None:
    text = (
        "Pelatih Persebaya Marcelo Antunes Ribeiro tampak kecewa seusai laga. Pelatih asal "
        "Brasil itu menilai timnya kurang tenang di depan gawang."
    )
    found = find_entities(text)
    assert "Marcelo Antunes Ribeiro" in {e.name for e in found if e.type == "PERSON"}
    assert not [e for e in found if e.type == "PERSON" and "Persebaya" in e.name]


def test_abbreviated_given_names_keep_their_period() -> None:
    text = (
        "Pasangan calon nomor urut 3, Moh. Rizal Fahmi dan Abd. Kadir Jaelani, hadir dalam "
        "sidang. Kuasa hukum mereka, Muh. Anwar Sidik, menyerahkan bukti tambahan kepada "
        "majelis hakim pada pekan lalu."
    )
    found = people(text)
    assert {"Moh. Rizal Fahmi", "Abd. Kadir Jaelani", "Muh. Anwar Sidik"} <= found
    assert not found & {"Moh", "Abd", "Muh", "Rizal Fahmi", "Kadir Jaelani"}


def test_initial_m_before_a_name() -> None:
    text = "Saksi pertama, M. Yunus Harahap, mengaku melihat terdakwa di lokasi pada malam itu."
    assert "M. Yunus Harahap" in people(text)


def test_dutch_particles_join_the_name_and_later_mentions() -> None:
    text = (
        "Pelatih tim nasional, Pieter van der Linden, tak bisa menyembunyikan kegembiraannya. "
        '"Anak-anak bermain dengan hati," kata Van der Linden dalam konferensi pers.'
    )
    found = find_entities(text)
    entity = holder(found, "Van der Linden")
    assert entity.name == "Pieter van der Linden" and entity.type == "PERSON"


def test_named_programme_is_nobody_anywhere_in_the_text() -> None:
    text = (
        '"Program Mang Resik sudah berjalan sejak tiga tahun lalu," ujar Hermanto Saleh. Mang '
        'Resik adalah akronim dari "reduksi, pilah, kelola" yang menjadi jargon kota itu.'
    )
    found = people(text)
    assert "Hermanto Saleh" in found
    assert not [p for p in found if "Resik" in p]


def test_company_after_its_legal_form_is_not_a_person() -> None:
    text = (
        "Penyidik menetapkan Direktur PT Sentosa Bahari Lestari sebagai tersangka. Direktur "
        "Pemasaran PT Pertamina Patra Niaga, Benny Susanto Lim, menyebut pasokan aman."
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert "Benny Susanto Lim" in names
    assert not names & {"Sentosa Bahari Lestari", "Patra Niaga"}


def test_dotted_initials_inside_a_name() -> None:
    text = (
        "Saksi ahli, Prof. Dr. Eko R.S. Hadiprojo, menjelaskan unsur pidana dalam perkara "
        "tersebut di hadapan majelis hakim yang mengadili perkara itu."
    )
    assert "Eko R.S. Hadiprojo" in people(text)


def test_title_with_period_after_an_office_leaves_the_organisation() -> None:
    text = (
        "Wakil Ketua DPRD Jabar Ir. H. Sudrajat Wiranegara menerima rombongan mahasiswa yang "
        "berunjuk rasa di depan gedung dewan pada Senin siang."
    )
    found = find_entities(text)
    assert "Sudrajat Wiranegara" in {e.name for e in found if e.type == "PERSON"}
    assert not [e for e in found if e.name.endswith(" Ir")]


def test_club_named_after_a_position_is_no_person() -> None:
    text = (
        "Winger Manchester City itu cuma butuh sebelas menit untuk mencetak gol, sementara "
        "Pelatih Sriwijaya Darko Mihajlovic tampak puas di pinggir lapangan."
    )
    found = people(text)
    assert "Manchester City" not in found
    assert "Darko Mihajlovic" in found


def test_office_and_area_inside_a_person_span_are_split_off() -> None:
    text = (
        "Kepala Seksi Intel Kejari Binjai Noprianto Halomoan Sihombing mengatakan berkas perkara "
        "sudah dilimpahkan ke pengadilan pada pekan lalu."
    )
    names = people(text)
    assert "Noprianto Halomoan Sihombing" in names
    assert not [n for n in names if "Kejari" in n]
