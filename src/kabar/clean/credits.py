"""Credit lines read once: the people, agencies and outlet a byline or source line names.

The cleaner removes bylines ("Penulis : A Editor : B", "Rizky - detikNews") and source lines
("Sumber: AFP", "Artikel ini telah tayang di Kompas.com ...") and reads each here into a
``Credit``, so that ``meta`` takes authors, wire sources and outlet clues from the finding
instead of parsing the line again.

- Photographers, videographers and producers are not authors; neither are organisations
  ("CNN Indonesia"), role words ("Kontributor"), degrees ("S.Sos") or dates.
- An agency in a byline ("Reporter: Reuters") is the text's source, not a person.
- "Sumber: X" credits an unknown X only when X looks like a medium ("Sumber: BPS" credits
  data, not a text).
"""

from __future__ import annotations

import re
from functools import cache

from kabar import lexicon
from kabar.clean.captions import signoff_wires
from kabar.clean.headings import EDITOR_INITIALS
from kabar.clean.reasons import REASON_BYLINE, REASON_CONTRIBUTOR
from kabar.clean.rules import (
    NAME_BRACKET_BRAND,
    NAME_COMMA_BRAND,
    TEAM_BRAND_NAME,
    TEAM_CREDIT,
    is_known_place,
    writer_before_date,
)
from kabar.models import Credit
from kabar.sources import outlet_name, wire_alternation, wire_name

# A credited "name" longer than this is a phrase, not a person.
MAX_NAME_WORDS = 6

_ROLE = (
    r"(?:penulis|editor|reporter|pewarta|penyunting|laporan|"
    r"redaktur(?:\s+pelaksana)?|oleh|rep|red|kontributor|wartawan|writer|author|"
    r"alih\s*bahasa|penerjemah|fotografer|videografer|editor\s+foto|produser|koresponden|"
    r"jurnalis|reporter\s+magang)"
)
# One person in two roles: "Redaktur & Reporter : Name" (JPNN), "Penulis/Editor: Name".
_BYLINE_LABEL = re.compile(
    rf"(?:^|(?<=\s)|(?<=\|))(?P<label>{_ROLE}(?:\s*(?:&|/|\+|\bdan\b|\band\b)\s*{_ROLE})*"
    r"\s*:|(?:penulis|editor|reporter|pewarta|penyunting|redaktur|oleh)(?=\s+(?-i:[A-Z]))"
    r"|^by(?=\s+(?-i:[A-Z]))"  # "By Yvette Tanamal"
    r"|laporan\s+(?:wartawan|reporter|koresponden|kontributor|langsung)(?:\s+[\w.-]+){0,3}"
    r"\s*,|laporan\s+langsung|(?:laporan|ditulis|dilaporkan)\s+oleh"
    r"|(?:diadaptasi|dialihbahasakan|diterjemahkan|disadur)\s+oleh)\s*",
    re.IGNORECASE,
)
# "Kontributor Malang, Andi Saputra": the role and the place go, the name stays.
_ROLE_PLACE = re.compile(r"^(?:kontributor|wartawan|koresponden)\s+[^,]{1,40},\s*", re.IGNORECASE)
_ROLE_WORD = re.compile(
    r"^(?:kontributor|wartawan|reporter|koresponden|jurnalis|tim|redaksi)\b", re.IGNORECASE
)
# "Oleh: Rizky Pratama - detikNews": any text, a dash, a brand. Looser than the line rule's
# pattern, which must tell a byline from a story line; here the line is a credit already.
_TEXT_DASH_BRAND = re.compile(
    r"^(?P<name>[^-–—|]+?)\s+[-–—|]\s*(?P<brand>[\w.]+(?:\s[A-Z][\w.]*){0,2})$"
)
_SYNDICATION_BYLINE = re.compile(r"(?<=[\s,.|])(?:penulis|editor|reporter)\s*:", re.IGNORECASE)
# Editors are credited, but they did not write the text: never authors.
_EDITOR_LABEL = re.compile(
    r"^(?:editor(?!\s+foto)|penyunting|redaktur|red\b|editing|penyelaras)", re.IGNORECASE
)
_ROLE_JOIN = re.compile(r"\s*(?:&|/|\+|\bdan\b|\band\b)\s*", re.IGNORECASE)
_NOT_WRITERS = re.compile(r"^(?:fotografer|videografer|editor\s+foto|produser)", re.IGNORECASE)
# Names before the first label, set apart by a separator: "A | Editor: B", "A, B / Red: C"
# ("Diunggah oleh X" has no separator: a verb, not a writer).
_UNLABELLED_LEAD = re.compile(r"^\s*(?P<names>\S.*?)\s*[|/,;–—-]\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\||\bdan\b|\band\b)\s*")
_DEGREE = re.compile(r"^(?:[A-Z][a-z]{0,3}\.\s?)+[A-Za-z]{0,4}\.?$")  # "S.Sos", "M.Si", "Dr."
_DASH_SPLIT = re.compile(r"\s+[-–—|]\s+")
_NAME_JUNK = re.compile(r"\([^)]*\)|\S+@\S+|https?://\S+|•")
_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,5}$")
# "Artikel ini telah tayang di TribunJabar.id dengan judul ...": the outlet first carrying it
# (regional Tribun sites spell their domain with a hyphen: "Tribun-Medan.com").
# "Artikel ini bersumber dari pemberitaan di KONTAN dan KOMPAS.com": several origins.
_SYNDICATED_FROM = re.compile(
    r"\b(?:(?:tayang|terbit|dimuat|diterbitkan)(?:\s+pertama\s+kali)?\s+(?:di|oleh)|"
    r"bersumber\s+dari(?:\s+(?:pemberitaan|berita|laporan))?(?:\s+(?:di|dari))?|"
    r"^baca\s+artikel)\s+(?P<name>[\w.-]+(?:\s+[A-Z][\w.]*){0,2}"
    r"(?:\s*(?:,|\bdan\b|\band\b)\s*[\w.-]+(?:\s+[A-Z][\w.]*){0,2})*)",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(r"^(?:sumber|source|tambahan)\s*:\s*(?P<names>.+)$", re.IGNORECASE)
# An unknown name credited in a "Sumber:" line counts only when it looks like a medium: a
# web address or a news word. "Sumber: BPS" or "Sumber: Kementerian Keuangan" credit data.
_MEDIA_NAME = re.compile(
    r"\.(?:com|co|id|net|org|tv)\b|\b(?:news|times|post|journal|daily|herald|press|tribune|"
    r"media|tv|radio|harian|koran|majalah|kantor berita|agency|gazette|magazine|online)\b",
    re.IGNORECASE,
)
_SOURCE_SPLIT = re.compile(
    r"\s*(?:,|;|\bdan\b|\band\b|\.\s+(?:tambahan|sumber)\s*:)\s*", re.IGNORECASE
)
# An unknown credited name: one to four capitalised words or a domain, no sentence.
_SOURCE_NAME = re.compile(r"^[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,3}$")


@cache
def _any_wire() -> re.Pattern[str]:
    """Return the pattern of any wire spelling standing as a word."""
    return re.compile(rf"(?<![\w.])(?P<wire>{wire_alternation()})(?![\w])", re.IGNORECASE)


@cache
def _date_part() -> re.Pattern[str]:
    """Return the pattern of a weekday, a month or a digit: a date after a writer is no name."""
    days = "|".join(row[0] for row in lexicon.table("weekday_names.txt"))
    months = [row[0] for row in lexicon.table("month_names.txt")]
    alternation = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{days})|(?:{alternation}))$|\d", re.IGNORECASE)


def read_credit(line: str, kind: str) -> Credit:
    """Read a removed byline or source line into the people, agencies and outlet it names."""
    if kind == REASON_BYLINE:
        # "Reporter: Reuters | Editor: X": an agency in the byline is the text's source
        parts = _NAME_SPLIT.split(_BYLINE_LABEL.sub("|", line))
        writers, editors = byline_roles(line)
        return Credit(
            text=line,
            kind=kind,
            people=tuple(writers),
            editors=tuple(editors),
            wires=tuple(_byline_wires(parts)),
            outlet=_byline_brand(line),
        )
    if kind == REASON_CONTRIBUTOR:
        # "Antara berkontribusi dalam penulisan artikel ini": an agency's share is its source;
        # a person who contributed is neither source nor author
        return Credit(text=line, kind=kind, wires=tuple(_wires_in(line)))
    # "Artikel ini telah tayang di X dengan judul ..., Penulis: A | Editor: B"
    label = _SYNDICATION_BYLINE.search(line)
    writers, editors = byline_roles(line[label.start() :]) if label else ([], [])
    wires = (
        _source_line_names(line) or _syndicated_from(line) or _wires_in(line) or signoff_wires(line)
    )
    return Credit(
        text=line, kind=kind, people=tuple(writers), wires=tuple(wires), editors=tuple(editors)
    )


# A credit's label alone on its line, the name on the next (label and name in two elements of
# the page): "Oleh" / "Stefanus Ato", "Editor:" / "MADINA NUSRAT", "Writer" / "Indah".
_LONE_LABEL = re.compile(
    r"^(?:oleh|penulis|editor|reporter|pewarta|penyunting|redaktur|writer|author|kontributor|"
    r"fotografer|videografer)\s*:?$",
    re.IGNORECASE,
)


def join_lone_labels(lines: list[str]) -> list[str]:
    """Join a credit label standing alone to the name on the next line ("Editor: Name")."""
    if not any(_LONE_LABEL.match(line.strip()) for line in lines):
        return lines
    joined: list[str] = []
    for line in lines:
        if joined and _LONE_LABEL.match(joined[-1].strip()) and _is_one_name(line.strip()):
            joined[-1] = f"{joined[-1].strip().rstrip(':').rstrip()}: {line.strip()}"
        else:
            joined.append(line)
    return joined


def _is_one_name(text: str) -> bool:
    names = credited_names(text)
    return len(names) >= 1 and len(text.split()) <= MAX_NAME_WORDS and not text.endswith(".")


def is_labelled(line: str) -> bool:
    """Tell whether a credit names its roles ("Penulis: A", "Reporter: A | Editor: B")."""
    return _BYLINE_LABEL.search(line) is not None


def byline_names(line: str) -> list[str]:
    """Return the writers a byline credits ("Penulis : A Editor : B" -> ["A"])."""
    return byline_roles(line)[0]


def byline_roles(line: str) -> tuple[list[str], list[str]]:
    """Return (writers, editors) of a byline ("Penulis : A Editor : B-C.-D" -> A; B C. D)."""
    line = line.strip()
    if line[:1] in "([" and line[-1:] in ")]":
        line = line[1:-1]  # "(Penulis: A | Editor: B)"
    line = _ROLE_PLACE.sub("", line.strip())
    labels = list(_BYLINE_LABEL.finditer(line))
    if not labels:
        unlabelled = _unlabelled_names(line)
        if unlabelled is not None:
            return unlabelled, []
    writers: list[str] = []
    editors: list[str] = []
    lead = _UNLABELLED_LEAD.match(line[: labels[0].start()]) if labels else None
    if lead:
        writers.extend(credited_names(lead["names"]))  # "A | Editor: B": the writer unlabelled
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        names = credited_names(line[label.end() : end])
        if label.group("label").casefold().startswith("laporan") and len(names) > 1:
            # "Laporan Kontributor TribunJogja.com, Gunungkidul, Alexander Aprita": the place
            # (one word, or a known place) stands before the reporter
            first = names[0]
            if is_known_place(first) or (" " not in first and " " in names[1]):
                names = names[1:]
        roles = [r for r in _ROLE_JOIN.split(label.group("label").strip(" :")) if r]
        if any(_EDITOR_LABEL.match(role) for role in roles):
            editors.extend(names)
        if any(not (_EDITOR_LABEL.match(role) or _NOT_WRITERS.match(role)) for role in roles):
            writers.extend(names)
    return writers, editors


def _unlabelled_names(line: str) -> list[str] | None:
    """Return the names of a byline without labels, in the layouts outlets use, or None."""
    team = TEAM_CREDIT.match(line.strip())
    if team and outlet_name(team.group("brand")):
        return []  # "Tim detikcom - detikNews": the newsroom, no person
    writer = writer_before_date(line)
    if writer:
        return credited_names(writer)  # "Rio Manik, Jurnalis · Kamis 11 Juli 2024 14:05 WIB"
    team = TEAM_BRAND_NAME.match(line.strip())
    if team and outlet_name(team.group("brand")):
        return credited_names(team.group("name"))  # "tim tvOne - Sigit Pamungkas"
    for pattern in (NAME_COMMA_BRAND, NAME_BRACKET_BRAND):
        # "Market - Rendi Kusuma, CNBC Indonesia", "Yvette Tanamal (The Jakarta Post)"
        named = pattern.match(line.strip())
        if named and outlet_name(named.group("brand")):
            return credited_names(named.group("name"))
    dash = _TEXT_DASH_BRAND.match(line)
    if dash and outlet_name(dash.group("brand")):
        return credited_names(dash.group("name"))
    bare = EDITOR_INITIALS.sub("", line)  # "Nadya Kurnia / WBP"
    if all(_NAME.match(part.strip()) for part in re.split(r"[|,]", bare)):
        return credited_names(bare)  # a bare name under the headline, "writer | editor", "A, B"
    return None


def credited_names(text: str) -> list[str]:
    """Split a credit into clean personal names (organisations, roles and dates dropped)."""
    names = []
    for part in _NAME_SPLIT.split(_NAME_JUNK.sub(" ", text)):
        initial = re.search(r"\s[A-Z]\.\s*$", part)  # "Johana K." keeps its full stop
        part = part.strip(" .:-–—'\"") + ("." if initial else "")
        pieces = _DASH_SPLIT.split(part, maxsplit=1)
        if len(pieces) == 2 and outlet_name(pieces[1].strip()):
            part = pieces[0]  # "Rizky - detikNews"
        if _ROLE_WORD.match(part) or outlet_name(part) or _DEGREE.match(part):
            continue
        if wire_name(part.strip(" .:-–—'\"")):
            continue  # "Reporter: Reuters" credits an agency (the wires), not a person
        if _date_part().search(part):
            continue
        if " " not in part and "-" in part:
            part = part.replace("-", " ")  # "Edy-A.-Putra": a slug, not a double-barrelled name
        part = " ".join(part.split())
        if part.isupper() and " " in part:
            part = part.title()  # "Editor: MADINA NUSRAT" (Kompas.id sets credits in capitals)
        if part and _NAME.match(part) and len(part.split()) <= MAX_NAME_WORDS:
            names.append(part)
    return names


def _byline_wires(parts: list[str]) -> list[str]:
    """Return the agencies among the parts of a byline ("Antara -detikNews" credits Antara)."""
    names = []
    for part in parts:
        dash = _TEXT_DASH_BRAND.match(part.strip())
        if dash and outlet_name(dash.group("brand")):
            part = dash.group("name")
        if name := wire_name(part.strip(" .:-–—'\"")):
            names.append(name)
    return names


def _byline_brand(line: str) -> str | None:
    """Return the outlet a byline ends with ("Rizky - detikNews", "Rendi, CNBC Indonesia")."""
    for pattern in (TEAM_CREDIT, _TEXT_DASH_BRAND, NAME_COMMA_BRAND, NAME_BRACKET_BRAND):
        match = pattern.match(line.strip())
        if match and outlet_name(match.group("brand")):
            return outlet_name(match.group("brand"))
    return None


def _wires_in(text: str) -> list[str]:
    """Return the canonical names of the wire spellings in text."""
    return [name for m in _any_wire().finditer(text) if (name := wire_name(m.group("wire")))]


def _syndicated_from(line: str) -> list[str]:
    """Return the outlet a syndication note names ("telah tayang di Kompas.com dengan ...")."""
    match = _SYNDICATED_FROM.search(line)
    if not match:
        return []
    names = []
    for name in _NAME_SPLIT.split(match.group("name")):
        name = name.strip(" .,")
        if not name:
            continue
        known = wire_name(name) or outlet_name(name)
        if not known:
            first = name.split()[0].strip(" .,")
            known = wire_name(first) or outlet_name(first) or (first if "." in first else None)
        if known:
            names.append(known)
    return names


def _source_line_names(line: str) -> list[str]:
    """Return the names a "Sumber: A dan B." line credits, known or not ("Sumber: DPReview")."""
    match = _SOURCE_LABEL.match(line)
    if not match:
        return []
    names = []
    for part in _SOURCE_SPLIT.split(match.group("names")):
        part = part.strip(" .;:-–")
        if not part:
            continue
        known = wire_name(part) or outlet_name(part)
        if known:
            names.append(known)
        elif _SOURCE_NAME.match(part) and _MEDIA_NAME.search(part):
            names.append(part)  # an unknown medium: "Sumber: Harian Sinar Pagi", "Sumber: x.com"
    return names
