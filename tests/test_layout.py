"""The house rules of the source tree: small modules, thin stages, word lists as data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"
MODULES = sorted(SRC.rglob("*.py"))
#: More string literals than this in one collection is a word list: it belongs in data/.
MAX_WORDS = 12


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_is_small(path: Path) -> None:
    assert _lines(path) <= 400, f"{path.relative_to(SRC)}: split it by idea"


@pytest.mark.parametrize("path", sorted((SRC / "stages").glob("*.py")), ids=lambda p: p.name)
def test_stage_is_a_thin_adapter(path: Path) -> None:
    assert _lines(path) <= 150, f"stages/{path.name}: move its rules into the subsystem"


def _schema_nodes(tree: ast.AST) -> set[int]:
    """Collections that are a schema (``__all__``, column and field lists), not vocabulary."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if any(n == "__all__" or n.endswith(("_COLUMNS", "_FIELDS")) for n in names):
                skip.update(id(n) for n in ast.walk(node))
    return skip


def _word_lists(tree: ast.AST) -> list[tuple[int, int]]:
    found = []
    skip = _schema_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            strings = [e for e in node.elts if isinstance(e, ast.Constant)
                       and isinstance(e.value, str)]
            if len(strings) > MAX_WORDS:
                found.append((node.lineno, len(strings)))
        elif isinstance(node, ast.Dict):
            keys = [k for k in node.keys if isinstance(k, ast.Constant)
                    and isinstance(k.value, str)]
            if len(keys) > MAX_WORDS:
                found.append((node.lineno, len(keys)))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "split" and isinstance(node.func.value, ast.Constant)
              and isinstance(node.func.value.value, str)):
            n = len(node.func.value.value.split())
            if n > MAX_WORDS:
                found.append((node.lineno, n))
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_word_list_in_code(path: Path) -> None:
    lists = _word_lists(ast.parse(path.read_text(encoding="utf-8")))
    assert not lists, (f"{path.relative_to(SRC)}: word lists at lines {lists} "
                       "belong in sitrep/data (see sitrep.reference)")


def test_no_data_file_repeats_an_entry() -> None:
    for path in sorted((SRC / "data").rglob("*.txt")):
        entries = [line.split("#", 1)[0].strip() for line in path.read_text().splitlines()]
        entries = [e for e in entries if e]
        repeated = sorted({e for e in entries if entries.count(e) > 1})
        assert not repeated, f"{path.relative_to(SRC)} repeats {repeated}"
