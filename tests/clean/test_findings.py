"""Findings: what the removed lines say, read once by the cleaner for ``meta``."""

from __future__ import annotations

from kabar.clean import clean
from kabar.clean.findings import read_findings
from kabar.models import OutletClue, RemovedLine

from .texts import STORY_1, STORY_3, make_raw


def test_findings_of_a_made_up_article() -> None:
    """Dateline, credits in text order, date lines and outlet clues come with the cleaned text."""
    cleaned = clean(
        make_raw(
            "Warta Solo",
            "Pasar Rakyat Laweyan Resmi Dibuka, Pedagang Kecil Dapat Kios Gratis",
            "Solo | Senin, 3 Maret 2025 10:05 WIB",
            "Wali Kota meninjau kios pedagang. (Foto: Okezone)",
            "SOLO, WARTASOLO.com - " + STORY_1,
            STORY_3,
            "Penulis : Sekar Ayuningtyas Editor : Bima-R.-Hartono",
            "Sumber: AFP",
            "Follow Berita Okezone di Google News",
        )
    )
    findings = cleaned.findings
    assert findings.dateline is not None
    assert findings.dateline.prefix == "SOLO, WARTASOLO.com -"
    assert findings.dateline.place == "SOLO"
    assert [(c.kind, c.people, c.wires) for c in findings.credits] == [
        ("byline", ("Sekar Ayuningtyas",), ()),
        ("source", (), ("AFP",)),
    ]
    # Header, date and byline lines: where a page prints its date.
    assert findings.date_lines == (
        "Warta Solo",
        "Solo | Senin, 3 Maret 2025 10:05 WIB",
        "Penulis : Sekar Ayuningtyas Editor : Bima-R.-Hartono",
    )
    assert OutletClue("own_photo", "Okezone") in findings.outlet_clues
    assert OutletClue("name_above_title", "Warta Solo") in findings.outlet_clues


def test_outlet_clues_by_kind() -> None:
    """Each kind of line that names the outlet gives a clue of its kind, in text order."""
    removed = (
        RemovedLine("Media Indonesia", "header", 0),
        RemovedLine("Judul Berita Hari Ini", "title", 1),
        RemovedLine("Kompas.com - 11/10/2023, 18:30 WIB", "date", 2),
        RemovedLine("Sumber gambar, Getty Images", "caption", 3),
        RemovedLine("Follow Berita Okezone di Google News", "footer", 4),
    )
    clues = read_findings(removed, None).outlet_clues
    assert clues == (
        OutletClue("site_header", "Media Indonesia"),
        OutletClue("name_above_title", "Media Indonesia"),
        OutletClue("dated_or_boxed", "Kompas"),
        OutletClue("page_signature", "BBC News Indonesia"),
        OutletClue("promo", "Okezone"),
    )


def test_nothing_removed_nothing_found() -> None:
    """A text that is all story has empty findings."""
    findings = clean(make_raw(STORY_1, STORY_3)).findings
    assert findings.dateline is None
    assert findings.credits == findings.date_lines == findings.outlet_clues == ()
