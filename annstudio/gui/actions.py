"""The main window's commands: its QActions, menus and training toolbar.

Every command is one QAction in ``window.actions`` (key → action), shared by the menu, the
toolbar and its shortcut. Training commands go straight to the session's intents; the
File and inspector actions are connected by the modules that own them (`gui.files`,
`gui.inspector`), which the window constructs explicitly. The toolbar's learning rate is
an editor of the session's one copy (`Session.set_lr`), and shows it on
`Session.hyperparametersChanged` with its signals blocked: no ping-pong with the panel.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QLabel, QSlider,
                               QStyle, QStyleOptionToolButton, QToolBar)

from annstudio.gui import language_menu
from annstudio.gui.i18n import translate
from annstudio.gui.panels.training import speed_text
from annstudio.gui.widgets import NumberEdit, sentence

TRAIN_KEYS = ("run", "step_batch", "step_epoch", "reset")
# View menu toggles, remembered in the settings as view/<key>
VIEW_TOGGLES = ("dark", "high_contrast", "large_fonts", "presentation", "torch_order")


def build_actions(window, session):
    """window.actions: File, Train, View and Help commands."""
    def A(key, text, slot=None, shortcut=None, tip=None, checkable=False):
        a = QAction(text, window)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.WindowShortcut)
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.setCheckable(checkable)
        if slot is not None:
            a.triggered.connect(slot)
        window.actions[key] = a
        window.addAction(a)
        return a

    from PySide6.QtWidgets import QApplication
    window.space_presses = SpacePresses(window)      # removed with the window
    QApplication.instance().installEventFilter(window.space_presses)
    _file_actions(A, window)
    _train_actions(A, session)
    _view_actions(A, window)


def _file_actions(A, window):
    """File and Class: connected by gui.files (FileActions) and gui.classroom."""
    A("new", translate("actions", "&New"), None, QKeySequence.New,
      translate("actions", "Start again with the lecture run"))
    A("open", translate("actions", "&Open…"), None, QKeySequence.Open,
      translate("actions", "Open an experiment file"))
    A("save", translate("actions", "&Save"), None, QKeySequence.Save,
      translate("actions", "Save the experiment"))
    A("save_as", translate("actions", "Save &As…"), None, QKeySequence.SaveAs,
      translate("actions", "Save the experiment as a new file"))
    A("export_torch", translate("actions", "PyTorch script…"), None, None,
      translate("actions", "Write the equivalent PyTorch script"))
    A("export_csv", translate("actions", "Loss history CSV…"), None, None,
      translate("actions", "Per-epoch losses and accuracy as CSV, then the current metrics "
                           "(confusion matrix, …)"))
    A("export_plot", translate("actions", "Plot as PNG/SVG…"), None, None,
      translate("actions", "Save the loss curves as an image"))
    A("export_window_png", translate("actions", "Window as PNG…"), None, None,
      translate("actions", "Save a picture of the whole window"))
    A("hand_in", translate("actions", "&Hand in…"), None, None,
      translate("actions", "Hand this trained run in for a challenge, to a folder your "
                           "teacher collects from"))
    A("new_challenge", translate("actions", "New &challenge…"), None, None,
      translate("actions", "Turn this experiment into a challenge for the class: a file for "
                           "the students and a key with the held-out points for you"))
    A("class_collect", translate("actions", "Collect from &folder…"), None, None,
      translate("actions", "Score every hand-in of a folder on the key's held-out points and "
                           "show the class"))
    A("class_collect_zip", translate("actions", "Collect from .&zip…"), None, None,
      translate("actions", "Score every hand-in of a .zip (from a learning platform) and "
                           "show the class"))
    A("class_receive", translate("actions", "&Receive hand-ins on this network…"), None, None,
      translate("actions", "Let the students hand in from their computers to this one, over "
                           "the classroom's network; the class table follows as hand-ins "
                           "arrive"))
    A("quit", translate("actions", "&Quit"), window.close, "Ctrl+Q",
      translate("actions", "Close ANN Studio"))


def _train_actions(A, session):
    """Train: straight to the session's intents (and the inspector, connected by
    gui.inspector)."""
    # `triggered` passes `checked`: the lambdas keep it away from the intents
    A("run", translate("actions", "Run ▶"), lambda: session.toggle_run(), "Space",
      translate("actions", "Run or pause training  [Space]"))
    A("step_batch", translate("actions", "Step batch"), lambda: session.step_batch(), "S",
      translate("actions", "Train one mini-batch  [S]"))
    A("step_epoch", translate("actions", "Step epoch"), lambda: session.step_epoch(), "Shift+S",
      translate("actions", "Train one epoch  [Shift+S]"))
    A("reset", translate("actions", "Reset"), lambda: session.reset(), "R",
      translate("actions", "New initial weights, history cleared  [R]"))
    A("inspector", translate("actions", "Step-through &inspector"), None, "Ctrl+I",
      translate("actions", "Step through forward and backward pass for one point"))


def _view_actions(A, window):
    """Help, the View toggles and View ▸ Go to."""
    look, hlp = window.appearance, window.help
    A("about", translate("actions", "&About ANN Studio"), hlp.about)
    A("notation", translate("actions", "&Notation"), hlp.notation)
    A("getting_started", translate("actions", "&Getting started"), hlp.getting_started, "F1",
      translate("actions", "What to do first, step by step"))
    A("shortcuts", translate("actions", "&Keyboard shortcuts"), hlp.keyboard_shortcuts, None,
      translate("actions", "Every key the window understands"))
    A("dark", translate("actions", "Dark theme"), look.set_dark, None,
      translate("actions", "Dark colours"), checkable=True)
    A("high_contrast", translate("actions", "High contrast"), look.set_high_contrast, None,
      translate("actions", "Black on white with strong lines, for a washed-out projector or "
                           "low vision"), checkable=True)
    A("large_fonts", translate("actions", "Larger fonts (projector)"), look.set_large_fonts,
      "Ctrl++", translate("actions", "Bigger text for a projector"), checkable=True)
    A("presentation", translate("actions", "Presentation mode"), look.set_presentation, "F5",
      translate("actions", "Large fonts, thick lines, big points and a large status line: "
                           "readable from the back of a room on a projector"), checkable=True)
    # keyboard: Alt+1…4 go to a panel or the data view (its cross moves with the arrows)
    for n, (key, label, tip) in enumerate((
            ("dataset", translate("actions", "Dataset panel"),
             translate("actions", "Move the keyboard focus to the Dataset panel")),
            ("network", translate("actions", "Network panel"),
             translate("actions", "Move the keyboard focus to the Network panel")),
            ("training", translate("actions", "Training panel"),
             translate("actions", "Move the keyboard focus to the Training panel")),
            ("data_view", translate("actions", "Data view (arrow keys move a cross)"),
             translate("actions", "Move the keyboard focus to the Data view"))), 1):
        A(f"go_{key}", label, lambda _=False, key=key: go_to(window, key), f"Alt+{n}", tip)
    A("torch_order", translate("actions", "PyTorch layer order (fc1 = first)"),
      look.set_torch_order, None,
      translate("actions", "Number layers from the input like PyTorch instead of from the "
                           "output"), checkable=True)


class SpacePresses(QObject):
    """Space is Run (a window shortcut), but on a focused button, check box, radio button
    or list it presses or picks that control, as everywhere else: a keyboard user must be
    able to press the button they tabbed to (Qt gives a shortcut the key unless the focus
    widget claims it in its ShortcutOverride)."""

    def eventFilter(self, obj, ev):
        # every event of the application passes here: the cheap test first
        if ev.type() == QEvent.ShortcutOverride and ev.key() == Qt.Key_Space \
                and ev.modifiers() == Qt.NoModifier \
                and isinstance(obj, (QAbstractButton, QComboBox, QAbstractItemView)):
            ev.accept()
            return True
        return False


def go_to(window, key):
    """Show panel ``key`` (or the data view) and give its first control the focus."""
    from PySide6.QtWidgets import QWidget
    if key == "data_view":
        window.data_view.plot.setFocus(Qt.ShortcutFocusReason)
        return
    dock = window.docks[key]
    dock.show()
    dock.raise_()
    w = dock.widget()
    for child in w.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.TabFocus:
            child.setFocus(Qt.ShortcutFocusReason)
            return


def build_menus(window, services):
    """window.menus: File (Open Recent, Export, Hand in, New challenge), Train, View, Lessons, Class, Help;
    View ▸ Language is `gui.language_menu`'s, from ``services`` (`gui.services.Services`)."""
    acts, menus = window.actions, window.menus
    mb = window.menuBar()
    f = menus["file"] = mb.addMenu(translate("actions", "&File"))
    f.addAction(acts["new"])
    f.addAction(acts["open"])
    menus["recent"] = f.addMenu(translate("actions", "Open &Recent"))
    menus["recent"].setEnabled(False)
    f.addSeparator()
    f.addAction(acts["save"])
    f.addAction(acts["save_as"])
    menus["export"] = f.addMenu(translate("actions", "&Export"))
    for key in ("export_torch", "export_csv", "export_plot", "export_window_png"):
        menus["export"].addAction(acts[key])
    f.addAction(acts["hand_in"])
    f.addAction(acts["new_challenge"])
    f.addSeparator()
    f.addAction(acts["quit"])
    t = menus["train"] = mb.addMenu(translate("actions", "&Train"))
    for key in TRAIN_KEYS:
        t.addAction(acts[key])
    v = menus["view"] = mb.addMenu(translate("actions", "&View"))
    for key in ("dataset", "network", "training"):
        v.addAction(window.docks[key].toggleViewAction())
    v.addSeparator()
    for key in VIEW_TOGGLES:
        v.addAction(acts[key])
    window.language_menu = language_menu.install(services, v)
    go = v.addMenu(translate("actions", "&Go to"))
    for key in ("dataset", "network", "training", "data_view"):
        go.addAction(acts[f"go_{key}"])
    menus["lessons"] = mb.addMenu(translate("actions", "&Lessons"))
    c = menus["class"] = mb.addMenu(translate("actions", "&Class"))
    c.addAction(acts["class_collect"])
    c.addAction(acts["class_collect_zip"])
    c.addAction(acts["class_receive"])
    h = menus["help"] = mb.addMenu(translate("actions", "&Help"))
    for key in ("getting_started", "notation", "shortcuts"):
        h.addAction(acts[key])
    h.addSeparator()
    h.addAction(acts["about"])


def build_toolbar(window, session):
    """Run / Step / Reset, the learning rate, the speed and "epoch 12 / 50"; returns the
    QToolBar."""
    tb = QToolBar(translate("actions", "Training"))
    tb.setObjectName("toolbar_training")
    tb.setMovable(False)
    for key in TRAIN_KEYS:
        tb.addAction(window.actions[key])
    run = tb.widgetForAction(window.actions["run"])
    f = run.font()
    f.setBold(True)               # the one button a newcomer needs first
    run.setFont(f)
    window.run_width = FixedWidth(run, session.run_labels)
    session.runTargetChanged.connect(window.run_width.update)
    session.specsReplaced.connect(window.run_width.update)
    tb.addSeparator()
    tb.addWidget(QLabel(translate("actions", " Learning rate ")))
    lr = NumberEdit(translate("actions", "learning rate"),
                    session.experiment.optimizer.params.get("lr", 0.01),
                    "float", 0.0, None, min_inclusive=False)
    lr.setMaximumWidth(90)
    lr.set_help(translate("actions", "Learning rate: change it while training"))
    lr.valueChanged.connect(session.set_lr)
    lr.validityChanged.connect(
        lambda m: window.statusBar().showMessage(sentence(m), 5000) if m else None)

    def show_lr(hp):
        if "lr" in hp:
            with QSignalBlocker(lr):
                lr.setValue(hp["lr"])
    session.hyperparametersChanged.connect(show_lr)
    session.specsReplaced.connect(lambda: show_lr(session.experiment.optimizer.params))
    tb.addWidget(lr)
    window.toolbar_speed, window.toolbar_speed_label = _add_speed(tb, window.training_panel)
    info = QLabel("")
    info.setContentsMargins(8, 0, 8, 0)
    tb.addWidget(info)
    window.addToolBar(Qt.TopToolBarArea, tb)
    window.toolbar_lr, window.toolbar_info = lr, info
    return tb


def _add_speed(tb, panel):
    """A second editor of the Training panel's speed slider, beside Run: the newcomer's first
    run is paced by it, and the panel's own slider is out of sight in a tab."""
    tb.addWidget(QLabel(translate("actions", "  Speed ")))
    src = panel.speed_slider
    slider = QSlider(Qt.Horizontal)
    slider.setAccessibleName(translate("actions", "Training speed"))
    slider.setRange(src.minimum(), src.maximum())
    slider.setPageStep(1)
    slider.setValue(src.value())
    slider.setFixedWidth(90)
    slider.setToolTip(translate("actions", "{tip} (also on the Training panel)")
                      .format(tip=src.toolTip()))
    label = QLabel(panel.speed_label.text())
    label.setMinimumWidth(panel.speed_label.minimumWidth())
    label.setContentsMargins(4, 0, 0, 0)
    # one value: each slider sets the other (an unchanged value emits nothing, no loop)
    slider.valueChanged.connect(src.setValue)
    src.valueChanged.connect(slider.setValue)

    def show(steps_per_s, per_frame):
        label.setText(speed_text(steps_per_s, per_frame))
        slider.setEnabled(not per_frame)
    panel.speedChanged.connect(show)
    tb.addWidget(slider)
    tb.addWidget(label)
    return slider, label


class FixedWidth(QObject):
    """Keeps a tool button as wide as the widest of its texts (``texts()``), measured in its
    own font (Larger fonts too), so the buttons after it do not move when its text changes."""

    def __init__(self, button, texts):
        super().__init__(button)
        self.button, self.texts = button, texts
        button.installEventFilter(self)
        self.update()

    def width_for(self, text):
        """The width QToolButton.sizeHint gives for ``text`` (its text plus a space each side,
        grown by the style's margins)."""
        b = self.button
        fm = b.fontMetrics()
        opt = QStyleOptionToolButton()
        b.initStyleOption(opt)
        opt.text = text
        # a space each side, and one more: a font without a bold face (many CJK fonts) is
        # emboldened when drawn, wider than its metrics say
        w = fm.size(Qt.TextShowMnemonic, text).width() + 3 * fm.horizontalAdvance(" ")
        return b.style().sizeFromContents(QStyle.CT_ToolButton, opt,
                                          QSize(w, fm.height()), b).width()

    def update(self):
        self.button.setFixedWidth(max(self.width_for(t) for t in self.texts()))

    def eventFilter(self, obj, ev):
        if ev.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.update()
        return False
