"""Training panel: the optimizer with only its own hyperparameters (tooltips give the
update formula and how the lecture writes it), batch size, epochs or "until stopped",
engine and device, the speed (steps per second, full speed, or one step per frame), and
Run ▶ / Pause, Step (one batch, one epoch), Reset.

Run alone: ``python -m annstudio.gui.panels.training``.
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QVBoxLayout, QWidget)

from annstudio.core import optimizers, schema
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import OptimizerSpec, TrainingSpec
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import num, translate
from annstudio.gui.widgets import MessageLine, NumberEdit, section_label
from annstudio.gui.theme import QUIET

# labels and help texts are marked here and translated where shown
# (translate("TrainingPanel", text)); the keys stay as the experiment files write them
OPTIMIZER_NAMES = {
    "sgd": QT_TRANSLATE_NOOP("TrainingPanel", "SGD (+ momentum)"),
    "lecture_momentum": QT_TRANSLATE_NOOP("TrainingPanel", "Momentum (lecture form)"),
    "adagrad": QT_TRANSLATE_NOOP("TrainingPanel", "Adagrad"),
    "rmsprop": QT_TRANSLATE_NOOP("TrainingPanel", "RMSprop"),
    "lecture_rmsprop": QT_TRANSLATE_NOOP("TrainingPanel", "RMSProp (lecture form)"),
    "adam": QT_TRANSLATE_NOOP("TrainingPanel", "Adam")}
LECTURE_FORM = {
    "sgd": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Lecture: W ← W − η ∇Q(W) (lr = η); torch's momentum μ keeps a "
                         "velocity v."),
    "lecture_momentum": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Lecture: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, "
                         "ΔW_0 = 0 (lr = α, eta = η); lecture run: α = 0.04, η = 0.7."),
    "adagrad": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Lecture: each gradient component is divided by the square root of "
                         "the running sum of its squares, step rate η; its formula writes + "
                         "(a typo). Its code puts ε inside the root, √(G + ε); torch and this "
                         "app add it outside, √G + ε."),
    "rmsprop": QT_TRANSLATE_NOOP(
        "TrainingPanel", "torch's RMSprop keeps v per component; its alpha is the lecture's "
                         "γ (not the α of the lecture's momentum). The lecture's form keeps "
                         "one v per matrix (choose 'RMSProp (lecture form)')."),
    "lecture_rmsprop": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Lecture's code: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (one v per "
                         "matrix); it starts v at 1 and has no ε (this app starts v at 0 and "
                         "adds ε). Its formula divides by v, its code by √v (the app follows "
                         "the code)."),
    "adam": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Not the lecture's training loop (that is SGD): Adam appears among "
                         "its other optimizers, as torch.optim.Adam (lr 1e-3)."),
}
HP_HELP = {
    "lr": QT_TRANSLATE_NOOP(
        "TrainingPanel", "learning rate: the step size (η in the lecture, α in its momentum "
                         "form)"),
    "momentum": QT_TRANSLATE_NOOP(
        "TrainingPanel", "momentum μ: v ← μv + (1−dampening)∇ (0 = plain SGD)"),
    "dampening": QT_TRANSLATE_NOOP(
        "TrainingPanel", "dampening: how much of the new gradient enters the velocity"),
    "weight_decay": QT_TRANSLATE_NOOP(
        "TrainingPanel", "weight decay λ: adds λW to the gradient (L2 penalty)"),
    "nesterov": QT_TRANSLATE_NOOP("TrainingPanel", "Nesterov momentum: step with ∇ + μv"),
    "eta": QT_TRANSLATE_NOOP(
        "TrainingPanel", "η: weight of the new gradient in ΔW_t = (1−η)ΔW_{t−1} + η∇"),
    "lr_decay": QT_TRANSLATE_NOOP("TrainingPanel", "lr decay: lr_t = lr / (1 + (t−1)·decay)"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP(
        "TrainingPanel", "the starting value of the sum of squared gradients G"),
    "eps": QT_TRANSLATE_NOOP("TrainingPanel", "ε: keeps the division finite"),
    "alpha": QT_TRANSLATE_NOOP(
        "TrainingPanel", "α: decay of the running average v of squared gradients (the "
                         "lecture's γ)"),
    "centered": QT_TRANSLATE_NOOP(
        "TrainingPanel", "centred: divide by the square root of the variance estimate "
                         "instead of the root mean square"),
    "gamma": QT_TRANSLATE_NOOP(
        "TrainingPanel", "γ: decay of the running average v = γv + (1−γ)‖∇‖²"),
    "betas": QT_TRANSLATE_NOOP(
        "TrainingPanel", "β₁, β₂: decays of the running means of ∇ and ∇²"),
    "amsgrad": QT_TRANSLATE_NOOP("TrainingPanel", "AMSGrad: use the maximum of v seen so far"),
}
HP_LABEL = {
    "lr": QT_TRANSLATE_NOOP("TrainingPanel", "Learning rate"),
    "momentum": QT_TRANSLATE_NOOP("TrainingPanel", "Momentum μ"),
    "dampening": QT_TRANSLATE_NOOP("TrainingPanel", "Dampening"),
    "weight_decay": QT_TRANSLATE_NOOP("TrainingPanel", "Weight decay"),
    "nesterov": QT_TRANSLATE_NOOP("TrainingPanel", "Nesterov"),
    "eta": QT_TRANSLATE_NOOP("TrainingPanel", "η (eta)"),
    "lr_decay": QT_TRANSLATE_NOOP("TrainingPanel", "lr decay"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("TrainingPanel", "Initial G"),
    "eps": QT_TRANSLATE_NOOP("TrainingPanel", "ε (eps)"),
    "alpha": QT_TRANSLATE_NOOP("TrainingPanel", "α (alpha)"),
    "centered": QT_TRANSLATE_NOOP("TrainingPanel", "Centred"),
    "gamma": QT_TRANSLATE_NOOP("TrainingPanel", "γ (gamma)"),
    "betas": QT_TRANSLATE_NOOP("TrainingPanel", "β₁, β₂"),
    "amsgrad": QT_TRANSLATE_NOOP("TrainingPanel", "AMSGrad")}
ENGINE_NAMES = {"numpy": QT_TRANSLATE_NOOP("TrainingPanel", "NumPy"),
                "torch": QT_TRANSLATE_NOOP("TrainingPanel", "PyTorch"),
                "auto": QT_TRANSLATE_NOOP("TrainingPanel", "Auto")}
ENGINES = tuple((key, ENGINE_NAMES.get(key, key))
                for key in schema.field("training.engine").allowed())
# The speed slider's stops, in steps per second; None = as fast as the engine can.
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, None)
# The first run (`io.catalogue.first_run_experiment`) takes 40 steps an epoch: at 500 steps/s
# its 150 epochs last 12 s on any machine at least that fast, long enough to watch the
# boundary bend around the moons (at full speed: ~3 s here). The engine paces by the clock
# (`engines.host.Host.throttled`), so a faster machine does not shorten it.
DEFAULT_SPEED = 500
DEVICES = (("cpu", QT_TRANSLATE_NOOP("TrainingPanel", "CPU")),
           ("cuda", QT_TRANSLATE_NOOP("TrainingPanel", "CUDA (NVIDIA GPU)")),
           ("mps", QT_TRANSLATE_NOOP("TrainingPanel", "MPS (Apple GPU)")))


def speed_text(steps_per_s, per_frame=False):
    """'500 steps/s', 'full speed' or 'per frame': the speed as the panel and toolbar say it."""
    if per_frame:
        return translate("training", "per frame")
    return translate("training", "full speed") if steps_per_s is None else \
        translate("training", "{speed} steps/s").format(speed=num(steps_per_s, ","))


class TrainingPanel(QWidget):
    """Edits the optimizer and training specs and drives the run.

    The optimizer and its hyperparameters are what the fields show, nothing more: the
    panel sends each edit out (the window: to the session, which holds the one copy) and
    shows what it is told (`set_specs`, `show_hyperparameters`). Choosing another optimizer
    starts it at its own defaults, so no other optimizer's values need keeping."""

    optimizerChanged = Signal(object)     # OptimizerSpec: name or a non-live hyperparameter
    hyperparametersChanged = Signal(dict)  # applied live (lr, momentum, …) while running
    trainingChanged = Signal(int, int)    # batch size, epochs (0: until stopped)
    engineChanged = Signal(str, str)      # engine, device
    probeRequested = Signal()
    runToggled = Signal()
    stepBatchClicked = Signal()
    stepEpochClicked = Signal()
    resetClicked = Signal()
    speedChanged = Signal(object, bool)   # steps per second (None = full speed), per frame
    hyperparametersRebuilt = Signal()     # the optimizer's fields were made anew

    def __init__(self, optimizer=None, training=None, parent=None):
        super().__init__(parent)
        training = training or TrainingSpec()
        self._building = False
        self._hp_widgets = {}
        self.device_reasons = {}
        self.running = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self._build_buttons(outer)
        self._build_optimizer_box(outer)
        self._build_training_box(outer)
        self._build_messages(outer)
        self._init_engines()
        self.set_specs(optimizer or OptimizerSpec(), training)
        self._show_speed()

    # ----- construction (called once, from __init__, in the panel's top-to-bottom order) -----
    def _build_buttons(self, outer):
        """Run ▶ / Pause across the top; Step batch, Step epoch, Reset under it."""
        buttons = QGridLayout()
        self.run_button = QPushButton(translate("TrainingPanel", "Run ▶"))
        self.run_button.setToolTip(
            translate("TrainingPanel", "Train until the epoch count (or until paused)  [Space]"))
        f = self.run_button.font()
        f.setBold(True)
        self.run_button.setFont(f)
        self.run_button.setMinimumHeight(30)
        self.run_button.clicked.connect(self.runToggled)
        self.step_batch_button = QPushButton(translate("TrainingPanel", "Step batch"))
        self.step_batch_button.setToolTip(translate("TrainingPanel", "Train one mini-batch  [S]"))
        self.step_batch_button.clicked.connect(self.stepBatchClicked)
        self.step_epoch_button = QPushButton(translate("TrainingPanel", "Step epoch"))
        self.step_epoch_button.setToolTip(
            translate("TrainingPanel", "Train to the end of this epoch"))
        self.step_epoch_button.clicked.connect(self.stepEpochClicked)
        self.reset_button = QPushButton(translate("TrainingPanel", "Reset"))
        self.reset_button.setToolTip(
            translate("TrainingPanel", "New initial weights (same seed), history cleared  [R]"))
        self.reset_button.clicked.connect(self.resetClicked)
        buttons.addWidget(self.run_button, 0, 0, 1, 3)
        buttons.addWidget(self.step_batch_button, 1, 0)
        buttons.addWidget(self.step_epoch_button, 1, 1)
        buttons.addWidget(self.reset_button, 1, 2)
        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.buttons)

    def _build_optimizer_box(self, outer):
        """The optimizer choice, the form of its hyperparameters and the lecture's formula."""
        outer.addWidget(section_label(translate("TrainingPanel", "Optimizer")))
        self.opt_combo = QComboBox()
        for name in schema.field("optimizer.name").allowed():
            label = OPTIMIZER_NAMES.get(name, name)        # marked where it is written
            self.opt_combo.addItem(translate("TrainingPanel", label), name)
            self.opt_combo.setItemData(self.opt_combo.count() - 1, self._tip(name), Qt.ToolTipRole)
        self.opt_combo.currentIndexChanged.connect(self._on_optimizer)
        outer.addWidget(self.opt_combo)
        self.hp_form = QFormLayout()
        self.hp_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        outer.addLayout(self.hp_form)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet(QUIET)
        outer.addWidget(self.formula_label)

    def _build_training_box(self, outer):
        """Batch size, epochs, engine, device and speed, as one form."""
        outer.addWidget(section_label(translate("TrainingPanel", "Training")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.batch_edit = NumberEdit.for_field("training.batch_size", TrainingSpec.batch_size)
        self.batch_edit.valueChanged.connect(self._on_training)
        form.addRow(translate("TrainingPanel", "Batch size"), self.batch_edit)
        self._build_epochs_row(form)
        self._build_engine_rows(form)
        self._build_speed_rows(form)
        outer.addLayout(form)

    def _build_epochs_row(self, form):
        """The epoch count and its "until stopped" box."""
        ep_row = QHBoxLayout()
        self.epochs_edit = NumberEdit.for_field("training.epochs", max(1, TrainingSpec.epochs))
        self.epochs_edit.set_help(
            translate("TrainingPanel", "Run stops after this many epochs in total ({bounds})")
            .format(bounds=self.epochs_edit.field.bounds_text(
                *self.epochs_edit.field.editor_range())))
        self.epochs_edit.valueChanged.connect(self._on_training)
        self.forever_box = QCheckBox(translate("TrainingPanel", "until stopped"))
        self.forever_box.setToolTip(translate("TrainingPanel", "Run until you press Pause"))
        self.forever_box.toggled.connect(self._on_training)
        ep_row.addWidget(self.epochs_edit, 1)
        ep_row.addWidget(self.forever_box)
        form.addRow(translate("TrainingPanel", "Epochs"), ep_row)

    def _build_engine_rows(self, form):
        self.engine_combo = QComboBox()
        for key, text in ENGINES:
            self.engine_combo.addItem(translate("TrainingPanel", text), key)
        self.engine_combo.currentIndexChanged.connect(self._on_engine)
        form.addRow(translate("TrainingPanel", "Engine"), self.engine_combo)
        self.device_combo = QComboBox()
        for key, text in DEVICES:
            self.device_combo.addItem(translate("TrainingPanel", text), key)
        self.device_combo.currentIndexChanged.connect(self._on_engine)
        form.addRow(translate("TrainingPanel", "Device"), self.device_combo)

    def _build_speed_rows(self, form):
        """The speed slider (steps per second, see SPEEDS) and "one step per frame"."""
        speed_row = QHBoxLayout()
        self.speed_slider = QSlider(Qt.Horizontal)
        self.speed_slider.setAccessibleName(translate("TrainingPanel", "Training speed"))
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TicksBelow)
        self.speed_slider.setValue(SPEEDS.index(DEFAULT_SPEED))
        self.speed_slider.setToolTip(
            translate("TrainingPanel", "How fast training runs: slow enough to watch each step "
                                       "move the boundary, or as fast as the engine can"))
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(self.speed_label.fontMetrics().horizontalAdvance(
            speed_text(2000) + " "))
        self.frame_box = QCheckBox(translate("TrainingPanel", "one step per frame"))
        self.frame_box.setToolTip(
            translate("TrainingPanel", "Each step waits until the window has drawn the last one"))
        self.speed_slider.valueChanged.connect(self._on_speed)
        self.frame_box.toggled.connect(self._on_speed)
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_label)
        form.addRow(translate("TrainingPanel", "Speed"), speed_row)
        form.addRow("", self.frame_box)

    def _build_messages(self, outer):
        """The line for invalid input and the status line under the form."""
        self.message = MessageLine()
        outer.addWidget(self.message)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        outer.addStretch(1)
        for edit, key in ((self.batch_edit, "batch"), (self.epochs_edit, "epochs")):
            edit.validityChanged.connect(lambda m, key=key: self.message.report(key, m))

    # ----- public -----
    def optimizer_spec(self):
        """The optimizer and hyperparameters the fields show (their last accepted values)."""
        return OptimizerSpec(self.opt_combo.currentData(), self._shown_params())

    def _shown_params(self):
        out = {}
        for key, w in self._hp_widgets.items():
            if isinstance(w, tuple):
                out[key] = tuple(float(e.value()) for e in w)
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            else:
                out[key] = w.value()
        return out

    def shown_training(self):
        """What the training fields show: batch size, epochs (0: until stopped), engine,
        device. The session's experiment holds the spec; the panel keeps no copy of it."""
        return {"batch_size": int(self.batch_edit.value()),
                "epochs": 0 if self.forever_box.isChecked() else int(self.epochs_edit.value()),
                "engine": self.engine_combo.currentData(),
                "device": self.device_combo.currentData()}

    def set_specs(self, optimizer, training):
        self._building = True
        self.opt_combo.setCurrentIndex(max(self.opt_combo.findData(optimizer.name), 0))
        self._build_hp(dict(optimizer.params))
        self.batch_edit.setValue(int(training.batch_size))
        self.epochs_edit.setValue(int(training.epochs) if training.epochs else 50)
        self.forever_box.setChecked(training.epochs == 0)
        self.epochs_edit.setEnabled(training.epochs != 0)
        self.engine_combo.setCurrentIndex(max(self.engine_combo.findData(training.engine), 0))
        self.device_combo.setCurrentIndex(max(self.device_combo.findData(training.device), 0))
        self.message.clear_all()
        self._building = False

    def set_running(self, running):
        self.running = running
        self.run_button.setText(translate("TrainingPanel", "Pause ❚❚") if running
                                else translate("TrainingPanel", "Run ▶"))
        self.run_button.setToolTip(
            translate("TrainingPanel", "Pause training  [Space]") if running else
            translate("TrainingPanel", "Train until the epoch count (or until paused)  [Space]"))

    def speed(self):
        """(steps per second or None for full speed, one step per frame?)"""
        return SPEEDS[self.speed_slider.value()], self.frame_box.isChecked()

    def set_device_reasons(self, reasons):
        """{device: None or why it cannot be used} from the engine process's probe."""
        self.device_reasons = dict(reasons, _probed=True)
        self._apply_device_reasons()

    def show_hyperparameters(self, hp):
        """Show values the session holds (the toolbar's learning rate, this panel's own
        edit coming back) with the fields' signals blocked: nothing is sent back."""
        for key, v in hp.items():
            w = self._hp_widgets.get(key)
            if w is None:
                continue                  # not this optimizer's
            for edit, value in (zip(w, v) if isinstance(w, tuple) else ((w, v),)):
                with QSignalBlocker(edit):
                    if isinstance(edit, QCheckBox):
                        edit.setChecked(bool(value))
                    elif isinstance(edit, NumberEdit):
                        edit.setValue(float(value) if isinstance(w, tuple) else value)

    def show_engine(self, engine, device):
        """Show the engine the session runs (``engine`` None: keep the combo's choice, e.g.
        "auto") without sending engineChanged."""
        self._building = True
        try:
            if engine is not None:
                self.engine_combo.setCurrentIndex(max(self.engine_combo.findData(engine), 0))
            self.device_combo.setCurrentIndex(max(self.device_combo.findData(device), 0))
        finally:
            self._building = False

    def hp_edit(self, key):
        return self._hp_widgets.get(key)

    def hp_widgets(self):
        """Every field of the optimizer's hyperparameters (β₁ and β₂ each)."""
        out = []
        for w in self._hp_widgets.values():
            out += list(w) if isinstance(w, tuple) else [w]
        return out

    def editors(self):
        """Every number editor (tests type bad values into each)."""
        out = [self.batch_edit, self.epochs_edit]
        for w in self._hp_widgets.values():
            out += [x for x in (w if isinstance(w, tuple) else (w,)) if isinstance(x, NumberEdit)]
        return out

    # ----- building -----
    @staticmethod
    def _tip(name):
        return f"{optimizers.FORMULAS[name]}\n{translate('TrainingPanel', LECTURE_FORM[name])}"

    def _build_hp(self, params):
        """The fields of the chosen optimizer's hyperparameters, showing ``params`` (its
        defaults where a value is missing)."""
        while self.hp_form.rowCount():
            self.hp_form.removeRow(0)
        self._hp_widgets = {}
        name = self.opt_combo.currentData()
        defaults = optimizers.defaults(name)
        params = {**defaults, **params}
        tip = self._tip(name)
        for key, default in defaults.items():
            value = params[key]
            help_ = (translate("TrainingPanel", HP_HELP[key]) if key in HP_HELP else key) \
                + "\n\n" + tip
            label = translate("TrainingPanel", HP_LABEL[key]) if key in HP_LABEL else key
            if isinstance(default, bool):
                w = QCheckBox()
                w.setChecked(bool(value))
                w.setToolTip(help_)
                w.toggled.connect(lambda v, key=key: self._on_hp(key, bool(v)))
                self.hp_form.addRow(label, w)
            elif key == "betas":
                b1 = NumberEdit("β₁ (betas[0])", float(value[0]), "float", 0.0, 1.0,
                                max_inclusive=False, check=lambda v: self._check_beta(0, v))
                b2 = NumberEdit("β₂ (betas[1])", float(value[1]), "float", 0.0, 1.0,
                                max_inclusive=False, check=lambda v: self._check_beta(1, v))
                row = QHBoxLayout()
                for i, e in enumerate((b1, b2)):
                    e.set_help(help_)
                    e.valueChanged.connect(lambda _v: self._on_beta())
                    e.validityChanged.connect(lambda m, i=i: self.message.report(f"beta{i}", m))
                    row.addWidget(e)
                w = (b1, b2)
                self.hp_form.addRow(label, row)
            else:
                w = NumberEdit(key if key != "lr" else
                               translate("TrainingPanel", "learning rate"), value, "float",
                               check=lambda v, key=key: self._check_hp(key, v))
                w.set_help(help_)
                w.valueChanged.connect(lambda v, key=key: self._on_hp(key, v))
                w.validityChanged.connect(lambda m, key=key: self.message.report(key, m))
                self.hp_form.addRow(label, w)
            self._hp_widgets[key] = w
        self.formula_label.setText(optimizers.FORMULAS[name])
        self.formula_label.setToolTip(tip)
        self.opt_combo.setToolTip(tip)
        self.hyperparametersRebuilt.emit()

    def _check_hp(self, key, v):
        # the core validates every hyperparameter: the same sentence as the CLI's
        hp = self._shown_params()
        hp[key] = v
        optimizers.create(self.opt_combo.currentData(), **hp)

    def _check_beta(self, i, v):
        betas = list(self._shown_params()["betas"])
        betas[i] = float(v)
        self._check_hp("betas", tuple(betas))

    def _init_engines(self):
        from annstudio.engines.torch_support import torch_unavailable_reason
        reason = torch_unavailable_reason()   # a find_spec: does not import torch
        model = self.engine_combo.model()
        if reason and isinstance(model, QStandardItemModel):
            item = model.item(self.engine_combo.findData("torch"))
            item.setEnabled(False)
            item.setToolTip(reason)
        for dev in ("cuda", "mps"):
            self.device_reasons[dev] = reason or translate(
                "TrainingPanel", "choose the PyTorch engine to check this device")
        self.device_reasons["cpu"] = None
        self._apply_device_reasons()

    def _apply_device_reasons(self):
        model = self.device_combo.model()
        for i in range(self.device_combo.count()):  # noqa: SIM113
            dev = self.device_combo.itemData(i)
            reason = self.device_reasons.get(dev)
            item = model.item(i)
            item.setEnabled(reason is None)
            item.setToolTip(reason or
                            translate("TrainingPanel", "Train on {device}").format(device=dev))
        cur = self.device_combo.currentData()
        if self.device_reasons.get(cur):
            self.device_combo.setCurrentIndex(0)

    # ----- slots -----
    def _on_optimizer(self, _):
        if self._building:
            return
        self._building = True
        self._build_hp({})                    # each optimizer starts at its own defaults
        self._building = False
        self.message.clear_all()
        self.optimizerChanged.emit(self.optimizer_spec())

    def _on_hp(self, key, v):
        if self._building:
            return
        try:
            self._check_hp(key, v)
        except AnnStudioError as err:
            # a number field refuses a bad value as it is typed (its check): this is a box
            # (Nesterov without momentum), put back so the fields show what was sent
            self.message.report(key, str(err))
            if isinstance(self._hp_widgets.get(key), QCheckBox):
                self.show_hyperparameters({key: not v})
            return
        self.hyperparametersChanged.emit({key: v})

    def _on_beta(self):
        self._on_hp("betas", self._shown_params()["betas"])

    def _on_training(self, *_):
        if self._building:
            return
        self.epochs_edit.setEnabled(not self.forever_box.isChecked())
        shown = self.shown_training()
        self.trainingChanged.emit(shown["batch_size"], shown["epochs"])

    def _show_speed(self):
        sps, per_frame = self.speed()
        self.speed_slider.setEnabled(not per_frame)
        self.speed_label.setText(speed_text(sps, per_frame))

    def _on_speed(self, *_):
        self._show_speed()
        self.speedChanged.emit(*self.speed())

    def _on_engine(self, _):
        if self._building:
            return
        engine = self.engine_combo.currentData()
        device = self.device_combo.currentData()
        if engine == "numpy" and device != "cpu":
            self.message.report("device", translate(
                "TrainingPanel", "the NumPy engine runs on the CPU only; choose PyTorch for a "
                                 "GPU"))
            self._building = True
            self.device_combo.setCurrentIndex(0)
            self._building = False
            device = "cpu"
        else:
            self.message.report("device", "")
        if engine in ("torch", "auto") and not self.device_reasons.get("_probed"):
            self.probeRequested.emit()
        self.engineChanged.emit(engine, device)


def main():
    """``python -m annstudio.gui.panels.training [--screenshot PNG]``: the panel alone; it
    prints its ``optimizerChanged`` intents as you edit it."""
    from annstudio.gui import standalone
    return standalone.run(TrainingPanel, translate("TrainingPanel", "Training panel"),
                          size=(380, 560),
                          emits=lambda p: {"optimizerChanged": p.optimizerChanged})


if __name__ == "__main__":
    raise SystemExit(main())
