"""Speakers where a nearer or shared name misleads: a short form the entity stage joined to
one person, a bare name shared by two people, a speaker whose name the text withholds
(fictional text)."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from quotes.helpers import entity, only


def _direct(body: str) -> list[str | None]:
    return [q.speaker for q in only(body, "direct", find_entities(body))]


def test_a_nickname_joined_to_one_person_is_not_given_to_a_namesake() -> None:
    """ "tutur Cak Dar" is Dariyanto Wibowo's nickname, not Dar Lestari's short name."""
    body = (
        "Salah satu nelayan, Dariyanto Wibowo, yang biasa dipanggil Cak Dar, kehilangan "
        'perahunya. "Perahu itu satu-satunya modal saya," tutur Cak Dar.\n\n'
        "Nelayan lain, Dar Lestari, menyebut jaringnya ikut hanyut. "
        '"Kami butuh bantuan jaring," ujar Dar Lestari.'
    )
    assert _direct(body) == ["Dariyanto Wibowo", "Dar Lestari"]


def test_a_bare_name_goes_to_the_person_whose_given_name_it_is() -> None:
    """ "Yusuf" after "Hendra Yusuf Pratama" and "Yusuf Kurniadi Lubis": the second is called
    Yusuf; the first, whose inner word it is, goes by Hendra or "Hendra Yusuf"."""
    body = (
        "Analis Bumi Sekuritas, Hendra Yusuf Pratama, menilai saham itu murah. "
        '"Valuasinya menarik," ujar Hendra.\n\n'
        "Analis Cakra Sekuritas, Yusuf Kurniadi Lubis, lebih berhati-hati. Yusuf, yang tidak "
        "bersaudara dengan Hendra Yusuf, menyebut kinerja emiten itu belum pulih.\n\n"
        '"Kami sarankan tahan dulu," tutur Yusuf.'
    )
    assert _direct(body) == ["Hendra Yusuf Pratama", "Yusuf Kurniadi Lubis"]


def test_a_speaker_whose_name_is_withheld_keeps_a_later_pronoun() -> None:
    """ "Penerima lain yang meminta namanya tidak ditulis menyebut ... katanya": no speaker,
    not the student named before."""
    body = (
        "Seorang penerima beasiswa, Rizal Hakiki Pratama, mengaku belum menerima dana. "
        '"Sudah tiga bulan belum cair," kata Rizal.\n\n'
        "Penerima lain yang meminta namanya tidak ditulis menyebut banyak temannya bekerja "
        'sampai malam. "Kami takut dianggap tidak tahu terima kasih," katanya.'
    )
    assert _direct(body) == ["Rizal Hakiki Pratama", None]


def test_bung_is_an_honorific_before_a_short_given_name() -> None:
    """ "Bung Hasan" of Hasanuddin Lubis: one person, the quote his."""
    body = (
        "Ketua serikat, Hasanuddin Lubis, yang di kalangan buruh dipanggil Bung Hasan, menyatakan "
        'aksi tetap digelar. "Kami tetap turun ke jalan," kata Bung Hasan.'
    )
    assert _direct(body) == ["Hasanuddin Lubis"]


def test_a_relative_clause_about_a_name_that_withholds_nothing_keeps_the_speaker() -> None:
    """ "mereka yang telah mengharumkan nama bangsa": praise, not an anonymous source."""
    body = (
        "Menteri Kebudayaan Fahmi Zulkarnain menghadiri malam penghargaan film. Fahmi pun "
        "mengapresiasi para sineas yang telah mengharumkan nama bangsa di festival dunia.\n"
        '"Semua kita fasilitasi, kita dukung," tegasnya.'
    )
    assert _direct(body) == ["Fahmi Zulkarnain"]


def test_a_nickname_in_the_attribution_refers_back_to_the_one_person_named() -> None:
    """ "ujar pria yang akrab disapa Pak Sito itu" two sentences after "Ketua RT, Warsito,":
    Warsito, not a second person "Sito"."""
    body = (
        "Ketua RT setempat, Warsito, mengatakan warga sudah lama mengeluhkan banjir. Menurut "
        "dia, saluran air tersumbat sampah.\n\n"
        '"Sudah tiga kali kami lapor ke kelurahan," ujar pria yang akrab disapa Pak Sito itu.'
    )
    assert _direct(body) == ["Warsito"]


def test_a_pronoun_does_not_reach_back_past_another_person_named_in_between() -> None:
    """ "ujarnya" after a verbless sentence introducing Lasmin Hardjo (whom the memory does not
    keep as a speaker) is not Endang's: two candidates, the quote stays unnamed, not wrong."""
    body = (
        "Kepala Dinas Perikanan Endang Sulastri mengatakan harga ikan turun.\n\n"
        "Salah satunya Lasmin Hardjo (61), nelayan asal Brondong yang sudah melaut 40 tahun.\n\n"
        '"Solar sekarang susah dicari," ujarnya.'
    )
    people = (entity("Endang Sulastri", body), entity("Lasmin Hardjo", body))
    assert [q.speaker for q in only(body, "direct", people)] == [None]


def test_a_name_after_the_pronoun_of_its_sentence_keeps_the_pronoun_s_topic() -> None:
    """ "Sejak itu, ia membaca buku Wulandari": Wulandari is what she read, so a later
    "katanya" is still Endang's."""
    body = (
        "Kepala Dinas Perikanan Endang Sulastri mengatakan harga ikan turun.\n\n"
        "Sejak itu, ia membaca buku karya Wulandari Kusuma tentang koperasi.\n\n"
        '"Koperasi harus kuat," katanya.'
    )
    people = (entity("Endang Sulastri", body), entity("Wulandari Kusuma", body))
    assert [q.speaker for q in only(body, "direct", people)] == ["Endang Sulastri"]


def test_an_abbreviated_teungku_is_a_title_before_the_name() -> None:
    """ "ujar Tgk. Basri": the Acehnese honorific is neither a person nor a sentence end."""
    body = (
        "Ketua Panglima Laot Lhok Idi, Tgk. Basri Hamzah Yusuf, mengatakan nelayan sudah "
        'dipulangkan.\n\n"Mereka sehat semua," ujar Tgk. Basri kepada wartawan, Senin.'
    )
    entities = find_entities(body)
    assert "Tgk" not in {e.name for e in entities}
    assert _direct(body) == ["Basri Hamzah Yusuf"]


def test_a_short_name_is_not_given_to_someone_introduced_only_later() -> None:
    """ "ujar Bang Jaya" before "Jaya Kusnadi" is introduced: the nickname is someone the
    reader met already (named otherwise), not the later namesake."""
    body = (
        "Calon bupati Herman Wijayakusuma, yang dipanggil Bang Jaya oleh pendukungnya, "
        'membantah tudingan itu. "Silakan dibuktikan," ujar Bang Jaya.\n\n'
        "Komisioner Bawaslu, Jaya Kusnadi, menambahkan barang bukti sudah diamankan. "
        '"Kami minta semua pihak tenang," kata Jaya Kusnadi.'
    )
    speakers = _direct(body)
    assert speakers[0] != "Jaya Kusnadi"
    assert speakers[1] == "Jaya Kusnadi"


def test_datin_is_an_honorific_not_part_of_the_name() -> None:
    """ "Hakim Datin Noraini Ismail": the Malaysian honorific stays out of the speaker's name."""
    body = (
        "Hakim Datin Noraini Ismail dalam putusannya menyebut terdakwa bersalah.\n\n"
        '"Perbuatan itu dilakukan berulang kali," ujar Noraini di mahkamah.'
    )
    assert _direct(body) == ["Noraini Ismail"]


@pytest.mark.parametrize(
    ("middle", "other"),
    [
        # named again after the other person: the pronoun's topic is clear
        ("Wulandari Kusuma juga berdagang. Seperti halnya Wulandari, Endang menabung.", None),
        # a place the tagger took for a person ("di Kemayoran")
        ("Lapak ikan itu berada di Kemayoran sejak 2010.", "Kemayoran"),
        # a relative in apposition to a possessive ("ibunya, ...") is an aside
        ("Sejak kecil ibunya, Sumirah Wati, mengajari berdagang.", "Sumirah Wati"),
    ],
)
def test_a_name_that_opens_no_new_topic_keeps_the_pronoun(middle: str, other: str | None) -> None:
    body = (
        "Pedagang ikan Endang Sulastri mengatakan harga ikan turun.\n\n"
        f"{middle}\n\n"
        '"Solar sekarang susah dicari," ujarnya.'
    )
    people = [
        entity("Endang Sulastri", body),
        entity("Wulandari Kusuma", body, aliases=("Wulandari",)),
    ]
    if other:
        people.append(entity(other, body))
    assert [q.speaker for q in only(body, "direct", tuple(people))] == ["Endang Sulastri"]
