"""The code keeps the house's shape (#11): no module over ~400 lines but
migrations and data, and no function over 50 lines unless its docstring says
why it is "longer than most". Imports inside functions are checked with the
layers, in test_layers.py. Rows locked several at a time are locked by key
(#12, docs/architecture.md "Lock order")."""

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


def test_rows_locked_several_at_a_time_are_locked_by_key():
    """A loop over, or a list of, a `select_for_update` orders it by key, so
    two transactions take the same rows in the same order. SKIP LOCKED never
    waits, so it may take them in any order."""
    unordered = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in modules()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path)))
        if (rows := _rows_evaluated(node)) is not None
        and "select_for_update" in (calls := _method_calls(rows))
        and "order_by" not in calls
        and not _skips_locked(rows)
    ]
    assert unordered == []


def _rows_evaluated(node):
    """The expression a `for` loop or a `list(...)` evaluates, if any."""
    if isinstance(node, ast.For):
        return node.iter
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "list":
        return node.args[0] if node.args else None
    return None


def _method_calls(expr) -> set[str]:
    return {
        n.func.attr
        for n in ast.walk(expr)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    }


def _skips_locked(expr) -> bool:
    return any(
        isinstance(n, ast.keyword) and n.arg == "skip_locked" for n in ast.walk(expr)
    )


def _first_line(node) -> int:
    return min([d.lineno for d in node.decorator_list] + [node.lineno])
