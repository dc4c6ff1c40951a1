"""The panels' editors take their ranges and choices from the one schema (`core.schema`),
and a student cannot type a value past a bound into them.

Typed with qtbot.keyClicks into the real field and Enter: the value at the editor's bound
reaches the panel's spec; one past it leaves the spec as it was, the field red and one
sentence in the panel's message line.
"""
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from annstudio.core import schema
from annstudio.gui.panels.dataset import DatasetPanel
from annstudio.gui.panels.network import NetworkPanel
from annstudio.gui.panels.training import TrainingPanel
from annstudio.gui.widgets import sentence

# (panel class, the editor, how the panel reports the field's value)
EDITORS = {
    "dataset.n": (DatasetPanel, lambda p: p.n_edit, lambda p: p.spec().n),
    "dataset.noise": (DatasetPanel, lambda p: p.noise_edit, lambda p: p.spec().noise),
    "dataset.seed": (DatasetPanel, lambda p: p.seed_edit, lambda p: p.spec().seed),
    "dataset.classes": (DatasetPanel, lambda p: p.classes_edit, lambda p: p.spec().classes),
    "dataset.test_fraction": (DatasetPanel, lambda p: p.test_edit,
                              lambda p: p.spec().test_fraction),
    "network.hidden": (NetworkPanel, lambda p: p.units_edits()[0],
                       lambda p: p.spec().hidden[0]),
    "network.seed": (NetworkPanel, lambda p: p.seed_edit, lambda p: p.spec().seed),
    "training.batch_size": (TrainingPanel, lambda p: p.batch_edit,
                            lambda p: p.shown_training()["batch_size"]),
    "training.epochs": (TrainingPanel, lambda p: p.epochs_edit,
                        lambda p: p.shown_training()["epochs"]),
}


@pytest.fixture
def panels(qtbot):
    made = {}

    def get(cls):
        if cls not in made:
            made[cls] = p = cls()
            qtbot.addWidget(p)
            p.show()
            if cls is DatasetPanel:   # blobs: the generator that uses every field (classes)
                p.name_combo.setCurrentIndex(p.name_combo.findData("blobs"))
        return made[cls]
    return get


def type_into(qtbot, edit, text):
    assert edit.isEnabled() and edit.isVisible()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def text(v):
    return repr(v) if isinstance(v, float) else str(v)


def test_every_numeric_field_with_an_editor_is_covered():
    """A new numeric field with an editor gets a row here (else this fails)."""
    assert set(EDITORS) == {f.path for f in schema.FIELDS
                            if f.kind in ("int", "float") and f.editor}


@pytest.mark.parametrize("path", EDITORS)
def test_each_editor_has_the_schemas_range_and_help(path, panels):
    f = schema.field(path)
    cls, edit_of, _ = EDITORS[path]
    edit = edit_of(panels(cls))
    assert (edit.minimum, edit.maximum) == f.editor_range()
    assert edit.kind == f.kind
    assert f.bounds_text(*f.editor_range()) in edit.toolTip()
    # the window offers less than a file may hold only where the schema says why
    if f.editor_range() != (f.minimum, f.maximum):
        assert f.editor_why


def test_the_combos_offer_the_schemas_choices(panels):
    net, tr, ds = panels(NetworkPanel), panels(TrainingPanel), panels(DatasetPanel)

    def items(combo):
        return [combo.itemData(i) for i in range(combo.count())]
    assert items(net.init_combo) == list(schema.field("network.init").allowed())
    assert items(net.activation_combos()[0]) == list(schema.field("network.activations").allowed())
    assert items(tr.opt_combo) == list(schema.field("optimizer.name").allowed())
    assert items(tr.engine_combo) == list(schema.field("training.engine").allowed())
    # the dataset combo: generators and shipped sets (CSV and drawn points come in by
    # their own buttons), all of them names the schema allows
    assert set(items(ds.name_combo)) <= set(schema.field("dataset.name").allowed())


@pytest.mark.parametrize("path", EDITORS)
def test_typing_the_bound_is_taken_and_one_past_it_is_refused(path, panels, qtbot):
    f = schema.field(path)
    cls, edit_of, value_of = EDITORS[path]
    panel = panels(cls)
    edit = edit_of(panel)
    for side, bound in zip(("minimum", "maximum"), f.editor_range()):
        if bound is None:
            continue
        bound = int(bound) if f.kind == "int" else float(bound)
        type_into(qtbot, edit, text(bound))
        assert edit.error == "" and value_of(panel) == bound, edit.error
        if f.kind == "int":
            bad = bound - 1 if side == "minimum" else bound + 1
        else:
            bad = math.nextafter(bound, -math.inf if side == "minimum" else math.inf)
        type_into(qtbot, edit, text(bad))
        assert value_of(panel) == bound          # the spec kept the last good value
        assert ("at least" if side == "minimum" else "at most") in edit.error
        assert "\n" not in edit.error
        assert panel.message.isVisible() and panel.message.text() == sentence(edit.error)


@settings(deadline=None, max_examples=25,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_typed_value_reaches_the_spec_exactly_when_the_schema_allows_it(
        data, panels, qtbot):
    path = data.draw(st.sampled_from(sorted(EDITORS)))
    f = schema.field(path)
    cls, edit_of, value_of = EDITORS[path]
    panel = panels(cls)
    edit = edit_of(panel)
    lo, hi = f.editor_range()
    if f.kind == "int":
        v = data.draw(st.integers(int(lo) - 3, int(hi) + 3))
    else:
        v = data.draw(st.floats(lo - 1.0, (hi if hi is not None else 10.0) + 1.0,
                                allow_nan=False))
    before = value_of(panel)
    type_into(qtbot, edit, text(v))
    inside = lo <= v and (hi is None or v <= hi)
    if inside:
        assert value_of(panel) == v and edit.error == ""
    else:
        assert value_of(panel) == before and edit.error
