"""The lesson panel (issue 14 part 2, issue 10 "lesson text visible"): chosen from the
real Lessons menu, moved with the real Next / Back buttons, predictions answered with the
real radio buttons, goals ticked after a real training run."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from annstudio.io import lessons


def open_lesson(w, qtbot, name):
    title = next(x.title for x in lessons.list_lessons() if x.name == name)
    action = next(a for a in w.menus["lessons"].actions() if a.text() == title)
    action.trigger()                                     # the real Lessons ▸ entry
    qtbot.waitUntil(lambda: w.lesson_dock.isVisible(), timeout=5000)
    return w.lesson_panel


def click(qtbot, button):
    qtbot.waitUntil(button.isVisible, timeout=5000)     # new rows show on the next event
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def run_button(w):
    tb = w.findChild(QToolBar, "toolbar_training")
    return tb.widgetForAction(w.actions["run"])


def test_menu_opens_the_lesson_text_beside_the_plots_in_large_type(make_window, qtbot):
    w = make_window()
    assert not w.lesson_dock.isVisible()
    p = open_lesson(w, qtbot, "moons_sgd")
    summary = next(x.description for x in lessons.list_lessons() if x.name == "moons_sgd")
    assert p.title.text() == "Two moons with SGD (lecture §4)"
    assert p.text.text() == summary and p.text.isVisible()
    assert p.counter.text() == "Step 1 of 2 · Run it"
    assert p.text.font().pointSizeF() >= 1.3 * w.font().pointSizeF()   # projector size
    # at 1366 px it is a tab over the panels, raised, so the plots keep their width
    assert w.dockWidgetArea(w.lesson_dock) == Qt.LeftDockWidgetArea
    assert w.lesson_dock.visibleRegion().isEmpty() is False
    assert w.central.width() > 800


def test_wide_window_gives_the_lesson_its_own_column(make_window, qtbot):
    w = make_window()
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.width() >= 1700)
    open_lesson(w, qtbot, "moons_adam")
    assert w.dockWidgetArea(w.lesson_dock) == Qt.RightDockWidgetArea
    assert not w.tabifiedDockWidgets(w.lesson_dock)


def test_next_and_back_apply_each_steps_setup(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "bigger_lr")
    assert w.toolbar_lr.text() == "0.015"
    assert not p.back_button.isEnabled()
    click(qtbot, p.next_button)
    assert p.counter.text() == "Step 2 of 3 · Predict: lr = 5"
    assert w.toolbar_lr.text() == "5" and w.experiment.optimizer.params["lr"] == 5.0
    assert [lab.text() for lab in p.choice_labels] == \
        lessons.plan("bigger_lr")["steps"][1]["question"]["choices"]
    click(qtbot, p.next_button)
    assert p.counter.text().startswith("Step 3 of 3")
    assert not p.next_button.isEnabled()
    assert p.goal_labels[0].text().startswith("○ epochs to reach loss 0.1 < 20")
    click(qtbot, p.back_button)
    click(qtbot, p.back_button)
    assert p.counter.text().startswith("Step 1 of 3")
    assert w.toolbar_lr.text() == "0.015"                # every setup up to step 1 only


def test_right_prediction_is_locked_then_revealed_and_goals_ticked_by_a_real_run(
        make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "bigger_lr")
    click(qtbot, p.next_button)                          # lr = 5
    assert not p.reveal.isVisible()
    click(qtbot, p.choice_buttons[2])                    # "no lower than log 2 …"
    click(qtbot, p.lock_button)
    assert not any(b.isEnabled() for b in p.choice_buttons)
    assert p.lock_button.text() == "Locked: now Run"
    assert not p.goals_box.isVisible()                   # the goals would give it away
    assert all(lab.text().startswith("○") for lab in p.goal_labels)
    qtbot.mouseClick(run_button(w), Qt.LeftButton)       # a real run of 20 epochs
    qtbot.waitUntil(lambda: p.reveal.isVisible(), timeout=60000)
    assert p.goals_box.isVisible()
    assert p.reveal.text().startswith("<span style='color:#1b7f3b'><b>✓ Right:</b>")
    assert "ends above 0.69" in p.reveal.text()
    qtbot.waitUntil(lambda: all(lab.text().startswith("✓") for lab in p.goal_labels),
                    timeout=10000)
    assert len(w.history.epochs) == 20
    assert p.goal_labels[0].text().startswith("✓ training loss ≥ 0.69 at epoch 20")


def test_wrong_prediction_says_so_and_gives_the_answer(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "zero_init")
    assert w.experiment.network.init == "zeros"
    click(qtbot, p.choice_buttons[0])                    # "it learns like …": wrong
    click(qtbot, p.lock_button)
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: p.reveal.isVisible(), timeout=60000)
    assert "✗ Not quite." in p.reveal.text()
    assert "the loss stays at log 2 ≈ 0.69" in p.reveal.text()


def test_lock_without_a_choice_asks_for_one(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "xor_no_hidden")
    click(qtbot, p.lock_button)
    assert p.reveal.isVisible() and p.reveal.text() == "Choose one answer first."
    assert all(b.isEnabled() for b in p.choice_buttons)
    qtbot.waitUntil(p.choice_labels[1].isVisible)
    qtbot.mouseClick(p.choice_labels[1], Qt.LeftButton)  # clicking the words chooses too
    assert p.choice_buttons[1].isChecked()


def test_hint_button_shows_the_hint(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "xor_no_hidden")
    assert not p.hint_button.isVisible()                 # step 1 has no hint
    click(qtbot, p.next_button)
    assert not p.hint.isVisible()
    click(qtbot, p.hint_button)
    assert p.hint.isVisible() and "hidden layer of 8 ReLU units" in p.hint.text()


def test_hint_appears_by_itself_after_a_while(make_window, qtbot, monkeypatch):
    from annstudio.gui.panels import lesson as L
    monkeypatch.setattr(L, "HINT_AFTER_S", 0.2)
    w = make_window()
    p = open_lesson(w, qtbot, "deep_sigmoid_vanishing")
    click(qtbot, p.next_button)
    assert w.view_tabs.currentWidget() is w.grad_view    # the step opens its view
    qtbot.waitUntil(lambda: p.hint.isVisible(), timeout=5000)
    assert "ReLU" in p.hint.text()


def test_try_another_seed_redraws_data_and_weights_and_starts_the_step_again(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "moons_sgd")
    X0 = w.data.X_train.copy()
    W0 = w.network().layers[0].W.copy()
    assert not p.seed_label.isVisible()
    click(qtbot, p.seed_button)
    qtbot.waitUntil(lambda: p.seed_label.isVisible(), timeout=5000)
    assert p.seed_label.text() == "Seed 1"
    e = w.experiment
    assert (e.dataset.seed, e.network.seed, e.training.seed) == (1, 1, 1)
    assert w.data.X_train.shape == X0.shape and not (w.data.X_train == X0).all()
    assert not (w.network().layers[0].W == W0).all()
    assert len(w.history.epochs) == 0
    click(qtbot, p.next_button)                          # the next step keeps the seed
    assert w.experiment.training.epochs == 150 and w.experiment.dataset.seed == 1
    click(qtbot, p.seed_button)
    qtbot.waitUntil(lambda: p.seed_label.text() == "Seed 2", timeout=5000)
    assert w.experiment.network.seed == 2 and w.experiment.training.epochs == 150


def test_the_lecture_s_own_points_have_no_seed_to_change(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "notxor_by_hand")
    qtbot.waitUntil(p.seed_button.isVisible, timeout=5000)
    assert not p.seed_button.isEnabled() and "lecture's own" in p.seed_button.toolTip()


def test_a_task_step_starts_afresh_and_says_reset(make_window, qtbot):
    w = make_window()
    p = open_lesson(w, qtbot, "bigger_lr")
    click(qtbot, p.next_button)                          # lr = 5
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history.epochs) == 20, timeout=60000)
    qtbot.waitUntil(lambda: run_button(w).isEnabled(), timeout=10000)
    click(qtbot, p.next_button)                          # "Find a good step"
    qtbot.waitUntil(lambda: len(w.history.epochs) == 0, timeout=10000)
    assert "press Reset" in p.text.text() and "starts afresh" in p.text.text()
    assert w.experiment.optimizer.params["lr"] == 5.0    # the student's settings are kept


def test_finishing_a_lesson_says_so_and_offers_the_next_one(make_window, qtbot, monkeypatch):
    from annstudio.gui import files
    w = make_window()
    p = open_lesson(w, qtbot, "notxor_by_hand")          # one step: loss < 0.36 at epoch 50
    assert not p.finished.isVisible() and not p.next_lesson_button.isVisible()
    qtbot.mouseClick(run_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: p.finished.isVisible(), timeout=60000)
    assert "Lesson complete" in p.finished.text()
    nxt = lessons.list_lessons()[1]
    assert p.next_lesson_button.text() == f"Next lesson: {nxt.title} ▶"
    monkeypatch.setattr(w.files, "ask_save_changes", lambda: files.DISCARD)
    qtbot.waitUntil(lambda: run_button(w).isEnabled(), timeout=10000)
    click(qtbot, p.next_lesson_button)
    qtbot.waitUntil(lambda: p.title.text() == nxt.title, timeout=10000)
    assert p.counter.text().startswith("Step 1 of") and not p.finished.isVisible()
