"""The shipped translations are current and complete, and every translatable string can
be found by pyside6-lupdate.

- the .ts files hold exactly the strings of today's source, each one finished, with the
  placeholders and the ``&`` accelerator of its source (``python tools/i18n.py all``
  brings them up to date);
- the .qm files are what lrelease makes of the shipped .ts;
- no ``translate()`` / ``QT_TRANSLATE_NOOP`` builds its text (an f-string, ``+``, a call):
  lupdate extracts only literals, so a built text is never translated.
"""
from __future__ import annotations

import ast
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("annstudio_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()
SHIPPED = {lang: i18n.ts_path(lang) for lang in i18n.LANGUAGES}


def _keys(ts_text):
    return {(ctx, src) for ctx, src, *_ in i18n.messages(ts_text)}


def _describe(keys):
    return "\n".join(f"  {ctx}: {src!r}" for ctx, src in sorted(keys))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The (context, source) pairs lupdate finds in today's source."""
    out = tmp_path_factory.mktemp("lupdate") / "annstudio_xx.ts"
    i18n.lupdate([out])
    return _keys(out.read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------- current
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_ts_file_holds_every_string_of_the_source_and_no_other(lang, extracted):
    shipped = _keys(SHIPPED[lang].read_text(encoding="utf-8"))
    new, gone = extracted - shipped, shipped - extracted
    assert not new, (f"{len(new)} string(s) of the source are not in {SHIPPED[lang].name} "
                     f"(run: python tools/i18n.py all):\n{_describe(new)}")
    assert not gone, (f"{len(gone)} string(s) of {SHIPPED[lang].name} are no longer in the "
                      f"source (run: python tools/i18n.py all):\n{_describe(gone)}")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders_and_accelerator(lang):
    found = i18n.problems(SHIPPED[lang].read_text(encoding="utf-8"), f"{lang} ")
    assert not found, f"{len(found)} problem(s) in {SHIPPED[lang].name}:\n" + "\n".join(found)


def test_lupdate_over_the_shipped_ts_changes_no_byte(tmp_path):
    """What `fill` wrote is what lupdate writes: the next `update` gives no diff."""
    copies = [shutil.copy(SHIPPED[lang], tmp_path / SHIPPED[lang].name)
              for lang in i18n.LANGUAGES]
    i18n.lupdate([Path(c) for c in copies])
    changed = [Path(c).name for c in copies
               if Path(c).read_bytes() != SHIPPED[Path(c).stem.split("_", 1)[1]].read_bytes()]
    assert not changed, f"lupdate rewrites {changed} (run: python tools/i18n.py all)"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_qm_file_is_what_lrelease_makes_of_the_ts(lang, tmp_path):
    fresh = tmp_path / f"annstudio_{lang}.qm"
    i18n.lrelease(SHIPPED[lang], fresh)
    shipped = SHIPPED[lang].with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing (run: python tools/i18n.py release)"
    assert fresh.read_bytes() == shipped.read_bytes(), \
        f"{shipped.name} is older than {SHIPPED[lang].name} (run: python tools/i18n.py release)"


# ----------------------------------------------------------------------------- the tool
TRICKY = '''
from annstudio.gui.i18n import translate
from annstudio.core.i18n import QT_TRANSLATE_NOOP
class Panel:
    def labels(self):
        return [translate("Panel", "&Open {name}…"),
                translate("Panel", 'say "hi" & <b>bold</b> it\\'s'),
                translate("Panel", "two "
                                   "literals"),
                translate("Panel", "not in the JSON")]
TEXT = QT_TRANSLATE_NOOP("Lesson", "Press Run")
'''

TRICKY_JSON = {
    "Panel": {"&Open {name}…": {"de": "{name} &öffnen…", "fr": "Ouvrir\u202f{name}\u00a0: «\u00a0&o\u00a0»"},
              'say "hi" & <b>bold</b> it\'s': {"de": "sag „hi“ \"x\" & <b>fett</b> l'a"},
              "two literals": {"de": "zwei\nZeilen\tTab"}},
    "Lesson": {"Press Run": {"de": "Start drücken", "fr": "Appuyez sur Lancer"}},
}


def _tricky_project(tmp_path, monkeypatch):
    import json
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "panel.py").write_text(TRICKY, encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "panel.json").write_text(json.dumps(TRICKY_JSON), encoding="utf-8")
    monkeypatch.setattr(i18n, "PACKAGE", package)
    monkeypatch.setattr(i18n, "SOURCES", tmp_path / "src")
    out = tmp_path / "ts"
    out.mkdir()
    i18n.lupdate([i18n.ts_path(lang, out) for lang in i18n.LANGUAGES])
    return out


def test_fill_writes_the_json_translations_and_update_then_changes_nothing(tmp_path,
                                                                            monkeypatch, capsys):
    out = _tricky_project(tmp_path, monkeypatch)
    i18n.fill(out)
    report = capsys.readouterr().out
    assert "de: 5 strings, 4 translated, 1 missing" in report
    assert "es: 5 strings, 0 translated, 5 missing" in report
    filled = {lang: i18n.ts_path(lang, out).read_bytes() for lang in i18n.LANGUAGES}
    head = filled["de"].decode().splitlines()[:3]
    assert head == ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
                    '<TS version="2.1" language="de_DE">']
    i18n.lupdate([i18n.ts_path(lang, out) for lang in i18n.LANGUAGES])
    for lang in i18n.LANGUAGES:
        assert i18n.ts_path(lang, out).read_bytes() == filled[lang], lang
    # what Qt reads back from the compiled file is the JSON's text, character for character
    from PySide6.QtCore import QTranslator
    i18n.lrelease(i18n.ts_path("fr", out), out / "fr.qm")
    tr = QTranslator()
    assert tr.load(str(out / "fr.qm"))
    assert tr.translate("Panel", "&Open {name}…") == TRICKY_JSON["Panel"]["&Open {name}…"]["fr"]
    assert tr.translate("Lesson", "Press Run") == "Appuyez sur Lancer"
    assert tr.translate("Panel", "not in the JSON") == ""


def test_check_names_unfinished_lost_placeholders_and_lost_accelerators(tmp_path, monkeypatch):
    out = _tricky_project(tmp_path, monkeypatch)
    table = i18n.read_sources()
    table[("Panel", "&Open {name}…")]["de"] = "Öffnen…"          # lost both
    text, *_ = i18n.fill_text(i18n.ts_path("de", out).read_text(encoding="utf-8"), "de", table)
    found = i18n.problems(text)
    assert found == [
        "Panel: '&Open {name}…' → 'Öffnen…' lacks {name}",
        "Panel: '&Open {name}…' → 'Öffnen…' lacks the & accelerator",
        "Panel: 'not in the JSON' is not translated",
    ]
    # `&&` is a literal ampersand, `a & b` is no accelerator
    assert not i18n.has_accelerator("Save && quit") and not i18n.has_accelerator("a & b")
    assert i18n.has_accelerator("&Datei") and i18n.has_accelerator("Speichern && &beenden")


def test_check_command_exits_1_with_the_list(tmp_path, monkeypatch, capsys):
    out = _tricky_project(tmp_path, monkeypatch)
    monkeypatch.setattr(i18n, "TRANSLATIONS", out)
    assert i18n.main(["check"]) == 1
    assert "de Panel: 'not in the JSON' is not translated" in capsys.readouterr().out


# ----------------------------------------------------------------------------- literals
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def _built_texts(tree, filename):
    """`translate(...)` / `QT_TRANSLATE_NOOP(...)` calls lupdate cannot read: a context
    that is not a literal, or a text built at run time (an f-string, `+`, `%`, a call such
    as `.format` inside the call). A plain variable is allowed: it holds a text marked
    with QT_TRANSLATE_NOOP where it was written (the walker test sees any that is not)."""
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name not in MARKERS or len(node.args) < 2:
            continue          # str.translate(table) has one argument
        ctx, text = node.args[0], node.args[1]
        literal = lambda n: isinstance(n, ast.Constant) and isinstance(n.value, str)  # noqa: E731
        variable = lambda n: isinstance(n, (ast.Name, ast.Attribute, ast.Subscript))  # noqa: E731
        # a variable text (and its context) was marked with QT_TRANSLATE_NOOP where written
        marked = name == "translate" and variable(text)
        if not (literal(ctx) or marked and variable(ctx)) or not (literal(text) or marked):
            bad.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:100]}")
    return bad


def test_no_translated_text_is_built_at_run_time():
    bad = []
    for path in i18n.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        bad += _built_texts(tree, path.relative_to(ROOT))
    assert not bad, "lupdate cannot extract these (use a literal template and "\
                    ".format() after translate()):\n" + "\n".join(bad)


def test_the_literal_check_catches_built_texts():
    source = '''
translate("A", f"epoch {e}")
translate("A", "a" + b)
translate("A", "x {n}".format(n=1))
QCoreApplication.translate(ctx, "text")
QT_TRANSLATE_NOOP("Lesson", name)
translate("A", "fine {n}").format(n=1)
translate("A", label)
"₁₂".translate(SUBSCRIPT)
'''
    bad = _built_texts(ast.parse(source), "x.py")
    assert [line.split(":")[1] for line in bad] == ["2", "3", "4", "5", "6"]
