"""The package reads attributes by name only where the attribute may not exist outside our
code (a platform's `os`/`errno` constants, PyInstaller's ``sys.frozen``, a torch tensor
the file layer must not import torch for) or where a schema names a dataclass field — and
each such ``getattr``/``hasattr`` says why in a comment on its line or the line above.
Shape-guessing (``hasattr(window, "set_file_path")``, ``getattr(self, "_x", 0)``) fails
here: the reader of a missing reason cannot tell a guess from a need."""
import ast
import io
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "annstudio"
MAX_CALLS = 8          # platform, PyInstaller, torch and schema reads: 6 today


def reflective_calls(source, filename="<source>"):
    """[(line, text, has_reason)] of every ``getattr(…)``/``hasattr(…)`` in ``source``;
    the reason is a comment on the call's line or the line before it."""
    commented = {tok.start[0] for tok in tokenize.generate_tokens(io.StringIO(source).readline)
                 if tok.type == tokenize.COMMENT}
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ("getattr", "hasattr"):
            n = node.lineno
            found.append((n, ast.unparse(node), n in commented or n - 1 in commented))
    return sorted(found)


def _package_calls():
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        out += [(rel, *c) for c in reflective_calls(path.read_text(encoding="utf-8"), rel)]
    return out


def test_every_getattr_and_hasattr_in_the_package_says_why():
    calls = _package_calls()
    assert len(list(PACKAGE.rglob("*.py"))) > 50
    unexplained = [f"{rel}:{line}: {text}" for rel, line, text, why in calls if not why]
    assert not unexplained, ("read by name without a reason (use the attribute, an "
                             "isinstance check, or say why it may be missing):\n  " +
                             "\n  ".join(unexplained))
    assert len(calls) <= MAX_CALLS, [f"{rel}:{line}: {text}" for rel, line, text, _ in calls]


@pytest.mark.parametrize("source, expected", [
    ("def f(w):\n    return hasattr(w, 'set_file_path')\n",
     [(2, "hasattr(w, 'set_file_path')", False)]),
    ("x = getattr(o, '_export_id', 0)\n", [(1, "getattr(o, '_export_id', 0)", False)]),
    ("# the platform may lack it\nx = getattr(os, 'O_BINARY', 0)\n",
     [(2, "getattr(os, 'O_BINARY', 0)", True)]),
    ("x = hasattr(os, 'readv')   # POSIX only\n", [(1, "hasattr(os, 'readv')", True)]),
    ("x = o.getattr(1)\ny = vars(a)['flag']\n", []),
])
def test_the_scan_finds_a_planted_guess_and_its_reason(source, expected):
    assert reflective_calls(source) == expected
