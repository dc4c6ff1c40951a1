"""DESIGN.md's import rules, enforced on the import graph (every module parsed with `ast`):

* ``annstudio.core`` imports nothing from engines, io or gui, nor PySide6/pyqtgraph/torch;
* ``annstudio.engines`` and ``annstudio.io`` never import ``annstudio.gui`` or Qt;
* no module imports torch at module level (importing torch costs seconds: the window must
  open without it), and only ``annstudio/engines/torch*`` and ``annstudio/io/export*`` may
  import it at all, lazily;
* numba (the optional fast path, ``annstudio[fast]``) is imported only by
  ``annstudio/engines/fast_kernels.py``, and that module only lazily (from
  ``engines/fast.py``): core, the window and the classroom bundle never need it.
"""
import ast
import subprocess
import sys
import textwrap
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
    """[(imported module, line, at_module_level)] for one module's source.

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
                found.extend((a.name, child.lineno, top) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[:len(base) - (child.level - 1)]
                    mod = ".".join(base + ([child.module] if child.module else []))
                else:
                    mod = child.module
                found.append((mod, child.lineno, top))
                found.extend((f"{mod}.{a.name}", child.lineno, top) for a in child.names)
            elif isinstance(child, ast.Call):
                f = ast.unparse(child.func)
                if (f.endswith("import_module") or f == "__import__") and child.args \
                        and isinstance(child.args[0], ast.Constant) \
                        and isinstance(child.args[0].value, str):
                    found.append((child.args[0].value, child.lineno, top))
            visit(child, child_top)

    visit(tree, True)
    return found


def is_under(name, prefix):
    return name == prefix or name.startswith(prefix + ".")


def violations(rel, modname, found):
    out = []
    for name, line, top in found:
        where = f"{rel}:{line} imports {name}"
        if is_under(modname, "annstudio.core"):
            for bad in ("annstudio.engines", "annstudio.io", "annstudio.gui", "annstudio.cli",
                        "torch") + QT:
                if is_under(name, bad):
                    out.append(f"{where} (core must stay pure NumPy)")
        if is_under(modname, "annstudio.engines") or is_under(modname, "annstudio.io"):
            for bad in ("annstudio.gui",) + QT:
                if is_under(name, bad):
                    out.append(f"{where} (engines and io never import the GUI)")
        if is_under(name, "torch"):
            if top:
                out.append(f"{where} at module level (torch must be imported lazily)")
            if not rel.startswith(MAY_IMPORT_TORCH):
                out.append(f"{where} (only engines/torch* and io/export* may import torch)")
        if is_under(name, "numba") and rel != NUMBA_MODULE:
            out.append(f"{where} (only engines/fast_kernels.py may import numba)")
        if is_under(name, "annstudio.engines.fast_kernels") and top:
            out.append(f"{where} at module level (the numba kernels are imported lazily)")
    return out


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
    ("annstudio/core/x.py", "from annstudio.gui import widgets", "core must stay pure"),
    ("annstudio/core/x.py", "from .. import engines", "core must stay pure"),
    ("annstudio/core/x.py", "from annstudio import io", "core must stay pure"),
    ("annstudio/core/x.py", "def f():\n    import pyqtgraph", "core must stay pure"),
    ("annstudio/core/x.py", "def f():\n    import torch.nn", "only engines/torch*"),
    ("annstudio/engines/x.py", "from ..gui.worker import W", "never import the GUI"),
    ("annstudio/io/x.py", "def f():\n    from PySide6 import QtCore", "never import the GUI"),
    ("annstudio/engines/torch_engine.py", "import torch", "at module level"),
    ("annstudio/engines/torch_engine.py", "try:\n    import torch\nexcept ImportError:\n    pass",
     "at module level"),
    ("annstudio/engines/torch_engine.py", "class A:\n    import torch", "at module level"),
    ("annstudio/io/export_torch.py", "import importlib\nT = importlib.import_module('torch')",
     "at module level"),
    ("annstudio/gui/x.py", "def f():\n    import torch", "only engines/torch*"),
    ("annstudio/core/training.py", "def f():\n    import numba", "only engines/fast_kernels"),
    ("annstudio/engines/fast.py", "from numba import njit", "only engines/fast_kernels"),
    ("annstudio/engines/numpy_engine.py", "from annstudio.engines import fast_kernels",
     "imported lazily"),
    ("annstudio/cli.py", "def f():\n    __import__('torch')", "only engines/torch*"),
])
def test_the_checker_catches_violations(rel, source, expected):
    modname = module_name(ROOT / rel)
    problems = violations(rel, modname, imports(textwrap.dedent(source), modname))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize("rel,source", [
    ("annstudio/engines/torch_engine.py", "def f():\n    import torch"),
    ("annstudio/io/export_torch.py", "def f():\n    import torch\n    return 'import torch'"),
    ("annstudio/gui/x.py", "from annstudio.core import network\nimport PySide6"),
    ("annstudio/engines/x.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import numpy"),
    ("annstudio/engines/fast_kernels.py", "from numba import njit"),
    ("annstudio/engines/fast.py", "def f():\n    from annstudio.engines import fast_kernels"),
])
def test_the_checker_allows_what_the_design_allows(rel, source):
    modname = module_name(ROOT / rel)
    assert violations(rel, modname, imports(source, modname)) == []


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
