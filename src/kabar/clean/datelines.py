"""Datelines and brand prefixes: where the story starts and what its first line opens with.

"PYONGYANG, KOMPAS.TV -", "Jakarta (ANTARA) -", "Jakarta -", a brand glued onto the first
word ("SiapKim Jong Un") or a place glued onto it ("Liputan6.com, JakartaMajelis") are cut
off the first story paragraph; an early outlet dateline also marks where the header zone ends.
``read_dateline`` reads the cut prefix once: its place, the outlet its brand names and the
agencies it credits.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar.clean.lines import DATE_LINE_WORDS, DOMAIN, MONTHS, is_story_line
from kabar.clean.reasons import REASON_HEADLINE
from kabar.clean.rules import is_known_place
from kabar.models import Dateline
from kabar.sources import brand_alternation, brand_spellings, outlet_name, wire_name

_DOMAIN_BRAND = r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|co\.id|co|id|net|tv|news|or\.id)"
_PLACE = r"[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3}"
_DASH = r"(?:[-–—]\s?){1,2}"
_CAPS_PLACE = r"[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+){0,3}"
BRANDED = 7  # the first patterns name an outlet or agency
_UNKNOWN_BRAND, _BARE_PLACE, _COLON_PLACE, _GLUED_PLACE, _STOP_PLACE = 3, 8, 9, 10, 11


@cache
def _brand() -> str:
    """Return the pattern of an outlet's brand: a known spelling or a domain name."""
    return rf"(?i:{brand_alternation()}|{_DOMAIN_BRAND})"


@cache
def _brand_start() -> re.Pattern[str]:
    """Return the pattern of a brand at the start of a paragraph, with which several dateline
    patterns open: a paragraph that opens with none is spared their long alternation."""
    return re.compile(_brand())


@cache
def _opens_with_brand() -> tuple[bool, ...]:
    """Return which dateline patterns open with the brand."""
    return tuple(p.pattern.startswith("^(?P<brand>" + _brand()) for p in datelines())


@cache
def datelines() -> tuple[re.Pattern[str], ...]:
    """Return the dateline patterns, in the order they are tried (built on first use)."""
    brand = _brand()
    return (
        # "PYONGYANG, KOMPAS.TV -", "Jakarta, CNN Indonesia --", "GOLD COAST, JUARA.net -"
        re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<brand>{brand})\s*{_DASH}\s*"),
        # "REPUBLIKA.CO.ID, MOSKOW –", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -"
        re.compile(rf"^(?P<brand>{brand})\s*,\s*(?P<place>{_PLACE})\s*{_DASH}\s*"),
        # "Jakarta (ANTARA) -", "Wamena (ANTARA News) -", "Jakarta, 12/3 (ANTARA) -"
        re.compile(
            rf"^(?P<place>{_PLACE})\s*(?:,\s*[\w /]{{1,20}}?\s*)?"
            rf"\(\s*(?P<credit>[^()]{{2,30}}?)\s*\)\s*{_DASH}\s*"
        ),
        # "MATARAM, Lombok Post –", "Jakarta, NU Online -": an outlet the table does not know, after
        # a capitalised or gazetteer place (checked in _cut_once)
        re.compile(
            rf"^(?P<place>{_PLACE})\s*,\s*(?P<brand>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\s*{_DASH}\s*"
        ),
        # "KONTAN.CO.ID - JAKARTA. ": Kontan's brand, dash, capitalised place and a full stop
        re.compile(rf"^(?P<brand>{brand})\s*{_DASH}\s*(?P<place>{_CAPS_PLACE})\.\s+"),
        # "BOGOR-RADAR BOGOR, ", "SURABAYA - RADARSURABAYA.ID, ": the place glued to the brand
        re.compile(rf"^(?P<place>{_CAPS_PLACE}?)\s*[-–—]\s*(?P<brand>{brand})\s*,\s+"),
        # "Suara.com -", "VIVA –", "Rimanews -", "KOMPAS.com -"
        re.compile(rf"^(?P<brand>{brand})\s*(?:{_DASH}|\|)\s*"),  # "suarasurabaya.net| "
        # "Jakarta, 12 Agustus 2024 –" (press releases), "Jakarta, 12/8 -"
        re.compile(
            rf"^(?P<place>{_PLACE})\s*,\s*(?P<date>\d{{1,2}}\s+(?i:{MONTHS})\.?\s+\d{{4}}"
            rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\s*{_DASH}\s*"
        ),
        # "Jakarta -" (Detik), "SPANYOL –"
        re.compile(rf"^(?P<place>{_PLACE})(?:\s+{_DASH}\s*|[-–—]{{1,2}}\s+)"),
        # "Jakarta: " (Medcom): only a place in the gazetteer (checked in _cut_once)
        re.compile(rf"^(?P<place>{_PLACE}):\s+"),
        # "Liputan6.com, JakartaMajelis hakim": the dash lost and the place glued onto the first
        # word where a link was; only a gazetteer place counts (checked in _cut_once). A cut
        # prefix is read again with " X" after it, hence the second lookahead.
        re.compile(
            rf"^(?P<brand>{brand})\s*,\s*(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}?)"
            r"(?=[A-Z][a-z]|\sX$)"
        ),
        # "Jakarta. " (Jakarta Globe): only a place in the gazetteer (checked in _cut_once)
        re.compile(rf"^(?P<place>{_PLACE})\.\s+(?=[A-Z])"),
    )


def branded_datelines() -> tuple[re.Pattern[str], ...]:
    """Return the dateline patterns that name an outlet or agency."""
    return datelines()[:BRANDED]


@cache
def glued() -> re.Pattern[str]:
    """Return the pattern of a brand head glued onto the first word ("SiapKim Jong Un")."""
    # Brand heads that scrapers glue on: "Siap.Viva.co.id" -> "SiapKim Jong Un".
    heads = sorted(
        {
            s.split(".")[0]
            for s in brand_spellings()
            if s.count(".") >= 2 and len(s.split(".")[0]) > 2
        },
        key=len,
        reverse=True,
    )
    return re.compile(rf"^(?P<brand>{'|'.join(map(re.escape, heads))})(?=[A-Z][a-z])")


# Stacked datelines a paragraph may open with ("REPUBLIKA.CO.ID, JAKARTA -- Jakarta -" is
# two); each cut costs a pass over the paragraph, so more are not cut at all.
MAX_DATELINE_CUTS = 4
DATELINE_WINDOW = 3  # story-like lines searched for a dateline (captions come before it)
# Paragraphs whose first cut is kept: finding the dateline and cutting it read the same
# opening lines again (IndoSum: 15,481 cuts of 6,431 paragraphs), within one article.
CUT_CACHE = 256
_WORD_START = re.compile(r"""^["“‘']?[A-Z]""")
_STORY_START = re.compile(r"""^["“‘'(\[]?[A-Z0-9"“‘']""")


def dateline_start(lines: list[tuple[int, str]], reasons: list[str | None]) -> int | None:
    """Return the position of an early line opening with an outlet's dateline, if any.

    Lines above it are page furniture even when they read like sentences (photo captions
    without a credit): the dateline marks where the story begins. When several datelines
    follow closely, the last one counts, so that cleaning the result again finds none.
    """
    found = None
    story_lines = 0  # story lines since the start, or since the dateline found
    for (position, line), reason in zip(lines, reasons, strict=True):
        if reason not in (None, REASON_HEADLINE):
            continue
        rest = _branded_rest(line)
        if rest is not None and _opens_story(rest):
            found, story_lines = position, 0
        elif is_story_line(line):
            story_lines += 1
            if story_lines >= DATELINE_WINDOW:
                break
    return found


def outlet_label(line: str) -> bool:
    """Whether a line is an outlet's name and a section, dateline-like but with no story
    after it ("tirto.id - Pendidikan"): page furniture wherever it stands."""
    rest = _branded_rest(line)
    return rest is not None and not _opens_story(rest)


def _opens_story(rest: str) -> bool:
    """Whether what follows a line's dateline is the story: a sentence, long text, or nothing
    (the dateline alone on its line). "tirto.id - Pendidikan" is a section label."""
    rest = rest.strip()
    return not rest or is_story_line(rest)


def _branded_rest(paragraph: str) -> str | None:
    """Return what follows a dateline that names an outlet or agency opening the paragraph,
    or None when no such dateline opens it."""
    prefix, rest = cut_dateline(paragraph)
    if not prefix:
        return None
    # The prefix alone, with a stand-in story word after it, must match a branded pattern.
    if any(pattern.match(prefix + " X") for pattern in branded_datelines()):
        return rest
    return rest if glued().match(prefix + "Xx") else None


def cut_dateline(paragraph: str) -> tuple[str | None, str]:
    """Cut a dateline or glued brand prefix off the first paragraph: (prefix, rest).

    Cuts repeat while the rest still opens with one ("REPUBLIKA.CO.ID, JAKARTA -- Jakarta -"),
    so that the cut paragraph never has another: cleaning twice cuts nothing more.
    """
    prefixes = []
    rest = paragraph
    while True:
        prefix, rest = _cut_once(rest)
        if prefix is None:
            break
        prefixes.append(prefix)
        if len(prefixes) > MAX_DATELINE_CUTS:
            # A line of datelines is not a story's opening: cut nothing, so that the time per
            # line stays linear and cleaning again decides the same.
            return None, paragraph
    return (" ".join(prefixes) if prefixes else None), rest


@lru_cache(maxsize=CUT_CACHE)
def _cut_once(paragraph: str) -> tuple[str | None, str]:
    """Cut the first dateline or glued brand prefix, if the paragraph opens with one."""
    branded = None  # whether the paragraph opens with a brand: asked once, if at all
    for index, pattern in enumerate(datelines()):
        if _opens_with_brand()[index]:
            if branded is None:
                branded = _brand_start().match(paragraph) is not None
            if not branded:
                continue  # the pattern cannot match
        match = pattern.match(paragraph)
        if match and "credit" in pattern.groupindex and not _is_credit(match.group("credit")):
            continue
        if (
            match
            and index in (_COLON_PLACE, _GLUED_PLACE, _STOP_PLACE)
            and not is_known_place(match.group("place"))
        ):
            continue  # "Syarat: ..." is a label; "Jakarta: ..." a dateline
        if match and index == _UNKNOWN_BRAND and not _unknown_brand_ok(match):
            continue
        rest = paragraph[match.end() :] if match else ""
        # A bare "Place -" needs a word after it: "Timnas U - 22 bersiap" has no dateline.
        start = _WORD_START if index in (_BARE_PLACE, _COLON_PLACE, _STOP_PLACE) else _STORY_START
        # Whether the cut keeps the story is asked last: it reads the whole line twice.
        if match and start.match(rest) and (is_story_line(rest) or not is_story_line(paragraph)):
            return match.group(0).strip(), rest
    match = glued().match(paragraph)
    if match:
        return match.group("brand"), paragraph[match.end() :]
    return None, paragraph


def _is_credit(text: str) -> bool:
    """Return whether a bracketed dateline credit names outlets or agencies ("ANTARA/Reuters")."""
    return all(
        outlet_name(part) or wire_name(part) or part.isupper() or DOMAIN.match(part)
        for part in (p.strip() for p in text.split("/"))
    )


def _unknown_brand_ok(match: re.Match[str]) -> bool:
    """Return whether "PLACE, Brand -" reads as a dateline: a real place, a brand not a weekday."""
    place, brand = match.group("place"), match.group("brand")
    if not (place.isupper() or is_known_place(place)) or is_known_place(brand):
        return False
    return not any(DATE_LINE_WORDS.fullmatch(w) for w in brand.casefold().split())


def read_dateline(prefix: str | None) -> Dateline | None:
    """Read a cut dateline prefix: place, brand (known or not) and bracketed credits."""
    if not prefix:
        return None
    return Dateline(
        prefix=prefix,
        place=_dateline_place(prefix),
        outlet=_dateline_brand(prefix),
        credited_outlet=_dateline_brand(prefix, credit=True),
        unknown_brand=_unknown_dateline_brand(prefix),
        credits=_dateline_credits(prefix),
    )


def _dateline_place(prefix: str) -> str | None:
    """Return the dateline's place as written ("PYONGYANG, KOMPAS.TV -" -> "PYONGYANG")."""
    text = prefix + " X"
    while text:
        match = next((m for p in datelines() if (m := p.match(text))), None)
        if match is None:
            return None
        place = match.groupdict().get("place")
        if place and not _brand_like(place):
            return place
        text = text[match.end() :]  # "JawaPos.com – SURABAYA –": the brand, then the place
    return None


def _brand_like(place: str) -> bool:
    """Return whether a dateline's "place" is an outlet's brand ("Suara.com", "PIKIRAN RAKYAT")."""
    return bool(outlet_name(place) or glued().fullmatch(place) or "." in place)


def _dateline_brand(prefix: str, *, credit: bool = False) -> str | None:
    """Return the outlet a dateline prefix names ("REPUBLIKA.CO.ID, MOSKOW –" -> Republika).

    With ``credit`` the bracketed agency counts too ("Jakarta (ANTARA) -" -> Antara): weaker
    evidence, since other outlets print Antara's dateline on the texts they take from it.
    """
    for pattern in datelines():
        match = pattern.match(prefix + " X")
        if match:
            groups = match.groupdict()
            for key in ("brand", "credit") if credit else ("brand",):
                name = (groups.get(key) or "").split("/")[0].strip()  # "(ANTARA/Reuters)"
                if name and outlet_name(name):
                    return outlet_name(name)
    head = glued().match(prefix + "Xx")
    if head:
        heads = [s for s in brand_spellings() if s.split(".")[0] == head.group("brand")]
        for spelling in heads:
            if outlet_name(spelling):
                return outlet_name(spelling)
    return None


def _unknown_dateline_brand(prefix: str) -> str | None:
    """Return the brand of a dateline naming an outlet not in the table, as written."""
    for pattern in branded_datelines():
        match = pattern.match(prefix + " X")
        if match and match.groupdict().get("brand"):
            brand = match.group("brand").strip()
            return None if outlet_name(brand) or wire_name(brand) else brand
    return None


def _dateline_credits(prefix: str) -> tuple[str, ...]:
    """Return the agencies a bracketed dateline credits ("Washington (ANTARA/Reuters) -")."""
    if "(" not in prefix:
        return ()
    match = re.search(r"\(\s*([^()]+?)\s*\)", prefix)
    if not match:
        return ()
    return tuple(name for part in match.group(1).split("/") if (name := wire_name(part.strip())))
