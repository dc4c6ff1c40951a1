"""Size limits (issue 23 step 7): no function in `annstudio` over 80 lines, no GUI file
over 600. A long function hides its steps; a named helper per step reads like the lecture.

The allow-lists name what is being split right now; each entry must still be over its
limit, so an entry is struck off as soon as its split lands and the lists only shrink."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annstudio"
MAX_FUNCTION_LINES = 80
MAX_GUI_FILE_LINES = 600

LONG_FUNCTIONS_ALLOWED = set()
LONG_GUI_FILES_ALLOWED = set()


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


def _relative(path):
    return path.relative_to(PACKAGE.parent).as_posix()


def function_lengths(source, filename="<source>"):
    """{qualified name: lines from ``def`` to its last line} for every function in
    ``source``, methods and nested functions included (a decorator line is not counted)."""
    out = {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                out[name] = child.end_lineno - child.lineno + 1
                visit(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source, filename), "")
    return out


def _all_function_lengths():
    return {(_relative(p), name): n for p in _modules()
            for name, n in function_lengths(p.read_text(encoding="utf-8"), str(p)).items()}


def _gui_file_lengths():
    return {_relative(p): len(p.read_text(encoding="utf-8").splitlines())
            for p in sorted((PACKAGE / "gui").rglob("*.py"))}


def test_function_lengths_are_measured_from_def_to_the_last_line():
    source = ("class A:\n"
              "    @staticmethod\n"
              "    def f():\n"
              "        def g():\n"
              "            return 1\n"
              "        return g\n"
              "\n"
              "async def h():\n"
              "    pass\n")
    assert function_lengths(source) == {"A.f": 4, "A.f.g": 2, "h": 2}


def test_no_function_is_over_80_lines():
    lengths = _all_function_lengths()
    assert len(lengths) > 500          # the whole package was read, not an empty folder
    too_long = {f"{path} {name}: {n} lines" for (path, name), n in lengths.items()
                if n > MAX_FUNCTION_LINES and (path, name) not in LONG_FUNCTIONS_ALLOWED}
    assert not too_long, ("split these into named helpers (at most "
                          f"{MAX_FUNCTION_LINES} lines each): " + "; ".join(sorted(too_long)))


def test_the_long_function_allow_list_only_names_functions_still_too_long():
    lengths = _all_function_lengths()
    stale = {f"{path} {name}" + (f" is {lengths[path, name]} lines" if (path, name) in lengths
                                 else " no longer exists")
             for path, name in LONG_FUNCTIONS_ALLOWED
             if lengths.get((path, name), 0) <= MAX_FUNCTION_LINES}
    assert not stale, "take these off LONG_FUNCTIONS_ALLOWED: " + "; ".join(sorted(stale))


def test_no_gui_file_is_over_600_lines():
    lengths = _gui_file_lengths()
    assert "annstudio/gui/main_window.py" in lengths
    too_long = {f"{path}: {n} lines" for path, n in lengths.items()
                if n > MAX_GUI_FILE_LINES and path not in LONG_GUI_FILES_ALLOWED}
    assert not too_long, (f"split these GUI files (at most {MAX_GUI_FILE_LINES} lines): "
                          + "; ".join(sorted(too_long)))


def test_the_long_gui_file_allow_list_only_names_files_still_too_long():
    lengths = _gui_file_lengths()
    stale = {f"{path} is {lengths.get(path, 0)} lines" for path in LONG_GUI_FILES_ALLOWED
             if lengths.get(path, 0) <= MAX_GUI_FILE_LINES}
    assert not stale, "take these off LONG_GUI_FILES_ALLOWED: " + "; ".join(sorted(stale))
