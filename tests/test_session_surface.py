"""Nothing calls the engine client except the session (DESIGN.md: "Only the session talks
to the engine client"). The window, the panels, the status bar, the frame driver, the run
timeline and the plug-ins use the session's named methods, properties and signals
(`gui.session_engine.SessionEngine`); a ``.client`` anywhere else in `annstudio/gui` fails
here, as does ``getattr(x, "client")``, which hides the same reach."""
import ast
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parent.parent / "annstudio" / "gui"
# the session and the clients themselves (the fake is one)
MAY_HOLD_THE_CLIENT = {"session.py", "session_engine.py", "client.py", "worker.py",
                       "fake_engine.py"}


def client_reaches(source, filename="<source>"):
    """[(line, text)] of every reach for an engine client in ``source``: an attribute
    ``x.client`` (the module path ``annstudio.gui.client`` is an import, not a reach) or
    ``getattr``/``hasattr``/``setattr`` of ``"client"``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Attribute) and node.attr == "client":
            if ast.unparse(node.value) != "annstudio.gui":
                found.append((node.lineno, ast.unparse(node)))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "hasattr", "setattr") and len(node.args) >= 2
              and isinstance(node.args[1], ast.Constant) and node.args[1].value == "client"):
            found.append((node.lineno, ast.unparse(node)))
    return found


def test_only_the_session_reaches_the_engine_client():
    bad = []
    for path in sorted(GUI.rglob("*.py")):
        rel = path.relative_to(GUI).as_posix()
        if rel in MAY_HOLD_THE_CLIENT:
            continue
        for line, text in client_reaches(path.read_text(encoding="utf-8"), str(path)):
            bad.append(f"annstudio/gui/{rel}:{line}: {text}")
    assert not bad, "use the session's methods and signals instead:\n" + "\n".join(bad)


@pytest.mark.parametrize("source, expected", [
    ("def f(w):\n    w.client.set_view(0)\n", [(2, "w.client")]),
    ("class A:\n    def f(self):\n        c = self.session.client\n",
     [(3, "self.session.client")]),
    ("def f(w):\n    return hasattr(getattr(w, 'client', None), 'latest')\n",
     [(2, "getattr(w, 'client', None)")]),
    ("def f(s):\n    s.client.crashed.connect(print)\n", [(2, "s.client")]),
])
def test_the_scan_catches_a_planted_reach(source, expected):
    assert client_reaches(source) == expected


@pytest.mark.parametrize("source", [
    "from annstudio.gui.client import GrowingArray, RunRecord\n",
    "import annstudio.gui.client\nx = annstudio.gui.client.RunRecord\n",
    "def f(s):\n    return s.session.latest_snapshot(), s.clients, s.client_factory\n",
])
def test_the_scan_allows_imports_and_the_session_surface(source):
    assert client_reaches(source) == []
