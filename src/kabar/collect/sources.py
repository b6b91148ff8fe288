"""SOURCES.toml: the outlets to collect from and how politely to do it.

One ``[[sources]]`` table per source with ``name`` and exactly one of ``feed = URL``,
``sitemap = URL`` or ``section = URL`` (the latter with ``pattern = REGEX`` for article
links); optional ``outlet``, ``every`` and ``max_per_cycle``. One ``[collect]`` table for
the User-Agent contact and the per-host limits. Any unknown key, missing key or value of
the wrong type stops before anything is fetched, with a message naming the file and key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kabar.errors import ConfigError

KINDS = ("feed", "sitemap", "section")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


@dataclass(frozen=True)
class Source:
    """One place to look for new articles."""

    name: str
    kind: str  # "feed", "sitemap" or "section"
    url: str
    pattern: str | None = None  # article-link regex, for a section page
    outlet: str | None = None
    every: float | None = None  # seconds between runs; None: the [collect] default
    max_per_cycle: int | None = None


@dataclass(frozen=True)
class CollectSettings:
    """How to fetch: identity, politeness and limits (seconds and bytes)."""

    user_agent_contact: str | None = None
    rate: float = 1.0  # least seconds between two requests to one host
    concurrency: int = 2  # requests in flight to one host
    timeout: float = 20.0  # per request, headers and body together
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 3  # further attempts after a 429, a 5xx or a connection error
    backoff: float = 1.0  # first wait before a retry; doubled on each further one
    max_retry_wait: float = 120.0  # a longer Retry-After is a failure, not a wait
    every: float = 600.0  # default seconds between runs of a source
    workers: int = 8  # fetching threads over all hosts
    batch_size: int = 50  # pages handed to the analysis at once


@dataclass(frozen=True)
class SourcesConfig:
    """A whole SOURCES.toml."""

    sources: tuple[Source, ...]
    settings: CollectSettings
    path: str = ""


def parse_duration(value: Any) -> float:
    """Return seconds for "30s", "10m", "1h", "1d", "250ms" or a plain number of seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as '30s', '10m' or '1h'")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"expected a duration such as '30s', '10m' or '1h', got {value!r}")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative, got {value!r}")
    return seconds


def load_sources(path: str | Path) -> SourcesConfig:
    """Read and validate a SOURCES.toml; raise ConfigError naming the file and key."""
    origin = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{origin}: cannot read: {error.strerror or error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{origin}: not valid TOML: {error}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{origin}: not UTF-8 text") from error
    return parse_sources(data, origin)


def parse_sources(data: Mapping[str, Any], origin: str = "SOURCES.toml") -> SourcesConfig:
    """Validate an already parsed SOURCES.toml document."""
    _no_unknown(data, {"sources", "collect"}, origin, "")
    collect = data.get("collect", {})
    if not isinstance(collect, dict):
        raise ConfigError(f"{origin}: collect: expected a table")
    settings = _settings(collect, origin)
    tables = data.get("sources", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{origin}: sources: expected [[sources]] tables")
    if not tables:
        raise ConfigError(f"{origin}: sources: no [[sources]] table")
    sources = tuple(_source(table, origin, index) for index, table in enumerate(tables))
    names = [s.name for s in sources]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ConfigError(f"{origin}: sources.name: {repeated[0]!r} is used twice")
    return SourcesConfig(sources, settings, origin)


_SETTING_READERS: dict[str, Callable[[Any], Any]] = {}


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"expected a whole number of at least 1, got {value!r}")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"expected a whole number of at least 0, got {value!r}")
    return value


def _contact(value: Any) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https", "mailto"):
        raise ValueError(f"expected an http(s) or mailto URL, got {value!r}")
    return value


_SETTING_READERS.update(
    user_agent_contact=_contact,
    rate=parse_duration,
    concurrency=_positive_int,
    timeout=parse_duration,
    max_bytes=_positive_int,
    max_redirects=_count,
    retries=_count,
    backoff=parse_duration,
    max_retry_wait=parse_duration,
    every=parse_duration,
    workers=_positive_int,
    batch_size=_positive_int,
)


def _settings(table: Mapping[str, Any], origin: str) -> CollectSettings:
    _no_unknown(table, set(_SETTING_READERS), origin, "collect.")
    values: dict[str, Any] = {}
    for key, value in table.items():
        try:
            values[key] = _SETTING_READERS[key](value)
        except ValueError as error:
            raise ConfigError(f"{origin}: collect.{key}: {error}") from error
    if values.get("timeout") == 0:
        raise ConfigError(f"{origin}: collect.timeout: must be more than 0")
    return CollectSettings(**values)


def _source(table: Mapping[str, Any], origin: str, index: int) -> Source:
    where = f"sources[{index}]"
    allowed = {"name", "outlet", "every", "max_per_cycle", "pattern", *KINDS}
    _no_unknown(table, allowed, origin, f"{where}.")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{origin}: {where}.name: expected a non-empty string")
    where = f"sources[{name}]"
    kinds = [kind for kind in KINDS if kind in table]
    if len(kinds) != 1:
        raise ConfigError(f"{origin}: {where}: give exactly one of feed, sitemap or section")
    kind = kinds[0]
    url = _url(table[kind], origin, f"{where}.{kind}")
    pattern = table.get("pattern")
    if kind == "section":
        pattern = _pattern(pattern, origin, f"{where}.pattern")
    elif pattern is not None:
        raise ConfigError(f"{origin}: {where}.pattern: only a section source takes a pattern")
    outlet = table.get("outlet")
    if outlet is not None and (not isinstance(outlet, str) or not outlet.strip()):
        raise ConfigError(f"{origin}: {where}.outlet: expected a non-empty string")
    every = _optional(table, "every", parse_duration, origin, where)
    cap = _optional(table, "max_per_cycle", _positive_int, origin, where)
    return Source(name.strip(), kind, url, pattern, outlet, every, cap)


def _optional(
    table: Mapping[str, Any], key: str, read: Callable[[Any], Any], origin: str, where: str
) -> Any:
    if key not in table:
        return None
    try:
        return read(table[key])
    except ValueError as error:
        raise ConfigError(f"{origin}: {where}.{key}: {error}") from error


def _url(value: Any, origin: str, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{origin}: {key}: expected a URL string, got {value!r}")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{origin}: {key}: expected an http(s) URL, got {value!r}")
    return value.strip()


def _pattern(value: Any, origin: str, key: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{origin}: {key}: a section source needs a link pattern (a regex)")
    try:
        re.compile(value)
    except re.error as error:
        raise ConfigError(f"{origin}: {key}: not a valid regular expression: {error}") from error
    return value


def _no_unknown(table: Mapping[str, Any], allowed: set[str], origin: str, prefix: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(
            f"{origin}: {prefix}{unknown[0]}: unknown key (expected one of "
            f"{', '.join(sorted(allowed))})"
        )
