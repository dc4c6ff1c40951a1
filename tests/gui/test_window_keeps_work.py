"""Work the window must not lose or ignore: a trained run replaced without a word, a CSV's
test fraction ignored, the first minute's work lost to a crash (issue 21)."""
import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QToolButton  # noqa: E402

from tests.gui.conftest import small_moons, wait_snapshot  # noqa: E402


def _trained(make_window, qtbot, epochs=2):
    w = make_window(small_moons())
    for k in range(epochs):
        w.actions["step_epoch"].trigger()
        qtbot.waitUntil(lambda k=k: len(w.history.epochs) >= k + 1, timeout=30000)
    # the epoch's record can arrive before the snapshot with its weights is drawn: wait for
    # the session to hold the last snapshot's weights, so "before" is the run as it stands
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == epochs)
    qtbot.waitUntil(lambda: all(np.array_equal(W, W2) for (W, _), (W2, _) in
                                zip(w.session.weights, snap.weights)), timeout=10000)
    return w


def _answering(w, answer):
    """Answer "Save the changes …?" with ``answer``; returns the list of questions asked."""
    asked = []

    def ask():
        asked.append(w.files.asking_before)
        return answer
    w.files.ask_save_changes = ask
    return asked


def _state(w):
    h = w.history
    return (len(h.epochs), list(h.step_loss), w.data, w.experiment.to_dict(),
            [(W.copy(), b.copy()) for W, b in w.session.weights])


def _same(a, b):
    assert a[:4] == b[:4]
    for (W, bb), (W2, b2) in zip(a[4], b[4]):
        assert np.array_equal(W, W2) and np.array_equal(bb, b2)


def _remove_layer_button(w, row=0):
    found = [b for b in w.network_panel.findChildren(QToolButton)
             if b.text() == "✕" and b.isVisible()]
    return found[row]


@pytest.mark.parametrize("edit", ["regenerate", "remove layer", "noise"])
def test_an_edit_that_throws_a_trained_run_away_asks_and_cancel_keeps_it(make_window, qtbot,
                                                                         edit):
    w = _trained(make_window, qtbot)
    w.docks["dataset"].raise_()
    w.docks["network"].raise_() if edit == "remove layer" else None
    before = _state(w)
    asked = _answering(w, "cancel")

    def do():
        if edit == "regenerate":
            qtbot.mouseClick(w.dataset_panel.regenerate_button, Qt.LeftButton)
        elif edit == "remove layer":
            qtbot.mouseClick(_remove_layer_button(w), Qt.LeftButton)
        else:
            e = w.dataset_panel.noise_edit
            e.selectAll()
            qtbot.keyClicks(e, "0.3")
            qtbot.keyClick(e, Qt.Key_Return)
    do()
    assert asked == ["network" if edit == "remove layer" else "dataset"]
    qtbot.wait(50)
    _same(_state(w), before)
    # the panels show the experiment the run belongs to, not the cancelled edit
    assert len(w.network_panel.units_edits()) == len(before[3]["network"]["hidden"])
    assert w.dataset_panel.noise_edit.value() == before[3]["dataset"]["noise"]

    asked = _answering(w, "discard")
    do()
    assert asked == ["network" if edit == "remove layer" else "dataset"]
    qtbot.waitUntil(lambda: not w.history.step_loss, timeout=10000)
    if edit == "remove layer":
        assert w.experiment.network.hidden == before[3]["network"]["hidden"][1:]
    # nothing trained now: the next edit does not ask
    asked = _answering(w, "cancel")
    qtbot.mouseClick(w.dataset_panel.regenerate_button, Qt.LeftButton)
    assert asked == []


def test_a_saved_run_is_replaced_without_asking(make_window, qtbot, tmp_path):
    """Saved: the file keeps the run, so the edit loses nothing."""
    w = _trained(make_window, qtbot, epochs=1)
    assert w.files.save_to(tmp_path / "run.annstudio"), w.last_error
    asked = _answering(w, "cancel")
    qtbot.mouseClick(w.dataset_panel.regenerate_button, Qt.LeftButton)
    assert asked == []
    qtbot.waitUntil(lambda: not w.history.step_loss, timeout=10000)


def test_save_in_the_question_saves_the_run_then_edits(make_window, qtbot, tmp_path):
    from annstudio.io import experiment_file as ef
    w = _trained(make_window, qtbot, epochs=1)
    losses = list(w.history.step_loss)
    path = tmp_path / "kept.annstudio"
    w.files.ask_save_path = lambda *a: str(path)
    asked = _answering(w, "save")
    qtbot.mouseClick(_remove_layer_button(w), Qt.LeftButton)
    assert asked == ["network"]
    assert ef.load(path).history.step_loss == losses
    qtbot.waitUntil(lambda: not w.history.step_loss, timeout=10000)


# ----- a CSV's split ----------------------------------------------------------------------

def _type(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def _breast_cancer_csv(tmp_path):
    """The shipped breast-cancer data as a plain CSV (header, 30 features, the label)."""
    from annstudio.core import datasets
    d = datasets.make("breast_cancer", test_fraction=0.0)
    path = tmp_path / "breast_cancer.csv"
    rows = [",".join(f"f{j}" for j in range(d.n_features)) + ",label"]
    rows += [",".join(repr(float(v)) for v in x) + f",{int(t)}" for x, t in zip(d.X, d.y)]
    path.write_text("\n".join(rows) + "\n")
    return str(path)


def test_a_csvs_test_fraction_takes_effect_after_import(make_window, qtbot, monkeypatch,
                                                        tmp_path):
    """Import a 569-row CSV with test fraction 0, then type 0.2 and Enter: its rows are
    split 455 + 114 (as importing with 0.2 gives), the Metrics tab shows the test points,
    and the seed splits them again."""
    from PySide6.QtWidgets import QFileDialog

    from annstudio.io.csvdata import load_csv
    path = _breast_cancer_csv(tmp_path)
    w = make_window(small_moons())
    dp = w.dataset_panel
    w.docks["dataset"].raise_()
    _type(qtbot, dp.test_edit, "0")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    qtbot.mouseClick(dp.csv_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.experiment.dataset.name == "csv", timeout=30000)
    assert "569 training + 0 test points" in dp.info_label.text()

    _type(qtbot, dp.test_edit, "0.2")
    qtbot.waitUntil(lambda: w.data.n_test == 114, timeout=10000)
    assert "455 training + 114 test points" in dp.info_label.text()
    want = load_csv(path, test_fraction=0.2, seed=w.experiment.dataset.seed)
    assert np.array_equal(w.data.X_test, want.X_test)
    assert np.array_equal(w.data.y_train, want.y_train)
    assert w.experiment.dataset.test_fraction == 0.2
    assert dp.regenerate_button.isEnabled()

    qtbot.mouseClick(w.training_panel.run_button, Qt.LeftButton)
    w.view_tabs.setCurrentWidget(w.metrics_view)
    qtbot.mouseClick(w.metrics_view.split_buttons["test"], Qt.LeftButton)
    qtbot.waitUntil(lambda: "114 test points" in w.metrics_view.summary.text(),
                    timeout=30000)

    w.actions["run"].trigger() if w.session.running else None
    _answering(w, "discard")
    _type(qtbot, dp.seed_edit, "7")
    want = load_csv(path, test_fraction=0.2, seed=7)
    qtbot.waitUntil(lambda: np.array_equal(w.data.X_test, want.X_test), timeout=10000)


def test_drawn_points_say_why_they_have_no_test_fraction(make_window, qtbot, tmp_path):
    """A file of drawn points: its split is the user's clicks, so the fields are greyed
    out with the reason (before, a typed fraction was silently ignored)."""
    w = make_window(small_moons())
    w.session.add_point([0.0, 0.0], 1)
    qtbot.waitUntil(lambda: w.experiment.dataset.name == "points", timeout=5000)
    path = tmp_path / "drawn.annstudio"
    assert w.files.save_to(path), w.last_error
    assert w.files.open_path(str(path), confirm=False), w.last_error
    dp = w.dataset_panel
    assert not dp.test_edit.isEnabled() and not dp.seed_edit.isEnabled()
    assert "Drawn points have no test fraction" in dp.test_edit.toolTip()


# ----- the first minute -------------------------------------------------------------------

def _dead_pid():
    import subprocess
    import sys
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_the_first_epoch_is_autosaved_at_once_and_offered_after_a_crash(make_window, qtbot):
    """Run ▶, and as soon as an epoch is finished the recovery file holds it — long before
    the minute of the interval. A window started after a crash (the file's process gone)
    offers it back, and Recover brings the epochs back."""
    import os
    import shutil

    from annstudio.io import experiment_file as ef
    exp = small_moons()
    exp.training.epochs = 3
    w = make_window(exp)
    fa = w.files
    assert fa.timer.interval() >= 60_000
    qtbot.mouseClick(w.training_panel.run_button, Qt.LeftButton)
    path = ef.recovery_path(fa.recovery_dir)

    def saved_epochs():
        try:
            return len(ef.load(path).history.epochs) if os.path.exists(path) else 0
        except Exception:        # caught mid-rename on a busy machine: look again
            return 0
    qtbot.waitUntil(lambda: saved_epochs() >= 1, timeout=20000)

    # kill -9: the file stays behind, named for a process that is gone
    crashed = os.path.join(fa.recovery_dir, f"recovery-{_dead_pid()}{ef.EXTENSION}")
    shutil.copy(path, crashed)
    n = len(ef.load(crashed).history.epochs)
    w2 = make_window(small_moons())
    qtbot.waitUntil(lambda: w2.files.recovery_box is not None, timeout=10000)
    assert "Recover the unsaved changes" in w2.files.recovery_box.text()
    qtbot.mouseClick(w2.files.recover_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(w2.history.epochs) == n, timeout=30000)
    assert w2.experiment.training.epochs == 3 and w2.modified


def test_the_first_edit_is_autosaved_at_once(make_window, qtbot):
    import os

    from annstudio.io import experiment_file as ef
    w = make_window(small_moons())
    w.docks["network"].raise_()
    qtbot.mouseClick(w.network_panel.add_button, Qt.LeftButton)
    path = ef.recovery_path(w.files.recovery_dir)
    qtbot.waitUntil(lambda: os.path.exists(path), timeout=10000)
    assert ef.load(path).experiment.network.hidden == w.experiment.network.hidden
