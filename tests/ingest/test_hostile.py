"""Hostile and unlucky inputs: each bad record or file costs one reject, never the run."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kabar.cli import main
from kabar.ingest import printable_name, read_paths, read_source
from kabar.models import RawDocument, Reject

GOOD = {
    "title": "Warga Sukamaju Panen Jagung",
    "body": "Kepala Desa Sukamaju, Darmawan Putra, mengatakan panen tahun ini lebih baik.",
}


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _outcome(path: Path) -> tuple[list[RawDocument], list[Reject]]:
    results = list(read_paths([str(path)]))
    documents = [r for r in results if isinstance(r, RawDocument)]
    return documents, [r for r in results if isinstance(r, Reject)]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (json.dumps({**GOOD, "authors": 5}), "field 'authors' must be"),
        (json.dumps({**GOOD, "authors": True}), "true (a boolean)"),
        (json.dumps({"title": "x", "paragraphs": [5]}), "field 'paragraphs' must be"),
        (json.dumps({**GOOD, "title": ["judul", "list"]}), "field 'title' must be text"),
        ('{"title": "a\\ud800", "body": "isi berita"}', "field 'title' holds a lone surrogate"),
        ('{"title": "a", "body": "isi \\udc00 berita"}', "field 'body' holds a lone surrogate"),
        ('{"title": "a", "body": "isi \\u0000 berita"}', "field 'body' holds a NUL"),
        ("[" * 5000 + "]" * 5000, "nested too deep on line 1"),
        ('{"title": "a", "body": "b", "id": ' + "9" * 4400 + "}", "4300 digits"),
        ("[1, 2", "malformed JSON on line 1"),
        ("5", "not an object"),
    ],
)
def test_a_bad_record_is_rejected_alone(tmp_path: Path, bad: str, reason: str) -> None:
    documents, rejects = _outcome(_jsonl(tmp_path / "a.jsonl", bad, json.dumps(GOOD)))
    assert [d.title for d in documents] == [GOOD["title"]]
    assert len(rejects) == 1 and rejects[0].source.endswith("a.jsonl#1")
    assert reason in rejects[0].reason and "\n" not in rejects[0].reason


def test_cli_stores_the_rest_and_exits_1(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", json.dumps({**GOOD, "authors": 5}), json.dumps(GOOD))
    db = tmp_path / "k.db"
    result = CliRunner().invoke(main, ["analyze", str(path), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    assert f"kabar: {path}#1: field 'authors' must be" in result.output
    assert "Traceback" not in result.output
    listed = CliRunner().invoke(main, ["articles", "--db", str(db)])
    assert GOOD["title"] in listed.output


def test_json_ld_authors_are_read_by_name(tmp_path: Path) -> None:
    record = {**GOOD, "authors": [{"@type": "Person", "name": "Rina Wulandari"}, "Adi"]}
    (document,), _ = _outcome(_jsonl(tmp_path / "a.jsonl", json.dumps(record)))
    assert document.authors == ("Rina Wulandari", "Adi")


def test_bidi_controls_leave_one_line_fields(tmp_path: Path) -> None:
    record = {
        **GOOD,
        "title": "Harga \u202egnaru\u202c naik",
        "outlet": "Kabar\u2067Kita\u2069",
        "authors": ["Rina\u202e Wulandari"],
    }
    (document,), _ = _outcome(_jsonl(tmp_path / "a.jsonl", json.dumps(record)))
    assert document.title == "Harga gnaru naik"
    assert document.outlet == "KabarKita"
    assert document.authors == ("Rina Wulandari",)
    html = tmp_path / "p.html"
    html.write_text(
        "<html><head><title>Banjir \u202eDemak\u202c</title></head><body><article>"
        f"<h1>Banjir \u202eDemak\u202c</h1><p>{GOOD['body'] * 4}</p></article></body></html>",
        encoding="utf-8",
    )
    (page,), _ = _outcome(html)
    assert page.title is not None and "\u202e" not in page.title


def test_bidi_controls_leave_the_title_and_byline_read_from_plain_text(tmp_path: Path) -> None:
    from kabar.pipeline import process_or_reject

    path = tmp_path / "a.txt"
    path.write_text(
        "Harga \u202egnaru\u202c Naik Lagi di Pasar Sukamaju\n\n"
        "Penulis: Rina\u202e Wulandari\n\n"
        f"SUKAMAJU - {GOOD['body']} Pedagang menyebut pasokan berkurang sejak pekan lalu.\n",
        encoding="utf-8",
    )
    (document,), _ = _outcome(path)
    article = process_or_reject(document)
    assert not isinstance(article, Reject)
    assert article.title == "Harga gnaru Naik Lagi di Pasar Sukamaju"
    shown = [article.title or "", article.outlet or "", *article.authors]
    assert not any(mark in field for field in shown for mark in "\u202e\u202c")


def test_gzip_members_are_all_read(tmp_path: Path) -> None:
    first = gzip.compress((json.dumps({**GOOD, "title": "A"}) + "\n").encode())
    second = gzip.compress((json.dumps({**GOOD, "title": "B"}) + "\n").encode())
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(first + second + b"\x00" * 8)  # zero padding is allowed, as gzip(1) does
    documents, rejects = _outcome(path)
    assert [d.title for d in documents] == ["A", "B"] and not rejects


def test_gzip_members_share_the_size_limit(tmp_path: Path) -> None:
    member = gzip.compress(b"a " * 400)
    path = tmp_path / "a.txt.gz"
    path.write_bytes(member * 3)  # each member 800 bytes, all 2,400
    (result,) = read_source(str(path), max_bytes=2000)
    assert isinstance(result, Reject) and "decompressed size is over" in result.reason


def test_trailing_garbage_after_gzip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps(GOOD).encode()) + b"GARBAGE")
    (result,) = read_source(str(path))
    assert isinstance(result, Reject) and "trailing data after the gzip stream" in result.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Harga cabai di Pasar Sukamaju naik, kata pedagang Siti Aminah."
    path = tmp_path / "a.txt"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    (document,) = read_source(str(path))
    assert isinstance(document, RawDocument) and document.text == text


def test_nul_bytes_anywhere_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Berita hari ini. " * 1000 + b"\x00 sisa")
    (result,) = read_source(str(path))
    assert isinstance(result, Reject) and "NUL byte at offset 17,000" in result.reason


@pytest.mark.parametrize("name", ["doc.pdf", "doc.txt", "doc"])
def test_pdfs_are_refused_as_not_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"BT (Berita) Tj ET\n" * 50)
    (result,) = read_source(str(path))
    assert isinstance(result, Reject) and "a PDF document, not text" in result.reason


def test_size_message_says_the_limit_as_the_readme_does(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a " * (5 * 1024 * 1024 + 10))
    (result,) = read_source(str(path))
    assert isinstance(result, Reject)
    assert result.reason == "file is 10,485,780 bytes, over the 10 MB limit"


def test_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD["body"], encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    documents, rejects = _outcome(tmp_path)
    assert len(documents) == 1
    assert [r.reason for r in rejects] == ["not a regular file (a named pipe): skipped"]


def test_undecodable_file_name_is_rejected_and_escaped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD["body"], encoding="utf-8")
    (Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff.txt"))).write_text("isi", encoding="utf-8")
    documents, rejects = _outcome(tmp_path)
    assert len(documents) == 1
    (reject,) = rejects
    assert reject.source == f"{tmp_path}/bad\\xff.txt" and "not valid UTF-8" in reject.reason
    reject.source.encode("utf-8")  # storable and printable


def test_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    (reject,) = list(read_paths([str(tmp_path / "kosong")]))
    assert isinstance(reject, Reject) and reject.reason == "no files to read in this folder"
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "kosong"), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1 and "no files to read in this folder" in result.output


def test_a_folders_own_notes_are_not_articles(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("README.md", "UPSTREAM_README.txt", "LICENSE", "readme-first.txt"):
        (data / name).write_text(GOOD["body"], encoding="utf-8")
    (data / "notice-banjir.txt").write_text(GOOD["body"], encoding="utf-8")  # an article
    read = [item for item in read_paths([str(data)]) if not isinstance(item, Reject)]
    assert [Path(d.source).name for d in read] == ["notice-banjir.txt", "readme-first.txt"]
    (only,) = read_paths([str(data / "README.md")])  # named on its own, it is read
    assert not isinstance(only, Reject)


def test_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD["body"], encoding="utf-8")
    (tmp_path / "tertutup").mkdir()
    (tmp_path / "tertutup" / "b.txt").write_text(GOOD["body"], encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if str(path).endswith("tertutup"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, rejects = _outcome(tmp_path)
    assert len(documents) == 1
    assert [(r.source, r.reason) for r in rejects] == [
        (str(tmp_path / "tertutup"), "cannot list this folder: Permission denied")
    ]


def test_names_with_controls_are_printed_escaped(tmp_path: Path) -> None:
    name = "fake.txt\nkabar: fake.txt: injected \x1b[31mred.txt"
    (tmp_path / name).write_bytes(b"\x00\x01")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "fake.txt" in line]
    assert len(lines) == 1 and "\x1b" not in result.output
    assert "fake.txt\\x0akabar: fake.txt: injected \\x1b[31mred.txt: binary file" in lines[0]


def test_printable_name_escapes_what_a_terminal_acts_on() -> None:
    assert printable_name("a\u202eb\tc") == "a\\u202eb\\x09c"
    assert printable_name("berita/ok.txt") == "berita/ok.txt"
    assert printable_name("x\ud800") == "x\\ud800"
