"""The inspector stays in rooms a newcomer can work in (issue 13): every module of
gui/inspector/ says in its docstring what lives there, and none grows past ~450 lines."""
import ast
from pathlib import Path

import pytest

INSPECTOR = Path(__file__).resolve().parents[2] / "annstudio" / "gui" / "inspector"
MAX_LINES = 450
MODULES = sorted(INSPECTOR.glob("*.py"))


def test_the_rooms_are_there():
    names = {p.stem for p in MODULES}
    assert {"widget", "steps", "explain", "predict", "points", "batch", "sgd_step",
            "lecture_presets"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_room_is_small_and_says_what_lives_there(path):
    text = path.read_text(encoding="utf-8")
    n = text.count("\n")
    assert n <= MAX_LINES, f"{path.name} has {n} lines: split it (issue 13)"
    doc = ast.get_docstring(ast.parse(text))
    assert doc and len(doc.split()) >= 8, f"{path.name} needs a docstring saying what it holds"
