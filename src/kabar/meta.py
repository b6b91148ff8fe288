"""Article metadata: title, outlet, date, dateline, authors, wire sources and language.

``describe`` reads what the cleaner set aside (``Cleaned.removed`` keeps each boilerplate
line with the rule that removed it) together with the story paragraphs and whatever the
reader took from structured input (HTML meta tags, JSON fields), which wins when present.

Decisions worth knowing:
- Outlet: the JSON/meta field, then the URL's domain, the dateline brand, a site header,
  a source box, the outlet's own "Follow Berita X di Google News" promo, a byline's brand
  ("Nama - detikFinance"), a photo credited to the outlet alone ("(Foto: Okezone)"); then an
  unknown field or site as written or by its domain, an agency's bracketed dateline credit
  ("Jakarta (ANTARA) -": other outlets print it too, so it comes late), a dateline brand the
  table lacks ("MATARAM, Lombok Post -"), chrome only one outlet prints (BBC's "Sumber gambar,"),
  and last the outlet a source spoke to ("kata X kepada BBC News Indonesia").
- Dateline: the place of the first paragraph's dateline; a brand alone ("Suara.com -",
  "PIKIRAN RAKYAT -") gives no place.
- A photo credit ("(Sumber: Gavriil Grigorov, Sputnik, Kremlin Pool Photo melalui AP)") is a
  caption: agencies named in captions are *not* wire sources of the text.
- The article's own outlet is never one of its wire sources: "kata X kepada Kompas.com" in a
  Kompas article, or "Jakarta (ANTARA) -" on Antara's own text (on a Kompas page the same
  dateline credits Antara). After "kepada" only agencies count: "kepada Kompas.com" names
  the outlet that asked, not a source. "Sumber: X" credits an unknown X only when X looks
  like a medium ("Sumber: BPS" credits data, not a text).
- Contributors ("X berkontribusi untuk laporan ini") and sign-off initials ("(ant/rzk)") are
  not authors; neither are organisations ("CNN Indonesia") or role words ("Kontributor").
- Published: the page's own date, then the date line above the story ("Diperbarui" only as a
  fallback), the URL's date, then a weekday date in the first paragraphs ("Rabu (13/9/2023)",
  "Rabu 13 September 2023") outside quotation marks: that is how Indonesian reports give the
  day of the events. Bare dates ("sejak 2019", "pada bulan Desember 2022") are about
  something else. Times keep their zone (WIB +07:00, WITA +08:00, WIT +09:00) when given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from kabar import clean as cleaning
from kabar.models import Cleaned, Metadata, RawDocument
from kabar.sources import (
    brand_spellings,
    name_key,
    outlet_from_url,
    outlet_name,
    registered_domain,
    wire_name,
    wire_spellings,
)

# Body paragraphs searched for the day of the events: seed 004 gives it in the second
# paragraph, Detik and IndoSum almost always in the first or second.
DATE_PARAGRAPHS = 3
# A credited "name" longer than this is a phrase, not a person.
MAX_NAME_WORDS = 6
# Language: English when English stop words outnumber Indonesian ones by this factor and
# make at least EN_MIN_HITS tokens (a cheap test; Indonesian text quotes English phrases).
EN_FACTOR = 2.0
EN_MIN_HITS = 5
LANGUAGE_SAMPLE_CHARS = 1500  # the first paragraphs are enough to tell the language
# Plausible years for online news; anything else is a number that looks like a date.
MIN_YEAR, MAX_YEAR = 1990, 2100
TIMEZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

_MONTH_NUMBERS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "ags", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
_MONTH = "(?:" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + ")"
_DAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
_TIME = (
    r"(?:\s*[,|/\-–]?\s*(?:pukul\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?(?!\w))?\s*(?P<tz>WIB|WITA|WIT)?\b)?"
)
_TEXT_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
)
_EN_DATE = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}",
    re.IGNORECASE,
)
_NUM_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}}|\d{{2}})\b\)?{_TIME}",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(
    r"\b(?P<y>\d{4})([-/])(?P<m>\d{2})\2(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?"
    r"(?:\.\d+)?\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?"
)
# A weekday right before a date: "Rabu (13/9/2023)", "Kamis, 4/7/2024", "Rabu 13 September".
_DAY_BEFORE = re.compile(
    rf"\b{_DAY}(?:\s+(?:pagi|siang|sore|malam|petang|dini\s+hari))?\s*,?\s*\(?\s*$",
    re.IGNORECASE,
)
_URL_DATES = (
    re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{0,8}(?:-|/)"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})/"),
)
# Rubric labels written like a dateline ("OPINI - ..."): no place.
_NOT_PLACES = frozenset(
    "opini editorial tajuk kolom analisis wawancara resensi ulasan profil infografis "
    "advertorial berita breaking update".split()
)
_PLACE_ACRONYMS = frozenset("DKI DIY NTT NTB PBB AS DC UEA RRT".split())
_UPDATED = re.compile(r"\b(?:diperbarui|pembaruan|updated?|terakhir\s+diubah)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")

_BYLINE_LABEL = re.compile(
    r"(?:^|(?<=\s)|(?<=\|))(?P<label>(?:penulis|editor|reporter|pewarta|penyunting|"
    r"redaktur(?:\s+pelaksana)?|oleh|rep|red|kontributor|wartawan|writer|author|"
    r"alih\s*bahasa|penerjemah|fotografer|videografer|editor\s+foto|produser|koresponden|"
    r"jurnalis|reporter\s+magang)"
    r"\s*:|(?:penulis|editor|reporter|pewarta|penyunting|redaktur|oleh)(?=\s+(?-i:[A-Z]))"
    r"|laporan\s+(?:wartawan|reporter|koresponden|kontributor|langsung)(?:\s+[\w.]+){0,3}"
    r"\s*,|laporan\s+langsung|(?:laporan|ditulis|dilaporkan)\s+oleh|(?:diadaptasi|dialihbahasakan|diterjemahkan|disadur)\s+oleh)\s*",
    re.IGNORECASE,
)
# "Kontributor Malang, Andi Saputra": the role and the place go, the name stays.
_ROLE_PLACE = re.compile(r"^(?:kontributor|wartawan|koresponden)\s+[^,]{1,40},\s*", re.IGNORECASE)
_ROLE_WORD = re.compile(
    r"^(?:kontributor|wartawan|reporter|koresponden|jurnalis|tim|redaksi)\b", re.IGNORECASE
)
_NAME_DASH_BRAND = re.compile(r"^(?P<name>[^-–—|]+?)\s+[-–—|]\s+(?P<brand>[\w.]+)$")
# "Follow Berita Okezone di Google News", "Ikuti saluran Tribunnews.com di WhatsApp": the
# outlet promoting its own channels.
_PROMO_OUTLET = re.compile(
    r"\b(?i:berita|dari|saluran|kanal|channel|akun|update)\s+(?P<name>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)"
)
# A photo credited to the outlet alone: "(Foto: Okezone)", "Foto: Dok. kumparan".
_OWN_PHOTO = re.compile(
    r"\b(?i:foto|photo)\s*[:/]\s*(?i:dok\.?\s*|dokumentasi\s+)?(?P<name>[\w.]+)"
    r"(?:\s*/\s*[^()/]{1,40})?\s*\)?\s*$"
)
# Chrome only one outlet prints: BBC's caption labels and podcast widget.
_PAGE_SIGNATURES = (
    (
        re.compile(
            r"^(?:sumber\s+gambar|keterangan\s+gambar)\s*,|^lewati\s.+\slanjutkan\smembaca", re.I
        ),
        "BBC News Indonesia",
    ),
)
_ASKED_CUE = re.compile(r"\b(?:kepada|dihubungi|ditemui|diwawancarai|wawancara)\s", re.IGNORECASE)
_ASKED_BY = re.compile(
    r"\b(?:kepada|dihubungi|ditemui|diwawancarai|wawancara\s+dengan)\s+(?:wartawan\s+|tim\s+)?"
    rf"(?P<brand>{cleaning.BRANDS})(?![\w])",
    re.IGNORECASE,
)
_SYNDICATION_BYLINE = re.compile(r"(?<=[\s,.|])(?:penulis|editor|reporter)\s*:", re.IGNORECASE)
_NOT_WRITERS = re.compile(r"^(?:fotografer|videografer|editor\s+foto|produser)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\||\bdan\b|\band\b)\s*")
_BOX_LINE = re.compile(r"^(?:[•·▪◦●‣*-]|sumber\b)", re.IGNORECASE)
_DEGREE = re.compile(r"^(?:[A-Z][a-z]{0,3}\.\s?)+[A-Za-z]{0,4}\.?$")  # "S.Sos", "M.Si", "Dr."
_DASH_SPLIT = re.compile(r"\s+[-–—|]\s+")
_NAME_JUNK = re.compile(r"\([^)]*\)|\S+@\S+|https?://\S+|•")
# A date or weekday after a writer's name ("Penulis: X | Senin, 12 Agustus 2024") is no name.
_DATE_PART = re.compile(rf"^(?:{_DAY}|{_MONTH})$|\d", re.IGNORECASE)
_NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,5}$")

_WIRE_ALTERNATION = "|".join(
    rf"(?-i:{re.escape(s)})" if len(s) <= 4 and s.isupper() else re.escape(s)
    for s in wire_spellings()
)
_WIRE = rf"(?P<wire>{_WIRE_ALTERNATION})(?![\w])"
_CUE = (
    r"(?:dikutip(?:\s+dari)?|mengutip(?:\s+dari)?|dilansir(?:\s+dari)?|melansir(?:\s+dari)?|"
    r"dilaporkan(?:\s+oleh)?|melaporkan|diberitakan(?:\s+oleh)?|diwartakan(?:\s+oleh)?|"
    r"memberitakan|menurut(?:\s+laporan)?|laporan(?:\s+tambahan\s+(?:oleh|dari))?|"
    r"ditulis(?:\s+oleh)?|menulis|lansir|kutip|"
    r"seperti\s+(?:dikutip|dilansir|dilaporkan|ditulis|diberitakan)(?:\s+(?:dari|oleh))?|"
    r"kepada|via|lapor|tulis|menyitir|dinukil(?:\s+dari)?|bersumber\s+dari|disiarkan(?:\s+oleh)?|"
    r"(?:dalam\s+)?wawancara(?:\s+eksklusif)?\s+dengan|diwawancarai|disurvei(?:\s+oleh)?|reported\s+by|"
    r"according\s+to|told)"
)
_MEDIUM = (
    r"(?:(?:laman|situs(?:\s+web)?|portal|media|kantor\s+berita|agensi|harian|surat\s+kabar|"
    r"koran|majalah|stasiun\s+televisi|televisi|jaringan\s+berita|jaringan|outlet|"
    r"laporan|akun\s+resmi)\s+)?"
)
_CUE_WORD = re.compile(rf"(?<!\w)(?P<cue>{_CUE})\s+", re.IGNORECASE)
_NAME_AFTER_CUE = re.compile(rf"{_MEDIUM}{_WIRE}", re.IGNORECASE)
_OUTLET_AFTER_CUE = re.compile(rf"{_MEDIUM}(?P<brand>{cleaning.BRANDS})(?![\w])", re.IGNORECASE)
# "dilaporkan kantor berita resmi Korea Utara, KCNA": a few words may stand between the
# medium and its name (MEDIUM_FILLER_WORDS at most).
MEDIUM_FILLER_WORDS = 4
_NAME_AFTER_MEDIUM = re.compile(
    rf"(?:laman|situs|media|kantor\s+berita|agensi|harian|surat\s+kabar|koran|majalah|"
    rf"stasiun\s+televisi|televisi|jaringan)(?:\s+[\w-]+){{1,{MEDIUM_FILLER_WORDS}}}?,?\s+{_WIRE}",
    re.IGNORECASE,
)
# "Reuters melaporkan ...": the agency named right before the verb of reporting. The verbs are
# found first and only the words before them are matched against the (long) list of names.
_REPORT_VERB = re.compile(
    r"\b(?:melaporkan|memberitakan|mengabarkan|mewartakan|menulis|melansir)\b", re.IGNORECASE
)
_WIRE_AT_END = re.compile(rf"(?<![\w.]){_WIRE}\s+$", re.IGNORECASE)
WIRE_LOOKBACK_CHARS = 40  # "The Associated Press" and the longest names fit
# "Artikel ini telah tayang di TribunJabar.id dengan judul ...": the outlet first carrying it.
_SYNDICATED_FROM = re.compile(
    r"\b(?:(?:tayang|terbit|dimuat|diterbitkan)(?:\s+pertama\s+kali)?\s+(?:di|oleh)|"
    r"^baca\s+artikel)\s+(?P<name>[\w.]+(?:\s+[A-Z][\w.]*){0,2})",
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
_ANY_WIRE = re.compile(rf"(?<![\w.]){_WIRE}", re.IGNORECASE)
_DOMAIN_AFTER_CUE = re.compile(
    rf"{_MEDIUM}(?P<domain>[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co\.uk|id|net|org))\b",
    re.IGNORECASE,
)

_ID_WORDS = frozenset(
    "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada atau oleh karena "
    "sudah kata bahwa mereka kami saya telah para bisa lebih menjadi tersebut adalah".split()
)
_EN_WORDS = frozenset(
    "the of and to in is that for it was on with as by at he said from his are be has have an "
    "this were which will their they would been not but".split()
)
_TOKEN = re.compile(r"[a-z]+")


def describe(raw: RawDocument, cleaned: Cleaned) -> Metadata:
    """Read the article's metadata from its raw lines, its cleaned text and structured fields."""
    outlet = find_outlet(raw, cleaned)
    return Metadata(
        title=cleaned.title,
        outlet=outlet,
        published=find_published(raw, cleaned),
        dateline=find_dateline(cleaned.dateline_prefix),
        authors=find_authors(raw, cleaned),
        wire_sources=find_wires(cleaned, outlet),
        language=find_language(cleaned.body, raw.language),
    )


def find_outlet(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """Return the publisher: JSON/meta field, URL domain, dateline brand, site header or box."""
    given = [raw.outlet, raw.site_name]
    for name in given:
        if name and outlet_name(name):
            return outlet_name(name)
    from_url = outlet_from_url(raw.url)
    if from_url:
        return from_url
    brand = _dateline_brand(cleaned.dateline_prefix)
    if brand:
        return brand
    header = [r.text for r in cleaned.removed if r.reason in (cleaning.REASON_HEADER,)]
    for line in header:
        named = outlet_name(line) or cleaning.site_header_brand(line)
        if named:
            return named
    for removed in cleaned.removed:
        # "Kompas.com - 11/10/2023, 18:30 WIB", a source box's "• Siap.Viva.co.id : ..." line
        boxed = removed.reason == cleaning.REASON_SOURCE and _BOX_LINE.match(removed.text)
        if boxed or removed.reason == cleaning.REASON_DATE:
            for part in re.split(r"[\s:|•]+", removed.text):
                if "." in part and outlet_name(part):
                    return outlet_name(part)
    for removed in cleaned.removed:
        if removed.reason in (cleaning.REASON_FOOTER, cleaning.REASON_RELATED):
            for match in _PROMO_OUTLET.finditer(removed.text):
                if outlet_name(match.group("name")):
                    return outlet_name(match.group("name"))
    for removed in cleaned.removed:
        # "Wulan Anggraini - detikFinance", "Market - Rendi Kusuma, CNBC Indonesia"
        if removed.reason == cleaning.REASON_BYLINE:
            brand = _byline_brand(removed.text)
            if brand:
                return brand
    for removed in cleaned.removed:
        # "(Foto: Okezone)", "Foto: Medcom.id", "FOTO/dok.SINDOnews": the outlet's own photo
        if removed.reason == cleaning.REASON_CAPTION:
            match = _OWN_PHOTO.search(removed.text)
            if match and outlet_name(match.group("name")):
                return outlet_name(match.group("name"))
    for name in given:
        if name and name.strip():
            return name.strip()
    domain = registered_domain(raw.url)
    if domain:
        return domain  # an outlet the table does not know, named by its web address
    credited = _dateline_brand(cleaned.dateline_prefix, credit=True)
    if credited:
        return credited  # "Jakarta (ANTARA) -" with no other clue: Antara's own page
    unknown = _unknown_dateline_brand(cleaned.dateline_prefix)
    if unknown:
        return unknown  # "MATARAM, Lombok Post -": an outlet the table does not know
    for removed in cleaned.removed:
        for pattern, name in _PAGE_SIGNATURES:
            if pattern.match(removed.text):
                return name
    for paragraph in cleaned.paragraphs:
        # "kata X kepada BBC News Indonesia", "saat dihubungi detikcom": the outlet that asked
        asked = _ASKED_BY.search(paragraph) if _ASKED_CUE.search(paragraph) else None
        if asked and outlet_name(asked.group("brand")):
            return outlet_name(asked.group("brand"))
    title_at = next((r.position for r in cleaned.removed if r.reason == cleaning.REASON_TITLE), 0)
    for removed in cleaned.removed:
        words = removed.text.split()
        if (
            removed.reason == cleaning.REASON_HEADER
            and removed.position < title_at
            and 1 <= len(words) <= 3
            and all(w[0].isupper() for w in words)
            and "|" not in removed.text
        ):
            return removed.text
    return None


def _byline_brand(line: str) -> str | None:
    """Return the outlet a byline ends with ("Rizky - detikNews", "Rendi, CNBC Indonesia")."""
    for pattern in (_NAME_DASH_BRAND, cleaning.NAME_COMMA_BRAND):
        match = pattern.match(line.strip())
        if match and outlet_name(match.group("brand")):
            return outlet_name(match.group("brand"))
    return None


def _unknown_dateline_brand(prefix: str | None) -> str | None:
    """Return the brand of a dateline naming an outlet not in the table, as written."""
    if not prefix:
        return None
    for pattern in cleaning.BRANDED_DATELINES:
        match = pattern.match(prefix + " X")
        if match and match.groupdict().get("brand"):
            brand = match.group("brand").strip()
            return None if outlet_name(brand) or wire_name(brand) else brand
    return None


def _dateline_brand(prefix: str | None, *, credit: bool = False) -> str | None:
    """Return the outlet a dateline prefix names ("REPUBLIKA.CO.ID, MOSKOW –" -> Republika).

    With ``credit`` the bracketed agency counts too ("Jakarta (ANTARA) -" -> Antara): weaker
    evidence, since other outlets print Antara's dateline on the texts they take from it.
    """
    if not prefix:
        return None
    for pattern in cleaning.DATELINES:
        match = pattern.match(prefix + " X")
        if match:
            groups = match.groupdict()
            for key in ("brand", "credit") if credit else ("brand",):
                name = (groups.get(key) or "").split("/")[0].strip()  # "(ANTARA/Reuters)"
                if name and outlet_name(name):
                    return outlet_name(name)
    glued = cleaning.GLUED.match(prefix + "Xx")
    if glued:
        heads = [s for s in brand_spellings() if s.split(".")[0] == glued.group("brand")]
        for spelling in heads:
            if outlet_name(spelling):
                return outlet_name(spelling)
    return None


def find_dateline(prefix: str | None) -> str | None:
    """Return the dateline's place, title-cased ("PYONGYANG, KOMPAS.TV -" -> "Pyongyang")."""
    if not prefix:
        return None
    text = prefix + " X"
    while text:
        match = next((m for p in cleaning.DATELINES if (m := p.match(text))), None)
        if match is None:
            return None
        place = match.groupdict().get("place")
        if place and not _brand_like(place):
            place = _title_case(place)
            return None if place.casefold() in _NOT_PLACES else place
        text = text[match.end() :]  # "JawaPos.com – SURABAYA –": the brand, then the place
    return None


def _brand_like(place: str) -> bool:
    """Return whether a dateline's "place" is an outlet's brand ("Suara.com", "PIKIRAN RAKYAT")."""
    return bool(outlet_name(place) or cleaning.GLUED.fullmatch(place) or "." in place)


def _title_case(place: str) -> str:
    """Title-case an all-caps place name, keeping short acronyms ("NEW YORK" -> New York)."""
    words = []
    for word in re.split(r"(\s+|-)", place.strip()):
        if (word.isupper() and len(word) > 2) or word.islower():
            word = word[:1].upper() + word[1:].lower()
        words.append(word)
    return "".join(words)


def find_published(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """Return the ISO publication date, or failing that the date of the events reported."""
    if raw.published:
        parsed = parse_date(raw.published, require_day=False)
        if parsed:
            return parsed
    dated = [
        r.text
        for r in cleaned.removed
        if r.reason in (cleaning.REASON_DATE, cleaning.REASON_HEADER, cleaning.REASON_BYLINE)
    ]
    # A "Diperbarui" (updated) time is a fallback: the first publication comes first.
    for line in sorted(dated, key=lambda text: bool(_UPDATED.search(text))):
        parsed = parse_date(line, require_day=False)
        if parsed:
            return parsed
    if cleaned.dateline_prefix:
        parsed = parse_date(cleaned.dateline_prefix, require_day=False)
        if parsed:
            return parsed
    from_url = _url_date(raw.url)
    if from_url:
        return from_url
    for paragraph in cleaned.paragraphs[:DATE_PARAGRAPHS]:
        parsed = parse_date(_QUOTED.sub(_blank, paragraph), require_day=True)
        if parsed:
            return parsed
    return None


def _blank(match: re.Match[str]) -> str:
    """Replace a quoted passage by spaces of the same length."""
    return " " * len(match.group(0))


def parse_date(text: str, *, require_day: bool) -> str | None:
    """Return the first date in text as ISO ("2024-06-19T13:30+07:00" when a zone is given).

    With ``require_day`` only dates right after a weekday name count ("Rabu (13/9/2023)"), and
    a time next to them is dropped: in a story it is the time of the events, not of publication.
    A time without a zone ("19:22") is kept without an offset.
    """
    found: list[tuple[int, str]] = []
    for pattern in (_ISO_DATE, _TEXT_DATE, _NUM_DATE, _EN_DATE):
        for match in pattern.finditer(text):
            if require_day and not _DAY_BEFORE.search(text[: match.start()]):
                continue
            iso = _iso(match, with_time=not require_day)
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso(match: re.Match[str], *, with_time: bool = True) -> str | None:
    """Build the ISO string of a date match, or None when the date is impossible."""
    groups = match.groupdict()
    year = int(groups["y"])
    if year < 100:
        year += 2000
    month = _MONTH_NUMBERS[groups["mon"].casefold()] if groups.get("mon") else int(groups["m"])
    day = int(groups["d"])
    try:
        date(year, month, day)
    except ValueError:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    hour, minute = groups.get("H"), groups.get("M")
    if hour is not None and groups.get("ampm"):
        # "3:15 PM" -> 15:15, "12:05 AM" -> 00:05
        hour = str(int(hour) % 12 + (12 if groups["ampm"][0] in "Pp" else 0))
    offset = groups.get("off")
    if offset:
        offset = "+00:00" if offset == "Z" else offset[:3] + ":" + offset[-2:]
    elif groups.get("tz"):
        offset = TIMEZONES[groups["tz"].casefold()]
    if (
        with_time
        and hour is not None
        and minute is not None
        and int(hour) < 24
        and int(minute) < 60
    ):
        iso += f"T{int(hour):02d}:{minute}{offset or ''}"
    return iso


def _url_date(url: str | None) -> str | None:
    """Return the date many outlets put in article URLs ("/2017/09/06/", "/20171219...")."""
    if not url:
        return None
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None


def find_authors(raw: RawDocument, cleaned: Cleaned) -> tuple[str, ...]:
    """Return writers and editors: the page's author metadata, then the bylines."""
    names: list[str] = [n for a in raw.authors for n in _names(a)]  # organisations dropped
    for removed in cleaned.removed:
        if removed.reason == cleaning.REASON_BYLINE:
            names.extend(byline_names(removed.text))
        elif removed.reason == cleaning.REASON_SOURCE:
            # "Artikel ini telah tayang di X dengan judul ..., Penulis: A | Editor: B"
            label = _SYNDICATION_BYLINE.search(removed.text)
            if label:
                names.extend(byline_names(removed.text[label.start() :]))
    return _unique(names)


def byline_names(line: str) -> list[str]:
    """Return the names a byline credits ("Penulis : A Editor : B-C.-D" -> ["A", "B C. D"])."""
    line = _ROLE_PLACE.sub("", line.strip())
    labels = list(_BYLINE_LABEL.finditer(line))
    writer = cleaning.writer_before_date(line)
    if writer and not labels:
        return _names(writer)  # "Rio Manik, Jurnalis · Kamis 11 Juli 2024 14:05 WIB"
    team = cleaning.TEAM_BRAND_NAME.match(line.strip())
    if not labels and team and outlet_name(team.group("brand")):
        return _names(team.group("name"))  # "tim tvOne - Sigit Pamungkas"
    comma = cleaning.NAME_COMMA_BRAND.match(line.strip())
    if not labels and comma and outlet_name(comma.group("brand")):
        return _names(comma.group("name"))  # "Market - Rendi Kusuma, CNBC Indonesia"
    dash = _NAME_DASH_BRAND.match(line)
    if not labels and dash and outlet_name(dash.group("brand")):
        return _names(dash.group("name"))
    bare = cleaning.EDITOR_INITIALS.sub("", line)  # "Nadya Kurnia / WBP"
    if not labels and all(_NAME.match(part.strip()) for part in bare.split("|")):
        return _names(bare)  # a bare name under the headline, or "writer | editor"
    names: list[str] = []
    for i, label in enumerate(labels):
        if _NOT_WRITERS.match(label.group("label")):
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        names.extend(_names(line[label.end() : end]))
    return names


def _names(text: str) -> list[str]:
    """Split a credit into clean personal names."""
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
            continue  # "Reporter: Reuters" credits an agency (see find_wires), not a person
        if _DATE_PART.search(part):
            continue
        if " " not in part and "-" in part:
            part = part.replace("-", " ")  # "Edy-A.-Putra": a slug, not a double-barrelled name
        part = " ".join(part.split())
        if part and _NAME.match(part) and len(part.split()) <= MAX_NAME_WORDS:
            names.append(part)
    return names


def find_wires(cleaned: Cleaned, outlet: str | None) -> tuple[str, ...]:
    """Return the agencies and outlets the article credits as its origin, one name each."""
    found: list[str] = []
    own = {name_key(outlet)} if outlet else set()
    found.extend(_own_filtered(_dateline_credits(cleaned.dateline_prefix), own))
    for removed in cleaned.removed:
        if removed.reason == cleaning.REASON_BYLINE:
            # "Reporter: Reuters | Editor: X": an agency in the byline is the text's source
            parts = _NAME_SPLIT.split(_BYLINE_LABEL.sub("|", removed.text))
            found.extend(_own_filtered(_byline_wires(parts), own))
        if removed.reason == cleaning.REASON_SOURCE:
            names = (
                _source_line_names(removed.text)
                or _syndicated_from(removed.text)
                or _wires_in(removed.text, _ANY_WIRE)
            )
            found.extend(_own_filtered(names, own))
    for paragraph in cleaned.paragraphs:
        found.extend(_own_filtered(_cued_sources(paragraph), own))
        for verb in _REPORT_VERB.finditer(paragraph):
            before = paragraph[max(0, verb.start() - WIRE_LOOKBACK_CHARS) : verb.start()]
            found.extend(_own_filtered(_wires_in(before, _WIRE_AT_END), own))
    return _unique(found)


def _byline_wires(parts: list[str]) -> list[str]:
    """Return the agencies among the parts of a byline."""
    return [name for part in parts if (name := wire_name(part.strip(" .:-–—'\"")))]


def _cued_sources(paragraph: str) -> list[str]:
    """Return the sources named right after an attribution cue ("dilansir Reuters").

    The cues are found first and the long list of names is only tried where one ends. After
    "kepada" ("kata X kepada Reuters") only agencies count: "kepada Kompas.com" names the
    outlet that asked the question, which is rarely known to be the article's own.
    """
    names = []
    for cue in _CUE_WORD.finditer(paragraph):
        asked = cue.group("cue").casefold() == "kepada"
        match = _NAME_AFTER_CUE.match(paragraph, cue.end()) or _NAME_AFTER_MEDIUM.match(
            paragraph, cue.end()
        )
        outlet = _OUTLET_AFTER_CUE.match(paragraph, cue.end())
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


def _wires_in(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Return the canonical names of the wire spellings the pattern finds in text."""
    return [name for m in pattern.finditer(text) if (name := wire_name(m.group("wire")))]


def _syndicated_from(line: str) -> list[str]:
    """Return the outlet a syndication note names ("telah tayang di Kompas.com dengan ...")."""
    match = _SYNDICATED_FROM.search(line)
    if not match:
        return []
    name = match.group("name").strip(" .,")
    known = wire_name(name) or outlet_name(name)
    if known:
        return [known]
    first = name.split()[0].strip(" .,")
    known = wire_name(first) or outlet_name(first)
    return [known] if known else ([first] if "." in first else [])


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


def _own_filtered(names: Iterable[str], own: set[str]) -> list[str]:
    """Drop the article's own outlet from a list of credited sources."""
    return [
        n for n in names if name_key(n) not in own and name_key(outlet_name(n) or "") not in own
    ]


def _dateline_credits(prefix: str | None) -> list[str]:
    """Return the agencies a bracketed dateline credits ("Washington (ANTARA/Reuters) -")."""
    if not prefix or "(" not in prefix:
        return []
    match = re.search(r"\(\s*([^()]+?)\s*\)", prefix)
    if not match:
        return []
    return [name for part in match.group(1).split("/") if (name := wire_name(part.strip()))]


def find_language(body: str, given: str | None = None) -> str:
    """Return "en" when the body is clearly English, else the given code or "id"."""
    tokens = _TOKEN.findall(body[:LANGUAGE_SAMPLE_CHARS].casefold())
    english = sum(1 for t in tokens if t in _EN_WORDS)
    indonesian = sum(1 for t in tokens if t in _ID_WORDS)
    if english >= EN_MIN_HITS and english > EN_FACTOR * indonesian:
        return "en"
    if indonesian >= EN_MIN_HITS:
        return "id"
    return (given or "id").split("-")[0].casefold() or "id"


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """Return names in first-seen order without case-insensitive repeats."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)
