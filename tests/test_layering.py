"""DESIGN.md's import rules.

Most of them are import-linter contracts in ``pyproject.toml`` (``[tool.importlinter]``),
run here by ``test_the_import_contracts_hold`` (``lint-imports`` in a subprocess):

* layers ``cli/bench → gui → io → engines → core`` (core imports nothing above it; engines
  and io never import gui; engines never import io; nothing imports the command line);
* core imports no Qt, torch or numba; engines and io import no Qt;
* ``annstudio.gui.views`` never imports ``annstudio.engines`` (views draw snapshots);
* only the torch modules (engines/torch_*, io/export_torch) import torch; only
  engines/fast_kernels.py imports numba.
* each package's own order (``cli-order``, ``core-order``, ``engines-order``,
  ``host-order``, ``gui-order``, ``io-order``): an import up that order fails, so a new
  cycle inside a package fails here as well as in tests/test_import_cycles.py.

import-linter sees every import statement but cannot tell a lazy import (inside a function)
from one at module level, and does not see ``importlib.import_module("x")``. The checker
below, on the import graph parsed with ``ast``, keeps those rules:

* no module imports torch at module level (importing torch costs seconds: the window must
  open without it), and ``engines/fast_kernels.py`` (numba) is imported only lazily;
* a dynamic import (``importlib.import_module`` / ``__import__`` with a constant name) obeys
  the same rules as a written one: torch only from the torch modules, numba only from
  fast_kernels, no Qt or upper layer from core, no Qt or gui from engines and io.
"""
import ast
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "annstudio"
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2")
MAY_IMPORT_TORCH = ("annstudio/engines/torch", "annstudio/io/export")
NUMBA_MODULE = "annstudio/engines/fast_kernels.py"


def module_name(path):
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports(source, modname, is_package=False):
    """[(imported module, line, at_module_level, dynamic)] for one module's source.

    Module level means executed on import: anything not inside a function body (class
    bodies and module-level if/try count), except ``if TYPE_CHECKING:`` blocks. Relative
    imports are resolved; ``from annstudio import gui`` counts as importing annstudio.gui;
    ``importlib.import_module("x")`` / ``__import__("x")`` with a constant name count too.
    """
    tree = ast.parse(source)
    package = modname if is_package else modname.rpartition(".")[0]
    found = []

    def visit(node, top):
        for child in ast.iter_child_nodes(node):
            child_top = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                       ast.Lambda))
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                child_top = False
            if isinstance(child, ast.Import):
                found.extend((a.name, child.lineno, top, False) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[:len(base) - (child.level - 1)]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module
                found.append((mod, child.lineno, top, False))
                found.extend((f"{mod}.{a.name}", child.lineno, top, False)
                             for a in child.names)
            elif isinstance(child, ast.Call):
                f = ast.unparse(child.func)
                if (f.endswith("import_module") or f == "__import__") and child.args \
                        and isinstance(child.args[0], ast.Constant) \
                        and isinstance(child.args[0].value, str):
                    found.append((child.args[0].value, child.lineno, top, True))
            visit(child, child_top)

    visit(tree, True)
    return found


def is_under(name, prefix):
    return name == prefix or name.startswith(prefix + ".")


def violations(rel, modname, found):
    out = []
    for name, line, top, dynamic in found:
        where = f"{rel}:{line} imports {name}"
        if is_under(name, "torch") and top:
            out.append(f"{where} at module level (torch must be imported lazily)")
        if is_under(name, "annstudio.engines.fast_kernels") and top:
            out.append(f"{where} at module level (the numba kernels are imported lazily)")
        if dynamic:        # import-linter does not see these: apply its rules here
            out += [f"{where} dynamically {why}" for why in layer_rules(rel, modname, name)]
    return out


def layer_rules(rel, modname, name):
    """The contracts of pyproject.toml for one import, for imports import-linter misses."""
    if is_under(modname, "annstudio.core"):
        for bad in ("annstudio.engines", "annstudio.io", "annstudio.gui", "annstudio.cli",
                    "torch", "numba") + QT:
            if is_under(name, bad):
                yield "(core must stay pure NumPy)"
    if is_under(modname, "annstudio.engines") or is_under(modname, "annstudio.io"):
        for bad in ("annstudio.gui",) + QT:
            if is_under(name, bad):
                yield "(engines and io never import the GUI)"
    if is_under(modname, "annstudio.gui.views") and is_under(name, "annstudio.engines"):
        yield "(the views never reach into the engines)"
    if is_under(name, "torch") and not rel.startswith(MAY_IMPORT_TORCH):
        yield "(only engines/torch* and io/export* may import torch)"
    if is_under(name, "numba") and rel != NUMBA_MODULE:
        yield "(only engines/fast_kernels.py may import numba)"


def all_violations():
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        modname = module_name(path)
        found = imports(path.read_text(encoding="utf-8"), modname, path.name == "__init__.py")
        out += violations(rel, modname, found)
    return out


def test_the_package_follows_the_import_rules():
    assert len(list(PACKAGE.rglob("*.py"))) > 10
    problems = all_violations()
    assert not problems, "import rules broken:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("rel,source,expected", [
    ("annstudio/engines/torch_engine.py", "import torch", "at module level"),
    ("annstudio/engines/torch_engine.py", "try:\n    import torch\nexcept ImportError:\n    pass",
     "at module level"),
    ("annstudio/engines/torch_engine.py", "class A:\n    import torch", "at module level"),
    ("annstudio/io/export_torch.py", "import importlib\nT = importlib.import_module('torch')",
     "at module level"),
    ("annstudio/engines/numpy_engine.py", "from annstudio.engines import fast_kernels",
     "imported lazily"),
    ("annstudio/cli.py", "def f():\n    __import__('torch')", "only engines/torch*"),
    ("annstudio/gui/x.py", "import importlib\ndef f():\n    importlib.import_module('torch')",
     "only engines/torch*"),
    ("annstudio/core/x.py", "def f():\n    __import__('PySide6.QtCore')", "core must stay pure"),
    ("annstudio/engines/x.py", "def f():\n    __import__('annstudio.gui.worker')",
     "never import the GUI"),
    ("annstudio/gui/views/x.py", "def f():\n    __import__('annstudio.engines.host')",
     "never reach into the engines"),
    ("annstudio/engines/fast.py", "def f():\n    __import__('numba')", "only engines/fast_kernels"),
])
def test_the_checker_catches_violations(rel, source, expected):
    modname = module_name(ROOT / rel)
    problems = violations(rel, modname, imports(textwrap.dedent(source), modname))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("rel,source", [
    ("annstudio/engines/torch_engine.py", "def f():\n    import torch"),
    ("annstudio/engines/torch_engine.py", "def f():\n    __import__('torch')"),
    ("annstudio/io/export_torch.py", "def f():\n    import torch\n    return 'import torch'"),
    ("annstudio/gui/x.py", "from annstudio.core import network\nimport PySide6"),
    ("annstudio/engines/x.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import torch"),
    ("annstudio/engines/fast_kernels.py", "from numba import njit"),
    ("annstudio/engines/fast.py", "def f():\n    from annstudio.engines import fast_kernels"),
])
def test_the_checker_allows_what_the_design_allows(rel, source):
    modname = module_name(ROOT / rel)
    assert violations(rel, modname, imports(source, modname)) == []


# ---------------------------------------------------------------- import-linter's contracts
def lint_imports(root):
    """Run import-linter on the package under ``root`` with ``root/pyproject.toml``."""
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
                               " sys.exit(lint_imports_command())",
         str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(root)})


def contract_names():
    with open(ROOT / "pyproject.toml", "rb") as f:
        contracts = tomllib.load(f)["tool"]["importlinter"]["contracts"]
    return {c["id"]: c["name"] for c in contracts}


def test_the_import_contracts_hold():
    r = lint_imports(ROOT)
    assert r.returncode == 0, f"import-linter:\n{r.stdout}\n{r.stderr}"
    names = contract_names()
    assert len(names) >= 6
    for name in names.values():           # every contract ran, and was kept
        assert f"{name} KEPT" in r.stdout, r.stdout


@pytest.mark.parametrize("contract,rel,source", [
    ("layers", "annstudio/core/planted.py", "from annstudio.io import csvdata"),
    ("layers", "annstudio/engines/planted.py", "def f():\n    from annstudio.io import csvdata"),
    ("layers", "annstudio/gui/planted.py", "def f():\n    from annstudio import cli"),
    ("layers no-qt-below-gui", "annstudio/io/planted.py",
     "def f():\n    import annstudio.gui.worker"),     # gui.worker imports Qt: two rules
    ("core-pure", "annstudio/core/planted.py", "def f():\n    import pyqtgraph"),
    ("core-pure torch-only-in-torch-modules", "annstudio/core/planted.py",
     "def f():\n    import torch.nn"),
    ("no-qt-below-gui", "annstudio/engines/planted.py", "def f():\n    from PySide6 import QtCore"),
    ("views-not-engines", "annstudio/gui/views/planted.py", "from annstudio.engines import base"),
    ("views-not-engines", "annstudio/gui/views/curves.py",
     "def f():\n    from annstudio.engines.host import box"),
    ("torch-only-in-torch-modules", "annstudio/gui/planted.py", "def f():\n    import torch"),
    ("torch-only-in-torch-modules", "annstudio/engines/numpy_engine.py",
     "def f():\n    import torch"),
    ("numba-only-in-fast-kernels", "annstudio/engines/fast.py", "from numba import njit"),
    # each cycle this package once had, planted back
    ("cli-order", "annstudio/bench.py", "def f():\n    from annstudio.cli import main"),
    ("core-order", "annstudio/core/datasets.py",
     "def f():\n    from annstudio.core import experiment"),
    ("core-order", "annstudio/core/schema.py", "def f():\n    from annstudio.core import experiment"),
    ("core-order", "annstudio/core/training.py",
     "def f():\n    from annstudio.core.network import Network"),
    ("engines-order", "annstudio/engines/base.py",
     "def f():\n    from annstudio.engines.factory import create"),
    ("host-order", "annstudio/engines/live_timeline.py",
     "def f():\n    from annstudio.engines.host import Host"),
    ("gui-order", "annstudio/gui/inspector/__init__.py",
     "def f():\n    from annstudio.gui import main_window"),
    ("io-order", "annstudio/io/csvdata.py", "def f():\n    from annstudio.io import experiment_file"),
])
def test_the_import_contracts_catch_a_planted_violation(tmp_path, contract, rel, source):
    """A copy of the package with one bad import breaks exactly the contracts it should."""
    shutil.copytree(PACKAGE, tmp_path / "annstudio",
                    ignore=shutil.ignore_patterns("__pycache__", "assets"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / rel
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(old + "\n\n" + source + "\n", encoding="utf-8")
    r = lint_imports(tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    for cid, name in contract_names().items():
        state = "BROKEN" if cid in contract.split() else "KEPT"
        assert f"{name} {state}" in r.stdout, r.stdout


def _python(code):
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_importing_the_app_does_not_import_torch():
    r = _python("import annstudio, annstudio.engines, annstudio.cli, sys\n"
                "assert 'torch' not in sys.modules, 'torch was imported'\n"
                "print('ok')")
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_importing_the_main_window_does_not_import_torch():
    if not (PACKAGE / "gui" / "main_window.py").exists():
        pytest.skip("annstudio/gui/main_window.py does not exist yet")
    r = _python("import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
                "import annstudio.gui.main_window, sys\n"
                "assert 'torch' not in sys.modules, 'torch was imported'\nprint('ok')")
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_core_imports_without_qt():
    r = _python("import annstudio.core.network, annstudio.core.training, "
                "annstudio.core.walkthrough, sys\n"
                "bad = [m for m in sys.modules if m.split('.')[0] in "
                f"{QT!r} + ('torch',)]\n"
                "assert not bad, bad\nprint('ok')")
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_the_numpy_engine_imports_without_numba():
    """Creating and stepping the NumPy engine with the fast path off loads no numba (the
    classroom bundle has none); with it on, numba loads only in the background compile."""
    r = _python("import os; os.environ['ANNSTUDIO_FAST'] = '0'\n"
                "import annstudio, annstudio.engines.numpy_engine, annstudio.cli, sys\n"
                "from annstudio.engines import create\n"
                "e = create('numpy', annstudio.Network.create([2, 8, 1]), "
                "annstudio.datasets.make('moons', n=40))\n"
                "e.train(1)\n"
                "assert 'numba' not in sys.modules, 'numba was imported'\nprint(e.path)")
    assert r.returncode == 0 and r.stdout.strip() == "numpy", r.stderr
