"""Statement groups: the same quote carried by several articles of a story."""

from __future__ import annotations

from factories import make_article

from kabar.models import Article, Quote
from kabar.stories.statements import group_statements, statement_history


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


def test_court_formulas_with_other_terms_or_defendants_stay_apart() -> None:
    formula = "Menjatuhkan pidana terhadap Terdakwa {} dengan pidana penjara selama {} tahun"
    articles = [
        _article(str(i), "x", (_quote(formula.format(name, years), "Majelis Hakim"),))
        for i, (name, years) in enumerate(
            [
                ("Darmo Sulistyo", 16),
                ("Darmo Sulistyo", 20),
                ("Rina Kusuma", 16),
                ("Darmo Sulistyo", "enam belas"),
            ]
        )
    ]
    statements, _ = group_statements(articles)
    (statement,) = statements  # 16 years and "enam belas" years of one defendant, only
    assert {r.article for r in statement.quotes} == {"0", "3"}


def test_a_shortened_quote_does_not_chain_two_terms() -> None:
    articles = [
        _article(
            "a", "x", (_quote("Kami menuntut terdakwa dihukum penjara 16 tahun", "Jaksa Ali"),)
        ),
        _article("b", "x", (_quote("Kami menuntut terdakwa dihukum penjara", "Jaksa Ali"),)),
        _article(
            "c", "x", (_quote("Kami menuntut terdakwa dihukum penjara 20 tahun", "Jaksa Ali"),)
        ),
    ]
    statements, _ = group_statements(articles)
    assert len(statements) == 1 and len(statements[0].quotes) == 2


def test_negated_wording_is_another_statement_and_affixes_still_align() -> None:
    said = "Penyesuaian harga ini diperlukan agar petani tetap mendapat untung yang layak"
    paraphrase = "Kami harus menyesuaikan harga supaya petani tetap untung secara layak"
    negated = "Penyesuaian harga ini tidak diperlukan agar petani tetap mendapat untung yang layak"
    statements, _ = group_statements(
        [
            _article("a", "x", (_quote(said, "Sri Wahyuningsih"),)),
            _article("b", "x", (_quote(paraphrase, "Sri Wahyuningsih"),)),
            _article("c", "x", (_quote(negated, "Sri Wahyuningsih"),)),
        ]
    )
    (statement,) = statements
    assert {r.article for r in statement.quotes} == {"a", "b"}


def test_history_links_a_statement_quoted_again_to_the_first_time_it_was_said() -> None:
    said = "Pelabuhan baru ini akan membuka lapangan kerja bagi ribuan warga pesisir"
    first = make_article("first", "x", quotes=(_quote(said, "Lukas"),), published="2026-01-10")
    again = make_article(
        "again", "x", quotes=(_quote(said + " kelak", "Lukas"),), published="2026-02-20"
    )
    other = make_article(
        "other",
        "x",
        published="2026-03-01",
        quotes=(_quote("Pelabuhan lama ditutup bagi kapal penumpang", "Lukas"),),
    )
    history = statement_history([(again, 0), (other, 0), (first, 0)])
    assert [[a.id for a, _ in group] for group in history] == [["other"], ["first", "again"]]


def test_a_translation_of_a_quote_in_another_article_is_one_group() -> None:
    speaker = "Baiq Rahmawati"
    one = _article(
        "a",
        "x",
        (
            _quote(
                "Kami menargetkan kunjungan wisatawan mancanegara ke Lombok mencapai dua juta "
                "orang tahun ini.",
                speaker,
            ),
        ),
    )
    english = "We are targeting foreign tourist arrivals to Lombok to reach two million this year."
    two = _article("b", "y", (_quote(english, speaker),))
    other = _article("c", "z", (_quote(english.replace("two", "three"), speaker),))
    (statement,) = group_statements([one, two])[0]
    assert {r.article for r in statement.quotes} == {"a", "b"}
    assert group_statements([one, other])[0] == ()
