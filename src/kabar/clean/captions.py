"""Photo captions and credits: a line that describes a picture, and the credit it ends with.

A caption opens with a label ("Foto:", "Sumber gambar,") or ends with a photo credit in
brackets ("(ANTARA/Moh Fadli)", "(KOMPAS.com/Gilang Pradipta)", "DOK. KEMENHUB"). A bracketed
agency credit ending a long paragraph ("... kata dia. (Reuters)") credits the text instead.
"""

from __future__ import annotations

import re

from kabar.clean.lines import DOMAIN
from kabar.sources import outlet_name, wire_name

_CAPTION_START = re.compile(
    r"""^(?:sumber|keterangan)\s+(?:gambar|foto|video)\s*,|^[(\[]?\s*(?:foto|photo|ilustrasi|gambar|image|dok(?:umentasi)?\.?|tangkapan\s+layar
      | screenshot|infografis|grafis|kredit\s+foto|antara\s+foto|reuters/|ap\s+photo
      | afp/|getty\s+images|istimewa)\s*[:/|]""",
    re.IGNORECASE | re.VERBOSE,
)
# A line that ends in a photo credit in brackets, with no full stop after it.
_CAPTION_END = re.compile(
    r"""[(\[]\s*(?:(?:sumber|foto|photo|dok\.?|dokumentasi|antara\s+foto|ap\s+photo
      | getty(?:\s+images)?|istock(?:photo)?|shutterstock|ist|istimewa|tangkapan\s+layar
      | freepik|unsplash|pexels|pixabay|kredit)\b | (?:reuters|ap|afp|epa|xinhua)\s*/)
      [^()\[\]]*[)\]]$""",
    re.IGNORECASE | re.VERBOSE,
)
# Credits a caption ends with: "(ilustrasi)", "DOK. KEMENHUB", "KOMPAS.COM/ASEP MAULANA YUSUF",
# "TEMPO/Imam Sukamto", "Foto: Moh Rifky Alamsyah/detikSulsel", "(Tribunnews.com/Fandy Ahmad)".
_CAPTION_CREDIT = re.compile(
    r"""(?:\((?:foto\s+)?ilustrasi\) | \bDOK\.\s*[A-Z][A-Z .]+
      | \b[A-Z]{3,}(?:\.[A-Z]{2,3})*/[A-Z][A-Za-z '’-]{1,60} | \b(?i:foto|photo)\s*:\s*[^.:]{2,60}
      | ^\(\s*[\w.]+\.(?:com|id|co\.id|net)\s*/\s*[^()]+\))$""",
    re.VERBOSE,
)
# Credits at the end of a caption are shorter than this; rules anchored at the end of a line
# only look at its last CREDIT_TAIL_CHARS characters (cleaning speed: regex search is linear).
CREDIT_TAIL_CHARS = 120
# Captions run to about 40 words (seed 002's is 42); a longer line ending in a credit is a
# story paragraph that names its source ("... 30 November. (Reuters)").
CAPTION_MAX_WORDS = 60
# A photo credit in brackets at the end of a caption: "(ANTARA/Moh Fadli)", "(KOMPAS.com/X)".
_SLASH_CREDIT = re.compile(
    r"[(\[](?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})\s?/\s?[A-Z][^()\[\]/]{1,60}[)\]]$"
)
# "... kata dia. (Reuters)", "(Antara/Reuters)": the agencies the text came from.
_TRAILING_WIRE = re.compile(
    r"(?<=[.!?\"”’'])\s*[(\[]\s*(?P<names>[A-Za-z][\w. ]{1,30}(?:\s*/\s*[A-Za-z][\w. ]{1,30})*)"
    r"\s*[)\]]\s*$"
)


def is_caption(line: str) -> bool:
    """Return whether a line is a photo caption or credit."""
    if _CAPTION_START.match(line):
        return True
    tail = line[-CREDIT_TAIL_CHARS:]  # credits end the line: search only its end
    if len(line.split()) <= CAPTION_MAX_WORDS:  # longer: a paragraph ending in "(Reuters)"
        if _CAPTION_END.search(tail) or _CAPTION_CREDIT.search(tail):
            return True
        credit = _SLASH_CREDIT.search(tail)
        who = credit.group("who") if credit else ""
        known = credit and (outlet_name(who) or wire_name(who) or DOMAIN.match(who))
        if known and not trailing_wire_credit(line):  # "(Antara/Reuters)" credits the text
            return True  # "... (KOMPAS.com/Gilang Pradipta)", "(ANTARA/Moh Fadli)"
    return False


def trailing_wire_credit(text: str) -> re.Match[str] | None:
    """Return the match of a bracketed agency credit ending a paragraph ("... (Reuters)")."""
    match = _TRAILING_WIRE.search(text)
    if match and all(
        wire_name(name.strip()) or outlet_name(name.strip())
        for name in match.group("names").split("/")
    ):
        return match
    return None
