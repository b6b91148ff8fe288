"""Speakers where a nearer or shared name misleads: a short form the entity stage joined to
one person, a bare name shared by two people, a speaker whose name the text withholds
(fictional text)."""

from __future__ import annotations

from kabar.entities import find_entities
from quotes.helpers import only


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
