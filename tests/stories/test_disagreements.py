"""Disagreements: two outlets giving one quantity about one thing different values."""

from __future__ import annotations

from factories import make_article

from kabar.models import Entity
from kabar.stories import find_disagreements
from kabar.stories.disagreements import disagreeing_pairs, format_value


def _pairs(articles: list) -> set[tuple[str, str, str]]:
    return {
        (a.article, b.article, d.quantity)
        for d in find_disagreements(articles)
        for a, b in disagreeing_pairs(d)
    }


def test_deaths_and_missing_are_different_quantities() -> None:
    found = find_disagreements(
        [
            make_article("a", "Banjir menewaskan enam orang dan 2 orang hilang.", outlet="A"),
            make_article("b", "Sebanyak 8 orang meninggal dunia akibat banjir.", outlet="B"),
        ]
    )
    (deaths,) = found
    assert (deaths.quantity, deaths.unit) == ("meninggal", "orang")
    assert [(v.article, v.value) for v in deaths.versions] == [("a", "6"), ("b", "8")]
    # one sentence of context, not a passage
    assert deaths.versions[0].context == "Banjir menewaskan enam orang dan 2 orang hilang."


def test_one_outlet_never_disagrees_with_itself() -> None:
    assert (
        _pairs(
            [
                make_article("a", "Gempa menewaskan 6 orang.", outlet="A"),
                make_article("b", "Gempa menewaskan 9 orang.", outlet="A"),
            ]
        )
        == set()
    )


def test_a_figure_changing_over_days_is_an_update() -> None:
    assert (
        _pairs(
            [
                make_article("a", "Gempa menewaskan 6 orang.", outlet="A", published="2026-01-01"),
                make_article("b", "Gempa menewaskan 9 orang.", outlet="B", published="2026-01-05"),
            ]
        )
        == set()
    )


def test_the_same_value_written_two_ways_agrees() -> None:
    assert (
        _pairs(
            [
                make_article("a", "Kerugian ditaksir Rp1,5 juta per rumah.", outlet="A"),
                make_article("b", "Kerugian mencapai Rp1.500.000 per rumah.", outlet="B"),
                make_article("c", "Kerugian sekitar Rp1,6 juta per rumah.", outlet="C"),
            ]
        )
        == set()
    )


def test_a_bound_allows_a_larger_count() -> None:
    assert (
        _pairs(
            [
                make_article("a", "Sedikitnya 30 orang meninggal.", outlet="A"),
                make_article("b", "Gempa menewaskan 34 orang.", outlet="B"),
            ]
        )
        == set()
    )


def test_different_defendants_and_demands_are_not_compared() -> None:
    darmo, rina = Entity("Darmo Sulistyo", "PERSON"), Entity("Rina Kusuma", "PERSON")
    found = _pairs(
        [
            make_article(
                "a",
                "Hakim menjatuhkan pidana selama 16 tahun kepada Darmo Sulistyo. "
                "Jaksa menuntut Darmo Sulistyo 20 tahun penjara.",
                outlet="A",
                entities=(darmo,),
            ),
            make_article(
                "b",
                "Darmo Sulistyo divonis 15 tahun penjara. Rina Kusuma dihukum empat tahun penjara.",
                outlet="B",
                entities=(darmo, rina),
            ),
            make_article(
                "c", "Hakim memvonis Rina Kusuma tiga tahun penjara.", outlet="C", entities=(rina,)
            ),
        ]
    )
    assert found == {("a", "b", "hukuman"), ("b", "c", "hukuman")}


def test_vague_quantities_and_copies_are_no_figures() -> None:
    assert (
        _pairs(
            [
                make_article("a", "Ratusan rumah terendam banjir.", outlet="A"),
                make_article("b", "Sebanyak 300 rumah terendam.", outlet="B"),
                make_article("c", "Sebanyak 250 rumah terendam.", outlet="C", duplicate_of="b"),
            ]
        )
        == set()
    )


def test_values_are_shown_the_indonesian_way() -> None:
    assert format_value(1_500_000) == "1.500.000"
    assert format_value(2.5) == "2,5"


def test_other_periods_places_and_margins_are_not_compared() -> None:
    assert _pairs(
        [
            make_article("a", "Inflasi September sebesar 0,22 persen.", outlet="A"),
            make_article("b", "Inflasi Oktober mencapai 0,4 persen.", outlet="B"),
            make_article("c", "Sasaran inflasi 2,5 plus minus 1 persen pada 2026.", outlet="C"),
            make_article("d", "Proyeksi inflasi 2017 naik menjadi 1,7 persen.", outlet="D"),
        ]
    ) == set()
    palu, poso = Entity("Palu", "LOC"), Entity("Poso", "LOC")
    assert _pairs(
        [
            make_article("a", "Banjir di Palu menewaskan 3 orang.", outlet="A", entities=(palu,)),
            make_article("b", "Banjir di Poso menewaskan 5 orang.", outlet="B", entities=(poso,)),
        ]
    ) == set()


def test_ranges_and_comparisons_of_periods_are_no_figures() -> None:
    assert _pairs(
        [
            make_article("a", "Pertumbuhan kredit tahun ini sekitar 7-9 persen.", outlet="A"),
            make_article("b", "Pertumbuhan kredit mencapai 3 persen.", outlet="B"),
            make_article(
                "c", "Ekspor Februari 2017 mencapai 12,57 miliar dolar, naik dari 2016.", outlet="C"
            ),
            make_article("d", "Ekspor mencapai 13,1 miliar dolar.", outlet="D"),
        ]
    ) == set()
