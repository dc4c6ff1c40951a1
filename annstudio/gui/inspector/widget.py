"""The step-through inspector: one data point through the forward pass and backprop.

Everything shown is computed by `annstudio.core.walkthrough` (the lecture's Jacobian form)
and laid out by `annstudio.core.inspect`; this package only displays it. Edits (typed
weights, an SGD step) go through a `QUndoStack` and are pushed to the main window with
``set_weights`` so every view updates at once.

This module is the inspector's frame: the state every tab reads (the network, the point,
the walkthrough ``steps``/``pages``, numbering and digits), the two tool bars, following
live weights, undo, navigation and `refresh`. Each tab is a room of its own, mixed in:

- steps.py: the Step-through tab: pages of matrix panels, finite differences
- explain.py: what a clicked cell says (the box under the panels)
- predict.py: Predict mode: questions, grading, score (the maths: core/predict.py)
- points.py: the Point tab: the dataset's table, a typed point; the point line
- batch.py: the Mini-batch tab: per-point gradients against the batch one
- sgd_step.py: the SGD-step tab: one optimizer step, the loss before and after
- lecture_presets.py: the Lecture presets button (¬XOR by hand, lecture moons)

Why mixins, not composed objects: the tabs share one state (a refresh recomputes the
walkthrough every tab shows; Predict hides panels of the steps page and the SGD example),
the tests and the dock (inspector/__init__.py) use the tabs' widgets and methods on the
inspector itself (``panel``, ``shown``, ``lr_edit``, ``batch_layer``, ``predict_button``,
``set_optimizer``, ``load_preset`` …), and a composed room could not call the frame's ``_render_stage`` without reaching into another
object's private names (tests/test_private_names.py). Each mixin's docstring lists what
it reads from the frame.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from annstudio.core import inspect as ins
from annstudio.core import losses
from annstudio.core import predict as pr
from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.core.inspect import Numbering, fmt
from annstudio.core.walkthrough import walkthrough
from annstudio.gui.i18n import num, translate
from annstudio.gui.inspector.batch import BatchTab
from annstudio.gui.inspector.explain import Explanation
# not_xor_dataset and preset_network_and_data: read from here by __init__ and __main__
from annstudio.gui.inspector.lecture_presets import (LecturePresets, not_xor_dataset,  # noqa: F401
                                                     preset_network_and_data)
from annstudio.gui.inspector.points import PointsTab
from annstudio.gui.inspector.predict import PredictMode
from annstudio.gui.inspector.sgd_step import SgdStepTab
from annstudio.gui.inspector.steps import StepsPage

NUMBERINGS = [("lecture", QT_TRANSLATE_NOOP("InspectorWidget", "Lecture numbering (1 = output)")),
              ("pytorch", QT_TRANSLATE_NOOP("InspectorWidget", "PyTorch order (fc1 = input side)"))]


class WeightsCommand(QUndoCommand):
    """One undoable change of the network's weights (a typed entry or an SGD step)."""

    def __init__(self, inspector, old, new, text):
        super().__init__(text)
        self.inspector, self.old, self.new = inspector, old, new

    def redo(self):
        self.inspector._apply_weights(self.new)

    def undo(self):
        self.inspector._apply_weights(self.old)


class InspectorWidget(StepsPage, Explanation, PredictMode, PointsTab, BatchTab,
                      SgdStepTab, LecturePresets, QWidget):
    """Step through one point's forward pass and backprop with the real numbers.

    ``network_getter()`` returns the current NumPy `Network`; ``data`` is a `Dataset` (or a
    callable returning one, or None); ``set_weights([(W, b)])`` pushes edited weights to the
    app (None: the inspector edits its own copy). ``load_preset(name)`` loads a lecture
    preset into the app (None: the inspector loads it into itself). ``origin()`` says where
    the current parameters come from (`inspect.origin_text`), for a clicked W or b.
    ``optimizer``: (name, hyperparameters) of the experiment, used by the step tab.
    """

    stageChanged = Signal(int)
    refreshed = Signal()
    predictionAnswered = Signal(object)     # [core.classroom.Answer]: Predict mode's first answers

    def __init__(self, network_getter, data=None, set_weights=None, load_preset=None,
                 lr=0.1, parent=None, origin=None, optimizer=None):
        super().__init__(parent)
        self._origin = origin
        self.opt_name, self.opt_params = optimizer or ("sgd", {"lr": float(lr)})
        lr = float(self.opt_params.get("lr", lr))
        self._init_predict()
        self._get_net = network_getter
        self._data = data
        self._push = set_weights
        self._load_preset = load_preset
        self.net = network_getter().copy()
        self.numbering = Numbering(len(self.net.layers), "lecture")
        self.digits = 4
        self.live = True
        self.stage_index = 0
        self._fd_cache = {}
        self.point = None
        self.steps = None             # the walkthrough of the point shown, once there is one
        self.gradcheck_max = {}       # (which, layer) → worst finite-difference error shown
        self.undo_stack = QUndoStack(self)
        self._pending = None
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(120)     # coalesce live snapshots (training sends ~30 Hz)
        self._live_timer.timeout.connect(self._take_pending)
        self._panels = {}
        self._panel_layout_key = None
        self._init_explanation()
        self.batch = None
        self._build(lr)
        self._reset_point()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self, lr):
        """The point line, two tool bars, the message line and the four tabs, top to bottom."""
        self.setMinimumWidth(460)
        top = QVBoxLayout(self)
        top.setContentsMargins(6, 6, 6, 6)

        self.point_label = QLabel()
        self.point_label.setTextFormat(Qt.RichText)
        self.point_label.setWordWrap(True)
        top.addWidget(self.point_label)

        top.addLayout(self._build_view_bar())
        top.addLayout(self._build_action_bar())

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        top.addWidget(self.message)

        self.tabs = QTabWidget()
        top.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_steps(), translate("InspectorWidget", "Step through"))
        self.tabs.addTab(self._build_points(), translate("InspectorWidget", "Point"))
        self.tabs.addTab(self._build_batch(), translate("InspectorWidget", "Mini-batch"))
        self.tabs.addTab(self._build_sgd(lr), translate("InspectorWidget", "SGD step"))

    def _build_view_bar(self):
        """Lecture presets, layer numbering and digits: how the network is shown."""
        bar = QHBoxLayout()
        bar.addWidget(self._build_preset_button())
        self.numbering_combo = QComboBox()
        for key, title in NUMBERINGS:
            self.numbering_combo.addItem(translate("InspectorWidget", title), key)
        self.numbering_combo.setToolTip(translate(
            "InspectorWidget", "Number layers as the lecture does (from the output) "
            "or as PyTorch does (fc1, fc2, … from the input)"))
        self.numbering_combo.setAccessibleName(translate("InspectorWidget", "Layer numbering"))
        self.numbering_combo.currentIndexChanged.connect(
            lambda _i: self.set_numbering(self.numbering_combo.currentData()))
        bar.addWidget(self.numbering_combo)
        bar.addWidget(QLabel(translate("InspectorWidget", "digits")))
        self.digits_spin = QSpinBox()
        self.digits_spin.setAccessibleName(translate("InspectorWidget", "Significant digits"))
        self.digits_spin.setRange(2, 12)
        self.digits_spin.setValue(4)
        self.digits_spin.setToolTip(translate("InspectorWidget", "Significant digits shown "
                                               "(hover a cell for the full value)"))
        self.digits_spin.valueChanged.connect(self.set_digits)
        bar.addWidget(self.digits_spin)
        bar.addStretch(1)
        return bar

    def _build_action_bar(self):
        """Follow live weights, Predict, Undo and Redo."""
        bar = QHBoxLayout()
        self.live_check = QCheckBox(translate("InspectorWidget", "Follow live weights"))
        self.live_check.setChecked(True)
        self.live_check.setToolTip(translate("InspectorWidget",
                                             "Checked: the inspector shows the network as it "
                                             "trains.\nUnchecked: frozen at the weights it "
                                             "has now."))
        self.live_check.toggled.connect(self.set_live)
        bar.addWidget(self.live_check)
        self.predict_button = QPushButton(translate("InspectorWidget", "Predict"))
        self.predict_button.setCheckable(True)
        # no style sheet: any style sheet freezes the font and it stops following Larger fonts
        self.predict_button.setToolTip(translate(
            "InspectorWidget",
            "Predict, then check: each step hides the value it is about to show; type your "
            "prediction (or pick its sign) and the inspector grades it and shows the worked "
            "formula. Right within {rel} (or {abs} near zero).").format(
                rel=num(pr.REL_TOL, ".0%"), abs=num(pr.ABS_TOL, "g")))
        self.predict_button.toggled.connect(self.set_predicting)
        bar.addWidget(self.predict_button)
        bar.addStretch(1)
        self._build_undo_buttons(bar)
        return bar

    def _build_undo_buttons(self, bar):
        """Undo / Redo of weight edits (Ctrl+Z, Ctrl+Shift+Z) as actions with tool buttons."""
        # Fixed texts (the stack's own actions grow to "Undo set W_2[0,1] = …" and shift the
        # bar); what would be undone is in the tooltip.
        self.undo_action = QAction(translate("InspectorWidget", "Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(translate("InspectorWidget", "Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_action.setToolTip(
                translate("InspectorWidget", "Undo {edit} (Ctrl+Z)").format(edit=t) if t
                else translate("InspectorWidget", "Undo (Ctrl+Z)")))
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_action.setToolTip(
                translate("InspectorWidget", "Redo {edit} (Ctrl+Shift+Z)").format(edit=t) if t
                else translate("InspectorWidget", "Redo (Ctrl+Shift+Z)")))
        for a in (self.undo_action, self.redo_action):
            a.setEnabled(False)
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(a)
            b = QToolButton()
            b.setDefaultAction(a)
            bar.addWidget(b)

    # ------------------------------------------------------------------ data and point
    @property
    def data(self):
        return self._data() if callable(self._data) else self._data

    @property
    def loss(self):
        """The data's loss when it fits the network, else the network's default (or mse,
        which fits every output)."""
        d = self.data
        for loss in ((d.loss,) if d is not None else ()) + (self.net.default_loss, "mse"):
            try:
                losses.check(loss, self.net.output_activation, self.net.sizes[-1])
                return loss
            except AnnStudioError:
                pass
        return "mse"

    def _reset_point(self):
        d = self.data
        self._data_seen = d
        if d is not None and d.n_features == self.net.sizes[0] and d.n_train:
            # Not simply point #0: at ¬XOR's (0, 0) both ReLUs sit at u = 0 and every
            # ∂L/∂W_2 is 0, so the backward pages would show nothing but zeros.
            r = ins.informative_point(self.net, d.X_train, d.y_train, self.loss)
            self.set_point({"index": r, "x": d.X_train[r], "y": d.y_train[r], "split": "train"},
                           refresh=False)
        else:
            n_out = self.net.sizes[-1]
            y = np.zeros(n_out) if self.loss == "mse" else 0
            self.set_point({"index": None, "x": np.zeros(self.net.sizes[0]), "y": y,
                            "split": "typed"}, refresh=False)
        self.points_model.set_data(d if d is not None and d.n_features == self.net.sizes[0]
                                   else None)
        n_train = d.n_train if d is not None else 1
        self.batch_start.setRange(0, max(n_train - 1, 0))

    def set_point(self, point, refresh=True):
        """``point``: dict with x, y (label), and optionally index and split (as the data
        view's ``pointPicked`` sends it)."""
        x = np.asarray(point["x"], dtype=float).reshape(-1)
        if x.size != self.net.sizes[0]:
            self.show_message(translate("InspectorWidget", "the network takes {n} input(s), "
                                        "the point has {m}").format(n=self.net.sizes[0],
                                                                    m=x.size))
            return False
        y = point.get("y")
        self.point = {"x": x, "y": np.asarray(y), "index": point.get("index"),
                      "split": point.get("split", "typed")}
        if refresh:
            self.show_message("")
            self.refresh()
        return True

    def show_message(self, text):
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ weights
    def set_source(self, network_getter, data=None):
        """Follow another network / dataset (a preset was loaded, or a new experiment)."""
        self._get_net = network_getter
        self._data = data
        self._replace_network(network_getter().copy(), new_data=True)

    def _replace_network(self, net, new_data=False):
        same = self.net.sizes == net.sizes and self.net.activations == net.activations
        self.net = net
        if not same or new_data:
            self.undo_stack.clear()
            self.numbering = Numbering(len(net.layers), self.numbering.mode)
            self.stage_index = 0
            self._sel.clear()
            self._unit.clear()
            self._reset_point()
        self.refresh()

    def on_weights_changed(self, snapshot):
        """The app's weights changed (training, an edit, a new experiment)."""
        reshaped = (snapshot.sizes != self.net.sizes
                    or snapshot.activations != self.net.activations)
        if not self.live and not reshaped and self._data_seen is self.data:
            return                    # frozen: keep the weights it was frozen at
        self._pending = snapshot
        if reshaped or self._data_seen is not self.data:
            self._take_pending()      # a new network or dataset: follow it at once
        else:
            self._live_timer.start()

    def _take_pending(self):
        snap, self._pending = self._pending, None
        if snap is None:
            return
        data_changed = self._data_seen is not self.data
        if not data_changed and self.net.sizes == snap.sizes and all(
                np.array_equal(a.W, b.W) and np.array_equal(a.b, b.b)
                and a.activation == b.activation
                for a, b in zip(self.net.layers, snap.layers)):
            return
        self._replace_network(snap.copy(), new_data=data_changed)

    def set_live(self, live):
        self.live = bool(live)
        if self.live:
            self._pending = self._get_net()
            self._take_pending()

    def _apply_weights(self, weights):
        self.net.set_weights(weights)
        if self._push is not None:
            self._push([(W.copy(), b.copy()) for W, b in weights])
        self.refresh()

    def edit_entry(self, lecture_layer, which, idx, value):
        """Set W_i[idx] or b_i[idx] (lecture numbering) by hand, undoably."""
        k = len(self.net.layers) - lecture_layer
        old = self.net.get_weights()
        new = ins.with_entry(old, k, which, idx, value)
        label = self.numbering.entry(which, lecture_layer, idx)
        self._push_weights(old, new, translate("InspectorWidget", "set {entry} = {value}").format(
            entry=label, value=fmt(value, 6)))

    def _push_weights(self, old, new, text):
        """Change the weights from ``old`` to ``new`` as one undoable edit called ``text``."""
        self.undo_stack.push(WeightsCommand(self, old, new, text))

    # ------------------------------------------------------------------ numbering, digits
    def set_numbering(self, mode):
        self.numbering = Numbering(len(self.net.layers), mode)
        i = self.numbering_combo.findData(mode)
        if i != self.numbering_combo.currentIndex():
            self.numbering_combo.setCurrentIndex(i)
        self._panel_layout_key = None
        self.refresh()

    def set_digits(self, digits):
        self.digits = int(digits)
        self.points_model.digits = self.digits
        self.points_model.layoutChanged.emit()
        self.refresh()

    # ------------------------------------------------------------------ navigation
    @property
    def stage_count(self):
        return len(self.pages)

    def go_to(self, index):
        index = max(0, min(int(index), self.stage_count - 1))
        if index != self.stage_index:
            self.stage_index = index
            self.result_label.clear()        # the last answer belonged to the other page
            self._render_stage()
            self.stageChanged.emit(index)

    def next(self):
        self.go_to(self.stage_index + 1)

    def previous(self):
        self.go_to(self.stage_index - 1)

    def back_to_start(self):
        self.go_to(0)

    def run_to_end(self):
        self.go_to(self.stage_count - 1)

    @property
    def stage(self):
        return self.pages[self.stage_index]

    # ------------------------------------------------------------------ computing
    def refresh(self):
        """Recompute the walkthrough for the current point and weights; redraw."""
        x, y = self.point["x"], self.point["y"]
        try:
            self.steps = walkthrough(self.net, x, y, self.loss)
        except AnnStudioError as e:
            self.show_message(str(e))
            self._reset_point()
            self.steps = walkthrough(self.net, self.point["x"], self.point["y"], self.loss)
        K = len(self.net.layers)
        self.by_name = {s.name: s for s in self.steps}
        self.pages = ins.stages(self.steps, K)
        self.stage_index = min(self.stage_index, len(self.pages) - 1)
        L = self.by_name["L"]
        self.extra = {"loss": L.extra["loss"], "target": L.extra["target"],
                      "activation": {K - k: layer.activation
                                     for k, layer in enumerate(self.net.layers)}}
        p, d = self.point, self.data
        self.extra["point_words"] = self._point_words(translate("PointsTab", "the typed point"))
        self.extra["feature_names"] = (list(d.feature_names) if d is not None
                                       and d.n_features == self.net.sizes[0] else [])
        try:
            self.extra["origin"] = self._origin() if self._origin is not None else None
        except Exception:  # noqa: BLE001  (a description only: never break the inspector)
            self.extra["origin"] = None
        key = (p["x"].tobytes(), np.asarray(p["y"]).tobytes(),
               tuple(a.tobytes() for W, b in self.net.get_weights() for a in (W, b)))
        self._new_walkthrough(key)           # another point or other weights: new questions
        self.kinks = ins.kinks(self.steps, K, self.extra["activation"])
        self._fd_cache.clear()
        self._update_point_label()
        self._refresh_layer_combo()
        self._render_stage()
        self._refresh_batch()
        self._refresh_sgd_text()
        self.refreshed.emit()

    def _quiet(self):
        """The theme's quiet text colour (≥ 4.5:1 on its background: tests/gui/test_colours)."""
        return self.palette().color(QPalette.PlaceholderText).name()

    def _net_words(self):
        """"BCE, 2→8→1, ReLU, σ": the loss and the network as the lecture names them (the
        experiment's keys, relu and bce, are not words a reader knows)."""
        names = {"relu": "ReLU", "leaky_relu": translate("InspectorWidget", "leaky ReLU"),
                 "sigmoid": "σ", "identity": translate("InspectorWidget", "identity")}
        return ", ".join([str(self.loss).upper(), "→".join(map(str, self.net.sizes))]
                         + [names.get(a, a) for a in self.net.activations])
