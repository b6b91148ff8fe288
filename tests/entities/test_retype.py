"""Entities, retyping spans by their context: streets, organisation nouns, areas, initials, works."""

from __future__ import annotations

from entities.helpers import (
    holder,
    people,
    person_names,
    resolve_tagged,
)
from kabar.entities import find_entities


def test_street_tail_makes_a_place() -> None:
    text = "Kapal tanker berbendera Rusia, Belgorodsky Prospekt, kandas di dekat pantai."
    found = resolve_tagged(text, [("Belgorodsky Prospekt", "PERSON")])
    assert person_names(found) == set()


def test_organisation_noun_and_club_word_make_an_organisation() -> None:
    text = (
        "Kelompok lingkungan Zelyonaya Volga menyebut bencana ini yang terburuk. Di Lombok, "
        "Persemal Rinjani menang 2-1 atas tim tamu."
    )
    found = resolve_tagged(text, [("Zelyonaya Volga", "PERSON"), ("Persemal Rinjani", "PERSON")])
    assert person_names(found) == set()
    assert holder(found, "Persemal Rinjani").type == "ORG"


def test_owner_after_company_noun_stays_a_person() -> None:
    text = "Perusahaan milik Gunadi Santosa itu menunggak pajak. Gunadi belum menjawab."
    found = resolve_tagged(text, [("Gunadi Santosa", "PERSON"), ("Gunadi", "PERSON")])
    assert person_names(found) == {"Gunadi Santosa"}


def test_area_between_an_office_and_its_holder_is_a_place() -> None:
    text = (
        "Kapolsek Tegal Sari Ilir, Kompol Bambang Wicaksono, memastikan area pasar aman. "
        "Warga Nagari Koto Baru ikut membantu."
    )
    found = resolve_tagged(
        text,
        [("Tegal Sari Ilir", "PERSON"), ("Bambang Wicaksono", "PERSON"), ("Koto Baru", "PERSON")],
    )
    assert person_names(found) == {"Bambang Wicaksono"}


def test_office_tagged_with_its_area_leaves_a_place() -> None:
    text = (
        "Kapolsek Tegal Sari Ilir, Kompol Bambang Wicaksono, memastikan area pasar aman. "
        "Wali Nagari Koto Tinggi, Zulkifli Datuak Rajo Ameh, ikut hadir. Ketua KAN Koto "
        "Tinggi menyambut rombongan."
    )
    found = resolve_tagged(
        text,
        [
            ("Kapolsek Tegal Sari Ilir", "PERSON"),
            ("Bambang Wicaksono", "PERSON"),
            ("Nagari Koto Tinggi", "LOC"),
            ("KAN [Koto Tinggi]", "PERSON"),
        ],
    )
    assert "Bambang Wicaksono" in person_names(found)
    assert not {p for p in person_names(found) if "Tegal" in p or "Koto" in p}, person_names(found)


def test_rank_inside_a_place_span_opens_the_person() -> None:
    text = (
        "Komandan Batalyon Infanteri 713/Satyatama Letkol Inf Komang Adi Pranata mengatakan "
        "pasukannya siap."
    )
    found = resolve_tagged(text, [("Satyatama Letkol Inf Komang Adi Pranata", "LOC")])
    assert person_names(found) == {"Komang Adi Pranata"}


def test_plain_names_tagged_as_an_organisation_after_an_office_are_the_holder() -> None:
    text = "Direktur Keuangan NKLA, Tan Hok Seng, membantah kabar gagal bayar."
    found = resolve_tagged(text, [("NKLA", "ORG"), ("Tan Hok Seng", "ORG")])
    assert person_names(found) == {"Tan Hok Seng"}


def test_suspects_initials_are_nobody_and_not_the_country() -> None:
    """Initials name no one a reader can follow across the store: no person, and the
    suspect "AS (29)" is no "Amerika Serikat" either (the country later in the text is)."""
    text = (
        "Polisi menangkap tiga tersangka, yakni DK (34), AS (29), dan seorang perempuan "
        "berinisial YN (26). Barang bukti dikirim dari AS melalui jasa ekspedisi. Seorang "
        "pejabat berinisial TR belum diperiksa."
    )
    found = find_entities(text)
    assert person_names(found) == set(), person_names(found)
    country = [e for e in found if e.name == "Amerika Serikat"]
    assert len(country) == 1 and len(country[0].mentions) == 1, country
    assert country[0].mentions[0].start == text.rindex("AS")


def test_work_and_event_names_are_no_people() -> None:
    text = (
        "Dalang cilik itu membawakan lakon Wahyu Cakraningrat selama tujuh jam. Aktris "
        "Sekar Wulan memerankan Sumirah, istri nelayan. Latihan bersama bertajuk "
        "“Garuda Samudra 2026” digelar di Darwin. Wahyu Cakraningrat adalah lakon klasik."
    )
    found = resolve_tagged(
        text,
        [
            ("Sekar Wulan", "PERSON"),
            ("Sumirah", "PERSON"),
            (". [Wahyu Cakraningrat] adalah", "PERSON"),
        ],
    )
    assert person_names(found) == {"Sekar Wulan"}  # the cue stands before an untagged mention


def test_play_title_stays_nobody_when_its_first_word_names_someone() -> None:
    text = (
        "Dalang cilik itu membawakan lakon Wahyu Cakraningrat dengan fasih. Camat Wahyu "
        'Prasetyaningsih hadir. "Kami dukung," kata Wahyu.'
    )
    found = resolve_tagged(
        text, [("Camat [Wahyu Prasetyaningsih]", "PERSON"), ("kata [Wahyu]", "PERSON")]
    )
    assert person_names(found) == {"Wahyu Prasetyaningsih"}


def test_org_noun_inside_another_name_or_after_a_title_does_not_retype() -> None:
    text = (
        "Presiden Amerika Serikat Hendrik Wallace tiba di Jakarta. Presiden klub Arifin "
        "Santoso menyambut. Wallace lalu bertemu Arifin."
    )
    found = resolve_tagged(
        text,
        [("Amerika Serikat", "LOC"), ("Hendrik Wallace", "PERSON"), ("Arifin Santoso", "PERSON")],
    )
    assert {"Hendrik Wallace", "Arifin Santoso"} <= person_names(found)


def test_actor_after_artis_peran_and_player_after_klub_stay_people() -> None:
    text = (
        "Polisi menangkap artis peran Fajar Albana di rumahnya. Cambuur adalah klub Rendi "
        'Lilipory. "Betul, kami menangkap Fajar Albana," kata Kapolres.'
    )
    found = resolve_tagged(text, [("Fajar Albana", "PERSON"), ("Rendi Lilipory", "PERSON")])
    assert {"Fajar Albana", "Rendi Lilipory"} <= person_names(found), person_names(found)


def test_rank_in_a_street_name_is_no_person() -> None:
    text = "Kantor itu berada di Setiabudi Jalan Jenderal Sudirman, Jakarta Selatan."
    found = resolve_tagged(text, [("Setiabudi Jalan Jenderal Sudirman", "LOC")])
    assert person_names(found) == set()


def test_office_after_a_speech_verb_is_no_person() -> None:
    text = '"Jangan berpikir macam-macam," kata Seketaris MUI Kota Bogor Ahmad Khusairi.'
    assert "Seketaris" not in people(text)
