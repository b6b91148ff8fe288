"""Canonical URLs: one spelling per article, so that it is fetched and stored once.

Host lower-cased, default port and fragment dropped, tracking parameters (``utm_*``,
``fbclid``, ``gclid`` and the like) stripped, the remaining query sorted. A page's own
``og:url`` or ``<link rel=canonical>`` is honoured when it names the same site: a copy
republished by another outlet that points back at the original stays that outlet's page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Parameters that only say where a reader came from, never which article it is.
_TRACKING = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "ref_src",
        "ref_url", "cmpid", "spm", "wt_mc", "ocid", "s_cid",
    }
)
_TRACKING_PREFIXES = ("utm_", "_bta_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# The declared canonical: og:url or <link rel="canonical">, in either attribute order.
_DECLARED = (
    re.compile(
        r"<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*\bcontent\s*=\s*[\"']([^\"']+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"<meta\b[^>]*\bcontent\s*=\s*[\"']([^\"']+)[\"'][^>]*\bproperty\s*=\s*[\"']og:url[\"']",
        re.IGNORECASE,
    ),
    re.compile(
        r"<link\b[^>]*\brel\s*=\s*[\"']canonical[\"'][^>]*\bhref\s*=\s*[\"']([^\"']+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"<link\b[^>]*\bhref\s*=\s*[\"']([^\"']+)[\"'][^>]*\brel\s*=\s*[\"']canonical[\"']",
        re.IGNORECASE,
    ),
)
_HEAD_BYTES = 200_000  # the declarations live in <head>; no need to scan a whole page
_WWW = re.compile(r"^(?:www\d?|m|mobile|amp)\.")


def is_tracking(name: str) -> bool:
    """Return whether a query parameter only tracks the reader."""
    lowered = name.lower()
    return lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """Return the canonical spelling of an http(s) URL (resolved against ``base`` if relative).

    Raises ValueError for anything that is not an http(s) URL with a host.
    """
    text = url.strip()
    if base:
        text = urljoin(base, text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    port = parts.port  # raises ValueError for a malformed port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]" if port in (None, _DEFAULT_PORTS[scheme]) else f"[{host}]:{port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode(sorted((k, v) for k, v in pairs if not is_tracking(k)))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def host_key(url: str) -> str:
    """Return the host (with a non-default port) that rate limits and robots.txt apply to."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    default = _DEFAULT_PORTS.get(parts.scheme.lower())
    return host if port in (None, default) else f"{host}:{port}"


def site_of(url: str) -> str:
    """Return the host without "www."/"m."/"amp." prefixes, to compare two URLs' sites."""
    return _WWW.sub("", host_key(url))


def declared_canonical(page: bytes | str, page_url: str) -> str | None:
    """Return the canonical URL a page declares (og:url or rel=canonical) for its own site.

    A declaration naming another site is ignored: a page republished by a second outlet
    stays that outlet's page. Returns None when nothing usable is declared.
    """
    head = page[:_HEAD_BYTES]
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    for pattern in _DECLARED:
        match = pattern.search(text)
        if not match:
            continue
        try:
            declared = canonical_url(_unescape(match.group(1)), page_url)
        except ValueError:
            continue
        # Some sites declare their home page as every page's canonical: not an article URL.
        is_home = urlsplit(declared).path in ("", "/") and urlsplit(page_url).path not in ("", "/")
        if site_of(declared) == site_of(page_url) and not is_home:
            return declared
    return None


def _unescape(value: str) -> str:
    return value.replace("&amp;", "&").replace("&#38;", "&").strip()
