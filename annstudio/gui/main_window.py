"""The main window: three panels edit an `Experiment`; the engine process trains it; the
views draw its latest snapshot on a timer.

Contracts other parts build on (io helper, inspector, lessons): `experiment`, `data`,
`history`, `network()`, `load_experiment`, `set_weights`, the signals `weightsChanged`,
`pointPicked`, `experimentChanged`, `modifiedChanged`, `actions`/`menus` dicts,
`close_guards`, `open_file_handler`, `modified`/`set_modified`, `show_error`; modules
``annstudio.gui.files`` and ``annstudio.gui.inspector`` are installed by ``install(window)``.
"""
from __future__ import annotations

import copy
import html
import importlib
import json
import time

import numpy as np
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QLabel, QMainWindow,
                               QMessageBox, QProgressBar, QScrollArea, QSplitter, QTabWidget,
                               QToolBar)

import annstudio
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec, Experiment
from annstudio.core.notation import NUMBERING_NOTE
from annstudio.core.network import Layer, Network
from annstudio.core.training import History
from annstudio.core.views import ViewGeometry, network_views
from annstudio.gui import compare_windows
from annstudio.gui import theme as th
from annstudio.gui.panels.dataset import DatasetPanel
from annstudio.gui.panels.network import NetworkPanel
from annstudio.gui.panels.training import TrainingPanel
from annstudio.gui.presets import first_run_experiment
from annstudio.gui.settings import get_bool, make_settings
from annstudio.gui.views.curves import CurvesView, GradNormView
from annstudio.gui.views.data_view import DataView
from annstudio.gui.views.diagram import NetworkDiagram
from annstudio.gui.views.layers import LayerView, layer_name
from annstudio.gui.views.metrics import MetricsView
from annstudio.gui.widgets import ElidedLabel, NumberEdit
from annstudio.gui.worker import EngineClient

FRAME_MS = 33             # views redraw at most ~30×/s
SLOW_VIEWS_MS = 100       # diagram and weightsChanged: ~10×/s
CURVES_HZ = 5             # loss/accuracy/gradient curves
METRICS_MS = 500          # the Metrics tab: one forward pass over all points, ≤ 2×/s
DOCK_WIDTH = 340          # the panels' normal width (px)
LARGE_FONT_SCALE = 1.4    # View ▸ Larger fonts (projector)
EXTENSIONS = ("annstudio.gui.files", "annstudio.gui.inspector", "annstudio.gui.panels.lesson")
FILE_ACTIONS = ("open", "save", "save_as", "export_torch", "export_csv", "export_plot",
                "export_window_png")
NOTATION = """<h3>Notation (as in the lecture)</h3>
<p>Row vectors: <b>u = z W + b</b>. A network with K weight layers, numbered from the
output: the input is z<sub>K</sub> = x; for i = K … 1:
u<sub>i</sub> = z<sub>i</sub> W<sub>i</sub> + b<sub>i</sub>,
z<sub>i−1</sub> = φ<sub>i</sub>(u<sub>i</sub>); the output is z<sub>0</sub>.</p>
<p>W<sub>i</sub> has shape d<sub>i</sub> × d<sub>i−1</sub> (rows = inputs of that layer),
so the number of parameters is Σ<sub>i</sub> d<sub>i−1</sub>(d<sub>i</sub> + 1).</p>
<p>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input):
View ▸ PyTorch layer order switches the labels.</p>
<p>Binary classification: z<sub>0</sub> = σ(u<sub>1</sub>), loss −log σ(y·u) for labels
y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy.
Regression: identity + mean squared error.</p>
<p>Backpropagation: ∂L/∂W<sub>i</sub> = z<sub>i</sub><sup>T</sup> δ<sub>i</sub> with
δ<sub>i</sub> = ∂L/∂u<sub>i</sub>; the δ travel from the output towards the input through
the Jacobians ∇φ and W<sup>T</sup>.</p>
<p>""" + html.escape(NUMBERING_NOTE) + "</p>"


class MainWindow(QMainWindow):
    weightsChanged = Signal(object)
    pointPicked = Signal(object)
    experimentChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, experiment=None, data=None, settings=None, parent=None):
        super().__init__(parent)
        self.settings = settings if settings is not None else make_settings()
        self._experiment = (experiment or self._last_experiment()
                            or first_run_experiment()).copy()
        self._data = None
        self._geom = None
        self._weights = None          # [(W, b)] the views show (latest snapshot or local)
        self._modified = False
        self._running = False
        self._run_target = None       # the epoch the current (or paused) Run stops at
        self._last_slow = 0.0
        self._last_curves = 0.0
        self._curves_pending = False
        self._epochs_drawn = -1
        self._steps_drawn = -1
        self._snap = None
        self._picked = None
        self.last_error = None
        self._error_box = None
        self.close_guards = []
        self.open_file_handler = None
        self.file_path = None
        self.theme = th.LIGHT
        self.frames_drawn = 0
        self.actions = {}
        self.menus = {}

        self.setWindowTitle("ANN Studio")
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowTabbedDocks)
        self.client = EngineClient(self)
        self._build_panels()
        self._build_views()
        self._build_actions()
        self._build_menus()
        compare_windows.install(self)      # issue 15: race, landscape, timeline
        self._build_toolbar()
        self._build_status()
        self._connect()
        self._restore_settings()

        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._on_frame)
        self.timer.start()

        data = data if data is not None else self._build_data(self._experiment.dataset)
        self._install_data(data)
        self._configure_engine()
        self._install_extensions()

    # ================================================================ building
    def _build_panels(self):
        self.dataset_panel = DatasetPanel(self._experiment.dataset)
        self.network_panel = NetworkPanel(self._experiment.network)
        self.training_panel = TrainingPanel(self._experiment.optimizer, self._experiment.training)
        self.training_panel.buttons.hide()      # the toolbar has Run / Step / Reset
        self.docks = {}
        for key, title, panel in (("dataset", "Dataset", self.dataset_panel),
                                  ("network", "Network", self.network_panel),
                                  ("training", "Training", self.training_panel)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.NoFrame)
            scroll.setWidget(panel)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            dock.setWidget(scroll)
            dock.setMinimumWidth(340)
            # a combo box sized to its longest entry ("lecture: 0.1·N(0, 1)") made the
            # panel wider than its dock with larger fonts, cutting every field short
            for combo in panel.findChildren(QComboBox):
                combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(8)
            dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable |
                             QDockWidget.DockWidgetFloatable)
            self.docks[key] = dock
        self.default_dock_layout(split=True)

    def default_dock_layout(self, split=True):
        """Dataset and Network as tabs; Training below them (``split``) or a third tab
        (small screens: the toolbar keeps Run, Step, Reset and the learning rate)."""
        d = self.docks
        for dock in d.values():
            self.removeDockWidget(dock)
        self.addDockWidget(Qt.LeftDockWidgetArea, d["dataset"])
        if split:
            self.addDockWidget(Qt.LeftDockWidgetArea, d["training"])
            self.tabifyDockWidget(d["dataset"], d["network"])
        else:
            self.tabifyDockWidget(d["dataset"], d["network"])
            self.tabifyDockWidget(d["network"], d["training"])
        for dock in d.values():
            dock.show()
        d["network"].raise_()
        self.resizeDocks([d["network"]], [340], Qt.Horizontal)

    def _build_views(self):
        self.data_view = DataView()
        self.diagram = NetworkDiagram()
        self.curves = CurvesView()
        self.grad_view = GradNormView()
        self.layer_view = LayerView()
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.data_view)
        left.addWidget(self.diagram)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.view_tabs = QTabWidget()
        self.view_tabs.addTab(self.layer_view, "Layers")
        self.view_tabs.addTab(self.grad_view, "Gradient norms")
        self.metrics_view = MetricsView()
        self.view_tabs.addTab(self.metrics_view, "Metrics")
        self.view_tabs.setTabToolTip(self.view_tabs.count() - 1,
                                     "Confusion matrix, precision and recall (classification) or "
                                     "R², MAE and predicted vs true (regression) of the current "
                                     "weights")
        self.view_tabs.currentChanged.connect(lambda _: self._update_metrics(force=True))
        # the norms are recorded all along; a hidden tab is drawn when it is shown
        self.view_tabs.currentChanged.connect(lambda _index: self._draw_record(force=True))
        right = QSplitter(Qt.Vertical)
        right.addWidget(self.curves)
        right.addWidget(self.view_tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.central = QSplitter(Qt.Horizontal)
        self.central.addWidget(left)
        self.central.addWidget(right)
        self.central.setStretchFactor(0, 1)
        self.central.setStretchFactor(1, 1)
        self.central.setObjectName("central_splitter")
        left.setObjectName("left_splitter")
        right.setObjectName("right_splitter")
        self.splitters = {"central": self.central, "left": left, "right": right}
        self.setCentralWidget(self.central)

    def _action(self, key, text, slot=None, shortcut=None, tip=None, checkable=False):
        a = QAction(text, self)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.WindowShortcut)
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        if slot is not None:
            a.triggered.connect(slot)
        self.actions[key] = a
        self.addAction(a)
        return a

    def _build_actions(self):
        A = self._action
        A("new", "&New", self.new_experiment, QKeySequence.New, "Start again with the lecture run")
        A("open", "&Open…", None, QKeySequence.Open, "Open an experiment file")
        A("save", "&Save", None, QKeySequence.Save, "Save the experiment")
        A("save_as", "Save &As…", None, QKeySequence.SaveAs, "Save the experiment as a new file")
        A("export_torch", "PyTorch script…", None, None, "Write the equivalent PyTorch script")
        A("export_csv", "Loss history CSV…", None, None,
          "Per-epoch losses and accuracy as CSV, then the current metrics (confusion matrix, …)")
        A("export_plot", "Plot as PNG/SVG…", None, None, "Save the loss curves as an image")
        A("export_window_png", "Window as PNG…", None, None, "Save a picture of the whole window")
        A("quit", "&Quit", self.close, "Ctrl+Q", "Close ANN Studio")
        A("run", "Run ▶", self.toggle_run, "Space", "Run or pause training  [Space]")
        A("step_batch", "Step batch", self.step_batch, "S", "Train one mini-batch  [S]")
        A("step_epoch", "Step epoch", self.step_epoch, "Shift+S", "Train one epoch  [Shift+S]")
        A("reset", "Reset", self.reset, "R", "New initial weights, history cleared  [R]")
        A("inspector", "Inspector", self._inspector_placeholder, None,
          "Step through forward and backward pass for one point")
        A("about", "&About ANN Studio", self.about)
        A("notation", "&Notation", self.notation)
        A("getting_started", "&Getting started", self.getting_started, "F1",
          "What to do first, step by step")
        A("shortcuts", "&Keyboard shortcuts", self.keyboard_shortcuts, None,
          "Every key the window understands")
        A("dark", "Dark theme", self.set_dark, None, "Dark colours", checkable=True)
        A("large_fonts", "Larger fonts (projector)", self.set_large_fonts, "Ctrl++",
          "Bigger text for a projector", checkable=True)
        A("torch_order", "PyTorch layer order (fc1 = first)", self.set_torch_order, None,
          "Number layers from the input like PyTorch instead of from the output",
          checkable=True)
        for key in FILE_ACTIONS:
            self.actions[key].triggered.connect(lambda _=False, key=key: self._file_placeholder(key))

    def _build_menus(self):
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.menus["file"] = f
        for key in ("new", "open"):
            f.addAction(self.actions[key])
        self.menus["recent"] = f.addMenu("Open &Recent")
        self.menus["recent"].setEnabled(False)
        f.addSeparator()
        f.addAction(self.actions["save"])
        f.addAction(self.actions["save_as"])
        self.menus["export"] = f.addMenu("&Export")
        for key in ("export_torch", "export_csv", "export_plot", "export_window_png"):
            self.menus["export"].addAction(self.actions[key])
        f.addSeparator()
        f.addAction(self.actions["quit"])
        t = mb.addMenu("&Train")
        self.menus["train"] = t
        for key in ("run", "step_batch", "step_epoch", "reset"):
            t.addAction(self.actions[key])
        v = mb.addMenu("&View")
        self.menus["view"] = v
        for key in ("dataset", "network", "training"):
            v.addAction(self.docks[key].toggleViewAction())
        v.addSeparator()
        v.addAction(self.actions["dark"])
        v.addAction(self.actions["large_fonts"])
        v.addAction(self.actions["torch_order"])
        self.menus["lessons"] = mb.addMenu("&Lessons")
        h = mb.addMenu("&Help")
        self.menus["help"] = h
        for key in ("getting_started", "notation", "shortcuts"):
            h.addAction(self.actions[key])
        h.addSeparator()
        h.addAction(self.actions["about"])

    def _build_toolbar(self):
        tb = QToolBar("Training")
        tb.setObjectName("toolbar_training")
        tb.setMovable(False)
        for key in ("run", "step_batch", "step_epoch", "reset"):
            tb.addAction(self.actions[key])
        tb.addSeparator()
        tb.addWidget(QLabel(" Learning rate "))
        self.toolbar_lr = NumberEdit("learning rate", self._experiment.optimizer.params.get(
            "lr", 0.01), "float", 0.0, None, min_inclusive=False)
        self.toolbar_lr.setMaximumWidth(90)
        self.toolbar_lr.set_help("Learning rate: change it while training")
        self.toolbar_lr.valueChanged.connect(self._on_toolbar_lr)
        self.toolbar_lr.validityChanged.connect(
            lambda m: self.statusBar().showMessage(m, 5000) if m else None)
        tb.addWidget(self.toolbar_lr)
        self.toolbar_info = QLabel("")
        self.toolbar_info.setContentsMargins(8, 0, 8, 0)
        tb.addWidget(self.toolbar_info)
        self.addToolBar(Qt.TopToolBarArea, tb)
        self.toolbar = tb

    def _build_status(self):
        sb = self.statusBar()
        self.status_labels = {}
        for key, width in (("state", 90), ("epoch", 150), ("speed", 110), ("loss", 300),
                           ("engine", 150)):
            # the loss line is long: "…" where it does not fit (it made a 1024 px window
            # wider than the screen with larger fonts)
            lab = ElidedLabel("") if key == "loss" else QLabel("")
            lab.setMinimumWidth(120 if key == "loss" else width)
            lab.setContentsMargins(4, 0, 4, 0)
            if key == "engine":
                # loading PyTorch takes seconds: a busy bar and the seconds so far meanwhile
                self.engine_busy = QProgressBar()
                self.engine_busy.setRange(0, 0)
                self.engine_busy.setMaximumSize(90, 14)
                self.engine_busy.hide()
                sb.addPermanentWidget(self.engine_busy)
            sb.addPermanentWidget(lab, 1 if key == "loss" else 0)
            self.status_labels[key] = lab
        self._switch_t0 = self._switch_to = None
        self._switch_timer = QTimer(self)
        self._switch_timer.setInterval(250)
        self._switch_timer.timeout.connect(self._show_switch_progress)

    def _connect(self):
        dp, np_, tp = self.dataset_panel, self.network_panel, self.training_panel
        dp.specChanged.connect(self._on_dataset_spec)
        dp.csvLoaded.connect(self._on_csv)
        dp.standardizeChanged.connect(self._on_standardize)
        dp.featuresChanged.connect(self._on_derived_features)
        dp.toolChanged.connect(self._on_tool)
        np_.changed.connect(self._on_network_spec)
        tp.optimizerChanged.connect(self._on_optimizer)
        tp.hyperparametersChanged.connect(self._on_hyperparameters)
        tp.trainingChanged.connect(self._on_training_spec)
        tp.engineChanged.connect(self._on_engine)
        tp.probeRequested.connect(self.client.probe_devices)
        tp.runToggled.connect(self.toggle_run)
        tp.stepBatchClicked.connect(self.step_batch)
        tp.stepEpochClicked.connect(self.step_epoch)
        tp.resetClicked.connect(self.reset)
        tp.speedChanged.connect(lambda sps, per_frame: self.client.set_speed(sps, per_frame))
        self.client.set_speed(*tp.speed())
        self.data_view.clicked.connect(self._on_data_click)
        self.layer_view.enlargeRequested.connect(self._on_enlarge)
        self.layer_view.layerChanged.connect(lambda _k: self._send_view())
        self.view_tabs.currentChanged.connect(lambda _i: self._send_view())
        c = self.client
        c.torchState.connect(lambda _s: self._show_switch_progress()
                             if self._switch_t0 is not None else None)
        c.stateChanged.connect(self._on_state)
        c.configured.connect(self._on_configured)
        c.diverged.connect(self._on_diverged)
        c.error.connect(self._on_engine_error)
        c.crashed.connect(self._on_crashed)
        c.hung.connect(self._on_hung)
        c.recovered.connect(self._on_recovered)
        c.devices.connect(tp.set_device_reasons)

    def _install_extensions(self):
        for name in EXTENSIONS:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as err:
                if err.name == name:
                    continue
                raise
            module.install(self)

    def _last_experiment(self):
        """The experiment of the last session (generated or shipped data only)."""
        text = self.settings.value("last/experiment")
        if not text:
            return None
        try:
            exp = Experiment.from_dict(json.loads(str(text))).validate()
        except (AnnStudioError, ValueError, TypeError, AttributeError):
            return None   # an old or damaged entry: start from the lecture run
        if exp.dataset.name in ("points", "csv"):
            exp.dataset = DatasetSpec()
        return exp

    # ================================================================ contracts
    @property
    def experiment(self):
        """The current `Experiment` (a copy: edit it through the panels or load_experiment)."""
        return self._experiment.copy()

    @property
    def data(self):
        return self._data

    @property
    def history(self):
        """The run's `History` so far (a copy)."""
        rec = self.client.record
        with self.client._lock:
            h = History()
            h.epochs = [copy.copy(r) for r in rec.history.epochs]
            h.step_loss = list(rec.history.step_loss)
            h.diverged = rec.history.diverged
        return h

    def network(self):
        """A NumPy `Network` with the latest weights the views show (it takes inputs as
        `network_input` gives them)."""
        return self._network_from(self._weights)

    @property
    def standardizer(self):
        """The `core.standardize.Standardizer` between the user's units and the network's
        inputs, or None when standardisation is off."""
        if self._data is None:
            return None
        return self._experiment.standardizer(self._data)

    def network_input(self, X):
        """Points in the user's units (the data view's) → what the network takes: x̃ = (x − μ)/s."""
        st = self.standardizer
        return np.asarray(X, dtype=float) if st is None else st.transform(X)

    @property
    def network_data(self):
        """The dataset as the network sees it (standardised copy, or `data` itself); the
        same object until the data or the standardisation change (the inspector keys on it)."""
        st = self.standardizer
        cached = getattr(self, "_network_data", None)
        if cached is None or cached[0] is not self._data or cached[1] != st:
            self._network_data = (self._data, st, self._data if st is None else st.apply(self._data))
        return self._network_data[2]

    def _network_from(self, weights):
        acts = self._activations()
        return Network([Layer(np.array(W, dtype=float), np.array(b, dtype=float), a)
                        for (W, b), a in zip(weights, acts)])

    def _activations(self):
        from annstudio.core.experiment import TASK_OUTPUT
        spec = self._experiment.network
        out = TASK_OUTPUT[self._data.task] if spec.output == "auto" else spec.output
        return list(spec.activations) + [out]

    @property
    def modified(self):
        return self._modified

    def set_modified(self, modified=True):
        modified = bool(modified)
        if modified != self._modified:
            self._modified = modified
            self._update_title()
            self.modifiedChanged.emit(modified)

    def _update_title(self):
        name = "untitled" if not self.file_path else str(self.file_path).replace("\\", "/").rsplit("/", 1)[-1]
        self.setWindowTitle(f"{name}{' •' if self._modified else ''} — ANN Studio")

    def set_file_path(self, path):
        self.file_path = path
        self._update_title()

    def show_error(self, title, message):
        """Tell the user (non-blocking message box); the text is kept in ``last_error``."""
        self.last_error = (str(title), str(message))
        box = self._error_box
        if box is None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Warning)
            box.setStandardButtons(QMessageBox.Ok)
            box.setModal(False)
            self._error_box = box
        box.setWindowTitle(f"ANN Studio — {title}")
        box.setText(str(message).split("\n\n", 1)[0])
        detail = str(message).split("\n\n", 1)
        box.setDetailedText(detail[1] if len(detail) > 1 else "")
        box.show()
        self.status_labels["state"].setText(title)

    def show_info(self, title, html):
        box = QMessageBox(self)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.RichText)
        box.setText(html)
        box.setModal(False)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.show()
        return box

    def load_experiment(self, experiment, data=None, weights=None, history=None):
        """Replace everything (stops training first): the Open command and lessons use it."""
        experiment = experiment.copy()
        experiment.validate()
        if data is None:
            data = self._build_data(experiment.dataset)
            if data is None:
                return False
        self.client.pause()
        self._experiment = experiment
        self._sync_panels()
        self._install_data(data)
        state = None
        if history is not None:
            net = experiment.build_network(data)
            if weights is not None:
                net.set_weights(weights)
            state = {"weights": net.get_weights(), "optimizer": None,
                     "epoch": len(history.epochs), "batch_index": 0,
                     "step_count": len(history.step_loss), "history": history}
        self._configure_engine(weights=weights, state=state)
        self.experimentChanged.emit()
        return True

    def set_weights(self, weights):
        """[(W, b)] in API order: pushed to the engine; every view is redrawn now."""
        net = self._network_from(self._weights)
        net.set_weights(weights)          # checks shapes: AnnStudioError names the layer
        w = net.get_weights()
        self.client.set_weights(w)
        self._show_local(w)
        self.weightsChanged.emit(self._network_from(w))
        self._last_slow = time.monotonic()
        self.set_modified(True)

    # ================================================================ data and engine
    def _build_data(self, spec):
        try:
            if spec.name == "csv":
                from annstudio.gui.busy import read_off_thread   # a slow disk: keep painting
                from annstudio.io.csvdata import from_spec
                return read_off_thread(self, "Reading the CSV file…", from_spec, spec)
            from annstudio.core import datasets
            return datasets.from_spec(spec)
        except AnnStudioError as err:
            self.show_error("Dataset", str(err))
            return None

    def _install_data(self, data):
        if data is None:
            from annstudio.core import datasets
            data = datasets.make("moons")
        self._data = data
        # mean and scale of this data's training split (kept while points are drawn/erased)
        self._experiment.fit_standardizer(data)
        self._geom = ViewGeometry(data, standardizer=self.standardizer)
        self.data_view.set_data(data)
        self.dataset_panel.set_data_info(data)
        self.network_panel.set_task(data.task, data.n_features, data.n_outputs)
        self.curves.set_metric(data.task)
        self.curves.set_steps_per_epoch(-(-data.n_train // self._experiment.training.batch_size))
        self._picked = None

    def _configure_engine(self, weights=None, state=None):
        """Build the network here (same seed as the engine: the views show it at once) and
        hand the experiment to the engine process."""
        exp = self._experiment
        try:
            exp.validate()
            net = exp.build_network(self._data)
            if state is not None:
                net.set_weights(state["weights"])
            elif weights is not None:
                net.set_weights(weights)
        except AnnStudioError as err:
            self.show_error("Network", str(err))
            return
        w = net.get_weights()
        self.layer_view.set_network(net.sizes, net.activations)
        self._send_view()
        self.diagram.set_network(net.sizes, net.activations)
        self.grad_view.set_layers(len(net.layers))
        self.curves.reset_view()          # a new run: the last run's axis ranges go
        self._run_target = None
        self._epochs_drawn = self._steps_drawn = -1
        with self.client._lock:
            if state is None:
                self.client.record.__init__()
            self.client._fresh = False
        self.client.configure(exp, self._data, weights=w if state is None else None, state=state)
        self._show_local(w)
        self._set_running(False)

    def _send_view(self):
        """Tell the engine which neuron maps are on screen: only those are computed."""
        on_screen = self.view_tabs.currentWidget() is self.layer_view
        self.client.set_view(self.layer_view.layer(), maps=on_screen)

    def _show_local(self, weights):
        """Redraw every view for ``weights`` computed here (before the engine answers)."""
        self._weights = weights
        net = self._network_from(weights)
        views = network_views(net, self._geom, layers=(self.layer_view.layer(),))
        self.data_view.update_views(views)
        self.layer_view.update_views(views, weights)
        self.diagram.set_weights(weights)
        self._draw_record(force=True)
        self._update_metrics(force=True)

    def _reconfigure(self, keep_weights=False):
        self._configure_engine(weights=self._weights if keep_weights else None)
        self.set_modified(True)
        self.experimentChanged.emit()

    def _sync_panels(self):
        exp = self._experiment
        self.toolbar_lr.setValue(exp.optimizer.params.get("lr", 0.01))
        self.dataset_panel.set_spec(exp.dataset)
        self.network_panel.set_spec(exp.network)
        self.training_panel.set_specs(exp.optimizer, exp.training)

    # ================================================================ panel edits
    def _on_dataset_spec(self, spec):
        data = self._build_data(spec)
        if data is None:
            return
        self._experiment.dataset = spec
        self._install_data(data)
        self._reconfigure()

    def _on_standardize(self, on):
        """The Dataset panel's checkbox: the same points, fed to a new network as x̃ or x."""
        self._experiment.dataset.standardize = bool(on)
        self._install_data(self._data)
        self._reconfigure()

    def _on_csv(self, data):
        self._experiment.dataset = copy.deepcopy(data.spec)
        self._install_data(data)
        self._reconfigure()

    def _on_derived_features(self, features):
        """Derived inputs (x₁², …) for CSV or drawn data: computed from its x1, x2."""
        from annstudio.core import datasets
        try:
            data = datasets.with_features(self._data, features)
        except AnnStudioError as err:
            self.show_error("Derived features", str(err))
            return
        data.spec = copy.deepcopy(self._experiment.dataset)
        data.spec.features = list(features)
        self._experiment.dataset = copy.deepcopy(data.spec)
        self._install_data(data)
        self._reconfigure()

    def _on_network_spec(self, spec):
        self._experiment.network = spec
        self._reconfigure()

    def _on_optimizer(self, spec):
        self._experiment.optimizer = spec
        self.toolbar_lr.setValue(spec.params.get("lr", 0.01))
        self._rebuild(keep_optimizer=False)

    def _on_hyperparameters(self, hp):
        self._experiment.optimizer.params.update(hp)
        if "lr" in hp and self.toolbar_lr.value() != hp["lr"]:
            self.toolbar_lr.setValue(hp["lr"])
        self.client.update_experiment(self._experiment)
        if set(hp) == {"lr"}:
            self.client.set_lr(hp["lr"])
        else:
            self.client.set_hyperparameters(**hp)
        self.set_modified(True)
        self.experimentChanged.emit()

    def _on_toolbar_lr(self, lr):
        edit = self.training_panel.hp_edit("lr")
        if edit is not None and edit.value() != lr:
            edit.commit(lr)

    def _on_training_spec(self, spec):
        old = self._experiment.training
        self._experiment.training.batch_size = spec.batch_size
        self._experiment.training.epochs = spec.epochs
        if not self._running:
            self._run_target = None       # the next Run counts to the new epoch count
            self._show_run_label()
        self.curves.set_steps_per_epoch(-(-self._data.n_train // spec.batch_size))
        if spec.batch_size != getattr(self, "_engine_batch", old.batch_size):
            self._rebuild(keep_optimizer=True)
        self._engine_batch = spec.batch_size
        self.client.update_experiment(self._experiment)
        self.set_modified(True)
        self.experimentChanged.emit()

    def _rebuild(self, keep_optimizer):
        self.client.update_experiment(self._experiment)
        self.client.send("rebuild", {"experiment": self._experiment.to_dict(),
                                     "keep_optimizer": keep_optimizer})
        self.set_modified(True)
        self.experimentChanged.emit()

    def _on_engine(self, engine, device):
        self._experiment.training.engine = engine
        self._experiment.training.device = device
        self._switch_pending = True
        self.client.switch_engine(engine, device)
        self._switch_t0 = time.monotonic()
        self._switch_to = engine
        self.engine_busy.show()
        self._switch_timer.start()
        self._show_switch_progress()
        self.set_modified(True)
        self.experimentChanged.emit()

    def _on_tool(self, tool):
        if tool != "inspect":
            self.data_view.mark_point(None)

    def _on_data_click(self, x, y, button):
        tool = self.dataset_panel.tool()
        if tool == "inspect":
            i = self.data_view.nearest(x, y)
            if i is not None:
                self.pick_point(i)
            return
        if self.data_view.kind != "plane":
            return
        if tool == "erase" or button == 2:
            i = self.data_view.nearest(x, y)
            if i is not None:
                self.remove_point(i)
            return
        self.add_point([x, y], self.dataset_panel.new_point_label())

    def pick_point(self, i):
        """Select point ``i`` of data.X (train first, then test): emits ``pointPicked``."""
        d = self._data
        split = "train" if i < d.n_train else "test"
        j = i if split == "train" else i - d.n_train
        X = d.X_train if split == "train" else d.X_test
        y = d.y_train if split == "train" else d.y_test
        self._picked = i
        self.data_view.mark_point(self.data_view.coords[i])
        self.pointPicked.emit({"index": int(j), "x": self.network_input(X[j]),
                               "x_user": X[j].copy(), "y": y[j].item(), "split": split})

    def add_point(self, xy, label):
        d = self._data
        try:
            new = d.with_points(np.vstack([d.X_train[:, :2] if d.n_features > 2 else d.X_train,
                                           [xy]]),
                                np.append(d.y_train, label), d.X_test[:, :2]
                                if d.n_features > 2 else d.X_test, d.y_test)
        except AnnStudioError as err:
            self.show_error("Add point", str(err))
            return
        self._set_edited_data(new)

    def remove_point(self, i):
        d = self._data
        keep_tr = np.ones(d.n_train, bool)
        keep_te = np.ones(d.n_test, bool)
        if i < d.n_train:
            keep_tr[i] = False
        else:
            keep_te[i - d.n_train] = False
        if keep_tr.sum() < 1:
            self.show_error("Erase", "the last training point cannot be removed")
            return
        base = slice(None, 2) if d.n_features > 2 else slice(None)
        new = d.with_points(d.X_train[keep_tr][:, base], d.y_train[keep_tr],
                            d.X_test[keep_te][:, base], d.y_test[keep_te])
        self._set_edited_data(new)

    def _set_edited_data(self, new):
        old_spec = self._experiment.dataset
        new.spec = DatasetSpec(name="points", n=len(new), noise=old_spec.noise, seed=old_spec.seed,
                               test_fraction=old_spec.test_fraction, classes=old_spec.classes,
                               features=list(old_spec.features),
                               standardize=old_spec.standardizes(), mean=old_spec.mean,
                               scale=old_spec.scale)
        self._experiment.dataset = copy.deepcopy(new.spec)
        view_range = self.data_view.vb.viewRange()
        self._data = new
        self._geom = ViewGeometry(new, standardizer=self.standardizer)
        self.data_view.set_data(new)
        self.data_view.vb.setRange(xRange=view_range[0], yRange=view_range[1], padding=0)
        self.dataset_panel.set_data_info(new)
        self.client.set_data(new)
        if self._weights is not None:
            self._show_local(self._weights)
        self.set_modified(True)
        self.experimentChanged.emit()

    def _on_enlarge(self, k, j):
        if self._weights is None or self._geom is None or self._geom.kind != "plane":
            return
        from annstudio.core.views import layer_outputs, plane_inputs
        G, extent = plane_inputs(self._data, 100)
        G = self.network_input(G)
        z = layer_outputs(self._weights[:k + 1], self._activations()[:k + 1], G)[k][:, j]
        s = float(np.max(np.abs(z))) or 1.0
        K = len(self._weights)
        name = layer_name(k, K, self.actions["torch_order"].isChecked())
        self.data_view.show_map((z / s).reshape(100, 100).astype(np.float32), extent,
                                f"Neuron {j + 1} of {name}: z over the input plane "
                                f"(max |z| = {s:.3g})")

    # ================================================================ run control
    def toggle_run(self):
        if self._running:
            self.client.pause()
            self._set_running(False)
        else:
            self._run_target = self._next_target()
            self.client.run(epochs=self._run_target, more=self._experiment.training.epochs or None)
            self._set_running(True)
            self.training_panel.status_label.setText("")
            self.set_modified(True)       # training changes the weights: work to save

    def _epochs_done(self):
        with self.client._lock:
            return len(self.client.record.history.epochs)

    def _next_target(self):
        """The epoch the next Run stops at: the paused run's target, else the epoch count;
        a run that already reached it continues for that many more epochs."""
        n = self._experiment.training.epochs
        if not n:
            return None                   # until stopped
        done = self._epochs_done()
        if self._run_target is not None and done < self._run_target:
            return self._run_target
        return n if done < n else done + n

    def _run_label(self):
        """What Run ▶ will do now: (button text, tooltip)."""
        n = self._experiment.training.epochs
        if not n:
            return "Run ▶", "Train until you press Pause  [Space]"
        done, target = self._epochs_done(), self._next_target()
        if done == 0:
            return "Run ▶", f"Train for {n} epochs  [Space]"
        if target - done == n and done >= n:
            return (f"Run ▶ (+{n} epochs)",
                    f"Continue for {n} more epochs (to epoch {target})  [Space]")
        return "Run ▶", f"Continue to epoch {target} ({target - done} more)  [Space]"

    def run(self):
        if not self._running:
            self.toggle_run()

    def pause(self):
        if self._running:
            self.toggle_run()

    def step_batch(self):
        self.client.step_batch()
        self._set_running(False)
        self.set_modified(True)

    def step_epoch(self):
        self.client.step_epoch()
        self._set_running(False)
        self.set_modified(True)

    def reset(self):
        self._configure_engine()
        self.training_panel.status_label.setText("")
        self.set_modified(True)

    def _set_running(self, running):
        self._running = running
        self.training_panel.set_running(running)
        self._show_run_label()
        self.status_labels["state"].setText("training…" if running else "paused")

    def _show_run_label(self):
        a = self.actions["run"]
        if self._running:
            text, tip = "Pause ❚❚", "Pause training  [Space]"
        else:
            text, tip = self._run_label()
        a.setText(text)                   # Qt ignores unchanged texts: cheap per frame
        a.setToolTip(tip)
        a.setStatusTip(tip)
        self.training_panel.run_button.setText(text)
        self.training_panel.run_button.setToolTip(tip)

    def _on_state(self, running, reason):
        self._set_running(running)
        if reason == "finished":
            self.status_labels["state"].setText("finished")
        elif reason.startswith("training diverged"):
            self.status_labels["state"].setText("diverged")   # not "paused": say why

    def _show_switch_progress(self):
        from annstudio.gui.engine_note import NAMES
        # torch preloaded in the background (engines.host): the switch only builds the engine
        what = "loading PyTorch" if self._switch_to == "torch" and \
            self.client.torch_state != "ready" else \
            f"switching to {NAMES.get(self._switch_to, self._switch_to)}"
        self.status_labels["engine"].setText(
            f"{what}… {time.monotonic() - self._switch_t0:.0f} s")

    def _end_switch(self, info):
        """The engine answered (``info``: its `configured` message) or failed (None): stop
        the busy bar; say why the engine is as fast as it is (label note and tooltip)."""
        if info is not None and self._switch_t0 is not None and \
                self._switch_to not in ("auto", info["engine"]):
            return       # an earlier configuration answering: the new engine still loads
        self._switch_t0 = None
        self._switch_timer.stop()
        self.engine_busy.hide()
        if info is None or not self._weights:
            return
        from annstudio.gui.engine_note import engine_reason, slower_than_numpy
        sizes = [self._weights[0][0].shape[0]] + [W.shape[1] for W, _ in self._weights]
        args = (sizes, self._experiment.training.batch_size, info["engine"], info["device"],
                info.get("dtype"))
        why = engine_reason(*args, chosen=self._experiment.training.engine)
        self._engine_note = " — slower than NumPy for this small net" \
            if slower_than_numpy(*args) else ""
        self.status_labels["engine"].setToolTip(why)
        self.status_labels["speed"].setToolTip(why)

    def _on_configured(self, info):
        self._switch_pending = False
        self._end_switch(info)
        self._show_engine(info["engine"], info["device"])
        self._sync_engine_combo(info["engine"], info["device"])

    def _sync_engine_combo(self, engine, device):
        tp = self.training_panel
        tp._building = True
        try:
            if self._experiment.training.engine != "auto" or engine not in ("numpy", "torch"):
                tp.engine_combo.setCurrentIndex(max(tp.engine_combo.findData(
                    self._experiment.training.engine), 0))
            tp.device_combo.setCurrentIndex(max(tp.device_combo.findData(device), 0))
        finally:
            tp._building = False

    def _on_engine_error(self, msg):
        if getattr(self, "_switch_pending", False):
            # the engine could not start: the old one keeps running; say so and show it
            self._switch_pending = False
            self._end_switch(None)
            self._experiment.training.engine = self.client.engine_name
            self._experiment.training.device = self.client.device
            self._sync_engine_combo(self.client.engine_name, self.client.device)
            self._show_engine(self.client.engine_name, self.client.device)
        self.show_error("Engine", msg)

    def _show_engine(self, engine, device, path=None, path_note=None):
        """'NumPy on cpu', 'NumPy (compiled) on cpu' on the fast path, with the path's
        note (why this path, or that it is still being prepared) in the tooltip."""
        names = {"numpy": "NumPy", "torch": "PyTorch"}
        name = names.get(engine, engine) + (" (compiled)" if path == "compiled" else "")
        label = self.status_labels["engine"]
        label.setText(f"{name} on {device}" + getattr(self, "_engine_note", "")
                      + (" · preparing the fast path…" if path_note and
                         path_note.startswith("preparing") else ""))
        if path_note and engine == "numpy":
            why = label.toolTip().split("Engine path: ")[0].rstrip()
            tip = (why + "\n\n" if why else "") + f"Engine path: {path_note}"
            if tip != label.toolTip():
                label.setToolTip(tip)

    def _on_diverged(self, reason):
        self._set_running(False)
        self.training_panel.status_label.setText(f"<span style='color:#d62728'>{reason}</span>")
        self.show_error("Training diverged", reason)
        self.status_labels["state"].setText("diverged")

    def _on_crashed(self, why):
        self._set_running(False)
        if getattr(self, "_hung_box", None) is not None:
            self._hung_box.hide()
        self.show_error("Engine process stopped",
                        f"{why}. It was restarted with the last weights; press Run to continue.")

    def _on_hung(self, why):
        """The watchdog heard no heartbeat: say so and offer the crash path's restart."""
        self.status_labels["state"].setText("not responding")
        box = getattr(self, "_hung_box", None)
        if box is None:
            box = self._hung_box = QMessageBox(self)
            box.setIcon(QMessageBox.Warning)
            box.setWindowTitle("ANN Studio — Engine not responding")
            box.setModal(False)
            self.restart_engine_button = box.addButton("Restart engine", QMessageBox.AcceptRole)
            box.addButton("Keep waiting", QMessageBox.RejectRole)
            # not connected directly: clicked(bool) would pass `checked` as the reason
            self.restart_engine_button.clicked.connect(lambda: self.client.restart_engine())
        box.setText(f"{why}. Restart it with the last weights? (Training pauses; "
                    "press Run to continue.)")
        self.last_error = ("Engine not responding", box.text())
        box.show()

    def _on_recovered(self):
        if getattr(self, "_hung_box", None) is not None:
            self._hung_box.hide()
        self.status_labels["state"].setText("training…" if self._running else "paused")

    # ================================================================ frames
    def _on_frame(self):
        snap = self.client.take()
        now = time.monotonic()
        if snap is not None:
            self._snap = snap
            self._weights = snap["weights"]
            if snap.get("running") and self._running and not self._modified:
                self.set_modified(True)   # still training after a save: unsaved again
            views = snap["views"]
            self.data_view.update_views(views)
            self.layer_view.update_views(views, snap["weights"])
            self._draw_record()
            self._update_status(snap)
            if now - self._last_slow >= SLOW_VIEWS_MS / 1000:
                self._last_slow = now
                self.diagram.set_weights(snap["weights"])
                self.weightsChanged.emit(self._network_from(snap["weights"]))
            self.frames_drawn += 1
            self._pending_slow = True
        elif self._curves_pending:
            self._draw_record()
        elif getattr(self, "_pending_slow", False) and now - self._last_slow >= SLOW_VIEWS_MS / 1000:
            # the last snapshot of a burst: make sure the slow views show it too
            self._pending_slow = False
            self._last_slow = now
            if self._weights is not None:
                self.diagram.set_weights(self._weights)
                self.weightsChanged.emit(self._network_from(self._weights))
        self._update_metrics()      # throttled; cheap when nothing changed

    def _update_metrics(self, force=False):
        """The Metrics tab from the current weights: only while it is shown, at most every
        METRICS_MS, and only when the weights or the data changed since the last time."""
        if self.view_tabs.currentWidget() is not self.metrics_view or self._weights is None:
            return
        now = time.monotonic()
        key = (id(self._weights), id(self._data), self._experiment.dataset.standardizes())
        if not force and (now - getattr(self, "_last_metrics", 0.0) < METRICS_MS / 1000
                          or key == getattr(self, "_metrics_key", None)):
            return
        from annstudio.core import metrics
        self._last_metrics, self._metrics_key = now, key
        try:
            rep = metrics.report(self.network(), self._data, self.standardizer)
        except AnnStudioError:
            rep = None          # a network being rebuilt for other data: next frame
        self.metrics_view.set_report(rep)

    def _draw_record(self, force=False):
        """Loss/accuracy and gradient-norm curves, at most CURVES_HZ times a second: their
        axes re-lay out whenever the range grows, which costs more than every image."""
        now = time.monotonic()
        if not force and now - self._last_curves < 1.0 / CURVES_HZ:
            self._curves_pending = True
            return
        self._last_curves = now
        self._curves_pending = False
        rec = self.client.record
        n_ep, n_st = len(rec.history.epochs), rec.step_losses.n
        if force or n_ep != self._epochs_drawn or (n_st != self._steps_drawn and
                                                   self.curves.step_box.isChecked()):
            self._epochs_drawn, self._steps_drawn = n_ep, n_st
            self.curves.update_record(rec, self.client._lock)
        if force or self.view_tabs.currentWidget() is self.grad_view:
            self.grad_view.update_record(rec, self.client._lock)

    def _update_status(self, snap):
        L = self.status_labels
        L["epoch"].setText(f"epoch {snap['epoch']} · step {snap['step']:,}")
        sps = snap["steps_per_s"]
        L["speed"].setText(f"{sps:,.0f} steps/s" if sps else "")
        eps = self.client.record.history.epochs
        if eps:
            r = eps[-1]
            # each figure labelled train or test ("accuracy" beside the test loss was
            # read as the test accuracy)
            def metric(v):
                return (f"accuracy {100 * v:.1f}%" if r.metric == "accuracy"
                        else f"R² {v:.3f}")
            text = f"train loss {r.train_loss:.4f}"
            if r.train_metric is not None:
                text += f", {metric(r.train_metric)}"
            if r.test_loss is not None:
                text += f" · test loss {r.test_loss:.4f}"
                if r.test_metric is not None:
                    text += f", {metric(r.test_metric)}"
            L["loss"].setText(text)
        else:
            L["loss"].setText("")
        self._show_engine(snap["engine"], snap["device"], snap.get("engine_path"),
                          snap.get("engine_path_note"))
        target = self._run_target or self._experiment.training.epochs
        self.toolbar_info.setText(f"epoch {snap['epoch']}" + (
            f" / {max(target, snap['epoch'])}" if target else ""))
        self._show_run_label()

    # ================================================================ menus
    def new_experiment(self):
        self.set_file_path(None)
        self.load_experiment(first_run_experiment())
        self.set_modified(False)

    def _file_placeholder(self, key):
        self.show_error("Not yet available",
                        "Opening, saving and exporting arrive with experiment files "
                        "(annstudio.gui.files).")

    def _inspector_placeholder(self):
        self.show_error("Not yet available", "The backprop inspector is not installed.")

    def about(self):
        self.show_info("About ANN Studio",
                       f"<h3>ANN Studio {annstudio.__version__}</h3>"
                       "<p>Watch fully connected neural networks learn, step through "
                       "backpropagation in the lecture's notation, and export the same model "
                       "to PyTorch.</p>")

    def notation(self):
        self.show_info("Notation", NOTATION)

    def getting_started(self):
        from annstudio.gui.help import getting_started_html
        return self.show_info("Getting started", getting_started_html(self))

    def keyboard_shortcuts(self):
        from annstudio.gui.help import shortcuts_html
        return self.show_info("Keyboard shortcuts", shortcuts_html(self))

    def set_dark(self, on=True):
        self.theme = th.DARK if on else th.LIGHT
        if self.actions["dark"].isChecked() != bool(on):
            self.actions["dark"].setChecked(bool(on))
        app = QApplication.instance()
        if app is not None:
            th.apply_palette(app, self.theme)
        for v in (self.data_view, self.curves, self.grad_view, self.layer_view, self.diagram,
                  self.metrics_view):
            v.apply_theme(self.theme)

    def set_large_fonts(self, on=True):
        if self.actions["large_fonts"].isChecked() != bool(on):
            self.actions["large_fonts"].setChecked(bool(on))
        app = QApplication.instance()
        if app is None:
            return
        # the normal size lives on the app: a second window must not scale a scaled font
        if app.property("annstudio_base_pt") is None:
            app.setProperty("annstudio_base_pt", app.font().pointSizeF())
        scale = LARGE_FONT_SCALE if on else 1.0
        if on and getattr(self, "_normal_dock_widths", None) is None:
            self._normal_dock_widths = [d.width() for d in self.docks.values()]
        f = app.font()
        f.setPointSizeF(float(app.property("annstudio_base_pt")) * scale)
        app.setFont(f)
        self.diagram.setFont(f)
        # widgets with a style sheet keep the font they were polished with: re-polish them;
        # a QComboBox forgets its cached minimum size on a style change, not a font change
        # (left alone, a dock stays wide after larger fonts are turned off)
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QWidget
        for w in self.findChildren(QWidget):
            if w.styleSheet():
                w.setStyleSheet(w.styleSheet())
            if isinstance(w, QComboBox):
                QApplication.sendEvent(w, QEvent(QEvent.StyleChange))
                w.updateGeometry()
        # pyqtgraph draws its axes with its own fonts: scale ticks and labels too
        import pyqtgraph as pg
        for gv in self.findChildren(pg.GraphicsView):
            for item in gv.scene().items():
                if isinstance(item, pg.AxisItem):
                    item.setTickFont(f)
                    item.label.setFont(f)
                    item.resizeEvent()
        docks = list(self.docks.values())
        if on:
            # the panels need room for the bigger text, but the plots keep ~3/5
            # of a small window (at 1024 px, docks of 475 px left them too little)
            cap = max(DOCK_WIDTH, int(0.42 * self.width()))
            minimum = min(int(DOCK_WIDTH * scale), cap)
            widths = []
            for d in docks:
                d.setMinimumWidth(minimum)
                panel = d.widget().widget() if hasattr(d.widget(), "widget") else d.widget()
                widths.append(min(max(minimum, panel.sizeHint().width() + 24), cap))
        else:
            for d in docks:
                d.setMinimumWidth(DOCK_WIDTH)
            widths = getattr(self, "_normal_dock_widths", None) or [DOCK_WIDTH] * len(docks)
            self._normal_dock_widths = None
        self.resizeDocks(docks, widths, Qt.Horizontal)

    def set_torch_order(self, on=True):
        self.layer_view.set_torch_order(on)
        self.network_panel.set_torch_order(on)
        self.grad_view.set_torch_order(on)
        self.diagram.torch_order = bool(on)
        self.diagram.update()

    # ================================================================ settings and close
    def _restore_settings(self):
        s = self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1366, 768)
            screen = QApplication.primaryScreen()
            height = screen.availableGeometry().height() if screen is not None else 768
            if height < 900:
                self.default_dock_layout(split=False)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        default_sizes = {"central": [460, 540], "left": [640, 230], "right": [300, 420]}
        for key, sp in self.splitters.items():
            v = s.value(f"window/splitter_{key}")
            if isinstance(v, QByteArray) and not v.isEmpty():
                sp.restoreState(v)
            else:
                sp.setSizes(default_sizes[key])   # proportions; Qt scales them to the window
        if get_bool(s, "view/dark"):
            self.actions["dark"].setChecked(True)
            self.set_dark(True)
        if get_bool(s, "view/large_fonts"):
            self.actions["large_fonts"].setChecked(True)
            self.set_large_fonts(True)
        if get_bool(s, "view/torch_order"):
            self.actions["torch_order"].setChecked(True)
            self.set_torch_order(True)
        self.curves.log_box.setChecked(get_bool(s, "view/log_loss"))
        self.curves.step_box.setChecked(get_bool(s, "view/step_loss"))

    def save_settings(self):
        s = self.settings
        s.setValue("version", 1)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for key, sp in self.splitters.items():
            s.setValue(f"window/splitter_{key}", sp.saveState())
        s.setValue("view/dark", self.actions["dark"].isChecked())
        s.setValue("view/large_fonts", self.actions["large_fonts"].isChecked())
        s.setValue("view/torch_order", self.actions["torch_order"].isChecked())
        s.setValue("view/log_loss", self.curves.log_box.isChecked())
        s.setValue("view/step_loss", self.curves.step_box.isChecked())
        s.setValue("last/experiment", json.dumps(self._experiment.to_dict()))
        s.sync()

    def closeEvent(self, ev):
        for guard in list(self.close_guards):
            if not guard():
                ev.ignore()
                return
        self.shutdown()
        ev.accept()

    def shutdown(self):
        """Stop the timer, the worker thread and the engine process (waits for both)."""
        if getattr(self, "_shut", False):
            return
        self._shut = True
        self.timer.stop()
        compare_windows.close_all(self)
        try:
            self.save_settings()
        finally:
            self.client.shutdown()
            # the font and palette belong to the app: hand them back as they were (a later
            # window in this process would otherwise start large or dark without knowing)
            app = QApplication.instance()
            base = app.property("annstudio_base_pt") if app is not None else None
            if base is not None and app.font().pointSizeF() != float(base):
                f = app.font()
                f.setPointSizeF(float(base))
                app.setFont(f)
            if app is not None and self.theme.dark:
                th.apply_palette(app, th.LIGHT)
