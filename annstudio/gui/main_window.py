"""The main window: lays out the panels, views and docks, and connects them to the session.

The window owns no experiment state: `gui.session.Session` (``window.session``) holds the
experiment, data, engine client, weights, file path and modified flag and is the one place
that changes them (see docs/architecture.md). Here widgets are built and placed, panel
edits are connected to the session's intents, and the session's signals to what the
panels show. Elsewhere: `gui.actions` (actions, menus, toolbar), `gui.frames` (snapshot →
views), `gui.status`, `gui.engine_messages`, `gui.appearance` (theme, fonts), `gui.help`;
the plug-ins (`gui.files`, `gui.inspector`, the lesson panel, …) are constructed from one
`gui.services.Services`, and what each returns is kept here.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDockWidget, QMainWindow, QMessageBox, QScrollArea,
                               QSplitter, QTabWidget)

from annstudio.gui import (actions, challenge_dialog, challenge_mode, classroom, compare_windows,
                           files, inspector, run_timeline, screen, start_panel)
from annstudio.gui.appearance import DOCK_WIDTH, Appearance
from annstudio.gui.engine_messages import EngineMessages
from annstudio.gui.frames import ViewDriver
from annstudio.gui.help import Help
from annstudio.gui.i18n import translate
from annstudio.gui.panels import lesson
from annstudio.gui.panels.dataset import DatasetPanel
from annstudio.gui.panels.network import NetworkPanel
from annstudio.gui.panels.training import TrainingPanel
from annstudio.gui.presets import first_run_experiment
from annstudio.gui.services import Services
from annstudio.gui.session import Session
from annstudio.gui.settings import (SETTINGS_VERSION, VERSION_KEY, get_bool, last_experiment,
                                    make_settings)
from annstudio.gui.status import StatusBar
from annstudio.gui.views.curves import CurvesView, GradNormView
from annstudio.gui.views.data_view import DataView
from annstudio.gui.views.diagram import NetworkDiagram
from annstudio.gui.views.layers import LayerView
from annstudio.gui.views.metrics import MetricsView
from annstudio.gui.widgets import sentence
from annstudio.gui.worker import EngineClient


class MainWindow(QMainWindow):
    """``client_factory(parent, configuration=…)`` makes the engine client (tests: `FakeEngineClient`)."""

    def __init__(self, experiment=None, data=None, settings=None, parent=None,
                 client_factory=EngineClient, check_recovery=True):
        super().__init__(parent)
        self.settings = settings if settings is not None else make_settings()
        exp = experiment or last_experiment(self.settings) or first_run_experiment()
        self.session = s = Session(exp, client_factory, self)
        # the session's signals under the names the inspector, files and lessons use
        self.weightsChanged, self.pointPicked = s.weightsChanged, s.pointPicked
        self.experimentChanged, self.modifiedChanged = s.experimentChanged, s.modifiedChanged
        self.last_error = None
        self.error_box = None
        self.close_guards = []
        self.open_file_handler = None
        self.actions, self.menus = {}, {}
        self.closed = False
        # set by the modules constructed last (files, inspector, lesson panel)
        self.files = self.inspector_dock = self.lesson_panel = None
        self.lesson_dock = self.show_lesson = None
        self.start_panel = None
        self.classroom = self.challenges = self.challenge_mode = None
        self._fitted_size = None          # the size `gui.screen` chose, until the first show

        self.setWindowTitle("ANN Studio")
        self.setDockOptions(QMainWindow.AnimatedDocks | QMainWindow.AllowTabbedDocks)
        self.appearance, self.help = Appearance(self), Help(self)
        self._build_panels()
        self._build_views()
        self.services = sv = self._services()
        actions.build_actions(self, s)
        actions.build_menus(self, sv)
        self.compare = compare_windows.install(sv)     # race, landscape, timeline
        self.compare_views = self.compare.views
        self.toolbar = actions.build_toolbar(self, s)
        self.status = StatusBar(self.statusBar(), s, self)
        self.status_labels, self.engine_busy = self.status.labels, self.status.engine_busy
        self.views = ViewDriver(self, s, self)
        self.engine_messages = EngineMessages(self, s)
        self.run_timeline = run_timeline.install(sv)   # scrub back, branch
        self._connect()
        self._restore_settings()
        s.start(data)
        self.files = files.FileActions(
            s, parent=self, settings=self.settings, actions=self.actions, menus=self.menus,
            close_guards=self.close_guards, show_error=self.show_error,
            show_status=self.statusBar().showMessage, new_experiment=self.new_experiment,
            engine_state=self.run_timeline.engine_state, plot=self.curves.glw,
            show_lesson=lambda loaded, plan: self.show_lesson(loaded, plan),
            check_recovery=check_recovery)
        self.open_file_handler = self.files.open_path
        self.inspector_dock = inspector.install(sv, self.files)
        self.lesson_panel, self.lesson_dock, self.show_lesson = lesson.install(sv, self.files)
        self.start_panel = start_panel.install(sv)   # shown by the app for a person's window only
        # a challenge's banner, locks and limits
        self.challenge_mode = challenge_mode.install(sv, self.files, self.lesson_panel,
                                                     self.inspector_dock, self.toolbar_lr)
        self.classroom = classroom.install(sv, self.files)  # File ▸ Hand in…, Class ▸ Collect…
        self.challenges = challenge_dialog.install(sv, self.classroom.run, self.classroom.tell)

    def _services(self):
        """What the plug-ins may use of this window (`gui.services`)."""
        return Services(
            session=self.session, settings=self.settings, actions=self.actions,
            menus=self.menus, parent=self, show_error=self.show_error,
            add_dock=lambda dock, area: self.addDockWidget(area, dock),
            pick_point=self.pick_point,
            dataset_panel=self.dataset_panel, network_panel=self.network_panel,
            training_panel=self.training_panel, panels_dock=self.docks["dataset"],
            curves=self.curves, view_tabs=self.view_tabs, layer_view=self.layer_view,
            grad_view=self.grad_view)

    # ================================================================ layout
    def _build_panels(self):
        exp = self.session.experiment
        self.dataset_panel = DatasetPanel(exp.dataset)
        self.network_panel = NetworkPanel(exp.network)
        self.training_panel = TrainingPanel(exp.optimizer, exp.training)
        self.training_panel.buttons.hide()      # the toolbar has Run / Step / Reset
        self.docks = {}
        for key, title, panel in (
                ("dataset", translate("MainWindow", "Dataset"), self.dataset_panel),
                ("network", translate("MainWindow", "Network"), self.network_panel),
                ("training", translate("MainWindow", "Training"), self.training_panel)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.NoFrame)
            scroll.setWidget(panel)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            dock.setWidget(scroll)
            dock.setMinimumWidth(DOCK_WIDTH)
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
        self.resizeDocks([d["network"]], [DOCK_WIDTH], Qt.Horizontal)

    def _build_views(self):
        self.data_view = DataView()
        self.diagram = NetworkDiagram()
        self.curves = CurvesView()
        self.grad_view = GradNormView()
        self.layer_view = LayerView()
        self.metrics_view = MetricsView()
        left = QSplitter(Qt.Vertical)
        left.addWidget(self.data_view)
        left.addWidget(self.diagram)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.view_tabs = QTabWidget()
        self.view_tabs.addTab(self.layer_view, translate("MainWindow", "Layers"))
        self.view_tabs.addTab(self.grad_view,
                               translate("MainWindow", "Gradient norms"))
        self.view_tabs.addTab(self.metrics_view, translate("MainWindow", "Metrics"))
        self.view_tabs.setTabToolTip(
            self.view_tabs.count() - 1,
            translate("MainWindow", "Confusion matrix, precision and recall (classification) or "
                                    "R², MAE and predicted vs true (regression) of the current "
                                    "weights"))
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
        for name, sp in (("central", self.central), ("left", left), ("right", right)):
            sp.setObjectName(f"{name}_splitter")
        self.splitters = {"central": self.central, "left": left, "right": right}
        self.setCentralWidget(self.central)

    # ================================================================ wiring
    def _connect(self):
        """Panels → the session's intents; the session → what the panels show."""
        s = self.session
        dp, np_, tp = self.dataset_panel, self.network_panel, self.training_panel
        # each of these starts the run again: a trained, unsaved run is asked about first
        dp.specChanged.connect(self._asking("dataset", s.set_dataset_spec))
        dp.csvLoaded.connect(self._asking("dataset", s.set_csv_data))
        dp.standardizeChanged.connect(self._asking("dataset", s.set_standardize))
        dp.standardizeTargetsChanged.connect(self._asking("dataset", s.set_standardize_targets))
        dp.featuresChanged.connect(self._asking("dataset", s.set_derived_features))
        dp.toolChanged.connect(lambda tool: self.data_view.mark_point(None)
                               if tool != "inspect" else None)
        np_.changed.connect(self._asking("network", s.set_network))
        tp.optimizerChanged.connect(s.set_optimizer)
        tp.hyperparametersChanged.connect(s.set_hyperparameters)
        tp.trainingChanged.connect(s.set_training)
        tp.engineChanged.connect(s.set_engine)
        tp.probeRequested.connect(s.probe_devices)
        tp.runToggled.connect(s.toggle_run)
        tp.stepBatchClicked.connect(s.step_batch)
        tp.stepEpochClicked.connect(s.step_epoch)
        tp.resetClicked.connect(s.reset)
        tp.speedChanged.connect(s.set_speed)
        s.set_speed(*tp.speed())
        self.data_view.clicked.connect(self.on_data_click)
        self.data_view.inspectAt.connect(self.inspect_nearest)

        s.specsReplaced.connect(self._show_specs)
        s.hyperparametersChanged.connect(tp.show_hyperparameters)
        s.dataChanged.connect(self._show_data_info)
        s.networkBuilt.connect(lambda _net: tp.status_label.setText(""))
        s.runningChanged.connect(self._on_running)
        s.runTargetChanged.connect(self.show_run_label)
        s.modifiedChanged.connect(lambda _m: self.update_title())
        s.filePathChanged.connect(lambda _p: self.update_title())
        s.errorRaised.connect(self.show_error)
        s.deviceReasons.connect(tp.set_device_reasons)

    def _asking(self, before, intent):
        """``intent`` behind "Save the changes before …?" (`gui.files`), as Open asks: the
        edit would replace a trained run with an untrained one. Cancel puts the panels
        back as they were; the run, the data and the network are untouched."""
        def guarded(*args):
            if self.files is not None and not self.files.confirm_new_run(before):
                self._show_specs()
                self._show_data_info(self.session.data, True)
                return
            intent(*args)
        return guarded

    def _show_specs(self):
        exp = self.session.experiment
        self.dataset_panel.set_spec(exp.dataset)
        self.network_panel.set_spec(exp.network)
        self.training_panel.set_specs(exp.optimizer, exp.training)

    def _show_data_info(self, data, _keep_range):
        self.dataset_panel.set_data_info(data)
        self.network_panel.set_task(data.task, data.n_features, data.n_outputs)

    def on_data_click(self, x, y, button):
        """A click in the data view: inspect, erase or add a point (the Dataset panel's tool)."""
        s, dv, tool = self.session, self.data_view, self.dataset_panel.tool()
        if tool == "inspect":
            i = dv.nearest(x, y)
            if i is not None:
                self.pick_point(i)
        elif dv.kind != "plane":
            return
        elif tool == "erase" or button == 2:
            i = dv.nearest(x, y)
            if i is not None:
                s.remove_point(i)
        else:
            s.add_point([x, y], self.dataset_panel.new_point_label())

    def inspect_nearest(self, x, y):
        """Key I in the data view: the point nearest the keyboard cursor, at any distance."""
        i = self.data_view.nearest(x, y, max_px=float("inf"))
        if i is not None:
            self.pick_point(i)

    def pick_point(self, i):
        """Select point ``i`` of data.X for the inspector (marked in the data view)."""
        self.data_view.mark_point(self.data_view.coords[i])
        self.session.pick_point(i)

    # ================================================================ what scripts use
    @property
    def experiment(self):
        return self.session.experiment

    @property
    def data(self):
        return self.session.data

    @property
    def history(self):
        return self.session.history

    @property
    def network_data(self):
        return self.session.network_data

    @property
    def modified(self):
        return self.session.modified

    @property
    def file_path(self):
        return self.session.file_path

    def network(self):
        return self.session.network()

    def load_experiment(self, experiment, data=None, weights=None, history=None, resume=None,
                        challenge=None, answers=()):
        return self.session.load(experiment, data=data, weights=weights, history=history,
                                 resume=resume, challenge=challenge, answers=answers)

    def set_weights(self, weights):
        self.session.set_weights(weights)

    def set_modified(self, modified=True):
        self.session.set_modified(modified)

    def set_file_path(self, path, untitled_name=None):
        self.session.set_file_path(path, untitled_name)

    def new_experiment(self):
        self.session.set_file_path(None)
        self.session.load(first_run_experiment())
        self.session.set_modified(False)

    def update_title(self):
        path = self.session.file_path
        name = (self.session.untitled_name or translate("MainWindow", "untitled")) if not path \
            else str(path).replace("\\", "/").rsplit("/", 1)[-1]
        self.setWindowTitle(translate("MainWindow", "{name} — ANN Studio").format(
            name=name + (" •" if self.session.modified else "")))

    def show_error(self, title, message):
        """Tell the user (non-blocking message box); the text is kept in ``last_error``."""
        self.last_error = (str(title), sentence(message))
        if self.error_box is None:
            self.error_box = QMessageBox(self)
            self.error_box.setIcon(QMessageBox.Warning)
            self.error_box.setStandardButtons(QMessageBox.Ok)
            self.error_box.setModal(False)
        box = self.error_box
        box.setWindowTitle(f"ANN Studio — {title}")
        head, _, detail = sentence(message).partition("\n\n")
        box.setText(head)
        box.setDetailedText(detail)
        box.show()
        self.status.set_state(title)

    # ================================================================ run state
    def _on_running(self, running):
        self.training_panel.set_running(running)
        if running:
            self.training_panel.status_label.setText("")
        self.show_run_label()

    def show_run_label(self):
        text, tip = self.session.run_label()
        a = self.actions["run"]
        a.setText(text)                   # Qt ignores unchanged texts: cheap per frame
        a.setToolTip(tip)
        a.setStatusTip(tip)
        self.training_panel.run_button.setText(text)
        self.training_panel.run_button.setToolTip(tip)

    def show_run_progress(self, epoch):
        """The toolbar's "epoch 12 / 50" and the Run button's text, from a snapshot."""
        target = self.session.run_target or self.session.experiment.training.epochs
        self.toolbar_info.setText(
            translate("MainWindow", "epoch {epoch} / {target}").format(
                epoch=epoch, target=max(target, epoch)) if target else
            translate("MainWindow", "epoch {epoch}").format(epoch=epoch))
        self.show_run_label()

    # ================================================================ settings and close
    def _restore_settings(self):
        s = self.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            # fresh settings: within the screen's free area, however small (a 1024×600
            # netbook or projector), with the panels as tabs where height is short
            area = screen.fit_window(self)
            self._fitted_size = self.size()
            if area.height() < 900:
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
        look = self.appearance
        # the light theme's palette too (its highlight darkened to WCAG AA, `theme.PALETTES`)
        look.set_theme(look.theme)
        for key, apply in (("dark", look.set_dark), ("high_contrast", look.set_high_contrast),
                           ("large_fonts", look.set_large_fonts),
                           ("presentation", look.set_presentation),
                           ("torch_order", look.set_torch_order)):
            if get_bool(s, f"view/{key}"):
                apply(True)
        self.curves.log_box.setChecked(get_bool(s, "view/log_loss"))
        self.curves.step_box.setChecked(get_bool(s, "view/step_loss"))

    def save_settings(self):
        s = self.settings
        s.setValue(VERSION_KEY, SETTINGS_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for key, sp in self.splitters.items():
            s.setValue(f"window/splitter_{key}", sp.saveState())
        for key in actions.VIEW_TOGGLES:
            s.setValue(f"view/{key}", self.appearance.remembered(key))
        s.setValue("view/log_loss", self.curves.log_box.isChecked())
        s.setValue("view/step_loss", self.curves.step_box.isChecked())
        s.setValue("last/experiment", json.dumps(self.session.experiment.to_dict()))
        s.sync()

    def showEvent(self, ev):
        super().showEvent(ev)
        if self._fitted_size is not None:
            # the window system draws its frame only now: fit again with the real frame,
            # unless someone chose the size since (--size, a test, the user)
            fitted, self._fitted_size = self._fitted_size == self.size(), None
            if fitted:
                QTimer.singleShot(0, lambda: None if self.closed else screen.fit_window(self))

    def closeEvent(self, ev):
        for guard in list(self.close_guards):
            if not guard():
                ev.ignore()
                return
        self.shutdown()
        ev.accept()

    def shutdown(self):
        """Stop the timer, the worker thread and the engine process (waits for both)."""
        if self.closed:
            return
        self.closed = True
        self.views.timer.stop()
        self.compare.close_all()
        self.files.stop_autosave()
        try:
            self.save_settings()
        finally:
            self.session.shutdown()
            self.appearance.restore_app()
