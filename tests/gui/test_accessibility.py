"""Issue 26 §2, screen reader: every interactive element a reader reaches has a name, and
the plots say in words what they show, following the run at a calm rate.

The tree walked is Qt's own accessibility tree (`QAccessible`), the one a screen reader
(Orca, NVDA, VoiceOver) reads — not our widget list.
"""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from annstudio.gui.reader import ReaderText, curves_sentence, regions_sentence
from tests.gui.conftest import small_moons
from tests.gui.test_layout_and_help import menu_action

R = QAccessible.Role
# what a user acts on (a scroll bar is named by its role and orientation: left out)
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText,
               R.SpinBox, R.Slider, R.PageTab, R.ButtonMenu, R.ButtonDropDown, R.Table,
               R.List, R.Tree}


def unnamed(widget):
    """(interactive elements reached, the ones without a name) under ``widget``."""
    seen, missing = 0, []

    def walk(iface):
        nonlocal seen
        if iface is None or not iface.isValid():
            return
        if iface.role() in INTERACTIVE and not iface.state().invisible:
            seen += 1
            if not iface.text(QAccessible.Name).strip():
                obj = iface.object()
                tip = obj.toolTip()[:50] if obj is not None and hasattr(obj, "toolTip") else ""
                missing.append(f"{iface.role().name} {type(obj).__name__} {tip!r}")
        for i in range(iface.childCount()):
            walk(iface.child(i))
    walk(QAccessible.queryAccessibleInterface(widget))
    return seen, missing


def description(widget):
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Description)


def test_every_interactive_element_of_the_window_has_a_name(make_window, qtbot):
    w = make_window(small_moons())
    seen, missing = unnamed(w)
    assert seen > 50 and missing == [], missing
    # the inspector, opened as a user does
    w.actions["inspector"].trigger()
    qtbot.waitUntil(lambda: w.inspector_dock.isVisible(), timeout=5000)
    seen_i, missing = unnamed(w.inspector_dock)
    assert seen_i > 5 and missing == [], missing


@pytest.mark.parametrize("key", ["compare_race", "compare_landscape", "compare_timeline"])
def test_every_compare_window_names_its_controls(make_window, qtbot, key):
    w = make_window(small_moons())
    w.actions[key].trigger()
    view = w.compare_views[key.split("_", 1)[1]]
    qtbot.waitUntil(view.isVisible, timeout=5000)
    seen, missing = unnamed(view)
    assert seen > 1 and missing == [], missing


def test_the_curves_and_the_regions_say_what_they_show(make_window, qtbot):
    """After an epoch (Train ▸ Step epoch, as a user), the curves' text names that epoch's
    losses and accuracies as the history holds them, and the regions' text gives each
    class's share of the engine's own boundary grid."""
    w = make_window(small_moons())
    assert description(w.curves.glw) == "No epoch trained yet."
    menu_action(w, "Train", "Step epoch").trigger()
    qtbot.waitUntil(lambda: len(w.history) == 1, timeout=30000)
    h = w.history.epochs[-1]
    want = (f"Epoch 1: train loss {h.train_loss:.4f}, accuracy {100 * h.train_metric:.1f}%; "
            f"test loss {h.test_loss:.4f}, accuracy {100 * h.test_metric:.1f}%.")
    qtbot.waitUntil(lambda: description(w.curves.glw) == want, timeout=10000)
    assert QAccessible.queryAccessibleInterface(w.curves.glw).text(QAccessible.Name) == \
        "Loss and accuracy curves"

    def regions_match():
        snap = w.session.client.latest()
        p = snap.views.get("output") if snap is not None else None
        if p is None:
            return False
        share1 = float(np.mean(np.asarray(p) > 0.5))
        text = description(w.data_view.plot)
        return text == (f"Decision regions over the plane: class 0 {100 * (1 - share1):.1f}%, "
                        f"class 1 {100 * share1:.1f}%; {len(w.data.y_train):,} training "
                        "points.")
    qtbot.waitUntil(regions_match, timeout=10000)


def test_a_reader_hears_the_run_at_a_calm_rate(qtbot):
    """Within `calm_s` of a change a new text waits (a reader announcing every frame would
    never stop talking); the last one always arrives."""
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    qtbot.addWidget(label)
    reader = ReaderText(label, "plot", calm_s=0.3)
    reader.set("epoch 1")
    assert reader.text == "epoch 1"
    reader.set("epoch 2")
    reader.set("epoch 3")
    assert reader.text == "epoch 1"          # too soon: held back
    qtbot.waitUntil(lambda: reader.text == "epoch 3", timeout=3000)


def test_the_sentences_read_the_numbers_they_are_given():
    class Rec:
        train_loss, test_loss, train_metric, test_metric = 0.39123, None, 0.8612, None
    assert curves_sentence(30, Rec, "accuracy") == "Epoch 30: train loss 0.3912, accuracy 86.1%."
    assert curves_sentence(3, Rec, "r2") == "Epoch 3: train loss 0.3912, R² 0.861."
    labels = np.array([[0, 1, 2, 2]])
    assert regions_sentence(labels, 3, 1200) == (
        "Decision regions over the plane: class 0 25.0%, class 1 25.0%, class 2 50.0%; "
        "1,200 training points.")


def test_the_step_through_says_each_page_and_hides_what_is_predicted(qtbot):
    """The inspector's step-through in words: each page's formula and the value it computes,
    checked against an independent forward and backward pass; a value the student is asked to
    predict is not read out (a screen reader would give the answer away)."""
    from annstudio.core.walkthrough import walkthrough
    from annstudio.gui.inspector import InspectorWidget
    from annstudio.gui.inspector.lecture_presets import preset_network_and_data
    net, data = preset_network_and_data("not_xor")
    w = InspectorWidget(lambda: net, data)
    qtbot.addWidget(w)
    w.step_reader.calm_s = 0            # every page's sentence at once (the rate is tested above)
    w.resize(900, 1000)
    w.show()
    steps = {s.name: s for s in walkthrough(net, w.point["x"], w.point["y"], w.loss)}
    K = len(net.layers)

    def computed(page):         # what each page's formula computes (lecture numbering)
        i = page.layer
        return {"input": f"z_{K}", "forward": f"z_{i - 1}", "loss": "L",
                "backward": f"∂L/∂W_{i}" if i else "∂L/∂z_0"}.get(page.kind, f"∂L/∂z_{i}")
    said = []
    for i in range(w.stage_count):
        text = description(w.step_reader.widget)
        assert text.startswith(f"Step {i + 1} of {w.stage_count}: ")
        name = computed(w.stage)
        assert f" {name} = " in text, text
        value = np.ravel(steps[name].value)
        assert f" = {', '.join(f'{v:.4g}' for v in value[:8])}" in text, text
        said.append(text)
        qtbot.mouseClick(w.nav_buttons["next"], Qt.LeftButton)
    assert len(set(said)) == w.stage_count        # every page says something of its own
    assert any("L = " in t for t in said) and any("∂L/∂W" in t for t in said)
    # predict mode: the first page whose value is asked for hides it
    qtbot.mouseClick(w.nav_buttons["start"], Qt.LeftButton)
    qtbot.mouseClick(w.predict_button, Qt.LeftButton)
    hidden_pages = 0
    for i in range(w.stage_count):
        name = computed(w.stage)
        text = description(w.step_reader.widget)
        if name in w.hidden_names():
            hidden_pages += 1
            assert "is hidden: predict it" in text and " = " not in text.split(". ", 2)[-1], text
        qtbot.mouseClick(w.nav_buttons["next"], Qt.LeftButton)
    assert hidden_pages >= 2
