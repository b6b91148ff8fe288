"""Glued words put apart only where the text is sure (fictional text)."""

from __future__ import annotations

from kabar.clean import clean
from kabar.clean.glue import split_glued, unglue
from kabar.models import RawDocument


def test_acronym_glued_to_a_name_the_text_names_again() -> None:
    paragraphs = [
        "Ketua PSRWinarto Suganda menyebut rapat ditunda.",
        "Winarto mengatakan anggota PSR akan berkumpul lagi.",
    ]
    assert unglue(paragraphs)[0].startswith("Ketua PSR Winarto Suganda")


def test_name_glued_to_a_verb_and_a_link_boundary() -> None:
    paragraphs = [
        "Bupati Sulastrimenyebut panen tahun ini naik, seperti dilansirAntara.",
        "Hal itu disampaikan kepadadetikJateng, Senin. Sulastri juga meninjau gudang.",
    ]
    out = unglue(paragraphs)
    assert out[0] == "Bupati Sulastri menyebut panen tahun ini naik, seperti dilansir Antara."
    assert out[1].startswith("Hal itu disampaikan kepada detikJateng, Senin.")


def test_without_evidence_nothing_is_split() -> None:
    # the acronym and the name appear nowhere else; the name is no known word either
    text = ["Ketua PSRWinarto menyebut rapat ditunda."]
    assert unglue(text) == text
    # a name followed by another capitalised word is likelier a longer name
    text = ["Dokter Rahmandari Wulan menjelaskan, kata dr Rahman, hasilnya baik."]
    assert unglue(text) == text


def test_real_words_shaped_like_glue_stay_whole() -> None:
    seen = frozenset({"Mc", "Donald", "You", "Tube", "BUMD", "Des", "Rama", "detik", "Pagi"})
    for word in ("McDonald", "YouTube", "iPhone", "BUMDes", "DKI", "Ramadan", "detikNews",
                 "detikPagi", "WhatsApp"):
        assert split_glued(word, seen) == word, word


def test_handles_and_hashtags_stay_whole() -> None:
    text = ["Akun @KPKWinarto dan tagar #desaSukamaju ramai. KPK dan Winarto, Sukamaju."]
    assert unglue(text) == text


def test_cleaning_splits_once_and_stays_idempotent() -> None:
    body = (
        "Ketua PSRWinarto Suganda menyebut rapat anggota ditunda hingga pekan depan karena "
        "banyak anggota yang masih berada di luar kota.\n\n"
        "Winarto mengatakan anggota PSR akan berkumpul lagi setelah panen raya selesai."
    )
    once = clean(RawDocument(source="t", text=body, format="text"))
    assert "PSR Winarto Suganda" in once.paragraphs[0]
    again = clean(RawDocument(source="t", text="\n\n".join(once.paragraphs), format="text"))
    assert again.paragraphs == once.paragraphs
