"""HTML pages: the main text and metadata through trafilatura, writers and dates from JSON-LD."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from kabar import lexicon
from kabar.clean.credits import byline_roles
from kabar.clean.headings import clean_title
from kabar.errors import InputError
from kabar.ingest.decoding import decode
from kabar.ingest.fields import as_text, clean_field
from kabar.ingest.html_page import (
    class_byline,
    loose_dateline,
    meta_credits,
    script_credits,
    shown_byline,
    shown_headline,
    shown_source_credit,
)
from kabar.models import RawDocument
from kabar.sources import outlet_name, wire_name
from kabar.text import name_key, normalize_text

_META_PUBLISHED = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|publishdate|dtm)[\"'][^>]*content=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)
_META_URL = re.compile(
    r"<(?:meta[^>]+property=[\"']og:url[\"']|link[^>]+rel=[\"']canonical[\"'])[^>]*"
    r"(?:content|href)=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)


def read_html(page: str | bytes, source: str) -> RawDocument:
    """Extract the main text and metadata of an HTML page through trafilatura."""
    from trafilatura.settings import Document  # heavy import, only needed for HTML

    if isinstance(page, bytes):
        page = decode(page)
    extracted = _extract(page)
    # Without as_dict=True the extractor returns a Document, or None when it finds no article.
    if not isinstance(extracted, Document) or not (extracted.text or "").strip():
        raise InputError("HTML page has no extractable article text")
    lines = _rejoin_datelines(normalize_text(extracted.text or "").split("\n"))
    title = clean_field(extracted.title)
    if title:
        title = shown_headline(page, clean_title(title)) or title
    if title and lines and lines[0].strip() in (title, clean_title(title)):
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    dateline = loose_dateline(page, lines)
    if dateline:
        at = next(i for i, line in enumerate(lines) if len(line.split()) >= 8)
        if not lines[at].lstrip().startswith(dateline.rstrip(" -–—")):
            lines[at] = f"{dateline} {lines[at].lstrip()}"
    source_credit = shown_source_credit(page)
    credited = source_credit.split(":", 1)[1].strip() if source_credit else ""
    if source_credit and wire_name(credited) and source_credit not in lines:
        lines.append(source_credit)  # set apart from the story: the cleaner reads it as a credit
    published_match = _META_PUBLISHED.search(page)
    url_match = _META_URL.search(page)
    linked = _json_ld_article(page)
    authors, editors = _writers(extracted.author, linked, page)
    guessed = _not_a_year_guess(extracted.date, page)
    published = linked.get("published") or (
        published_match.group(1).strip() if published_match else guessed
    )
    return RawDocument(
        source=source,
        text="\n".join(lines).strip(),
        format="html",
        title=title,
        url=clean_field(extracted.url) or (url_match.group(1) if url_match else None),
        published=published,
        authors=authors,
        editors=editors,
        site_name=clean_field(extracted.sitename) or linked.get("publisher"),
        language=clean_field(extracted.language),
    )


# A line the extractor broke after a dateline set in its own inline tag ("<strong>Jakarta, CNN
# Indonesia</strong> -- Otoritas ..."): the story line opens with the dateline's dash.
_DASH_OPENING = re.compile(r"^\s*(?:--|[\u2013\u2014])\s")
# A dateline has no more words than this and ends in no sentence mark.
DATELINE_MAX_WORDS = 8


def _rejoin_datelines(lines: list[str]) -> list[str]:
    """Return the lines with a story line that opens with a dash joined to the dateline above."""
    out: list[str] = []
    for line in lines:
        above = out[-1].strip() if out else ""
        if (
            _DASH_OPENING.match(line)
            and above
            and len(above.split()) <= DATELINE_MAX_WORDS
            and above[-1] not in ".!?:;\"'"
        ):
            out[-1] = f"{above} {line.strip()}"
        else:
            out.append(line)
    return out


def _not_a_year_guess(date: str | None, page: str) -> str | None:
    """Return the extractor's date unless it is a guess from a year alone: the first of January
    of a year the footer claims or the story names ("dibangun pada 2009"), when the page gives
    no day (the page names no first of January of that year)."""
    if not date or not date.endswith("-01-01"):
        return date
    year = date[:4]
    named = re.search(
        rf"\b(?:0?1\s+Jan(?:uari|uary)?\s+{year}|0?1[/.-]0?1[/.-]{year}|{year}-01-01"
        rf"|Jan(?:uari|uary)?\s+0?1,?\s+{year})\b",
        page,
        re.IGNORECASE,
    )
    return date if named else None


# A default extraction whose lines are this share of list items ("- Headline") read a block
# of links (a "Berita lainnya" list) for the article; the precision mode then finds the story
# (measured on real_pages: 5 pages at 0.2-0.37, every other article page under 0.18).
LINK_LIST_SHARE = 0.2
_RELATED_HEADINGS = "related_block_headings.txt"
# ... unless the precision mode keeps less than this many words (a photo gallery's captions).
PRECISE_MIN_WORDS = 50


@cache
def _related_blocks() -> str:
    """Return the XPath of blocks a related-articles heading opens ("Berita Lainnya" lists).

    Their teaser paragraphs are ``<p>`` elements the extractor takes for story text, while
    the heading that marks them as links goes; measured on real_pages, leaving them out raises
    the share of kept words that are story words from 0.895 to 0.918 with no story word lost.
    """
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    lower = f"translate(normalize-space(.),'{upper}','{upper.lower()}')"
    heads = " or ".join(f"{lower}='{h}'" for h in sorted(lexicon.lowered(_RELATED_HEADINGS)))
    return f"//*[self::section or self::div or self::aside or self::ul][*[1][{heads}]]"


def _extract(page: str) -> Any:
    """Return trafilatura's reading of a page, in precision mode when the default read links."""
    import trafilatura

    options: dict[str, Any] = {
        "with_metadata": True, "include_comments": False, "include_tables": False,
        "prune_xpath": [_related_blocks()],
    }
    extracted = trafilatura.bare_extraction(page, **options)
    lines = [line.strip() for line in (getattr(extracted, "text", None) or "").split("\n")]
    lines = [line for line in lines if line]
    listed = sum(1 for line in lines if line.startswith(("-", "•")))
    if not lines or listed / len(lines) < LINK_LIST_SHARE:
        return extracted
    precise = trafilatura.bare_extraction(page, favor_precision=True, **options)
    if len((getattr(precise, "text", None) or "").split()) < PRECISE_MIN_WORDS:
        return extracted
    return precise


def _writers(
    found: str | None, linked: dict[str, Any], page: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (authors, editors): JSON-LD, then the page's scripts, then trafilatura's author.

    A JSON-LD author whom the page credits as editor is no author (Media Indonesia puts the
    editor there); the writer is then the one the page's analytics object names.
    """
    scripted, script_editors = script_credits(page)
    meta_writers, meta_editors = meta_credits(page)
    byline = shown_byline(page)
    shown_writers, shown_editors = byline_roles(byline) if byline else ([], [])
    unlabelled = class_byline(page)
    class_writers = [unlabelled] if unlabelled else []
    editors = tuple(
        dict.fromkeys([*(linked.get("editors") or ()), *meta_editors, *script_editors,
                       *shown_editors])
    )
    edited = {name_key(e) for e in editors}
    # the first source naming writers wins: JSON-LD, meta tags, analytics object, shown byline
    for named in (linked.get("authors"), meta_writers, scripted, shown_writers, class_writers):
        kept = [a for a in dict.fromkeys(named or ()) if name_key(a) not in edited]
        kept = [a for a in kept if not outlet_name(a)]
        if kept:
            return tuple(kept), editors
    if linked.get("authors") or scripted is not None:
        return (), editors  # the writers named were editors or the outlet itself
    authors = [a.strip() for a in re.split(r";|,| dan ", found or "") if a.strip()]
    return tuple(dict.fromkeys(a for a in authors if name_key(a) not in edited)), editors


_JSON_LD = re.compile(
    r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle"}


def _json_ld_article(page: str) -> dict[str, Any]:
    """Read writers, editors, publication time and publisher from a JSON-LD NewsArticle.

    trafilatura keeps only one author string and drops editors, which Indonesian outlets
    often list only here.
    """
    for block in _JSON_LD.findall(page):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        candidates = data if isinstance(data, list) else data.get("@graph", [data])
        for item in candidates if isinstance(candidates, list) else []:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if not kinds & _ARTICLE_TYPES:
                continue
            names = _person_names(item.get("author"))
            editors = _person_names(item.get("editor"))
            published = item.get("datePublished")
            return {
                "authors": [n for n in names if n],
                "editors": [n for n in editors if n],
                "published": published.strip() if isinstance(published, str) else None,
                "publisher": as_text(item.get("publisher")),
            }
    return {}


def _person_names(value: Any) -> list[str]:
    """Return the names in a JSON-LD author/editor value (a string, object or list)."""
    if isinstance(value, list):
        return [name for entry in value for name in _person_names(entry)]
    name = as_text(value)
    if not name or (isinstance(value, dict) and value.get("@type") == "Organization"):
        return []
    return [normalize_text(name).strip()]
