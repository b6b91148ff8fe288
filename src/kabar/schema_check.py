"""A JSON Schema compiled once into plain Python, for documents checked by the thousand.

``jsonschema`` walks a schema anew for every instance: checking one exported article against
the contract cost about 2 ms, a seventh of a whole run. ``compile_schema`` writes the schema
out once as Python functions (one per subschema, the simple ones inlined), so a check is a
few ``isinstance`` calls per value. It answers only "valid or not": callers ask
``jsonschema`` to name the fault of a value it refuses, so every error message stays the
validator's own.

Only the keywords the contract and the input schema use are compiled (``type``,
``properties``, ``required``, ``items``, ``$ref`` to ``#/$defs/``, ``anyOf``, ``enum`` and
``const`` of strings or null, ``minLength``, ``minItems``, ``minimum``, ``pattern``; titles and
descriptions are ignored). A schema using any other keyword compiles to None: the caller then
keeps using ``jsonschema`` for everything, so a schema that grows is never checked less.
Types follow Draft 2020-12 as ``jsonschema`` reads it: a boolean is neither an integer nor a
number, ``1.0`` is an integer, arrays are lists and objects are dicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

# Keywords that say nothing about validity.
_ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "$comment"})
_KNOWN = _ANNOTATIONS | {
    "type",
    "properties",
    "required",
    "items",
    "$ref",
    "anyOf",
    "enum",
    "const",
    "minLength",
    "minItems",
    "minimum",
    "pattern",
}
# What each JSON type is in Python, as an expression over the value ``{v}``.
_TYPES = {
    "string": "isinstance({v}, str)",
    "null": "{v} is None",
    "boolean": "isinstance({v}, bool)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
    "integer": "((isinstance({v}, int) and not isinstance({v}, bool))"
    " or (isinstance({v}, float) and {v}.is_integer()))",
}
# Keywords a value is checked by inline (no function of its own).
_INLINE = frozenset({"type", "enum", "const", "$ref"}) | _ANNOTATIONS


class _Unsupported(Exception):
    """The schema uses a keyword (or a form of one) this compiler does not write out."""


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """Return a predicate true exactly when ``jsonschema`` finds a value valid, or None when
    the schema uses a keyword not compiled here."""
    writer = _Writer(schema.get("$defs", {}))
    try:
        root = writer.function(dict(schema))
    except _Unsupported:
        return None
    namespace = dict(writer.constants)
    # The code is written above from the schema alone (names quoted with repr, values kept
    # as constants in the namespace), never from the values it checks.
    exec("\n".join(writer.lines), namespace)
    check: Check = namespace[root]
    return check


class _Writer:
    """Writes one Python function per subschema that needs statements."""

    def __init__(self, definitions: Mapping[str, Any]) -> None:
        self.definitions = definitions
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.references: dict[str, str] = {}
        self.written = 0

    def name(self, prefix: str) -> str:
        self.written += 1
        return f"_{prefix}{self.written}"

    def constant(self, value: Any) -> str:
        name = f"_k{len(self.constants)}"
        self.constants[name] = value
        return name

    def reference(self, ref: str) -> str:
        prefix = "#/$defs/"
        target = ref[len(prefix) :]
        if not ref.startswith(prefix) or target not in self.definitions:
            raise _Unsupported(ref)
        if target not in self.references:
            # Named before it is written, so that a definition referring to itself compiles.
            self.references[target] = f"_ref_{len(self.references)}"
            body = self.function(self.definitions[target])
            self.lines.append(f"{self.references[target]} = {body}")
        return self.references[target]

    def expression(self, part: Any, v: str) -> str:
        """Return a Python expression true when the value named ``v`` is valid."""
        if part is True or part == {}:
            return "True"
        if not isinstance(part, dict) or not set(part) <= _KNOWN:
            raise _Unsupported(part)
        if not set(part) <= _INLINE:
            return f"{self.function(part)}({v})"
        tests: list[str] = []
        if "type" in part:
            tests.append(_type(part["type"], v))
        if "enum" in part or "const" in part:
            allowed = part["enum"] if "enum" in part else [part["const"]]
            if not all(a is None or isinstance(a, str) for a in allowed):
                raise _Unsupported(allowed)
            # Strings and null only: equal as Python values exactly when equal as JSON values.
            options = self.constant(frozenset(a for a in allowed if a is not None))
            null = f"{v} is None or " if None in allowed else ""
            tests.append(f"({null}(isinstance({v}, str) and {v} in {options}))")
        if "$ref" in part:
            tests.append(f"{self.reference(part['$ref'])}({v})")
        return " and ".join(tests) or "True"

    def function(self, part: Any) -> str:
        """Write a function checking ``part``; return its name."""
        # Size: one short block per keyword, read best side by side.
        if not isinstance(part, dict) or not set(part) <= _KNOWN:
            raise _Unsupported(part)
        inline = {key: value for key, value in part.items() if key in _INLINE}
        body = [f"    if not ({self.expression(inline, 'v')}): return False"]
        if "anyOf" in part:
            branches = " or ".join(f"({self.expression(b, 'v')})" for b in part["anyOf"])
            body.append(f"    if not ({branches or 'False'}): return False")
        if "minLength" in part:
            body.append(f"    if isinstance(v, str) and len(v) < {int(part['minLength'])}:")
            body.append("        return False")
        if "pattern" in part:
            search = self.constant(re.compile(part["pattern"]).search)
            body.append(f"    if isinstance(v, str) and {search}(v) is None: return False")
        if "minimum" in part:
            least = self.constant(part["minimum"])
            body.append(f"    if {_TYPES['number'].format(v='v')} and v < {least}: return False")
        if "minItems" in part:
            body.append(f"    if isinstance(v, list) and len(v) < {int(part['minItems'])}:")
            body.append("        return False")
        if "items" in part:
            item = self.expression(part["items"], "x")
            body.append("    if isinstance(v, list):")
            body.append("        for x in v:")
            body.append(f"            if not ({item}): return False")
        if "required" in part or "properties" in part:
            body.append("    if isinstance(v, dict):")
            for key in part.get("required", ()):
                body.append(f"        if {str(key)!r} not in v: return False")
            for key, schema in part.get("properties", {}).items():
                test = self.expression(schema, "x")
                body.append(f"        x = v.get({str(key)!r}, _absent)")
                body.append(f"        if x is not _absent and not ({test}): return False")
        name = self.name("check")
        self.constants.setdefault("_absent", _ABSENT)
        self.lines.extend([f"def {name}(v):", *body, "    return True"])
        return name


_ABSENT = object()


def _type(kind: Any, v: str) -> str:
    names = [kind] if isinstance(kind, str) else list(kind)
    if not names or not all(isinstance(n, str) and n in _TYPES for n in names):
        raise _Unsupported(kind)
    return "(" + " or ".join(_TYPES[n].format(v=v) for n in names) + ")"
