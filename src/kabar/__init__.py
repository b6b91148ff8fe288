"""kabar: Indonesian online news into structured stories.

The public Python API: ``analyze`` a pile of articles into a store, ``open_store`` to read it
back, ``export`` the ``kabar.analysis/1`` document, ``load_settings`` for the stages' settings
(packaged defaults overlaid by a TOML file), and the model types.

Every name is loaded on first use, so ``import kabar`` (and the CLI's ``--help``) stays fast
and loads no stage.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kabar.api import analyze, export, open_store
    from kabar.config import Settings, load_settings
    from kabar.models import (
        Article,
        Entity,
        Mention,
        Quote,
        RawDocument,
        Reject,
        Statement,
        Story,
    )
    from kabar.pipeline import AnalysisResult, RunStats

# Public name -> the module that defines it.
_HOMES = {
    "AnalysisResult": "kabar.pipeline",
    "Article": "kabar.models",
    "Entity": "kabar.models",
    "Mention": "kabar.models",
    "Quote": "kabar.models",
    "RawDocument": "kabar.models",
    "Reject": "kabar.models",
    "RunStats": "kabar.pipeline",
    "Settings": "kabar.config",
    "Statement": "kabar.models",
    "Story": "kabar.models",
    "analyze": "kabar.api",
    "export": "kabar.api",
    "load_settings": "kabar.config",
    "open_store": "kabar.api",
}

__all__ = [
    "AnalysisResult",
    "Article",
    "Entity",
    "Mention",
    "Quote",
    "RawDocument",
    "Reject",
    "RunStats",
    "Settings",
    "Statement",
    "Story",
    "analyze",
    "export",
    "load_settings",
    "open_store",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'kabar' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
