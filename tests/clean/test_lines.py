"""Shared line tests: the shape of an injected headline."""

from __future__ import annotations

from kabar.clean.lines import is_headline


def test_headline_needs_title_case_and_no_full_stop() -> None:
    """A sentence-case line or one ending in a full stop is not an injected headline."""
    assert is_headline("Pemkot Surakarta Resmikan Pasar Rakyat Baru di Laweyan Pekan Ini")
    assert not is_headline("Pemkot Surakarta meresmikan pasar rakyat baru di Laweyan pekan ini")
    assert not is_headline("Pemkot Surakarta Resmikan Pasar Rakyat Baru di Laweyan Pekan Ini.")
