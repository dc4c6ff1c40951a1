"""Translation and locale for the GUI: every user-visible string goes through
``translate(context, text)`` (Qt's ``QCoreApplication.translate``, which pyside6-lupdate
finds by name), and every number shown goes through `num` so it follows the user's
locale (a decimal comma in German and French); numbers typed go through `parse_number`,
which takes the locale's form and the C form alike.

Conventions (docs/translating.md):
- ``translate("TrainingPanel", "Learning rate")``: the context is the class the text is
  in (the module's stem outside a class); the text is a plain literal, never an f-string.
- Values go in afterwards: ``translate("Status", "epoch {epoch}").format(epoch=e)``.
- Formulas and the lecture's symbols (u, z, W, b, φ, ∂Q/∂W) are not translated.

The language in effect (`chosen_language`): ``ANNSTUDIO_LANG`` for one run, else the
settings' ``language`` (View ▸ Language), else the system's, else English.
`install_language` loads the app's compiled catalogue (``assets/translations/
annstudio_<code>.qm``) and Qt's own (``qtbase_<code>.qm``: the standard dialog buttons)
and sets the default QLocale, which `num`, `parse_number` and Qt's spin boxes follow. Only
the GUI calls it: the command line, files and generated code stay locale-independent.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

translate = QCoreApplication.translate

# the languages the window speaks, by code, each in its own words (never translated: a
# reader looks for the name they can read)
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français",
             "zh_CN": "简体中文"}
ENV = "ANNSTUDIO_LANG"
SETTINGS_KEY = "language"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"


def num(x: float, spec: str = "g") -> str:
    """``format(x, spec)`` in the user's locale: its decimal point and group separator."""
    text = format(x, spec)
    locale = QLocale()
    return text.translate(str.maketrans({".": locale.decimalPoint(),
                                         ",": locale.groupSeparator()}))


def parse_number(text: str) -> float:
    """The number a person typed: in the locale's form ("0,015" in German) or the C form
    ("0.015", as in the lecture's notes and the command line); ValueError if neither.

    Group separators are refused: German reads "0.015" as fifteen thousandths only when
    "." is not taken as a thousands separator, and nobody types one in a learning rate.
    A lone decimal comma is taken in every language (a student with an English window on
    a German keyboard)."""
    t = str(text).strip().replace("\u2212", "-")
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.RejectGroupSeparator)
    value, ok = locale.toDouble(t)
    if ok:
        return value
    try:
        return float(t)
    except ValueError:
        if t.count(",") == 1 and "." not in t:
            return float(t.replace(",", "."))
        raise


def match_language(name):
    """The code of `LANGUAGES` a locale name stands for ("de_AT" → "de", "zh_Hans_SG" →
    "zh_CN", "en-GB" → "en"), or None (Traditional Chinese, languages not offered)."""
    name = str(name or "").strip()
    if name in LANGUAGES:
        return name
    loc = QLocale(name.replace("-", "_"))
    if loc.language() in (QLocale.C, QLocale.AnyLanguage):
        return None
    if loc.language() == QLocale.Chinese:
        return "zh_CN" if loc.script() == QLocale.SimplifiedHanScript else None
    code = QLocale.languageToCode(loc.language())
    return code if code in LANGUAGES else None


def system_language(names=None):
    """The first language offered among the system's (``QLocale.system()``'s UI languages,
    then its name), or None."""
    if names is None:
        system = QLocale.system()
        names = [*system.uiLanguages(), system.name()]
    for name in names:
        code = match_language(name)
        if code:
            return code
    return None


def stored_language(settings):
    """The settings' language (View ▸ Language), or None for the system default."""
    value = settings.value(SETTINGS_KEY) if settings is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else None


def chosen_language(settings=None, environ=None, system=True):
    """The language of this run: ``ANNSTUDIO_LANG``, else the settings', else (``system``)
    the system's, else "en". An unknown ``ANNSTUDIO_LANG`` is said once on stderr."""
    env = (os.environ if environ is None else environ).get(ENV, "").strip()
    if env:
        code = match_language(env)
        if code:
            return code
        print(f"annstudio: {ENV}={env!r} is not a language ANN Studio speaks "
              f"({', '.join(LANGUAGES)}); ignoring it", file=sys.stderr)
    code = stored_language(settings)
    if code:
        return code
    return (system_language() if system else None) or "en"


def number_locale(code, system=None):
    """The QLocale numbers follow in language ``code``: the system's own where it is of
    that language (a Swiss German keeps "0.5", a Mexican "0.5"), else the language's
    main one; for English the C-like en_US without group separators."""
    if code == "en" or code not in LANGUAGES:
        loc = QLocale(QLocale.English, QLocale.UnitedStates)
        loc.setNumberOptions(QLocale.OmitGroupSeparator)
        return loc
    system = QLocale.system() if system is None else system
    return QLocale(system) if match_language(system.name()) == code else QLocale(code)


def qt_translation_dirs():
    """Where Qt's own catalogues may be: Qt's translations folder, and beside the PySide6
    package (a frozen bundle keeps them there)."""
    dirs = [QLibraryInfo.path(QLibraryInfo.TranslationsPath)]
    import PySide6
    base = Path(PySide6.__file__).resolve().parent
    dirs += [str(base / "Qt" / "translations"), str(base / "translations")]
    return [d for d in dict.fromkeys(dirs) if d and os.path.isdir(d)]


class _Installed:
    """What `install_language` put in place, for `uninstall_language` to take away: the
    translators (the application holds no reference to them) and the locale before."""
    translators: list = []
    previous_locale = None
    code = "en"
    ticks_localized = False            # pyqtgraph's tick labels are wrapped once per process


def install_language(app, code, directory=None):
    """Show the window in language ``code`` from now on: the app's and Qt's catalogues,
    and the default locale for numbers. A missing catalogue leaves its strings in English
    with one warning on stderr. Returns the code (an unknown one is "en"). Replaces what
    an earlier call installed."""
    uninstall_language(app)
    code = code if code in LANGUAGES else "en"
    _Installed.previous_locale = QLocale()
    _Installed.code = code
    if code != "en":
        path = Path(directory or TRANSLATIONS) / f"annstudio_{code}.qm"
        ours = QTranslator(app)
        if path.is_file() and ours.load(str(path)):
            _install(app, ours)
        else:
            print(f"annstudio: no translation into {LANGUAGES[code]} ({path} is missing or "
                  "unreadable); the window stays in English", file=sys.stderr)
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{code}", d) for d in qt_translation_dirs()):
            _install(app, qt)
    QLocale.setDefault(number_locale(code))
    localize_axis_ticks()
    return code


def localize_axis_ticks():
    """The plots' tick labels in the default locale ("0,5" in German), like every other
    number shown: pyqtgraph formats ticks with Python's ``%g`` and has no locale setting, so
    its `AxisItem.tickStrings` is wrapped once here for every axis of the app."""
    import pyqtgraph as pg
    if _Installed.ticks_localized:
        return
    _Installed.ticks_localized = True
    plain = pg.AxisItem.tickStrings

    def tick_strings(self, values, scale, spacing):
        point = QLocale().decimalPoint()
        strings = plain(self, values, scale, spacing)
        return strings if point == "." else [t.replace(".", point) for t in strings]
    pg.AxisItem.tickStrings = tick_strings


def _install(app, translator):
    app.installTranslator(translator)
    _Installed.translators.append(translator)


def uninstall_language(app):
    """Undo `install_language`: remove its translators and restore the default locale."""
    for translator in _Installed.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _Installed.translators = []
    if _Installed.previous_locale is not None:
        QLocale.setDefault(_Installed.previous_locale)
        _Installed.previous_locale = None
    _Installed.code = "en"


def installed_language():
    """The code `install_language` put in effect ("en" when none did)."""
    return _Installed.code


def translator_for(code, directory=None):
    """A QTranslator loaded with the app's catalogue for ``code`` (not installed), or None:
    to say one thing in a language before it is in effect."""
    path = Path(directory or TRANSLATIONS) / f"annstudio_{code}.qm"
    t = QTranslator()
    return t if code in LANGUAGES and code != "en" and path.is_file() and t.load(str(path)) \
        else None


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that shows the locale's form and takes the C form as well: in
    German it shows "0,30" and accepts "0,25" and "0.25" alike (Qt's own refuses the
    point, taking it for a thousands separator)."""

    def _number(self, text):
        t = str(text)
        if self.prefix() and t.startswith(self.prefix()):
            t = t[len(self.prefix()):]
        if self.suffix() and t.endswith(self.suffix()):
            t = t[: -len(self.suffix())]
        return parse_number(t)

    def validate(self, text, pos):
        state = super().validate(text, pos)
        if (state[0] if isinstance(state, tuple) else state) == QValidator.Acceptable:
            return state
        try:
            v = self._number(text)
        except ValueError:
            return state
        # out of range may be on its way ("0." before "0.25"): Qt corrects it on leaving
        ok = self.minimum() <= v <= self.maximum()
        return (QValidator.Acceptable if ok else QValidator.Intermediate), text, pos

    def valueFromText(self, text):
        try:
            return self._number(text)
        except ValueError:
            return super().valueFromText(text)
