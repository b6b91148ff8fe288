"""An office written before the area it serves names the area, not a person (fictional text).

A wrong program lists "Jatiluwih" of "Camat Jatiluwih", or "Perbekel Jatiluwih" whole, as a
person when the same text writes "Desa Jatiluwih", or a Balinese irrigation community
("Subak Munduk Sari") as a person.
"""

from __future__ import annotations

import pytest

from entities.helpers import people

OPENING = "Warga Desa Jatiluwih mengeluhkan debit air yang terus menurun sejak Agustus. "


@pytest.mark.parametrize("office", ["Camat", "Perbekel", "Pekaseh Subak", "Bupati"])
def test_an_office_before_the_texts_area_is_no_person(office: str) -> None:
    text = (
        f"{OPENING}{office} Jatiluwih mengatakan pihaknya sudah bertemu dinas terkait. "
        f'"Kami minta pembagian air diatur ulang," kata {office} Jatiluwih, Senin (7/12).'
    )
    assert people(text) == set()


def test_a_subak_is_a_place_and_its_head_keeps_his_name() -> None:
    text = (
        "Sengketa air antara Subak Munduk Sari dan Subak Jatiluwih Kelod memanas. "
        "Pekaseh Subak Munduk Sari, I Wayan Sudarsa, meminta jadwal giliran air ditinjau. "
        '"Sawah kami kering dua minggu," ujar Sudarsa.'
    )
    found = people(text)
    assert not any("Subak" in name or "Munduk" in name for name in found), found
    assert any(name.endswith("Wayan Sudarsa") for name in found), found


def test_a_holders_own_name_after_an_office_stays_a_person() -> None:
    text = (
        f"{OPENING}Camat Penebel Ketut Arsana meminta warga bersabar. "
        '"Kami cari jalan keluar," kata Arsana.'
    )
    assert any(name.endswith("Ketut Arsana") for name in people(text))
