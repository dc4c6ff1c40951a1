"""docs/architecture.md names every module of the package (one line each), so a new
module without a line there fails here."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def modules():
    pkg = ROOT / "annstudio"
    for p in sorted(pkg.rglob("*.py")):
        rel = p.relative_to(pkg).as_posix()
        if rel in ("__init__.py", "__main__.py") or (p.name == "__init__.py"
                                                      and rel != "gui/inspector/__init__.py"):
            continue        # a package's __init__ is named by its folder's modules
        yield rel


def missing_from(doc, names):
    return [m for m in names if f"`{m}`" not in doc]


def test_every_module_has_its_line():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = missing_from(doc, modules())
    assert not missing, f"docs/architecture.md does not name: {missing}"


def test_a_new_module_would_fail():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert missing_from(doc, [*modules(), "gui/planted.py"]) == ["gui/planted.py"]
