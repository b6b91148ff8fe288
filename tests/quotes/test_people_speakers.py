"""The right speaker or none: a lawyer speaking for a client, answers in a hearing, negated
speech (fictional text)."""

from __future__ import annotations

from kabar.entities import find_entities
from quotes.helpers import only, quotes_of


def _direct(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_role) for q in only(body, "direct", find_entities(body))]


def test_the_named_apposition_after_a_role_held_for_someone_is_the_speaker() -> None:
    """ "kata kuasa hukum Darsono Wiryo, Hartono Siregar": the lawyer speaks, not the client."""
    body = (
        'Sidang perkara korupsi digelar di Pengadilan Tipikor Bandung, Senin. "Klien kami tidak '
        'pernah menerima uang itu," kata kuasa hukum Darsono Wiryo, Hartono Siregar.'
    )
    [(speaker, role)] = _direct(body)
    assert speaker == "Hartono Siregar"
    assert role is not None and "kuasa hukum" in role


def test_a_spokesperson_for_someone_is_the_speaker() -> None:
    body = (
        'Keluarga korban meminta polisi mengusut kasus itu. "Kami hanya ingin keadilan," kata '
        "juru bicara Wening Pratiwi, Suharyo Wibowo."
    )
    assert _direct(body)[0][0] == "Suharyo Wibowo"


def test_a_role_before_the_speakers_own_name_keeps_the_speaker() -> None:
    """ "kata pengacara Yosef Tambunan, di Jakarta": no second name, Yosef is the speaker."""
    body = '"Kami akan banding," kata pengacara Yosef Tambunan, di Jakarta, Senin.'
    assert _direct(body)[0][0] == "Yosef Tambunan"


def test_the_answer_after_a_question_is_not_the_askers() -> None:
    """In a hearing the answer after "..., tanya Anton" is the witness's, never the judge's."""
    body = (
        'Hakim ketua Anton Subagyo bertanya kepada terdakwa Sigit Purwanto. "Apakah Anda '
        'menerima transfer itu?" tanya Anton. "Tidak pernah, Yang Mulia."'
    )
    speakers = [s for s, _ in _direct(body)]
    assert speakers[0] == "Anton Subagyo"
    assert speakers[1] != "Anton Subagyo"


def test_an_attributed_answer_keeps_its_speaker() -> None:
    body = (
        'Jaksa Fitri Handayani menanyai saksi Joko Lelono. "Siapa yang menyerahkan uang itu?" '
        'tanya Fitri. "Kepala dinas sendiri, Bu," jawab Joko.'
    )
    assert [s for s, _ in _direct(body)] == ["Fitri Handayani", "Joko Lelono"]


def test_more_words_of_the_same_speaker_still_carry_over() -> None:
    """Without a question, an unattributed quote right after a quote is the same speaker's."""
    body = (
        'Bupati Rudi Hartawan meninjau lokasi banjir. "Kami kirim bantuan hari ini," kata Rudi. '
        '"Semua warga harus dievakuasi sebelum malam."'
    )
    assert [s for s, _ in _direct(body)] == ["Rudi Hartawan", "Rudi Hartawan"]


def test_negated_speech_is_no_statement() -> None:
    """ "tak membantah", "tidak pernah mengatakan": nothing is reported."""
    body = (
        "Bupati Garut Rudi Hartawan tak membantah adanya pertemuan dengan pengusaha itu. Ia juga "
        "tidak pernah mengatakan bahwa pertemuan itu membahas proyek jalan."
    )
    assert only(body, "indirect", find_entities(body)) == []


def test_plain_speech_is_still_a_statement() -> None:
    body = "Bupati Garut Rudi Hartawan membantah adanya pertemuan dengan pengusaha itu kemarin."
    found = only(body, "indirect", find_entities(body))
    assert [q.speaker for q in found] == ["Rudi Hartawan"]
    assert quotes_of(body, find_entities(body))
