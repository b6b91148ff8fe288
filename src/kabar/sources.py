"""The packaged tables of Indonesian outlets and wire agencies, and name look-ups over them.

The tables are read on first use and kept for the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from kabar import lexicon
from kabar.text import name_key

_LIST_SEPARATOR = "|"
_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_WWW = re.compile(r"^(?:www\d?|m|mobile|amp)\.")


@dataclass(frozen=True)
class Outlet:
    """One publisher: the name readers know, its web domains and how it spells its brand."""

    name: str
    domains: tuple[str, ...]
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class Wire:
    """One agency or foreign original under its canonical name, with the spellings credited."""

    name: str
    spellings: tuple[str, ...]


def _rows(filename: str) -> list[list[str]]:
    """Return the data rows of a packaged TSV file (comments and the header skipped)."""
    text = resources.files("kabar").joinpath("data", filename).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def _split(field: str) -> tuple[str, ...]:
    """Split a "|"-separated list field into its non-empty items."""
    return tuple(item.strip() for item in field.split(_LIST_SEPARATOR) if item.strip())


def _load_outlets() -> tuple[Outlet, ...]:
    """Read outlets.tsv."""
    outlets = []
    for row in _rows("outlets.tsv"):
        row += [""] * (3 - len(row))
        outlets.append(Outlet(row[0].strip(), _split(row[1]), _split(row[2])))
    return tuple(outlets)


def _load_wires() -> tuple[Wire, ...]:
    """Read wires.tsv."""
    wires = []
    for row in _rows("wires.tsv"):
        row += [""] * (2 - len(row))
        wires.append(Wire(row[0].strip(), _split(row[1])))
    return tuple(wires)


@cache
def outlets() -> tuple[Outlet, ...]:
    """Return the outlet table (read on first use)."""
    return _load_outlets()


@cache
def wires() -> tuple[Wire, ...]:
    """Return the wire table (read on first use)."""
    return _load_wires()


@cache
def _outlet_by_key() -> dict[str, str]:
    """Return the outlet display name of every spelling, name and domain, by comparison key."""
    by_key: dict[str, str] = {}
    for outlet in outlets():
        for spelling in (outlet.name, *outlet.spellings, *outlet.domains):
            by_key.setdefault(name_key(spelling), outlet.name)
    return by_key


@cache
def _wire_by_key() -> dict[str, str]:
    """Return the canonical wire name of every spelling, by comparison key."""
    by_key: dict[str, str] = {}
    for wire in wires():
        for spelling in (wire.name, *wire.spellings):
            by_key.setdefault(name_key(spelling), wire.name)
    return by_key


@cache
def _domains() -> list[tuple[str, str]]:
    """Return (domain, outlet) pairs, longest first: "siap.viva.co.id" before "viva.co.id"."""
    return sorted(
        ((domain.casefold(), outlet.name) for outlet in outlets() for domain in outlet.domains),
        key=lambda pair: -len(pair[0]),
    )


def outlet_name(spelling: str | None) -> str | None:
    """Return the display name of the outlet a brand spelling, name or domain denotes, if known."""
    if not spelling:
        return None
    key = name_key(spelling)
    by_key = _outlet_by_key()
    if key in by_key:
        return by_key[key]
    looks_like_domain = "." in spelling and " " not in spelling.strip()
    return outlet_from_url(spelling) if looks_like_domain else None


def outlet_with_suffix(spelling: str | None) -> str | None:
    """Return the known outlet a longer publisher name starts with ("ANTARA News Agency").

    The rest must be company or medium words only (``outlet_suffix_words.txt``), so that
    "Kompas Cyber Media" is Kompas while "Tempo Doeloe" names nothing.
    """
    words = (spelling or "").split()
    suffixes = lexicon.lowered("outlet_suffix_words.txt")
    for cut in range(len(words) - 1, 0, -1):
        rest_is_suffix = all(w.casefold().strip(".,") in suffixes for w in words[cut:])
        if rest_is_suffix and (known := outlet_name(" ".join(words[:cut]))):
            return known
    return None


def wire_name(spelling: str | None) -> str | None:
    """Return the canonical name of the wire or original source a spelling denotes, if known."""
    if not spelling:
        return None
    return _wire_by_key().get(name_key(spelling))


def outlet_from_url(url: str | None) -> str | None:
    """Return the outlet whose domain the URL (or bare host) belongs to, if it is in the table."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
        host = _WWW.sub("", (parts.hostname or "").casefold())
    except ValueError:  # not a URL at all ("0.[", a stray bracket): no outlet
        return None
    path = parts.path.casefold()
    for domain, name in _domains():
        dom_host, _, dom_path = domain.partition("/")
        if (host == dom_host or host.endswith("." + dom_host)) and (
            not dom_path or path.startswith("/" + dom_path)
        ):
            return name
    return None


def registered_domain(url: str | None) -> str | None:
    """Return a URL's site domain without "www." ("https://www.jpnn.com/news/x" -> "jpnn.com")."""
    if not url or "." not in url:
        return None
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname or ""
    except ValueError:
        return None
    host = _WWW.sub("", host.casefold())
    return host if "." in host and _HOST.match(host) else None


@cache
def brand_spellings() -> tuple[str, ...]:
    """Return every outlet brand spelling and display name, longest first."""
    names = {s for outlet in outlets() for s in (outlet.name, *outlet.spellings)}
    return tuple(sorted(names, key=lambda s: (-len(s), s)))


@cache
def wire_spellings() -> tuple[str, ...]:
    """Return every wire spelling and canonical name, longest first."""
    names = {s for wire in wires() for s in (wire.name, *wire.spellings)}
    return tuple(sorted(names, key=lambda s: (-len(s), s)))


@cache
def brand_alternation() -> str:
    """Return a regex alternation of every brand spelling, longest first (for datelines)."""
    return "|".join(re.escape(s) for s in brand_spellings())


@cache
def wire_alternation() -> str:
    """Return a regex alternation of every wire spelling, longest first.

    Short all-capital spellings ("AP", "AFP") match case-sensitively even inside an
    IGNORECASE pattern: "ap" and "afp" are words or syllables too.
    """
    return "|".join(
        rf"(?-i:{re.escape(s)})" if len(s) <= 4 and s.isupper() else re.escape(s)
        for s in wire_spellings()
    )
