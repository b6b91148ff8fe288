"""Disagreements only about one thing: one subject, one good, one mode, one person's sentence.

Fictional articles (fictional people, places and cases). Each test pairs a case that must be
proposed with the near miss that must not, so that a finder proposing nothing fails too.
"""

from __future__ import annotations

from factories import make_article

from kabar.models import Entity
from kabar.stories import find_disagreements
from kabar.stories.disagreements import article_figures, disagreeing_pairs
from kabar.stories.numbers import find_numbers


def _pairs(*articles) -> set[tuple[str, str, str]]:
    return {
        (a.article, b.article, d.quantity)
        for d in find_disagreements(list(articles))
        for a, b in disagreeing_pairs(d)
    }


def _art(article_id: str, body: str, outlet: str, title: str | None = None, people=()):
    entities = tuple(Entity(name, "PERSON") for name in people)
    return make_article(article_id, body, outlet=outlet, title=title, entities=entities)


def test_an_unnamed_loss_is_its_articles_case_not_another_case() -> None:
    jembatan = _art(
        "a",
        "Penyidik menahan dua pejabat dinas. Besaran kerugian negara itu mencapai Rp 75 miliar.",
        "Kabar Timur",
        title="Korupsi Jembatan Lintang Rugikan Negara",
    )
    other_case = _art(
        "b",
        "Penyidik memeriksa saksi proyek Pasar Ciwaru yang merugikan negara Rp 90 miliar.",
        "Warta Lembah",
        title="Saksi Proyek Pasar Ciwaru Diperiksa",
    )
    same_case = _art(
        "c",
        "Korupsi Jembatan Lintang diduga merugikan negara Rp 90 miliar.",
        "Warta Lembah",
        title="Jembatan Lintang",
    )
    assert _pairs(jembatan, other_case) == set()
    assert _pairs(jembatan, same_case) == {("a", "c", "kerugian")}


def test_two_defendants_demands_are_two_quantities() -> None:
    title = "Sidang Suap Pelabuhan Karang Asri"
    people = ["Budiman", "Hartono"]
    first = _art(
        "a",
        "Kemarin Budiman dituntut lima tahun karena menerima suap dari Hartono.",
        "A",
        title,
        people,
    )
    second = _art("b", "Kemarin Hartono dituntut 4 tahun penjara oleh jaksa.", "B", title, people)
    again = _art("c", "Kemarin Budiman dituntut 4 tahun penjara oleh jaksa.", "B", title, people)
    assert _pairs(first, second) == set()  # the briber named too is not whose demand it is
    assert _pairs(first, again) == {("a", "c", "tuntutan")}


def test_prices_of_different_goods_never_disagree() -> None:
    title = "Harga Pangan di Pasar Raya Sukamaju"
    coffee = _art("a", "Di Pasar Raya, harga kopi mencapai Rp 12.000 per kilogram.", "A", title)
    sugar = _art("b", "Di Pasar Raya, harga gula mencapai Rp 14.000 per kilogram.", "B", title)
    unnamed = _art("c", "Di Pasar Raya, harga mencapai Rp 14.000 per kilogram.", "B", title)
    coffee_too = _art("d", "Di Pasar Raya, harga kopi mencapai Rp 14.000 per kilogram.", "B", title)
    assert _pairs(coffee, sugar) == set()
    assert _pairs(coffee, unnamed) == set()  # one good named, the other unsure
    assert _pairs(coffee, coffee_too) == {("a", "d", "harga")}


def test_a_target_or_an_outlook_is_not_the_result() -> None:
    title = "Ekonomi Provinsi Lembah Hijau"
    target = _art("a", "Di Lembah Hijau, target pertumbuhan ekonomi 5,4 persen.", "A", title)
    outlook = _art("b", "Di Lembah Hijau, pertumbuhan ekonomi diperkirakan 5,8 persen.", "B", title)
    done = _art("c", "Di Lembah Hijau, pertumbuhan ekonomi mencapai 5,1 persen.", "B", title)
    done_too = _art("d", "Di Lembah Hijau, pertumbuhan ekonomi mencapai 5,4 persen.", "A", title)
    assert _pairs(target, done) == set()
    assert _pairs(target, outlook) == set()
    assert _pairs(done_too, done) == {("c", "d", "pertumbuhan")} or _pairs(done_too, done) == {
        ("d", "c", "pertumbuhan")
    }


def test_probation_and_months_are_read_as_one_sentence() -> None:
    title = "Vonis Kasus Hoaks Desa Sukamaju"
    first = _art(
        "a",
        "Kemarin Warsito dihukum penjara setahun dengan percobaan dua tahun.",
        "A",
        title,
        ["Warsito"],
    )
    second = _art(
        "b",
        "Kemarin Warsito divonis 1 tahun dengan masa percobaan 2 tahun.",
        "B",
        title,
        ["Warsito"],
    )
    months = _art("c", "Kemarin Warsito divonis 1 tahun 6 bulan penjara.", "A", title, ["Warsito"])
    halves = _art("d", "Kemarin Warsito divonis 1,5 tahun penjara.", "B", title, ["Warsito"])
    more = _art("e", "Kemarin Warsito divonis 2 tahun penjara.", "B", title, ["Warsito"])
    assert _pairs(first, second) == set()
    assert _pairs(months, halves) == set()  # one and a half years, written two ways
    assert _pairs(months, more) == {("c", "e", "hukuman")}
    (fine,) = [
        f
        for f in article_figures(
            _art("f", "Ia divonis denda Rp 250 juta subsider tiga bulan kurungan.", "A")
        )
        if f.unit == "bulan"
    ] or [None]
    assert fine is None  # detention in lieu of the fine is no figure of the sentence


def test_far_apart_values_others_and_time_spans_are_not_compared() -> None:
    title = "Gempa Pulau Selatan"
    toll = _art("a", "Gempa di Pulau Selatan menewaskan 30 orang.", "A", title)
    far = _art("b", "Gempa di Pulau Selatan menewaskan 90 orang.", "B", title)
    near = _art("c", "Gempa di Pulau Selatan menewaskan 34 orang.", "B", title)
    others = _art("d", "Gempa di Pulau Selatan melukai 34 orang lainnya.", "B", title)
    injured = _art("e", "Gempa di Pulau Selatan melukai 30 orang.", "A", title)
    recalled = _art("f", "Sebelumnya, gempa di Pulau Selatan menewaskan 34 orang.", "B", title)
    assert _pairs(toll, far) == set()
    assert _pairs(injured, others) == set()
    assert _pairs(toll, recalled) == set()
    assert _pairs(toll, near) == {("a", "c", "meninggal")}
    spans = article_figures(_art("g", "Inflasi terendah dalam enam tahun terakhir.", "A"))
    assert spans == []


def test_a_round_figure_with_an_suffix_is_vague() -> None:
    (about,) = find_numbers("harganya sekitar Rp 2 jutaan")
    assert about.value is None
    (exact,) = find_numbers("harganya Rp 2 juta")
    assert exact.value == 2_000_000
