"""Where outlets disagree: the same kind of figure reported with different values."""

from __future__ import annotations

from factories import make_article

from kabar.compare import find_disagreements


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
