"""The step-through inspector: one data point through the forward pass and backprop.

`install(services, files)` (called by `MainWindow.__init__` with its
`gui.services.Services`) docks it beside the main window's data view, connects the
window's "inspector" action (Ctrl+I, made by `gui.actions`), follows the session's
``weightsChanged``, ``pointPicked`` and ``experimentChanged``, and adds the lecture's ¬XOR
preset (``PRESETS["not_xor"]``) and Lessons-menu entries.
Standalone: ``python -m annstudio.gui.inspector`` (the ¬XOR network).
"""
from __future__ import annotations


import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget

from annstudio.core import inspect as ins
from annstudio.gui.i18n import translate
from annstudio.gui.inspector.widget import (InspectorWidget, not_xor_dataset,
                                            preset_network_and_data)
from annstudio.gui.presets import PRESETS

__all__ = ["InspectorWidget", "InspectorDock", "install", "not_xor_preset",
           "not_xor_dataset", "preset_network_and_data"]


def not_xor_preset():
    """(Experiment, Dataset, weights) of the lecture's hand-set ¬XOR network (§2): the
    catalogue's one (`io.catalogue.not_xor`)."""
    from annstudio.io.catalogue import not_xor
    return not_xor()


class InspectorDock(QDockWidget):
    """The inspector as a dock of ``host`` (the main window as a QMainWindow: the dock is
    placed and tabified there) for ``session``; ``panels`` is the Dataset panels' dock it
    opens over on a narrow screen, ``order_action`` View ▸ PyTorch layer order (or None),
    ``files`` the window's `gui.files` (asks before a preset replaces the work; or None).
    ``predictionAnswered`` passes on its Predict mode's answers
    (`InspectorWidget.predictionAnswered`)."""

    predictionAnswered = Signal(object)

    def __init__(self, host, session, panels=None, order_action=None, files=None):
        super().__init__(translate("InspectorDock", "Step-through inspector"), host)
        self.setObjectName("inspector_dock")
        self.host, self.session = host, session
        self._panels, self._files = panels, files
        # built on first use (opening the dock, a clicked point, a test): its tables cost
        # ~1 s of the window's start-up on a busy 2-core box
        self._inspector = None
        self._stale = False
        session.weightsChanged.connect(self._weights_changed)
        session.pointPicked.connect(self.inspect_point)
        session.experimentChanged.connect(self._experiment_changed)
        # One numbering for the whole app: View ▸ PyTorch layer order and the inspector's
        # own toggle follow each other.
        self._order_action = order_action
        if self._order_action is not None:
            self._order_action.toggled.connect(self._order_toggled)

    @property
    def inspector(self):
        """The `InspectorWidget`, built the first time anything asks for it."""
        if self._inspector is None:
            s = self.session
            # the network's own inputs: standardised points when the run standardises
            self._inspector = InspectorWidget(s.network, data=lambda: s.network_data,
                                              set_weights=s.set_weights,
                                              load_preset=self._load_preset,
                                              origin=self._origin,
                                              optimizer=self._optimizer())
            self.setWidget(self._inspector)
            self._inspector.predictionAnswered.connect(self.predictionAnswered)
            self._stale = False                  # it has just read the window's network
            if self._order_action is not None:
                self._inspector.numbering_combo.currentIndexChanged.connect(self._sync_order)
                if self._order_action.isChecked():
                    self._inspector.set_numbering("pytorch")
        return self._inspector

    def _order_toggled(self, on):
        if self._inspector is not None:
            self._inspector.set_numbering("pytorch" if on else "lecture")

    def _sync_order(self, *_):
        want = self.inspector.numbering.mode == "pytorch"
        if self._order_action.isChecked() != want:
            self._order_action.trigger()     # checks it and relabels the app's views

    def _optimizer(self):
        """(name, hyperparameters) of the session's experiment: the step tab uses the same
        optimizer and lr as training."""
        opt = self.session.experiment.optimizer
        return opt.name, dict(opt.params)

    def _origin(self):
        """Where the session's current weights come from, for a clicked W or b."""
        s = self.session
        exp = s.experiment
        snap = s.latest_snapshot()
        steps = snap.step if snap is not None else None
        at_init = None
        if not steps:
            try:
                fresh = exp.build_network(s.data).get_weights()
                now = s.network().get_weights()
                at_init = all(np.array_equal(a, b) for p, q in zip(fresh, now)
                              for a, b in zip(p, q))
            except Exception:  # noqa: BLE001  (a description only)
                at_init = None
        return ins.origin_text(steps, exp.network.init, exp.network.seed, at_init)

    def _experiment_changed(self):
        if self._inspector is None:
            return                   # not built yet: it reads the experiment when it is
        self.inspector.set_optimizer(*self._optimizer())
        if not self.isVisible():
            self._stale = True
            return
        self.inspector.on_weights_changed(self.session.network())

    def _load_preset(self, name):
        make = PRESETS.get(name)
        if make is None and name == "lecture_moons":
            from annstudio.core.experiment import lecture_moons
            make = lambda: (lecture_moons(), None, None)  # noqa: E731
        if make is None:
            raise ins.AnnStudioError(f"unknown preset {name!r}")
        exp, data, weights = make()
        # a preset replaces the work like any lesson: ask first (Cancel keeps everything)
        files = self._files
        if files is not None and not files.confirm_discard("lesson"):
            return
        if self.session.load(exp, data=data, weights=weights) is not False \
                and files is not None:
            files.set_path(None)
            self.session.set_modified(False)

    def _weights_changed(self, snapshot):
        if not self.isVisible():
            self._stale = True       # catch up when shown: no work while hidden
            return
        self.inspector.on_weights_changed(snapshot)

    def showEvent(self, event):
        super().showEvent(event)
        self.inspector                        # noqa: B018  (build it on first show)
        if self._stale:
            self._stale = False
            self.inspector.on_weights_changed(self.session.network())

    NARROW = 1700      # px: below this the inspector goes over the panels, not beside them
    WIDTH = 540

    def present(self):
        """Show the dock where it leaves the data view room. On a screen narrower than
        `NARROW` a fourth dock on the right squeezed the plots to slivers (seen at 1366×768),
        so there it opens as a tab over the Dataset/Network/Training panels, widened."""
        w, panels = self.host, self._panels
        self.inspector                        # noqa: B018  (built before it is shown)
        narrow = w.width() < self.NARROW and panels is not None and not self.isFloating()
        if narrow and self not in w.tabifiedDockWidgets(panels):
            w.tabifyDockWidget(panels, self)
        self.show()
        self.raise_()
        if narrow:
            w.resizeDocks([self], [self.WIDTH], Qt.Horizontal)

    def dismiss(self):
        self.hide()
        panels = self._panels
        if panels is not None and self in self.host.tabifiedDockWidgets(panels):
            self.host.resizeDocks([panels], [340], Qt.Horizontal)

    def inspect_point(self, point):
        """A point clicked in the data view: show the dock and step through it."""
        self.present()
        if self._stale:
            self._stale = False
            self.inspector.on_weights_changed(self.session.network())
        self.inspector.set_point(point)
        self.inspector.tabs.setCurrentIndex(0)


def install(services, files):
    """Dock the inspector (hidden until asked for) for ``services`` (`gui.services.Services`)
    and wire it up; ``files`` (`gui.files`) asks before a preset replaces the work."""
    PRESETS.setdefault("not_xor", not_xor_preset)
    dock = InspectorDock(services.parent, services.session, panels=services.panels_dock,
                         order_action=services.actions["torch_order"], files=files)
    services.add_dock(dock, Qt.RightDockWidgetArea)
    dock.hide()
    action = services.actions["inspector"]  # "Step-through inspector", Ctrl+I (gui.actions)
    action.triggered.connect(lambda *_: _toggle(dock))

    lessons = services.menus.get("lessons")
    if lessons is not None:
        # by the lessons' names (the actions' data), which no translation changes
        existing = " ".join(str(a.data() or "") for a in lessons.actions())
        a = lessons.addAction(translate("inspector", "Step through ¬XOR by hand (inspector)"))
        a.triggered.connect(lambda *_: _open_preset(dock, "not_xor"))
        if "moons" not in existing:
            b = lessons.addAction(translate("inspector", "Lecture moons"))
            b.triggered.connect(lambda *_: _open_preset(dock, "lecture_moons"))
    return dock


def _toggle(dock):
    if dock.isVisible():
        dock.dismiss()
    else:
        dock.present()


def _open_preset(dock, name):
    dock.present()
    dock.inspector.load_preset(name)
