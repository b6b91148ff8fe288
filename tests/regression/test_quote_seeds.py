"""Quotes and speakers in the five real seed articles (../shared/seeds): a regression corpus.

The tests fail, never skip, when ../shared/seeds is missing (the ``seeds_dir`` fixture).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from quotes.helpers import entity, quotes_of

from kabar.models import Entity

# Lines of each seed that are not story text (headline, photo caption, source line, "read also"
# links, credits, footer), by line number among the non-blank lines.
BOILERPLATE = {
    "000": {0, 1, 2, 3, 5, 8, 10},
    "001": {0, 1, 2, 12},
    "002": {0, 1, 2, 3, 11, 14, 15, 16},
    "003": {2, 21, 22},
    "004": set(),
}


KIM, PUTIN = "Kim Jong Un", "Vladimir Putin"


# Every quotation in the seeds: (seed, first words of the quote, kind, acceptable speakers).
# None among the speakers means the text does not say it well enough to require a name.
EXPECTED: list[tuple[str, str, str, tuple[str | None, ...]]] = [
    ("000", "perang melawan imperialisme", "partial", (KIM, None)),  # "SiapKim": scraper glue
    ("000", "perang suci", "partial", (KIM,)),
    ("000", "kekuatan hegemoni", "partial", (KIM,)),
    ("000", "Kami akan selalu mendukung", "direct", (KIM,)),
    ("000", "tentara heroik Rusia", "partial", (KIM,)),
    ("000", "operasi militer khusus", "partial", (KIM,)),
    ("000", "Ihwal tentara dan rakyat", "direct", (KIM,)),
    ("000", "situasi di wilayah", "partial", (PUTIN,)),
    ("000", "sangat senang melihatnya", "partial", (PUTIN, None)),  # "Presiden Rusia"
    ("000", "Itulah sebabnya kami", "direct", (PUTIN,)),
    ("000", "Pemimpin Korea Utara menunjukkan", "direct", (PUTIN,)),
    ("001", "perjuangan suci", "partial", (KIM,)),
    ("001", "Rusia sekarang bangkit", "direct", (KIM,)),
    ("001", "Kami selalu mendukung", "direct", (KIM,)),
    ("001", "Negara kamilah yang", "partial", (PUTIN,)),
    ("001", "Diskusi senjata antara", "direct", ("Adrienne Watson",)),
    ("001", "Kami mendesak DPRK", "direct", ("Adrienne Watson",)),
    ("002", "dukungan penuh dan", "direct", (KIM,)),
    ("002", "Kami sangat menghargai", "direct", (PUTIN,)),
    ("002", "persahabatan yang erat", "partial", (PUTIN,)),
    ("002", "kesetaraan dan saling", "partial", (PUTIN,)),
    ("002", "Situasi di dunia", "direct", (KIM,)),
    ("003", "Itulah sebabnya kami", "direct", (PUTIN,)),
    ("003", "Pemimpin (Korea Utara)", "direct", (PUTIN,)),
    ("003", "Kami akan membicarakan", "direct", (PUTIN,)),
    ("003", "Peluncuran tersebut gagal", "direct", ("Badan Pengembangan Dirgantara Nasional",)),
    ("003", "ujian tahap akhir", "partial", ("Korea Utara", None)),
    ("003", "dalam perjuangan melawan", "partial", (KIM,)),
    ("003", "perjuangan suci", "partial", (KIM,)),
    ("003", "kekuatan hegemonik", "partial", (KIM,)),
    ("003", "Rusia telah melakukan", "direct", (KIM,)),
    ("003", "Kami akan selalu mendukung", "direct", (KIM,)),
    ("003", "Persahabatan kami memiliki", "direct", (KIM,)),
    ("003", "akan menjadi momen", "partial", (KIM, None)),  # "Pemimpin Korea Utara tersebut"
    ("003", "memohon", "partial", ("Matthew Miller",)),
    ("003", "Harus melakukan perjalanan", "direct", ("Matthew Miller",)),
    ("004", "perjuangan suci", "partial", (KIM,)),
    ("004", "Kami yakin bahwa", "direct", (KIM,)),
    ("004", "Kami akan selalu bersama", "direct", (KIM,)),
    ("004", "Seorang teman lama", "direct", (PUTIN,)),
    ("004", "Itulah sebabnya kami", "direct", (PUTIN,)),
]


# Reported speech the seeds certainly contain: (seed, first words, speaker).
EXPECTED_INDIRECT = [
    ("002", "kedua negara akan", PUTIN),
    ("003", "pengembangan satelit pengintaian", KIM),
    ("003", "pertemuan tatap muka", "Dmitry Peskov"),
    ("003", "pertemuan Putin dengan", "Matthew Miller"),
    ("004", "Korut akan bekerja", KIM),
]


def seed_body(seeds: Path, prefix: str) -> str:
    """Return a seed's story paragraphs joined by blank lines, boilerplate lines dropped."""
    (path,) = seeds.glob(f"{prefix}_*.txt")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return "\n\n".join(line for n, line in enumerate(lines) if n not in BOILERPLATE[prefix])


def seed_entities(body: str) -> tuple[Entity, ...]:
    """Build the entities an entity stage should find in a seed, with their mentions."""
    return (
        entity(KIM, body, aliases=("Kim", "Kim Jong-un", "Kim Jong-n")),
        entity(PUTIN, body, aliases=("Putin",)),
        entity("Adrienne Watson", body, aliases=("Watson",)),
        entity("Matthew Miller", body, aliases=("Miller",)),
        entity("Dmitry Peskov", body, aliases=("Peskov",)),
        entity("Kim Yo Jong", body),
        entity("Badan Pengembangan Dirgantara Nasional", body, "ORG", ("NADA",)),
        entity("Korea Utara", body, "LOC", ("Korut",)),
        entity("Rusia", body, "LOC"),
    )


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_quotes_with_entities(seeds_dir: Path, prefix: str) -> None:
    body = seed_body(seeds_dir, prefix)
    found = [q for q in quotes_of(body, seed_entities(body)) if q.kind != "indirect"]
    expected = [e for e in EXPECTED if e[0] == prefix]
    assert [(q.text[: len(e[1])], q.kind) for q, e in zip(found, expected, strict=False)] == [
        (e[1], e[2]) for e in expected
    ]
    assert len(found) == len(expected)
    for quote, (_, start, _, speakers) in zip(found, expected, strict=True):
        assert quote.speaker in speakers, (start, quote.speaker)


@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_quotes_without_entities(seeds_dir: Path, prefix: str) -> None:
    """With no entities the speaker is the surface name: it must name the same person."""
    body = seed_body(seeds_dir, prefix)
    found = [q for q in quotes_of(body) if q.kind != "indirect"]
    expected = [e for e in EXPECTED if e[0] == prefix]
    assert len(found) == len(expected)
    for quote, (_, start, kind, speakers) in zip(found, expected, strict=True):
        assert quote.text.startswith(start) and quote.kind == kind
        if quote.speaker is None:
            assert None in speakers, start
        else:
            words = set(re.split(r"[ -]", quote.speaker.lower()))
            assert any(s and words & set(re.split(r"[ -]", s.lower())) for s in speakers), (
                start,
                quote.speaker,
            )


def test_seed_indirect_speech(seeds_dir: Path) -> None:
    for prefix, start, speaker in EXPECTED_INDIRECT:
        body = seed_body(seeds_dir, prefix)
        found = [
            q
            for q in quotes_of(body, seed_entities(body))
            if q.kind == "indirect" and q.text.startswith(start)
        ]
        assert [q.speaker for q in found] == [speaker], (prefix, start)


def test_seed_quotes_through_the_pipeline(seeds_dir: Path) -> None:
    """``kabar.analyze`` (cleaner, entities, quotes) finds the same quotes in the raw seeds."""
    import kabar

    result = kabar.analyze([str(p) for p in sorted(seeds_dir.glob("*.txt"))], store=None)
    assert len(result.articles) == len(BOILERPLATE)
    for article in result.articles:
        prefix = Path(article.source).name[:3]
        found = [q for q in article.quotes if q.kind != "indirect"]
        expected = [e for e in EXPECTED if e[0] == prefix]
        assert [(q.text[: len(e[1])], q.kind) for q, e in zip(found, expected, strict=False)] == [
            (e[1], e[2]) for e in expected
        ], prefix
        assert len(found) == len(expected), prefix
        for quote, (_, start, _, speakers) in zip(found, expected, strict=True):
            assert article.body[quote.start : quote.end] == quote.text
            if quote.speaker is None:
                assert None in speakers, (prefix, start)
                continue
            words = set(re.split(r"[ -]", quote.speaker.lower()))
            assert any(s and words & set(re.split(r"[ -]", s.lower())) for s in speakers), (
                prefix,
                start,
                quote.speaker,
            )
