"""Finding article links: in an RSS/Atom feed, a (news) sitemap or sitemap index, a section page.

Parsers are plain functions from bytes to ``Link`` values and raise ``DiscoveryError`` on
input they cannot read; ``discover`` fetches a source's listing (and a sitemap index's
children) through the ``get`` it is given and turns every problem into a ``Failure``.
"""

from __future__ import annotations

import calendar
import email.utils
import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lxml import etree, html

from kabar.collect.fetch import Failure, FetchResult, NotModified, Page
from kabar.collect.sources import Source
from kabar.collect.urls import canonical_url

MAX_CHILD_SITEMAPS = 10  # of a sitemap index, the most recently modified first
_MAX_LISTING_BYTES = 50_000_000  # a gzip-compressed sitemap may not unpack beyond this


class DiscoveryError(Exception):
    """A listing (feed, sitemap, section page) cannot be read; the message says why."""


@dataclass(frozen=True)
class Link:
    """An article link found in a listing, with what the listing says about it."""

    url: str  # canonical
    updated: str | None = None  # ISO 8601 UTC: when the listing says it last changed
    title: str | None = None


@dataclass(frozen=True)
class Discovery:
    """What looking at one source found: links, failures, and the listings read."""

    source: str
    links: tuple[Link, ...] = ()
    failures: tuple[Failure, ...] = ()
    listings: tuple[Page, ...] = ()  # fetched listings (their ETag / Last-Modified)
    unchanged: bool = False  # the listing answered 304: nothing new since the last look


Getter = Callable[[str], FetchResult]


def discover(source: Source, get: Getter) -> Discovery:
    """Fetch a source's listing and return the article links in it; never raises."""
    result = get(source.url)
    if isinstance(result, NotModified):
        return Discovery(source.name, unchanged=True)
    if isinstance(result, Failure):
        return Discovery(source.name, failures=(result,))
    try:
        if source.kind == "feed":
            links, problems = links_from_feed(result.body, result.final_url)
            failures = tuple(Failure(source.url, p) for p in problems)
            return Discovery(source.name, tuple(links), failures, (result,))
        if source.kind == "section":
            links = links_from_section(result.body, result.final_url, source.pattern or ".")
            return Discovery(source.name, tuple(links), (), (result,))
        return _discover_sitemap(source, result, get)
    except DiscoveryError as error:
        return Discovery(source.name, failures=(Failure(source.url, str(error)),))


def _discover_sitemap(source: Source, page: Page, get: Getter) -> Discovery:
    links, children = links_from_sitemap(page.body, page.final_url)
    failures: list[Failure] = []
    listings = [page]
    for child in children[:MAX_CHILD_SITEMAPS]:
        result = get(child)
        if isinstance(result, Failure):
            failures.append(result)
            continue
        if isinstance(result, NotModified):
            continue
        try:
            child_links, _ = links_from_sitemap(result.body, result.final_url)
        except DiscoveryError as error:
            failures.append(Failure(child, str(error)))
            continue
        links.extend(child_links)
        listings.append(result)
    return Discovery(source.name, tuple(_unique(links)), tuple(failures), tuple(listings))


def links_from_feed(data: bytes, base: str) -> tuple[list[Link], list[str]]:
    """Return an RSS/Atom feed's item links and the problems met (a broken feed is one).

    Items a lenient parser still reads from a feed that is not well-formed are returned
    beside the problem, so one stray ``&`` does not hide a whole feed.
    """
    try:
        import feedparser
    except ImportError:  # the maintained parser is preferred; plain XML parsing otherwise
        return _links_from_feed_xml(data, base), []
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    problems: list[str] = []
    if parsed.get("bozo"):
        error = parsed.get("bozo_exception")
        if not isinstance(error, feedparser.CharacterEncodingOverride):
            problems.append(f"feed is not well-formed XML: {error}")
    if not parsed.get("version") and not parsed.entries:
        raise DiscoveryError(problems[0] if problems else "not an RSS or Atom feed")
    links = []
    for entry in parsed.entries:
        url = _canonical_or_none(entry.get("link"), base)
        if url:
            stamp = entry.get("updated_parsed") or entry.get("published_parsed")
            links.append(Link(url, _from_struct(stamp), _text(entry.get("title"))))
    return list(_unique(links)), problems


def _links_from_feed_xml(data: bytes, base: str) -> list[Link]:
    root = _parse_xml(data, "feed")
    links = []
    for item in root.iter("{*}item", "{*}entry"):
        href = _child_text(item, "link")
        if not href:
            for node in item.iterfind("{*}link"):
                if node.get("rel", "alternate") == "alternate" and node.get("href"):
                    href = node.get("href")
                    break
        url = _canonical_or_none(href, base)
        if url:
            stamp = _child_text(item, "updated") or _child_text(item, "pubDate")
            links.append(Link(url, _iso(stamp), _child_text(item, "title")))
    return list(_unique(links))


def links_from_sitemap(data: bytes, base: str) -> tuple[list[Link], list[str]]:
    """Return a sitemap's article links, or a sitemap index's child sitemaps (newest first)."""
    root = _parse_xml(_gunzip(data), "sitemap")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = []
        for node in root.iterfind("{*}sitemap"):
            url = _canonical_or_none(_child_text(node, "loc"), base)
            if url:
                children.append((_iso(_child_text(node, "lastmod")) or "", url))
        children.sort(key=lambda pair: pair[0], reverse=True)
        return [], [url for _, url in children]
    if kind != "urlset":
        raise DiscoveryError(f"not a sitemap (root element <{kind}>)")
    links = []
    for node in root.iterfind("{*}url"):
        url = _canonical_or_none(_child_text(node, "loc"), base)
        if not url:
            continue
        news = node.find("{*}news")
        stamp = _child_text(node, "lastmod")
        title = None
        if news is not None:
            stamp = stamp or _child_text(news, "publication_date")
            title = _child_text(news, "title")
        links.append(Link(url, _iso(stamp), title))
    return list(_unique(links)), []


def links_from_section(data: bytes, base: str, pattern: str) -> list[Link]:
    """Return the links of a section page whose absolute URL matches the pattern."""
    if not data.strip():
        raise DiscoveryError("empty section page")
    try:
        document = html.fromstring(data, base_url=base)
    except (etree.ParserError, ValueError) as error:
        raise DiscoveryError(f"section page cannot be parsed: {error}") from error
    wanted = re.compile(pattern)
    links = []
    for anchor in document.iter("a"):
        url = _canonical_or_none(anchor.get("href"), base)
        if url and wanted.search(url):
            links.append(Link(url, None, _text(anchor.text_content())))
    return list(_unique(links))


def _parse_xml(data: bytes, what: str) -> Any:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise DiscoveryError(f"{what} is not well-formed XML: {error}") from error


def _gunzip(data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(_MAX_LISTING_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise DiscoveryError(f"broken gzip-compressed sitemap: {error}") from error
    if len(unpacked) > _MAX_LISTING_BYTES:
        raise DiscoveryError("gzip-compressed sitemap unpacks beyond the size limit")
    return unpacked


def _child_text(node: Any, name: str) -> str | None:
    child = node.find("{*}" + name)
    if child is None:
        child = node.find(name)
    text = child.text if child is not None else None
    return text.strip() if text and text.strip() else None


def _canonical_or_none(href: Any, base: str) -> str | None:
    if not isinstance(href, str) or not href.strip():
        return None
    try:
        return canonical_url(href, base)
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _from_struct(stamp: Any) -> str | None:
    if stamp is None:
        return None
    try:
        moment = datetime.fromtimestamp(calendar.timegm(stamp), UTC)
    except (TypeError, ValueError, OverflowError):
        return None
    return moment.isoformat(timespec="seconds")


def _iso(value: str | None) -> str | None:
    """Return a W3C or RFC 822 date as ISO 8601 UTC, or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _unique(links: Iterable[Link]) -> Iterable[Link]:
    seen: set[str] = set()
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            yield link
