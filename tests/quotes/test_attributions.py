"""The words around a quote (``kabar.quotes.attributions``): cues after and before it, the
sentences near a bare quote.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest

from quotes.helpers import entity, only


@pytest.mark.parametrize(
    "cue",
    [
        "kata",
        "ujar",
        "ungkap",
        "tutur",
        "ucap",
        "sebut",
        "tambah",
        "pungkas",
        "imbuh",
        "jelas",
        "tegas",
        "terang",
        "lanjut",
        "papar",
    ],
)
def test_every_cue_verb(cue: str) -> None:
    body = f"“Program ini berjalan baik,” {cue} Sari Mulyani."
    (quote,) = only(body)
    assert quote.speaker == "Sari Mulyani"
    assert quote.cue == cue


def test_speaker_then_object() -> None:
    body = "“Kita harus bersatu,” kata Arman Nasution kepada Bupati Tono Siregar."
    assert only(body)[0].speaker == "Arman Nasution"


def test_long_role_after_the_cue() -> None:
    body = (
        "“Situasi sudah terkendali,” kata juru bicara Dinas Pemadam Kebakaran Kota Sukamaju "
        "Yoga Prasetya."
    )
    assert only(body)[0].speaker == "Yoga Prasetya"


def test_name_then_verb_after_the_quote() -> None:
    body = (
        "“Pembicaraan akan berlanjut pekan depan,” juru bicara Kementerian Kelautan Nasional "
        "Larasati Wibowo mengatakan Selasa. “Kami optimistis.”"
    )
    found = only(body)
    assert [q.speaker for q in found] == ["Larasati Wibowo", "Larasati Wibowo"]


def test_organisation_speaker() -> None:
    body = (
        "“Pengiriman bantuan tertunda karena cuaca buruk,” kata Badan Riset Kelautan "
        "Nasional (BRKN) pada Rabu."
    )
    assert only(body)[0].speaker == "Badan Riset Kelautan Nasional"
    org = entity("Badan Riset Kelautan Nasional", body, "ORG", ("BRKN",))
    assert only(body, entities=(org,))[0].speaker == "Badan Riset Kelautan Nasional"


def test_unnamed_speaker_is_none() -> None:
    body = "“Kami tidak tahu apa-apa,” kata seorang warga yang enggan disebut namanya."
    (quote,) = only(body)
    assert quote.speaker is None


def test_unattributed_quote_is_none() -> None:
    body = "Tulisan itu terpampang di dinding balai desa.\n\n“Hidup ini keras.”"
    (quote,) = only(body)
    assert quote.speaker is None


def test_speaker_before_the_quote() -> None:
    body = (
        "Menteri Perikanan Gita Maharani secara terbuka menyatakan “kami tidak akan mundur "
        "sejengkal pun.”"
    )
    (quote,) = only(body)
    assert quote.speaker == "Gita Maharani"
    assert quote.cue == "menyatakan"


def test_pronoun_before_colon() -> None:
    body = (
        "Menteri Perikanan Gita Maharani meninjau pelabuhan. "
        "Ia mengatakan: “Semua nelayan akan mendapat bantuan.”"
    )
    (quote,) = only(body)
    assert quote.speaker == "Gita Maharani"


def test_long_role_before_the_quote() -> None:
    body = (
        "Kepala Seksi Hubungan Masyarakat Kepolisian Resor Kota Sukamaju Ajun Komisaris "
        "Darmawan Sitepu mengatakan, “Pelaku sudah kami tahan.”"
    )
    assert only(body)[0].speaker == "Darmawan Sitepu"


def test_speaker_named_in_previous_paragraph() -> None:
    body = (
        "Saat ditanya soal target, Bupati Sukamaju Irawan Hadi dikutip media lokal sebagai "
        "mengatakan.\n\n“Target kami nol kemiskinan ekstrem.”"
    )
    assert only(body)[0].speaker == "Irawan Hadi"


def test_partial_quote_takes_the_sentence_speaker() -> None:
    body = (
        "Gubernur Sukamaju Melati Rahayu menyebut banjir itu sebagai “bencana buatan manusia” "
        "dan meminta pengembang bertanggung jawab."
    )
    (quote,) = only(body, "partial")
    assert quote.text == "bencana buatan manusia"
    assert quote.speaker == "Melati Rahayu"
    assert only(body, "direct") == []


def test_scare_quote_without_speaker() -> None:
    body = "Harga “minyak goreng murah” ternyata hanya bertahan sepekan."
    (quote,) = only(body, "partial")
    assert quote.speaker is None


def test_menurut_before_a_quote() -> None:
    body = "Menurut Yanti Kusumawati, “Musim tanam tahun ini lebih baik.”"
    (quote,) = only(body)
    assert quote.speaker == "Yanti Kusumawati"


def test_source_named_in_the_next_sentence() -> None:
    body = "“Kami menolak rencana itu.” Hal itu disampaikan oleh Ketua Koperasi Darto Wiyono."
    assert only(body)[0].speaker == "Darto Wiyono"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Apa salah kami?” tanya Rahmat Hidayat kepada petugas.", "Rahmat Hidayat"),
        ("“Kami akan kembali,” — ujar Sinta Dewi.", "Sinta Dewi"),
        ("“Ini baru awal,” demikian disampaikan Agus Salimin.", "Agus Salimin"),
        (
            "“Semua aman,” kata Kementerian Kesehatan dalam keterangan tertulis.",
            "Kementerian Kesehatan",
        ),
        ("“Kami akan lapor,” kata sumber Kompas di kepolisian.", None),
    ],
)
def test_more_attribution_forms(body: str, speaker: str | None) -> None:
    assert only(body)[0].speaker == speaker


def test_bare_quote_announced_in_the_paragraph_before() -> None:
    body = (
        "Bagi Marni Siregar, keselamatan anak-anaknya yang utama. Ia menutup percakapan "
        "dengan kalimat yang membuat relawan terdiam.\n\n“Rumah bisa dibangun lagi.”"
    )
    assert only(body)[0].speaker == "Marni Siregar"
