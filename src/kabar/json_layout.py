"""JSON text in the layout of ``json.dumps(value, ensure_ascii=False, indent=2)``, faster.

With ``indent`` set, the standard library encodes in Python, one generator per container,
yielding every bracket, key and separator as its own piece: most of the CPU an export costs.
Here the plain JSON types (dict with string keys, list, tuple, str, int, float, bool, None)
are written by one recursive function into one list of pieces, strings escaped by the same C
function the standard library uses, numbers by the same ``repr``; anything else (a dict with
other keys, a subclass, an unknown type) is handed to ``json.dumps`` itself, so the text is
byte for byte the standard library's (``tests/test_json_layout.py``).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_STEP = "  "
_WORDS = {None: "null", True: "true", False: "false"}


def dumps_indented(value: Any, indent: str = "") -> str:
    """Return ``json.dumps(value, ensure_ascii=False, indent=2)``, every line after the first
    further indented by ``indent`` (as the value reads nested at that depth)."""
    pieces: list[str] = []
    _encode(value, indent, pieces)
    return "".join(pieces)


def _encode(value: Any, indent: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict and all(type(key) is str for key in value):
        if not value:
            out.append("{}")
            return
        inner = indent + _STEP
        separator = "{\n" + inner
        for key, item in value.items():
            out.append(separator)
            out.append(encode_basestring(key))
            out.append(": ")
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + _STEP
        separator = "[\n" + inner
        for item in value:
            out.append(separator)
            _encode(item, inner, out)
            separator = ",\n" + inner
        out.append("\n" + indent + "]")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and value == value and value not in (float("inf"), float("-inf")):
        out.append(float.__repr__(value))
    elif kind is bool or value is None:
        out.append(_WORDS[value])
    else:
        text = json.dumps(value, ensure_ascii=False, indent=2)
        out.append(text.replace("\n", "\n" + indent) if indent else text)
