"""Bytes to text: a BOM's UTF-16/32, UTF-8, else the detected legacy encoding; binary refused.

Formats that are not text (PDF, office documents, images) are named by their signature, so
that an uncompressed PDF is refused as a PDF rather than read as prose.
"""

from __future__ import annotations

import codecs
import re

from kabar.errors import InputError

# Share of control characters above which decoded text is judged binary; real text has ~0.
_MAX_CONTROL_SHARE = 0.01
SNIFF_BYTES = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# C1 controls never occur in properly decoded text: they betray a wrong legacy decoding.
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
# Longest BOM first: UTF-32 LE's BOM starts with UTF-16 LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of documents that are not text, with the name given in the refusal.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%!PS", "a PostScript document"),
)
# A PDF's header may follow up to 1 KB of other bytes (the PDF specification allows it).
_PDF_HEADER_WINDOW = 1024


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8, else as the detected encoding; reject binary data."""
    _refuse_other_formats(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), legacy=False)
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable {encoding.upper()} text: {error.reason}") from None
    if b"\x00" in data:
        where = data.index(b"\x00")
        raise InputError(f"binary file (NUL byte at offset {where:,}), not text")
    try:
        text = data.decode("utf-8-sig")
        legacy = False
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        legacy = True
    return _checked(text, legacy=legacy)


def _refuse_other_formats(data: bytes) -> None:
    head = data[:16]
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            raise InputError(f"{name}, not text: convert it to text first")
    if b"%PDF-" in data[:_PDF_HEADER_WINDOW]:
        raise InputError("a PDF document, not text: convert it to text first")


def _checked(text: str, *, legacy: bool) -> str:
    if "\x00" in text:
        raise InputError(f"binary file (NUL character at {text.index(chr(0)):,}), not text")
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
