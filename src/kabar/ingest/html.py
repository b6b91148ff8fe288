"""HTML pages: the main text and metadata through trafilatura, writers and dates from JSON-LD."""

from __future__ import annotations

import json
import re
from typing import Any

from kabar.errors import InputError
from kabar.ingest.decoding import decode
from kabar.ingest.fields import as_text, clean_field
from kabar.models import RawDocument
from kabar.text import normalize_text

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
    import trafilatura  # heavy import, only needed for HTML
    from trafilatura.settings import Document

    if isinstance(page, bytes):
        page = decode(page)
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False
    )
    # Without as_dict=True the extractor returns a Document, or None when it finds no article.
    if not isinstance(extracted, Document) or not (extracted.text or "").strip():
        raise InputError("HTML page has no extractable article text")
    lines = [line for line in normalize_text(extracted.text or "").split("\n")]
    title = clean_field(extracted.title)
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # trafilatura repeats the <h1> headline as the first line
    published_match = _META_PUBLISHED.search(page)
    url_match = _META_URL.search(page)
    linked = _json_ld_article(page)
    authors = tuple(a.strip() for a in re.split(r";|,| dan ", extracted.author or "") if a.strip())
    if linked.get("authors"):
        authors = tuple(dict.fromkeys(linked["authors"]))
    published = linked.get("published") or (
        published_match.group(1).strip() if published_match else extracted.date
    )
    return RawDocument(
        source=source,
        text="\n".join(lines).strip(),
        format="html",
        title=title,
        url=clean_field(extracted.url) or (url_match.group(1) if url_match else None),
        published=published,
        authors=authors,
        editors=tuple(dict.fromkeys(linked.get("editors") or ())),
        site_name=clean_field(extracted.sitename) or linked.get("publisher"),
        language=clean_field(extracted.language),
    )


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
