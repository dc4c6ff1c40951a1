"""What the translation tests share: a pseudo-translation, the shipped catalogues, and a
walk over the windows that opens each one a user can reach and collects its texts.

`PseudoTranslator` wraps every text that went through Qt's translation in ⟦…⟧: PySide6
calls a Python override of ``QTranslator.translate`` (checked by
tests/gui/test_translatable.py), so no catalogue has to be compiled for it.
"""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDockWidget,
                               QGroupBox, QHeaderView, QLabel, QLineEdit, QMenu, QMenuBar,
                               QPlainTextEdit, QStatusBar, QTabBar, QTextEdit,
                               QToolBar, QWidget)

from annstudio.io import lessons

OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Every text Qt is asked to translate comes back as ⟦text⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return OPEN + source + CLOSE

    def isEmpty(self):
        return False


def install_pseudo(app):
    tr = PseudoTranslator(app)
    QCoreApplication.installTranslator(tr)
    return tr


def install_language(app, lang):
    """The shipped catalogue of ``lang`` and its locale (numbers), as the app installs
    them; returns a function that undoes it."""
    from annstudio.gui import i18n as runtime
    install = getattr(runtime, "install_language", None)   # the app's loader, once merged
    if install is None:
        return _own_install(app, lang)
    install(app, lang)
    return lambda: runtime.uninstall_language(app)


def _own_install(app, lang):
    from pathlib import Path
    qm = Path(__file__).resolve().parents[2] / "annstudio" / "assets" / "translations" / \
        f"annstudio_{lang}.qm"
    tr = QTranslator(app)
    assert tr.load(str(qm)), f"{qm} does not load"
    QCoreApplication.installTranslator(tr)
    before = QLocale()
    QLocale.setDefault(QLocale(lang))

    def undo():
        QCoreApplication.removeTranslator(tr)
        QLocale.setDefault(before)
    return undo


# ----------------------------------------------------------------------------- texts
_TAG = re.compile(r"<[^>]*>")


def plain(text):
    """What a label shows of ``text``: tags out, entities decoded, spaces collapsed."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    return " ".join(html.unescape(text).split())


def widget_texts(w):
    """(kind, text) pairs a user can see on ``w`` itself (not its children)."""
    out = []
    if w.isWindow() or isinstance(w, QDockWidget):
        out.append(("title", w.windowTitle()))
    for kind, text in (("tooltip", w.toolTip()), ("what's this", w.whatsThis())):
        out.append((kind, text))
    if isinstance(w, QLabel):
        out.append(("label", w.text()))
    elif isinstance(w, QAbstractButton):
        out.append(("button", w.text()))
    elif isinstance(w, QGroupBox):
        out.append(("group", w.title()))
    elif isinstance(w, QLineEdit):
        out.append(("placeholder", w.placeholderText()))
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        out.append(("placeholder", w.placeholderText()))
        if w.isReadOnly():
            out.append(("text", w.toPlainText()))
    elif isinstance(w, QComboBox):
        out += [("combo item", w.itemText(i)) for i in range(w.count())]
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            out += [("tab", w.tabText(i)), ("tab tooltip", w.tabToolTip(i))]
    elif isinstance(w, QHeaderView) and w.model() is not None:
        for i in range(w.count()):
            value = w.model().headerData(i, w.orientation(), Qt.DisplayRole)
            if isinstance(value, str) and w.orientation() == Qt.Horizontal:
                out.append(("header", value))
    elif isinstance(w, QStatusBar):
        out.append(("status", w.currentMessage()))
    return out


def action_texts(a):
    if a.isSeparator():
        return []
    out = [("action", a.text()), ("action status tip", a.statusTip())]
    if a.toolTip() != a.text().replace("&", ""):     # Qt's default tooltip is the text
        out.append(("action tooltip", a.toolTip()))
    if a.menu() is not None:
        out.append(("menu", a.menu().title()))
        for sub in a.menu().actions():
            out += action_texts(sub)
    return out


def plot_texts(w):
    """Axis labels, titles, legends and text items of the pyqtgraph plots in ``w``."""
    try:
        import pyqtgraph as pg
    except ImportError:                               # pragma: no cover
        return []
    if not isinstance(w, pg.GraphicsView):
        return []
    out = []
    for item in w.scene().items():
        if isinstance(item, pg.PlotItem):
            for side in ("left", "bottom", "right", "top"):
                axis = item.getAxis(side)
                if axis.isVisible() and axis.labelText:
                    out.append((f"{side} axis", axis.labelText))
            if item.titleLabel.isVisible():
                out.append(("plot title", item.titleLabel.text))
        elif isinstance(item, pg.LegendItem):
            out += [("legend", label.text) for _sample, label in item.items]
        elif isinstance(item, pg.TextItem):
            out.append(("plot text", item.textItem.toPlainText()))
        elif isinstance(item, pg.LabelItem) and item.isVisible():
            out.append(("plot label", item.text))
    return out


def _third_party(w):
    """pyqtgraph's own controls (the plots' context menus and their forms) and Qt's
    popup menus outside the menu bar: not ours to translate."""
    while w is not None:
        if type(w).__module__.startswith("pyqtgraph") and not hasattr(w, "scene"):
            return True
        if isinstance(w, QMenu):
            return True
        w = w.parentWidget()
    return False


def window_name(top):
    """A window's name in the report: its class (its title changes with the file shown
    and the language), and the title of a message box (each Help page is one)."""
    from PySide6.QtWidgets import QMessageBox
    name = type(top).__name__
    if isinstance(top, QMessageBox):
        name += f" “{plain(top.windowTitle()).strip(OPEN + CLOSE)}”"
    return name


def collect(windows):
    """{(window, kind, text)} of every widget of ``windows`` (top-level widgets), their
    menu bars' and tool bars' actions, and their plots."""
    from PySide6.QtWidgets import QGraphicsView
    found = set()

    def add(where, kind, text):
        text = plain(text or "")
        if text:
            found.add((where, kind, text))

    for top in windows:
        where = window_name(top)
        for w in [top, *top.findChildren(QWidget)]:
            if w.window() is not top or _third_party(w):
                continue          # a window of its own (collected as one) or not ours
            if isinstance(w, QGraphicsView):
                for kind, text in plot_texts(w):
                    add(where, kind, text)
            for kind, text in widget_texts(w):
                add(where, kind, text)
            if isinstance(w, (QMenuBar, QToolBar)):
                for a in w.actions():
                    for kind, text in action_texts(a):
                        add(f"{where} ▸ {type(w).__name__}", kind, text)
    return found


def visible_windows():
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, QMenu)]


def first_lesson():
    return lessons.list_lessons()[0].name
