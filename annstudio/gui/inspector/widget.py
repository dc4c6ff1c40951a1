"""The step-through inspector: one data point through the forward pass and backprop.

Everything shown is computed by `annstudio.core.walkthrough` (the lecture's Jacobian form)
and laid out by `annstudio.core.inspect`; this module only displays it. Edits (typed
weights, an SGD step) go through a `QUndoStack` and are pushed to the main window with
``set_weights`` so every view updates at once.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
                               QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMenu, QPushButton, QScrollArea, QSpinBox,
                               QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from annstudio.core import losses
from annstudio.core import inspect as ins
from annstudio.core import predict as pr
from annstudio.core.errors import AnnStudioError
from annstudio.core import optimizers
from annstudio.core.inspect import Numbering, fmt, fmt_factor
from annstudio.core.walkthrough import gradients_from_steps, walkthrough
from annstudio.gui.inspector.matrix import (VALUE_ROLE, MatrixModel, MatrixPanel, MatrixView,
                                            to_html)
from annstudio.gui.widgets import NumberEdit

FD_EPS = 1e-6
FD_AUTO_ENTRIES = 2000     # check whole matrices up to this size at once; beyond, on request
NUMBERINGS = [("lecture", "Lecture numbering (1 = output)"),
              ("pytorch", "PyTorch order (fc1 = input side)")]
PRESET_TITLES = {"not_xor": "¬XOR by hand (lecture §2)", "lecture_moons": "Lecture moons (§4)"}


class _Host(QWidget):
    """The scroll area's page: as tall as its wrapped captions need at the current width
    (QScrollArea does not ask for height-for-width itself, so labels would overlap)."""

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    def fit(self):
        """Also after the contents change without a resize (Predict mode hides and shows
        panels and the boxes below: the old minimum left a table squeezed to its header)."""
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            lay.invalidate()
            h = lay.heightForWidth(self.width())
            if h > 0 and h != self.minimumHeight():
                self.setMinimumHeight(h)
            lay.activate()             # place the panels now, not at the next event loop pass


class WeightsCommand(QUndoCommand):
    """One undoable change of the network's weights (a typed entry or an SGD step)."""

    def __init__(self, inspector, old, new, text):
        super().__init__(text)
        self.inspector, self.old, self.new = inspector, old, new

    def redo(self):
        self.inspector._apply_weights(self.new)

    def undo(self):
        self.inspector._apply_weights(self.old)


class PointsModel(QAbstractTableModel):
    """All data points, training first: #, split, features, label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data_ = None
        self.digits = 4

    def set_data(self, data):
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.data_ is None else len(self.data_)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.data_ is None else self.data_.n_features + 2

    def point(self, row):
        d = self.data_
        train = row < d.n_train
        r = row if train else row - d.n_train
        X, y = (d.X_train, d.y_train) if train else (d.X_test, d.y_test)
        return {"index": r, "x": X[r], "y": y[r], "split": "train" if train else "test"}

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.TextAlignmentRole):
            return None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        p = self.point(index.row())
        c = index.column()
        if c == 0:
            return f"{p['split']} #{p['index']}"
        if c <= self.data_.n_features:
            return fmt(p["x"][c - 1], self.digits)
        return fmt(p["y"], self.digits) if self.data_.task == "regression" else str(int(p["y"]))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal or self.data_ is None:
            return None
        if section == 0:
            return "point"
        if section <= self.data_.n_features:
            return self.data_.feature_names[section - 1]
        return "label y"


class InspectorWidget(QWidget):
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

    def __init__(self, network_getter, data=None, set_weights=None, load_preset=None,
                 lr=0.1, parent=None, origin=None, optimizer=None):
        super().__init__(parent)
        self._origin = origin
        self.opt_name, self.opt_params = optimizer or ("sgd", {"lr": float(lr)})
        lr = float(self.opt_params.get("lr", lr))
        self.predicting = False
        self._live_before_predict = False   # Live was on when Predict started
        self.score = pr.Score()
        self.revealed = set()            # questions skipped with "Show it" (not scored)
        self._score_key = None
        self.last_grade = None
        self._get_net = network_getter
        self._data = data
        self._push = set_weights
        self._load_preset = load_preset
        self.net = network_getter().copy()
        self.numbering = Numbering(len(self.net.layers), "lecture")
        self.digits = 4
        self.live = True
        self.stage_index = 0
        self._sel = {}                   # stage index → (lecture step name, index)
        self._unit = {}                  # stage index → selected unit j (forward pages)
        self._fd_cache = {}
        self.point = None
        self.undo_stack = QUndoStack(self)
        self._pending = None
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(120)     # coalesce live snapshots (training sends ~30 Hz)
        self._live_timer.timeout.connect(self._take_pending)
        self._panels = {}
        self._panel_layout_key = None
        self.explanation_lines = []
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
        self.tabs.addTab(self._build_steps(), "Step through")
        self.tabs.addTab(self._build_points(), "Point")
        self.tabs.addTab(self._build_batch(), "Mini-batch")
        self.tabs.addTab(self._build_sgd(lr), "SGD step")

    def _build_view_bar(self):
        """Lecture presets, layer numbering and digits: how the network is shown."""
        bar = QHBoxLayout()
        self.preset_button = QToolButton()
        self.preset_button.setText("Lecture presets")
        self.preset_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.preset_button)
        self.preset_actions = {}
        for key, title in PRESET_TITLES.items():
            a = menu.addAction(title)
            a.triggered.connect(lambda _=False, k=key: self.load_preset(k))
            self.preset_actions[key] = a
        self.preset_button.setMenu(menu)
        bar.addWidget(self.preset_button)
        self.numbering_combo = QComboBox()
        for key, title in NUMBERINGS:
            self.numbering_combo.addItem(title, key)
        self.numbering_combo.setToolTip("Number layers as the lecture does (from the output) "
                                        "or as PyTorch does (fc1, fc2, … from the input)")
        self.numbering_combo.currentIndexChanged.connect(
            lambda _i: self.set_numbering(self.numbering_combo.currentData()))
        bar.addWidget(self.numbering_combo)
        bar.addWidget(QLabel("digits"))
        self.digits_spin = QSpinBox()
        self.digits_spin.setRange(2, 12)
        self.digits_spin.setValue(4)
        self.digits_spin.setToolTip("Significant digits shown (hover a cell for the full value)")
        self.digits_spin.valueChanged.connect(self.set_digits)
        bar.addWidget(self.digits_spin)
        bar.addStretch(1)
        return bar

    def _build_action_bar(self):
        """Follow live weights, Predict, Undo and Redo."""
        bar = QHBoxLayout()
        self.live_check = QCheckBox("Follow live weights")
        self.live_check.setChecked(True)
        self.live_check.setToolTip("Checked: the inspector shows the network as it trains.\n"
                                   "Unchecked: frozen at the weights it has now.")
        self.live_check.toggled.connect(self.set_live)
        bar.addWidget(self.live_check)
        self.predict_button = QPushButton("Predict")
        self.predict_button.setCheckable(True)
        # no style sheet: any style sheet freezes the font and it stops following Larger fonts
        self.predict_button.setToolTip(
            "Predict, then check: each step hides the value it is about to show; type your "
            "prediction (or pick its sign) and the inspector grades it and shows the worked "
            f"formula. Right within {pr.REL_TOL:.0%} (or {pr.ABS_TOL:g} near zero).")
        self.predict_button.toggled.connect(self.set_predicting)
        bar.addWidget(self.predict_button)
        bar.addStretch(1)
        self._build_undo_buttons(bar)
        return bar

    def _build_undo_buttons(self, bar):
        """Undo / Redo of weight edits (Ctrl+Z, Ctrl+Shift+Z) as actions with tool buttons."""
        # Fixed texts (the stack's own actions grow to "Undo set W_2[0,1] = …" and shift the
        # bar); what would be undone is in the tooltip.
        self.undo_action = QAction("Undo", self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction("Redo", self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_action.setToolTip(f"Undo {t} (Ctrl+Z)" if t else "Undo (Ctrl+Z)"))
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_action.setToolTip(f"Redo {t} (Ctrl+Shift+Z)" if t
                                                  else "Redo (Ctrl+Shift+Z)"))
        for a in (self.undo_action, self.redo_action):
            a.setEnabled(False)
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(a)
            b = QToolButton()
            b.setDefaultAction(a)
            bar.addWidget(b)

    def _build_steps(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 4)
        nav = QHBoxLayout()
        self.nav_actions = {}
        self.nav_buttons = {}
        for key, text, keys, slot in (
                ("start", "◀◀ Start", "Ctrl+Home", self.back_to_start),
                ("previous", "◀ Previous", "Ctrl+Left", self.previous),
                ("next", "Next ▶", "Ctrl+Right", self.next),
                ("end", "Run to end ▶▶", "Ctrl+End", self.run_to_end)):
            a = QAction(text, self)
            a.setShortcut(QKeySequence(keys))
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            a.setToolTip(f"{text.strip('◀▶ ')} ({keys})")
            a.triggered.connect(slot)
            self.addAction(a)
            self.nav_actions[key] = a
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            self.nav_buttons[key] = b
            nav.addWidget(b)
            if key == "previous":
                self.stage_label = QLabel()
                self.stage_label.setAlignment(Qt.AlignCenter)
                nav.addWidget(self.stage_label, 1)
        lay.addLayout(nav)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.RichText)
        self.title_label.setWordWrap(True)
        lay.addWidget(self.title_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.panel_host = _Host()
        self.panel_grid = QVBoxLayout(self.panel_host)
        self.panel_grid.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.panel_host)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self._build_predict_box())
        box = self.explanation_box = QGroupBox("Selected entry, with the numbers (click any cell)")
        bl = QVBoxLayout(box)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.RichText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextSelectableByMouse)
        bl.addWidget(self.explanation)
        lay.addWidget(box)
        return page

    def _build_predict_box(self):
        box = self.predict_box = QGroupBox("Predict the next value")
        lay = QVBoxLayout(box)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.question_label = QLabel()
        self.question_label.setTextFormat(Qt.RichText)
        self.question_label.setWordWrap(True)
        top.addWidget(self.question_label, 1)
        self.score_label = QLabel()
        bold = self.score_label.font()
        bold.setBold(True)           # only the weight is set: the size follows Larger fonts
        self.score_label.setFont(bold)
        top.addWidget(self.score_label, 0, Qt.AlignTop)
        lay.addLayout(top)
        row = QHBoxLayout()
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText("your prediction, e.g. 0.62 or −1.5, then Enter")
        self.answer_edit.returnPressed.connect(self.check_answer)
        row.addWidget(self.answer_edit, 1)
        self.check_button = QPushButton("Check")
        self.check_button.clicked.connect(lambda _=False: self.check_answer())
        row.addWidget(self.check_button)
        self.sign_buttons = {}
        for sign in pr.SIGNS:
            b = QPushButton(sign)
            b.setToolTip(f"predict that the value is {sign}")
            b.clicked.connect(lambda _=False, sg=sign: self.check_answer(sg))
            row.addWidget(b)
            self.sign_buttons[sign] = b
        self.reveal_button = QPushButton("Show it")
        self.reveal_button.setToolTip("Skip this one: show the value (not scored)")
        self.reveal_button.clicked.connect(lambda _=False: self.reveal_question())
        row.addWidget(self.reveal_button)
        lay.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.result_label)
        box.hide()
        return box

    def _build_points(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel("Click a row to inspect that point, or click a point in the data "
                             "view (Inspect mode), or type one below."))
        self.points_model = PointsModel(self)
        self.points_view = QTableView()
        self.points_view.setModel(self.points_model)
        self.points_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.points_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.points_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.points_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.points_view.verticalHeader().hide()
        self.points_view.clicked.connect(lambda ix: self.set_point_row(ix.row()))
        lay.addWidget(self.points_view, 1)
        form = QFormLayout()
        self.x_edit = QLineEdit()
        self.x_edit.setPlaceholderText("e.g. 0.5, −1")
        self.y_edit = QLineEdit()
        self.y_edit.setPlaceholderText("e.g. 1")
        form.addRow("coordinates x =", self.x_edit)
        form.addRow("label y =", self.y_edit)
        lay.addLayout(form)
        use = QPushButton("Inspect this point")
        use.clicked.connect(self._typed_point)
        self.x_edit.returnPressed.connect(self._typed_point)
        self.y_edit.returnPressed.connect(self._typed_point)
        lay.addWidget(use, 0, Qt.AlignLeft)
        return page

    def _build_batch(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        expl = QLabel("The lecture's loop computes one gradient per point (the Jacobian "
                      "products) and averages them over the mini-batch; the engine computes "
                      "zᵀ·δ for the whole batch in one matrix product. Both rows below must be "
                      "the same numbers.")
        expl.setWordWrap(True)
        lay.addWidget(expl)
        row = QHBoxLayout()
        row.addWidget(QLabel("training points from #"))
        self.batch_start = QSpinBox()
        self.batch_start.setRange(0, 0)
        row.addWidget(self.batch_start)
        row.addWidget(QLabel("count"))
        self.batch_size = QSpinBox()
        self.batch_size.setRange(1, 10)
        self.batch_size.setValue(4)
        row.addWidget(self.batch_size)
        row.addWidget(QLabel("layer"))
        self.batch_layer = QComboBox()
        row.addWidget(self.batch_layer)
        row.addStretch(1)
        lay.addLayout(row)
        self.batch_model = MatrixModel()
        self.batch_view = MatrixView(self.batch_model)
        self.batch_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batch_view.setSizePolicy(self.batch_view.sizePolicy().horizontalPolicy(),
                                      self.batch_view.sizePolicy().verticalPolicy())
        lay.addWidget(self.batch_view)
        self.batch_summary = QLabel()
        self.batch_summary.setWordWrap(True)
        self.batch_summary.setTextFormat(Qt.RichText)
        lay.addWidget(self.batch_summary)
        lay.addStretch(1)
        for w in (self.batch_start, self.batch_size):
            w.valueChanged.connect(self._refresh_batch)
        self.batch_layer.currentIndexChanged.connect(self._refresh_batch)
        return page

    def _build_sgd(self, lr):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.sgd_formula = QLabel()
        self.sgd_formula.setTextFormat(Qt.RichText)
        self.sgd_formula.setWordWrap(True)
        lay.addWidget(self.sgd_formula)
        form = QFormLayout()
        self.lr_edit = NumberEdit("learning rate", float(lr), minimum=0.0, min_inclusive=False)
        self.lr_edit.setToolTip("The experiment's learning rate (Training panel); change it "
                                "here to try another step on this point only.")
        self.lr_edit.valueChanged.connect(lambda _v: self._refresh_sgd_text())
        form.addRow("learning rate lr", self.lr_edit)
        self.opt_label = QLabel()
        self.opt_label.setWordWrap(True)
        form.addRow("optimizer", self.opt_label)
        self.sgd_source = QComboBox()
        self.sgd_source.addItem("this point (the gradients on the Step through tab)", "point")
        self.sgd_source.addItem("the mini-batch (its average gradient)", "batch")
        form.addRow("gradient of", self.sgd_source)
        lay.addLayout(form)
        self.sgd_example = QLabel()
        self.sgd_example.setTextFormat(Qt.RichText)
        self.sgd_example.setWordWrap(True)
        self.sgd_example.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.sgd_example)
        self.sgd_button = QPushButton("Apply one step")
        self.sgd_button.clicked.connect(self.apply_sgd_step)
        lay.addWidget(self.sgd_button, 0, Qt.AlignLeft)
        self.sgd_result = QGridLayout()
        self.sgd_cells = {}
        heads = ["", "before", "after", "change"]
        for c, h in enumerate(heads):
            lab = QLabel(f"<b>{h}</b>")
            self.sgd_result.addWidget(lab, 0, c)
        for r, key in enumerate(("point", "batch", "train"), start=1):
            for c in range(4):
                lab = QLabel("")
                lab.setAlignment(Qt.AlignRight | Qt.AlignVCenter if c else Qt.AlignLeft)
                self.sgd_result.addWidget(lab, r, c)
                self.sgd_cells[key, c] = lab
        lay.addLayout(self.sgd_result)
        note = QLabel("The step goes on the undo stack: Ctrl+Z takes it back.")
        note.setStyleSheet("color: #555;")
        lay.addWidget(note)
        lay.addStretch(1)
        return page

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
            self.show_message(f"the network takes {self.net.sizes[0]} input(s), "
                              f"the point has {x.size}")
            return False
        y = point.get("y")
        self.point = {"x": x, "y": np.asarray(y), "index": point.get("index"),
                      "split": point.get("split", "typed")}
        if refresh:
            self.show_message("")
            self.refresh()
        return True

    def set_point_row(self, row):
        if self.points_model.data_ is None:
            return
        self.set_point(self.points_model.point(row))

    def _typed_point(self):
        try:
            x = ins.parse_vector(self.x_edit.text(), self.net.sizes[0])
            text = self.y_edit.text().strip()
            if not text:
                raise AnnStudioError("type the point's label y, e.g. 1")
            if self.loss == "mse":
                y = ins.parse_vector(text, self.net.sizes[-1], "targets")
            else:
                y = ins.parse_number(text)
                if self.loss == "bce" and y == -1:
                    y = 0.0          # the lecture's ±1 labels
            losses.targets(self.loss, np.asarray(y).reshape(1, -1), self.net.sizes[-1], 1)
        except AnnStudioError as e:
            self.show_message(str(e))
            return
        self.set_point({"x": x, "y": y, "index": None, "split": "typed"})

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
        self.undo_stack.push(WeightsCommand(self, old, new, f"set {label} = {fmt(value, 6)}"))

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
        where = {"train": "training point", "test": "test point"}.get(p["split"], "the typed point")
        self.extra["point_words"] = where + (f" #{p['index']}" if p.get("index") is not None else "")
        self.extra["feature_names"] = (list(d.feature_names) if d is not None
                                       and d.n_features == self.net.sizes[0] else [])
        try:
            self.extra["origin"] = self._origin() if self._origin is not None else None
        except Exception:  # noqa: BLE001  (a description only: never break the inspector)
            self.extra["origin"] = None
        key = (p["x"].tobytes(), np.asarray(p["y"]).tobytes(),
               tuple(a.tobytes() for W, b in self.net.get_weights() for a in (W, b)))
        if key != self._score_key:           # another point or other weights: a new walkthrough
            self._score_key = key
            self.score.clear()
            self.revealed.clear()
            self.last_grade = None
            self.result_label.clear()
        self.kinks = ins.kinks(self.steps, K, self.extra["activation"])
        self._fd_cache.clear()
        self._update_point_label()
        self._refresh_layer_combo()
        self._render_stage()
        self._refresh_batch()
        self._refresh_sgd_text()
        self.refreshed.emit()

    def _update_point_label(self):
        N, d = self.numbering, self.digits
        p = self.point
        where = {"train": "training point", "test": "test point"}.get(p["split"], "typed point")
        num = f" #{p['index']}" if p.get("index") is not None else ""
        xs = ", ".join(fmt(v, d) for v in p["x"])
        z0 = self.by_name["z_0"].value
        out = ", ".join(fmt(v, d) for v in z0)
        if self.predicting:
            self.point_label.setText(
                f"<b>{where}{num}</b>: x = ({', '.join(fmt(v, d) for v in p['x'])}), label y = "
                f"{', '.join(fmt(v, d) for v in np.ravel(p['y']))} &nbsp;→&nbsp; output and "
                "loss hidden: predict them step by step")
            return
        ytxt = ", ".join(fmt(v, d) for v in np.ravel(p["y"]))
        self.point_label.setText(
            f"<b>{where}{num}</b>: x = ({xs}), label y = {ytxt} &nbsp;→&nbsp; output "
            f"{to_html(N.name('z', 0))} = ({out}), loss L = {fmt(self.by_name['L'].value, d)}"
            f" &nbsp;<span style='color:#555'>({self.loss}, {self._net_words()})</span>")

    def _net_words(self):
        return "→".join(map(str, self.net.sizes)) + ", " + ", ".join(self.net.activations)

    # ------------------------------------------------------------------ the stage view
    def _rows(self, page):
        """Panels of a page, row by row (side by side where they are narrow)."""
        K = len(self.net.layers)
        i = page.layer
        if page.kind == "input":
            rows = [[f"z_{K}"]]
        elif page.kind == "forward":
            rows = [[f"z_{i}"], [f"W_{i}", f"b_{i}"], [f"u_{i}", f"z_{i - 1}"]]
        elif page.kind == "loss":
            rows = [["z_0", "L"]]
        elif page.kind == "backward" and i == 0:
            rows = [["∂L/∂z_0"]]
        elif page.kind == "backward":
            rows = [[f"∂L/∂z_{i - 1}", f"∇φ_{i}"], [f"∂L/∂u_{i}"], [f"∂g_{i}/∂W_{i}"],
                    [f"∂L/∂W_{i}", f"fd:W_{i}"], [f"∂L/∂b_{i}", f"fd:b_{i}"]]
        else:
            rows = [[f"∂L/∂z_{i - 1}", f"∇φ_{i}"], [f"W_{i}", f"∂g_{i}/∂z_{i}"], [f"∂L/∂z_{i}"]]
        out = []
        for r in rows:
            shapes = [np.shape(self.by_name[n[3:] if n.startswith("fd:") else n].value
                               if not n.startswith("fd:") else self._fd_param(n).shape)
                      for n in r]
            if any(any(s > ins.WIDE // 2 for s in sh[-1:]) for sh in shapes) and len(r) > 1 \
                    and not r[1].startswith("fd:"):
                out += [[n] for n in r]
            else:
                out.append(r)
        return out

    def _fd_param(self, key):
        """The parameter array a finite-difference panel ``fd:W_i`` / ``fd:b_i`` checks."""
        which, i = key[3], int(key.split("_")[1])
        layer = self.net.layers[len(self.net.layers) - i]
        return layer.W if which == "W" else layer.b

    def _render_stage(self):
        page = self.stage
        N = self.numbering
        self.stage_label.setText(f"step {self.stage_index + 1} of {self.stage_count}")
        for key in ("start", "previous"):
            self.nav_actions[key].setEnabled(self.stage_index > 0)
        for key in ("next", "end"):
            self.nav_actions[key].setEnabled(self.stage_index < self.stage_count - 1)
        formula = N.relabel(page.formula)
        if N.mode == "pytorch" and page.kind == "input":
            formula = "x: the input point"
        self.title_label.setText(f"<span style='font-size:13pt'><b>{to_html(N.relabel(page.title))}"
                                 f"</b></span><br>{to_html(formula)}")
        rows = self._rows(page)
        key = (self.stage_index, tuple(map(tuple, rows)), N.mode,
               tuple(self.net.sizes), tuple(self.net.activations))
        if key != self._panel_layout_key:
            self._build_panels(rows)
            self._panel_layout_key = key
        for name, panel in self._panels.items():
            self._fill_panel(name, panel, page)
        hidden = self.hidden_names()
        for name, panel in self._panels.items():
            panel.set_hidden(name in hidden)
        first = next((n for n in self._panels if n in hidden), None)
        if first is not None:        # bring the "?" into view (it may sit below the fold)
            QTimer.singleShot(0, lambda n=first: self._scroll_to(n))
        self._update_predict()
        self._update_explanation()
        self._fit_host()
        QTimer.singleShot(0, self._fit_host)     # again once the new layout has settled

    def _fit_host(self):
        host = self.panel_host
        if host is not None and self.scroll.widget() is host:
            host.fit()

    def _scroll_to(self, name):
        """Scroll the page down (not sideways) until the panel of ``name`` shows."""
        p = self._panels.get(name)
        if p is None:
            return
        y = p.mapTo(self.panel_host, QPoint(0, 0)).y()
        bar = self.scroll.verticalScrollBar()
        if y < bar.value() or y + min(p.height(), 120) > bar.value() + self.scroll.viewport().height():
            bar.setValue(max(0, y - 8))

    def _build_panels(self, rows):
        # A fresh host widget: QScrollArea deletes the old one with all its panels at once.
        self.panel_host = _Host()
        self.panel_grid = QVBoxLayout(self.panel_host)
        self.panel_grid.setContentsMargins(0, 0, 0, 0)
        self._panels = {}
        for r in rows:
            h = QHBoxLayout()
            h.setSpacing(16)
            for name in r:
                editable = name[:1] in ("W", "b") and "_" in name and not name.startswith("fd:")
                panel = MatrixPanel(editable=editable)
                if editable:
                    panel.model.edited.connect(
                        lambda idx, v, n=name: self.edit_entry(int(n.split("_")[1]), n[0], idx, v))
                    panel.model.editFailed.connect(self.show_message)
                panel.cellSelected.connect(lambda idx, n=name: self.select(n, idx))
                self._panels[name] = panel
                if len(r) == 1:
                    h.addWidget(panel, 1, Qt.AlignTop)   # alone in its row: use the width
                else:
                    h.addWidget(panel, 0, Qt.AlignTop | Qt.AlignLeft)
            if len(r) > 1:
                h.addStretch(1)
            self.panel_grid.addLayout(h)
        self.panel_grid.addStretch(1)
        self.scroll.setWidget(self.panel_host)

    def _fill_panel(self, name, panel, page):
        N, d = self.numbering, self.digits
        if name.startswith("fd:"):
            self._fill_fd_panel(name, panel)
            return
        step = self.by_name[name]
        new = name in page.new
        desc = N.relabel(step.description)
        if not new:
            desc = "(from an earlier step) " + desc
        label = N.relabel(step.name)
        formula = N.relabel(step.formula)
        sym = step.symbol
        rl = cl = None
        if sym == "W":
            rl = lambda r, i=step.layer: f"in {r}"
            cl = lambda c: f"unit {c}"
        elif sym in ("grad_phi", "dg_dz"):
            rl = lambda r: f"{r}"
        panel.set_content(label, formula, desc, step.value, d, rl, cl)
        panel.caption.setEnabled(True)
        panel.setProperty("new", new)
        if name == "L":
            panel.note.setText(desc)

    def _fill_fd_panel(self, key, panel):
        N, d = self.numbering, self.digits
        i = int(key.split("_")[1])
        which = key[3]
        grad = self.by_name[f"∂L/∂{which}_{i}"].value
        fd = self.finite_difference(i, which)
        diff = np.abs(fd - grad)
        computed = np.isfinite(fd)
        label = f"finite difference for {N.relabel(f'{which}_{i}')}"
        desc = (f"(L(θ + ε) − L(θ − ε)) / 2ε with ε = {fmt(FD_EPS, d)}, each entry moved on "
                "its own: an independent check of the backprop value beside it.")
        panel.set_content(label, "", desc, fd, d)
        if computed.any():
            worst = float(np.nanmax(np.where(computed, diff, np.nan)))
            txt = (f"max |backprop − finite difference| = {fmt(worst, 2)}"
                   + ("" if computed.all() else
                      f"  ({int(computed.sum())} of {computed.size} entries: click an entry "
                      "to check it)"))
        else:
            txt = "click an entry of the gradient to check it"
        kinks = [(li, j) for li, j in self.kinks if li <= i]
        if kinks:
            where = ", ".join(N.entry("u", li, j) for li, j in kinks)
            verb = "sit" if len(kinks) > 1 else "sits"
            txt += (f"<br><span style='color:#8a5a00'>{to_html(where)} = 0 {verb} at ReLU's kink: "
                    "backprop uses h(0) = 0 (as PyTorch does) while the central difference "
                    "averages the two one-sided slopes, so the two may differ there.</span>")
        panel.summary.setText(txt)
        panel.summary.setTextFormat(Qt.RichText)
        panel.summary.setWordWrap(True)
        panel.summary.setVisible(True)
        self.gradcheck_max = getattr(self, "gradcheck_max", {})
        self.gradcheck_max[(which, i)] = worst if computed.any() else None

    def finite_difference(self, lecture_layer, which, entries=None):
        """Central differences of this point's loss for W_i or b_i (cached per refresh)."""
        key = (lecture_layer, which)
        k = len(self.net.layers) - lecture_layer
        P = self.net.layers[k].W if which == "W" else self.net.layers[k].b
        have = self._fd_cache.get(key)
        if have is None:
            have = np.full(P.shape, np.nan)
            if P.size <= FD_AUTO_ENTRIES and entries is None:
                entries = list(np.ndindex(P.shape))
        if entries:
            todo = [e for e in entries if not np.isfinite(have[tuple(e)])]
            if todo:
                fresh = ins.finite_differences(self.net, self.point["x"], self.point["y"],
                                               self.loss, k, which, todo, FD_EPS)
                for e in todo:
                    have[tuple(e)] = fresh[tuple(e)]
        self._fd_cache[key] = have
        return have

    # ------------------------------------------------------------------ reading the view
    def panel(self, name):
        """The panel showing step ``name`` (lecture name, e.g. "∂L/∂W_2", or "fd:W_2") on
        the current page, or None."""
        return self._panels.get(name)

    def shown(self, name, idx=()):
        """The text displayed for entry ``idx`` of step ``name`` on the current page."""
        p = self._panels[name]
        return p.displayed(idx)

    def shown_array(self, name):
        """The full-precision values behind the panel of ``name`` (current slice for 3-D)."""
        m = self._panels[name].model
        return np.array([[m.data(m.index(r, c), VALUE_ROLE) for c in range(m.columnCount())]
                         for r in range(m.rowCount())]).reshape(m.shape)

    def page_index(self, kind, layer):
        """Index of the page of ``kind`` ("forward", "backward", …) for lecture layer."""
        return next(n for n, pg in enumerate(self.pages) if pg.kind == kind and pg.layer == layer)

    # ------------------------------------------------------------------ selection
    def select(self, name, idx):
        """Select one entry (lecture step name, index into its value): explain it."""
        idx = tuple(int(i) for i in np.ravel(idx))
        self._sel[self.stage_index] = (name, idx)
        page = self.stage
        if page.kind == "forward" and not (name == f"z_{page.layer}") and not name.startswith("fd:"):
            self._unit[self.stage_index] = idx[-1] if idx else 0
        if name.startswith("∂L/∂") and name[4] in "Wb" and self.stage.kind == "backward":
            i = int(name.split("_")[1])
            P = self._fd_param(f"fd:{name[4]}_{i}")
            if P.size > FD_AUTO_ENTRIES:
                self.finite_difference(i, name[4], [idx])
                fd_key = f"fd:{name[4]}_{i}"
                if fd_key in self._panels:
                    self._fill_fd_panel(fd_key, self._panels[fd_key])
        self._update_explanation()

    def _default_selection(self):
        page = self.stage
        name = page.new[0] if page.kind != "forward" else f"u_{page.layer}"
        if page.kind == "backward" and page.layer > 0:
            name = f"∂L/∂W_{page.layer}"
        v = self.by_name[name].value
        return name, (0,) * np.ndim(v)

    def _update_explanation(self):
        name, idx = self._sel.get(self.stage_index) or self._default_selection()
        page = self.stage
        N, d = self.numbering, self.digits
        if name in self.hidden_names():
            self.explanation_lines = [f"{N.relabel(name)} is hidden: predict it first "
                                      "(the box above), or press Show it."]
            self.explanation.setText(to_html(self.explanation_lines[0]))
            return
        if name.startswith("fd:"):
            i, which = int(name.split("_")[1]), name[3]
            grad = self.by_name[f"∂L/∂{which}_{i}"].value
            fd = self.finite_difference(i, which)
            label = N.relabel(f"∂L/∂{which}_{i}") + f"[{','.join(map(str, idx))}]"
            lines = [f"{label}: backprop {fmt(grad[idx], d)}, finite difference "
                     f"{fmt(fd[idx], d)}, difference {fmt(abs(grad[idx] - fd[idx]), 2)}"]
        else:
            extra = dict(self.extra, unit=self._unit.get(self.stage_index, 0))
            lines, unit = ins.explain(self.steps, page, name, idx, N, d, extra)
            if unit is not None:
                self._unit[self.stage_index] = unit
            if name.startswith("∂L/∂") and name[4] in "Wb" and "_" in name:
                i, which = int(name.split("_")[1]), name[4]
                fd = self.finite_difference(i, which)
                g = self.by_name[name].value
                if np.isfinite(fd[idx]):
                    lines.append(f"finite difference: {fmt(fd[idx], d)}, difference "
                                 f"{fmt(abs(g[idx] - fd[idx]), 2)}")
        self.explanation_lines = lines
        self.explanation.setText("<br>".join(to_html(line).replace("  ", "&nbsp;&nbsp;")
                                             for line in lines))

    # ------------------------------------------------------------------ mini-batch
    def _refresh_layer_combo(self):
        K = len(self.net.layers)
        cur = self.batch_layer.currentData()
        self.batch_layer.blockSignals(True)
        self.batch_layer.clear()
        for i in range(K, 0, -1):
            self.batch_layer.addItem(self.numbering.layer(i), i)
        j = self.batch_layer.findData(cur)
        self.batch_layer.setCurrentIndex(j if j >= 0 else 0)
        self.batch_layer.blockSignals(False)

    def batch_points(self):
        d = self.data
        if d is None or d.n_features != self.net.sizes[0]:
            return None, None
        s = self.batch_start.value()
        n = self.batch_size.value()
        X, y = d.X_train[s:s + n], d.y_train[s:s + n]
        return X, y

    def _refresh_batch(self, *_):
        X, y = self.batch_points()
        if X is None or len(X) == 0:
            self.batch = None
            self.batch_model.set_value(np.zeros((0, 0)))
            self.batch_summary.setText("No dataset: load one (or a lecture preset) to see a "
                                       "mini-batch.")
            return
        N, d = self.numbering, self.digits
        self.batch = bg = ins.batch_gradients(self.net, X, y, self.loss)
        i = self.batch_layer.currentData() or len(self.net.layers)
        k = len(self.net.layers) - i
        flat = lambda g: np.concatenate([g[k][0].ravel(), g[k][1].ravel()])
        rows = [flat(g) for g in bg.per_sample] + [flat(bg.average), flat(bg.vectorised)]
        diff = np.abs(rows[-2] - rows[-1])
        W = self.net.layers[k].W
        cols = [N.entry("W", i, ix) for ix in np.ndindex(W.shape)] + \
               [N.entry("b", i, (j,), plain=True) for j in range(W.shape[1])]
        start = self.batch_start.value()
        names = [f"point #{start + r} (y = {', '.join(fmt(v, d) for v in np.ravel(y[r]))}), "
                 f"L = {fmt(bg.losses[r], d)}" for r in range(len(X))]
        names += ["average of the rows above", "vectorised batch gradient zᵀ·δ"]
        self.batch_model.row_label = lambda r: names[r]
        self.batch_model.col_label = lambda c: cols[c]
        self.batch_model.digits = d
        self.batch_model.set_value(np.vstack(rows))
        self.batch_view.setMaximumWidth(16777215)
        self.batch_summary.setText(
            f"{len(X)} points, batch loss {fmt(bg.loss, d)} (their mean). "
            f"max |average − vectorised| over all layers = {fmt(bg.max_difference(), 2)} "
            f"(this layer: {fmt(float(diff.max()), 2)}).")

    # ------------------------------------------------------------------ predict mode
    def set_predicting(self, on):
        """Predict mode: each page hides the values it introduces until the student has
        predicted them (`core.predict`); the score counts first answers."""
        on = bool(on)
        if self.predict_button.isChecked() != on:
            self.predict_button.setChecked(on)      # comes back here through toggled
            return
        if on and not self.predicting:
            self.score.clear()
            self.revealed.clear()
            # freeze the weights: a training snapshot would change the values being predicted
            self._live_before_predict = self.live_check.isChecked()
            self.live_check.setChecked(False)
        elif not on and self.predicting and self._live_before_predict:
            self.live_check.setChecked(True)
            self.last_grade = None
            self.result_label.clear()
        self.predicting = on
        self.predict_button.setText("Predict: on" if on else "Predict")
        f = self.predict_button.font()
        f.setBold(on)
        self.predict_button.setFont(f)
        self.predict_box.setVisible(on)
        # the worked formula comes with each answer; the room goes to the panels
        self.explanation_box.setVisible(not on)
        self._update_point_label()
        self._render_stage()
        self._refresh_sgd_example()
        if on:
            self.tabs.setCurrentIndex(0)
            self.answer_edit.setFocus()

    def page_questions(self):
        """This page's questions (`predict.questions`), with the experiment's lr for the
        weight after one SGD step."""
        if not self.predicting:
            return []
        return pr.questions(self.steps, self.stage, self.numbering, lr=self.lr_edit.value())

    def current_question(self):
        return next((q for q in self.page_questions() if not self.score.answered(q)
                     and q.key not in self.revealed), None)

    def hidden_names(self):
        """Panels kept hidden: those of this page's questions not answered yet."""
        out = set()
        for q in self.page_questions():
            if not self.score.answered(q) and q.key not in self.revealed:
                out.update(q.hides)
        return out

    def _update_predict(self):
        if not self.predicting:
            return
        q = self.current_question()
        self.score_label.setText(f"score: {self.score.text()}")
        number = q is not None and q.kind == "number"
        sign = q is not None and q.kind == "sign"
        for w in (self.answer_edit, self.check_button):
            w.setVisible(number)
        for b in self.sign_buttons.values():
            b.setVisible(sign)
        self.reveal_button.setVisible(q is not None)
        if q is None:
            more = self.stage_index < self.stage_count - 1
            self.question_label.setText(
                "Every value on this page is checked." + (" Next ▶ for the next step."
                                                          if more else " That was the last step."))
            return
        ask = "<br>Is it negative, zero or positive?" if sign else ""   # else: the field says
        self.question_label.setText(f"<b>Predict {to_html(q.label)}</b> &nbsp;{to_html(q.prompt)}{ask}")

    def check_answer(self, answer=None):
        """Grade the typed number (or the sign ``answer``) for the current question."""
        q = self.current_question()
        if q is None:
            return None
        label, d = q.label, self.digits
        if q.kind == "sign":
            g = pr.grade_sign(answer, q.truth, label, d)
        else:
            g = pr.grade_number(self.answer_edit.text() if answer is None else answer,
                                q.truth, label, d)
        self.last_grade = g
        if not g.valid:                 # unreadable: say why, score and value untouched
            self.result_label.setText(f"<span style='color:#b00020'>{to_html(g.message)}</span>")
            return g
        self.score.record(q, g)
        self._show_worked(q, g.message, "#1b7a1b" if g.correct else "#b00020")
        return g

    def reveal_question(self):
        """Skip the current question: show its value and formula, not scored."""
        q = self.current_question()
        if q is None:
            return
        self.revealed.add(q.key)
        self._show_worked(q, f"shown: {q.label} = {fmt(q.truth, self.digits)} (not scored)",
                          "#555")

    def _show_worked(self, q, message, colour):
        lines = pr.worked(self.steps, self.stage, q, self.numbering, self.digits, self.extra,
                          lr=self.lr_edit.value())
        mark = "✓ " if colour == "#1b7a1b" else ("✗ " if colour == "#b00020" else "")
        self.result_label.setText(
            f"<span style='color:{colour}'><b>{mark}{to_html(message)}</b></span><br>"
            + "<br>".join(to_html(t).replace("  ", "&nbsp;&nbsp;") for t in lines))
        self.answer_edit.clear()
        self._render_stage()

    # ------------------------------------------------------------------ SGD step
    def set_optimizer(self, name, hyperparameters):
        """Follow the experiment's optimizer and learning rate (the Training panel's)."""
        self.opt_name, self.opt_params = name, dict(hyperparameters)
        lr = self.opt_params.get("lr")
        if lr is not None and lr != self.lr_edit.value():
            self.lr_edit.setValue(float(lr))
        self._refresh_sgd_text()
        if self.predicting:
            self._render_stage()       # the weight-after-a-step question uses lr

    def _step_hyperparameters(self):
        hp = dict(self.opt_params)
        hp["lr"] = self.lr_edit.value()
        return hp

    def _refresh_sgd_text(self):
        N = self.numbering
        K = len(self.net.layers)
        names = ", ".join(N.relabel(f"W_{i}") for i in range(K, 0, -1))
        name = self.opt_name
        self.tabs.setTabText(3, "SGD step" if name == "sgd" else "Optimizer step")
        self.opt_label.setText(f"{name} (the experiment's): {optimizers.FORMULAS.get(name, '')}"
                               + ("" if name == "sgd" and not self.opt_params.get("momentum")
                                  else ".  Applied here from a fresh state (no momentum or "
                                       "running averages yet), so it is that optimizer's "
                                       "first step."))
        self.sgd_formula.setText(to_html(
            f"W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({names}), with the "
            "gradient of this point's loss (the classic worked example) or of the mini-batch."))
        self._refresh_sgd_example()

    def _refresh_sgd_example(self):
        """One entry of the step written out with the lr that will be used: the entry of
        this point's ∂L/∂W with the largest size (so it is never a trivial 0)."""
        if not hasattr(self, "steps"):
            return
        N, d = self.numbering, self.digits
        K = len(self.net.layers)
        best = None
        for i in range(1, K + 1):
            g = np.asarray(self.by_name[f"∂L/∂W_{i}"].value, dtype=float)
            if not np.all(np.isfinite(g)):
                continue
            idx = np.unravel_index(int(np.argmax(np.abs(g))), g.shape)
            if best is None or abs(g[idx]) > abs(best[2]):
                best = (i, tuple(int(t) for t in idx), float(g[idx]))
        lr = self.lr_edit.value()
        if self.predicting:              # it would answer the "after one SGD step" questions
            self.sgd_example.setText("(the worked example is hidden in Predict mode)")
            self.sgd_example_values = None
            return
        if best is None:
            self.sgd_example.setText("")
            self.sgd_example_values = None
            return
        i, idx, g = best
        W = float(self.by_name[f"W_{i}"].value[idx])
        grads = gradients_from_steps(self.steps, K)
        try:
            new = ins.optimizer_step(self.net.get_weights(), grads, self.opt_name,
                                     self._step_hyperparameters())
        except AnnStudioError as e:
            self.sgd_example.setText(to_html(str(e)))
            self.sgd_example_values = None
            return
        after = float(new[K - i][0][idx])
        wl = N.entry("W", i, idx)
        gl = N.relabel(f"∂L/∂W_{i}") + f"[{idx[0]},{idx[1]}]"
        if self.opt_name == "sgd" and not self.opt_params.get("momentum"):
            text = (f"With lr = {fmt(lr, 6)}, for example: {wl} ← {wl} − lr·{gl} = "
                    f"{fmt(W, d)} − {fmt(lr, 6)}·{fmt_factor(g, d)} = {fmt(after, d)}")
        else:
            text = (f"With lr = {fmt(lr, 6)}, for example: {wl} = {fmt(W, d)} → {fmt(after, d)} "
                    f"({self.opt_name}'s first step; {gl} = {fmt(g, d)})")
        self.sgd_example_values = {"lr": lr, "entry": (i, idx), "W": W, "grad": g,
                                   "after": after}
        self.sgd_example.setText(to_html(text))

    def apply_sgd_step(self):
        """One SGD step with the shown gradients; loss before/after for the point and batch."""
        try:
            lr = self.lr_edit.value()
            if self.lr_edit.error:
                raise AnnStudioError(self.lr_edit.error)
            source = self.sgd_source.currentData()
            if source == "batch":
                if self.batch is None:
                    raise AnnStudioError("no mini-batch: load a dataset first")
                grads = self.batch.average
            else:
                grads = gradients_from_steps(self.steps, len(self.net.layers))
            old = self.net.get_weights()
            new = ins.optimizer_step(old, grads, self.opt_name, self._step_hyperparameters())
        except AnnStudioError as e:
            self.show_message(str(e))
            return None
        before = self._losses()
        self.undo_stack.push(WeightsCommand(self, old, new, f"{self.opt_name} step, lr = {fmt(lr, 6)}"))
        after = self._losses()
        d = self.digits
        labels = {"point": "this point's loss", "batch": "mini-batch loss (mean)",
                  "train": "training set loss (mean)"}
        for key in ("point", "batch", "train"):
            b, a = before.get(key), after.get(key)
            cells = [labels[key]] + ([fmt(b, d), fmt(a, d), fmt(a - b, d)] if b is not None
                                     else ["—", "—", "—"])
            for c, text in enumerate(cells):
                self.sgd_cells[key, c].setText(text)
        self.show_message("")
        self.sgd_before_after = (before, after)
        return before, after

    def _losses(self):
        out = {"point": float(self.net.loss(self.point["x"].reshape(1, -1),
                                            np.asarray(self.point["y"]).reshape(1, -1)
                                            if self.loss == "mse" else
                                            np.asarray(self.point["y"]).reshape(1),
                                            self.loss))}
        X, y = self.batch_points()
        if X is not None and len(X):
            out["batch"] = float(self.net.loss(X, y, self.loss))
            d = self.data
            out["train"] = float(self.net.loss(d.X_train, d.y_train, self.loss))
        return out

    # ------------------------------------------------------------------ presets
    def load_preset(self, name):
        """Load a lecture preset (¬XOR by hand, lecture moons) into the app or into itself."""
        try:
            if self._load_preset is not None:
                self._load_preset(name)
                self.set_live(True)
                self.live_check.setChecked(True)
                self._pending = self._get_net()
                self._replace_network(self._pending.copy(), new_data=True)
                self._pending = None
            else:
                net, data = preset_network_and_data(name)
                self.set_source(lambda n=net: n, data)
        except AnnStudioError as e:
            self.show_message(str(e))


def not_xor_dataset():
    """The four ¬XOR points in the lecture's order (`io.catalogue.not_xor_dataset`)."""
    from annstudio.io.catalogue import not_xor_dataset as points
    return points()


def preset_network_and_data(name):
    """(Network, Dataset) of a lecture preset, for the standalone inspector."""
    if name == "not_xor":
        return ins.not_xor_network(), not_xor_dataset()
    if name == "lecture_moons":
        from annstudio.core.experiment import lecture_moons
        exp = lecture_moons()
        data = exp.build_data()
        return exp.build_network(data), data
    raise AnnStudioError(f"unknown preset {name!r}; choose one of {', '.join(PRESET_TITLES)}")
