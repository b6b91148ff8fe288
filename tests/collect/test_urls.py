"""Canonical URLs and the canonical a page declares."""

from __future__ import annotations

import pytest

from kabar.collect.urls import canonical_url, declared_canonical, host_key, site_of


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTPS://WWW.Detik.COM/berita/d-123/judul#komentar",
         "https://www.detik.com/berita/d-123/judul"),
        ("https://nasional.kompas.com/read/2026/12/07/x?utm_source=twitter&utm_medium=social"
         "&page=all", "https://nasional.kompas.com/read/2026/12/07/x?page=all"),
        ("https://www.liputan6.com/news/read/1?fbclid=IwAR0&gclid=abc&b=2&a=1",
         "https://www.liputan6.com/news/read/1?a=1&b=2"),
        ("http://example.co.id:80/a", "http://example.co.id/a"),
        ("https://example.co.id:443", "https://example.co.id/"),
        ("http://127.0.0.1:8080/x?mc_cid=1&_ga=2&UTM_Campaign=3", "http://127.0.0.1:8080/x"),
        ("https://example.co.id/cari?q=banjir+semarang&single=1",
         "https://example.co.id/cari?q=banjir+semarang&single=1"),
    ],
)
def test_canonical_url(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_relative_urls_resolve_against_the_base_and_non_http_is_refused() -> None:
    assert canonical_url("/berita/1?utm_x=1", "https://a.co.id/rss/") == "https://a.co.id/berita/1"
    for bad in ("mailto:redaksi@a.co.id", "javascript:void(0)", "ftp://a.co.id/x", "//"):
        with pytest.raises(ValueError):
            canonical_url(bad)


def test_hosts_and_sites() -> None:
    assert host_key("https://WWW.detik.com/x") == "www.detik.com"
    assert host_key("http://127.0.0.1:8001/x") == "127.0.0.1:8001"
    assert site_of("https://m.detik.com/x") == site_of("https://www.detik.com/y") == "detik.com"


def test_a_page_declares_its_canonical_for_its_own_site_only() -> None:
    page = (b'<html><head><meta content="https://www.warta.co.id/berita/1?utm_source=x" '
            b'property="og:url"></head><body>...</body></html>')
    assert declared_canonical(page, "https://warta.co.id/berita/1?amp=1") == (
        "https://www.warta.co.id/berita/1")
    link = '<link href="/berita/2" rel="canonical">'
    assert declared_canonical(link, "https://www.warta.co.id/b/2") == (
        "https://www.warta.co.id/berita/2")
    # A copy republished by another outlet pointing back at the original stays its own page.
    copied = '<link rel="canonical" href="https://www.warta.co.id/berita/1">'
    assert declared_canonical(copied, "https://lintas.co.id/berita/9") is None
    assert declared_canonical("<html><head></head></html>", "https://a.co.id/x") is None
    # A site that names its home page as every page's canonical is not believed.
    home = '<meta property="og:url" content="https://www.warta.co.id/">'
    assert declared_canonical(home, "https://www.warta.co.id/berita/3") is None
