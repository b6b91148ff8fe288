"""Statement groups: the same quote carried by several articles of a story."""

from __future__ import annotations

from factories import make_article

from kabar.models import Article, Quote
from kabar.stories.statements import group_statements


def _article(article_id: str, body: str, quotes: tuple[Quote, ...] = ()) -> Article:
    return make_article(article_id, body, quotes=quotes)


def _quote(text: str, speaker: str | None, kind: str = "direct") -> Quote:
    return Quote(text=text, speaker=speaker, kind=kind, start=0, end=len(text))


def test_same_statement_in_other_words_is_one_group() -> None:
    one = _article(
        "a",
        "x",
        (
            _quote(
                "Kami akan membangun bendungan baru di hulu sungai tahun depan", "Ratna Wulandari"
            ),
            _quote("Warga tidak perlu panik menghadapi banjir", "Ratna Wulandari"),
        ),
    )
    two = _article(
        "b",
        "y",
        (
            _quote("Kami akan membangun bendungan di hulu sungai pada tahun depan", None),
            _quote("Harga beras di pasar tetap stabil sepanjang bulan ini", "Arif Mahendra"),
        ),
    )
    statements, quotes = group_statements([one, two])
    (statement,) = statements
    assert statement.speaker == "Ratna Wulandari"
    assert {(r.article, r.index) for r in statement.quotes} == {("a", 0), ("b", 0)}
    assert quotes["a"][0].groups == (statement.id,) == quotes["b"][0].groups
    assert quotes["a"][1].groups == () and quotes["b"][1].groups == ()


def test_different_speakers_or_same_article_are_not_grouped() -> None:
    one = _article(
        "a",
        "x",
        (
            _quote("Kami akan membangun bendungan baru di hulu sungai", "Ratna Wulandari"),
            _quote("Kami akan membangun bendungan baru di hulu sungai", "Ratna Wulandari"),
        ),
    )
    two = _article(
        "b", "y", (_quote("Kami akan membangun bendungan baru di hulu sungai", "Arif Mahendra"),)
    )
    statements, quotes = group_statements([one, two])
    assert statements == () and quotes == {}


def test_speakers_are_compared_by_their_story_canonical_name() -> None:
    from kabar.models import Entity

    one = _article(
        "a", "x", (_quote("Jembatan ini akan selesai sebelum musim hujan tiba", "Ratna"),)
    )
    two = _article(
        "b", "y", (_quote("Jembatan itu akan selesai sebelum musim hujan", "Ratna Wulandari"),)
    )
    people = (Entity("Ratna Wulandari", "PERSON", ("Ratna", "Ratna Wulandari"), 3),)
    assert group_statements([one, two])[0] == ()
    (statement,) = group_statements([one, two], people)[0]
    assert statement.speaker == "Ratna Wulandari"
