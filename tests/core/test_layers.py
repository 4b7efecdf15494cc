"""The apps' layers (docs/architecture.md) hold, and the check would catch a
break: `lint-imports` runs on the source as it is and on a copy with one
forbidden import added."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "tillit"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), str(project / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=project,
        env={"PYTHONPATH": str(project / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_layers_contract_is_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    "module, line, broken",
    [
        (
            "cases/services/claims.py",
            "from tillit.appeals.models import Appeal  # noqa: F401",
            "tillit.cases is not allowed to import tillit.appeals",
        ),
        (
            "intake/services.py",
            "def _late():\n    from tillit.cases.services.filing import submit_report",
            "tillit.intake is not allowed to import tillit.cases",
        ),
    ],
)
def test_an_import_from_a_higher_layer_breaks_the_contract(
    tmp_path, module, line, broken
):
    """Adding cases → appeals (or intake → cases, even inside a function)
    makes the check fail and name the pair."""
    shutil.copytree(SRC, tmp_path / "src" / "tillit")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "src" / "tillit" / module
    target.write_text(target.read_text() + "\n\n" + line + "\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert broken in result.stdout


def _imports_inside_functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import | ast.ImportFrom):
                    yield sub


def _has_reason(lines: list[str], lineno: int) -> bool:
    """A comment on the import's line, or above its block of imports."""
    if "#" in lines[lineno - 1]:
        return True
    index = lineno - 2
    while index >= 0:
        text = lines[index].strip()
        if text.startswith("#"):
            return True
        if not text or text.startswith(("from ", "import ", ")")) or text.endswith(","):
            index -= 1
            continue
        return False
    return False


def test_no_import_inside_a_function_without_a_reason():
    """Imports inside functions hid a cycle of services (#11): each that is
    left says why on its line or above its block."""
    unexplained = []
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        text = path.read_text()
        lines = text.splitlines()
        for node in _imports_inside_functions(ast.parse(text)):
            if not _has_reason(lines, node.lineno):
                where = path.relative_to(SRC)
                unexplained.append(f"{where}:{node.lineno}: {lines[node.lineno - 1]}")
    assert unexplained == []
