"""The interface's two languages: Indonesian by default, English on ``?lang=en`` or when the
browser's first preference (Accept-Language) is English. Labels are written in Indonesian
in the pages; this table gives their English."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

EN = {
    "Cerita terbaru": "Latest stories",
    "Cari": "Search",
    "Tanggal": "Date",
    "Cerita": "Story",
    "Artikel": "Articles",
    "artikel": "articles",
    "dari": "from",
    "media": "outlets",
    "Dari tanggal": "From",
    "Sampai tanggal": "To",
    "Media": "Outlet",
    "Tokoh": "Person",
    "semua": "all",
    "Saring": "Filter",
    "Sebelumnya": "Previous",
    "Berikutnya": "Next",
    "halaman": "page",
    "Belum ada cerita: jalankan": "No stories yet: run",
    "Ringkasan": "Summary",
    "Tidak ada ringkasan.": "No summary.",
    "Linimasa": "Timeline",
    "Terbit": "Published",
    "Judul": "Title",
    "Kredit": "Credits",
    "Sumber dan kantor berita": "Sources and wire agencies",
    "Tidak ada artikel yang mengutip kantor berita atau sumber asli.": (
        "No article credits a wire agency or original source."
    ),
    "Sumber": "Credited source",
    "Dikutip oleh": "Credited by",
    "Siapa berkata apa": "Who said what",
    "Tidak ada kutipan.": "No quotes.",
    "pembicara tak dikenal": "unknown speaker",
    "warga": "member of the public",
    "Perbedaan antarmedia": "Where outlets differ",
    "Tidak ada angka yang berbeda.": "No conflicting figures found.",
    "Tokoh, organisasi, tempat": "People, organisations, places",
    "tanpa tanggal": "undated",
    "Terbaru": "Latest",
    "Belum ada yang dikumpulkan.": "Nothing collected yet.",
    "terakhir diambil": "last fetched",
    "baru": "new",
    "gagal": "failed",
    "berikutnya": "next",
    "Kesegaran sumber": "Freshness of each source",
    "Halaman terbaru": "Newest pages",
    "salinan": "copy",
    "tanpa judul": "untitled",
    "asli": "original",
    "Unduh": "Download",
    "Hasil pencarian": "Search results",
    "hasil": "results",
    "Tidak ada hasil.": "No results.",
    "Nama": "Names",
    "Peran": "Roles",
    "Pernyataan": "Statements",
    "Disebut bersama": "Mentioned with",
    "Digabung dari": "Merged from",
    "Disebut per hari": "Mentions per day",
    "Metadata": "Metadata",
    "Penulis": "Authors",
    "Tempat": "Dateline",
    "Salinan dan asli": "Copies and original",
    "Salinan dari": "Copy of",
    "Disalin oleh": "Copied by",
    "Tidak ada salinan.": "No copies.",
    "Tautan asli": "Original URL",
    "tidak ada": "none",
    "Liputan terbaru": "Latest coverage",
    "Hanya diliput media ini": "Stories only this outlet covered",
    "Cerita besar yang terlewat": "Largest stories of its days it missed",
    "Tidak ada.": "None.",
    "Kutipan dalam artikel ini": "Quotes in this article",
    "Halaman tidak ditemukan": "Page not found",
    "Permintaan tidak valid": "Bad request",
    "Kembali ke beranda": "Back to the front page",
    "artikel menyebut": "articles mention",
    "kutipan": "quotes",
    "Semua media": "All outlets",
    "Dokumentasi API": "API documentation",
    "Alur cerita": "Storyline",
    "alur cerita": "storylines",
    "Alur cerita terbaru": "Latest storylines",
    "Semua alur cerita": "All storylines",
    "Belum ada alur cerita.": "No storylines yet.",
    "Bagian dari alur cerita": "Part of the storyline",
    "peristiwa": "events",
    "Peristiwa": "Events",
    "Peristiwa berurutan": "Events in order",
    "Liputan per hari dan media": "Coverage per day and outlet",
    'Pencarian ini tidak bisa dibaca: tulis kata, "frasa" dalam tanda kutip ganda, '
    "atau awalan seperti banjir*": 'The search could not be read: use words, "a phrase" '
    "in double quotes, or a prefix like banjir*",
}


def language(request: Request) -> str:
    """Return "en" or "id" for this request."""
    asked = request.query_params.get("lang")
    if asked in ("en", "id"):
        return asked
    accept = request.headers.get("accept-language", "")
    first = accept.split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "id"


def translator(lang: str) -> Callable[[str], str]:
    """Return the function giving a label in ``lang``."""
    if lang == "en":
        return lambda label: EN.get(label, label)
    return lambda label: label
