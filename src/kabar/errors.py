"""One hierarchy of errors, turned into readable one-line messages by the CLI."""

from __future__ import annotations


class KabarError(Exception):
    """Base of every error kabar raises on purpose."""


class InputError(KabarError):
    """An input file or record cannot be read; the message is the one-line reason."""


class ConfigError(KabarError):
    """A setting or command-line option is invalid."""


class StoreError(KabarError):
    """The store cannot be opened, migrated or written."""


class OutputError(KabarError):
    """An output file (an export) cannot be written."""
