"""Cleaning: boilerplate out, every story paragraph kept in order, idempotent.

The seed expectations are line numbers (0-based) of the seed files, read from ../shared at
run time, so that no article text is copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from example_docs import EXAMPLES_KEY, example_documents, example_keys
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.clean import clean
from kabar.models import RawDocument
from kabar.text import normalize_text

from .texts import STORY_1, STORY_2, STORY_3, make_raw

# seed prefix -> (title line or None, {removed line: reason}, dateline prefix or None)
SEED_EXPECTED: dict[str, tuple[int | None, dict[int, str], str | None]] = {
    "000": (
        0,
        {
            0: "title",
            2: "caption",
            3: "source",
            4: "source",
            8: "headline",
            14: "headline",
            20: "headline",
        },
        "Siap",
    ),
    "001": (4, {0: "header", 2: "header", 4: "title", 24: "contributor"}, None),
    "002": (
        2,
        {
            0: "share",
            2: "title",
            4: "date",
            5: "caption",
            21: "related",
            27: "byline",
            29: "source",
            32: "footer",
        },
        "PYONGYANG, KOMPAS.TV -",
    ),
    "003": (None, {2: "related", 21: "footer", 22: "footer"}, None),
    "004": (None, {}, "REPUBLIKA.CO.ID, MOSKOW –"),
}


def _seed(seeds: Path, prefix: str) -> tuple[RawDocument, list[str]]:
    """Return the seed's RawDocument as the text reader builds it, and its raw lines."""
    path = next(seeds.glob(f"{prefix}_*.txt"))
    text = normalize_text(path.read_text(encoding="utf-8"))
    return RawDocument(source=str(path), text=text, format="text"), text.split("\n")


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seed_boilerplate_removed_and_story_kept(seeds_dir: Path, prefix: str) -> None:
    """Every boilerplate line goes (with the right reason), every story line stays in order."""
    raw, lines = _seed(seeds_dir, prefix)
    title_line, expected_removed, dateline = SEED_EXPECTED[prefix]
    cleaned = clean(raw)
    assert {r.position: r.reason for r in cleaned.removed} == expected_removed
    assert cleaned.title == (lines[title_line].strip() if title_line is not None else None)
    story = [
        line.strip() for i, line in enumerate(lines) if line.strip() and i not in expected_removed
    ]
    assert cleaned.dateline_prefix == dateline
    if dateline:
        first = story[0][len(dateline) :].lstrip()
        assert story[0].startswith(dateline)
        story[0] = first
    assert list(cleaned.paragraphs) == story
    assert cleaned.body == "\n\n".join(story)


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seed_cleaning_is_idempotent(seeds_dir: Path, prefix: str) -> None:
    """Cleaning a seed's cleaned body again (with its title) changes nothing."""
    raw, _ = _seed(seeds_dir, prefix)
    first = clean(raw)
    again = clean(RawDocument(source="x", text=first.body, format="text", title=first.title))
    assert again.paragraphs == first.paragraphs
    assert again.title == first.title


def test_seed_000_keeps_split_quote_and_one_line_paragraphs(seeds_dir: Path) -> None:
    """A sentence ending in "bahwa." and the quote paragraph after it are both story."""
    raw, lines = _seed(seeds_dir, "000")
    paragraphs = clean(raw).paragraphs
    assert lines[22].strip() in paragraphs
    assert lines[24].strip() in paragraphs
    assert paragraphs.index(lines[24].strip()) == paragraphs.index(lines[22].strip()) + 1
    assert lines[48].strip() in paragraphs


def test_seed_003_without_title_keeps_first_quote_paragraph(seeds_dir: Path) -> None:
    """A text whose first line is a quote has no title and keeps that line as story."""
    raw, lines = _seed(seeds_dir, "003")
    cleaned = clean(raw)
    assert cleaned.title is None
    assert cleaned.paragraphs[0] == lines[0].strip()


def test_made_up_article_end_to_end() -> None:
    """Header, caption, related links, ads, byline and footer go; the story stays whole."""
    doc = make_raw(
        "Warta Solo",
        "Portal Berita Solo Raya Terkini | Tepercaya",
        "Pasar Rakyat Laweyan Resmi Dibuka, Pedagang Kecil Dapat Kios Gratis",
        "Solo | Senin, 3 Maret 2025 10:05 WIB",
        "Wali Kota meninjau kios pedagang. (Foto: Dok. Pemkot Surakarta)",
        "SOLO, WARTASOLO.com - " + STORY_1,
        "Baca juga: Harga Cabai di Solo Turun Jelang Lebaran",
        STORY_2,
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Jadi Primadona.",
        STORY_3,
        "(gil/nad)",
        "Editor: Laras Wulandari",
        "TERBARU",
        "Harga Emas Antam Hari Ini Naik Tipis",
    )
    cleaned = clean(doc)
    assert cleaned.title == "Pasar Rakyat Laweyan Resmi Dibuka, Pedagang Kecil Dapat Kios Gratis"
    assert cleaned.paragraphs == (STORY_1, STORY_2, "Jadi Primadona.", STORY_3)
    assert cleaned.dateline_prefix == "SOLO, WARTASOLO.com -"
    reasons = [r.reason for r in cleaned.removed]
    assert reasons == [
        "header",
        "header",
        "title",
        "date",
        "caption",
        "related",
        "ad",
        "ad",
        "initials",
        "byline",
        "footer",
        "footer",
    ]


def test_trailing_initials_and_source_stripped_from_last_paragraph() -> None:
    """Sign-off initials glued to the last paragraph are cut, the sentence kept."""
    cleaned = clean(make_raw(STORY_1, STORY_3 + " (ant/rzk)"))
    assert cleaned.paragraphs == (STORY_1, STORY_3)
    assert cleaned.removed[0].reason == "initials"
    cleaned = clean(make_raw(STORY_1, STORY_3 + " [PageSix.com]"))
    assert cleaned.paragraphs == (STORY_1, STORY_3)


def test_agency_credit_ending_the_text_is_not_a_caption() -> None:
    """A closing "(Reuters)" goes as a source credit; the sentence before it stays."""
    cleaned = clean(make_raw(STORY_1, "Pertemuan berlangsung dua jam, kata juru bicara. (Reuters)"))
    assert cleaned.paragraphs == (STORY_1, "Pertemuan berlangsung dua jam, kata juru bicara.")
    assert [(r.reason, r.text) for r in cleaned.removed] == [("source", "(Reuters)")]
    cleaned = clean(make_raw(STORY_1, "Gempa terjadi pagi tadi. (Antara/Reuters)"))
    assert cleaned.paragraphs == (STORY_1, "Gempa terjadi pagi tadi.")


def test_source_box_bullets_removed() -> None:
    """A bare "Sumber :" heading takes its bullet lines with it."""
    cleaned = clean(make_raw(STORY_1, "Sumber :", "  • Wartasolo.com : Budi/Reuters", STORY_3))
    assert cleaned.paragraphs == (STORY_1, STORY_3)
    assert [r.reason for r in cleaned.removed] == ["source", "source"]


def test_empty_text() -> None:
    """An empty text gives no title and no paragraphs."""
    cleaned = clean(make_raw(""))
    assert cleaned.paragraphs == () and cleaned.title is None


def test_related_heading_takes_its_headlines() -> None:
    """Headlines listed under a bare "Baca Juga" heading go with it; the story resumes after."""
    cleaned = clean(
        make_raw(
            STORY_1,
            "Baca Juga",
            "Harga Cabai di Solo Turun Jelang Lebaran",
            "Wali Kota Tinjau Kios Darurat",
            STORY_3,
        )
    )
    assert cleaned.paragraphs == (STORY_1, STORY_3)
    assert [r.reason for r in cleaned.removed] == ["related"] * 3


def test_footer_marker_inside_the_story_does_not_cut_it() -> None:
    """A "Topik:" label with a long story sentence after it goes alone; the story stays whole."""
    later = (
        "Seminar itu diikuti sekitar 300 guru dari seluruh kabupaten dan kota di Jawa Tengah "
        "yang datang sejak pagi hari."
    )
    cleaned = clean(
        make_raw(
            "Dinas Pendidikan Gelar Seminar Guru di Semarang",
            "SEMARANG - Dinas Pendidikan Jawa Tengah menggelar seminar untuk guru sekolah dasar.",
            "Topik: Pembelajaran mendalam di kelas rangkap",
            later,
            "Tag: pendidikan, guru",
            "Baca juga berita lain di laman kami.",
        )
    )
    assert later in cleaned.paragraphs
    assert "Topik: Pembelajaran mendalam di kelas rangkap" not in cleaned.body
    assert "Tag: pendidikan, guru" not in cleaned.body
    assert "Baca juga berita lain di laman kami." not in cleaned.body


# Line pools for the idempotency property: story text, boilerplate, headline-like lines.
_POOL = [
    STORY_1,
    STORY_2,
    STORY_3,
    "Kim juga menyatakan keyakinannya bahwa.",
    "Bahan:",
    "1. Golkar",
    "“Kami siap,” ujarnya.",
    "Tetapkan Status Darurat",
    "Baca juga: Harga Cabai Turun",
    "ADVERTISEMENT",
    "TERBARU",
    "(ant/rzk)",
    "Editor: Laras Wulandari",
    "Sumber :",
    "• Wartasolo.com",
    "> >",
    "Jakarta - " + STORY_1,
    "SOLO, WARTASOLO.com - " + STORY_3,
    "Usai Diresmikan, Pasar Rakyat Laweyan Langsung Diserbu Ribuan Pembeli",
    "Kota Solo | 3 Maret 2025, 09:15 WIB",
    "Warta Solo",
    "Pasar Baru Dibuka Pekan Ini",
    "Foto: Suasana pasar",
    STORY_3 + " (ant/rzk)",
    "Jakarta (ANTARA) - Rupiah menguat.",
    "SiapKim Jong Un datang ke Solo.",
    "Halaman selanjutnya",
    "Skor: 3,15",
    "Baca Juga",
    "Petugas menata kios di pasar baru, Senin (3/3/2025).",
    "Pasar Laweyan Ramai Dikunjungi Warga dari Berbagai Daerah",
    "Dimas Prasetyo - Wartasolo.com",
    "Pedagang senang. DOK. PEMKOT SURAKARTA",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_POOL), st.text(max_size=60)), max_size=14),
    st.one_of(st.none(), st.sampled_from(["Judul Berita", "Pasar Baru - Kompas.com"])),
)
def test_cleaning_is_idempotent(lines: list[str], title: str | None) -> None:
    """Cleaning the cleaned body again (with the cleaned title) changes nothing."""
    text = normalize_text("\n".join(lines))
    first = clean(RawDocument(source="x", text=text, format="text", title=title))
    again = clean(RawDocument(source="x", text=first.body, format="text", title=first.title))
    assert again.body == first.body
    assert again.title == first.title


@pytest.mark.parametrize("key", example_keys())
def test_examples_boilerplate_gone_and_story_kept(key: str) -> None:
    """On the hand-written examples the key's boilerplate is gone and its sentences stay."""
    expected = json.loads(EXAMPLES_KEY.read_text(encoding="utf-8"))[key]
    cleaned = clean(example_documents()[key])
    assert cleaned.title == expected["title"]
    for chrome in expected["boilerplate"]:
        assert chrome not in cleaned.body, chrome
    for sentence in expected["kept"]:
        assert sentence in cleaned.body, sentence
