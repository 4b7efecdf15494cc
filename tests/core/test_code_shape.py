"""The code keeps the house's shape (#11): no module over ~400 lines but
migrations and data, and no function over 50 lines unless its docstring says
why it is "longer than most". Imports inside functions are checked with the
layers, in test_layers.py."""

import ast
from pathlib import Path

import tillit

ROOT = Path(tillit.__file__).parent
MAX_FUNCTION_LINES = 50
MAX_MODULE_LINES = 400
# Modules that are data, not code.
DATA_MODULES = {"console/demo_data.py"}


def modules():
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def functions():
    """Every function and method under src/tillit, with its file."""
    for path in modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield path, node


def test_no_function_is_over_fifty_lines_without_a_reason():
    """Cut a longer one into named parts (decorators count as lines), or say
    in its docstring why it is longer than most."""
    long = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)"
        for path, node in functions()
        if (length := node.end_lineno - _first_line(node) + 1) > MAX_FUNCTION_LINES
        and "longer than most" not in (ast.get_docstring(node) or "")
    ]
    assert long == []


def test_no_module_is_over_four_hundred_lines():
    long = [
        f"{path.relative_to(ROOT)} ({length} lines)"
        for path in modules()
        if str(path.relative_to(ROOT)) not in DATA_MODULES
        and (length := len(path.read_text().splitlines())) > MAX_MODULE_LINES
    ]
    assert long == []


def _first_line(node) -> int:
    return min([d.lineno for d in node.decorator_list] + [node.lineno])
