"""The ``kabar`` command: thin shells over the public API, one module per group of commands."""

from __future__ import annotations

from kabar.cli import articles, collecting, people  # noqa: F401  (registers the commands)
from kabar.cli.common import main

__all__ = ["main"]
