"""Bytes to text: UTF-8, else the detected legacy encoding; binary data refused."""

from __future__ import annotations

import re

from kabar.errors import InputError

# Share of control characters above which decoded text is judged binary; real text has ~0.
_MAX_CONTROL_SHARE = 0.01
SNIFF_BYTES = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# C1 controls never occur in properly decoded text: they betray a wrong legacy decoding.
_C1_CONTROL = re.compile(r"[\x80-\x9f]")


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8, else as the detected encoding; reject binary data."""
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
        legacy = False
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        legacy = True
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError("binary file (control characters), not text")
    # In valid UTF-8 a stray C1 character is scraper debris (normalize_text drops it); after a
    # legacy decoding it means no encoding fitted.
    if legacy and _C1_CONTROL.search(text):
        raise InputError("undecodable text: not UTF-8 and no known encoding fits")
    return text


def _decode_legacy(data: bytes) -> str:
    """Decode non-UTF-8 bytes: the detector's best guess, cp1252 as the fallback."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[: 64 * 1024])
    best = matches.best()
    encoding = best.encoding if best is not None else "cp1252"
    # A short sample often fits several code pages equally well (cp1250 reads latin-1 "è" as
    # "č"): among equals, cp1252, the Windows default of Indonesian machines, wins.
    if best is not None and any(
        m.encoding == "cp1252" and (m.chaos, m.coherence) == (best.chaos, best.coherence)
        for m in matches
    ):
        encoding = "cp1252"
    # Indonesian news is Latin script; detectors sometimes guess an exotic code page for
    # short samples. cp1252 covers latin-1 and the typographic quotes Windows tools emit.
    if encoding not in {"utf_8", "cp1252", "latin_1", "iso8859_15", "cp1250", "utf_16"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(f"undecodable text (not UTF-8, not cp1252: {error.reason})") from error
