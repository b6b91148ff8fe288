"""What a page's markup says beyond its extracted text: shown headline, credits, lost dateline.

Fictional pages in the layouts of real Indonesian templates (a rubric on ``og:title``, an
editor under JSON-LD ``author``, a dateline outside the first paragraph, a link list read as
the article).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kabar.clean import clean
from kabar.ingest import read_file
from kabar.ingest.html_page import class_byline, loose_dateline, script_credits, shown_headline
from kabar.meta import describe

STORY = (
    "<p>Ratusan warga Desa Sukamaju menggelar panen raya jagung pada Senin di lahan seluas "
    "empat puluh hektare yang dikelola kelompok tani setempat bersama penyuluh desa.</p>"
    "<p>Kepala Desa Sukamaju, Darmawan Putra, mengatakan hasil panen tahun ini jauh lebih baik "
    "dari tahun lalu karena saluran irigasi sudah diperbaiki oleh warga secara gotong royong.</p>"
    "<p>Menurut Darmawan, panen mencapai tujuh ton per hektare, naik dari lima ton pada musim "
    "sebelumnya, sehingga warga dapat menjual sebagian hasil ke luar daerah dengan harga baik.</p>"
)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='id'><head>{head}</head><body>{body}</body></html>"


def _read(tmp_path: Path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document


def test_shown_headline_drops_a_rubric_the_metadata_adds() -> None:
    page = "<h1 class='x'>Warga Sukamaju Panen Raya Jagung</h1>"
    assert shown_headline(page, "Pertanian - Warga Sukamaju Panen Raya Jagung") == (
        "Warga Sukamaju Panen Raya Jagung"
    )


def test_shown_headline_keeps_a_rubric_the_page_shows() -> None:
    page = "<div class='jdl-foto'>Foto Pekan Ini: Warga Sukamaju Panen Raya Jagung</div>"
    assert shown_headline(page, "Warga Sukamaju Panen Raya Jagung") == (
        "Foto Pekan Ini: Warga Sukamaju Panen Raya Jagung"
    )


def test_shown_headline_ignores_other_articles_and_plain_divs() -> None:
    title = "Warga Sukamaju Panen Raya Jagung"
    # a related headline sharing words, a rubric too long, a div without a title class
    assert shown_headline("<h1>Harga Jagung Naik di Pasar Induk Sukamaju</h1>", title) is None
    assert shown_headline("<h1>Berita Desa Hari Ini Dari Kami: " + title + "</h1>", title) is None
    assert shown_headline("<div>Opini: " + title + "</div>", title) is None
    assert shown_headline("<h1>" + title + "</h1>", title) is None  # the same title


def test_script_credits_tell_writer_from_editor() -> None:
    page = (
        "<script>dataLayer.push({'author': 'Rina Kusuma', 'editor': 'Bagus'});</script>"
        "<div>Editor : <a href='/author/9/yuda'>Yuda Pratama</a></div>"
    )
    writers, editors = script_credits(page)
    assert writers == ["Rina Kusuma"]
    assert editors == ["Bagus", "Yuda Pratama"]
    assert script_credits("<p>Tidak ada kredit.</p>") == (None, [])


def test_editor_under_json_ld_author_is_no_writer(tmp_path: Path) -> None:
    head = (
        '<meta property="og:title" content="Warga Sukamaju Panen Raya Jagung">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Bagus"}}</script>'
        "<script>dataLayer.push({'author': 'Rina Kusuma', 'editor': 'Bagus'});</script>"
    )
    document = _read(tmp_path, _page(head, f"<article><h1>x</h1>{STORY}</article>"))
    assert document.authors == ("Rina Kusuma",)
    assert document.editors == ("Bagus",)


def test_byline_naming_the_outlet_gives_no_writer(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Bagus"}}</script>'
        "<script>dataLayer.push({'author': ' Media Indonesia', 'editor': 'Bagus'});</script>"
    )
    document = _read(tmp_path, _page(head, f"<article>{STORY}</article>"))
    assert document.authors == ()
    assert document.editors == ("Bagus",)


def test_dateline_outside_the_first_paragraph_is_kept() -> None:
    page = "<div class='text'>\n <strong>Sukamaju</strong> - " + STORY + "</div>"
    lines = ["Ratusan warga Desa Sukamaju menggelar panen raya jagung pada Senin di lahan"]
    assert loose_dateline(page, lines) == "Sukamaju -"
    # text that is no dateline (a caption, a link) before the paragraph gives none
    other = "<div><a href='/x'>Baca juga berita lain</a> " + STORY + "</div>"
    assert loose_dateline(other, lines) is None
    assert loose_dateline("<div><p>Foto: dokumen warga</p>" + STORY, lines) is None


def test_page_with_loose_dateline_reads_it_into_the_text(tmp_path: Path) -> None:
    body = "<div class='detail'><strong>Sukamaju</strong> - " + STORY + "</div>"
    document = _read(tmp_path, _page("<title>Panen Raya</title>", body))
    assert document.text.startswith("Sukamaju - Ratusan warga")


def test_link_list_read_as_the_article_falls_back_to_the_story(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import trafilatura

    from kabar.ingest import html as html_reader

    links = "\n".join(f"- Kabar Desa Nomor {n}\nRingkasan kabar nomor {n}." for n in range(6))
    story = " ".join(["Ratusan warga Desa Sukamaju menggelar panen raya jagung."] * 8)

    def fake(page: str, favor_precision: bool = False, **_: object) -> SimpleNamespace:
        if favor_precision:
            return SimpleNamespace(text=story if "isi" in page else "Foto satu.")
        return SimpleNamespace(text=links)

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    assert html_reader._extract("<div class='isi'></div>").text == story
    # a precision reading of a few words (a gallery's captions) does not replace the default
    assert html_reader._extract("<div></div>").text == links


def test_meta_tags_and_shown_byline_credit_writers_and_editors(tmp_path: Path) -> None:
    head = (
        '<meta name="dtk:author" content="Rina Kusuma">'
        '<meta name="content_editor" content="Yuda Pratama">'
    )
    document = _read(tmp_path, _page(head, f"<article>{STORY}</article>"))
    assert document.authors == ("Rina Kusuma",)
    assert document.editors == ("Yuda Pratama",)


def test_any_editor_meta_tag_names_the_editor_but_initials_name_nobody(tmp_path: Path) -> None:
    head = '<meta name="adx:editor" content="Yuda Pratama"><meta name="dtk:editor" content="ydp">'
    document = _read(tmp_path, _page(head, f"<article>{STORY}</article>"))
    assert document.editors == ("Yuda Pratama",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (  # labels with colons, two writers
            "<div class='penulis'>Penulis: <a href='/a/1'>Rina Kusuma</a>, <a href='/a/2'>Dedi "
            "Saputra</a> | Editor: <a href='/a/3'>Yuda Pratama</a></div>",
            ("Rina Kusuma", "Dedi Saputra"),
        ),
        ("<div class='by'>Rep: Rina Kusuma/ Red: Yuda Pratama</div>", ("Rina Kusuma",)),
        (  # each role in its own span (Republika)
            "<div class='max-card__author'><span>Rep: Rina Kusuma</span>/ <span>Red: Yuda "
            "Pratama</span></div>",
            ("Rina Kusuma",),
        ),
        (  # labels in their own elements, without colons
            "<div class='author'><span class='label'>Penulis</span> <a href='/p/1'>Rina Kusuma"
            "</a> <span class='label'>Editor</span> <a href='/p/2'>Yuda Pratama</a></div>",
            ("Rina Kusuma",),
        ),
    ],
)
def test_shown_byline_gives_writers_when_nothing_else_does(
    tmp_path: Path, byline: str, authors: tuple[str, ...]
) -> None:
    document = _read(tmp_path, _page("<title>Panen</title>", f"{byline}<article>{STORY}</article>"))
    assert document.authors == authors
    assert document.editors == ("Yuda Pratama",)


def test_related_block_teasers_are_left_out(tmp_path: Path) -> None:
    teasers = "".join(
        f"<li><div class='text'><h3><a href='/b/{n}'>Kabar Lain Nomor {n}</a></h3>"
        f"<span>11/6/2025 10:54</span><p>Teaser berita lain nomor {n} tentang harga pupuk "
        "yang naik di kota dan desa sekitar.</p></div></li>"
        for n in range(3)
    )
    body = (
        f"<div class='main'><div class='isi'><h1>Panen Raya Jagung</h1>{STORY}</div>"
        f"<section><div class='ti'>Berita Lainnya</div><ul class='list-3'>{teasers}</ul>"
        "</section></div>"
    )
    document = _read(tmp_path, _page("<title>Panen Raya Jagung</title>", body))
    assert "tujuh ton per hektare" in document.text
    assert "Teaser berita lain" not in document.text  # the extractor alone keeps them


def test_a_page_without_a_date_gets_none_not_its_copyright_year(tmp_path: Path) -> None:
    """A page whose markup and text give no date is undated: the footer's "Copyright 2025" is
    not 1 January 2025. A shown date line still dates it."""
    story = "".join(
        f"<p>Warga {n} kelurahan diminta mengungsi sementara ke balai desa hingga air surut "
        "setelah banjir merendam ratusan rumah sejak Senin malam.</p>"
        for n in ("dua", "tiga", "empat")
    )
    for shown, day in (("", None), ("<div>Selasa, 09 Des 2025 14:05 WIB</div>", "2025-12-09")):
        page = tmp_path / "undated.html"
        page.write_text(
            "<html><head><title>Banjir Rendam Ratusan Rumah</title></head><body><article>"
            f"<h1>Banjir Rendam Ratusan Rumah</h1>{shown}{story}</article>"
            "<footer><p>Copyright 2025 Warta Kita. All rights reserved.</p></footer></body></html>",
            encoding="utf-8",
        )
        raw = read_file(page)[0]
        meta = describe(raw, clean(raw))
        assert (meta.published or "")[:10] == (day or "")


def test_a_dateline_in_its_own_inline_tag_stays_the_dateline(tmp_path: Path) -> None:
    """The extractor breaks the line after "<strong>Place, Outlet</strong>": the place is the
    dateline, never a writer, and the story line loses its dash."""
    story = (
        "Pemerintah Kota Sukamaju menutup sementara jembatan gantung di Desa Cibening "
        "setelah dua tiang penyangganya retak, Senin (20/10)."
    )
    body = (
        "<article><h1>Jembatan Gantung Cibening Ditutup Sementara</h1>"
        f"<p><strong>Sukamaju, CNN Indonesia</strong> -- {story}</p>"
        "<p>Kepala dinas pekerjaan umum setempat mengatakan perbaikan memakan waktu dua pekan "
        "dan warga diminta memakai jalan desa sebagai jalur pengganti selama perbaikan.</p>"
        "<p>Jembatan itu dibangun pada 2009 dan menjadi jalur utama anak sekolah menuju "
        "kecamatan, sehingga pemerintah menyiapkan angkutan antar-jemput gratis.</p></article>"
    )
    raw = _read(tmp_path, _page("<title>Jembatan Gantung Cibening Ditutup</title>", body))
    article = describe(raw, clean(raw))
    assert article.dateline == "Sukamaju"
    assert "Sukamaju" not in article.authors
    assert clean(raw).body.startswith("Pemerintah Kota Sukamaju menutup")
    # a year the story names ("dibangun pada 2009") is no publication date
    assert raw.published is None


def test_byline_element_without_a_label_names_the_writer(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Bagus Wirawan"}}</script>'
    )
    credits = (
        '<div class="author-2">Rina Kusuma</div>'
        '<div class="info-author">Editor : <a class="author" href="/a/9">Bagus Wirawan</a></div>'
    )
    document = _read(tmp_path, _page(head, f"{credits}<article>{STORY}</article>"))
    assert document.authors == ("Rina Kusuma",)
    assert document.editors == ("Bagus Wirawan",)


def test_class_byline_skips_labelled_roles_and_non_names() -> None:
    assert class_byline('<p>Editor : <a class="author">Bagus Wirawan</a></p>') is None
    assert class_byline('<div class="author">12 artikel terbaru</div>') is None
    assert class_byline('<span class="byline">Dewi Lestari</span>') == "Dewi Lestari"


def test_shown_source_credit_after_the_story_credits_the_agency(tmp_path: Path) -> None:
    page = _page("", f"<article>{STORY}</article><div class='source'>Sumber: ANTARA</div>")
    raw = _read(tmp_path, page)
    cleaned = clean(raw)
    assert describe(raw, cleaned).wire_sources == ("Antara",)
    assert "Sumber" not in cleaned.body
    other = _read(tmp_path, _page("", f"<article>{STORY}</article><p>Sumber: Dinas Pertanian</p>"))
    assert describe(other, clean(other)).wire_sources == ()
