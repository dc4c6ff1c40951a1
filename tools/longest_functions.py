"""The longest functions of a package: ``python tools/longest_functions.py annstudio/gui [N]``.

Counts each function's lines from its ``def`` to its last line (nested functions count
inside their parent and again on their own), for the closing notes of refactors.
"""
import ast
import pathlib
import sys


def functions(root):
    for path in sorted(pathlib.Path(root).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield node.end_lineno - node.lineno + 1, f"{path}:{node.lineno} {node.name}"


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "annstudio/gui"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    for length, where in sorted(functions(root), reverse=True)[:n]:
        print(f"{length:5d}  {where}")
