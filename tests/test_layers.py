"""Layers point one way: document/errors import nothing of ours; extractors, nlp and store
import only the pipeline's plain modules; only run.py and cli.py know everything."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {"pipeline", "extractors", "nlp", "store"}
PLAIN = {"pipeline.document", "pipeline.errors", "pipeline.registry", "pipeline.settings"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return {m for m in out if m.split(".")[0] in OURS}


def _modules(pkg: str) -> list[Path]:
    return sorted((ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("name", ["document", "errors", "registry"])
def test_core_imports_nothing_of_ours(name: str) -> None:
    assert _imports(ROOT / "pipeline" / f"{name}.py") == set()


@pytest.mark.parametrize("pkg", ["extractors", "nlp", "store"])
def test_lower_layers_import_only_plain_pipeline_modules(pkg: str) -> None:
    bad = []
    for path in _modules(pkg):
        for m in _imports(path):
            top = m.split(".")[0]
            if top == pkg:
                continue
            if top == "pipeline" and any(m == p or m.startswith(p + ".") for p in PLAIN):
                continue
            bad.append(f"{path.relative_to(ROOT)} imports {m}")
    assert bad == []
