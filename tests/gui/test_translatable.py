"""Every text a user can see went through translate(): with a pseudo-translation that
wraps each translated text in ⟦…⟧, the main window, its docks, menus and tool bars, the
inspector, the lesson panel, the start panel, the Help pages, the Compare windows and the
classroom windows are opened as a user opens them, and every English word left outside
⟦…⟧ is listed, window by window.
"""
from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget

from tests.gui import i18n_walk
from tests.gui.conftest import small_moons

# Words that stay as they are in every language; each is a name, not a text.
ALLOWED = [
    "ANN Studio",                    # the product's name
    "PyTorch", "NumPy", "numba", "CUDA", "CPU", "GPU",   # software and hardware names
    "CSV", "PNG", "SVG", "GIF", "ZIP", "HTTP",           # file formats and protocols
    "SGD", "Adam", "RMSProp", "Adagrad",                 # optimizers, named as in the lecture
    "ReLU", "tanh", "sigmoid", "softmax",                # activations, named as in PyTorch
    "MSE", "MAE", "BCE", "R²",                           # losses and scores, by their symbols
    "Ctrl", "Shift", "Alt", "Space", "Esc", "Tab",       # key names on the keyboard's caps
    "English", "Deutsch", "Español", "Français",         # View ▸ Language: each in its own words
    "sin", "cos",                                        # the derived features' functions
    "momentum", "dampening",                             # torch's names inside update formulas
]
# lecture symbols (u, z, W₁, φ, ∂Q/∂W, fc1) have fewer than 3 letters and never match
_FILES = re.compile(r"(?:[A-Za-z]:)?[\w.~-]*[/\\][\w./\\~-]*"          # paths
                    r"|[\w.-]+\.(?:annstudio|challenge|key|handin|csv|png|svg|py|zip|json|"
                    r"txt|ipynb)\b"                                      # file names
                    r"|https?://\S+")                                   # addresses
_WORD = re.compile(r"[A-Za-z]{3,}")
_SPAN = re.compile(r"⟦[^⟦⟧]*⟧")
OPEN = "⟦"


def untranslated(text, data=()):
    """The English words of ``text`` outside any ⟦…⟧ span (spans may nest: a translated
    template filled with translated words), less ``data``: what the test typed or the app
    made up (a challenge's title, a student's name, a class code), shown as it is."""
    while True:
        inner = _SPAN.sub(" ", text)
        if inner == text:
            break
        text = inner
    if OPEN in text:          # a translated text cut short to fit (a status line's first
        text = text[:text.index(OPEN)]                   # sentence): the rest is translated
    text = _FILES.sub(" ", text)
    for name in [*ALLOWED, *data]:
        text = re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", " ", text)
    return _WORD.findall(text)


def test_pyside_calls_a_python_translator_and_the_check_sees_english(qapp):
    tr = i18n_walk.install_pseudo(qapp)
    try:
        assert QCoreApplication.translate("Ctx", "Learning rate") == "⟦Learning rate⟧"
    finally:
        QCoreApplication.removeTranslator(tr)
    assert untranslated("⟦epoch {n}⟧ 12") == []
    assert untranslated("⟦loss ⟦train⟧ {x}⟧ and more") == ["and", "more"]
    assert untranslated("shown: ⟦The first sentence. The sec") == ["shown"]
    assert untranslated("Adam lr=0.01 on moons.csv in /tmp/x/y.annstudio") == []
    assert untranslated("Save ANN Studio files") == ["Save", "files"]


def _open_everything(w, qtbot, monkeypatch, tmp_path):
    """Open, as a user does, every window and panel the main window leads to."""
    from annstudio.gui.classroom import NameDialog
    from tests.gui.test_class_view import STUDENTS, hand_in
    from tests.gui.test_classroom_windows import answer_dialogs, small_challenge
    from tests.gui.test_receive_window import open_receive
    from annstudio.io import classroom

    w.actions["step_epoch"].trigger()              # the plots, the status line, the curves
    qtbot.waitUntil(lambda: w.history is not None and len(w.history.train_loss) > 0,
                    timeout=20000)
    for dock in w.findChildren(QDockWidget):
        dock.show()
    w.actions["inspector"].trigger()
    w.actions["start_panel"].trigger()
    w.files.lesson_actions[i18n_walk.first_lesson()].trigger()
    qtbot.waitUntil(lambda: w.lesson_dock.isVisible(), timeout=5000)
    for key in ("about", "notation", "getting_started", "shortcuts"):
        w.actions[key].trigger()
    for key in ("compare_race", "compare_landscape", "compare_timeline"):
        w.actions[key].trigger()
    w.actions["new_challenge"].trigger()
    qtbot.waitUntil(lambda: w.challenges.dialog is not None and w.challenges.dialog.isVisible(),
                    timeout=5000)
    name = NameDialog("", w)                        # File ▸ Hand in…'s question
    name.show()
    # a class of two students: the class table, then the Receive window on its key
    _, key_path, _ = small_challenge(tmp_path, max_epochs=6)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ch = classroom.load_key(key_path).challenge
    for k, student in enumerate(STUDENTS[:2]):
        hand_in(ch, inbox, *student, k)
    answer_dialogs(monkeypatch, w, [key_path], inbox)
    w.actions["class_collect"].trigger()
    qtbot.waitUntil(lambda: w.classroom.class_view is not None
                    and w.classroom.class_view.isVisible(), timeout=20000)
    (tmp_path / "received").mkdir()
    rw, _ = open_receive(w, qtbot, monkeypatch, key_path, tmp_path / "received")
    return name, [ch.title, rw.code.text(), *(s[0] for s in STUDENTS[:2])]


def test_every_visible_text_is_translated(qapp, qtbot, make_window, monkeypatch, tmp_path,
                                          capsys):
    tr = i18n_walk.install_pseudo(qapp)
    try:
        w = make_window(small_moons())
        found = i18n_walk.collect(i18n_walk.visible_windows())
        name, data = _open_everything(w, qtbot, monkeypatch, tmp_path)
        qtbot.wait(50)                             # posted layout and title updates
        found |= i18n_walk.collect(i18n_walk.visible_windows())
        name.close()
        w.classroom.receiver.stop()
    finally:
        QCoreApplication.removeTranslator(tr)
    failures = defaultdict(set)
    for where, kind, text in found:
        words = untranslated(text, data)
        if words:
            failures[where].add(f"{kind}: {text[:140]!r}  ← {' '.join(dict.fromkeys(words))}")
    report = [f"{sum(map(len, failures.values()))} untranslated text(s) in "
              f"{len(failures)} window(s):"]
    for where in sorted(failures):
        report.append(f"\n[{where}] {len(failures[where])}")
        report += [f"  {line}" for line in sorted(failures[where])]
    with capsys.disabled():
        print("\n".join(report) if failures else "every visible text is translated")
    assert not failures, "\n".join(report)
