"""Person clusters that name no person, and name forms that keep a person whole.

Fictional text. Each case is a kind of failure seen on real news: a wrong program lists the
organisation, place, company, role, credit or exclamation as a person, or splits the person.
"""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.entities.nonpersons import judged
from kabar.models import Mention


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Dana itu disalurkan Pendayagunaan Baznas RI ke tiga desa.", "Pendayagunaan Baznas RI"),
        ("Rapat dihadiri Korwil BKN dan para kepala sekolah.", "Korwil BKN"),
        ("Pasien dirujuk ke RSUD Soedarmo Kupang sejak pekan lalu.", "Soedarmo Kupang"),
        ("Kejaksaan Negeri (Kejari) Jember menahan dua tersangka.", "Jember"),
        ("Aktris itu berperan sebagai Laila Kirana dalam serial barunya.", "Laila Kirana"),
        ("Badai Teratai merusak ratusan rumah di pesisir.", "Teratai"),
        ("Raksasa tekstil PT Sri Rejeki Wirana (Srewin) pailit. Aset Srewin disita.", "Srewin"),
        ("Raksasa tekstil PT Sri Rejeki Wirana pailit tahun ini.", "Sri Rejeki Wirana"),
        ("Warga mengungsi ke balai desa. (Tribun-Sumba.com/Komang Adi Wiradana)", "Adi Wiradana"),
        ("Peserta lomba berfoto. (Darmawan Sukri/detikTravel)\n\nAda enam kategori.", "Darmawan Sukri"),
        ("Rumahnya di apartemen Sudirjo Mansion, Jakarta.", "Sudirjo Mansion"),
    ],
)
def test_organisations_places_roles_and_credits_are_not_people(text: str, not_person: str) -> None:
    assert not_person not in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sultan Hamengku Buwono X membuka acara itu.", "Hamengku Buwono X"),
        ('"Kami siap," kata Rudi Hermawan SH kepada wartawan.', "Rudi Hermawan"),
    ],
)
def test_rulers_degrees_and_surnames_stay_people(text: str, person: str) -> None:
    assert person in _people(text)


def test_a_place_before_a_full_name_leaves_the_name() -> None:
    body = "budayawan Magelang Sutanto Mendut"
    start = body.index("Magelang")
    mention = Mention("Magelang Sutanto Mendut", start, len(body), "PERSON")
    assert judged("Magelang Sutanto Mendut", body, [mention]) == ("Sutanto Mendut", "PERSON")


def test_a_surname_spelt_like_a_filler_is_kept() -> None:
    body = "Pedagang Oh Tae-gyun menutup kiosnya."
    mention = Mention("Oh Tae-gyun", 9, 20, "PERSON")
    assert judged("Oh Tae-gyun", body, [mention]) == ("Oh Tae-gyun", "PERSON")


def test_an_exclamation_is_no_name() -> None:
    body = '"Inallilahi Wainailaihi Rojiun," teriak massa.'
    mention = Mention("Inallilahi Wainailaihi Rojiun", 1, 30, "PERSON")
    assert judged("Inallilahi Wainailaihi Rojiun", body, [mention]) is None


def test_a_given_name_swallowed_by_the_office_opens_the_person() -> None:
    text = (
        "Menteri Keuangan Purwanto Hadi Sasmito memastikan pungutan pajak. "
        '"Yang kecil tidak kena," kata Purwanto di Jakarta.'
    )
    people = _people(text)
    assert "Purwanto Hadi Sasmito" in people
    assert "Purwanto" in people["Purwanto Hadi Sasmito"]
    assert "Hadi Sasmito" not in people


def test_a_regional_noble_prefix_stays_in_the_name() -> None:
    text = (
        "Peresmian dilakukan oleh Gubernur Kalimantan Barat Abang Rahmat Firdani. "
        '"Mulai hari ini tidak perlu lagi," kata Bang Firdani.'
    )
    people = _people(text)
    assert "Abang Rahmat Firdani" in people
    assert "Firdani" in people["Abang Rahmat Firdani"]


def test_an_untagged_full_name_before_a_stage_name_is_the_person() -> None:
    text = (
        "Penyanyi dangdut Wulan Sekarwati atau yang dikenal dengan nama panggung Wulan Sekar "
        "resmi menggugat cerai suaminya. Kuasa hukum Wulan, Teddy Sinaga, membenarkannya."
    )
    people = _people(text)
    assert "Wulan Sekarwati" in people
    assert {"Wulan Sekar", "Wulan"} <= set(people["Wulan Sekarwati"])


def test_an_honorific_keeps_a_name_spelt_like_a_place_a_person() -> None:
    body = "Ketua kelompok tani, Bu Sumba, menolak."
    start = body.index("Sumba")
    mention = Mention("Sumba", start, start + 5, "PERSON")
    assert judged("Sumba", body, [mention]) == ("Sumba", "PERSON")
    assert judged("Sumba", "Banjir di Sumba meluas.", [Mention("Sumba", 10, 15, "PERSON")]) == (
        "Sumba",
        "LOC",
    )


def test_a_work_title_in_quotes_is_no_person() -> None:
    text = "Ia bermain di film 'Dendam Jagoan' dan 'Satria Bambu Kuning' lalu pensiun."
    assert not {"Dendam Jagoan", "Satria Bambu Kuning"} & set(_people(text))


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Redmi 5A", ("Redmi 5A", "ORG")),
        ("Galaxy S8", ("Galaxy S8", "ORG")),
        ("Budi Sutrisno2", ("Budi Sutrisno", "PERSON")),
    ],
)
def test_letters_mixed_with_digits_are_a_model_or_glued_digits(
    name: str, kept: tuple[str, str]
) -> None:
    body = f"Kata dia, {name} laris."
    mention = Mention(name, 10, 10 + len(name), "PERSON")
    assert judged(name, body, [mention]) == kept


def test_english_product_and_event_names_are_no_people_but_speakers_are() -> None:
    body = "Peserta menyukai fitur Mirova Screen dan acara Danore Gives Back."
    for name in ("Mirova Screen", "Danore Gives Back"):
        start = body.index(name)
        mention = Mention(name, start, start + len(name), "PERSON")
        assert judged(name, body, [mention]) == (name, "ORG")
    spoken = '"Kami siap," kata Rudi Studio.'
    mention = Mention("Rudi Studio", spoken.index("Rudi"), len(spoken) - 1, "PERSON")
    assert judged("Rudi Studio", spoken, [mention]) == ("Rudi Studio", "PERSON")
