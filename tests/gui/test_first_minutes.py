"""The first minutes in a new window (issue 21): the first run is watchable and ends with the
moons separated, its speed sits beside Run, Run ▶ keeps its width, a start panel says where
to begin. Each test starts from empty settings (the fixtures' own settings file), clicks or
types on the real widgets and checks what the user sees."""
import os
import re
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QToolButton  # noqa: E402

SHOTS = os.environ.get("ANNSTUDIO_SHOTS", "/tmp/shots/first")


def _shot(widget, name):
    """Keep a picture of what the test saw (ANNSTUDIO_KEEP_SCREENSHOTS=1)."""
    if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS"):
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


def _type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def _run_button(w):
    button = w.toolbar.widgetForAction(w.actions["run"])
    assert button is not None and button.isVisible()
    return button


def _shown_accuracies(w):
    """The train and test accuracy the status bar shows, in %."""
    text = w.status_labels["loss"].text()
    found = [float(v) for v in re.findall(r"accuracy ([\d.]+)%", text)]
    assert len(found) == 2, text
    return found


# ----- the first run ----------------------------------------------------------------------

@pytest.mark.parametrize("seed", [0, 4])
def test_first_run_is_watchable_and_separates_the_moons(make_real_window, qtbot, seed):
    """A new window (empty settings), Run pressed once: the run lasts ≥ 8 s at the default
    speed (paced by the clock, not by this machine) and ends above 97% on the moons, on the
    data seed a student may type."""
    from annstudio.gui.presets import FIRST_RUN_EPOCHS
    w = make_real_window()
    assert w.data.name.lower().replace(" ", "") in ("moons", "twomoons")
    if seed:
        _type_into(qtbot, w.dataset_panel.seed_edit, str(seed))
        qtbot.waitUntil(lambda: w.experiment.dataset.seed == seed, timeout=10000)
    qtbot.mouseClick(_run_button(w), Qt.LeftButton)
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: w.session.running, timeout=10000)
    qtbot.waitUntil(lambda: not w.session.running, timeout=90000)
    seconds = time.monotonic() - t0
    qtbot.waitUntil(lambda: w.history.epochs[-1].epoch == FIRST_RUN_EPOCHS, timeout=10000)
    last = w.history.epochs[-1]
    qtbot.waitUntil(lambda: f"epoch {FIRST_RUN_EPOCHS} " in
                    w.status_labels["epoch"].text() + " ", timeout=10000)
    assert seconds >= 8, f"the first run was over in {seconds:.1f} s"
    assert last.train_metric > 0.97 and last.test_metric > 0.97
    train, test = _shown_accuracies(w)
    assert train > 97 and test > 97
    _shot(w, f"first_run_end_seed{seed}.png")


def test_toolbar_speed_is_the_training_panels_speed(make_real_window, qtbot):
    """The speed slider beside Run moves the panel's slider and paces the engine."""
    from annstudio.gui.panels.training import DEFAULT_SPEED, SPEEDS
    w = make_real_window()
    tb_slider, tp = w.toolbar_speed, w.training_panel
    assert tb_slider.isVisible()
    assert SPEEDS[tb_slider.value()] == DEFAULT_SPEED
    assert w.toolbar_speed_label.text() == f"{DEFAULT_SPEED:,} steps/s"
    tb_slider.setFocus()
    qtbot.keyClick(tb_slider, Qt.Key_Home)                  # 1 step/s
    qtbot.keyClick(tb_slider, Qt.Key_Right)                 # 2 steps/s
    assert tp.speed() == (2, False)
    assert w.toolbar_speed_label.text() == "2 steps/s" == tp.speed_label.text()
    qtbot.mouseClick(_run_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.client.latest().step >= 2, timeout=20000)
    t0, s0 = time.monotonic(), w.session.client.latest().step
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 2.5, timeout=5000)
    assert w.session.client.latest().step - s0 <= 8            # ~2 steps/s, not hundreds
    # the panel's slider moves the toolbar's
    tp.speed_slider.setFocus()
    qtbot.keyClick(tp.speed_slider, Qt.Key_End)
    assert SPEEDS[tb_slider.value()] is None and w.toolbar_speed_label.text() == "full speed"
    # one step per frame: the toolbar's slider is off, as the panel's
    qtbot.mouseClick(tp.frame_box, Qt.LeftButton, pos=QPoint(8, tp.frame_box.height() // 2))
    assert not tb_slider.isEnabled() and w.toolbar_speed_label.text() == "per frame"
    w.actions["run"].trigger()


# ----- Run ▶ keeps its width --------------------------------------------------------------

@pytest.mark.parametrize("large", [False, True])
def test_run_button_keeps_its_width_and_the_buttons_after_it_stay(make_window, qtbot, large):
    from tests.gui.conftest import small_moons
    exp = small_moons()
    exp.training.epochs = 3
    w = make_window(exp)
    run, step = _run_button(w), w.toolbar.widgetForAction(w.actions["step_batch"])
    if large:
        normal = run.font().pointSizeF()
        w.actions["large_fonts"].trigger()
        qtbot.waitUntil(lambda: run.font().pointSizeF() > normal, timeout=5000)
    seen = {}

    def look():
        qtbot.waitUntil(lambda: run.text() == w.session.run_label()[0], timeout=5000)
        seen[run.text()] = (run.width(), step.x())
        # the whole label fits: the width the button itself asks for with this text
        assert run.sizeHint().width() <= run.width(), run.text()
    look()                                                           # Run ▶
    qtbot.mouseClick(run, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.running, timeout=10000)
    look()                                                           # Pause ❚❚
    qtbot.waitUntil(lambda: not w.session.running, timeout=30000)
    look()                                                           # Run ▶ (+3 epochs)
    assert set(seen) == {"Run ▶", "Pause ❚❚", "Run ▶ (+3 epochs)"}
    assert len(set(seen.values())) == 1, seen
    # a longer epoch count: the width grows to fit its label, once
    _type_into(qtbot, w.training_panel.epochs_edit, "1000000")
    qtbot.waitUntil(lambda: w.experiment.training.epochs == 1000000, timeout=5000)
    probe = QToolButton()
    probe.setFont(run.font())
    probe.setText("Run ▶ (+1000000 epochs)")
    assert probe.sizeHint().width() <= run.width()


# ----- the start panel --------------------------------------------------------------------

PERSON = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annstudio.gui import app as gui_app
from annstudio.gui.main_window import MainWindow
seen = {}

def look():
    windows = [x for x in app.topLevelWidgets() if isinstance(x, MainWindow) and x.isVisible()]
    if not windows or windows[0].session.client.snapshots_received == 0:
        QTimer.singleShot(50, look)
        return
    w = windows[0]
    seen.update(start_panel=w.start_panel.isVisible(), epochs=w.experiment.training.epochs,
                lr=w.experiment.optimizer.params["lr"], noise=w.experiment.dataset.noise)
    if len(sys.argv) > 1:
        w.grab().save(sys.argv[1])
    w.close()
QTimer.singleShot(0, look)
code = gui_app.main([])
print("SEEN", json.dumps(seen), code)
"""


def _open_as_a_person(settings_path, shot=None):
    """Start the app as ``annstudio`` starts (`gui.app.main` and its event loop, in a process
    of its own, on the settings at ``settings_path``); note what its window shows, close it.
    Returns the notes."""
    import json
    import subprocess
    import sys
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root,
               ANNSTUDIO_SETTINGS=str(settings_path))
    r = subprocess.run([sys.executable, "-c", PERSON] + ([shot] if shot else []), env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    notes, code = r.stdout.split("SEEN", 1)[1].rsplit(None, 1)
    assert code == "0", r.stdout
    return json.loads(notes)


def test_a_first_start_shows_the_start_panel_and_the_first_run(settings_path):
    from annstudio.gui.presets import FIRST_RUN_EPOCHS
    shot = os.path.join(SHOTS, "start_panel.png") \
        if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS") else None
    if shot:
        os.makedirs(SHOTS, exist_ok=True)
    seen = _open_as_a_person(settings_path, shot)
    assert seen == {"start_panel": True, "epochs": FIRST_RUN_EPOCHS, "lr": 0.05, "noise": 0.1}


def test_dont_show_again_is_remembered_and_help_brings_the_panel_back(make_window, qtbot,
                                                                      settings_path):
    w = make_window()
    panel = w.start_panel
    assert not panel.isVisible()              # a test's (or a screenshot's) window: none
    assert panel.show_at_start() and panel.isVisible()
    box = panel.dont_show
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(panel.close_button, Qt.LeftButton)
    assert not panel.isVisible()
    # the next start: not shown
    seen = _open_as_a_person(settings_path)
    assert seen["start_panel"] is False
    # Help ▸ Where to start: the real menu entry
    help_menu = w.menus["help"]
    entry = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Where to start")
    entry.trigger()
    assert panel.isVisible()
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(8, box.height() // 2))   # show it again
    assert not box.isChecked()
    assert _open_as_a_person(settings_path)["start_panel"] is True


def test_start_panel_buttons_do_what_they_say(make_window, qtbot):
    w = make_window()
    panel = w.start_panel
    panel.show_at_start()
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    _shot(w, "start_panel_window.png")
    # press Run: the window's own Run (its label follows it)
    run = panel.buttons["run"]
    assert run.text() == "Run ▶"
    qtbot.mouseClick(run, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.running, timeout=10000)
    assert run.text() == "Pause ❚❚"
    qtbot.mouseClick(run, Qt.LeftButton)
    qtbot.waitUntil(lambda: not w.session.running, timeout=10000)
    # inspect a point: the inspector shows the first training point; clicks now inspect
    qtbot.mouseClick(panel.buttons["inspect"], Qt.LeftButton)
    qtbot.waitUntil(lambda: w.inspector_dock.isVisible(), timeout=5000)
    assert w.dataset_panel.tool() == "inspect"
    assert w.session.picked == 0
    # the first lesson: the Lessons menu's first entry opens in the lesson panel
    first = w.files.lesson_actions[next(iter(w.files.lesson_actions))]
    assert first.text() in panel.captions["lesson"].text()
    w.set_modified(False)                   # nothing to lose: no "discard?" question
    qtbot.mouseClick(panel.buttons["lesson"], Qt.LeftButton)
    qtbot.waitUntil(lambda: w.lesson_dock.isVisible(), timeout=10000)
    assert first.text().split(" (")[0] in w.lesson_panel.title.text()


# ----- messages start with a capital ------------------------------------------------------

def _capital(text):
    text = text.strip()
    assert text and text[0].isupper(), repr(text)


@pytest.mark.parametrize("editor, bad", [("dataset_panel.n_edit", "3"),
                                         ("dataset_panel.noise_edit", "-0.1"),
                                         ("dataset_panel.test_edit", "0.95"),
                                         ("network_panel.seed_edit", "-3"),
                                         ("training_panel.batch_edit", "0")])
def test_a_refused_value_is_explained_in_a_sentence(make_window, qtbot, editor, bad):
    from tests.gui.conftest import small_moons
    w = make_window(small_moons())
    panel_name, edit_name = editor.split(".")
    panel = getattr(w, panel_name)
    w.docks[panel_name.split("_")[0]].raise_()
    _type_into(qtbot, getattr(panel, edit_name), bad)
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=5000)
    _capital(panel.message.text())


def test_toolbar_lr_refusal_and_engine_crash_are_sentences(make_real_window, qtbot):
    import signal
    from tests.gui.conftest import small_moons
    w = make_real_window(small_moons())
    _type_into(qtbot, w.toolbar_lr, "-1")
    qtbot.waitUntil(lambda: bool(w.statusBar().currentMessage()), timeout=5000)
    _capital(w.statusBar().currentMessage())
    qtbot.mouseClick(_run_button(w), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history) >= 1, timeout=30000)
    with qtbot.waitSignal(w.session.client.crashed, timeout=15000):
        os.kill(w.session.client.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: w.error_box is not None and w.error_box.isVisible(), timeout=5000)
    assert w.error_box.text().startswith("The engine process stopped unexpectedly")
    _capital(w.last_error[1])


# ----- the timeline window names the step just taken ---------------------------------------

def test_timeline_window_says_which_epoch_and_batch_a_step_ends(qtbot):
    """After 20 whole epochs of 12 batches the last step is batch 12 of epoch 20 (it read
    'epoch 21, batch 1'); a step inside an epoch is that epoch's batch."""
    import annstudio as ann
    from annstudio.core import timeline
    from annstudio.core.training import Trainer
    from annstudio.gui.views.timeline import TimelineView
    data = ann.datasets.make("moons", n=150, noise=0.2, seed=0, test_fraction=0.2)
    net = ann.Network.create([2, 8, 1], output="sigmoid", seed=0)
    t = Trainer(net, data.X_train, data.y_train, optimizer="sgd", lr=0.1, batch_size=10, seed=0)
    spe = t.steps_per_epoch
    assert spe == 12
    tl = timeline.Timeline.start(t, budget_bytes=4 * 2 ** 20)     # every step kept
    for _ in range(20 * spe):
        t.step()
        tl.record(t)
    tl.freeze()
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_run(net, data, tl, "sgd lr=0.1")
    assert view.position.text().startswith(
        f"step {20 * spe} of {20 * spe} (epoch 20, batch 12 of 12: its end)")
    view.slider.setFocus()
    with qtbot.waitSignal(view.scrubbed):
        qtbot.keyClick(view.slider, Qt.Key_Home)
    assert view.position.text().startswith("step 0 of 240 (before the first step)")
    for k in range(1, 14):
        with qtbot.waitSignal(view.scrubbed):
            qtbot.keyClick(view.slider, Qt.Key_Right)
        epoch, batch = (k - 1) // spe + 1, (k - 1) % spe + 1
        tail = ": its end" if batch == spe else ""
        assert f"step {k} of 240 (epoch {epoch}, batch {batch} of 12{tail})" in \
            view.position.text(), (k, view.position.text())
