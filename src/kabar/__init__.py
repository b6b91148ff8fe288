"""kabar: Indonesian online news into structured stories.

The public Python API: ``analyze`` a pile of articles into a store, ``open_store`` to read it
back, ``export`` the ``kabar.analysis/1`` document, ``load_settings`` for the stages' settings
(packaged defaults overlaid by a TOML file), and the model types.
"""

from __future__ import annotations

from kabar.api import analyze, export, open_store
from kabar.config import Settings, load_settings
from kabar.models import Article, Entity, Mention, Quote, RawDocument, Reject, Statement, Story
from kabar.pipeline import AnalysisResult, RunStats

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
