"""kabar.lexicon: the word lists, and the merged lists several stages share.

A merged list (``NAME.tsv``) replaced two to four diverged copies kept by different stages. Each
use must read exactly the set its stage read from its own copy before the merge (lower-cased
where that stage lower-cases): the counts and digests below were frozen from the old files.
"""

from __future__ import annotations

import hashlib

import pytest

from kabar import lexicon

# (merged list, use, how the stage reads it) -> (entries, sha256 of the sorted entries joined by
# newlines, first 16 hex digits), frozen from the per-stage files the merge replaced.
FROZEN = {
    ("places.tsv", "entities", "lower"): (240, "86b090e631f1e124"),
    ("places.tsv", "quotes", "as"): (358, "e3d7876bec60a536"),
    ("titles.tsv", "entities", "lower"): (186, "30ee24cfffad455a"),
    ("titles.tsv", "quotes", "as"): (223, "df3fd06d6add9e3c"),
    ("org_heads.tsv", "entities", "lower"): (98, "5fc4bba04aea0b62"),
    ("org_heads.tsv", "quotes", "as"): (110, "8b650d5ac9d8540d"),
    ("speech_verbs.tsv", "quote_cues", "as"): (76, "1f6ddf3e218f905d"),
    ("speech_verbs.tsv", "role_stops", "as"): (18, "2963037f9b960696"),
    ("speech_verbs.tsv", "plain_name_cues", "as"): (5, "5f4b26ae06ddb74c"),
    ("speech_verbs.tsv", "name_cues", "lower"): (15, "c03f02e1498b0433"),
    ("title_small_words.tsv", "clean", "as"): (59, "9404a48356692596"),
    ("title_small_words.tsv", "quotes", "as"): (13, "9e2bb6c9b0dd322c"),
    ("title_small_words.tsv", "headlines", "as"): (43, "32104fa877ede4cd"),
    ("degrees.tsv", "quotes", "as"): (36, "cdfea8aa1bf66499"),
    ("degrees.tsv", "entities", "lower"): (53, "64649f08c0fd244e"),
    ("degrees.tsv", "dotted", "lower"): (12, "e9af18da55b0f2c9"),
    ("honorifics.tsv", "quotes", "as"): (50, "60c09a8dca81e314"),
    ("honorifics.tsv", "person", "lower"): (17, "5cf00f51e6ad6806"),
    ("honorifics.tsv", "alias", "lower"): (75, "2ab39c351a35e6aa"),
    ("honorifics.tsv", "kinship", "lower"): (14, "07a2f63065ee88fb"),
    ("place_heads.tsv", "quotes", "as"): (29, "90aa27d52e5f6a0d"),
    ("place_heads.tsv", "entities", "lower"): (52, "069e632642d72477"),
    ("name_links.tsv", "quote_names", "as"): (11, "c369f3d49b632fed"),
    ("name_links.tsv", "quote_orgs", "as"): (9, "e97a737ad80405fb"),
    ("name_links.tsv", "entities", "as"): (14, "bc6ccacf9374b90e"),
    ("sentence_abbreviations.tsv", "prose", "as"): (37, "5553e0277a3b4606"),
    ("sentence_abbreviations.tsv", "quotes", "as"): (28, "1daafb0175589bf8"),
}
# The old quote-stage copy, the speech verbs of role_right_stops.txt included.
ROLE_RIGHT_STOPS = (30, "a03336d2402afcb2")


def _digest(words: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode()).hexdigest()[:16]


@pytest.mark.parametrize(("name", "use", "mode"), sorted(FROZEN))
def test_each_use_reads_the_set_its_stage_read_before_the_merge(
    name: str, use: str, mode: str
) -> None:
    view = lexicon.lowered_for_use(name, use) if mode == "lower" else lexicon.for_use(name, use)
    assert (len(view), _digest(view)) == FROZEN[(name, use, mode)]


def test_samples_of_merged_lists() -> None:
    assert "jakarta" in lexicon.lowered_for_use("places.tsv", "entities")
    assert "Jakarta" in lexicon.for_use("places.tsv", "quotes")
    assert "RI" in lexicon.for_use("places.tsv", "quotes")
    assert "ri" not in lexicon.lowered_for_use("places.tsv", "entities")  # a deliberate difference
    assert "Bapak" in lexicon.for_use("titles.tsv", "quotes")
    assert "kata" in lexicon.lowered_for_use("speech_verbs.tsv", "name_cues")
    assert "mengatakan" in lexicon.for_use("speech_verbs.tsv", "quote_cues")
    assert lexicon.for_use("speech_verbs.tsv", "plain_name_cues") == frozenset(
        {"kata", "ujar", "tutur", "ucap", "imbuh"}
    )


def test_role_right_stops_are_speech_verbs_and_clause_starters() -> None:
    stops = lexicon.for_use("speech_verbs.tsv", "role_stops") | lexicon.entries(
        "role_clause_stops.txt"
    )
    assert (len(stops), _digest(stops)) == ROLE_RIGHT_STOPS


def test_the_cleaners_known_places_are_the_entity_gazetteer_case_folded() -> None:
    from kabar.clean.rules import _places

    # the cleaner read places.txt case-folded: the same 240 names as the entity stage's view
    assert (len(_places()), _digest(_places())) == FROZEN[("places.tsv", "entities", "lower")]


def test_a_merged_row_lists_each_entry_once() -> None:
    for name in {name for name, _, _ in FROZEN}:
        rows = [row[0] for row in lexicon.table(name)]
        assert len(rows) == len(set(rows)), name
        assert all(len(row) == 2 for row in lexicon.table(name)), name


def test_unknown_use_is_an_error() -> None:
    with pytest.raises(KeyError):
        lexicon.for_use("places.tsv", "nobody")


def test_lists_are_read_lazily_and_cached() -> None:
    assert lexicon.for_use("titles.tsv", "quotes") is lexicon.for_use("titles.tsv", "quotes")
