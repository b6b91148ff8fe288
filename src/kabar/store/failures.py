"""Store failures as one-line StoreErrors naming the database file and the cause.

A full disk, a damaged page, a dropped table, a stored row whose JSON no longer parses: each
surfaces deep inside a store method as a sqlite3 or decoding exception. ``guarded`` wraps every
public method of a store class (generators included, whose rows are decoded as they are
read) so that the caller sees ``StoreError("FILE: cause")`` instead, and the CLI can print it
on one line and exit 2.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from kabar.errors import StoreError

_Class = TypeVar("_Class", bound=type)

# What reading a damaged row raises: bad JSON (ValueError), a missing key, a wrong type.
_ROW_ERRORS = (ValueError, KeyError, TypeError, IndexError, AttributeError)


def failure(path: str, error: BaseException) -> StoreError:
    """Return the StoreError a failure inside a store method becomes."""
    if isinstance(error, StoreError):
        text = str(error)
        return error if text.startswith(f"{path}:") else StoreError(f"{path}: {text}")
    if isinstance(error, sqlite3.Error):
        return StoreError(f"{path}: {error}")
    return StoreError(f"{path}: a stored row cannot be read ({type(error).__name__}: {error})")


def guarded(cls: _Class) -> _Class:
    """Wrap the public methods of a store class so that failures become StoreErrors."""
    for name, method in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(method):
            continue
        wrap = _guard_generator if inspect.isgeneratorfunction(method) else _guard_call
        setattr(cls, name, wrap(method))
    return cls


def _guard_call(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (StoreError, sqlite3.Error, *_ROW_ERRORS) as error:
            raise failure(self.path, error) from error

    return call


def _guard_generator(method: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        try:
            yield from method(self, *args, **kwargs)
        except (StoreError, sqlite3.Error, *_ROW_ERRORS) as error:
            raise failure(self.path, error) from error

    return call
