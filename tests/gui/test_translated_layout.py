"""No text is cut off in any shipped language: the main window at 1366×768 in each
language, and again with the first lesson open, gives every label, button, check box,
group box and tab the room its translated text needs. Screenshots of both go to
``ANNSTUDIO_SHOTS`` (default: a temporary folder) for a person to look at.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QPushButton, QStyle,
                               QStyleOptionButton, QTabBar, QWidget)

from tests.gui import i18n_walk
from tests.gui.conftest import small_moons
from tests.test_translations import i18n as tool

SLACK = 1          # px: rounding of fractional advances


def _text_width(widget, text):
    """The width ``text`` takes in ``widget``'s font: rich text laid out as a document,
    plain text line by line, an accelerator's ``&`` not drawn."""
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.PlainText \
            and "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth()
    fm = QFontMetrics(widget.font())
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(fm.horizontalAdvance(line) for line in shown.split("\n"))


def _needed_and_room(w):
    """(text, px it needs, px it has) of a widget whose text can be cut, or None."""
    if isinstance(w, QLabel):
        text = w.text()
        if not text or w.wordWrap():
            return None
        if w.toolTip() and i18n_walk.plain(text).rstrip("…") in i18n_walk.plain(w.toolTip()):
            return None                            # elided on purpose, the tooltip has it all
        room = w.contentsRect().width() - 2 * w.margin() - max(w.indent(), 0)
        return text, _text_width(w, text), room
    if isinstance(w, QPushButton) and w.text():
        opt = QStyleOptionButton()
        w.initStyleOption(opt)
        fm = QFontMetrics(w.font())
        content = _text_width(w, w.text())
        if not w.icon().isNull():
            content += w.iconSize().width() + 4
        need = w.style().sizeFromContents(QStyle.CT_PushButton, opt,
                                          QSize(int(content), fm.height()), w).width()
        return w.text(), need, w.width()
    if isinstance(w, QAbstractButton) and w.text():   # check boxes, radio and tool buttons
        return w.text(), w.sizeHint().width(), w.width()
    if isinstance(w, QGroupBox) and w.title():
        return w.title(), _text_width(w, w.title()) + 16, w.width()
    return None


def _tab_cuts(bar):
    out = []
    hspace = bar.style().pixelMetric(QStyle.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        r = bar.tabRect(i)
        if r.right() > bar.width() or not bar.isTabVisible(i):
            continue                               # behind the scroll arrows, not cut
        need = _text_width(bar, bar.tabText(i)) + hspace
        if not bar.tabIcon(i).isNull():
            need += bar.iconSize().width()
        if need > r.width() + SLACK:
            out.append(f"tab {bar.tabText(i)!r}: needs {need:.0f} px, has {r.width()}")
    return out


def cut_texts(window):
    """A line for each text of ``window``'s visible widgets wider than its room."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window or w.visibleRegion().isEmpty():
            continue
        if isinstance(w, QTabBar):
            found += [f"{type(w.parent()).__name__}: {line}" for line in _tab_cuts(w)]
            continue
        got = _needed_and_room(w)
        if got is not None and got[1] > got[2] + SLACK:
            text, need, room = got
            name = w.objectName() or w.accessibleName() or type(w).__name__
            found.append(f"{type(w).__name__} {name!r} {i18n_walk.plain(text)[:80]!r}: "
                         f"needs {need:.0f} px, has {room}")
    return sorted(set(found))


def settled_cuts(qtbot, window):
    """`cut_texts` once the layout has settled: a toolbar label that grew is laid out
    again a few event-loop turns later (a lesson's run length, measured ~0.5 s)."""
    try:
        qtbot.waitUntil(lambda: not cut_texts(window), timeout=3000)
    except qtbot.TimeoutError:
        pass
    return cut_texts(window)


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("ANNSTUDIO_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_no_text_is_cut_off_in_the_translated_window(lang, qapp, qtbot, make_window,
                                                     monkeypatch, shots):
    monkeypatch.setenv("ANNSTUDIO_LANG", lang)
    undo = i18n_walk.install_language(qapp, lang)
    try:
        w = make_window(small_moons())
        cut = [f"main window: {line}" for line in settled_cuts(qtbot, w)]
        w.grab().save(str(shots / f"{lang}_main.png"))
        w.files.lesson_actions[i18n_walk.first_lesson()].trigger()
        qtbot.waitUntil(lambda: w.lesson_dock.isVisible(), timeout=5000)
        cut += [f"with a lesson: {line}" for line in settled_cuts(qtbot, w)]
        qtbot.wait(30)        # the toolbar's posted relayout (Run ▶ grew): not mid-move
        w.grab().save(str(shots / f"{lang}_lesson.png"))
    finally:
        undo()
    assert not cut, f"{len(cut)} text(s) cut off in {lang} (screenshots: {shots}):\n" + \
        "\n".join(dict.fromkeys(cut))


class _Longer(i18n_walk.PseudoTranslator):
    """Every text three times its length: what no layout has room for."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return " ".join([source] * 3) if source and "\n" not in source else source


def test_the_check_sees_texts_longer_than_their_room(qapp, qtbot, make_window):
    from PySide6.QtCore import QCoreApplication
    tr = _Longer(qapp)
    QCoreApplication.installTranslator(tr)
    try:
        w = make_window(small_moons())
        w.toolbar_info.setText(QCoreApplication.translate("Test", "epoch 0 / 50"))
        w.toolbar_info.setFixedWidth(60)
        found = cut_texts(w)
    finally:
        QCoreApplication.removeTranslator(tr)
    # every text three times over: the tabs' words (at least) no longer fit
    assert any(re.search(r"'(\w+) \1 \1'", line) for line in found), found
