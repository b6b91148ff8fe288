"""A speaking office holder named right after the office, with no comma, is a person."""

from __future__ import annotations

from kabar.entities import find_entities
from kabar.quotes import extract_quotes

BODY = (
    "JAKARTA, KOMPAS — Pemerintah menambah kuota pupuk. Menteri Koordinator Bidang Politik, "
    "Hukum, dan Keamanan Harsono KD mengatakan, kuota naik bulan depan. ”Petani tidak perlu "
    "cemas,” ujarnya. Di Palu, Direktur Perusahaan Daerah Sumber Tani Wulan Ambon mengatakan, "
    "stok cukup."
)


def _types(body: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(body)}


def test_initials_after_an_office_keep_the_holder_a_person() -> None:
    # "KD" alone reads as an organisation's acronym; the titled office and "mengatakan" say
    # a person holds it and speaks.
    assert _types(BODY)["Harsono KD"] == "PERSON"


def test_a_city_word_ending_a_holder_name_keeps_it_a_person() -> None:
    assert _types(BODY)["Wulan Ambon"] == "PERSON"


def test_the_quote_stage_reaches_the_holder_through_the_pronoun() -> None:
    entities = find_entities(BODY)
    quotes = [q for q in extract_quotes(BODY, entities) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Harsono KD"]


def test_an_office_of_a_place_with_no_holder_stays_no_person() -> None:
    body = "SURABAYA, KOMPAS — Kepala Dinas Kesehatan Jawa Timur mengatakan, stok vaksin cukup."
    assert "PERSON" not in {t for n, t in _types(body).items() if "Jawa" in n}


def test_an_acronym_name_without_an_office_or_speech_stays_an_organisation() -> None:
    body = "JAKARTA, KOMPAS — Laporan Korwil BGN diterima kemarin. Korwil BGN menolak hadir."
    assert _types(body).get("Korwil BGN") != "PERSON"


def test_the_holders_own_degree_may_stand_between_office_and_name() -> None:
    body = (
        "MEDAN, KOMPAS — Ketua Ikatan Petani Sawit Lestari dr Ratna HS menyebutkan, harga "
        "tandan buah segar turun."
    )
    assert _types(body)["Ratna HS"] == "PERSON"


def test_a_name_after_a_company_form_written_after_the_company_is_its_officer() -> None:
    # "Tbk" closes the company's name: the words after it are no longer the company's.
    body = (
        "JAKARTA, KOMPAS — Direktur Utama PT Bank Nusa Makmur Tbk Andi Wijaya berpendapat, "
        "kredit tumbuh. ”Kami optimistis,” ujarnya."
    )
    assert _types(body)["Andi Wijaya"] == "PERSON"
    assert _types("JAKARTA, KOMPAS — Saham PT Sri Wulan Jaya naik.").get("Sri Wulan Jaya") != (
        "PERSON"
    )
