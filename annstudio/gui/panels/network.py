"""Network panel (layer editor): hidden layers with units and activation, the output the
dataset's task implies, initialisation, seed, and the live parameter count

    Σ_i d_{i−1}(d_i + 1)        (lecture numbering: layer i maps d_i inputs to d_{i−1} outputs)

Run alone: ``python -m annstudio.gui.panels.network``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from annstudio.core import activations as act
from annstudio.core import schema
from annstudio.core.experiment import NetworkSpec
from annstudio.core.i18n import QT_TRANSLATE_NOOP
# the editor's ranges are the schema's (core.schema)
from annstudio.core.schema import GUI_MAX_LAYERS as MAX_GUI_LAYERS
from annstudio.core.schema import GUI_MAX_UNITS as MAX_GUI_UNITS  # noqa: F401
from annstudio.gui.i18n import num, translate
from annstudio.gui.widgets import MessageLine, NumberEdit, section_label
from annstudio.gui.theme import QUIET

# the labels are marked here and translated where shown (translate("NetworkPanel", label));
# the keys stay as the experiment files write them
ACTIVATION_NAMES = {"relu": QT_TRANSLATE_NOOP("NetworkPanel", "ReLU"),
                    "leaky_relu": QT_TRANSLATE_NOOP("NetworkPanel", "Leaky ReLU"),
                    "tanh": QT_TRANSLATE_NOOP("NetworkPanel", "tanh"),
                    "sigmoid": QT_TRANSLATE_NOOP("NetworkPanel", "sigmoid σ"),
                    "identity": QT_TRANSLATE_NOOP("NetworkPanel", "identity")}
TASK_TEXT = {
    "binary": (QT_TRANSLATE_NOOP("NetworkPanel", "binary classification"),
               QT_TRANSLATE_NOOP("NetworkPanel", "σ (sigmoid)"),
               QT_TRANSLATE_NOOP("NetworkPanel", "cross entropy")),
    "multiclass": (QT_TRANSLATE_NOOP("NetworkPanel", "multi-class classification"), "softmax",
                   QT_TRANSLATE_NOOP("NetworkPanel", "cross entropy")),
    "regression": (QT_TRANSLATE_NOOP("NetworkPanel", "regression"),
                   QT_TRANSLATE_NOOP("NetworkPanel", "identity"),
                   QT_TRANSLATE_NOOP("NetworkPanel", "mean squared error")),
}
INIT_NAMES = {"lecture": QT_TRANSLATE_NOOP("NetworkPanel", "lecture: 0.1·N(0, 1)"),
              "xavier": QT_TRANSLATE_NOOP("NetworkPanel", "Xavier (Glorot) uniform"),
              "he": QT_TRANSLATE_NOOP("NetworkPanel", "He (Kaiming) normal"),
              "zeros": QT_TRANSLATE_NOOP("NetworkPanel", "zeros (every weight 0)")}


def parameter_formula(sizes):
    """'20·(2+1) + 40·(20+1) + … = 1741' for sizes input→output (the lecture's formula)."""
    terms = [f"{e}·({d}+1)" for d, e in zip(sizes[:-1], sizes[1:])]
    total = sum(e * (d + 1) for d, e in zip(sizes[:-1], sizes[1:]))
    return " + ".join(terms), total


class NetworkPanel(QWidget):
    """Edits a `NetworkSpec`; emits ``changed(NetworkSpec)`` for every valid edit and
    ``rowsRebuilt`` when the layer rows are made anew (their widgets are new ones)."""

    changed = Signal(object)
    rowsRebuilt = Signal()

    def __init__(self, spec=None, parent=None):
        super().__init__(parent)
        self._spec = NetworkSpec() if spec is None else NetworkSpec(**vars(spec))
        self.n_inputs, self.n_outputs, self.task = 2, 1, "binary"
        self._rows = []
        self._building = False
        self.torch_order = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.inputs_label = QLabel()
        outer.addWidget(self.inputs_label)

        outer.addWidget(section_label(
            translate("NetworkPanel", "Hidden layers (input → output)")))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(translate("NetworkPanel", "+ Add layer"))
        self.add_button.setToolTip(
            translate("NetworkPanel", "Add a hidden layer before the output"))
        self.add_button.clicked.connect(self.add_layer)
        outer.addWidget(self.add_button, 0, Qt.AlignLeft)

        outer.addWidget(section_label(translate("NetworkPanel", "Output")))
        self.output_label = QLabel()
        self.output_label.setWordWrap(True)
        self.output_label.setToolTip(
            translate("NetworkPanel", "The dataset's task sets the output layer and the loss; "
                                      "change the dataset to change the task."))
        outer.addWidget(self.output_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.init_combo = QComboBox()
        for name in schema.field("network.init").allowed():
            self.init_combo.addItem(translate("NetworkPanel", INIT_NAMES[name])
                                    if name in INIT_NAMES else name, name)
        self.init_combo.setToolTip(translate("NetworkPanel", "How W starts (biases start at 0)"))
        self.init_combo.currentIndexChanged.connect(self._on_init)
        form.addRow(translate("NetworkPanel", "Initialisation"), self.init_combo)
        self.seed_edit = NumberEdit.for_field("network.seed", self._spec.seed,
                                              name=translate("NetworkPanel", "seed"))
        self.seed_edit.valueChanged.connect(self._on_seed)
        form.addRow(translate("NetworkPanel", "Seed"), self.seed_edit)
        outer.addLayout(form)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setTextFormat(Qt.RichText)
        outer.addWidget(self.count_label)
        self.message = MessageLine()
        self.seed_edit.validityChanged.connect(lambda m: self.message.report("seed", m))
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.set_spec(self._spec)

    # ----- public -----
    def spec(self):
        return NetworkSpec(**{k: (list(v) if isinstance(v, list) else v)
                              for k, v in vars(self._spec).items()})

    def set_spec(self, spec):
        self._building = True
        self._spec = NetworkSpec(**{k: (list(v) if isinstance(v, list) else v)
                                    for k, v in vars(spec).items()})
        i = self.init_combo.findData(self._spec.init)
        self.init_combo.setCurrentIndex(max(i, 0))
        self.seed_edit.setValue(int(self._spec.seed))
        self._rebuild_rows()
        self._building = False
        self._refresh()

    def set_torch_order(self, on):
        self.torch_order = bool(on)
        self._rebuild_rows()

    def set_task(self, task, n_inputs, n_outputs):
        """The dataset's task, input and output sizes (they fix the first and last layer)."""
        self.task, self.n_inputs, self.n_outputs = task, int(n_inputs), int(n_outputs)
        self._refresh()

    # ----- rows -----
    def _rebuild_rows(self):
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget()
            if w is not None:
                w.deleteLater()
        self._rows = []
        for col, text in enumerate(["", translate("NetworkPanel", "units"),
                                    translate("NetworkPanel", "activation φ"), ""]):
            if text:
                lab = QLabel(text)
                lab.setStyleSheet(QUIET)
                self.grid.addWidget(lab, 0, col)
        n = len(self._spec.hidden)
        for i, (units, a) in enumerate(zip(self._spec.hidden, self._spec.activations)):
            r = i + 1
            K = n + 1
            name = QLabel(f"fc{i + 1}" if self.torch_order else
                          translate("NetworkPanel", "layer {k}").format(k=K - i))
            name.setToolTip(translate("NetworkPanel", "Lecture numbering counts from the output "
                                                      "(layer 1 = output layer); View ▸ PyTorch "
                                                      "layer order counts from the input"))
            units_edit = NumberEdit.for_field(
                "network.hidden", int(units),
                name=translate("NetworkPanel", "units of hidden layer {n}").format(n=i + 1))
            units_edit.setMaximumWidth(64)
            units_edit.valueChanged.connect(lambda v, i=i: self._on_units(i, v))
            units_edit.validityChanged.connect(lambda m, i=i: self.message.report(f"units{i}", m))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("NetworkPanel", "Activation of hidden layer {n}").format(n=i + 1))
            for key in schema.field("network.activations").allowed():
                label = ACTIVATION_NAMES.get(key, key)     # marked where it is written
                combo.addItem(translate("NetworkPanel", label), key)
                combo.setItemData(combo.count() - 1,
                                  f"{act.FORMULA[key]}\n{act.DERIVATIVE[key]}", Qt.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(a), 0))
            combo.currentIndexChanged.connect(lambda _=0, i=i, c=combo: self._on_act(i, c.currentData()))
            buttons = QHBoxLayout()
            buttons.setSpacing(2)
            holder = QWidget()
            holder.setLayout(buttons)
            buttons.setContentsMargins(0, 0, 0, 0)
            # clicked(bool) passes `checked` first: it must not land in i (it did: ✕ on any
            # row removed the first one, ↑ on the last did nothing)
            up = self._tool("↑", translate("NetworkPanel", "Move this layer towards the input"),
                            lambda _checked=False, i=i: self.move_layer(i, -1))
            down = self._tool("↓",
                              translate("NetworkPanel", "Move this layer towards the output"),
                              lambda _checked=False, i=i: self.move_layer(i, 1))
            rm = self._tool("✕", translate("NetworkPanel", "Remove this layer"),
                            lambda _checked=False, i=i: self.remove_layer(i))
            up.setEnabled(i > 0)
            down.setEnabled(i < n - 1)
            for b in (up, down, rm):
                buttons.addWidget(b)
            self.grid.addWidget(name, r, 0)
            self.grid.addWidget(units_edit, r, 1)
            self.grid.addWidget(combo, r, 2)
            self.grid.addWidget(holder, r, 3)
            self._rows.append((units_edit, combo, up, down, rm))
        if n == 0:
            lab = QLabel(translate("NetworkPanel", "no hidden layer: a linear model (logistic / "
                                                   "softmax regression)"))
            lab.setWordWrap(True)
            lab.setStyleSheet(QUIET)
            self.grid.addWidget(lab, 1, 0, 1, 4)
        self.grid.setColumnStretch(2, 1)
        self.add_button.setEnabled(n < MAX_GUI_LAYERS)
        self.rowsRebuilt.emit()

    def _tool(self, text, tip, slot):
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def units_edits(self):
        return [r[0] for r in self._rows]

    def activation_combos(self):
        return [r[1] for r in self._rows]

    def layer_buttons(self):
        """Each row's ↑, ↓ and ✕ buttons."""
        return [b for r in self._rows for b in r[2:]]

    # ----- edits -----
    def add_layer(self):
        if len(self._spec.hidden) >= MAX_GUI_LAYERS:
            self.message.report("layers", translate(
                "NetworkPanel", "at most {n} hidden layers here").format(n=MAX_GUI_LAYERS))
            return
        units = self._spec.hidden[-1] if self._spec.hidden else 8
        a = self._spec.activations[-1] if self._spec.activations else "relu"
        self._spec.hidden.append(int(units))
        self._spec.activations.append(a)
        self._rebuild_rows()
        self._emit()

    def remove_layer(self, i):
        del self._spec.hidden[i]
        del self._spec.activations[i]
        self.message.report(f"units{i}", "")
        self._rebuild_rows()
        self._emit()

    def move_layer(self, i, delta):
        j = i + delta
        if not 0 <= j < len(self._spec.hidden):
            return
        for lst in (self._spec.hidden, self._spec.activations):
            lst[i], lst[j] = lst[j], lst[i]
        self._rebuild_rows()
        self._emit()

    def set_layers(self, hidden, activations):
        self._spec.hidden = [int(h) for h in hidden]
        self._spec.activations = list(activations)
        self._rebuild_rows()
        self._emit()

    def _on_units(self, i, v):
        self._spec.hidden[i] = int(v)
        self._emit()

    def _on_act(self, i, a):
        if a and not self._building:
            self._spec.activations[i] = a
            self._emit()

    def _on_init(self, _):
        if not self._building:
            self._spec.init = self.init_combo.currentData()
            self._emit()

    def _on_seed(self, v):
        self._spec.seed = int(v)
        self._emit()

    def _emit(self):
        self._refresh()
        if not self._building:
            self.changed.emit(self.spec())

    def _refresh(self):
        task, out_act, loss = (translate("NetworkPanel", text) for text in
                               TASK_TEXT.get(self.task, TASK_TEXT["binary"]))
        self.inputs_label.setText(
            (translate("NetworkPanel", "Input: {n} feature") if self.n_inputs == 1 else
             translate("NetworkPanel", "Input: {n} features")).format(n=self.n_inputs))
        units = translate("NetworkPanel", "{n} unit") if self.n_outputs == 1 else \
            translate("NetworkPanel", "{n} units")
        self.output_label.setText(
            translate("NetworkPanel", "{units}, {activation} · loss: {loss}\n"
                                      "(the dataset's task: {task})").format(
                units=units.format(n=self.n_outputs), activation=out_act, loss=loss, task=task))
        sizes = [self.n_inputs, *self._spec.hidden, self.n_outputs]
        terms, total = parameter_formula(sizes)
        arrow = " → ".join(map(str, sizes))
        self.count_label.setText(
            f"<b>{arrow}</b><br>" + translate("NetworkPanel", "Parameters") +
            f" Σ d<sub>i−1</sub>(d<sub>i</sub>+1) = {terms} = <b>{num(total, ',')}</b>")


def main():
    """``python -m annstudio.gui.panels.network [--screenshot PNG]``: the panel alone; it
    prints its ``changed`` intents as you edit it."""
    from annstudio.gui import standalone
    return standalone.run(NetworkPanel, translate("NetworkPanel", "Network panel"),
                          size=(380, 560), emits=lambda p: {"changed": p.changed})


if __name__ == "__main__":
    raise SystemExit(main())
