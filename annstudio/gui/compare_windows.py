"""The main window's Compare menu: an optimizer race, the loss landscape of the
current weights, and the timeline of a recorded run of the current experiment — each in
its own window, owned by the main window and closed (its child process stopped) with it.

`install(services)` adds the menu and returns `CompareWindows`; its `close_all` is called by
the window's shutdown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annstudio.core import race as core_race
from annstudio.gui.i18n import translate


class CompareWindows:
    """The Compare menu and the windows it opened (``views``: key → the open view)."""

    def __init__(self, services):
        self.services = sv = services
        self.session = sv.session
        self.views = {}
        m = QMenu(translate("compare_windows", "&Compare"), sv.parent)
        help_menu = sv.menus.get("help")
        if help_menu is not None:       # before Help, as menus usually are
            sv.parent.menuBar().insertMenu(help_menu.menuAction(), m)
        else:
            sv.parent.menuBar().addMenu(m)
        sv.menus["compare"] = m
        for key, text, tip, fn in (
                ("compare_race", translate("compare_windows", "Optimizer &race…"),
                 translate("compare_windows", "Train several optimizers from the same initial "
                           "weights on the same batches"),
                 self.open_race),
                ("compare_landscape", translate("compare_windows", "Loss &landscape…"),
                 translate("compare_windows", "The training loss over a plane through the "
                           "current weights; click to move there"),
                 self.open_landscape),
                ("compare_timeline", translate("compare_windows", "&Timeline and branches…"),
                 translate("compare_windows", "Record a run of this experiment, scrub back "
                           "through it and branch with other settings"), self.open_timeline)):
            a = QAction(text, sv.parent)
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.triggered.connect(lambda _=False, fn=fn: fn())
            m.addAction(a)
            sv.actions[key] = a

    def _show(self, key, view, title):
        old = self.views.get(key)
        if old is not None:
            old.close()
        # its own window, destroyed with the main one
        view.setParent(self.services.parent, Qt.Window)
        view.setAttribute(Qt.WA_DeleteOnClose, False)
        view.setWindowTitle(translate("compare_windows", "{title} — ANN Studio").format(
            title=title))
        view.resize(1366, 768)
        self.views[key] = view
        view.show()
        return view

    def open_race(self):
        from annstudio.gui.views.race import RaceView
        s = self.session
        exp = s.experiment
        view = RaceView()
        # identical initial weights: the experiment's own (its seed), as a fresh Run starts
        # the network's view of the data (standardised when the experiment says so), as in Run
        view.set_problem(exp.build_network(s.data), exp.network_data(s.data),
                         batch_size=exp.training.batch_size, seed=exp.training.seed)
        current = _settings_text(exp)
        if current not in view.racers():       # the window's own setting races too
            if view.racer_list.count() >= core_race.MAX_RACERS:
                view.racer_list.takeItem(view.racer_list.count() - 1)
            view.racer_list.insertItem(0, current)
        view.epochs.setValue(exp.training.epochs or 30)
        return self._show("race", view, translate("compare_windows", "Optimizer race"))

    def open_landscape(self):
        from annstudio.gui.views.landscape import LandscapeView
        s = self.session
        view = LandscapeView()
        view.set_problem(s.network(), s.experiment.network_data(s.data), None)
        view.info.setText(translate("compare_windows", "The map of the window's current weights "
                                    "(random directions: the window's live run keeps no "
                                    "recorded path; the Timeline window's runs do). Press "
                                    "Compute map; a click sets the window's weights there."))

        def apply(theta):
            net = s.network()
            net.theta[...] = theta
            s.set_weights(net.get_weights())

        view.weights_changed.connect(apply)
        return self._show("landscape", view, translate("compare_windows", "Loss landscape"))

    def open_timeline(self):
        from annstudio.core.views import net_spec
        from annstudio.gui.child_job import ChildJob
        from annstudio.gui.views.timeline import TimelineView
        s = self.session
        exp = s.experiment
        view = TimelineView()
        view.position.setText(translate("compare_windows", "recording {epochs} epochs of "
                                        "{settings} from the experiment's initial "
                                        "weights…").format(
            epochs=exp.training.epochs or 30, settings=_settings_text(exp)))
        net = exp.build_network(s.data)
        data = exp.network_data(s.data)
        job = ChildJob("record", {"net": net_spec(net), "data": data,
                                    "optimizer": exp.optimizer.name,
                                    "hyperparameters": dict(exp.optimizer.params),
                                    "epochs": exp.training.epochs or 30,
                                    "batch_size": exp.training.batch_size,
                                    "seed": exp.training.seed}, parent=view)
        view.job = job
        job.done.connect(lambda msg: view.set_run(net, data, msg["timeline"],
                                                  _settings_text(exp),
                                                  exp.training.batch_size, exp.training.seed))
        job.failed.connect(lambda text: view.message.setText(text))
        return self._show("timeline", view, translate("compare_windows", "Timeline"))

    def close_all(self):
        """Close the compare windows and stop their child processes (the window shuts down)."""
        for view in list(self.views.values()):
            job = view.job               # each compare view runs its own child job
            if job is not None and job.running:
                job.stop()
            view.close()
        self.views.clear()


def install(services):
    """The Compare menu for the main window of ``services`` (`gui.services.Services`)."""
    return CompareWindows(services)


def _settings_text(exp):
    return core_race.label(exp.optimizer.name, exp.optimizer.params)
