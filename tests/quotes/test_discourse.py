"""Pronouns and continuations (``kabar.quotes.discourse``): who "ia", "dia" and "ujarnya"
point back at, and subjects before their speech verb.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest

from quotes.helpers import only


@pytest.mark.parametrize(
    "attribution", ["tambahnya", "ujarnya", "katanya", "ucapnya", "kata dia", "ujar beliau"]
)
def test_pronoun_cues_resolve_to_the_person(attribution: str) -> None:
    body = (
        "Direktur Utama PT Sinar Laut Hadi Gunawan meninjau gudang. "
        f"“Stok kami cukup untuk tiga bulan,” {attribution}."
    )
    assert only(body)[0].speaker == "Hadi Gunawan"


def test_pronoun_skips_an_organisation() -> None:
    body = (
        "Ronald Tumbelaka hadir dalam rapat itu. Badan Pusat Statistik kemudian merilis data "
        "inflasi. “Kenaikan terbesar terjadi pada cabai,” ujarnya."
    )
    assert only(body)[0].speaker == "Ronald Tumbelaka"


def test_pronoun_follows_the_latest_subject() -> None:
    body = (
        "“Kami datang untuk bekerja sama,” kata Rudi Hartono. "
        "Sementara itu Andini Putri memuji sambutan warga. "
        "“Desa ini sangat ramah,” katanya."
    )
    assert [q.speaker for q in only(body)] == ["Rudi Hartono", "Andini Putri"]


def test_pronoun_subject_chain() -> None:
    body = (
        "Camat Sukamaju Yohanes Lado mengunjungi lokasi longsor. Ia menuturkan, dua rumah "
        "rusak berat. “Kami sudah menyiapkan tenda darurat,” ucapnya."
    )
    assert only(body)[0].speaker == "Yohanes Lado"


def test_second_quote_continues_after_attribution() -> None:
    body = (
        "“Kami siap bertanding,” kata pelatih Fajar Nugroho. "
        "“Semua pemain dalam kondisi bugar.”\n\n"
        "“Target kami tiga poin.”"
    )
    assert [q.speaker for q in only(body)] == ["Fajar Nugroho"] * 3


def test_pronoun_without_antecedent_is_none() -> None:
    body = "“Semua berjalan lancar,” katanya."
    assert only(body)[0].speaker is None


def test_unnamed_official_blocks_the_pronoun() -> None:
    body = (
        "“Kami terbuka untuk dua opsi,” ujar Menteri Ratih Kumalasari. Seorang pejabat "
        "kementerian yang enggan disebut namanya mengakui pembahasan belum tuntas.\n\n"
        "“Ini belum final,” katanya."
    )
    assert [q.speaker for q in only(body)] == ["Ratih Kumalasari", None]


def test_adverbial_phrase_between_subject_and_speech_verb() -> None:
    body = (
        "“Kami siap membantu,” kata Ratih Kumalasari. Park Min-jae dalam kesempatan yang sama "
        "menyebut kerja sama itu penting. Ia mengatakan bahwa dua pabrik akan dibuka tahun depan."
    )
    (quote,) = only(body, "indirect")[-1:]
    assert quote.text.startswith("dua pabrik") and quote.speaker == "Park Min-jae"


def test_lawyer_in_apposition_claims() -> None:
    body = "Sementara itu, kuasa hukumnya, Maruli Sitompul, mengklaim kliennya menjadi korban pemerasan."
    (quote,) = only(body, "indirect")
    assert quote.speaker == "Maruli Sitompul"
    assert quote.text == "kliennya menjadi korban pemerasan"


@pytest.mark.parametrize("degrees", ["M.Pd.I", "M.Pd.", "S.H., M.H."])
def test_a_subject_named_in_apposition_with_degrees_is_who_a_pronoun_points_at(
    degrees: str,
) -> None:
    body = (
        f"Kepala Kantor Kementerian Agama, Drs. H. Rusdi Mahmudin, {degrees}, mengapresiasi "
        "langkah itu. “Ini contoh yang bagus,” ujarnya."
    )
    assert only(body)[0].speaker == "Rusdi Mahmudin"



@pytest.mark.parametrize("origin", ["Manggarai, Nusa Tenggara Timur,", "Manggarai, NTT"])
def test_a_description_naming_a_place_and_its_province_points_back(origin: str) -> None:
    body = (
        "Ditemui di Jakarta, Yosef Ndaru hanya tersenyum ketika ditanya. "
        f"“Itu hak prerogatif Presiden,” kata pria asal {origin} itu."
    )
    assert only(body)[0].speaker == "Yosef Ndaru"
