"""kabar.text: the one home of tokenising, sentence splitting, name keys and content words."""

from __future__ import annotations

from kabar import text
from kabar.entities import ner
from kabar.quotes import names
from kabar.text import content_words, name_key, statement_words


def test_content_words_drop_stop_words_and_short_numbers() -> None:
    words = content_words("Dia mengatakan bahwa 12 rumah di Sukamaju terendam pada 2025.")
    assert words == ["rumah", "sukamaju", "terendam", "2025"]
    assert content_words("The flood hit the town", "en") == ["flood", "hit", "town"]


def test_statement_words_strip_clitics_and_stop_words() -> None:
    assert statement_words("Rumahnya di desa itu terendam, katanya.") == frozenset(
        {"rumah", "desa", "terendam", "kata"}
    )


def test_tokens_keep_inner_hyphens_apostrophes_and_dots() -> None:
    words = [w for w, _, _ in text.tokenize("Rudi, S.H. ber-main 1.000 kali.")]
    assert words == ["Rudi", ",", "S.H", ".", "ber-main", "1.000", "kali", "."]


def test_the_tagger_tokenises_with_the_word_token() -> None:
    body = "Menurut Budi Santoso, harga naik 1,5 persen. Ia ke Jakarta."
    assert ner.tokenize(body) == text.tokenize(body)


def test_quote_tokens_keep_numbers_whole_and_no_dots_inside_words() -> None:
    body = "Rudi, S.H. naik 1,5 persen pukul 12:30."
    words = [w for w, _, _ in text.quote_tokenize(body)]
    assert words == [
        "Rudi",
        ",",
        "S",
        ".",
        "H",
        ".",
        "naik",
        "1,5",
        "persen",
        "pukul",
        "12:30",
        ".",
    ]
    assert [(t.text, t.start, t.end) for t in names.tokenize(body)] == text.quote_tokenize(body)


def test_token_sentences_break_at_end_marks_paragraphs_and_length() -> None:
    body = "Budi datang. Ia pergi.\nLalu pulang"
    tokens = text.tokenize(body)
    assert text.token_sentences(body, tokens, 120) == [[0, 1, 2], [3, 4, 5], [6, 7]]
    assert text.token_sentences(body, tokens, 2) == [[0, 1], [2], [3, 4], [5], [6, 7]]


def test_prose_and_masked_splitters_skip_abbreviations() -> None:
    prose = "Ia bertemu dr. Budi di sana. Lalu pulang."
    assert [prose[s:e] for s, e in text.split_sentences(prose)] == [
        "Ia bertemu dr. Budi di sana.",
        "Lalu pulang.",
    ]
    masked = "Kata Moh. Rahman ____. Lalu pulang."
    assert [masked[s:e] for s, e in text.split_masked_sentences(masked, 0, len(masked))] == [
        "Kata Moh. Rahman ____.",
        "Lalu pulang.",
    ]


def test_name_key_keeps_letters_and_digits_case_folded() -> None:
    assert name_key("Detik.com") == "detikcom"
    assert name_key("Kim Jong-un") == name_key("KIM JONG UN") == "kimjongun"


def _token_sentences_one_by_one(body: str, tokens: list[tuple[str, int, int]], size: int):
    """The grouping read token by token, as the rule is stated: the reference for the fast one."""
    groups: list[list[int]] = []
    current: list[int] = []
    for i, (word, start, _) in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if current and before is not None and (
            (before[0] in ".!?…" and word[:1].isupper())
            or len(current) >= size
            or "\n" in body[before[2] : start]
        ):
            groups.append(current)
            current = []
        current.append(i)
    return [*groups, current] if current else groups


def test_token_sentences_equal_the_token_by_token_rule() -> None:
    # Line breaks inside and between sentences, blank lines, a break at the very start and end,
    # a full stop before a small letter, a run-on longer than the limit, marks ! ? and …
    body = (
        "\nWarga Desa Sukamaju berkumpul. kemudian mereka pergi!\n\nApa kabar? Baik…"
        " Lalu\nRudi Hartono datang ke balai desa dan berbicara lama sekali tentang panen padi"
        " jagung kedelai kacang ubi serta harga pupuk yang naik turun sepanjang musim ini.\n"
    )
    tokens = ner.tokenize(body)
    for size in (1, 2, 3, 5, 8, 120):
        assert text.token_sentences(body, tokens, size) == _token_sentences_one_by_one(
            body, tokens, size
        )
    assert text.token_sentences("", [], 120) == []


def test_quote_tokens_of_a_slice_carry_body_offsets() -> None:
    body = "Menurut Rudi, “Kami siap berangkat.” Lalu pergi."
    start = body.index("“") + 1
    end = body.index("”")
    toks = names.tokenize(body[start:end], start)
    assert [body[t.start : t.end] for t in toks] == ["Kami", "siap", "berangkat", "."]
    assert toks == [names.tok(t.text, t.start, t.end) for t in toks]  # equal to ones built whole
    assert [t.low for t in toks] == ["kami", "siap", "berangkat", "."]
    assert [t.cap for t in toks] == [True, False, False, False]
