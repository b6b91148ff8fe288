"""What a page's markup says beyond the extracted text: its shown headline, credits, dateline.

trafilatura reads one title (usually ``og:title``) and one author string, and it drops loose
text between elements. Indonesian pages of many templates say more in their markup:

- the headline shown on the page can differ from ``og:title`` by a rubric: KapanLagi's
  ``og:title`` "Musik - X" over an ``<h1>`` "X"; Republika's photo stories show
  "In Picture: X" over an ``og:title`` "X". The shown headline is the article's title;
- the page's analytics object (``dataLayer.push({'author': ..., 'editor': ...})``) and a shown
  "Editor : Name" credit tell the writer from the editor, where JSON-LD puts the editor under
  ``author`` (Media Indonesia);
- older detik pages set the dateline outside the first paragraph
  (``<strong>Jakarta</strong> - <p>Galaxy ...``), which the extractor loses.
"""

from __future__ import annotations

import html
import re

from kabar.text import normalize_text

# A headline differs from the metadata title by a rubric of at most this many words.
RUBRIC_MAX_WORDS = 3
# The markup looked at before the first story paragraph for a dateline the extractor dropped.
DATELINE_LOOKBACK_CHARS = 300
# Elements that show a headline: <h1>, or an element whose class says title ("judul", "jdl").
_HEADLINE_ELEMENT = re.compile(
    r"<(?P<tag>h1|h2|div|span)\b(?P<attrs>[^>]*)>(?P<text>[^<]{10,300})</(?P=tag)>",
    re.IGNORECASE,
)
_HEADLINE_CLASS = re.compile(r"class=[\"'][^\"']*(?:title|judul|jdl|headline)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_WORDS = re.compile(r"\w+")
# 'author': 'Name' / "editor": "Name" in a page's script (analytics objects, not JSON-LD objects)
_SCRIPT_CREDIT = re.compile(
    r"[\"'](?P<key>author|penulis|writer|editor|redaktur)[\"']\s*:\s*[\"'](?P<name>[^\"'<>]{2,80})[\"']",
    re.IGNORECASE,
)
_SHOWN_EDITOR = re.compile(
    r">\s*(?:Editor|Redaktur|Penyunting)\s*:\s*(?:<a\b[^>]*>)?\s*(?P<name>[A-Z][^<>]{1,60}?)\s*<",
)
_EDITOR_KEYS = {"editor", "redaktur"}
# "Jakarta -", "JAKARTA -", "Kota Bandung -": a place and a dash, alone after the last block.
_LOOSE_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2}\s?[-–—]{1,2})$"
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|table|tr|td|section|article|br)\b[^>]*>", re.IGNORECASE
)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def shown_headline(page: str, title: str | None) -> str | None:
    """Return the headline the page shows when it is the metadata title up to a rubric.

    ``title`` is the metadata title with the outlet's brand already dropped. A shown headline
    that equals it, or that adds or drops a leading rubric of a few words, is returned; a
    headline of another article (a related link) shares no such ending and is ignored.
    """
    if not title:
        return None
    want = _words(title)
    if len(want) < RUBRIC_MAX_WORDS:
        return None
    for match in _HEADLINE_ELEMENT.finditer(page):
        if match["tag"].casefold() != "h1" and not _HEADLINE_CLASS.search(match["attrs"]):
            continue
        shown = normalize_text(html.unescape(match.group("text"))).strip()
        got = _words(shown)
        if got == want:
            return None  # the page agrees with its metadata
        longer, shorter = (got, want) if len(got) > len(want) else (want, got)
        extra = len(longer) - len(shorter)
        if len(shorter) >= RUBRIC_MAX_WORDS and 0 < extra <= RUBRIC_MAX_WORDS and (
            longer[extra:] == shorter
        ):
            return shown
    return None


def script_credits(page: str) -> tuple[list[str] | None, list[str]]:
    """Return (writers or None when the page's scripts name none, editors) from its markup.

    Writers come from analytics objects (``'author': 'Name'``); editors from those and from
    a shown "Editor : Name" credit.
    """
    writers: list[str] | None = None
    editors: list[str] = []
    for match in _SCRIPT_CREDIT.finditer(page):
        name = normalize_text(html.unescape(match.group("name"))).strip()
        if not name or "http" in name or "{" in name:
            continue
        if match.group("key").casefold() in _EDITOR_KEYS:
            editors.append(name)
        else:
            writers = [*(writers or []), name]
    editors.extend(
        normalize_text(html.unescape(m.group("name"))).strip() for m in _SHOWN_EDITOR.finditer(page)
    )
    return writers, list(dict.fromkeys(e for e in editors if e))


def loose_dateline(page: str, lines: list[str]) -> str | None:
    """Return a dateline set in the markup just before the first story line, if the text lost it.

    The first line of a sentence's length is looked up in the page; the text right before it,
    tags dropped, ending in "Place -" is the dateline the extractor left out.
    """
    first = next((line.strip() for line in lines if len(line.split()) >= 8), None)
    if first is None:
        return None
    # the line's opening also stands in the page's description tags: look at every occurrence
    at = page.find(first[:40])
    while at >= 0:
        before = page[max(0, at - DATELINE_LOOKBACK_CHARS) : at]
        blocks = list(_BLOCK_TAG.finditer(before))
        loose = before[blocks[-1].end() :] if blocks else ""
        if blocks and not loose.strip() and len(blocks) > 1:
            loose = before[blocks[-2].end() : blocks[-1].start()]  # the line opens its own <p>
        text = " ".join(html.unescape(_TAG.sub(" ", loose)).split())
        if match := _LOOSE_DATELINE.match(text):
            return match.group("dateline")
        at = page.find(first[:40], at + 1)
    return None


# <meta name="dtk:author" content="Name">: detik-network and Kompas templates name the writer
# and the editor in their own meta tags, which trafilatura does not read.
_META_CREDIT = re.compile(
    r"<meta[^>]+name=[\"'](?P<key>dtk:author|content_author|content_editor|[\w-]+:editor)[\"']"
    r"[^>]*content=[\"'](?P<name>[^\"'<>]{2,80})[\"']",
    re.IGNORECASE,
)
# Sign-off initials in a credit tag ("dhn"): a code, not a name.
_INITIALS_ONLY = re.compile(r"^[a-z]{2,5}$")
# A shown credit line: a label ("Rep:", "Penulis:", "Editor:") opening an element's text.
_SHOWN_BYLINE = re.compile(
    r">\s*(?P<line>(?:Rep|Red|Penulis|Reporter|Pewarta|Editor|Redaktur)\s*:(?:[^<]|<(?:a|span|b|"
    r"strong)\b[^>]*>|</(?:a|span|b|strong)>){3,300}?)\s*</(?:div|p|li|span)>",
    re.IGNORECASE,
)
_SHOWN_BYLINE_BLOCK = re.compile(
    r">\s*(?P<line>(?:Rep|Red|Penulis|Reporter|Pewarta|Editor|Redaktur)\s*:(?:[^<]|<(?:a|span|b|"
    r"strong)\b[^>]*>|</(?:a|span|b|strong)>){3,300}?)\s*</(?:div|p|li)>",
    re.IGNORECASE,
)
# A credit whose labels stand in their own elements, without a colon:
# <div><span>Penulis</span> <a>A</a> <span>Editor</span> <a>B</a></div>.
_LABELLED_BYLINE = re.compile(
    r">\s*(?P<line>(?:Penulis|Reporter|Pewarta|Editor|Redaktur)\s*</(?:span|b|strong)>"
    r"(?:[^<]|<(?:a|span|b|strong)\b[^>]*>|</(?:a|span|b|strong)>){3,400}?)\s*</(?:div|p|li)>",
    re.IGNORECASE,
)


def meta_credits(page: str) -> tuple[list[str], list[str]]:
    """Return (writers, editors) that the page's credit meta tags name."""
    writers: list[str] = []
    editors: list[str] = []
    for match in _META_CREDIT.finditer(page):
        name = normalize_text(html.unescape(match["name"])).strip()
        if _INITIALS_ONLY.match(name):
            continue
        (editors if "editor" in match["key"].casefold() else writers).append(name)
    return writers, editors


def shown_byline(page: str) -> str | None:
    """Return the page's first shown credit line, tags dropped ("Rep: A/ Red: B"), if any.

    The whole block is read when it holds only inline elements: Republika sets each role in
    its own span (<div><span>Rep: A</span>/ <span>Red: B</span></div>).
    """
    match = _SHOWN_BYLINE.search(page) or _LABELLED_BYLINE.search(page)
    if match is not None and (block := _SHOWN_BYLINE_BLOCK.match(page, match.start())):
        match = block
    if match is None:
        return None
    return " ".join(html.unescape(_TAG.sub("", match["line"])).split())


# A writer shown alone, with no label, in an element whose class names the role:
# <div class="author-2">Name</div> (Media Indonesia), <div class="read__info__author">Name</div>.
_CLASS_BYLINE = re.compile(
    r"<(?P<tag>div|span|p|a)\b[^>]*\bclass=[\"'][^\"']*(?:author|byline|penulis|reporter|writer)"
    r"[^\"']*[\"'][^>]*>\s*(?P<text>[^<]{3,80}?)\s*</(?P=tag)>",
    re.IGNORECASE,
)
# The shown text just before such an element gives it another role: "Editor : <a class=author>".
_ROLE_LABEL_BEFORE = re.compile(
    r"(?:editor|redaktur|penyunting|foto|fotografer)\s*:?\s*$", re.IGNORECASE
)
# A shown name: capitalised words (initials and particles allowed), no digits or sentence marks.
_SHOWN_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|de|al-\w+)){0,5}$")
CLASS_BYLINE_LOOKBACK_CHARS = 80


def class_byline(page: str) -> str | None:
    """Return the first writer's name a page shows in a byline element without a label."""
    for match in _CLASS_BYLINE.finditer(page):
        start = match.start()
        before = _TAG.sub(" ", page[max(0, start - CLASS_BYLINE_LOOKBACK_CHARS) : start])
        name = " ".join(html.unescape(match["text"]).split())
        if _ROLE_LABEL_BEFORE.search(before.rstrip()) or not _SHOWN_NAME.match(name):
            continue
        return name
    return None


# The source a page credits in its own element after the story: <div>Sumber: ANTARA</div>.
_SHOWN_SOURCE = re.compile(
    r">\s*(?P<line>(?:Sumber|Source)\s*:\s*[^<]{2,40}?)\s*</(?:div|p|span)>", re.IGNORECASE
)


def shown_source_credit(page: str) -> str | None:
    """Return a page's shown source credit line ("Sumber: ANTARA"), if any."""
    match = _SHOWN_SOURCE.search(page)
    return " ".join(html.unescape(match["line"]).split()) if match else None
