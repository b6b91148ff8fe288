"""describe: every field at once, on the seeds, the examples, structured input and any text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from example_docs import EXAMPLES_KEY, example_documents, example_keys
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.clean import clean
from kabar.meta import describe
from kabar.models import Metadata, RawDocument
from kabar.text import normalize_text

# seed prefix -> (outlet, published, dateline, authors, wire sources); the lead's reading,
# checked line by line against the seeds.
SEED_META = {
    "000": ("Viva", None, None, (), ("Sky News",)),
    "001": ("Daily Berita", None, None, (), ("Washington Post",)),
    "002": (
        "Kompas TV",
        "2024-06-19T13:30+07:00",
        "Pyongyang",
        ("Rizky L Pratama",),  # "Editor : Edy-A.-Putra" is an editor, not an author
        ("Associated Press",),
    ),
    "003": (None, "2023-09-13", None, (), ("Newsweek",)),
    "004": ("Republika", "2023-09-13", "Moskow", (), ("TRT World",)),
}


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


@pytest.mark.parametrize("prefix", sorted(SEED_META))
def test_seed_metadata(seeds_dir: Path, prefix: str) -> None:
    """Outlet, date, dateline, authors and wire sources are right on the seeds."""
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    raw = RawDocument(
        source=str(path), text=normalize_text(path.read_text(encoding="utf-8")), format="text"
    )
    meta = _describe(raw)
    outlet, published, dateline, authors, wires = SEED_META[prefix]
    assert meta.outlet == outlet
    assert meta.published == published
    assert meta.dateline == dateline
    assert meta.authors == authors
    assert meta.wire_sources == wires
    assert meta.language == "id"


def test_structured_fields_win() -> None:
    """JSON/HTML fields give outlet, date and authors; the URL's domain names the outlet."""
    raw = RawDocument(
        source="a.json",
        text="Jakarta - Harga beras naik di pasar induk, Senin (3/3/2025).",
        format="json",
        url="https://news.detik.com/berita/d-8000000/harga-beras-naik",
        published="2025-03-03T10:00:00+07:00",
        authors=("Sekar Ayuningtyas",),
    )
    meta = _describe(raw)
    assert meta.outlet == "Detik"
    assert meta.published == "2025-03-03T10:00+07:00"
    assert meta.dateline == "Jakarta"
    assert meta.authors == ("Sekar Ayuningtyas",)


@pytest.mark.parametrize("key", example_keys())
def test_examples_metadata(key: str) -> None:
    """Title, outlet, date, dateline, authors and wire sources match the examples' key."""
    expected = json.loads(EXAMPLES_KEY.read_text(encoding="utf-8"))[key]
    meta = _describe(example_documents()[key])
    assert meta.title == expected["title"]
    assert meta.outlet == expected["outlet"]
    # The key writes local time without an offset; kabar adds the zone when the page gives it.
    assert (meta.published or "").startswith(expected["published"] or "\0")
    assert meta.dateline == expected["dateline"]
    assert list(meta.wire_sources) == expected["wire_sources"]
    assert list(meta.authors) == expected["authors"]


_META_POOL = [
    "Jakarta (ANTARA) - Rupiah menguat pagi ini.",
    "PYONGYANG, KOMPAS.TV - Kim tiba.",
    "Kompas dunia | 19 Juni 2024, 13:30 WIB",
    "Penulis : Rizky L Pratama Editor : Edy-A.-Putra",
    "Sumber : Associated Press",
    "“Kami siap,” kata dia, Rabu (13/9/2023), dikutip dari Reuters.",
    "Follow Berita Okezone di Google News",
    "Hendra Kusuma",
    "(ant/rzk)",
    "Artikel ini telah tayang di Kompas.com dengan judul x",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_META_POOL), st.text(max_size=60)), max_size=10),
    st.one_of(st.none(), st.text(max_size=40), st.just("https://www.kompas.tv/x")),
    st.one_of(st.none(), st.text(max_size=30), st.just("2024-06-19T13:30:00+07:00")),
)
def test_describe_never_fails_and_dates_are_iso(
    lines: list[str], url: str | None, published: str | None
) -> None:
    """Any text, URL and date field give metadata; a date is always ISO-shaped."""
    raw = RawDocument(
        source="x", text="\n".join(lines), format="text", url=url, published=published
    )
    meta = _describe(raw)
    assert meta.published is None or re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", meta.published)
    assert meta.language in ("id", "en")
    assert all(name.strip() == name and name for name in meta.authors + meta.wire_sources)
