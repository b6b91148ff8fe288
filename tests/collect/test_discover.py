"""Finding article links in feeds, sitemaps (and sitemap indexes) and section pages."""

from __future__ import annotations

import gzip

import pytest

from kabar.collect.discover import (
    DiscoveryError,
    links_from_feed,
    links_from_section,
    links_from_sitemap,
)

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Warta - Terkini</title>
<item><title>Banjir di Semarang</title><link>https://warta.co.id/berita/1?utm_source=rss</link>
<pubDate>Mon, 07 Dec 2026 08:00:00 +0700</pubDate></item>
<item><title>Harga cabai</title><link>/berita/2</link></item>
<item><title>Banjir lagi</title><link>https://warta.co.id/berita/1</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lintas</title>
<entry><title>UMKM Solo</title><link rel="alternate" href="https://lintas.co.id/b/201"/>
<updated>2026-12-07T03:00:00Z</updated></entry></feed>"""


def test_rss_links_are_canonical_unique_and_dated() -> None:
    links, problems = links_from_feed(RSS, "https://warta.co.id/rss/terkini.xml")
    assert problems == []
    assert [link.url for link in links] == ["https://warta.co.id/berita/1",
                                            "https://warta.co.id/berita/2"]
    assert links[0].updated == "2026-12-07T01:00:00+00:00"
    assert links[0].title == "Banjir di Semarang"


def test_atom_links() -> None:
    links, _ = links_from_feed(ATOM, "https://lintas.co.id/atom")
    assert [(link.url, link.updated) for link in links] == [
        ("https://lintas.co.id/b/201", "2026-12-07T03:00:00+00:00")]


def test_a_broken_feed_is_a_problem_and_what_can_be_read_is_kept() -> None:
    broken = RSS.replace(b"</channel></rss>", b"<item><title>A & B <b></title>")
    links, problems = links_from_feed(broken, "https://warta.co.id/rss")
    assert len(problems) == 1 and problems[0].startswith("feed is not well-formed XML")
    assert "https://warta.co.id/berita/1" in [link.url for link in links]
    with pytest.raises(DiscoveryError, match="not an RSS or Atom feed"):
        links_from_feed(b"<html><body>Halaman tidak ditemukan</body></html>", "https://a.co.id")


SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://kabar.co.id/berita/k1</loc><news:news><news:publication>
<news:name>Kabar</news:name><news:language>id</news:language></news:publication>
<news:publication_date>2026-12-07T07:00:00+07:00</news:publication_date>
<news:title>Pelabuhan</news:title></news:news></url>
<url><loc>https://kabar.co.id/berita/k2</loc><lastmod>2026-12-06</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://kabar.co.id/sitemap-lama.xml</loc><lastmod>2026-11-01</lastmod></sitemap>
<sitemap><loc>https://kabar.co.id/sitemap-baru.xml</loc><lastmod>2026-12-07</lastmod></sitemap>
</sitemapindex>"""


def test_news_sitemaps_and_indexes() -> None:
    links, children = links_from_sitemap(SITEMAP, "https://kabar.co.id/sitemap.xml")
    assert children == []
    assert [(link.url, link.updated, link.title) for link in links] == [
        ("https://kabar.co.id/berita/k1", "2026-12-07T00:00:00+00:00", "Pelabuhan"),
        ("https://kabar.co.id/berita/k2", "2026-12-06T00:00:00+00:00", None)]
    links, children = links_from_sitemap(INDEX, "https://kabar.co.id/sitemap.xml")
    assert links == [] and children == ["https://kabar.co.id/sitemap-baru.xml",
                                         "https://kabar.co.id/sitemap-lama.xml"]
    zipped, _ = links_from_sitemap(gzip.compress(SITEMAP), "https://kabar.co.id/s.xml.gz")
    assert len(zipped) == 2


def test_broken_or_foreign_sitemaps_are_errors() -> None:
    with pytest.raises(DiscoveryError, match="sitemap is not well-formed XML"):
        links_from_sitemap(SITEMAP[:200], "https://kabar.co.id/s.xml")
    with pytest.raises(DiscoveryError, match="not a sitemap"):
        links_from_sitemap(b"<rss><channel/></rss>", "https://kabar.co.id/s.xml")
    # No entity expansion (the "billion laughs"): entities are not resolved.
    bomb = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY a "aaaaaaaaaa">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>https://k.co.id/&a;</loc></url></urlset>")
    links, _ = links_from_sitemap(bomb, "https://k.co.id/")
    assert all("aaaaaaaaaa" not in link.url for link in links)


def test_section_pages_keep_the_links_matching_the_pattern() -> None:
    page = b"""<html><body><nav><a href="/">Beranda</a><a href="/indeks">Indeks</a></nav>
    <ul><li><a href="/read/2026/12/07/101/banjir?utm_campaign=x">Banjir</a></li>
    <li><a href="https://lintas.co.id/read/2026/12/07/102/cabai">Cabai</a></li>
    <li><a href="/read/2026/12/07/101/banjir">Banjir (lagi)</a></li>
    <li><a href="https://iklan.example/read/1/promo">Iklan</a></li></ul></body></html>"""
    links = links_from_section(page, "https://lintas.co.id/nasional", r"lintas\.co\.id/read/\d+")
    assert [link.url for link in links] == [
        "https://lintas.co.id/read/2026/12/07/101/banjir",
        "https://lintas.co.id/read/2026/12/07/102/cabai"]
    with pytest.raises(DiscoveryError):
        links_from_section(b"  ", "https://lintas.co.id/", ".")
