"""Challenge mode: the main window while a challenge is open (`Session.challenge`).

A banner above the views shows the challenge's title and task; each limit is shown live
("412 / 500 parameters", "epochs 30 / 100", "optimizer: Adam (allowed: SGD, Adam)"), with
"over the limit" or "not allowed" in words as well as in red when the run breaks it; the
fields a lock covers are greyed in the panels, the lock's reason as their tooltip.
`lock_targets` is the one map from `core.classroom.LOCKS` to the widgets each greys.

Everything here comes from a file: the title, the task and the reasons are shown as plain
text (a tooltip is escaped: Qt would read ``<img …>`` in one as rich text).

`install(services, …)` builds `ChallengeMode` from the session, the three panels (the
window's `gui.services.Services`), the toolbar's learning rate and the files' save hook;
it also feeds the session's predict-then-check record (`gui.predictions`) from the lesson
panel and the inspector.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QDockWidget, QFrame, QHBoxLayout, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from annstudio.core import classroom as rules
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.core.network import parameter_count
from annstudio.gui.i18n import num, translate
from annstudio.gui.panels.network import ACTIVATION_NAMES
from annstudio.gui.panels.training import OPTIMIZER_NAMES
from annstudio.gui.theme import QUIET

OVER = {"parameters": QT_TRANSLATE_NOOP("challenge_mode", "over the limit"),
        "epochs": QT_TRANSLATE_NOOP("challenge_mode", "over the limit"),
        "optimizer": QT_TRANSLATE_NOOP("challenge_mode", "not allowed"),
        "activations": QT_TRANSLATE_NOOP("challenge_mode", "not allowed")}
LIMIT_NAMES = {"parameters": QT_TRANSLATE_NOOP("challenge_mode", "Limit on the parameters"),
               "epochs": QT_TRANSLATE_NOOP("challenge_mode", "Limit on the epochs"),
               "optimizer": QT_TRANSLATE_NOOP("challenge_mode", "Limit on the optimizer"),
               "activations": QT_TRANSLATE_NOOP("challenge_mode", "Limit on the activations")}
OVER_STYLE = "color: {}; font-weight: bold;"
OVER_RED = ("#c62828", "#ff7b72")      # on a light and on a dark window (≥ 4.5:1 either way)
TASK_LINES = 3          # the task's most lines in the banner (it scrolls when longer)


def plain_tip(text):
    """``text`` from a file as a tooltip that shows its characters as they are."""
    return "<p style='white-space:pre-wrap'>" + html.escape(str(text)) + "</p>"


def locked_tip(reason):
    return plain_tip(translate("challenge_mode", "Locked by the challenge: {reason}").format(
        reason=reason))


def _optimizer_name(key):
    name = OPTIMIZER_NAMES.get(key, key)          # marked where the panel writes it
    return translate("TrainingPanel", name)


def _activation_name(key):
    name = ACTIVATION_NAMES.get(key, key)         # marked where the panel writes it
    return translate("NetworkPanel", name)


# =========================================================================== the map
def lock_targets(dataset, network, training, toolbar_lr):
    """{lock name: [widgets it greys]} for every `core.classroom.LOCKS` name: the panels'
    fields that edit the experiment fields the lock covers (``Lock.paths``)."""
    hp = training.hp_widgets()
    return {
        # the points: another generator, a CSV, or points added or erased in the data view
        "dataset": [dataset.name_combo, dataset.n_edit, dataset.noise_edit,
                    dataset.classes_edit, dataset.regenerate_button, dataset.csv_button,
                    dataset.tool_buttons["add"], dataset.tool_buttons["erase"],
                    dataset.class_combo, dataset.value_edit],
        "features": list(dataset.feature_boxes.values()),
        "standardize": [dataset.standardize_box, dataset.standardize_targets_box],
        "layers": [*network.units_edits(), *network.layer_buttons(), network.add_button],
        "activations": network.activation_combos(),
        # the task sets the output layer: no field edits it; its line is greyed with why
        "output": [network.output_label],
        "init": [network.init_combo, network.seed_edit],
        "optimizer": [training.opt_combo],
        "lr": [w for w in (training.hp_edit("lr"), toolbar_lr) if w is not None],
        "hyperparameters": [*hp, toolbar_lr],
        "batch_size": [training.batch_edit],
        "epochs": [training.epochs_edit, training.forever_box],
        "training": [training.batch_edit],
    }


class Locks(QObject):
    """Greys the widgets of the locked fields and keeps them greyed: a panel that enables
    its own fields again (a new dataset shown, a form rebuilt) is undone at once."""

    def __init__(self, targets, parent=None):
        super().__init__(parent)
        self.targets = targets          # () → {lock name: [widgets]} (`lock_targets`)
        self.tips = {}                  # widget → the tooltip it shows while locked
        self.before = {}                # widget → its own tooltip

    def apply(self, locked):
        """Lock exactly the fields of ``locked`` ({lock name: reason}; {} unlocks all)."""
        want = {}
        targets = self.targets() if locked else {}
        for name, reason in locked.items():
            for w in targets.get(name, ()):
                # a widget two locks cover: the reason of the first listed
                want.setdefault(w, locked_tip(reason))
        for w in [w for w in self.tips if w not in want]:
            self._release(w)
        for w, tip in want.items():
            if w not in self.tips:
                self.before[w] = w.toolTip()
                w.installEventFilter(self)
            self.tips[w] = tip
            w.setToolTip(tip)
            w.setEnabled(False)

    def _release(self, w):
        tip = self.before.pop(w, "")
        self.tips.pop(w, None)
        if isValid(w):
            w.removeEventFilter(self)
            w.setEnabled(True)
            w.setToolTip(tip)

    def eventFilter(self, obj, ev):
        tip = self.tips.get(obj)
        if tip is not None:
            if ev.type() == QEvent.EnabledChange and obj.isEnabled():
                obj.setEnabled(False)
            elif ev.type() == QEvent.ToolTipChange and obj.toolTip() != tip:
                obj.setToolTip(tip)
        return False

    def locked_widgets(self):
        return [w for w in self.tips if isValid(w)]


# =========================================================================== limits
def limit_texts(limits, n_parameters, epochs, optimizer, activations, until_stopped=False):
    """[(what, text, sentence)] per limit the challenge sets: what the run has against
    the limit, "over the limit" / "not allowed" appended when it breaks it (``sentence``
    then says why, as `core.classroom.Limits.broken_items` does; else "")."""
    broken = dict(limits.broken_items(n_parameters, epochs, optimizer, activations))
    rows = []
    if limits.max_parameters is not None:
        rows.append(("parameters", translate("challenge_mode", "{n} / {most} parameters").format(
            n=num(n_parameters, ","), most=num(limits.max_parameters, ","))))
    if limits.max_epochs is not None:
        rows.append(("epochs", (translate("challenge_mode", "epochs {n} / {most}, until stopped")
                                if until_stopped else
                                translate("challenge_mode", "epochs {n} / {most}")).format(
            n=num(epochs, ","), most=num(limits.max_epochs, ","))))
    if limits.optimizers is not None:
        allowed = ", ".join(_optimizer_name(o) for o in limits.optimizers)
        rows.append(("optimizer", translate("challenge_mode", "optimizer: {mine} (allowed: "
                                     "{allowed})").format(mine=_optimizer_name(optimizer),
                                                          allowed=allowed)))
    if limits.activations is not None:
        mine = ", ".join(_activation_name(a) for a in dict.fromkeys(activations))
        allowed = ", ".join(_activation_name(a) for a in limits.activations)
        rows.append(("activations", translate("challenge_mode", "activations: {mine} (allowed: "
                                       "{allowed})").format(
            mine=mine or translate("challenge_mode", "none"), allowed=allowed)))
    return [(what, f"{text} — {translate('challenge_mode', OVER[what])}" if what in broken else text,
             broken.get(what, "")) for what, text in rows]


def run_limits(session):
    """`limit_texts` of the session's run: its parameters now, the epochs it has trained or
    will train (the larger), its optimizer and hidden activations."""
    ch, exp, data = session.challenge, session.experiment, session.data
    sizes = [data.n_features, *exp.network.hidden, data.n_outputs]
    setting = exp.training.epochs
    epochs = max(setting, session.epochs_done())
    return limit_texts(ch.limits, parameter_count(sizes), epochs, exp.optimizer.name,
                       exp.network.activations, until_stopped=setting == 0)


# =========================================================================== banner
class ChallengeBanner(QFrame):
    """Title, task, the live limits and what is locked (all plain text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setAccessibleName(translate("ChallengeBanner", "Challenge"))
        self._rows = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(3)
        top = QHBoxLayout()
        self.title_label = self._plain_label()
        f = self.title_label.font()
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setAccessibleName(translate("ChallengeBanner", "Challenge title"))
        top.addWidget(self.title_label, 1)
        self.locked_label = self._plain_label(wrap=True)
        self.locked_label.setStyleSheet(QUIET)
        self.locked_label.setAccessibleName(translate("ChallengeBanner", "Locked fields"))
        self.locked_label.setAlignment(Qt.AlignRight | Qt.AlignTop)
        top.addWidget(self.locked_label, 1)
        lay.addLayout(top)
        self.task_label = self._plain_label(wrap=True)
        self.task_label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.task_label.setAccessibleName(translate("ChallengeBanner", "Challenge task"))
        self.task_scroll = QScrollArea()       # a long task scrolls; a short one takes its lines
        self.task_scroll.setWidgetResizable(True)
        self.task_scroll.setFrameShape(QFrame.NoFrame)
        self.task_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.task_scroll.setWidget(self.task_label)
        lay.addWidget(self.task_scroll)
        self.limits_row = QHBoxLayout()
        self.limits_row.setSpacing(16)
        self.limit_labels = {}
        for what in OVER:
            lab = self._plain_label()
            lab.setAccessibleName(translate("challenge_mode", LIMIT_NAMES[what]))
            self.limit_labels[what] = lab
            self.limits_row.addWidget(lab)
        self.limits_row.addStretch(1)
        self.measure_label = self._plain_label()
        self.measure_label.setStyleSheet(QUIET)
        self.limits_row.addWidget(self.measure_label)
        lay.addLayout(self.limits_row)

    @staticmethod
    def _plain_label(wrap=False):
        """A label of plain text; ``wrap``: it wraps, else it takes its text's width when
        there is room and is cut when there is not (a long title: its tooltip has it all),
        rather than widen the window past a 1366 px screen."""
        lab = QLabel()
        lab.setTextFormat(Qt.PlainText)
        lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lab.setWordWrap(wrap)
        if not wrap:
            lab.setMinimumWidth(1)
        return lab

    def fit_task(self):
        """The task's height: its own lines, at most `TASK_LINES` (then it scrolls)."""
        width = max(50, self.task_scroll.viewport().width())
        most = self.task_label.fontMetrics().lineSpacing() * TASK_LINES
        need = self.task_label.heightForWidth(width - 4)
        self.task_scroll.setFixedHeight(max(1, min(need, most)) + 2)
        # the dock area would share out spare height between the rows: the banner keeps its own
        lay = self.layout()
        self.setFixedHeight(lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth()
                            else lay.sizeHint().height())

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self.fit_task()

    def changeEvent(self, ev):
        super().changeEvent(ev)
        if ev.type() == QEvent.FontChange:       # View ▸ Larger fonts
            self.fit_task()
        elif ev.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange) \
                and self._rows:                   # the dark theme's red
            self.show_limits(self._rows)

    def show_challenge(self, ch):
        self.title_label.setText(translate("ChallengeBanner", "Challenge: {title}").format(
            title=ch.title))
        self.title_label.setToolTip(plain_tip(ch.title))
        self.measure_label.setText(translate("ChallengeBanner", "ranked by {measure}").format(
            measure=translate("classroom", rules.measure(ch.measure).label)))
        self.task_label.setText(ch.task or translate("ChallengeBanner", "(no task text)"))
        self.fit_task()
        names = [translate("classroom", rules.LOCKS[k].label) for k in ch.locked]
        self.locked_label.setText(translate("ChallengeBanner", "Locked: {fields} (greyed; hover for "
                                     "why)").format(fields=", ".join(names))
                                  if names else translate("ChallengeBanner", "Nothing is locked."))
        self.locked_label.setToolTip(plain_tip("\n".join(
            f"{translate('classroom', rules.LOCKS[k].label)}: {r}" for k, r in ch.locked.items()))
            if names else "")

    def show_limits(self, rows):
        """``rows``: `limit_texts`; a limit the challenge does not set is not shown."""
        self._rows = list(rows)
        shown = {what: (text, why) for what, text, why in rows}
        for what, lab in self.limit_labels.items():
            lab.setVisible(what in shown)
            if what not in shown:
                continue
            text, why = shown[what]
            lab.setText(text)
            dark = self.palette().window().color().lightness() < 128
            lab.setStyleSheet(OVER_STYLE.format(OVER_RED[dark]) if why else "")
            lab.setToolTip(plain_tip(translate("ChallengeBanner", "{why}: a hand-in is "
                                               "refused").format(why=why[:1].upper() + why[1:]))
                           if why else translate("ChallengeBanner", "Within the challenge's limit"))
        self.fit_task()


# =========================================================================== controller
class ChallengeMode:
    """Shows ``session.challenge`` (banner, locks, limits); kept as ``MainWindow.challenge_mode``.

    ``dock``: where the banner lives; ``targets()`` → `lock_targets`; ``set_tool(name)``
    picks the data view's click tool (a locked dataset: inspect only)."""

    def __init__(self, session, dock, targets, set_tool):
        self.session, self.dock, self.set_tool = session, dock, set_tool
        self.banner = ChallengeBanner()
        dock.setWidget(self.banner)
        self.locks = Locks(targets, dock)
        session.challengeChanged.connect(self.show)
        for sig in (session.networkBuilt, session.hyperparametersChanged,
                    session.runTargetChanged, session.runningChanged, session.epochsDone,
                    session.experimentChanged):
            sig.connect(lambda *_: self.update_limits())
        dock.hide()

    @property
    def challenge(self):
        return self.session.challenge

    def show(self, *_):
        ch = self.challenge
        self.dock.setVisible(ch is not None)
        if ch is None:
            self.locks.apply({})
            return
        self.banner.show_challenge(ch)
        self.relock()
        self.update_limits()

    def relock(self, *_):
        """Grey the locked fields again (a panel made its widgets anew)."""
        ch = self.challenge
        self.locks.apply({} if ch is None else ch.locked)
        if ch is not None and "dataset" in ch.locked:
            self.set_tool("inspect")     # a click must not add or erase a given point

    def update_limits(self):
        if self.challenge is None or self.session.data is None:
            return
        self.banner.show_limits(run_limits(self.session))

    def extra(self):
        """What a save keeps of the challenge (`io.classroom.to_extra`), {} without one."""
        if self.challenge is None:
            return {}
        from annstudio.io.classroom import to_extra
        return to_extra(self.challenge, self.session.predictions.answers())


def install(services, files, lesson_panel, inspector_dock, toolbar_lr):
    """The challenge banner (a slim dock above the views), the locks and the limits for
    ``services`` (`gui.services.Services`); ``files``' saves keep the challenge; the
    ``lesson_panel``'s and the ``inspector_dock``'s answers feed the predictions record;
    ``toolbar_lr`` is the toolbar's learning rate, locked with the panel's."""
    dock = QDockWidget(translate("ChallengeBanner", "Challenge"), services.parent)
    dock.setObjectName("dock_challenge")
    dock.setTitleBarWidget(QWidget())            # a banner, not a panel to move about
    dock.setFeatures(QDockWidget.NoDockWidgetFeatures)
    dock.setAllowedAreas(Qt.TopDockWidgetArea)
    services.add_dock(dock, Qt.TopDockWidgetArea)
    dp, np_, tp = services.dataset_panel, services.network_panel, services.training_panel
    mode = ChallengeMode(services.session, dock,
                         lambda: lock_targets(dp, np_, tp, toolbar_lr), dp.set_tool)
    np_.rowsRebuilt.connect(mode.relock)
    tp.hyperparametersRebuilt.connect(mode.relock)
    files.extra = mode.extra
    record = services.session.predictions
    lesson_panel.answerLocked.connect(record.add)
    inspector_dock.predictionAnswered.connect(record.extend)
    return mode
