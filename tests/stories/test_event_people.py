"""Event stories by who speaks and when: main speakers, headline people, undated articles.

All text, people and places are fictional, written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

from factories import make_article

from kabar.models import Article, Entity, Quote
from kabar.stories import dates, link

# One press conference on a district budget, and shared vocabulary for its reaction.
_BUDGET = (
    "Bupati Tanah Merah Sulastri Wibowo menjelaskan pemangkasan anggaran pendidikan daerah "
    "tahun depan dalam konferensi pers di pendopo kabupaten. Pemangkasan anggaran itu "
    "menyentuh dana sekolah, beasiswa siswa miskin dan perbaikan gedung sekolah dasar. "
    "DPRD Tanah Merah akan membahas rancangan anggaran pendidikan itu pekan depan. "
)


def _speaker_article(ident: str, speaker: str, lead: str, published: str, title: str) -> Article:
    """An article quoting ``speaker`` three times about the district budget."""
    quotes_text = [
        f"{lead} anggaran pendidikan harus dihitung ulang bersama sekolah",
        f"{lead} dana beasiswa siswa miskin tetap menjadi prioritas kami",
        f"{lead} perbaikan gedung sekolah dasar akan dibahas bersama DPRD",
    ]
    body = _BUDGET + " ".join(f'"{q}," kata {speaker}.' for q in quotes_text)
    quotes = []
    for text in quotes_text:
        start = body.index(text)
        quotes.append(Quote(text, speaker, "direct", start, start + len(text)))
    entities = (
        Entity("Sulastri Wibowo", "PERSON", count=2),
        Entity(speaker, "PERSON", count=4),
        Entity("DPRD Tanah Merah", "ORG", count=1),
    )
    return make_article(
        ident, body, title=title, published=published, quotes=tuple(quotes), entities=entities
    )


def _groups(articles: list[Article]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for a in link(articles, None).articles:
        groups.setdefault(a.story or a.id, []).append(a.id)
    return sorted(sorted(g) for g in groups.values())


def test_a_reaction_by_another_speaker_is_another_event() -> None:
    regent = "Sulastri Wibowo"
    articles = [
        _speaker_article(
            "pk-1",
            regent,
            "Menurut kami",
            "2025-05-06T10:00+07:00",
            "Bupati Sulastri Pangkas Anggaran Pendidikan Tanah Merah",
        ),
        _speaker_article(
            "pk-2",
            regent,
            "Bagi kami",
            "2025-05-06T11:30+07:00",
            "Sulastri Wibowo Jelaskan Pemangkasan Anggaran Pendidikan",
        ),
        _speaker_article(
            "re-1",
            "Darmaji Kusuma",
            "Kami menilai",
            "2025-05-06T15:00+07:00",
            "Legislator Darmaji Kritik Pemangkasan Anggaran Pendidikan",
        ),
    ]
    # the regent's press conference in two outlets is one event; the legislator's reaction
    # the same day is another (without the speaker rule the three would form one story)
    assert _groups(articles) == [["pk-1", "pk-2"], ["re-1"]]
    # the story keeps its speaker in the link state: a later run sees the same
    first = link(articles[:1], None)
    later = {a.id: a.story for a in link(articles[1:], first.state).articles}
    assert later["pk-2"] == first.articles[0].story != later["re-1"]
    # a member of the public quoted at length is nobody's press conference
    public = [
        _speaker_article("pk-1", regent, "Menurut kami", "2025-05-06T10:00+07:00", "Pangkas"),
        _speaker_article("wg-1", "Wati", "Kami kira", "2025-05-06T12:00+07:00", "Warga"),
    ]
    public[1] = replace(
        public[1],
        quotes=tuple(replace(q, speaker_kind="member_of_public") for q in public[1].quotes),
    )
    assert _groups(public) == [["pk-1", "wg-1"]]


def _also_quoting(article: Article, speaker: str, times: int) -> Article:
    """The article with ``times`` more quotes of ``speaker``, a public figure."""
    body, quotes = article.body, list(article.quotes)
    for n in range(times):
        text = f"Sekolah dasar nomor {n + 1} tetap kami perbaiki tahun ini"
        body += f' "{text}," ujar {speaker}.'
        start = body.index(text)
        quotes.append(Quote(text, speaker, "direct", start, start + len(text),
                            speaker_kind="public_figure"))
    return replace(article, body=body, quotes=tuple(quotes))


def test_a_report_quoting_the_story_speaker_twice_is_the_same_occasion() -> None:
    regent, head = "Sulastri Wibowo", "Darmaji Kusuma"
    conference = _speaker_article(
        "pk-1", regent, "Menurut kami", "2025-05-06T10:00+07:00",
        "Bupati Sulastri Pangkas Anggaran Pendidikan Tanah Merah",
    )
    # the education office's head spoke at the regent's conference: another outlet leads
    # with him, and quotes the regent twice
    beside = _speaker_article(
        "pk-2", head, "Kami menilai", "2025-05-06T11:30+07:00",
        "Anggaran Pendidikan Tanah Merah Dipangkas Tahun Depan",
    )
    assert _groups([conference, _also_quoting(beside, regent, 2)]) == [["pk-1", "pk-2"]]
    # quoted once, the regent is what the other speaker reacts to: another event
    assert _groups([conference, _also_quoting(beside, regent, 1)]) == [["pk-1"], ["pk-2"]]


def test_day_months_reads_dates_with_and_without_a_year() -> None:
    june_24 = 6 * 32 + 24
    assert dates.day_months("Jakarta, Senin (24/6/2017) - Polisi") == (june_24,)
    assert dates.day_months("pada 3 Juli dan (Senin, 24/6)") == (7 * 32 + 3, june_24)
    # "24/7" outside parentheses is a phrase ("buka 24/7"), not a date; nor is month 13
    assert dates.day_months("layanan buka 24/7 dan (12/13)") == ()
    assert dates.day_month(dates.day_number("2017-06-24")) == june_24


_FLOOD = (
    "Banjir merendam permukiman warga di Kecamatan Sungai Lebar, Kabupaten Padang Ilir, "
    "setelah hujan deras mengguyur sejak malam. Tim gabungan mengevakuasi warga ke posko "
    "pengungsian di balai desa. Ketinggian air mencapai satu meter di beberapa titik, dan "
    "jalan utama kabupaten tidak bisa dilalui kendaraan roda dua. "
)


def test_undated_articles_join_only_on_a_shared_date_or_near_copy_text() -> None:
    first = make_article("u-1", "Padang Ilir, Kamis (24/6) - " + _FLOOD + "Warga mulai mengungsi.")
    # the same district flooded again months later: similar words, another date (the
    # earlier flood's day it recalls is background, not its event's)
    again = make_article(
        "u-2",
        "Padang Ilir, Selasa (9/11) - Banjir kembali merendam permukiman warga di Kecamatan "
        "Sungai Lebar, Kabupaten Padang Ilir. Warga mengungsi ke posko di balai desa. "
        "Kepala desa meminta bantuan perahu karet, selimut dan makanan bayi dari "
        "pemerintah provinsi, sementara sekolah diliburkan selama tiga hari. Pedagang "
        "pasar menutup kios mereka dan petani khawatir sawah gagal panen musim ini. "
        "Banjir serupa melanda desa itu pada 24 Juni.",
    )
    # a follow-up naming the same day and month
    same_day = make_article(
        "u-3",
        "Padang Ilir - Banjir yang melanda pada Kamis (24/6) merendam permukiman di Sungai "
        "Lebar, Kabupaten Padang Ilir. Ketinggian air mencapai satu meter dan tim gabungan "
        "mengevakuasi warga ke posko pengungsian. Dinas sosial mendata kerugian warga dan "
        "menyalurkan bantuan beras.",
    )
    assert _groups([first, again, same_day]) == [["u-1", "u-3"], ["u-2"]]
