"""Disagreements where an article gives one quantity several values, and how figures are read.

An article giving two candidates' votes, this month's rate and the year's, or two defendants'
fines is compared value by value, each with its counterpart in the other outlet's article.
"""

from __future__ import annotations

from factories import make_article

from kabar.models import Article, Entity
from kabar.stories import find_disagreements
from kabar.stories.disagreements import disagreeing_pairs
from kabar.stories.figures import article_figures


def _values(articles: list[Article]) -> set[tuple[str, str, str]]:
    return {
        (d.quantity, *sorted((a.value, b.value)))
        for d in find_disagreements(articles)
        for a, b in disagreeing_pairs(d)
    }


def _people(*names: str) -> tuple[Entity, ...]:
    return tuple(Entity(name, "PERSON") for name in names)


def test_each_candidates_votes_are_set_beside_that_candidates_votes() -> None:
    people = _people("Budi Santoso", "Dedi Kurnia")
    first = make_article(
        "a",
        "Berdasarkan rekapitulasi, Budi meraih 2.314 suara, mengalahkan petahana Dedi Kurnia "
        "yang memperoleh 1.987 suara.",
        outlet="A",
        entities=people,
    )
    second = make_article(
        "b",
        "Di desa itu, penantang Budi Santoso unggul dengan 2.341 suara atas petahana Dedi "
        "Kurnia yang meraih 1.987 suara.",
        outlet="B",
        entities=people,
    )
    assert _values([first, second]) == {("suara", "2.314", "2.341")}


def test_the_yearly_rate_is_set_beside_the_yearly_rate() -> None:
    first = make_article(
        "a",
        "BPS mencatat inflasi tahunan pada bulan itu sebesar 2,87 persen. Kepala BPS mengatakan "
        "inflasi bulanan tercatat 0,42 persen.",
        outlet="A",
    )
    second = make_article(
        "b",
        "BPS mencatat inflasi tahunan provinsi tersebut 2,78 persen. Adapun inflasi bulanan "
        "tercatat 0,42 persen.",
        outlet="B",
    )
    assert _values([first, second]) == {("inflasi", "2,78", "2,87")}


def test_another_defendants_equal_fine_is_no_agreement() -> None:
    people = _people("Rudi Harjanto", "Kurniawan Adi")
    first = make_article(
        "a",
        "Hakim menghukum Rudi membayar denda Rp2 miliar. Adapun kurir Kurniawan Adi divonis "
        "denda Rp1 miliar.",
        outlet="A",
        entities=people,
    )
    second = make_article(
        "b", "Majelis hakim memvonis Rudi Harjanto denda Rp1 miliar.", outlet="B", entities=people
    )
    assert _values([first, second]) == {("denda", "1.000.000.000", "2.000.000.000")}


def test_a_tally_an_article_says_became_is_a_timeline() -> None:
    earlier = make_article(
        "a", "Dua penumpang kapal ditemukan meninggal dunia.", outlet="A", published="2026-06-21"
    )
    later = make_article(
        "b",
        "Tim SAR menemukan satu penumpang dalam keadaan meninggal dunia. Dengan temuan itu, "
        "korban meninggal menjadi tiga orang.",
        outlet="B",
        published="2026-06-22",
    )
    assert _values([earlier, later]) == set()


def test_seats_of_two_parties_in_two_provinces_are_two_quantities() -> None:
    first = make_article(
        "a",
        "Partai itu memiliki 8 kursi di DPRD Jateng, sedangkan Golkar memiliki 14 kursi.",
        outlet="A",
    )
    second = make_article("b", "Partai itu punya 9 kursi di DPRD Sumut.", outlet="B")
    assert _values([first, second]) == set()


def test_a_depth_is_read_from_the_measure_word_before_it() -> None:
    first = make_article(
        "a", "Bus terjun ke jurang sedalam sekitar 150 meter di wilayah Cusco.", outlet="A"
    )
    second = make_article(
        "b", "Sedikitnya 24 orang tewas setelah bus terjun ke jurang sedalam 200 meter.", outlet="B"
    )
    assert {f.quantity for f in article_figures(second)} == {"meninggal", "kedalaman"}
    assert _values([first, second]) == {("kedalaman", "150", "200")}


def test_a_measure_word_of_another_unit_says_nothing() -> None:
    (wage,) = article_figures(
        make_article("a", "Upah minimum kota ditetapkan Rp4.120.000, lebih tinggi dari UMP.")
    )
    assert wage.quantity == "upah"


def test_a_figure_in_a_yang_clause_is_of_the_noun_it_describes() -> None:
    (price,) = article_figures(
        make_article(
            "a", "Inflasi dikhawatirkan terkerek oleh harga cabai yang kini Rp85 ribu per kilogram."
        )
    )
    assert price.quantity == "harga"


def test_an_earlier_time_is_of_the_figure_it_stands_by() -> None:
    now = article_figures(
        make_article("a", "Harga cabai Rp85.000 per kilogram; harganya Rp60.000 pekan lalu.")
    )[0]
    assert (now.value, now.earlier) == (85000, frozenset())
    (rate,) = article_figures(
        make_article("b", "Inflasi tahunan mencapai 2,87 persen, naik dari bulan sebelumnya.")
    )
    assert rate.earlier == frozenset()


def test_a_word_opening_a_quoted_sentence_names_nothing() -> None:
    (injured,) = article_figures(
        make_article("a", '"Korban luka sebanyak 27 orang, sebagian luka ringan," ujarnya.')
    )
    assert "Korban" not in injured.names


def test_a_target_is_set_beside_a_target_and_a_proposal_beside_nothing_set() -> None:
    assert _values(
        [
            make_article("a", "Pendapatan asli daerah ditargetkan Rp210 miliar.", outlet="A"),
            make_article("b", "Pendapatan asli daerah dipatok Rp180 miliar.", outlet="B"),
        ]
    ) == {("pendapatan", "180.000.000.000", "210.000.000.000")}
    assert (
        _values(
            [
                make_article("a", "Upah minimum ditetapkan Rp3.895.266 per bulan.", outlet="A"),
                make_article("b", "Upah minimum diusulkan Rp4.120.000 per bulan.", outlet="B"),
            ]
        )
        == set()
    )


def test_two_grades_of_one_good_are_two_prices() -> None:
    assert (
        _values(
            [
                make_article("a", "Beras premium dijual Rp16.100 per kilogram.", outlet="A"),
                make_article("b", "Beras SPHP dijual Rp12.500 per kilogram.", outlet="B"),
            ]
        )
        == set()
    )


def test_a_counted_nouns_predicate_a_few_words_on_says_what_it_counts() -> None:
    (dead,) = article_figures(
        make_article("a", "Tujuh penumpang bus pariwisata meninggal dunia di ruas tol itu.")
    )
    assert dead.quantity == "meninggal"
    (lives,) = article_figures(
        make_article("b", "Kecelakaan bus itu merenggut 24 nyawa pada Sabtu waktu setempat.")
    )
    assert (lives.quantity, lives.unit) == ("meninggal", "orang")
