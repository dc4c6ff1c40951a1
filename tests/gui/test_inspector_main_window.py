"""The inspector inside the real main window: the ¬XOR lesson, points picked in the data
view, edits that move the decision boundary and undo that restores it, one numbering."""
import math

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from annstudio.core.inspect import fmt

MINUS = "\u2212"
LECTURE = [([[1.0, -1.0], [-1.0, 1.0]], [0.0, 0.0]), ([[-1.0], [-1.0]], [0.5])]  # LECTURE.md §2


def sigma(v):
    return 1.0 / (1.0 + math.exp(-v))


@pytest.fixture
def window(qtbot, tmp_path):
    from annstudio.gui.fake_engine import FakeEngineClient
    from annstudio.gui.main_window import MainWindow
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat),
                   client_factory=FakeEngineClient)
    w.resize(1500, 950)
    w.show()
    yield w
    # the edits made here mark the experiment modified: close without the "save?" question
    w.set_modified(False)
    w.close_guards.clear()
    w.close()
    w.deleteLater()


def boundary(w):
    return np.array(w.data_view.image.image, copy=True)


def open_not_xor(w):
    lessons = w.menus["lessons"]
    action = next(a for a in lessons.actions() if "¬XOR" in a.text() and "inspector" in a.text())
    action.trigger()
    return w.inspector_dock.inspector


def test_installed_in_the_window(window):
    from annstudio.gui import presets
    dock = window.inspector_dock
    assert "not_xor" in presets.PRESETS
    a = window.actions["inspector"]
    assert a.shortcut().toString() == "Ctrl+I"
    assert not dock.isVisible()
    a.trigger()
    assert dock.isVisible()
    a.trigger()
    assert not dock.isVisible()
    texts = [x.text() for x in window.menus["lessons"].actions()]
    assert any("¬XOR" in t for t in texts) and any("moons" in t.lower() for t in texts)


def test_not_xor_lesson_and_picked_point(window, qtbot):
    ins = open_not_xor(window)
    assert window.inspector_dock.isVisible()
    net = window.network()
    for (W, b), layer in zip(LECTURE, net.layers):
        np.testing.assert_array_equal(layer.W, W)
        np.testing.assert_array_equal(layer.b, b)
    assert net.activations == ["relu", "sigmoid"]
    assert len(window.data) == 4
    for (W, b), layer in zip(LECTURE, ins.net.layers):
        np.testing.assert_array_equal(layer.W, W)
    # click a point in the data view's Inspect mode: the window emits pointPicked
    X = window.data.X
    i = next(r for r in range(4) if tuple(X[r]) == (0.0, 1.0))
    with qtbot.waitSignal(window.pointPicked):
        window.pick_point(i)
    assert tuple(ins.point["x"]) == (0.0, 1.0) and ins.point["y"] == 0
    ins.go_to(ins.page_index("loss", 0))
    assert ins.shown("z_0", 0) == fmt(sigma(-0.5)) == "0.3775"
    ins.go_to(ins.page_index("forward", 1))
    assert ins.explanation_lines[-1].endswith(f"σ({MINUS}0.5) = 0.3775")


def test_edit_moves_the_boundary_and_undo_restores_it(window, qtbot):
    ins = open_not_xor(window)
    ins.points_view.clicked.emit(ins.points_model.index(1, 0))     # (1, 0)
    assert tuple(ins.point["x"]) == (1.0, 0.0)
    ins.go_to(ins.page_index("forward", 1))
    before = boundary(window)
    m = ins.panel("b_1").model
    with qtbot.waitSignal(window.weightsChanged):
        assert m.setData(m.index(0, 0), "2", Qt.EditRole)
    # the app has the new weight, the inspector's output and the boundary changed
    assert window.network().layers[1].b[0] == 2.0
    assert ins.shown("z_0", 0) == fmt(sigma(-1 + 2.0))
    after = boundary(window)
    assert after.shape == before.shape and not np.allclose(after, before)
    with qtbot.waitSignal(window.weightsChanged):
        ins.undo_action.trigger()
    assert window.network().layers[1].b[0] == 0.5
    assert ins.shown("z_0", 0) == fmt(sigma(-0.5))
    np.testing.assert_allclose(boundary(window), before)
    with qtbot.waitSignal(window.weightsChanged):
        ins.redo_action.trigger()
    np.testing.assert_allclose(boundary(window), after)


def test_one_numbering_for_the_app(window):
    ins = open_not_xor(window)
    ins.go_to(ins.page_index("forward", 2))
    assert ins.panel("W_2").name == "W_2"
    window.actions["torch_order"].trigger()
    assert window.actions["torch_order"].isChecked()
    assert ins.panel("W_2").name == "fc1.weightᵀ"
    ins.numbering_combo.setCurrentIndex(ins.numbering_combo.findData("lecture"))
    assert not window.actions["torch_order"].isChecked()
    assert ins.panel("W_2").name == "W_2"


def test_lecture_moons_from_the_inspector(window):
    ins = open_not_xor(window)
    ins.preset_actions["lecture_moons"].trigger()
    assert window.network().sizes == [2, 20, 40, 20, 1]
    assert ins.net.sizes == [2, 20, 40, 20, 1]
    assert ins.stage_index == 0 and ins.point["split"] == "train"
    np.testing.assert_array_equal(ins.point["x"], window.data.X_train[0])


@pytest.mark.parametrize("width, over_panels", [(1366, True), (1920, False)])
def test_small_screens_open_the_inspector_over_the_panels(window, qtbot, width, over_panels):
    """At 1366 px a fourth dock beside the plots left them slivers: there the inspector
    opens as a tab over Dataset/Network/Training; on wide screens it sits on the right."""
    window.resize(width, 768)
    dock = window.inspector_dock
    window.actions["inspector"].trigger()
    assert dock.isVisible()
    tabbed = dock in window.tabifiedDockWidgets(window.docks["dataset"])
    assert tabbed == over_panels
    if over_panels:
        qtbot.waitUntil(lambda: dock.width() >= 500, timeout=3000)
        assert window.data_view.width() > 300
    window.actions["inspector"].trigger()
    assert not dock.isVisible()
