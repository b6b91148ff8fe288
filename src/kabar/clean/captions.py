"""Photo captions and credits: a line that describes a picture, and the credit it ends with.

A caption opens with a label ("Foto:", "Sumber gambar,") or ends with a photo credit in
brackets ("(ANTARA/Moh Fadli)", "(KOMPAS.com/Gilang Pradipta)", "DOK. KEMENHUB"). A bracketed
agency credit ending a long paragraph ("... kata dia. (Reuters)") credits the text instead.
"""

from __future__ import annotations

import re
from functools import cache

from kabar import lexicon
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
# "TEMPO/Imam Sukamto", "ANTARA FOTO/Name/abc." (Antara's photographer, then its editor's code),
# "Foto: Moh Rifky Alamsyah/detikSulsel", "(Tribunnews.com/Fandy Ahmad)", "(Tribun-medan.com/X)"
# (regional Tribun domains are hyphenated),
# "Ilustrasi garis polisi. ©2025 Merdeka.com" (a copyright after the caption's text).
_CAPTION_CREDIT = re.compile(
    r"""(?:\((?:foto\s+)?ilustrasi\) | \bDOK\.\s*[A-Z][A-Z .]+
      | \b[A-Z]{3,}(?:\.[A-Z]{2,3})*/[A-Z][A-Za-z '’-]{1,60}(?:/[a-z]{2,5}\.?)?
      | \b(?i:foto|photo)\s*:\s*[^.:]{2,60}
      | ^\(\s*[\w.-]+\.(?:com|id|co\.id|net)\s*/\s*[^()]+\)
      | (?<=[.\s])©\s?\d{4}\s?[\w.]+\.(?:com|id|co\.id|net)(?:\s?/\s?[^()/]{1,60})?)$""",
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
# The photographer first, the outlet after the slash: "(Dimas Ryandi/JawaPos.com)".
_NAME_SLASH_OUTLET = re.compile(
    r"[(\[](?P<name>[A-Z][A-Za-z'’.-]*(?:\s[A-Z][A-Za-z'’.-]*){0,4})\s?/\s?(?P<who>[\w.-]{2,30})[)\]]$"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")
# A credit alone on its line: "VIVA.co.id/Yeni Lestari", "Foto: Dok. Humas".
_CREDIT_ONLY = re.compile(
    r"^(?P<who>[A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s?/\s?"
    r"(?P<name>[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,4})$"
)
# A newspaper's house abbreviation and its photographer's name: "(MI/Usman Iskandar)",
# "(MI/Susanto)". Unknown abbreviations count only on a caption's short line without quoted
# speech, and only before a personal name (sign-offs put codes there: "(Ant/P-2)").
_HOUSE_PHOTO_CREDIT = re.compile(r"[(\[][A-Z]{2,5}\s?/\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}[)\]]$")
# The photographer in a picture's credit: "IDN Times/Prayugo Utomo", "(ANTARA/Moh Fadli)",
# "Foto: Rina Sari".
_PHOTOGRAPHER = re.compile(
    r"(?:^|[(\[\s.])(?P<who>[A-Za-z][\w.-]*(?:\s[A-Z][\w.]*){0,2}|(?i:foto|photo))\s?[/:]\s?"
    r"(?P<name>[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,4})\s*[)\]]?$"
)
# A credit after a caption's last full stop, with no brackets: "... Kota Bandung. Pikiran
# Rakyat", "... di Makassar. MI/Lina Herlina", "... di Medan. Foto: Kompas.com".
_UNBRACKETED_CREDIT = re.compile(
    r"[.!?]\s+(?P<label>(?i:foto|photo)\s*:\s*)?(?P<dok>(?i:dok)\.?\s*)?(?P<who>[A-Za-z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})"
    r"(?:\s?/\s?(?P<name>[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,4}))?$"
)
# A "Foto:" label after a caption's last sentence and a credit of any source, a social
# account's handle included: "... jam tanpa ponsel. Foto: Instagram/@akun.kafe",
# "... di lokasi. Foto: Dok. Pribadi", "... Foto: Shutterstock".
_LABELLED_TAIL_CREDIT = re.compile(
    r"[.!?]\s+(?i:foto|photo)\s*:\s*(?:[\w@.&'’-]+(?:\s*/\s*|\s+)){0,5}[\w@.&'’-]+$"
)
_QUOTE_MARKS = re.compile(r"[\"“”]")
HOUSE_CREDIT_MAX_WORDS = 30
# A picture described in one short sentence whose subject is the illustration itself, with
# any credit or none: "Ilustrasi santri belajar di pondok pesantren.", "Ilustrasi pemilu.
# tirto.id/Name", "Ilustrasi banjir. /Pixabay/Name", "Ilustrasi jalan tol. (JawaPos.com)".
# "Ilustrasi itu dibuat ..." (a demonstrative after it) or "Ilustrasi yang ..." is the story
# talking about a picture.
_ILLUSTRATION_LINE = re.compile(
    r"""^Ilustrasi\s+(?!yang\b)(?P<next>[\w-]+)[^.!?"“”:;/]*
      (?:[.]?\s*\([^()]{2,60}\) | [.]\s*[^\s()]*/[^()/]{1,40}(?:/[^()/]{1,40})? | [.]?)$""",
    re.VERBOSE,
)
ILLUSTRATION_MAX_WORDS = 20
# "... kata dia. (Reuters)", "(Antara/Reuters)": the agencies the text came from.
_WIRE_NAMES = r"(?P<names>[A-Za-z][\w. -]{1,30}(?:\s*/\s*[A-Za-z][\w. -]{1,30})*)"
_TRAILING_WIRE = re.compile(rf"(?<=[.!?\"”’'])\s*[(\[]\s*{_WIRE_NAMES}\s*[)\]]\s*$")
# A credit alone on its line, after the story: "(Antara)", "(Ant/P-2)".
_WIRE_LINE = re.compile(rf"^[(\[]\s*{_WIRE_NAMES}\s*[)\]]$")
# The editor's code after an agency in a sign-off: "P-2" of "(Ant/P-2)", "rzk" of "(Antara/rzk)".
_SIGNOFF_CODE = re.compile(r"^[A-Za-z]{1,5}(?:-\d{1,3})?$")
_SIGNOFF_WIRES = "signoff_wires.tsv"
_DEMONSTRATIVES = "demonstratives.txt"


def is_caption(line: str) -> bool:
    """Return whether a line is a photo caption or credit."""
    if _CAPTION_START.match(line) or _described_illustration(line):
        return True
    tail = line[-CREDIT_TAIL_CHARS:]  # credits end the line: search only its end
    if len(line.split()) <= HOUSE_CREDIT_MAX_WORDS and _HOUSE_PHOTO_CREDIT.search(tail):
        return not (_QUOTE_MARKS.search(line) or trailing_wire_credit(line))
    if len(line.split()) <= HOUSE_CREDIT_MAX_WORDS and (
        _unbracketed_credit(tail) or _LABELLED_TAIL_CREDIT.search(tail)
    ):
        return not _QUOTE_MARKS.search(line)
    if _credits_outlet(_CREDIT_ONLY.match(line)):
        return True  # "VIVA.co.id/Yeni Lestari"
    reversed_credit = _NAME_SLASH_OUTLET.search(tail)
    if _credits_outlet(reversed_credit) and reversed_credit:
        # "... terendam. (Dimas Ryandi/JawaPos.com)": one short sentence over the picture; a
        # photo story's paragraphs run longer and end so too ("(Name/detikTravel)")
        described = line[: reversed_credit.start()].rstrip(" .")
        return len(line.split()) <= HOUSE_CREDIT_MAX_WORDS and not _SENTENCE_BREAK.search(described)
    if len(line.split()) <= CAPTION_MAX_WORDS:  # longer: a paragraph ending in "(Reuters)"
        if _CAPTION_END.search(tail) or _CAPTION_CREDIT.search(tail):
            return True
        credit = _SLASH_CREDIT.search(tail)
        who = credit.group("who") if credit else ""
        known = credit and (outlet_name(who) or wire_name(who) or DOMAIN.match(who))
        if known and not trailing_wire_credit(line):  # "(Antara/Reuters)" credits the text
            return True  # "... (KOMPAS.com/Gilang Pradipta)", "(ANTARA/Moh Fadli)"
    return False


def photo_credit_names(line: str) -> list[str]:
    """Return the people a caption credits for its picture: the name after an outlet's or
    agency's slash ("(IDN Times/Prayugo Utomo)", "KOMPAS.com/NAME") or a "Foto:" label."""
    names = []
    reversed_credit = _NAME_SLASH_OUTLET.search(line[-CREDIT_TAIL_CHARS:])
    if _credits_outlet(reversed_credit) and reversed_credit:
        names.append(reversed_credit.group("name"))
    for match in _PHOTOGRAPHER.finditer(line[-CREDIT_TAIL_CHARS:]):
        who, name = match.group("who"), match.group("name").strip()
        labelled = who.casefold() in ("foto", "photo")
        credited = labelled or outlet_name(who) or wire_name(who) or DOMAIN.match(who)
        if credited and not (outlet_name(name) or wire_name(name)):
            names.append(name)
    return names


def _credits_outlet(match: re.Match[str] | None) -> bool:
    """Tell whether a credit's "who" is a known outlet or a web address."""
    return bool(match and (outlet_name(match.group("who")) or DOMAIN.match(match.group("who"))))


def _unbracketed_credit(tail: str) -> bool:
    """Tell whether a line ends in a photo credit after its last full stop, without brackets:
    the outlet or agency alone ("Pikiran Rakyat", "Foto: Kompas.com") or with the
    photographer ("MI/Lina Herlina", "KOMPAS.com/Name"); a house abbreviation only before a
    name."""
    match = _UNBRACKETED_CREDIT.search(tail)
    if not match:
        return False
    who = match.group("who")
    known = outlet_name(who) or wire_name(who) or DOMAIN.match(who)
    if match.group("name"):
        return bool(known or re.fullmatch(r"[A-Z]{2,5}", who))
    if match.group("label") or match.group("dok"):
        return bool(known)
    # An agency alone after the last sentence credits the text ("... kata dia. Antara").
    return bool(known and (DOMAIN.match(who) or not wire_name(who)))


def _described_illustration(line: str) -> bool:
    """Tell whether a line only describes an illustration ("Ilustrasi panel surya atap.")."""
    match = _ILLUSTRATION_LINE.match(line)
    return bool(
        match
        and len(line.split()) <= ILLUSTRATION_MAX_WORDS
        and match.group("next").casefold() not in lexicon.lowered(_DEMONSTRATIVES)
    )


def trailing_wire_credit(text: str) -> re.Match[str] | None:
    """Return the match of a bracketed agency credit ending a paragraph ("... (Reuters)")."""
    match = _TRAILING_WIRE.search(text)
    return match if match and _credits_wires(match.group("names")) else None


def wire_credit_line(line: str) -> bool:
    """Tell whether a line is only a bracketed agency credit ("(Antara)", "(Ant/P-2)")."""
    match = _WIRE_LINE.match(line.strip())
    return bool(match and _credits_wires(match.group("names")))


def signoff_wires(text: str) -> list[str]:
    """Return the agencies a bracketed sign-off credits by house abbreviation ("(Ant/P-2)")."""
    match = _WIRE_LINE.search(text.strip()) or _TRAILING_WIRE.search(text)
    if not match:
        return []
    names = [name.strip() for name in match.group("names").split("/")]
    return [wire for name in names if (wire := _signoff_abbreviations().get(name))]


def _credits_wires(names: str) -> bool:
    """Whether the slash-separated parts of a bracketed credit credit agencies: every part an
    agency or outlet, or an agency (its house abbreviation too) followed by editors' codes."""
    parts = [name.strip() for name in names.split("/")]
    if all(wire_name(part) or outlet_name(part) for part in parts):
        return True
    head = parts[0]
    return bool(wire_name(head) or head in _signoff_abbreviations()) and all(
        _SIGNOFF_CODE.match(part) for part in parts[1:]
    )


@cache
def _signoff_abbreviations() -> dict[str, str]:
    return {abbreviation: name for abbreviation, name in lexicon.table(_SIGNOFF_WIRES)}
