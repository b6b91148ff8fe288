"""Kinds of false disagreement a blind keyer found, each with the true one beside it.

Fictional articles (fictional people, places and cases): another case recalled as background,
a prosecutor's demand or a probation read as the sentence, a statute's penalty range, suspect
counts of two cases, a vague comparison and a time of day read as a count. Each test pairs the
near miss that must not be proposed with a case that must, so that proposing nothing fails too.
"""

from __future__ import annotations

from factories import make_article

from kabar.models import Entity
from kabar.stories import find_disagreements
from kabar.stories.disagreements import article_figures, disagreeing_pairs
from kabar.stories.figure_subjects import refers_back
from kabar.stories.numbers import bound, clock_time, find_numbers

_TRIAL = "Sidang Korupsi Pasar Mekarsari"
_PEOPLE = ("Sarmin Wijaya", "Darto Sulistyo")


def _pairs(*articles) -> set[tuple[str, str, str]]:
    return {
        (a.article, b.article, d.quantity)
        for d in find_disagreements(list(articles))
        for a, b in disagreeing_pairs(d)
    }


def _art(article_id: str, body: str, outlet: str, title: str = _TRIAL, people=_PEOPLE):
    entities = tuple(Entity(name, "PERSON") for name in people)
    return make_article(article_id, body, outlet=outlet, title=title, entities=entities)


def test_an_unnamed_figure_is_of_the_person_just_named_not_the_storys() -> None:
    demand = _art("a", "Kemarin Sarmin dituntut 3 tahun penjara.", "A")
    other_defendant = _art(
        "b",
        "Sidang Sarmin ditunda pekan depan. Sementara itu Darto divonis dua tahun penjara oleh "
        "hakim. Vonis itu lebih rendah dari tuntutan jaksa yakni empat tahun.",
        "B",
    )
    same_defendant = _art(
        "c",
        "Sidang Darto ditunda pekan depan. Sementara itu Sarmin divonis dua tahun penjara oleh "
        "hakim. Vonis itu lebih rendah dari tuntutan jaksa yakni empat tahun.",
        "B",
    )
    assert _pairs(demand, other_defendant) == set()
    assert _pairs(demand, same_defendant) == {("a", "c", "tuntutan")}


def test_a_news_agency_or_a_statute_named_by_both_is_no_shared_subject() -> None:
    flood = _art("a", "Banjir di Lembah Kerta menewaskan 20 orang, lapor Reuters.", "A", "Banjir")
    quake = _art("b", "Gempa di Tanjung Moro menewaskan 25 orang, lapor Reuters.", "B", "Gempa")
    flood_too = _art("c", "Banjir di Lembah Kerta menewaskan 25 orang, lapor Reuters.", "B", "Banjir")
    assert _pairs(flood, quake) == set()
    assert _pairs(flood, flood_too) == {("a", "c", "meninggal")}
    rawa, cibening = "Kasus di Kampung Rawa", "Kasus di Desa Cibening"
    kidnap = _art(
        "d", "Polisi menetapkan 9 tersangka penculikan dengan Pasal 333 KUHP.", "A", rawa, ()
    )
    assault = _art(
        "e", "Polisi menetapkan 12 tersangka pengeroyokan dengan Pasal 170 KUHP.", "B", cibening, ()
    )
    kidnap_too = _art(
        "f", "Polisi menetapkan 12 tersangka penculikan dengan Pasal 333 KUHP.", "B", rawa, ()
    )
    assert _pairs(kidnap, assault) == set()  # suspects of two cases
    assert _pairs(kidnap, kidnap_too) == {("d", "f", "tersangka")}


def test_a_prosecutors_words_are_the_demand_not_the_sentence() -> None:
    verdict = _art("a", "Hakim memvonis Sarmin 4 tahun penjara.", "A")
    asked = _art(
        "b",
        "Sarmin hadir di ruang sidang. Ia layak dihukum penjara selama 3 tahun, ujar jaksa.",
        "B",
    )
    judged = _art(
        "c",
        "Sarmin hadir di ruang sidang. Ia layak dihukum penjara selama 3 tahun, ujar hakim.",
        "B",
    )
    assert _pairs(verdict, asked) == set()
    assert _pairs(verdict, judged) == {("a", "c", "hukuman")}


def test_a_sentence_on_probation_is_not_a_prison_term() -> None:
    served = _art("a", "Kemarin Sarmin divonis 2 tahun penjara.", "A")
    probation = _art("b", "Kemarin Sarmin divonis 1 tahun penjara dengan masa percobaan 2 tahun.", "B")
    prison = _art("c", "Kemarin Sarmin divonis 1 tahun penjara.", "B")
    assert _pairs(served, probation) == set()
    assert _pairs(served, prison) == {("a", "c", "hukuman")}


def test_a_statutes_penalty_range_is_no_figure_of_the_case() -> None:
    verdict = _art("a", "Kemarin Sarmin divonis tiga tahun penjara.", "A")
    threat = _art(
        "b", "Sarmin dijerat Pasal 378 KUHP dengan ancaman hukuman maksimal empat tahun penjara.", "B"
    )
    other_verdict = _art("c", "Kemarin Sarmin divonis empat tahun penjara.", "B")
    assert _pairs(verdict, threat) == set()
    assert _pairs(verdict, other_verdict) == {("a", "c", "hukuman")}
    statute = _art(
        "d",
        "Pelakunya dipidana dengan pidana penjara paling singkat 3 tahun dan paling lama 12 tahun "
        "dan denda paling banyak Rp 600 juta.",
        "A",
    )
    assert article_figures(statute) == []


def test_a_vague_comparison_bounds_the_figure() -> None:
    exact = _art("a", "Pertumbuhan ekonomi Lembah Hijau mencapai 5,12 persen.", "A", "Ekonomi")
    above = _art("b", "Pertumbuhan ekonomi Lembah Hijau sedikit di atas lima persen.", "B", "Ekonomi")
    below = _art("c", "Pertumbuhan ekonomi Lembah Hijau sedikit di bawah lima persen.", "B", "Ekonomi")
    assert _pairs(exact, above) == set()  # 5,12 is above five
    assert _pairs(exact, below) == {("a", "c", "pertumbuhan")}
    text = "naik di atas 5 persen, di bawah 9 persen, kisaran 7 persen"
    assert [bound(text, n) for n in find_numbers(text)] == ["at_least", "at_most", "about"]


def test_a_time_of_day_is_no_count() -> None:
    text = "Pukul 02.00 tersangka tiba, lalu 3 tersangka pergi pada 21.30 WIB."
    assert [clock_time(text, n) for n in find_numbers(text)] == [True, False, True]
    night = _art("a", '"Sekitar pukul 02.00 tersangka CS tiba di kafe," kata Sarmin.', "A")
    counted = _art("b", "Polisi menetapkan 2 tersangka penganiayaan.", "A")
    assert article_figures(night) == []
    assert [(f.quantity, f.value) for f in article_figures(counted)] == [("tersangka", 2.0)]


def test_a_sentence_pointing_back_is_about_what_the_sentence_before_names() -> None:
    title = "Banjir Lembah Kerta"
    recalled = _art(
        "a",
        "Banjir melanda Lembah Kerta. Pada 2009, banjir bandang melanda Tanjung Moro. "
        "Peristiwa itu menewaskan 30 orang.",
        "A",
        title,
        (),
    )
    today = _art("b", "Banjir di Lembah Kerta menewaskan 25 orang.", "B", title, ())
    same = _art(
        "c", "Banjir bandang melanda Lembah Kerta. Peristiwa itu menewaskan 30 orang.", "A", title, ()
    )
    assert _pairs(recalled, today) == set()  # another flood, another year
    assert _pairs(same, today) == {("c", "b", "meninggal")}
    assert refers_back("Aksi ini menewaskan 23 orang.")
    assert not refers_back("Saat ini, korban tewas mencapai 30 orang.")
    assert not refers_back("Korban tewas mencapai 30 orang.")
