"""Made-up story lines and a plain-text document builder shared by the cleaning tests."""

from __future__ import annotations

from kabar.models import RawDocument


def make_raw(*lines: str, title: str | None = None) -> RawDocument:
    """Build a plain-text RawDocument from lines."""
    return RawDocument(source="t.txt", text="\n".join(lines), format="text", title=title)


STORY_1 = "Wali Kota Surakarta Dimas Prasetyo meresmikan pasar rakyat baru di Kecamatan Laweyan."


STORY_2 = (
    "“Pasar ini kami bangun untuk pedagang kecil,” kata Dimas kepada wartawan, Senin (3/3/2025)."
)


STORY_3 = "Pembangunan pasar menelan biaya Rp 12 miliar dari anggaran daerah."
