"""Issue 26 §3, the projector: View ▸ Presentation mode (F5) — larger fonts, thicker lines,
bigger points, a large status line — and back, with the fonts as they were before."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annstudio.gui import theme as th
from annstudio.gui.views.data_view import POINT_SIZE, PRESENTATION_POINT_SIZE
from tests.gui.conftest import small_moons
from tests.gui.test_layout_and_help import (assert_shows_whole_text, eventually, menu_action,
                                            set_checked, train_one_epoch)


def _look(w):
    return {"points": w.data_view.train_scatter.opts["size"],
            "test points": w.data_view.test_scatter.opts["size"],
            "loss line": w.curves.train_loss.opts["pen"].widthF(),
            "status pt": w.statusBar().font().pointSizeF(),
            "app pt": QApplication.font().pointSizeF(),
            "panels": sorted(k for k, d in w.docks.items() if d.isVisible()),
            "status": sorted(k for k, lab in w.status.labels.items() if lab.isVisible())}


def test_presentation_mode_from_the_view_menu(make_window, qtbot, tmp_path):
    w = make_window(small_moons())
    w.resize(1024, 768)
    train_one_epoch(w, qtbot)
    before = _look(w)
    assert before["points"] == POINT_SIZE
    set_checked(w, "View", "Presentation mode", True)
    after = _look(w)
    assert menu_action(w, "View", "Larger fonts").isChecked()
    assert after["points"] == after["test points"] == PRESENTATION_POINT_SIZE
    assert after["loss line"] == before["loss line"] * th.PRESENTATION_LINE_SCALE
    assert after["app pt"] > before["app pt"]
    assert after["status pt"] > after["app pt"]
    # the plots take the screen; the status line keeps what a room reads, whole
    assert after["panels"] == []
    assert after["status"] == ["epoch", "loss", "state"]
    for key in ("epoch", "state"):
        lab = w.status.labels[key]
        qtbot.waitUntil(lambda lab=lab: lab.fontMetrics().horizontalAdvance(lab.text())
                        <= lab.contentsRect().width(), timeout=3000)

    def whole():
        assert w.width() == 1024
        assert_shows_whole_text(w.data_view.title)
        assert_shows_whole_text(w.curves.summary)
    eventually(qtbot, whole)
    w.grab().save(str(tmp_path / "presentation_1024x768.png"))
    # F5 again: everything as before, larger fonts off as they were
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key_F5)
    qtbot.waitUntil(lambda: not menu_action(w, "View", "Presentation mode").isChecked(),
                    timeout=3000)
    assert not menu_action(w, "View", "Larger fonts").isChecked()
    assert _look(w) == before


def test_larger_fonts_chosen_before_stay_after_presentation(make_window, qtbot):
    w = make_window(small_moons())
    set_checked(w, "View", "Larger fonts", True)
    set_checked(w, "View", "Presentation mode", True)
    set_checked(w, "View", "Presentation mode", False)
    assert menu_action(w, "View", "Larger fonts").isChecked()
    set_checked(w, "View", "Larger fonts", False)


def test_the_next_start_remembers_presentation_not_its_fonts(make_window, qtbot,
                                                             settings_path):
    """Quit while presenting: the next window presents again, and leaving presentation
    there gives the normal fonts the user had chosen (not the larger ones it turned on)."""
    w = make_window(small_moons())
    set_checked(w, "View", "Presentation mode", True)
    w.shutdown()
    text = settings_path.read_text()
    assert "presentation=true" in text and "large_fonts=false" in text
    w2 = make_window()
    assert menu_action(w2, "View", "Presentation mode").isChecked()
    assert all(not d.isVisible() for d in w2.docks.values())
    set_checked(w2, "View", "Presentation mode", False)
    assert not menu_action(w2, "View", "Larger fonts").isChecked()
    assert all(d.isVisible() for d in w2.docks.values())
