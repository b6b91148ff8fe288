"""Every speaker carries the evidence that found it (``Quote.attribution``), and the stage
can leave out the speakers of an evidence kind measured unreliable (fictional text)."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.export import quote_from_dict, quote_to_dict
from kabar.models import Quote
from kabar.quotes import evidence, extract_quotes
from kabar.store.rows import _quote, _quote_from

VISIT = (
    "Bupati Hendra Gunawan meninjau jalan rusak di Desa Sukamaju, Senin. "
    "“Jalan ini harus selesai bulan depan,” kata Hendra. “Kami sudah siapkan anggarannya.”"
    "\n\nIa juga meminta warga bersabar. “Mohon warga bersabar,” ujarnya."
)
# A sentence between the person and "katanya" has someone unnamed speaking.
SPOKEN_SINCE = (
    "Bupati Hendra Gunawan meninjau jalan rusak di Desa Sukamaju, Senin. Menurut dia, jalan "
    "itu rusak sejak tahun lalu. Perbaikan menunggu anggaran. Tokoh pemuda setempat menyebutkan "
    "jalan itu licin. Pekerjaan dimulai pekan depan. “Kami sudah siapkan alat berat,” katanya."
)


def _direct(body: str) -> list[tuple[str | None, str | None]]:
    found = extract_quotes(body, find_entities(body))
    return [(q.speaker, q.attribution) for q in found if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            VISIT,
            [
                ("Hendra Gunawan", "after_cue/short_name"),  # "kata Hendra"
                ("Hendra Gunawan", "carried/short_name"),  # a bare quote right after
                ("Hendra Gunawan", "after_cue/pronoun"),  # "ujarnya", "Ia" just before
            ],
        ),
        ("Hendra Gunawan: “Kami siap bekerja.”", [("Hendra Gunawan", "before_colon/name")]),
        (
            "Hendra Gunawan mengatakan, “Kami siap bekerja.”",
            [("Hendra Gunawan", "before_verb/name")],
        ),
        (
            "“Kami siap bekerja,” kata Bupati Hendra Gunawan.",
            [("Hendra Gunawan", "after_cue/name")],
        ),
        (SPOKEN_SINCE, [("Hendra Gunawan", "after_cue/pronoun_far_spoken")]),
    ],
)
def test_a_speaker_carries_the_way_it_was_found(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _direct(body) == expected


def test_a_pronoun_counts_as_near_from_the_last_sentence_that_pointed_at_the_person() -> None:
    """ "Ia juga meminta ..." points at Hendra again: "ujarnya" after it reaches one sentence
    back, not to "kata Hendra" three sentences before, and nobody else spoke in between."""
    assert _direct(VISIT)[-1][1] == "after_cue/pronoun"


def test_a_quote_without_a_speaker_has_no_attribution() -> None:
    assert _direct("“Kami siap bekerja.”") == [(None, None)]


def test_an_abstained_kind_loses_its_speaker_and_keeps_its_trace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(evidence, "abstained_kinds", lambda: frozenset({"*/pronoun_far_spoken"}))
    assert _direct(SPOKEN_SINCE) == [(None, "after_cue/pronoun_far_spoken")]
    assert _direct(VISIT)[0] == ("Hendra Gunawan", "after_cue/short_name")  # others kept
    with evidence.raw():  # a benchmark measures the evidence as found
        assert _direct(SPOKEN_SINCE) == [("Hendra Gunawan", "after_cue/pronoun_far_spoken")]


@pytest.mark.parametrize(
    ("listed", "abstains"),
    [("after_cue/pronoun", True), ("after_cue/*", True), ("*/pronoun", True), ("*/name", False)],
)
def test_a_listed_kind_matches_whole_by_path_or_by_how(
    monkeypatch: pytest.MonkeyPatch, listed: str, abstains: bool
) -> None:
    monkeypatch.setattr(evidence, "abstained_kinds", lambda: frozenset({listed}))
    assert evidence.abstains("after_cue/pronoun") is abstains


def test_the_trace_is_stored_not_exported_and_no_part_of_a_quote_s_identity() -> None:
    quote = extract_quotes("“Kami siap bekerja,” kata Bupati Hendra Gunawan.")[0]
    assert quote.attribution == "after_cue/name"
    assert _quote_from(_quote(quote)).attribution == "after_cue/name"
    assert "attribution" not in quote_to_dict(quote)
    assert quote_from_dict(quote_to_dict(quote)) == quote
    assert Quote("x", "A", "direct", 0, 1, attribution="after_cue/name") == Quote(
        "x", "A", "direct", 0, 1
    )


def test_no_kind_is_abstained_until_one_is_measured_unreliable() -> None:
    """The list is chosen by benchmarks/eval_attribution.py leaving one keyed set out; no
    kind has yet lowered the wrong speakers of a held-out set by more than it cost."""
    assert evidence.abstained_kinds() == frozenset()
