"""Issue 21: the run's timeline survives what used to wipe it, driven as a user with the
real engine process — a crash of the engine (it is restarted with the last weights, the
history and now the timeline), and a weight typed into the inspector (a branch of the
timeline at that step; Undo puts the run back as it was). Oracles: a headless `Trainer`
of the same experiment, and the run's own recorded losses."""
import os
import signal

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from tests.gui.conftest import small_moons
from tests.gui.test_run_timeline import _headless, _keys_to, _run_all_epochs, _scrub_to_start

SHOTS = "/tmp/shots/tl21"


def _shot(w, name):
    if os.environ.get("ANNSTUDIO_KEEP_SCREENSHOTS"):
        os.makedirs(SHOTS, exist_ok=True)
        w.grab().save(os.path.join(SHOTS, name))


def _status(w):
    return getattr(w.session.client.latest(), "timeline", None) or {}


def _next_loss_at(w, exp, step, weights):
    """The loss of step ``step`` + 1 taken from ``weights`` (what the window shows), on the
    batch the run took there: the recorded loss of that step when they are the run's."""
    t, _ = _headless(w, exp, step)
    t.net.set_weights(weights)
    return t.step().batch_loss


def _four_epochs_trained(make_real_window, qtbot):
    """A real engine's window after Run for the 4 epochs of the small moons run."""
    exp = small_moons()
    exp.training.epochs = 4
    w = make_real_window(exp)
    return exp, w, _run_all_epochs(qtbot, w, exp)


def test_the_timeline_survives_a_restart_of_the_engine(make_real_window, qtbot):
    exp, w, spe = _four_epochs_trained(make_real_window, qtbot)
    rt, slider = w.run_timeline, w.run_timeline.bar.slider
    n = 4 * spe
    recorded = w.history.step_loss
    before = _status(w)
    # the client keeps a copy of the engine's timeline as the run goes (every 2 s)
    qtbot.waitUntil(lambda: w.session.client.kept_timeline_steps() == n, timeout=15000)

    # the crash comes while the user looks at an earlier step
    qtbot.keyClick(slider, Qt.Key_PageDown)
    qtbot.waitUntil(lambda: getattr(w.session.client.latest(), "scrub", None) == n - spe, timeout=10000)
    pid, seen = w.session.client.pid, w.session.client.snapshots_received
    with qtbot.waitSignal(w.session.client.crashed, timeout=15000):
        os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: w.session.client.pid != pid, timeout=10000)
    qtbot.waitUntil(lambda: w.session.client.snapshots_received > seen and
                    _status(w).get("recording"), timeout=30000)
    # the new engine shows the live run, and so does the bar
    qtbot.waitUntil(lambda: rt.bar.position.text() == f"live · step {n:,}", timeout=5000)
    assert rt.step is None
    # the slider still spans the whole run, the record is as large as before the crash
    st = _status(w)
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, n, n)
    assert st["first_step"] == 0 and st["steps"] == n
    assert st["checkpoints"] >= before["checkpoints"]
    assert w.history.step_loss == recorded
    _shot(w, "after_restart.png")

    # scrub back before the crash: the window shows the run as it was at step K
    K = spe + 3
    t, _ = _headless(w, exp, K)
    _keys_to(qtbot, w, slider, t.net.get_weights(), [Qt.Key_Home, Qt.Key_PageUp] +
             [Qt.Key_Right] * 3)
    assert slider.value() == K
    qtbot.waitUntil(lambda: w.status_labels["epoch"].text() == f"epoch 1 · step {K:,}",
                    timeout=5000)
    # … and from what it shows, the next step repeats the loss the run recorded there
    shown = w.network().get_weights()
    assert _next_loss_at(w, exp, K, shown) == pytest.approx(recorded[K], rel=1e-12, abs=0)
    _shot(w, "after_restart_scrubbed.png")

    # back to the live run; Run trains on from where the crash left it
    qtbot.keyClick(slider, Qt.Key_End)
    qtbot.waitUntil(lambda: rt.bar.position.text() == f"live · step {n:,}", timeout=5000)


def _undo_button(ins):
    return next(b for b in ins.findChildren(QToolButton) if b.defaultAction() is ins.undo_action)


def _type_into_cell(qtbot, ins, name, cell, text):
    """Double-click the cell of panel ``name``, type ``text``, press Enter."""
    view = ins.panel(name).view
    ins.scroll.ensureWidgetVisible(view)
    rect = view.visualRect(view.model().index(*cell))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_an_edit_in_the_inspector_branches_the_timeline_and_undo_returns(make_real_window,
                                                                         qtbot):
    exp, w, spe = _four_epochs_trained(make_real_window, qtbot)
    rt, slider = w.run_timeline, w.run_timeline.bar.slider
    n = 4 * spe
    pre_weights = w.network().get_weights()
    pre_history = w.history
    pre_status = _status(w)

    w.actions["inspector"].trigger()
    ins = w.inspector_dock.inspector
    K = len(ins.net.layers)                      # lecture numbering: W_K takes the input
    ins.go_to(ins.page_index("forward", K))
    _type_into_cell(qtbot, ins, f"W_{K}", (0, 0), "5")
    qtbot.waitUntil(lambda: getattr(w.session.client.latest(), "weights", None) is not None and
                    w.session.client.latest().weights[0][0][0, 0] == 5.0, timeout=10000)
    # the run before the edit stays on the timeline: same range, same record, not restarted
    st = _status(w)
    assert st["run"] == pre_status["run"]
    assert (st["first_step"], st["steps"]) == (0, n)
    assert st["nbytes"] >= pre_status["nbytes"]
    assert (slider.minimum(), slider.maximum(), slider.value()) == (0, n, n)
    assert w.history.step_loss == pre_history.step_loss
    _shot(w, "after_edit.png")

    # scrub back over the steps before the edit: the run as it was there
    t, _ = _headless(w, exp, spe)
    _keys_to(qtbot, w, slider, t.net.get_weights(), [Qt.Key_Home, Qt.Key_PageUp])
    assert _next_loss_at(w, exp, spe, w.network().get_weights()) == pytest.approx(
        pre_history.step_loss[spe], rel=1e-12, abs=0)
    # the live end is the edited run
    qtbot.keyClick(slider, Qt.Key_End)
    qtbot.waitUntil(lambda: w.network().layers[0].W[0, 0] == 5.0, timeout=10000)

    # Undo: the run as it was before the edit — weights, history, timeline
    undo = _undo_button(ins)
    assert undo.isEnabled()
    qtbot.mouseClick(undo, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.client.latest().weights[0][0][0, 0] == pre_weights[0][0][0, 0],
                    timeout=10000)
    for (W, b), (W0, b0) in zip(w.network().get_weights(), pre_weights):
        assert np.array_equal(W, W0) and np.array_equal(b, b0)
    assert w.history.step_loss == pre_history.step_loss
    assert [r.train_loss for r in w.history.epochs] == [r.train_loss for r in
                                                        pre_history.epochs]
    st = _status(w)
    assert {k: st[k] for k in ("run", "first_step", "steps", "checkpoints", "nbytes", "k")} == \
        {k: pre_status[k] for k in ("run", "first_step", "steps", "checkpoints", "nbytes", "k")}
    # … the optimizer's state and the place in the epoch too: the next step is the one an
    # unedited run takes
    qtbot.mouseClick(w.toolbar.widgetForAction(w.actions["step_batch"]), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w.history.step_loss) == n + 1, timeout=10000)
    ref, _ = _headless(w, exp, n + 1)
    assert w.history.step_loss[n] == pytest.approx(ref.history.step_loss[n], rel=1e-12, abs=0)


def test_an_autosave_leaves_the_scrubbed_step_on_screen(make_real_window, qtbot):
    """The autosave (its timer's slot) asks the engine for the run's timeline like a save;
    it used to take the slider and the views back to the live run under the user's hands
    (the first one a second after training, then every minute)."""
    from annstudio.io import experiment_file as ef
    exp = small_moons()
    exp.training.epochs = 2
    w = make_real_window(exp)
    rt = w.run_timeline
    spe = _run_all_epochs(qtbot, w, exp)
    _scrub_to_start(qtbot, w)
    shown = w.network().get_weights()
    # the engine answers in order: a live snapshot asked for before the export is in
    path = w.files.autosave_now()
    assert path is not None and rt.step == 0
    assert rt.bar.position.text() == "step 0 · epoch 0.00"
    assert getattr(w.session.client.latest(), "scrub", None) == 0
    for (W, b), (W0, b0) in zip(w.session.client.latest().weights, shown):
        assert np.array_equal(W, W0) and np.array_equal(b, b0)
    # the recovery file holds the whole run, not the step on screen
    loaded = ef.load(path)
    assert loaded.timeline is not None and loaded.timeline.steps == 2 * spe
