"""No module reaches into another module's private names (DESIGN.md; issue 13, part 5).

A name ``_x`` (not a dunder) belongs to the module that defines it. Every module of
``annstudio/`` is parsed with ``ast`` and these are flagged:

* ``obj._x`` — and ``getattr``/``setattr``/``hasattr``/``delattr(obj, "_x")`` — where ``obj`` is
  not ``self``, ``cls`` or ``super()`` and this module does not itself define ``_x`` (as a
  function, class or method, a ``_x = …`` or a ``self._x = …`` assignment). So
  ``Network`` may use ``layer._W`` (``Layer`` sets it in the same module), but the window
  may not use ``client._lock`` (set in gui/worker.py);
* ``from m import _x`` of a private function, class or variable of another module;
* importing a private module (``_standalone``) from outside the package that holds it
  (``gui/views/_standalone.py`` serves ``gui/views/*`` only).

The same-module rule is by name: a module that defines ``_x`` for itself and also reads
another object's ``_x`` is not caught. External APIs that use underscores by design are in
``ALLOWED``; ``TRANSITION`` lists the cases in files being rewritten this round.
"""
import ast
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "annstudio"

# (object as written, or "*" for any object, name) → why the underscore is public API there
ALLOWED = {
    ("sys", "_getframe"): "the stdlib's documented frame access",
    ("sys", "_MEIPASS"): "PyInstaller's bundle folder in a frozen app",
    ("os", "_exit"): "exit without cleanup, in a forked/spawned child",
    ("*", "_replace"): "namedtuple API (underscore so it cannot clash with a field)",
    ("*", "_asdict"): "namedtuple API",
    ("*", "_fields"): "namedtuple API",
    ("*", "_make"): "namedtuple API",
}

# Files that engineers `session` and `engine` are rewriting this round (issue 13 parts 1-3):
# the lead empties this list when their branches merge. (file, name) → what it reaches.
TRANSITION = {
}


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def module_name(rel):
    parts = list(Path(rel).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def module_exists(dotted):
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def defined_here(tree):
    """The private names this module defines itself."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                for sub in ast.walk(t):
                    if isinstance(sub, ast.Name):
                        names.add(sub.id)
                    elif isinstance(sub, ast.Attribute) and is_own(sub.value):
                        names.add(sub.attr)     # self._x = …; not other._x = … (that reaches)
    return {n for n in names if isinstance(n, str) and is_private(n)}


def is_own(node):
    """``self``, ``cls`` or ``super()``: an object's own attributes."""
    if isinstance(node, ast.Name):
        return node.id in ("self", "cls")
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
        and node.func.id == "super"


def allowed(obj, name):
    return (obj, name) in ALLOWED or ("*", name) in ALLOWED


def reaches(source, rel):
    """[(line, name, what)] for every private name of another module this one reaches."""
    tree = ast.parse(source)
    own = defined_here(tree)
    modname = module_name(rel)
    package = modname if rel.endswith("__init__.py") else modname.rpartition(".")[0]
    out = []

    def attribute(node, obj, name):
        if is_private(name) and not is_own(obj) and name not in own \
                and not allowed(ast.unparse(obj), name):
            out.append((node.lineno, name, f"{ast.unparse(obj)}.{name}"))

    def private_module(node, dotted):
        parts = dotted.split(".")
        for i, part in enumerate(parts):
            if is_private(part):
                home = ".".join(parts[:i])       # the package that holds the private module
                if not (package == home or package.startswith(home + ".")):
                    out.append((node.lineno, part, f"import {dotted}"))
                return

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            attribute(node, node.value, node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("getattr", "setattr", "hasattr", "delattr") \
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                and isinstance(node.args[1].value, str):
            attribute(node, node.args[0], node.args[1].value)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == "annstudio":
                    private_module(node, a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.split(".")[0] != "annstudio":
                continue                          # other libraries' names are theirs
            private_module(node, mod)
            for a in node.names:
                if not is_private(a.name):
                    continue
                if module_exists(f"{mod}.{a.name}"):
                    private_module(node, f"{mod}.{a.name}")
                else:
                    out.append((node.lineno, a.name, f"from {mod} import {a.name}"))
    return out


def scan():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for line, name, what in reaches(path.read_text(encoding="utf-8"), rel):
            found.append((rel, line, name, what))
    return found


def test_no_module_reaches_another_modules_private_names():
    found = scan()
    assert len(list(PACKAGE.rglob("*.py"))) > 50
    bad = [f"{rel}:{line}: {what}" for rel, line, name, what in found
           if (rel, name) not in TRANSITION]
    assert not bad, ("private names of another module reached (give the owner a public "
                     "method or attribute instead):\n  " + "\n  ".join(bad))


def test_every_transition_entry_is_still_needed():
    """An entry whose case is gone must leave the list, so the list only shrinks."""
    used = {(rel, name) for rel, _, name, _ in scan()}
    stale = sorted(set(TRANSITION) - used)
    assert not stale, f"remove these from TRANSITION, they no longer occur: {stale}"


@pytest.mark.parametrize("rel,source", [
    ("annstudio/gui/main_window.py", "def f(self):\n    with self.client._lock:\n        pass"),
    ("annstudio/gui/x.py", "def f(window):\n    window._set_running(True)"),
    ("annstudio/gui/x.py", "def f(w):\n    return getattr(w, '_hung_box', None)"),
    ("annstudio/gui/x.py", "def f(w):\n    return hasattr(w, '_shut')"),
    ("annstudio/gui/x.py", "def f(w):\n    setattr(w, '_shut', True)"),
    ("annstudio/engines/x.py", "def f(t):\n    t._order = None"),
    ("annstudio/io/x.py", "from annstudio.core import datasets\nX = datasets._split"),
    ("annstudio/io/x.py", "from annstudio.core.datasets import _split"),
    ("annstudio/gui/views/x.py", "from ...engines.host import _forward32"),
    ("annstudio/gui/x.py", "from annstudio.gui.views._standalone import run_view"),
    ("annstudio/gui/x.py", "from annstudio.gui.views import _standalone"),
    ("annstudio/cli.py", "import annstudio.gui.panels._standalone"),
    ("annstudio/gui/x.py", "def f(self):\n    return self.other._cache"),
])
def test_the_scan_catches_a_planted_violation(rel, source):
    assert reaches(textwrap.dedent(source), rel), source


@pytest.mark.parametrize("rel,source", [
    ("annstudio/core/x.py", "class A:\n    def f(self):\n        return self._x + cls._y"),
    ("annstudio/core/x.py", "class A(B):\n    def f(self):\n        super()._setup()"),
    ("annstudio/core/x.py", "class L:\n    def __init__(self):\n        self._W = 1\n"
                            "def g(layer):\n    return layer._W"),
    ("annstudio/core/x.py", "def _h():\n    pass\ndef g(m):\n    return m._h"),
    ("annstudio/core/x.py", "def f(o):\n    return o.__class__, o.__dict__"),
    ("annstudio/gui/x.py", "import sys\nX = sys._getframe(0)"),
    ("annstudio/gui/x.py", "def f(p):\n    return p._replace(x=1)._asdict()"),
    ("annstudio/gui/views/x.py", "from annstudio.gui.views._standalone import run_view"),
    ("annstudio/gui/views/x.py", "from ._standalone import run_view"),
    ("annstudio/gui/x.py", "from PySide6.QtCore import _private_thing"),
])
def test_the_scan_allows_own_and_by_design_names(rel, source):
    assert reaches(textwrap.dedent(source), rel) == []
