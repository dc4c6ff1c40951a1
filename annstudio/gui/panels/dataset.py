"""Dataset panel: a generator (or shipped set) with its parameters, Regenerate, the
train/test split, derived input features, CSV import, and the data view's tool
(add a point of a class / erase / inspect a point).

Run alone: ``python -m annstudio.gui.panels.dataset``.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout,
                               QGridLayout, QHBoxLayout, QLabel, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.experiment import DatasetSpec
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui import theme as th
from annstudio.gui.i18n import num, translate
from annstudio.gui.widgets import MessageLine, NumberEdit, section_label

# marked here, translated where shown (translate("DatasetPanel", NAMES[key]))
NAMES = {"moons": QT_TRANSLATE_NOOP("DatasetPanel", "Two moons"),
         "circles": QT_TRANSLATE_NOOP("DatasetPanel", "Circles"),
         "xor": QT_TRANSLATE_NOOP("DatasetPanel", "XOR (quadrants)"),
         "blobs": QT_TRANSLATE_NOOP("DatasetPanel", "Blobs (k classes)"),
         "spirals": QT_TRANSLATE_NOOP("DatasetPanel", "Spirals (k classes)"),
         "sine": QT_TRANSLATE_NOOP("DatasetPanel", "Sine (1-D regression)"),
         "plane": QT_TRANSLATE_NOOP("DatasetPanel", "Plane (2-D regression)"),
         "bumps": QT_TRANSLATE_NOOP("DatasetPanel", "Bumps (2-D regression)"),
         "iris": QT_TRANSLATE_NOOP("DatasetPanel", "Iris (150 × 4, 3 classes)"),
         "digits": QT_TRANSLATE_NOOP("DatasetPanel", "Digits 8×8 (1797 × 64, 10 classes)"),
         "breast_cancer": QT_TRANSLATE_NOOP("DatasetPanel",
                                            "Breast cancer (569 × 30, 2 classes)")}
TOOLS = ("add", "erase", "inspect")


class DatasetPanel(QWidget):
    """Emits ``specChanged(DatasetSpec)`` for a new generated/shipped dataset,
    ``csvLoaded(Dataset)`` for an imported file and ``toolChanged(str)``."""

    specChanged = Signal(object)
    csvLoaded = Signal(object)
    standardizeChanged = Signal(bool)
    standardizeTargetsChanged = Signal(bool)
    featuresChanged = Signal(list)   # derived inputs for data from a file or drawn points
    toolChanged = Signal(str)

    def __init__(self, spec=None, parent=None):
        super().__init__(parent)
        self._spec = DatasetSpec() if spec is None else DatasetSpec(**vars(spec))
        self._building = False
        self._two_inputs = False      # the current data has inputs x1, x2 (+ derived ones)
        self.last_csv_error = ""
        self._split_help = {}         # the test fraction's and seed's own help texts

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self._build_spec_form(outer)
        self._build_source_row(outer)
        self._build_standardize_box(outer)
        self._build_features_grid(outer)
        self._build_tools(outer)
        self._build_messages(outer)
        self._connect_edits()
        self.set_spec(self._spec)

    # ----- construction (called once, from __init__, in the panel's top-to-bottom order) -----
    def _build_spec_form(self, outer):
        """The dataset's name and its numbers: points, noise, classes, test fraction, seed."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_combo = QComboBox()
        for key in datasets.names():
            self.name_combo.addItem(translate("DatasetPanel", NAMES[key]) if key in NAMES
                                    else key, key)
        self.name_combo.currentIndexChanged.connect(self._on_name)
        form.addRow(translate("DatasetPanel", "Dataset"), self.name_combo)

        # kinds, ranges and help texts from the one schema (core.schema)
        self.n_edit = NumberEdit.for_field("dataset.n", self._spec.n,
                                           name=translate("DatasetPanel", "number of points"))
        self.noise_edit = NumberEdit.for_field("dataset.noise", self._spec.noise)
        self.seed_edit = NumberEdit.for_field("dataset.seed", self._spec.seed)
        self.classes_edit = NumberEdit.for_field("dataset.classes", self._spec.classes)
        self.test_edit = NumberEdit.for_field("dataset.test_fraction", self._spec.test_fraction)
        form.addRow(translate("DatasetPanel", "Points n"), self.n_edit)
        form.addRow(translate("DatasetPanel", "Noise"), self.noise_edit)
        form.addRow(translate("DatasetPanel", "Classes"), self.classes_edit)
        form.addRow(translate("DatasetPanel", "Test fraction"), self.test_edit)
        form.addRow(translate("DatasetPanel", "Seed"), self.seed_edit)
        outer.addLayout(form)

    def _build_source_row(self, outer):
        """Regenerate and Import CSV…"""
        row = QHBoxLayout()
        self.regenerate_button = QPushButton(translate("DatasetPanel", "Regenerate"))
        self.regenerate_button.setToolTip(
            translate("DatasetPanel", "Make the dataset again with these settings"))
        self.regenerate_button.clicked.connect(self.regenerate)
        self.csv_button = QPushButton(translate("DatasetPanel", "Import CSV…"))
        self.csv_button.setToolTip(
            translate("DatasetPanel", "Features in columns, the label in the last column"))
        self.csv_button.clicked.connect(self._choose_csv)
        row.addWidget(self.regenerate_button)
        row.addWidget(self.csv_button)
        outer.addLayout(row)

    def _build_standardize_box(self, outer):
        self.standardize_box = QCheckBox(
            translate("DatasetPanel", "Standardise inputs (mean 0, std 1)"))
        self.standardize_box.setToolTip(translate(
            "DatasetPanel",
            "The network gets x̃ = (x − mean) / std for every feature, with mean and std "
            "taken from the training points only.\nWhy: on equal scales one learning rate "
            "suits all weights; a feature in the thousands beside one below 1 would need "
            "very different steps.\nThe data view keeps showing your own units."))
        self.standardize_box.toggled.connect(self._on_standardize)
        outer.addWidget(self.standardize_box)
        self.standardize_targets_box = QCheckBox(
            translate("DatasetPanel", "Standardise targets (mean 0, std 1)"))
        self.standardize_targets_box.setToolTip(translate(
            "DatasetPanel",
            "Regression: the network learns ỹ = (y − mean) / std, with mean and std of the "
            "training targets, and predicts ŷ = z · std + mean.\nWhy: targets in the "
            "hundreds make the first SGD steps huge (the loss explodes); on the scale of 1 "
            "the usual learning rates work.\nLosses, R² and predictions stay in your "
            "target's own units."))
        self.standardize_targets_box.toggled.connect(self._on_standardize_targets)
        self.standardize_targets_box.setVisible(False)     # shown for regression data
        outer.addWidget(self.standardize_targets_box)

    def _build_features_grid(self, outer):
        """One check box per derived input (x₁², x₁x₂, sin x₁, …), three to a row."""
        outer.addWidget(section_label(translate("DatasetPanel", "Derived input features")))
        feats = QGridLayout()
        self.feature_boxes = {}
        for i, f in enumerate(datasets.DERIVED_FEATURES):
            box = QCheckBox(f.replace("^2", "²").replace("x1", "x₁").replace("x2", "x₂"))
            box.setToolTip(translate("DatasetPanel", "Add the input {feature} computed from "
                                                     "x1, x2").format(feature=f))
            box.toggled.connect(self._on_features)
            self.feature_boxes[f] = box
            feats.addWidget(box, i // 3, i % 3)
        outer.addLayout(feats)

    def _build_tools(self, outer):
        """The data view's click tool (add / erase / inspect) and the class or target value
        of added points."""
        outer.addWidget(section_label(translate("DatasetPanel", "Click in the data view to")))
        tools = QGridLayout()
        self.tool_group = QButtonGroup(self)
        self.tool_buttons = {}
        for i, (key, text, tip) in enumerate([
                ("add", translate("DatasetPanel", "Add point"),
                 translate("DatasetPanel", "Left click adds a training point of the chosen "
                                           "class; right click removes the nearest point")),
                ("erase", translate("DatasetPanel", "Erase"),
                 translate("DatasetPanel", "Click removes the nearest point")),
                ("inspect", translate("DatasetPanel", "Inspect"),
                 translate("DatasetPanel", "Click picks a point (the inspector shows its "
                                           "numbers)"))]):
            b = QRadioButton(text)
            b.setToolTip(tip)
            self.tool_group.addButton(b, i)
            self.tool_buttons[key] = b
            tools.addWidget(b, 0, i)
        self.tool_buttons["add"].setChecked(True)
        self.tool_group.idToggled.connect(self._on_tool)
        self.class_combo = QComboBox()
        self.class_combo.setToolTip(translate("DatasetPanel", "Class of the points you add"))
        self.value_edit = NumberEdit(translate("DatasetPanel", "target value"), 0.0, "float")
        self.value_edit.set_help(
            translate("DatasetPanel", "Target value of the points you add (regression)"))
        cls_row = QHBoxLayout()
        self.class_label = QLabel(translate("DatasetPanel", "Class"))
        cls_row.addWidget(self.class_label)
        cls_row.addWidget(self.class_combo, 1)
        cls_row.addWidget(self.value_edit, 1)
        tools.addLayout(cls_row, 1, 0, 1, 3)
        outer.addLayout(tools)

    def _build_messages(self, outer):
        """What the data is (grey) and the line for invalid input."""
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet(th.QUIET)
        outer.addWidget(self.info_label)
        self.message = MessageLine()
        outer.addWidget(self.message)
        outer.addStretch(1)

    def _connect_edits(self):
        """Number edits → the spec, and their complaints → the message line."""
        for key, edit in (("n", self.n_edit), ("noise", self.noise_edit),
                          ("seed", self.seed_edit), ("classes", self.classes_edit),
                          ("test_fraction", self.test_edit)):
            edit.valueChanged.connect(lambda v, key=key: self._on_value(key, v))
            edit.validityChanged.connect(lambda m, key=key: self.message.report(key, m))
        self.value_edit.validityChanged.connect(lambda m: self.message.report("value", m))

    # ----- public -----
    def spec(self):
        s = DatasetSpec(**vars(self._spec))
        s.features = list(self._spec.features)
        return s

    def set_spec(self, spec):
        """Show ``spec`` (no signal)."""
        self._building = True
        self._spec = DatasetSpec(**vars(spec))
        self._spec.features = list(spec.features)
        i = self.name_combo.findData(spec.name)
        if i < 0 and spec.name in ("csv", "points"):
            self.name_combo.addItem(translate("DatasetPanel", "CSV file") if spec.name == "csv" else
                                    translate("DatasetPanel", "Drawn points"), spec.name)
            i = self.name_combo.count() - 1
        self.name_combo.setCurrentIndex(max(i, 0))
        self.n_edit.setValue(int(spec.n))
        self.noise_edit.setValue(float(spec.noise))
        self.seed_edit.setValue(int(spec.seed))
        self.classes_edit.setValue(int(spec.classes))
        self.test_edit.setValue(float(spec.test_fraction))
        for f, box in self.feature_boxes.items():
            box.setChecked(f in spec.features)
        self.standardize_box.setChecked(spec.standardizes())
        self.standardize_targets_box.setChecked(spec.standardizes_targets())
        self.message.clear_all()
        self._building = False
        self._enable()

    def set_data_info(self, data):
        """Describe the current data and offer its classes for new points."""
        if data is None:
            return
        # new data arrived (generated, imported, drawn, opened): an old import error no
        # longer describes anything on screen
        self.last_csv_error = ""
        self.message.report("csv", "")
        kind = {"binary": translate("DatasetPanel", "binary classification"),
                "multiclass": translate("DatasetPanel", "{n} classes").format(n=data.n_classes),
                "regression": translate("DatasetPanel", "regression")}[data.task]
        info = translate("DatasetPanel", "{train} training + {test} test points · {n} feature · "
                                         "{kind}") if data.n_features == 1 else \
            translate("DatasetPanel", "{train} training + {test} test points · {n} features · "
                                      "{kind}")
        self.info_label.setText(info.format(train=num(data.n_train, ","),
                                            test=num(data.n_test, ","), n=data.n_features,
                                            kind=kind))
        current = self.class_combo.currentIndex()
        self.class_combo.clear()
        if data.task != "regression":
            names = data.class_names or [str(k) for k in range(data.n_classes)]
            for k, name in enumerate(names):
                # the swatch is the colour of this class's points and region in the plots
                self.class_combo.addItem(_swatch(th.class_color(k)),
                                         f"{name}" if name != str(k) else
                                         translate("DatasetPanel", "class {k}").format(k=k), k)
            self.class_combo.setCurrentIndex(min(max(current, 0), data.n_classes - 1))
        regression = data.task == "regression"
        self.standardize_targets_box.setVisible(regression)
        self.class_combo.setVisible(not regression)
        self.value_edit.setVisible(regression)
        self.class_label.setText(translate("DatasetPanel", "Target") if regression
                                 else translate("DatasetPanel", "Class"))
        if self._spec.name not in datasets.GENERATORS:
            # shipped, imported or drawn data: the greyed-out generator fields show this
            # data's own size and classes, not the last generator's settings
            blocked = [w.blockSignals(True) for w in (self.n_edit, self.noise_edit,
                                                      self.classes_edit)]
            self.n_edit.setText(f"{data.n_train + data.n_test}")
            self.noise_edit.setText("")
            self.classes_edit.setText(str(data.n_classes) if data.n_classes else "")
            for w, was in zip((self.n_edit, self.noise_edit, self.classes_edit), blocked):
                w.blockSignals(was)
        drawable = data.n_features == 2 or (data.feature_names[:2] == ["x1", "x2"])
        for key in ("add", "erase"):
            self.tool_buttons[key].setEnabled(drawable)
        # derived inputs work on any data with two inputs of its own (CSV, drawn points)
        self._two_inputs = data.n_features == 2 or (
            data.feature_names[:2] == ["x1", "x2"] and
            all(f in datasets.DERIVED_FEATURES for f in data.feature_names[2:]))
        self._enable()

    def tool(self):
        return TOOLS[self.tool_group.checkedId()]

    def set_tool(self, tool):
        self.tool_buttons[tool].setChecked(True)

    def new_point_label(self):
        if self.value_edit.isVisible() or self.class_combo.count() == 0:
            return float(self.value_edit.value())
        return int(self.class_combo.currentData())

    def regenerate(self):
        """Make the data with the current settings (emits ``specChanged``)."""
        if self._spec.name == "points":
            self.message.report("name", translate("DatasetPanel", "pick a generator or shipped "
                                                                  "dataset to regenerate"))
            return
        bad = [e.error for e in self._edits() if e.error]
        if bad:
            self.message.report("regenerate", bad[0])
            return
        if self._spec.name == "csv":          # the file's points, split again
            self.message.report("regenerate", "")
            self.specChanged.emit(self.spec())
            return
        try:
            datasets.make(self._spec.name, n=min(self._spec.n, 20), noise=self._spec.noise,
                          seed=self._spec.seed, test_fraction=self._spec.test_fraction,
                          classes=self._spec.classes, features=self._spec.features) \
                if self._spec.name in datasets.GENERATORS else None
        except AnnStudioError as err:
            self.message.report("regenerate", str(err))
            return
        self.message.report("regenerate", "")
        self.specChanged.emit(self.spec())

    def load_csv(self, path):
        """Import ``path``; on errors show them (with line numbers) and return None."""
        from annstudio.io.csvdata import CsvError, MissingValues, load_csv
        try:
            from annstudio.gui.busy import read_off_thread   # a slow disk: keep painting
            read = lambda drop: read_off_thread(  # noqa: E731
                self, translate("DatasetPanel", "Reading {file}…").format(
                    file=os.path.basename(path)), load_csv, path,
                test_fraction=self._spec.test_fraction, seed=self._spec.seed, drop_missing=drop)
            try:
                data = read(False)
            except MissingValues as err:
                if not self._ask_drop(err):
                    raise
                data = read(True)
        except AnnStudioError as err:
            problems = err.problems if isinstance(err, CsvError) else []
            line = translate("DatasetPanel", "line {no}: {why}")
            lines = [str(err)] + [line.format(no=no, why=why) for no, why in problems[:8]
                                  if f"line {no}" not in str(err)]
            self.last_csv_error = "\n".join(lines)
            self.message.report("csv", self.last_csv_error)
            return None
        self.last_csv_error = ""
        self.message.report("csv", "")
        self._building = True
        self._spec = data.spec
        self.standardize_box.setChecked(data.spec.standardizes())
        self.standardize_targets_box.setChecked(data.spec.standardizes_targets())
        for box in self.feature_boxes.values():     # the file's own inputs, none derived
            box.setChecked(False)
        i = self.name_combo.findData("csv")
        if i < 0:
            self.name_combo.addItem(translate("DatasetPanel", "CSV file"), "csv")
            i = self.name_combo.count() - 1
        self.name_combo.setCurrentIndex(i)
        self._building = False
        self._enable()
        self.csvLoaded.emit(data)
        return data

    def _ask_drop(self, err):
        """Empty cells: say where (line and column) and offer to drop those rows."""
        from PySide6.QtWidgets import QMessageBox
        n = len(err.missing)
        line = translate("DatasetPanel", "line {no}: {why}")
        shown = [line.format(no=no, why=why) for no, why in err.problems[:5]]
        if n > 5:
            shown.append(translate("DatasetPanel", "… and {n} more (Show Details)")
                         .format(n=n - 5))
        head = str(err).split(":", 1)[-1].split(" (missing values)")[0].strip()
        box = QMessageBox(QMessageBox.Question, translate("DatasetPanel", "Missing values"),
                          translate("DatasetPanel", "{head} (missing values):").format(head=head)
                          + "\n" + "\n".join(shown), parent=self)
        box.setObjectName("missing_values_box")
        box.setInformativeText(
            translate("DatasetPanel", "Drop this row and import the rest, or cancel and fill the "
                                      "cells in?") if n == 1
            else translate("DatasetPanel", "Drop these {n} rows and import the rest, or cancel "
                                           "and fill the cells in?").format(n=n))
        self.drop_button = box.addButton(
            translate("DatasetPanel", "Drop 1 row") if n == 1
            else translate("DatasetPanel", "Drop {n} rows").format(n=n),
            QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDetailedText("\n".join(line.format(no=no, why=why) for no, why in err.problems))
        box.exec()
        return box.clickedButton() is self.drop_button

    # ----- slots -----
    def _on_standardize(self, on):
        if self._building:
            return
        self._spec.standardize = bool(on)
        self.standardizeChanged.emit(bool(on))

    def _on_standardize_targets(self, on):
        if self._building:
            return
        self._spec.standardize_targets = bool(on)
        self.standardizeTargetsChanged.emit(bool(on))

    def _edits(self):
        return [self.n_edit, self.noise_edit, self.seed_edit, self.classes_edit, self.test_edit]

    def _choose_csv(self):
        path, _ = QFileDialog.getOpenFileName(
            self, translate("DatasetPanel", "Import CSV"), "",
            translate("DatasetPanel", "CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.load_csv(path)

    def _on_name(self, _):
        if self._building:
            return
        name = self.name_combo.currentData()
        if name in ("csv", "points"):
            return
        self._spec.name = name
        if name in datasets.GENERATORS:    # back from shipped data: the generator's settings
            self._building = True
            self.n_edit.setValue(int(self._spec.n))
            self.noise_edit.setValue(float(self._spec.noise))
            self.classes_edit.setValue(int(self._spec.classes))
            self._building = False
        self._spec.standardize = None          # each dataset's own default
        self._spec.standardize_targets = None
        self._building = True
        self.standardize_box.setChecked(self._spec.standardizes())
        self.standardize_targets_box.setChecked(self._spec.standardizes_targets())
        self._building = False
        if name in datasets.SHIPPED or not self._two_d(name):
            self._spec.features = []
            self._building = True
            for box in self.feature_boxes.values():
                box.setChecked(False)
            self._building = False
        self._enable()
        self.regenerate()

    @staticmethod
    def _two_d(name):
        return name in ("moons", "circles", "xor", "blobs", "spirals", "plane", "bumps")

    def _on_value(self, key, v):
        setattr(self._spec, key, v)
        if self._building or self._spec.name == "points":
            return
        if self._spec.name != "csv" or key in ("test_fraction", "seed"):
            self.regenerate()

    def _on_features(self, _):
        if self._building:
            return
        self._spec.features = [f for f in datasets.DERIVED_FEATURES
                               if self.feature_boxes[f].isChecked()]
        if self._spec.name in ("csv", "points"):
            self.featuresChanged.emit(list(self._spec.features))   # no generator to rerun
        else:
            self.regenerate()

    def _on_tool(self, _id, checked):
        if checked:
            self.toolChanged.emit(self.tool())

    def _enable(self):
        name = self._spec.name
        generated = name in datasets.GENERATORS
        self.n_edit.setEnabled(generated)
        self.noise_edit.setEnabled(generated)
        self.classes_edit.setEnabled(name in datasets.USES_CLASSES)
        self.regenerate_button.setEnabled(name != "points")
        self.regenerate_button.setToolTip(
            translate("DatasetPanel", "Split the file's rows again with this test fraction and "
                                      "seed") if name == "csv"
            else translate("DatasetPanel", "Make the dataset again with these settings"))
        # drawn points are split by hand (a click adds a training point): no fraction to apply
        for edit, what, drawn in (
                (self.test_edit, "test fraction",
                 translate("DatasetPanel", "Drawn points have no test fraction: each point you "
                                           "add is a training point; pick a generator or "
                                           "import a CSV to split them")),
                (self.seed_edit, "seed",
                 translate("DatasetPanel", "Drawn points have no seed: each point you add is a "
                                           "training point; pick a generator or import a CSV "
                                           "to split them"))):
            own = self._split_help.setdefault(what, edit.property("help_tip"))
            edit.setEnabled(name != "points")
            edit.set_help(drawn if name == "points" else own)
        from_file = name in ("csv", "points") and self._two_inputs
        for box in self.feature_boxes.values():
            box.setEnabled(self._two_d(name) or from_file)


def _swatch(rgb, size=12):
    from PySide6.QtGui import QIcon, QPixmap
    pm = QPixmap(size, size)
    pm.fill(th.qcolor(rgb))
    return QIcon(pm)


def main():
    """``python -m annstudio.gui.panels.dataset [--screenshot PNG]``: the panel alone; it
    prints its ``specChanged`` intents as you edit it."""
    from annstudio.gui import standalone
    return standalone.run(DatasetPanel, translate("DatasetPanel", "Dataset panel"),
                          size=(380, 560), emits=lambda p: {"specChanged": p.specChanged})


if __name__ == "__main__":
    raise SystemExit(main())
