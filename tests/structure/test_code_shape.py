"""The code stays readable: no module over ~400 lines, no function over ~60, unless it says why.

A module or function allowed to be longer carries a comment line ``# Size: <reason>`` in its
first lines (a module: before its first definition; a function: right after its signature or
docstring), so the exception is written down where a reader meets it.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "kabar"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
REASON = "# Size:"


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _has_reason(lines: list[str], start: int, end: int) -> bool:
    return any(line.strip().startswith(REASON) for line in lines[start:end])


def test_no_module_is_too_long_without_a_reason() -> None:
    long = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        tree = ast.parse("\n".join(lines))
        first_def = min(
            (node.lineno for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)),
            default=len(lines),
        )
        if len(lines) > MAX_MODULE_LINES and not _has_reason(lines, 0, first_def):
            long.append(f"{path.relative_to(SRC)}: {len(lines)} lines")
    assert not long, "modules over 400 lines with no '# Size:' reason:\n" + "\n".join(long)


def test_no_function_is_too_long_without_a_reason() -> None:
    long = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            body_start = node.body[0].lineno - 1
            if length > MAX_FUNCTION_LINES and not _has_reason(lines, node.lineno, body_start + 3):
                long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}: {length} lines")
    assert not long, "functions over 60 lines with no '# Size:' reason:\n" + "\n".join(long)
