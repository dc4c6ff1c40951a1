"""The language at run time: which one is chosen (ANNSTUDIO_LANG, View ▸ Language, the
system's), what installing it changes (the app's catalogue, Qt's own buttons, numbers shown
and typed), and View ▸ Language itself.

The catalogues used here are compiled in the test from hand-written .ts files, so these
tests do not depend on the shipped translations."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from annstudio.gui import i18n
from annstudio.gui.i18n import num, parse_number, translate
from annstudio.gui.settings import make_settings

RESTART_DE = "ANN Studio spricht {language}, wenn Sie es neu starten."

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Ctx</name>
<message><source>Run</source><translation>Starten</translation></message>
</context>
<context><name>LanguageMenu</name>
<message><source>Language</source><translation>Sprache</translation></message>
<message><source>ANN Studio will speak {language} when you start it again.</source>
<translation>%s</translation></message>
</context>
</TS>
""" % RESTART_DE


def lrelease():
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return str(exe) if exe.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def catalogue_dir(tmp_path):
    """A folder holding annstudio_de.qm compiled from `TS`."""
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "annstudio_de.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([tool, str(ts), "-qm", str(tmp_path / "annstudio_de.qm")], check=True,
                   capture_output=True)
    return tmp_path


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Other tests of this process must not see German: translators out, locale back."""
    before = QLocale()
    yield
    i18n.uninstall_language(qapp)
    QLocale.setDefault(before)


# ------------------------------------------------------------------ which language
@pytest.mark.parametrize("name, code", [
    ("de_AT", "de"), ("de-DE", "de"), ("de_DE.UTF-8", "de"), ("fr_CA", "fr"),
    ("es-419", "es"), ("en_GB", "en"), ("zh_CN", "zh_CN"), ("zh_Hans_SG", "zh_CN"),
    ("zh-Hans", "zh_CN"), ("zh", "zh_CN"), ("zh_TW", None), ("zh_Hant_HK", None),
    ("pt_BR", None), ("ja_JP", None), ("C", None), ("", None), ("nonsense", None)])
def test_locale_names_match_the_languages_offered(name, code):
    assert i18n.match_language(name) == code


def test_system_language_is_the_first_offered_one():
    assert i18n.system_language(["ja-JP", "de-CH", "fr-FR"]) == "de"
    assert i18n.system_language(["zh-TW", "en-US"]) == "en"
    assert i18n.system_language(["pt-BR", "C"]) is None


def test_the_system_locale_of_a_real_process_is_read():
    """Qt reads the process's locale (LANG / LC_ALL) itself: an Austrian system → German."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = "from annstudio.gui.i18n import system_language; print(system_language())"
    out = {}
    for lang in ("de_AT.UTF-8", "zh_CN.UTF-8", "ja_JP.UTF-8"):
        r = subprocess.run([sys.executable, "-c", code], env={**env, "LANG": lang},
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        out[lang] = r.stdout.strip()
    assert out == {"de_AT.UTF-8": "de", "zh_CN.UTF-8": "zh_CN", "ja_JP.UTF-8": "None"}


def test_chosen_language_env_then_settings_then_system(tmp_path, monkeypatch, capsys):
    settings = make_settings(tmp_path / "s.ini")
    monkeypatch.setattr(i18n, "system_language", lambda names=None: "fr")
    assert i18n.chosen_language(settings, environ={}) == "fr"
    assert i18n.chosen_language(settings, environ={}, system=False) == "en"
    settings.setValue("language", "es")
    assert i18n.chosen_language(settings, environ={}) == "es"
    assert i18n.chosen_language(settings, environ={"ANNSTUDIO_LANG": "de"}) == "de"
    assert i18n.chosen_language(settings, environ={"ANNSTUDIO_LANG": "zh_Hans_CN"}) == "zh_CN"
    # an unknown stored value is the system default; an unknown ANNSTUDIO_LANG is said once
    settings.setValue("language", "klingon")
    assert i18n.chosen_language(settings, environ={}) == "fr"
    capsys.readouterr()
    assert i18n.chosen_language(settings, environ={"ANNSTUDIO_LANG": "xx"}) == "fr"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ANNSTUDIO_LANG='xx'" in err
    monkeypatch.setattr(i18n, "system_language", lambda names=None: None)
    assert i18n.chosen_language(None, environ={}) == "en"


# ------------------------------------------------------------------ installing it
def test_install_german_translates_qt_and_numbers(qapp, catalogue_dir):
    assert translate("Ctx", "Run") == "Run"
    assert i18n.install_language(qapp, "de", catalogue_dir) == "de"
    assert translate("Ctx", "Run") == "Starten"
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert box.button(QDialogButtonBox.Cancel).text() == "Abbrechen"
    assert num(0.015, ".3f") == "0,015"
    assert QLocale().toString(0.5, "f", 1) == "0,5"           # Qt's own editors follow
    # back to English: the catalogue and the decimal point go
    assert i18n.install_language(qapp, "en", catalogue_dir) == "en"
    assert translate("Ctx", "Run") == "Run"
    assert num(0.015, ".3f") == "0.015"
    assert num(1234567.5, ".1f") == "1234567.5"
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    assert box.button(QDialogButtonBox.Cancel).text() == "Cancel"


def test_english_numbers_are_c_like(qapp):
    i18n.install_language(qapp, "en")
    loc = QLocale()
    assert (loc.decimalPoint(), loc.toString(1234567)) == (".", "1234567")
    assert num(0.015, ".3f") == "0.015"


def test_a_missing_catalogue_leaves_english_with_one_warning(qapp, tmp_path, capsys):
    assert i18n.install_language(qapp, "fr", tmp_path) == "fr"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "annstudio_fr.qm" in err and "English" in err
    assert translate("Ctx", "Run") == "Run"
    assert num(0.5, ".1f") == "0,5"          # numbers still in the French way
    assert i18n.install_language(qapp, "tlh", tmp_path) == "en"     # unknown: English


@pytest.mark.parametrize("text, value", [("0,015", 0.015), ("0.015", 0.015),
                                         ("1,5e-3", 0.0015), ("\u22120,5", -0.5),
                                         (" 2 ", 2.0), ("1000", 1000.0)])
def test_parse_number_german(qapp, text, value):
    i18n.install_language(qapp, "de")
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1.000,5", "0,0,1", "1 000"])
def test_parse_number_refuses(qapp, text):
    i18n.install_language(qapp, "de")
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_english(qapp):
    i18n.install_language(qapp, "en")
    assert parse_number("0.015") == 0.015
    assert parse_number("0,015") == 0.015     # a lone decimal comma, as before
    with pytest.raises(ValueError):
        parse_number("1,000.5")


# ------------------------------------------------------------------ in the window
def test_german_learning_rate_typed_with_a_comma(qapp, catalogue_dir, make_window, qtbot):
    i18n.install_language(qapp, "de", catalogue_dir)
    w = make_window()
    lr = w.toolbar_lr
    assert lr.text() == num(w.experiment.optimizer.params["lr"], ".6g")
    assert "," in lr.text()                                   # 0,03 on screen
    for field, typed, value in ((lr, "0,015", 0.015), (lr, "0.02", 0.02),
                                (w.training_panel.hp_edit("lr"), "0,25", 0.25)):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key_Return)
        assert not field.error, field.error
        assert w.session.experiment.optimizer.params["lr"] == value
    # the other editor shows the value in the German way
    assert lr.text() == "0,25"
    qtbot.waitUntil(lambda: w.training_panel.hp_edit("lr").text() == "0,25")
    # nonsense: the field's own error, nothing changes
    lr.selectAll()
    qtbot.keyClicks(lr, "0,0,1")
    qtbot.keyClick(lr, Qt.Key_Return)
    assert "must be a number" in lr.error
    assert w.session.experiment.optimizer.params["lr"] == 0.25


def test_view_language_menu_stores_the_choice(qapp, catalogue_dir, make_window, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS", catalogue_dir)
    w = make_window()
    acts = w.actions
    assert {k for k in acts if k.startswith("language_")} == {
        "language_system", "language_en", "language_de", "language_es", "language_fr",
        "language_zh_CN"}
    assert acts["language_system"].isChecked()
    menu = w.language_menu.menu
    assert menu.menuAction() in w.menus["view"].actions()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "System default", "English", "Deutsch", "Español", "Français", "简体中文"]
    acts["language_de"].trigger()
    assert w.settings.value("language") == "de"
    assert acts["language_de"].isChecked() and not acts["language_system"].isChecked()
    box = w.language_menu.box
    assert box.isVisible() and not box.isModal()
    # said in German, from the German catalogue
    assert box.text() == RESTART_DE.format(language="Deutsch")
    assert box.windowTitle() == "Sprache"
    # French has no catalogue here: said in the window's language
    acts["language_fr"].trigger()
    assert w.settings.value("language") == "fr"
    assert w.language_menu.box.text() == (
        "ANN Studio will speak Français when you start it again.")
    # the system default removes the choice
    monkeypatch.setattr(i18n, "system_language", lambda names=None: "de")
    acts["language_system"].trigger()
    assert w.settings.value("language") is None
    assert w.language_menu.box.text() == RESTART_DE.format(language="Deutsch")


def test_the_stored_language_is_checked_at_start(make_window, settings_path):
    s = make_settings(settings_path)
    s.setValue("language", "zh_CN")
    s.sync()
    w = make_window()
    assert w.actions["language_zh_CN"].isChecked()
    assert not w.actions["language_system"].isChecked()


def test_main_installs_annstudio_lang_and_takes_it_away(qapp, monkeypatch):
    """The app's start-up: ANNSTUDIO_LANG=de gives a German locale while the window is
    built, and the run leaves the process as it found it."""
    from annstudio.gui import app as app_module
    seen = {}

    def build(args, headless, settings):
        seen["num"] = num(0.5, ".1f")
        seen["code"] = i18n.installed_language()
        raise RuntimeError("stop here")
    monkeypatch.setenv("ANNSTUDIO_LANG", "de")
    monkeypatch.setattr(app_module, "_build_window", build)
    with pytest.raises(RuntimeError):
        app_module.main(["--self-test"])
    assert seen == {"num": "0,5", "code": "de"}
    assert i18n.installed_language() == "en" and num(0.5, ".1f") == "0.5"
    assert QApplication.instance() is qapp


def test_german_held_out_share_takes_both_forms(qapp, make_window, qtbot):
    """The New challenge dialog's held-out share (a spin box): shown "0,30" in German,
    "0,25" and "0.25" typed alike."""
    def set_spin(qtbot, spin, typed):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    i18n.install_language(qapp, "de")
    w = make_window()
    w.actions["new_challenge"].trigger()        # the menu reads "Neue &Aufgabe…" here
    d = w.challenges.dialog
    qtbot.waitUntil(d.isVisible, timeout=5000)
    spin = d.hold_out
    assert spin.text() == "0,30"
    for typed, value in (("0,25", 0.25), ("0.4", 0.4), ("0.15", 0.15)):
        set_spin(qtbot, spin, typed)
        assert spin.value() == pytest.approx(value), typed
        assert spin.text() == num(value, ".2f")
    set_spin(qtbot, spin, "0.95")                    # out of range: Qt's refusal stands
    assert spin.value() <= 0.9
    d.close()


def test_plot_ticks_follow_the_locale(qapp):
    """A plot's axis says "0,5" in German and "0.5" in English, as every other number."""
    import pyqtgraph as pg
    axis = pg.AxisItem("bottom")
    i18n.install_language(qapp, "de")
    assert axis.tickStrings([0.0, 0.5, 1.5], 1.0, 0.5) == ["0", "0,5", "1,5"]
    i18n.install_language(qapp, "en")
    assert axis.tickStrings([0.0, 0.5, 1.5], 1.0, 0.5) == ["0", "0.5", "1.5"]
