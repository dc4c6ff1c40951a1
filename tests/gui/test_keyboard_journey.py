"""Issue 26 §2: the first lesson from the keyboard alone — the Lessons menu by its Alt key,
Run by Space, the next lesson by Tab and Space, a prediction chosen with the arrow keys and
locked with Space. No mouse event, no method call on a panel."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annstudio.io import lessons


def key(qtbot, k, mod=Qt.NoModifier):
    # where the key goes: an open menu, the focused widget, else the active window
    target = QApplication.activePopupWidget() or QApplication.focusWidget() \
        or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, k, mod)


def tab_to(qtbot, widget, limit=80):
    """Tab through the focus chain until ``widget`` has the focus (as a user does)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        key(qtbot, Qt.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.text() if hasattr(widget, 'text') else widget}"
                         f" (visible {widget.isVisible()}, enabled {widget.isEnabled()})")


def back_to(w, qtbot):
    """A closed menu hands the keyboard back to its window (the offscreen platform leaves
    the menu 'active': activate the window as a desktop does)."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)


def open_first_lesson(w, qtbot):
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    key(qtbot, Qt.Key_L, Qt.AltModifier)                 # &Lessons
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    menu = QApplication.activePopupWidget()
    first = lessons.list_lessons()[0]
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == first.title:
            break
        key(qtbot, Qt.Key_Down)
    assert menu.activeAction().text() == first.title
    key(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.lesson_panel.title.text() == first.title, timeout=5000)
    back_to(w, qtbot)
    return w.lesson_panel


def test_the_first_lesson_with_keys_only(make_window, qtbot):
    w = make_window()
    p = open_first_lesson(w, qtbot)
    w.files.ask_save_changes = lambda: "discard"
    # Space is Run wherever the focus is not on a control that Space presses
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: p.finished.isVisible(), timeout=90000)
    assert "Lesson complete" in p.finished.text()
    # the focus lands on "Next lesson"; Space presses it (a button takes Space, not Run)
    nxt = lessons.list_lessons()[1]
    qtbot.waitUntil(lambda: not w.session.client.running, timeout=10000)
    assert QApplication.focusWidget() is p.next_lesson_button
    n_epochs = len(w.history.epochs)
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: p.title.text() == nxt.title, timeout=10000)
    assert not w.session.client.running and len(w.history.epochs) <= n_epochs


def test_a_prediction_from_the_keyboard(make_window, qtbot):
    """bigger_lr step 2: Tab to the choices, arrows to the third, Space on Lock."""
    w = make_window()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    title = next(x.title for x in lessons.list_lessons() if x.name == "bigger_lr")
    key(qtbot, Qt.Key_L, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    menu = QApplication.activePopupWidget()
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == title:
            break
        key(qtbot, Qt.Key_Down)
    key(qtbot, Qt.Key_Return)
    p = w.lesson_panel
    qtbot.waitUntil(lambda: p.title.text() == title, timeout=5000)
    back_to(w, qtbot)
    tab_to(qtbot, p.next_button)
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: p.counter.text().startswith("Step 2"), timeout=5000)
    qtbot.waitUntil(lambda: len(p.choice_buttons) > 2 and p.choice_buttons[0].isVisible(),
                    timeout=5000)
    tab_to(qtbot, p.choice_buttons[0])
    key(qtbot, Qt.Key_Space)
    key(qtbot, Qt.Key_Down)
    key(qtbot, Qt.Key_Down)
    assert p.choice_buttons[2].isChecked()
    tab_to(qtbot, p.lock_button)
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: p.lock_button.text() == "Locked: now Run", timeout=5000)
    assert not w.session.client.running
