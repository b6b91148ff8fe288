"""kabar: Indonesian online news into structured stories.

The public Python API: ``analyze`` a pile of articles into a store, ``open_store`` to read it
back, ``export`` the ``kabar.analysis/1`` document, and the model types.
"""

from __future__ import annotations

from kabar.api import analyze, export, open_store
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
    "Statement",
    "Story",
    "analyze",
    "export",
    "open_store",
]
