"""Disagreements: the same kind of figure reported with different values by different outlets."""

from __future__ import annotations

from factories import make_article

from kabar.stories import find_disagreements


def test_number_words_and_digits_are_compared_as_values() -> None:
    found = find_disagreements(
        [
            make_article("a", "Longsor menewaskan tiga orang dan merusak 1.200 rumah.", outlet="A"),
            make_article("b", "Longsor menewaskan 4 orang dan merusak 1200 rumah.", outlet="B"),
        ]
    )
    (orang,) = found
    assert orang.unit == "orang"
    assert [(v.article, v.outlet, v.value) for v in orang.versions] == [
        ("a", "A", "3"),
        ("b", "B", "4"),
    ]
    assert orang.versions[0].context == "Longsor menewaskan tiga orang dan merusak 1.200 rumah."


def test_vague_quantities_dates_and_copies_are_no_figures() -> None:
    found = find_disagreements(
        [
            make_article("a", "Ratusan rumah terendam. Warga tinggal di sana sejak 2019 tahun."),
            make_article("b", "Sebanyak 300 rumah terendam."),
            make_article("c", "Sebanyak 250 rumah terendam.", duplicate_of="b"),
        ]
    )
    assert found == ()


def test_disagreeing_figures_are_found() -> None:
    found = find_disagreements(
        [
            make_article("a", "Banjir merendam 300 rumah warga sejak 2019.", outlet="Kabar Timur"),
            make_article(
                "b", "Banjir merendam 250 rumah warga. Ratusan rumah rusak.", outlet="Warta Palu"
            ),
            make_article(
                "c", "Banjir merendam 300 rumah dan menewaskan dua orang.", outlet="Suara Sulteng"
            ),
        ]
    )
    (rumah,) = found
    assert rumah.unit == "rumah"
    assert sorted(v.value for v in rumah.versions) == ["250", "300", "300"]
