"""The main window's plug-ins are built from `gui.services.Services`, never from the window:
no plug-in module takes a ``window`` argument or reads ``window.<anything>``, so what a
plug-in may use is the list in `Services` (a frozen dataclass: no plug-in adds to it)."""
import ast
import dataclasses
from pathlib import Path

import pytest

from annstudio.gui.services import Services

GUI = Path(__file__).resolve().parent.parent / "annstudio" / "gui"
PLUGINS = ("compare_windows.py", "run_timeline.py", "panels/lesson.py", "start_panel.py",
           "challenge_mode.py", "classroom.py", "challenge_dialog.py", "language_menu.py",
           "inspector/__init__.py")


def window_reaches(source):
    """[(line, text)] of each parameter named ``window`` and each ``window.x`` read."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.arg) and node.arg == "window":
            found.append((node.lineno, "window"))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "window":
            found.append((node.lineno, ast.unparse(node)))
    return found


@pytest.mark.parametrize("rel", PLUGINS)
def test_a_plugin_sees_the_services_not_the_window(rel):
    found = window_reaches((GUI / rel).read_text(encoding="utf-8"))
    assert not found, f"annstudio/gui/{rel} reaches the window: {found}"


@pytest.mark.parametrize("source, expected", [
    ("def install(window):\n    return 1\n", [(1, "window")]),
    ("def install(sv):\n    x = window.files\n", [(2, "window.files")]),
    ("class A:\n    def __init__(self, window):\n        pass\n", [(2, "window")]),
])
def test_the_scan_catches_a_planted_window(source, expected):
    assert window_reaches(source) == expected


def test_the_scan_lets_the_services_and_qt_widget_methods_be():
    assert window_reaches("def install(services):\n    services.parent.statusBar()\n"
                          "    self.palette().window()\n") == []


def test_the_services_are_frozen():
    assert dataclasses.is_dataclass(Services) and Services.__dataclass_params__.frozen
    names = {f.name for f in dataclasses.fields(Services)}
    assert {"session", "settings", "actions", "menus", "parent", "show_error",
            "add_dock"} <= names
