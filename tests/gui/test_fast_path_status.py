"""The status bar says which path the NumPy engine trains on: 'NumPy (compiled) on cpu'
on the compiled fast path (numba), 'NumPy on cpu' otherwise, with the reason in the
label's tooltip — seen by a user who presses Run."""
import importlib.util

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_main_window import small_moons


def _run_and_wait_for(qtbot, w, predicate, timeout):
    qtbot.mouseClick(w.training_panel.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: w.session.client.running, timeout=30000)
    label = w.status_labels["engine"]
    qtbot.waitUntil(lambda: predicate(label.text(), label.toolTip()), timeout=timeout)
    qtbot.mouseClick(w.training_panel.run_button, Qt.LeftButton)      # pause
    qtbot.waitUntil(lambda: not w.session.client.running, timeout=30000)
    return label


@pytest.mark.skipif(importlib.util.find_spec("numba") is None,
                    reason="numba is not installed (pip install 'annstudio[fast]')")
def test_the_status_bar_shows_the_compiled_path(make_real_window, qtbot, tmp_path):
    w = make_real_window(small_moons())           # 2→8→8→1: a small net, on the fast path
    # the engine process loads (or, the first time on a machine, compiles) the kernels in
    # the background; until then it trains on the NumPy path and the label says so
    label = _run_and_wait_for(
        qtbot, w, lambda text, tip: text.startswith("NumPy (compiled) on cpu"), 180000)
    assert "preparing" not in label.text()
    assert "Engine path: compiled fast path (numba)" in label.toolTip()
    w.grab().save(str(tmp_path / "fast_path_status.png"))


def test_the_status_bar_says_when_the_fast_path_is_off(make_real_window, qtbot, monkeypatch):
    monkeypatch.setenv("ANNSTUDIO_FAST", "0")        # inherited by the engine process
    w = make_real_window(small_moons())
    label = _run_and_wait_for(
        qtbot, w, lambda text, tip: "Engine path:" in tip, 60000)
    assert label.text().startswith("NumPy on cpu")
    assert "Engine path: NumPy path: the fast path is switched off" in label.toolTip()
