"""The package's import graph: no cycles, and the faces (CLI, web) reach the stages only via the API."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "kabar"
# What the CLI and the web pages may import from kabar: the public API and the value types.
FACE_ALLOWED = ("kabar.api", "kabar.errors", "kabar.models", "kabar.web", "kabar.cli")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _graph() -> dict[str, set[str]]:
    """Map every kabar module to the kabar modules it imports (anywhere in its body)."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                imported.add(base)
                imported.update(f"{base}.{a.name}" for a in node.names)
        graph[name] = {m for m in imported if m in modules and m != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_among_kabar_modules() -> None:
    graph = _graph()
    # A package's __init__ re-exporting its own modules is not a cycle a reader has to follow.
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_faces_import_only_the_api() -> None:
    graph = _graph()
    faces = [m for m in graph if m.startswith(("kabar.cli", "kabar.web"))]
    assert faces, "no face modules found"
    leaks = {
        face: sorted(m for m in graph[face] if not m.startswith(FACE_ALLOWED))
        for face in faces
    }
    leaks = {face: found for face, found in leaks.items() if found}
    assert not leaks, f"faces importing stages directly: {leaks}"
