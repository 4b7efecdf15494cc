"""The console's and the public pages' code keeps the house's shape (#11):
no function over 50 lines, and no import inside a function unless a comment
on its line says why."""

import ast
from pathlib import Path

import tillit

ROOTS = [Path(tillit.__file__).parent / app for app in ("console", "public")]
MAX_LINES = 50


def functions():
    """Every function and method in console/ and public/, with its file."""
    for root in ROOTS:
        for path in sorted(root.rglob("*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    yield path, node


def test_no_function_is_over_fifty_lines():
    """Cut a longer one into named parts (decorators count as lines)."""
    long = [
        f"{path.name}:{node.lineno} {node.name} ({length} lines)"
        for path, node in functions()
        if (length := node.end_lineno - _first_line(node) + 1) > MAX_LINES
    ]
    assert long == []


def test_imports_inside_functions_say_why():
    unexplained = []
    for path, node in functions():
        lines = path.read_text().splitlines()
        for inner in ast.walk(node):
            is_import = isinstance(inner, ast.Import | ast.ImportFrom)
            if is_import and "#" not in lines[inner.lineno - 1]:
                unexplained.append(f"{path.name}:{inner.lineno} in {node.name}")
    assert unexplained == []


def _first_line(node) -> int:
    return min([d.lineno for d in node.decorator_list] + [node.lineno])
