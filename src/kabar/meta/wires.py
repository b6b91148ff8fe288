"""Wire sources: the agencies and outlets the article credits as the origin of its text.

- The cleaner's findings give the dateline's bracketed credits ("Jakarta (ANTARA) -"), the
  agencies of bylines ("Reporter: Reuters") and of source lines ("Sumber: AFP").
- In the story, a source is named right after an attribution cue ("dilansir Reuters") or
  right before a verb of reporting ("Reuters melaporkan").
- A photo credit ("(Sumber: Gavriil Grigorov, Sputnik, Kremlin Pool Photo melalui AP)") is a
  caption: agencies named in captions are *not* wire sources of the text.
- The article's own outlet is never one of its wire sources: "kata X kepada Kompas.com" in a
  Kompas article, or "Jakarta (ANTARA) -" on Antara's own text (on a Kompas page the same
  dateline credits Antara). After "kepada" only agencies count: "kepada Kompas.com" names
  the outlet that asked, not a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kabar.meta.names import unique
from kabar.models import Cleaned
from kabar.sources import brand_alternation, outlet_name, wire_alternation, wire_name
from kabar.text import name_key

_CUE = (
    r"(?:dikutip(?:\s+dari)?|mengutip(?:\s+dari)?|dilansir(?:\s+dari)?|melansir(?:\s+dari)?|"
    r"dilaporkan(?:\s+oleh)?|melaporkan|diberitakan(?:\s+oleh)?|diwartakan(?:\s+oleh)?|"
    r"memberitakan|menurut(?:\s+laporan)?|laporan(?:\s+tambahan\s+(?:oleh|dari))?|"
    r"ditulis(?:\s+oleh)?|menulis|lansir|kutip|"
    r"seperti\s+(?:dikutip|dilansir|dilaporkan|ditulis|diberitakan)(?:\s+(?:dari|oleh))?|"
    r"kepada|via|lapor|tulis|menyitir|dinukil(?:\s+dari)?|bersumber\s+dari|disiarkan(?:\s+oleh)?|"
    r"(?:dalam\s+)?wawancara(?:\s+eksklusif)?\s+dengan|diwawancarai|disurvei(?:\s+oleh)?|"
    r"reported\s+by|according\s+to|told)"
)
_MEDIUM = (
    r"(?:(?:laman|situs(?:\s+web)?|portal|media|kantor\s+berita|agensi|harian|surat\s+kabar|"
    r"koran|majalah|stasiun\s+televisi|televisi|jaringan\s+berita|jaringan|outlet|"
    r"laporan|akun\s+resmi)\s+)?"
)
_CUE_WORD = re.compile(rf"(?<!\w)(?P<cue>{_CUE})\s+", re.IGNORECASE)
# "dilaporkan kantor berita resmi Korea Utara, KCNA": a few words may stand between the
# medium and its name (MEDIUM_FILLER_WORDS at most).
MEDIUM_FILLER_WORDS = 4
# "Reuters melaporkan ...": the agency named right before the verb of reporting. The verbs are
# found first and only the words before them are matched against the (long) list of names.
_REPORT_VERB = re.compile(
    r"\b(?:melaporkan|memberitakan|mengabarkan|mewartakan|menulis|melansir)\b", re.IGNORECASE
)
WIRE_LOOKBACK_CHARS = 40  # "The Associated Press" and the longest names fit
_DOMAIN_AFTER_CUE = re.compile(
    rf"{_MEDIUM}(?P<domain>[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co\.uk|id|net|org))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Patterns:
    """The patterns that hold the (long) lists of wire and brand spellings."""

    name_after_cue: re.Pattern[str]
    name_after_medium: re.Pattern[str]
    outlet_after_cue: re.Pattern[str]
    wire_at_end: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Build the patterns over the wire and brand spellings (on first use)."""
    wire = rf"(?P<wire>{wire_alternation()})(?![\w])"
    return _Patterns(
        name_after_cue=re.compile(rf"{_MEDIUM}{wire}", re.IGNORECASE),
        name_after_medium=re.compile(
            rf"(?:laman|situs|media|kantor\s+berita|agensi|harian|surat\s+kabar|koran|majalah|"
            rf"stasiun\s+televisi|televisi|jaringan)(?:\s+[\w-]+){{1,{MEDIUM_FILLER_WORDS}}}?,?"
            rf"\s+{wire}",
            re.IGNORECASE,
        ),
        outlet_after_cue=re.compile(
            rf"{_MEDIUM}(?P<brand>{brand_alternation()})(?![\w])", re.IGNORECASE
        ),
        wire_at_end=re.compile(rf"(?<![\w.]){wire}\s+$", re.IGNORECASE),
    )


def find_wires(cleaned: Cleaned, outlet: str | None) -> tuple[str, ...]:
    """Return the agencies and outlets the article credits as its origin, one name each."""
    own = {name_key(outlet)} if outlet else set()
    dateline = cleaned.findings.dateline
    found = _own_filtered(dateline.credits if dateline else (), own)
    for credit in cleaned.findings.credits:
        found.extend(_own_filtered(credit.wires, own))
    for paragraph in cleaned.paragraphs:
        found.extend(_own_filtered(_cued_sources(paragraph), own))
        for verb in _REPORT_VERB.finditer(paragraph):
            before = paragraph[max(0, verb.start() - WIRE_LOOKBACK_CHARS) : verb.start()]
            found.extend(_own_filtered(_wires_at_end(before), own))
    return unique(found)


def _cued_sources(paragraph: str) -> list[str]:
    """Return the sources named right after an attribution cue ("dilansir Reuters").

    The cues are found first and the long list of names is only tried where one ends. After
    "kepada" ("kata X kepada Reuters") only agencies count: "kepada Kompas.com" names the
    outlet that asked the question, which is rarely known to be the article's own.
    """
    patterns = _patterns()
    names = []
    for cue in _CUE_WORD.finditer(paragraph):
        asked = cue.group("cue").casefold() == "kepada"
        match = patterns.name_after_cue.match(
            paragraph, cue.end()
        ) or patterns.name_after_medium.match(paragraph, cue.end())
        outlet = patterns.outlet_after_cue.match(paragraph, cue.end())
        if outlet and (not match or outlet.end() > match.end()):
            # "kepada BBC News Indonesia": the outlet's longer name wins over the agency "BBC"
            brand = outlet.group("brand")
            if not asked:
                names.append(wire_name(brand) or outlet_name(brand) or brand)
            continue
        if match:
            name = wire_name(match.group("wire"))
            if name and not (asked and outlet_name(match.group("wire"))):
                names.append(name)
            continue
        match = _DOMAIN_AFTER_CUE.match(paragraph, cue.end())
        if match and not asked:
            domain = match.group("domain")
            names.append(wire_name(domain) or outlet_name(domain) or domain)
    return names


def _wires_at_end(text: str) -> list[str]:
    """Return the canonical name of a wire spelling ending the text ("... Reuters ")."""
    pattern = _patterns().wire_at_end
    return [name for m in pattern.finditer(text) if (name := wire_name(m.group("wire")))]


def _own_filtered(names: Iterable[str], own: set[str]) -> list[str]:
    """Drop the article's own outlet from a list of credited sources."""
    return [
        n for n in names if name_key(n) not in own and name_key(outlet_name(n) or "") not in own
    ]
