"""Headings: the title and furniture above the story, headlines and sub-headings inside it."""

from __future__ import annotations

import pytest

from kabar.clean import clean
from kabar.clean.rules import line_reason

from .texts import STORY_1, STORY_3, make_raw


def test_metadata_title_wins_and_its_repeat_is_removed() -> None:
    """With a title from HTML metadata, its repeat atop the text goes; a brand suffix is cut."""
    doc = make_raw(
        "Pasar Rakyat Laweyan Resmi Dibuka",
        STORY_1,
        title="Pasar Rakyat Laweyan Resmi Dibuka - Kompas.com",
    )
    cleaned = clean(doc)
    assert cleaned.title == "Pasar Rakyat Laweyan Resmi Dibuka"
    assert cleaned.paragraphs == (STORY_1,)


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("Pasar Baru Dibuka | Okezone News", "Pasar Baru Dibuka"),
        ("Pasar Baru Dibuka - Republika Online", "Pasar Baru Dibuka"),
        ("Duet Prabowo - Gibran", "Duet Prabowo - Gibran"),
        ("Pasar Baru Dibuka : Okezone Ekonomi", "Pasar Baru Dibuka"),
    ],
)
def test_metadata_title_suffixes(given: str, title: str) -> None:
    """A site name after the headline goes; a dash inside the headline stays."""
    assert clean(make_raw(STORY_1, title=given)).title == title


def test_caption_without_credit_above_the_dateline_is_removed() -> None:
    """A sentence-like caption above the dateline paragraph is not story."""
    caption = "Petugas menata kios di pasar baru Laweyan, Senin (3/3/2025)."
    cleaned = clean(
        make_raw(
            "Pasar Rakyat Laweyan Resmi Dibuka",
            caption,
            "SOLO, WARTASOLO.com - " + STORY_1,
            STORY_3,
        )
    )
    assert cleaned.title == "Pasar Rakyat Laweyan Resmi Dibuka"
    assert cleaned.paragraphs == (STORY_1, STORY_3)
    assert [r.reason for r in cleaned.removed] == ["title", "caption"]


def test_two_part_headline_goes_even_when_on_topic() -> None:
    """A "X, Y" or question headline between paragraphs is another article's, even on topic."""
    injected = "Pasar Laweyan Diresmikan, Wali Kota Surakarta Janjikan Kios Gratis"
    cleaned = clean(make_raw(STORY_1, injected, STORY_1.replace("meresmikan", "membuka"), STORY_3))
    assert injected not in cleaned.paragraphs
    assert cleaned.removed[0].reason == "headline"


def test_breadcrumbs_section_labels_hashtags_and_capitalised_initials() -> None:
    """Menu crumbs and section labels are not the title; hashtags go, and "(Ant)", Antara's
    house abbreviation, goes as the credit of the text."""
    cleaned = clean(
        make_raw(
            "Home > News > Regional",
            "Berita Regional Terkini",
            "Pasar Rakyat Laweyan Resmi Dibuka untuk Pedagang Kecil",
            STORY_1,
            "#PasarRakyat #Solo",
            STORY_3 + " (Ant)",
        )
    )
    assert cleaned.title == "Pasar Rakyat Laweyan Resmi Dibuka untuk Pedagang Kecil"
    assert cleaned.paragraphs == (STORY_1, STORY_3)
    assert [r.reason for r in cleaned.removed] == ["header", "header", "title", "share", "source"]
    assert [c.wires for c in cleaned.findings.credits] == [("Antara",)]


def test_subheading_sharing_words_with_next_paragraph_is_kept() -> None:
    """A title-case sub-heading that introduces the next paragraph is story structure."""
    heading = "Pedagang Kecil Dapat Kios Gratis di Pasar Laweyan"
    follow = "Sebanyak 120 pedagang kecil mendapat kios gratis di pasar Laweyan selama setahun."
    injected = "Harga Emas Antam Hari Ini Naik Tipis, Cek Daftarnya"
    cleaned = clean(make_raw(STORY_1, heading, follow, injected, STORY_3))
    assert cleaned.paragraphs == (STORY_1, heading, follow, STORY_3)
    assert [r.reason for r in cleaned.removed] == ["headline"]


def test_headline_opening_with_a_quotation_is_the_title() -> None:
    """'"Kami Tidak Takut", Kata Warga' is a headline; the dateline paragraph is the story."""
    cleaned = clean(
        make_raw(
            "“Kami Tidak Takut”, Kata Warga Rempang soal Relokasi",
            "Senin, 12 Agustus 2024 10:15 WIB",
            "BATAM - Warga Rempang menolak relokasi yang direncanakan pemerintah pusat.",
        )
    )
    assert cleaned.title == "“Kami Tidak Takut”, Kata Warga Rempang soal Relokasi"
    assert cleaned.paragraphs == (
        "Warga Rempang menolak relokasi yang direncanakan pemerintah pusat.",
    )


def test_one_word_writer_under_the_headline_is_a_byline() -> None:
    """A mononym right under the headline is the writer; a rubric word there is not."""
    for name, reason in (("Muhaimin", "byline"), ("Internasional", "header")):
        cleaned = clean(
            make_raw(
                "Pentagon Kirim Kapal Induk Kedua ke Timur Tengah",
                name,
                "Rabu, 17 Januari 2024 - 06:30 WIB",
                "WASHINGTON - Pentagon mengirim kapal induk kedua ke Timur Tengah.",
            )
        )
        assert [r.reason for r in cleaned.removed if r.text == name] == [reason]
    assert line_reason("CNBC INDONESIA RESEARCH") == "header"
    assert line_reason("KPK TANGKAP BUPATI") is None


def test_title_case_list_items_after_a_colon_are_kept() -> None:
    """Long title-case lines listed under "Berikut daftar ...:" are story, not headlines."""
    items = (
        "Universitas Negeri Makassar Fakultas Teknik Sipil Dan Lingkungan",
        "Institut Teknologi Sumatera Program Studi Teknik Geofisika Lampung",
    )
    cleaned = clean(
        make_raw(
            "Pemerintah Umumkan Penerima Hibah Riset Kampus",
            "JAKARTA - Kementerian Pendidikan mengumumkan kampus penerima dana hibah riset.",
            "Berikut daftar kampus penerima hibah:",
            *items,
            "Dana hibah akan dicairkan mulai bulan depan.",
            "Usai Diumumkan, Kampus Penerima Hibah Langsung Siapkan Proposal Penelitian",
            "Program itu menyasar kampus di luar Jawa.",
        )
    )
    assert all(item in cleaned.paragraphs for item in items)
    assert "Usai Diumumkan" not in cleaned.body
    assert line_reason("Suara.com - BERITA MENARIK LAINNYA:") == "related"
