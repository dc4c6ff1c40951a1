"""Issue 26 §2, keyboard: Alt+1…4 move the focus to a panel or the data view; in the data
view the arrow keys move a cross, Space adds a point there (the Dataset panel's tool),
I picks the nearest point for the inspector and Delete erases the nearest point. Every key
is pressed as a user presses it (qtbot.keyClick on the focused widget / the window)."""
import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annstudio.gui.help import DATA_VIEW_KEYS, shortcuts_html
from annstudio.gui.views.data_view import CURSOR_STEP
from tests.gui.conftest import small_moons


def _press_shortcut(qtbot, w, key):
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or w, key, Qt.AltModifier)


def test_alt_digits_go_to_the_panels_and_the_data_view(make_window, qtbot):
    w = make_window(small_moons())
    for key, dock in ((Qt.Key_3, "training"), (Qt.Key_2, "network"), (Qt.Key_1, "dataset")):
        _press_shortcut(qtbot, w, key)
        qtbot.waitUntil(lambda dock=dock: w.docks[dock].isAncestorOf(QApplication.focusWidget()),
                        timeout=3000)
    _press_shortcut(qtbot, w, Qt.Key_4)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.data_view.plot, timeout=3000)
    assert "Alt+4" in shortcuts_html(w)
    for label, _ in DATA_VIEW_KEYS:
        assert html.escape(label) in shortcuts_html(w)


def test_the_data_view_from_the_keyboard(make_window, qtbot):
    w = make_window(small_moons())
    dv = w.data_view
    _press_shortcut(qtbot, w, Qt.Key_4)
    qtbot.waitUntil(lambda: dv.cursor_xy is not None, timeout=3000)
    plot = dv.plot
    (xr, yr) = dv.vb.viewRange()
    x0, y0 = dv.cursor_xy
    assert (x0, y0) == ((xr[0] + xr[1]) / 2, (yr[0] + yr[1]) / 2)
    for _ in range(4):
        qtbot.keyClick(plot, Qt.Key_Right)
    for _ in range(2):
        qtbot.keyClick(plot, Qt.Key_Up)
    x, y = dv.cursor_xy
    assert abs(x - (x0 + 4 * CURSOR_STEP * (xr[1] - xr[0]))) < 1e-9
    assert abs(y - (y0 + 2 * CURSOR_STEP * (yr[1] - yr[0]))) < 1e-9
    marker = dv.cursor_marker.getData()
    assert (marker[0][0], marker[1][0]) == (x, y)
    # Space: a point of the selected class where the cross is (the tool: Add point)
    n = len(w.data.X_train)
    label = w.dataset_panel.new_point_label()
    qtbot.keyClick(plot, Qt.Key_Space)
    qtbot.waitUntil(lambda: len(w.data.X_train) == n + 1, timeout=5000)
    assert np.allclose(w.data.X_train[-1], [x, y]), "the new point is not at the cross"
    assert w.data.y_train[-1] == label
    # I: the nearest point (at any distance) goes to the inspector
    qtbot.keyClick(plot, Qt.Key_Left, Qt.ShiftModifier)
    cx, cy = dv.cursor_xy
    (xr, yr) = dv.vb.viewRange()
    sx, sy = (xr[1] - xr[0]) / dv.vb.width(), (yr[1] - yr[0]) / dv.vb.height()
    want = int(np.argmin(((dv.coords[:, 0] - cx) / sx) ** 2 + ((dv.coords[:, 1] - cy) / sy) ** 2))
    qtbot.keyClick(plot, Qt.Key_I)
    qtbot.waitUntil(lambda: w.session.picked == want, timeout=5000)
    # Delete: the nearest point goes
    n = len(w.data.X)
    qtbot.keyClick(plot, Qt.Key_Delete)
    qtbot.waitUntil(lambda: len(w.data.X) == n - 1, timeout=5000)
