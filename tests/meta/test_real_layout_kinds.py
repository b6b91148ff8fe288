"""Real scraped input, by kind: a numeric field date the page settles, relative publication
times, bylines with the outlet in brackets, photo credits alone or after the name, the writer's
name over the story of a record whose headline the text leaves out, and regional sites on a
network's subdomains. All text fictional.
"""

from __future__ import annotations

import pytest
from factories import describe_text

STORY = (
    "Banjir merendam sedikitnya 320 rumah di tiga kelurahan setelah hujan deras mengguyur "
    "kawasan itu sejak Senin malam."
)
STORY_2 = "Warga yang terdampak diminta mengungsi sementara ke balai kelurahan hingga air surut."
TITLE = "Banjir Rendam 320 Rumah di Tiga Kelurahan"


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("Selasa, 09 Des 2025 14:05 WIB\n", "2025-12-09"),  # the date line
        ("", "2025-12-09"),  # the story's weekday date: "Selasa (9/12/2025)"
    ],
)
def test_a_numeric_field_date_read_either_way_is_settled_by_the_page(page: str, day: str) -> None:
    """A file of "12/9/2025"-style dates that never settles its order is read day-first; the
    page printing 9 December turns the field's reading round."""
    text = f"{page}{STORY}\n\"Air mulai naik pukul dua dini hari,\" kata Ruslan, Selasa (9/12/2025)."
    meta, _ = describe_text(text, published="2025-09-12 14:05")
    assert meta.published is not None and meta.published.startswith(day)
    # a page that agrees with the field, or says nothing, leaves it
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", published="2025-09-12 14:05")
    assert meta.published is not None and meta.published.startswith("2025-09-12")


@pytest.mark.parametrize(
    "line",
    ["2 jam lalu", "Diperbarui 2 jam lalu", "Dipublikasikan 5 menit yang lalu",
     "Kemarin, 14:05 WIB", "3 hours ago"],
)
def test_a_relative_publication_time_is_flagged_never_made_a_date(line: str) -> None:
    meta, body = describe_text(f"{line}\n{STORY}\n{STORY_2}", title=TITLE)
    assert meta.published is None
    assert any("relative" in note for note in meta.date_notes)
    assert line not in body
    meta, _ = describe_text(f"{line}\n{STORY}\n{STORY_2}")
    assert meta.title != line  # never taken for the headline


def test_a_time_after_a_middle_dot_is_kept() -> None:
    meta, _ = describe_text(f"9 Des 2025 · 14:05 WIB\n{STORY}\n{STORY_2}")
    assert meta.published == "2025-12-09T14:05+07:00"


def test_a_byline_with_the_outlet_in_brackets() -> None:
    """The Jakarta Post prints "Name (The Jakarta Post)" over the story."""
    meta, body = describe_text(
        f"Yvette Tanamal (The Jakarta Post)\nJakarta ● Tue, December 9, 2025\n{STORY}\n{STORY_2}",
        title=TITLE,
    )
    assert (meta.authors, meta.outlet) == (("Yvette Tanamal",), "Jakarta Post")
    assert meta.published is not None and meta.published.startswith("2025-12-09")
    assert "Tanamal" not in body


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("VIVA.co.id/Yeni Lestari", "Yeni Lestari"),
        ("Warga menyelamatkan barang dari rumah yang terendam. (Dimas Ryandi/JawaPos.com)",
         "Dimas Ryandi"),
    ],
)
def test_photo_credit_alone_or_after_the_name(caption: str, photographer: str) -> None:
    meta, body = describe_text(
        f"{STORY}\n{caption}\n{STORY_2}", authors=("Rina Sembiring", photographer)
    )
    assert caption not in body
    assert meta.authors == ("Rina Sembiring",)


def test_the_writer_over_the_story_when_the_text_leaves_the_headline_out() -> None:
    """A record gives the headline apart; its text opens with the writer's name over the date
    line and the editor's credit (Tempo, Media Indonesia)."""
    meta, body = describe_text(
        f"Hendra Kusuma\nEditor: Sapto Nugroho\n9 Desember 2025 | 14.05 WIB\n{STORY}\n{STORY_2}",
        title=TITLE,
    )
    assert (meta.authors, meta.editors) == (("Hendra Kusuma",), ("Sapto Nugroho",))
    assert body.startswith("Banjir")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://jogja.tribunnews.com/2025/12/09/banjir-rendam-permukiman", "Tribun Jogja"),
        ("https://aceh.tribunnews.com/2025/12/09/banjir-rendam-permukiman", "Serambinews"),
        ("https://www.tribunnews.com/regional/2025/12/09/banjir-rendam-permukiman", "Tribunnews"),
    ],
)
def test_regional_tribun_sites_on_the_network_subdomains(url: str, outlet: str) -> None:
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", url=url)
    assert meta.outlet == outlet


@pytest.mark.parametrize(
    ("credits", "authors", "editors"),
    [
        # label and name in two elements of the page, a line each (Kompas.id, IDN Times)
        ("Oleh\nStefanus Ato\nEditor:\nMADINA NUSRAT", ("Stefanus Ato",), ("Madina Nusrat",)),
        ("Writer\nIndah Permatasari\nEditor\nDoni Hermawan", ("Indah Permatasari",),
         ("Doni Hermawan",)),
    ],
)
def test_a_credit_label_alone_on_its_line_credits_the_next(
    credits: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    meta, body = describe_text(f"{STORY}\n{STORY_2}\n{credits}")
    assert (meta.authors, meta.editors) == (authors, editors)
    assert body.endswith(STORY_2)


def test_a_lone_word_over_a_story_line_is_no_label() -> None:
    _, body = describe_text(f"{STORY}\nEditor\n{STORY_2}")
    assert STORY_2 in body


@pytest.mark.parametrize("line", ["Tim detikcom - detikNews", "Tim VIVA", "Tim Redaksi Kompas.com"])
def test_a_team_credit_names_the_outlet_and_nobody(line: str) -> None:
    meta, body = describe_text(f"{STORY}\n{STORY_2}\n{line}")
    assert meta.authors == ()
    assert meta.outlet is not None
    assert line not in body


def test_the_place_in_a_contributor_opening_is_no_writer() -> None:
    meta, _ = describe_text(
        "Laporan Kontributor TribunJogja.com, Gunungkidul, Alexander Aprita\n"
        f"TRIBUNJOGJA.COM, GUNUNGKIDUL - {STORY}\n{STORY_2}"
    )
    assert meta.authors == ("Alexander Aprita",)
    meta, _ = describe_text(
        f"Laporan Wartawan Tribunnews.com, Yohanes Liestyo dan Reza Deni\n{STORY}\n{STORY_2}"
    )
    assert meta.authors == ("Yohanes Liestyo", "Reza Deni")


def test_a_place_and_a_full_stop_open_the_story() -> None:
    """Jakarta Globe: "Jakarta. Floods ..."; only a known place counts."""
    meta, body = describe_text(f"Jakarta. {STORY}\n{STORY_2}")
    assert (meta.dateline, body[:6]) == ("Jakarta", "Banjir")
    _, body = describe_text(f"Ruslan. {STORY}\n{STORY_2}")
    assert body.startswith("Ruslan.")


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Yvette Tanamal", "Yvette Tanamal", None),  # English outlets' byline
        ("Muhammad Ashari - Pikiran Rakyat", "Muhammad Ashari", "Pikiran Rakyat"),  # two words
    ],
)
def test_bylines_in_english_and_with_a_two_word_outlet(
    byline: str, author: str, outlet: str | None
) -> None:
    meta, body = describe_text(f"{byline}\n{STORY}\n{STORY_2}", title=TITLE)
    assert meta.authors == (author,)
    assert meta.outlet == outlet
    assert byline not in body


@pytest.mark.parametrize(
    "line", ["Editor's Choice: Floods Hit Bekasi Again", "(tirto.id - Politik)"]
)
def test_related_picks_and_a_bracketed_section_label_go(line: str) -> None:
    _, body = describe_text(f"{STORY}\n{STORY_2}\n{line}", title=TITLE)
    assert body.endswith(STORY_2)


def test_a_relative_time_in_the_date_field_is_flagged_too() -> None:
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", published="2 jam yang lalu")
    assert meta.published is None
    assert any("relative" in note for note in meta.date_notes)
