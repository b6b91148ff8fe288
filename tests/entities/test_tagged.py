"""Entities, keeping the tagger's spans: credit lines, aliases then names, headline persons."""

from __future__ import annotations

from entities.helpers import (
    people,
    person_names,
    resolve_tagged,
)
from kabar.entities import find_entities


def test_dateline_caps_initials_and_sasak_honorific() -> None:
    """ "BEKASI" folds to "Bekasi"; "berinisial AS" is no country; "Inaq Sarmi" is a person."""
    body = (
        "BEKASI - Polisi menangkap seorang pria berinisial AS (34) di Bekasi Utara, Kota Bekasi, "
        "Jawa Barat. Di tempat lain, warga Desa Sekotong Barat, Lombok Barat, Inaq Sarmi, "
        "mengaku harus berjalan dua kilometer untuk mengambil air."
    )
    entities = find_entities(body)
    names = {e.name: e.type for e in entities}
    assert "BEKASI" not in names and not [
        e for e in entities if e.name.isupper() and len(e.name) > 3
    ]
    assert "Amerika Serikat" not in names, names
    assert "Barat" not in names, names
    sasak = [e for e in entities if "Inaq Sarmi" in e.aliases or e.name == "Sarmi"]
    assert sasak and sasak[0].type == "PERSON", names


def test_a_line_of_names_is_a_byline_not_people() -> None:
    text = (
        "Toko kue di Jalan Gajah Mada itu ramai pembeli menjelang Natal.\n\n"
        "Kristina Wulandari | Hendro Saputro\n\n"
        'Pemiliknya, Lanny Kusuma (34), mengaku kewalahan. "Pesanan naik dua kali," kata Lanny.'
    )
    found = people(text)
    assert found == {"Lanny Kusuma"}, found


def test_subheading_with_common_words_is_no_credit_line() -> None:
    text = (
        "Persija menang 2-0.\n\nKapten Persija, Andritany Minta Saran Bambang Pamungkas\n\n"
        '"Dia selalu membantu," kata Andritany.'
    )
    found = resolve_tagged(
        text, [("Andritany Minta Saran Bambang Pamungkas", "PERSON"), ("Andritany", "PERSON")]
    )
    assert person_names(found), "a subheading's people are not dropped as a byline"


def test_a_numbered_list_keeps_a_first_name_that_is_also_a_common_word() -> None:
    """ "1. Putri Wulansari Hadiningrat": "Putri" opens a sentence and is a common word, but the
    body writes "Putri Wulansari" mid-sentence, so it is her name."""
    body = (
        "Daftar peraih medali:\n\n1. Putri Wulansari Hadiningrat - medali emas Matematika\n\n"
        "2. Bima Arya Santosa - medali perak IPA\n\nPeraih emas Matematika, Putri Wulansari, "
        "mengaku sempat gugup pada hari pertama."
    )
    assert "Putri Wulansari Hadiningrat" in person_names(find_entities(body))
