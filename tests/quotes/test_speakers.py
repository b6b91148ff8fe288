"""Speaker names (``kabar.quotes.speakers``, ``reading``, ``resolver``): roles, acronyms, entities.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

from kabar.entities import find_entities
from kabar.models import Entity, Mention
from kabar.quotes import extract_quotes
from quotes.helpers import direct_speakers, entity, only


def test_surface_name_maps_to_entity_alias() -> None:
    body = "Surya Atmaja Wijaya membuka pameran. “Pameran ini gratis,” kata Surya."
    person = entity("Surya Atmaja Wijaya", body, aliases=("Surya",))
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_surface_name_maps_by_surname() -> None:
    body = "“Pameran ini gratis,” kata Wijaya."
    person = Entity("Surya Atmaja Wijaya", "PERSON")
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_surface_name_maps_by_mention() -> None:
    body = "“Pameran ini gratis,” kata Atmaja."
    start = body.index("Atmaja")
    person = Entity(
        "Surya Atmaja Wijaya", "PERSON", (), 1, (Mention("Atmaja", start, start + 6, "PERSON"),)
    )
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_short_name_expands_to_the_full_name_in_the_body() -> None:
    body = "Gubernur Sukamaju Melati Rahayu meresmikan pasar. “Pasar ini milik warga,” kata Melati."
    assert only(body)[0].speaker == "Melati Rahayu"


def test_role_words_then_comma_then_name() -> None:
    body = "“Inflasi akan turun,” kata pengamat ekonomi, Lukas Hendrawan."
    assert only(body)[0].speaker == "Lukas Hendrawan"


def test_full_name_written_inside_a_quote() -> None:
    body = (
        "“Kami mendukung langkah Gubernur Hartati Wirasena sepenuhnya,” kata Bupati Sony "
        "Lumbanraja. “Kami yakin,” ujar Wirasena."
    )
    assert [q.speaker for q in only(body)] == ["Sony Lumbanraja", "Hartati Wirasena"]


def test_name_after_a_role_with_commas_inside() -> None:
    body = (
        "“Hujan masih akan turun,” kata Kepala Pusat Data, Informasi, dan Komunikasi "
        "Kebencanaan Badan Bencana Daerah Abdul Malik Harahap."
    )
    assert only(body)[0].speaker == "Abdul Malik Harahap"


def test_one_word_name_opening_a_sentence() -> None:
    body = "Dedi menambahkan, “Kami masih memburu dua pelaku lain.”"
    assert only(body)[0].speaker == "Dedi"


def test_acronym_speaker_takes_the_long_form_the_article_defines() -> None:
    body = (
        "Peringatan itu disampaikan Lembaga Pangan Dunia Selatan (LPDS) di Jenewa.\n\n"
        "“Kami tidak bisa menjangkau mereka,” tulis LPDS dalam laporannya."
    )
    assert only(body)[0].speaker == "Lembaga Pangan Dunia Selatan"


def test_speaker_known_by_a_nickname() -> None:
    body = "“Sampah harus dipilah dari rumah,” kata pria yang akrab disapa Kang Darma itu."
    assert only(body)[0].speaker == "Darma"  # "Kang" is an honorific


def test_rank_left_in_an_entity_name_is_not_the_speakers() -> None:
    body = (
        "Kapolres Sukamaju Kombes Pol Darmawan Saputro memimpin penggerebekan itu. “Dua pelaku "
        "kami amankan,” ujar Darmawan."
    )
    start = body.index("Pol Darmawan")
    mentions = (
        Mention("Pol Darmawan Saputro", start, start + 20, "PERSON"),
        Mention("Darmawan", body.rindex("Darmawan"), body.rindex("Darmawan") + 8, "PERSON"),
    )
    found = Entity("Pol Darmawan Saputro", "PERSON", ("Darmawan",), 2, mentions)
    (quote,) = [q for q in extract_quotes(body, (found,)) if q.kind == "direct"]
    assert quote.speaker == "Darmawan Saputro"


def test_a_club_before_a_coach_is_not_part_of_his_name() -> None:
    body = (
        "Pelatih Persikota Hendrik Manuhutu tampak kecewa seusai laga.\n\n"
        '"Kami kehilangan fokus di babak kedua," kata Hendrik.'
    )
    assert direct_speakers(body) == [("Kami kehilangan foku", "Hendrik Manuhutu")]


def test_a_bare_shared_given_name_follows_the_entity_stage() -> None:
    body = (
        "Wali Kota Cimahi, Dadang Suryadi, mengatakan kuota sampah dipangkas.\n\n"
        '"Sampah harus selesai di sumber," kata Dadang di Balai Kota.\n\n'
        "Kepala Dinas Lingkungan Hidup Dadang Kurniawan menambahkan armada kurang. Dadang "
        "Kurniawan meminta tambahan truk.\n\n"
        '"Truk kami hanya 40," ujar Dadang.'
    )
    assert direct_speakers(body) == [
        ("Sampah harus selesai", "Dadang Suryadi"),
        ("Truk kami hanya 40", "Dadang Kurniawan"),
    ]


def test_a_role_named_in_apposition_with_titles_is_the_speaker_later() -> None:
    body = (
        "Gubernur NTB, Dr. H. Zainul Muttaqin Bafadhal, saat meninjau sumur di Sambelia, "
        'menyatakan pemprov akan membangun embung.\n\n"Kita tidak boleh tiap tahun begini '
        'terus," kata Gubernur.'
    )
    assert direct_speakers(body) == [("Kita tidak boleh tia", "Zainul Muttaqin Bafadhal")]


def test_a_sasak_lalu_after_a_cue_is_part_of_the_name() -> None:
    body = (
        "Kepala BPBD NTB, H. Lalu Ahmad Fathurrahman, mengatakan air bersih sudah dikirim.\n\n"
        '"Kami sudah menyalurkan 4 juta liter," ujar Lalu Fathurrahman di Mataram.'
    )
    assert direct_speakers(body)[0][1] == "Lalu Ahmad Fathurrahman"


def test_a_named_apposition_after_an_office_and_its_place() -> None:
    body = (
        "Para pengungsi mengeluhkan gatal-gatal. Petugas Puskesmas Undaan, Bidan Siti "
        "Khoiriyah, mengatakan tim sudah memeriksa 90 warga.\n\n"
        '"Yang banyak gatal-gatal di kaki," ujarnya.'
    )
    quotes = extract_quotes(body, find_entities(body))
    assert {q.speaker for q in quotes} == {"Siti Khoiriyah"}
