"""Readers: every input format, encodings, and each kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kabar.errors import InputError
from kabar.ingest import read_file, read_paths, read_source
from kabar.models import RawDocument, Reject

ARTICLE = (
    "Warga Desa Sukamaju Panen Raya Jagung\n\n"
    "SUKAMAJU - Ratusan warga Desa Sukamaju menggelar panen raya jagung pada Senin (3/6/2024).\n"
    "“Hasilnya jauh lebih baik dari tahun lalu,” kata Kepala Desa Sukamaju, Darmawan Putra.\n"
)


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_plain_text_keeps_typographic_quotes_and_normalises_spaces(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ARTICLE.replace("Ratusan", "Ratusan\u00a0\u200b"))
    (document,) = read_file(path)
    assert document.format == "text"
    assert "“Hasilnya" in document.text
    assert "Ratusan warga" in document.text.replace("  ", " ")
    assert "\u200b" not in document.text and "\u00a0" not in document.text


def test_cp1252_text_is_decoded_right(tmp_path: Path) -> None:
    path = _write(tmp_path / "legacy.txt", ARTICLE.encode("cp1252"))
    (document,) = read_file(path)
    assert "“Hasilnya jauh lebih baik dari tahun lalu,” kata" in document.text


def test_latin1_text_is_decoded_right(tmp_path: Path) -> None:
    text = "Kafe di Jakarta menjual crème brûlée seharga Rp 45.000 per porsi, kata pemiliknya."
    path = _write(tmp_path / "latin.txt", text.encode("latin-1"))
    (document,) = read_file(path)
    assert "crème brûlée" in document.text


def test_gzip_text_and_jsonl(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt.gz", gzip.compress(ARTICLE.encode()))
    records = [
        {
            "title": "Judul Satu",
            "body": "Isi berita pertama.",
            "url": "https://www.antaranews.com/x",
            "published": "2024-06-03T10:00:00+07:00",
            "outlet": "Antara",
        },
        {"title": "Judul Dua", "text": "Isi berita kedua."},
    ]
    lines = "\n".join(json.dumps(r) for r in records)
    _write(tmp_path / "b.jsonl.gz", gzip.compress(lines.encode()))
    results = list(read_paths([str(tmp_path)]))
    assert all(isinstance(r, RawDocument) for r in results)
    texts = [r.text for r in results if isinstance(r, RawDocument)]
    assert "Sukamaju" in texts[0]
    assert texts[1].startswith("Isi berita pertama") and texts[2] == "Isi berita kedua."
    first = results[1]
    assert isinstance(first, RawDocument)
    assert first.source.endswith("b.jsonl.gz#1") and first.title == "Judul Satu"
    assert first.published == "2024-06-03T10:00:00+07:00" and first.outlet == "Antara"


def test_json_array_document(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.json",
        json.dumps([{"title": "T", "body": "B satu."}, {"title": "U", "body": "B dua."}]),
    )
    documents = read_file(path)
    assert [d.title for d in documents] == ["T", "U"]


def test_malformed_json_line_rejects_only_that_line(tmp_path: Path) -> None:
    good = json.dumps({"title": "Baik", "body": "Isi yang baik."})
    path = _write(tmp_path / "c.jsonl", f'{good}\n{{"title": "rusak", "body": \n{good}\n')
    results = read_source(str(path))
    rejects = [r for r in results if isinstance(r, Reject)]
    assert len(results) == 3 and len(rejects) == 1
    assert rejects[0].source.endswith("c.jsonl#2")
    assert "malformed JSON on line 2" in rejects[0].reason


def test_json_record_without_body_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", '{"title": "Tanpa isi"}\n{"title": "x", "body": "ada"}\n')
    results = read_source(str(path))
    assert isinstance(results[0], Reject) and "no 'body'" in results[0].reason
    assert isinstance(results[1], RawDocument)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
        ("raw.bin", b"Berita " + bytes(range(256)), "binary file"),
        ("weird.txt", b"Berita " + b"\x81\x8d\x8f\x90\x9d" * 20, "undecodable"),
        ("cut.txt.gz", gzip.compress(ARTICLE.encode() * 20)[:60], "truncated gzip"),
        ("fake.txt.gz", b"bukan gzip sama sekali", "not a gzip file"),
        ("cut.json", b'{"title": "Judul", "body": "Isi yang terpot', "malformed JSON"),
    ],
)
def test_bad_inputs_become_rejects(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path / name, data)
    (result,) = read_source(str(path))
    assert isinstance(result, Reject)
    assert result.source == str(path)
    assert reason in result.reason
    assert "\n" not in result.reason


def test_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", ARTICLE * 100)
    (result,) = read_source(str(path), max_bytes=1000)
    assert isinstance(result, Reject) and "over the" in result.reason and "limit" in result.reason
    assert isinstance(read_source(str(path))[0], RawDocument)


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nothing.txt")


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    _write(tmp_path / "b" / "2.txt", "Kedua.\n\nIsi kedua.")
    _write(tmp_path / "1.txt", "Pertama.\n\nIsi pertama.")
    _write(tmp_path / ".hidden.txt", "Tersembunyi.")
    sources = [r.source for r in read_paths([str(tmp_path)])]
    assert sources == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]


HTML_PAGE = """<!DOCTYPE html><html lang="id"><head>
<title>Warga Sukamaju Panen Raya Jagung - Warta Desa</title>
<meta property="og:title" content="Warga Sukamaju Panen Raya Jagung">
<meta property="og:site_name" content="Warta Desa">
<meta property="og:url" content="https://wartadesa.example/berita/panen-jagung">
<meta property="article:published_time" content="2024-06-03T10:15:00+07:00">
<meta name="author" content="Sri Handayani">
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li></ul></nav>
<article><h1>Warga Sukamaju Panen Raya Jagung</h1>
<p>SUKAMAJU, WARTADESA - Ratusan warga Desa Sukamaju menggelar panen raya jagung pada Senin
(3/6/2024) di lahan seluas 40 hektare yang dikelola kelompok tani setempat.</p>
<p>“Hasilnya jauh lebih baik dari tahun lalu karena irigasi sudah diperbaiki,” kata Kepala Desa
Sukamaju, Darmawan Putra, kepada wartawan di lokasi panen.</p>
<p>Menurut Darmawan, panen tahun ini mencapai tujuh ton per hektare, naik dari lima ton pada
musim sebelumnya, sehingga warga dapat menjual sebagian hasil ke luar daerah.</p>
</article>
<aside><h3>Berita Terkait</h3>
<ul><li><a href="/x">Harga Jagung Naik di Pasar Induk</a></li></ul></aside>
<footer>Copyright 2024 Warta Desa. All rights reserved.</footer>
</body></html>"""


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    (document,) = read_file(_write(tmp_path / "page.html", HTML_PAGE))
    assert document.format == "html"
    assert document.title == "Warga Sukamaju Panen Raya Jagung"
    assert document.published == "2024-06-03T10:15:00+07:00"
    assert document.url == "https://wartadesa.example/berita/panen-jagung"
    assert "Ratusan warga Desa Sukamaju" in document.text
    assert "tujuh ton per hektare" in document.text
    assert "Beranda" not in document.text and "Copyright" not in document.text


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    (document,) = read_file(_write(tmp_path / "page", HTML_PAGE))
    assert document.format == "html"


def test_html_json_ld_gives_writers_editors_and_time(tmp_path: Path) -> None:
    page = HTML_PAGE.replace(
        "</head>",
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "NewsArticle", "datePublished": "2024-06-03T10:20:00+07:00",'
        ' "author": [{"@type": "Person", "name": "Sri Handayani"},'
        ' {"@type": "Organization", "name": "Warta Desa"}],'
        ' "editor": {"@type": "Person", "name": "Yusuf Maulana"}}]}</script></head>',
    )
    (document,) = read_file(_write(tmp_path / "ld.html", page))
    assert document.authors == ("Sri Handayani",)
    assert document.editors == ("Yusuf Maulana",)  # the JSON-LD editor is no writer
    assert document.published == "2024-06-03T10:20:00+07:00"


def test_stray_c1_character_in_utf8_jsonl_loses_nothing(tmp_path: Path) -> None:
    good = json.dumps({"title": "Baik", "body": "Isi yang baik."})
    debris = json.dumps({"title": "Puing", "body": "Harga naik\u0085 tajam."})
    path = _write(tmp_path / "e.jsonl", f"{good}\n{debris}\n")
    results = read_source(str(path))
    assert [type(r) for r in results] == [RawDocument, RawDocument]
    assert isinstance(results[1], RawDocument) and results[1].text == "Harga naik tajam."


def test_jsonl_records_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    lines = [json.dumps({"title": f"J{n}", "body": f"Isi\u2028baris {n}\u0085."}, ensure_ascii=False)
             for n in range(3)]
    results = read_source(str(_write(tmp_path / "u.jsonl", "\n".join(lines) + "\n")))
    assert [r.title for r in results if isinstance(r, RawDocument)] == ["J0", "J1", "J2"]
