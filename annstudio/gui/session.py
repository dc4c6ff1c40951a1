"""The session: the one model behind the main window (Qt signals, no widgets).

It owns the experiment, the data, the engine client (and through it the run record), the
weights the views show, the file path and the modified flag, and it is the ONE place that
changes them. Panels, the toolbar, the inspector, files and lessons send it intents
(`set_network`, `set_hyperparameters`, `add_point`, `run`, `load`, …); the window and the
views follow its signals. Nothing here draws: a test can drive a `Session` with a
`gui.fake_engine.FakeEngineClient` and no window at all.

Each hyperparameter has one copy in the GUI process, here (``experiment.optimizer.params``,
``experiment.training``): an edit from the toolbar or the Training panel comes in as
`set_hyperparameters` (or `set_optimizer`, `set_training`), is forwarded to the engine, and
`hyperparametersChanged` tells every editor to show it. The echo stops twice: an editor
shows the value with its own signals blocked, and `set_hyperparameters` drops the values
equal to those it holds (a second editor's echo sends nothing). The engine client keeps no
copy: it asks the session (`_engine_configuration`) when it restarts the engine.
"""
from __future__ import annotations

import copy

import numpy as np
from PySide6.QtCore import Signal

from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import TASK_OUTPUT, DatasetSpec
from annstudio.core.network import Layer, Network
from annstudio.core.views import ViewGeometry
from annstudio.engines import messages as m
from annstudio.gui.i18n import translate
from annstudio.gui.predictions import PredictionRecord
from annstudio.gui.session_engine import SessionEngine


class Session(SessionEngine):
    """One experiment being edited and trained. ``client_factory(parent, configuration=…)``
    makes the engine client (`gui.worker.EngineClient`, or `gui.fake_engine.FakeEngineClient`
    in tests), which asks ``configuration()`` for the experiment when it restarts the engine;
    the engine's signals, state and commands are `SessionEngine`'s."""

    experimentChanged = Signal()          # any edit of the experiment (files: modified)
    specsReplaced = Signal()              # a new experiment (load, New): panels show it again
    hyperparametersChanged = Signal(dict)  # e.g. {"lr": 0.05}: every editor shows it
    dataChanged = Signal(object, bool)    # the Dataset, keep the plot's range (drawn points)
    networkBuilt = Signal(object)         # a new Network (sizes, activations, initial weights)
    weightsShown = Signal(object)         # [(W, b)] computed here, before the engine answers
    weightsChanged = Signal(object)       # a Network with the latest weights (slow views)
    pointPicked = Signal(object)          # {"index", "x", "x_user", "y", "split"}
    runningChanged = Signal(bool)
    runTargetChanged = Signal()           # the epoch count or the run's target changed
    modifiedChanged = Signal(bool)
    filePathChanged = Signal(object)
    errorRaised = Signal(str, str)        # title, message: the window shows one box
    engineRequested = Signal(str)         # an engine switch was asked for (status: busy)
    challengeChanged = Signal(object)     # the open challenge (`io.classroom.Challenge`) or None
    epochsDone = Signal(int)              # a snapshot after another epoch (or a new run)

    def __init__(self, experiment, client_factory, parent=None):
        super().__init__(parent)
        self._experiment = experiment.copy()
        self.data = None
        self.geometry = None              # ViewGeometry of the data (boundary grid)
        self.weights = None               # [(W, b)] the views show (latest snapshot or local)
        self.snapshot = None              # the last snapshot taken from the engine
        self.file_path = None
        self.untitled_name = None         # what the title calls a run with no file yet
        self.modified = False
        self.running = False
        self.run_target = None            # the epoch the current (or paused) Run stops at
        self.picked = None                # index into data.X of the inspected point
        self.switch_pending = False       # an engine switch is under way
        self._engine_batch = experiment.training.batch_size   # the batch size the engine has
        self._network_data = (None, None, None)
        self._epochs_seen = 0             # epochs done at the last snapshot (epochsDone)
        self.challenge = None             # the challenge this run is for (its locks, limits)
        self.predictions = PredictionRecord(self)   # the predict-then-check answers given here
        self._attach(client_factory(self, configuration=self._engine_configuration))
        self.engineStateChanged.connect(self._on_state)
        self.diverged.connect(lambda _reason: self._set_running(False))
        self.crashed.connect(lambda _why: self._set_running(False))

    # ================================================================ reading
    @property
    def experiment(self):
        """The current `Experiment` (a copy: change it through the intents)."""
        return self._experiment.copy()

    def _engine_configuration(self):
        """(Experiment, Dataset) the engine must have now: what the client configures a
        restarted engine process with (called on its pipe thread)."""
        return self._experiment.copy(), self.data

    @property
    def history(self):
        """The run's `History` so far (a copy)."""
        return self.client.history_copy()

    def epochs_done(self):
        return self.client.epochs_done()

    @property
    def standardizer(self):
        """`core.standardize.Standardizer` between the user's units and the network's inputs
        (None when standardisation is off)."""
        return None if self.data is None else self._experiment.standardizer(self.data)

    def network_input(self, X):
        """Points in the user's units → what the network takes: x̃ = (x − μ)/s."""
        st = self.standardizer
        return np.asarray(X, dtype=float) if st is None else st.transform(X)

    @property
    def target_standardizer(self):
        """The regression targets' `Standardizer` (ŷ = z_0 s_y + μ_y), or None."""
        return None if self.data is None else self._experiment.target_standardizer(self.data)

    @property
    def network_data(self):
        """The dataset as the network sees it (standardised copy, or `data` itself); the
        same object until the data or the standardisation change (the inspector keys on it)."""
        st = (self.standardizer, self.target_standardizer)
        data, cached_st, net_data = self._network_data
        if net_data is None or data is not self.data or cached_st != st:
            self._network_data = (self.data, st, self._experiment.network_data(self.data))
        return self._network_data[2]

    def activations(self):
        """φ of every layer, the output's resolved from the task ("auto")."""
        spec = self._experiment.network
        out = TASK_OUTPUT[self.data.task] if spec.output == "auto" else spec.output
        return list(spec.activations) + [out]

    def network(self, weights=None):
        """A NumPy `Network` with ``weights`` (default: those the views show)."""
        weights = self.weights if weights is None else weights
        return Network([Layer(np.array(W, dtype=float), np.array(b, dtype=float), a)
                        for (W, b), a in zip(weights, self.activations())])

    def steps_per_epoch(self):
        return -(-self.data.n_train // self._experiment.training.batch_size)

    # ================================================================ file state
    def set_modified(self, modified=True):
        modified = bool(modified)
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)

    def set_file_path(self, path, untitled_name=None):
        """``untitled_name``: what the title calls the run while it has no file (an opened
        hand-in: "Ada's hand-in"); a path, or another run without one, drops it."""
        self.file_path = path
        self.untitled_name = untitled_name if path is None else None
        self.filePathChanged.emit(path)

    def _edited(self):
        self.set_modified(True)
        self.experimentChanged.emit()

    # ================================================================ whole experiment
    def start(self, data=None):
        """Install the first data (``data`` or built from the spec) and configure the engine."""
        self._install_data(data if data is not None else self.build_data(self._experiment.dataset))
        self.configure_engine()

    def load(self, experiment, data=None, weights=None, history=None, resume=None,
             challenge=None, answers=()):
        """Replace everything (stops training first): Open, New and the lessons use it.
        ``resume(data)`` → a full engine state (`io.experiment_file.Loaded.engine_state`):
        the run carries on exactly where the file's stopped, its optimizer state (Adam's
        moments, a momentum buffer) and its place in the epoch included. Returns False
        (and says why) when the data cannot be built; a state that does not fit the data
        raises `AnnStudioError` before anything is replaced. ``challenge``: the challenge
        this run is for (None, as for New and the lessons: no challenge), ``answers`` the
        predictions a reopened run kept (added to `predictions`)."""
        experiment = experiment.copy()
        experiment.validate()
        if data is None:
            data = self.build_data(experiment.dataset)
            if data is None:
                return False
        resumed = resume(data) if resume is not None else None
        self.client.pause()
        self._experiment = experiment
        self._engine_batch = experiment.training.batch_size
        # before the panels show the new specs: leaving a challenge gives the locked fields
        # back, then each panel greys what its own rules grey
        self.set_challenge(challenge)
        self.predictions.merge(list(answers))
        self.specsReplaced.emit()
        self._install_data(data)
        state = resumed
        if state is None and history is not None:
            net = experiment.build_network(data)
            if weights is not None:
                net.set_weights(weights)
            state = {"weights": net.get_weights(), "optimizer": None,
                     "epoch": len(history.epochs), "batch_index": 0,
                     "step_count": len(history.step_loss), "history": history}
        self.configure_engine(weights=weights, state=state)
        self.experimentChanged.emit()
        return True

    def set_challenge(self, challenge):
        """The challenge this run is for (`io.classroom.Challenge`), or None."""
        self.challenge = challenge
        self.challengeChanged.emit(challenge)

    def set_weights(self, weights):
        """[(W, b)] in API order: pushed to the engine; every view is redrawn now."""
        net = self.network()
        net.set_weights(weights)          # checks shapes: AnnStudioError names the layer
        w = net.get_weights()
        self.client.set_weights(w)
        self.show_weights(w)
        self.weightsChanged.emit(self.network(w))
        self.set_modified(True)

    def show_weights(self, weights):
        self.weights = weights
        self.weightsShown.emit(weights)

    # ================================================================ data
    def build_data(self, spec):
        """The Dataset of ``spec`` (a CSV is read off the GUI thread), or None after saying why."""
        try:
            from annstudio.io.csvdata import from_spec   # every spec: CSV, shipped, generated
            if spec.name == "csv":
                from annstudio.gui.busy import read_off_thread   # a slow disk: keep painting
                return read_off_thread(self.parent(), translate("Session", "Reading the CSV file…"),
                                       from_spec, spec)
            return from_spec(spec)
        except AnnStudioError as err:
            self.errorRaised.emit(translate("Session", "Dataset"), str(err))
            return None

    def _install_data(self, data, keep_range=False):
        if data is None:
            from annstudio.core import datasets
            data = datasets.make("moons")
        self.data = data
        # mean and scale of this data's training split (kept while points are drawn/erased)
        if not keep_range:
            self._experiment.fit_standardizer(data)
        self.geometry = ViewGeometry(data, standardizer=self.standardizer,
                                     target=self.target_standardizer)
        self.picked = None
        self.dataChanged.emit(data, keep_range)

    def set_dataset_spec(self, spec):
        """New data from ``spec``; for a CSV already imported, its points split again with
        the spec's test fraction and seed (the file is not read again)."""
        old = self._experiment.dataset
        if spec.name == "csv" and old.name == "csv":
            spec, data = self._split_again(spec.test_fraction, spec.seed)
        else:
            data = self.build_data(spec)
        if data is None:
            return
        self._experiment.dataset = spec
        self._install_data(data)
        self._reconfigure()

    def _split_again(self, test_fraction, seed):
        """(spec, data): the imported points with another train/test split, or (None, None)
        after saying why."""
        from annstudio.core import datasets
        old = self._experiment.dataset
        try:
            data = datasets.resplit(self.data, test_fraction, seed,
                                    was=(old.test_fraction, old.seed))
        except AnnStudioError as err:
            self.errorRaised.emit(translate("Session", "Dataset"), str(err))
            return None, None
        spec = copy.deepcopy(old)
        spec.test_fraction, spec.seed = float(test_fraction), int(seed)
        data.spec = copy.deepcopy(spec)
        return spec, data

    def set_standardize(self, on):
        """The same points, fed to a new network as x̃ or x."""
        self._experiment.dataset.standardize = bool(on)
        self._install_data(self.data)
        self._reconfigure()

    def set_standardize_targets(self, on):
        """The same points, a new network learning ỹ = (y − μ_y)/s_y or y itself."""
        self._experiment.dataset.standardize_targets = bool(on)
        self._install_data(self.data)
        self._reconfigure()

    def set_csv_data(self, data):
        self._experiment.dataset = copy.deepcopy(data.spec)
        self._install_data(data)
        self._reconfigure()

    def set_derived_features(self, features):
        """Derived inputs (x₁², …) for CSV or drawn data: computed from its x1, x2."""
        from annstudio.core import datasets
        try:
            data = datasets.with_features(self.data, features)
        except AnnStudioError as err:
            self.errorRaised.emit(translate("Session", "Derived features"), str(err))
            return
        data.spec = copy.deepcopy(self._experiment.dataset)
        data.spec.features = list(features)
        self._experiment.dataset = copy.deepcopy(data.spec)
        self._install_data(data)
        self._reconfigure()

    def add_point(self, xy, label):
        d = self.data
        base = slice(None, 2) if d.n_features > 2 else slice(None)
        try:
            new = d.with_points(np.vstack([d.X_train[:, base], [xy]]),
                                np.append(d.y_train, label), d.X_test[:, base], d.y_test)
        except AnnStudioError as err:
            self.errorRaised.emit(translate("Session", "Add point"), str(err))
            return
        self._set_edited_data(new)

    def remove_point(self, i):
        """Remove point ``i`` of data.X (train first, then test)."""
        d = self.data
        keep_tr = np.ones(d.n_train, bool)
        keep_te = np.ones(d.n_test, bool)
        if i < d.n_train:
            keep_tr[i] = False
        else:
            keep_te[i - d.n_train] = False
        if keep_tr.sum() < 1:
            self.errorRaised.emit(translate("Session", "Erase"),
                                  translate("Session", "the last training point cannot be removed"))
            return
        base = slice(None, 2) if d.n_features > 2 else slice(None)
        self._set_edited_data(d.with_points(d.X_train[keep_tr][:, base], d.y_train[keep_tr],
                                            d.X_test[keep_te][:, base], d.y_test[keep_te]))

    def _set_edited_data(self, new):
        old = self._experiment.dataset
        new.spec = DatasetSpec(name="points", n=len(new), noise=old.noise, seed=old.seed,
                               test_fraction=old.test_fraction, classes=old.classes,
                               features=list(old.features), standardize=old.standardizes(),
                               mean=old.mean, scale=old.scale)
        self._experiment.dataset = copy.deepcopy(new.spec)
        self._install_data(new, keep_range=True)
        self.client.set_data(new)
        if self.weights is not None:
            self.show_weights(self.weights)
        self._edited()

    def pick_point(self, i):
        """Select point ``i`` of data.X (train first, then test): emits ``pointPicked``."""
        d = self.data
        split = "train" if i < d.n_train else "test"
        j = i if split == "train" else i - d.n_train
        X = d.X_train if split == "train" else d.X_test
        y = d.y_train if split == "train" else d.y_test
        self.picked = i
        self.pointPicked.emit({"index": int(j), "x": self.network_input(X[j]),
                               "x_user": X[j].copy(), "y": y[j].item(), "split": split})

    # ================================================================ network and training
    def set_network(self, spec):
        self._experiment.network = spec
        self._reconfigure()

    def set_optimizer(self, spec):
        """A new optimizer (or a non-live hyperparameter): the engine rebuilds its optimizer."""
        self._experiment.optimizer = spec
        self.hyperparametersChanged.emit(dict(spec.params))
        self.client.send(m.SetOptimizer(spec.name, dict(spec.params)))
        self._edited()

    def set_hyperparameters(self, hp):
        """Live edits (lr, momentum, …) from the toolbar or the Training panel."""
        params = self._experiment.optimizer.params
        hp = {k: v for k, v in hp.items() if params.get(k) != v}
        if not hp:
            return
        # a new dict, not an update in place: the client's pipe thread may be copying the
        # experiment for a restart (`_engine_configuration`)
        self._experiment.optimizer.params = {**params, **hp}
        if set(hp) == {"lr"}:
            self.client.set_lr(hp["lr"])
        else:
            self.client.set_hyperparameters(**hp)
        self.hyperparametersChanged.emit(hp)
        self._edited()

    def set_lr(self, lr):
        self.set_hyperparameters({"lr": lr})

    def set_training(self, batch_size, epochs):
        """Batch size and epoch count (0: until stopped); a new batch size rebuilds the
        engine's optimizer state."""
        tr = self._experiment.training
        tr.batch_size, tr.epochs = int(batch_size), int(epochs)
        if not self.running:
            self.run_target = None        # the next Run counts to the new epoch count
        if tr.batch_size != self._engine_batch:
            self._engine_batch = tr.batch_size
            self.client.send(m.SetBatchSize(tr.batch_size))
        self.runTargetChanged.emit()
        self._edited()

    def set_engine(self, engine, device):
        tr = self._experiment.training
        tr.engine, tr.device = engine, device
        self.switch_pending = True
        self.client.switch_engine(engine, device)
        self.engineRequested.emit(engine)
        self._edited()

    def engine_failed(self):
        """The engine could not start: the old one keeps running; the experiment says so."""
        self.switch_pending = False
        tr = self._experiment.training
        tr.engine, tr.device = self.client.engine_name, self.client.device


    def _reconfigure(self):
        self.configure_engine()
        self._edited()

    def configure_engine(self, weights=None, state=None):
        """Build the network here (same seed as the engine: the views show it at once) and
        hand the experiment to the engine."""
        exp = self._experiment
        try:
            exp.validate()
            net = exp.build_network(self.data)
            if state is not None:
                net.set_weights(state["weights"])
            elif weights is not None:
                net.set_weights(weights)
        except AnnStudioError as err:
            self.errorRaised.emit(translate("Session", "Network"), str(err))
            return
        w = net.get_weights()
        self.run_target = None
        self._epochs_seen = -1            # the first snapshot of this run says its epochs
        if state is None:
            self.client.clear_record()
        self.client.configure(exp, self.data, weights=w if state is None else None, state=state)
        self.networkBuilt.emit(net)
        self.show_weights(w)
        self._set_running(False)

    # ================================================================ run control
    def toggle_run(self):
        if self.running:
            self.pause()
        else:
            self.run()

    def run(self):
        if self.running:
            return
        self.run_target = self.next_target()
        self.client.run(epochs=self.run_target, more=self._experiment.training.epochs or None)
        self._set_running(True)
        self.set_modified(True)           # training changes the weights: work to save

    def run_epochs(self, n):
        """Train exactly ``n`` more epochs, None: until paused (scripts: --screenshot,
        --self-test, benchmarks); the Run button keeps counting to the experiment's epochs."""
        self.client.run(epochs=None if n is None else self.epochs_done() + n, more=n)
        self._set_running(True)
        self.set_modified(True)

    def pause(self):
        if self.running:
            self.client.pause()
            self._set_running(False)

    def step_batch(self):
        self.client.step_batch()
        self._set_running(False)
        self.set_modified(True)

    def step_epoch(self):
        self.client.step_epoch()
        self._set_running(False)
        self.set_modified(True)

    def reset(self):
        """New initial weights, history cleared."""
        self.configure_engine()
        self.set_modified(True)

    def next_target(self):
        """The epoch the next Run stops at: the paused run's target, else the epoch count;
        a run that already reached it continues for that many more epochs."""
        n = self._experiment.training.epochs
        if not n:
            return None                   # until stopped
        done = self.epochs_done()
        if self.run_target is not None and done < self.run_target:
            return self.run_target
        return n if done < n else done + n

    def run_label(self):
        """What Run ▶ does now: (button text, tooltip)."""
        if self.running:
            return translate("Session", "Pause ❚❚"), translate("Session", "Pause training  [Space]")
        n = self._experiment.training.epochs
        run = translate("Session", "Run ▶")
        if not n:
            return run, translate("Session", "Train until you press Pause  [Space]")
        done, target = self.epochs_done(), self.next_target()
        if done == 0:
            return run, translate("Session", "Train for {n} epochs  [Space]").format(n=n)
        if target - done == n and done >= n:
            return (translate("Session", "Run ▶ (+{n} epochs)").format(n=n),
                    translate("Session", "Continue for {n} more epochs (to epoch {target})  [Space]").format(
                        n=n, target=target))
        return run, translate("Session", "Continue to epoch {target} ({more} more)  [Space]").format(
            target=target, more=target - done)

    def run_labels(self):
        """Every text `run_label` can give with this epoch count (the toolbar sizes Run ▶ to
        the widest, so the buttons after it stay put)."""
        n = self._experiment.training.epochs
        return (translate("Session", "Run ▶"), translate("Session", "Pause ❚❚")) + (
            (translate("Session", "Run ▶ (+{n} epochs)").format(n=n),) if n else ())

    def _set_running(self, running):
        self.running = bool(running)
        self.runningChanged.emit(self.running)

    def _on_state(self, running, _reason):
        self._set_running(running)

    # ================================================================ snapshots
    def take_snapshot(self):
        """The engine's newest snapshot (None if nothing new): its weights become the shown ones."""
        snap = self.client.take()
        if snap is None:
            return None
        self.snapshot = snap
        self.weights = snap.weights
        done = self.epochs_done()
        if done != self._epochs_seen:
            self._epochs_seen = done
            self.epochsDone.emit(done)
        if snap.running and self.running and not self.modified:
            self.set_modified(True)       # still training after a save: unsaved again
        return snap

