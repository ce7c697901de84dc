"""Import hygiene: what ``import qlens_q`` loads, and no import cycle among qlens_q's modules.

The graph is read from the source with :mod:`ast`: every ``import`` and ``from ... import``
of a ``qlens_q`` module, at top level, inside functions and under ``TYPE_CHECKING`` (a
type-only import is a dependency too), except the package root's ``TYPE_CHECKING``
re-exports (the root is a lazy facade: they never run, and the subprocess tests below
check that it imports nothing). ``from qlens_q.x import name`` is an edge to ``qlens_q.x``
(to ``qlens_q.x.name`` when that is a module).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import qlens_q

PACKAGE = Path(qlens_q.__file__).resolve().parent
HEAVY = ("torch", "qiskit", "qiskit_aer", "scipy", "transformers")
#: What each import may not load: the module, and the heavy packages it must leave alone.
LIGHT = {
    "qlens_q": ("torch", "qiskit", "qiskit_aer", "scipy", "transformers"),
    "qlens_q.trajectories": ("torch", "qiskit", "qiskit_aer", "scipy", "transformers"),
    "qlens_q.nn": ("torch", "qiskit", "qiskit_aer", "scipy", "transformers"),
    "qlens_q.errors": ("torch", "qiskit", "qiskit_aer", "scipy", "transformers"),
    "qlens_q.timing": ("numpy", "torch", "qiskit", "qiskit_aer", "scipy"),
    "qlens_q.vocab": ("numpy", "torch", "qiskit", "qiskit_aer", "scipy"),
}


def _loaded_after(statement: str) -> dict[str, list[str]]:
    """``sys.modules`` of a fresh interpreter after ``statement``: the heavy packages and qlens_q's modules."""
    code = (
        "import json, sys\n"
        f"{statement}\n"
        f"print(json.dumps({{'heavy': sorted(m for m in {(*HEAVY, 'numpy')!r} if m in sys.modules),"
        " 'qlens_q': sorted(m for m in sys.modules if m.split('.')[0] == 'qlens_q')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    result: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("module", sorted(LIGHT))
def test_importing_loads_no_heavy_package(module: str) -> None:
    loaded = _loaded_after(f"import {module}")
    assert not set(loaded["heavy"]) & set(LIGHT[module]), loaded["heavy"]


def test_the_root_imports_no_module_of_its_own() -> None:
    assert _loaded_after("import qlens_q")["qlens_q"] == ["qlens_q"]


def test_a_name_loads_what_it_needs_on_first_use() -> None:
    probe = _loaded_after("import qlens_q; qlens_q.Probe")
    assert "torch" in probe["heavy"] and "qlens_q.nn.probe" in probe["qlens_q"]
    check = _loaded_after("import qlens_q; qlens_q.check")
    assert "qiskit_aer" in check["heavy"] and "torch" not in check["heavy"]
    trajectories = _loaded_after("from qlens_q import Trajectories")
    assert set(trajectories["heavy"]) == {"numpy"}


def test_every_public_name_resolves_and_is_listed() -> None:
    assert set(qlens_q.__all__) <= set(dir(qlens_q))
    for name in qlens_q.__all__:
        value = getattr(qlens_q, name)
        assert name == "__version__" or getattr(value, "__name__", name) == name
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        qlens_q.nonesuch  # noqa: B018


# ------------------------------------------------------------------ the import graph


def _modules(package: Path) -> dict[str, Path]:
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return inside


def _imported(module: str, path: Path, modules: dict[str, Path]) -> Iterator[str]:
    """The package's modules that ``module`` imports anywhere in its source (see the module docstring)."""
    root = module.split(".")[0]

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree) if module == root else set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            targets = [known(alias.name) for alias in node.names if alias.name.split(".")[0] == root]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            if base.split(".")[0] != root:
                continue
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in modules else known(base) for a in node.names
            ]
        else:
            continue
        yield from (t for t in targets if t and t != module)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports."""
    modules = _modules(package)
    return {name: set(_imported(name, path, modules)) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e2"}, "e2": {"e"}}
    assert cycles(graph) == [["a", "b", "c"], ["e", "e2"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import A\n",
        "a.py": "import os\nfrom pkg import b\n",
        "b.py": "def f():\n    from pkg.sub.c import g\n",
        "sub/__init__.py": "from .c import g\n",
        "sub/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\nfrom .. import d\n",
        "d.py": "import pkg\nimport numpy\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    assert import_graph(package) == {
        "pkg": set(),  # the root's TYPE_CHECKING re-exports are not edges
        "pkg.a": {"pkg.b"},  # from a package, a submodule
        "pkg.b": {"pkg.sub.c"},  # inside a function
        "pkg.sub": {"pkg.sub.c"},  # relative
        "pkg.sub.c": {"pkg.a", "pkg.d"},  # TYPE_CHECKING, and two levels up
        "pkg.d": {"pkg"},
    }
    assert cycles(import_graph(package)) == [["pkg.a", "pkg.b", "pkg.sub.c"]]


def test_no_import_cycle() -> None:
    """Before issue 19: checks <-> rundir, nn.probe <-> nn.hf and pipeline <-> tasks."""
    assert cycles(import_graph()) == []
