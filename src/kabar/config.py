"""Settings: one frozen section per stage, the packaged defaults overlaid key by key by a user file.

The packaged ``kabar/data/defaults.toml`` holds every key with the reason for its value; a user
TOML file names only the keys it changes. ``load_settings`` checks every section, key, type and
range at the boundary and raises ``ConfigError`` naming the file and the key.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, get_type_hints

from kabar.errors import ConfigError

__all__ = [
    "DEFAULT_SETTINGS",
    "ENGINES",
    "DedupSettings",
    "IngestSettings",
    "PipelineSettings",
    "Settings",
    "StatementSettings",
    "StorySettings",
    "SummarySettings",
    "load_settings",
    "overlay",
]

ENGINES = ("local", "dask")
# Values per MinHash signature (kabar.stories.fingerprints.NUM_PERM; a test checks that they
# agree): the LSH bands cannot use more rows than there are values.
SIGNATURE_VALUES = 128
# Position multipliers kabar.stories.fingerprints has for combining word hashes into one
# shingle hash.
MAX_SHINGLE_WORDS = 5
DEFAULTS_FILE = "defaults.toml"


def _limits(
    low: float | None = None, high: float | None = None, choices: tuple[str, ...] = ()
) -> Any:
    """Return a dataclass field whose metadata holds the allowed range or choices."""
    return field(metadata={"low": low, "high": high, "choices": choices})


@dataclass(frozen=True)
class IngestSettings:
    """Reading inputs."""

    max_bytes: int = _limits(1)


@dataclass(frozen=True)
class DedupSettings:
    """Near-duplicate detection (kabar.stories.fingerprints, kabar.stories.duplicates)."""

    shingle_words: int = _limits(1, MAX_SHINGLE_WORDS)
    min_containment: float = _limits(0.0, 1.0)
    min_size_ratio: float = _limits(0.0, 1.0)
    min_shingles: int = _limits(0)
    bands: int = _limits(1, SIGNATURE_VALUES)
    rows: int = _limits(1, SIGNATURE_VALUES)


@dataclass(frozen=True)
class StorySettings:
    """Story clustering (kabar.stories.terms, kabar.stories.clustering)."""

    threshold: float = _limits(-1.0, 1.0)
    no_shared_entity_penalty: float = _limits(0.0)
    time_grace_days: float = _limits(0.001)
    time_penalty: float = _limits(0.0)
    title_weight: float = _limits(0.0)
    entity_weight: float = _limits(0.0)
    quote_weight: float = _limits(0.0)


@dataclass(frozen=True)
class StatementSettings:
    """Grouping quotes of one statement across articles (kabar.stories.statements)."""

    min_containment: float = _limits(0.0, 1.0)
    min_shared_words: int = _limits(1)
    min_jaccard: float = _limits(0.0, 1.0)


@dataclass(frozen=True)
class SummarySettings:
    """Multi-document story summaries (kabar.stories.summaries)."""

    sentences: int = _limits(1)
    min_content_words: int = _limits(1)
    max_overlap: float = _limits(0.0, 1.0)
    position_decay: float = _limits(0.0)


@dataclass(frozen=True)
class PipelineSettings:
    """Running the stages (kabar.pipeline)."""

    batch_size: int = _limits(1)
    engine: str = _limits(choices=ENGINES)


@dataclass(frozen=True)
class Settings:
    """Every stage's settings, one section per TOML table."""

    ingest: IngestSettings
    dedup: DedupSettings
    stories: StorySettings
    statements: StatementSettings
    summaries: SummarySettings
    pipeline: PipelineSettings


_SECTIONS: dict[str, type] = get_type_hints(Settings)


def load_settings(path: str | Path | None = None) -> Settings:
    """Return the packaged defaults overlaid key by key with the TOML file at ``path``."""
    defaults_path = resources.files("kabar") / "data" / DEFAULTS_FILE
    defaults = _parse(defaults_path.read_text(encoding="utf-8"), DEFAULTS_FILE)
    settings = _build(defaults, DEFAULTS_FILE)
    if path is None:
        return settings
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{source}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{source}: not UTF-8 text: {error.reason}") from error
    return overlay(settings, _parse(text, source), source=source)


def overlay(settings: Settings, values: Mapping[str, Any], *, source: str = "settings") -> Settings:
    """Return settings with the sections and keys in ``values`` replaced, each one checked."""
    sections = {}
    for name, table in values.items():
        checked = _section_values(name, table, source)
        sections[name] = replace(getattr(settings, name), **checked)
    result = replace(settings, **sections)
    _check_together(result, source)
    return result


def _parse(text: str, source: str) -> dict[str, Any]:
    """Return the tables of a TOML text; a syntax error names the file."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML: {error}") from error


def _build(values: Mapping[str, Any], source: str) -> Settings:
    """Build complete settings from tables that must hold every section and key."""
    checked = {name: _section_values(name, table, source) for name, table in values.items()}
    sections = {}
    for name, kind in _SECTIONS.items():
        table = checked.get(name, {})
        missing = [f.name for f in fields(kind) if f.name not in table]
        if missing:
            raise ConfigError(f"{source}: {name}.{missing[0]}: missing")
        sections[name] = kind(**table)
    settings = Settings(**sections)
    _check_together(settings, source)
    return settings


def _section_values(name: str, table: Any, source: str) -> dict[str, Any]:
    """Return the checked values of one section's table."""
    kind = _SECTIONS.get(name)
    if kind is None and not isinstance(table, Mapping):
        raise ConfigError(f"{source}: {name}: a key outside any [section]")
    if kind is None:
        known = ", ".join(_SECTIONS)
        raise ConfigError(f"{source}: unknown section [{name}]; the sections are {known}")
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: {name}: expected a [{name}] table, got {table!r}")
    return {key: _checked(kind, name, key, value, source) for key, value in table.items()}


def _checked(kind: type, section: str, key: str, value: Any, source: str) -> Any:
    """Return a section value converted to its field's type, or raise ConfigError."""
    where = f"{source}: {section}.{key}"
    known = {f.name: f for f in fields(kind)}
    if key not in known:
        raise ConfigError(f"{where}: unknown key; [{section}] has {', '.join(known)}")
    wanted = get_type_hints(kind)[key]
    limits = known[key].metadata
    if wanted is float and isinstance(value, int | float) and not isinstance(value, bool):
        value = float(value)
        if math.isnan(value):
            raise ConfigError(f"{where}: expected a number, got nan")
    elif not isinstance(value, wanted) or isinstance(value, bool):
        expected = {int: "an integer", float: "a number", str: "a string"}[wanted]
        raise ConfigError(f"{where}: expected {expected}, got {value!r}")
    if limits["choices"] and value not in limits["choices"]:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(limits['choices'])}")
    if limits["low"] is not None and value < limits["low"]:
        raise ConfigError(f"{where}: {value!r} is below the minimum {limits['low']}")
    if limits["high"] is not None and value > limits["high"]:
        raise ConfigError(f"{where}: {value!r} is above the maximum {limits['high']}")
    return value


def _check_together(settings: Settings, source: str) -> None:
    """Check the rules that tie several keys together."""
    dedup = settings.dedup
    if dedup.bands * dedup.rows > SIGNATURE_VALUES:
        raise ConfigError(
            f"{source}: dedup.bands: bands * rows = {dedup.bands * dedup.rows} is over the "
            f"{SIGNATURE_VALUES} values of a signature"
        )


# The packaged defaults, the default of every stage's ``settings`` option.
DEFAULT_SETTINGS = load_settings()
