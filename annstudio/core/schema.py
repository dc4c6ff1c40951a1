"""One schema for every experiment field: its type, bounds, choices and meaning, written once.

Each `Field` names one entry of ``Experiment.to_dict()`` (``"training.batch_size"``). Four
readers take their rules from this table and nowhere else:

- validation: `Experiment.validate` checks each section (`check_section`);
- the file loader (`io.experiment_file`) checks each JSON value against its field, naming
  the JSON path (``experiment.training.batch_size must be at least 1, got 0``);
- the CLI builds its flags' types, choices and help text (with the bounds) from it;
- the panels build their editors (number ranges, combo choices) from it.

The defaults stay where Python reads them, on the spec dataclasses of `core.experiment`
(``Experiment().to_dict()`` lists them). Where the window deliberately offers less than a file
may hold (a live view of a million points would crawl), the field says so once:
``editor_maximum`` with its reason in ``editor_why``.

Fields with structure of their own are checked by their own code, named here so nothing
is forgotten: ``optimizer.params`` (each optimizer's hyperparameters: `core.optimizers`,
which every reader calls), ``dataset.mean``/``dataset.scale`` and
``dataset.target_mean``/``dataset.target_scale`` (`core.standardize`) and
``dataset.label_column`` (a column name or number, read by `io.csvdata`).
"""
from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

from annstudio.core import datasets
# the generators' bounds are declared where they are enforced, in `core.datasets`
from annstudio.core.datasets import (DERIVED_FEATURES, MAX_CLASSES, MAX_POINTS,  # noqa: F401
                                     MAX_TEST_FRACTION, MIN_CLASSES, MIN_POINTS)
from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP

MAX_UNITS = 4096           # per hidden layer in a file; the window offers up to GUI_MAX_UNITS
MAX_LAYERS = 100           # hidden layers in a file; the window offers up to GUI_MAX_LAYERS
MAX_SEED = 2 ** 63 - 1     # NumPy takes any seed ≥ 0; a file stores it as a JSON integer
MAX_EPOCHS = 10_000_000
MAX_TEXT = 1_000_000       # characters of a note
GUI_MAX_POINTS = 100_000   # the live views redraw every point: beyond this they crawl
GUI_MAX_UNITS = 512        # the layer views draw one map per neuron
GUI_MAX_LAYERS = 8
GUI_MAX_NOISE = 5.0        # beyond this a generator's shape is lost in the noise
ENGINES = ("numpy", "torch", "auto")
DTYPES = ("float32", "float64")


def _dataset_names():
    return tuple(datasets.names()) + tuple(datasets.PRESETS) + ("csv", "points")


def _hidden_activations():
    from annstudio.core.activations import HIDDEN
    return HIDDEN


def _outputs():
    from annstudio.core.activations import OUTPUT
    return ("auto",) + tuple(OUTPUT)


def _inits():
    from annstudio.core.network import INITS
    return INITS


def _optimizers():
    from annstudio.core.optimizers import NAMES
    return NAMES


@dataclass(frozen=True)
class Field:
    """One experiment field. ``kind``: "int", "float", "bool", "text" or "choice";
    ``items``: the field is a list of such values (at most ``max_items``)."""
    path: str                   # "section.key" in Experiment.to_dict()
    kind: str
    label: str                  # its name in messages: "batch size"
    doc: str                    # one line for help texts and tooltips
    minimum: float | None = None
    maximum: float | None = None
    choices: object = None      # a function returning the allowed values, read when asked
    items: bool = False
    max_items: int | None = None
    nullable: bool = False
    max_len: int = MAX_TEXT
    flag: str | None = None     # the `annstudio train` flag that sets it
    editor_minimum: float | None = None   # the window's narrower range, when it has one
    editor_maximum: float | None = None
    editor_why: str = ""
    flag_minimum: float | None = None     # the command line's narrower lower bound
    editor: bool = True         # False: the window has no editor for it (files, flags set it)

    @property
    def section(self):
        return self.path.split(".")[0] if "." in self.path else None

    @property
    def key(self):
        return self.path.split(".")[-1]

    def read(self, spec):
        """Its value on ``spec``: its section's dataclass (or the `Experiment`)."""
        return getattr(spec, self.key)       # the schema's paths name the dataclass fields

    def write(self, spec, value):
        setattr(spec, self.key, value)

    def check_on(self, spec):
        """Check its value on ``spec`` and keep the checked value (whole floats → ints)."""
        self.write(spec, self.check(self.read(spec)))

    def allowed(self):
        """The choices as a tuple (None when the field has none)."""
        return None if self.choices is None else tuple(self.choices())

    def editor_range(self):
        """(minimum, maximum) the window's editor accepts."""
        lo = self.minimum if self.editor_minimum is None else self.editor_minimum
        hi = self.maximum if self.editor_maximum is None else self.editor_maximum
        return lo, hi

    def flag_range(self):
        """(minimum, maximum) the command line's flag accepts."""
        return (self.minimum if self.flag_minimum is None else self.flag_minimum,
                self.maximum)

    def bounds_text(self, lo=None, hi=None):
        """'1–4096', '≥ 0', 'one of sgd, adam, …' or '' (for help texts)."""
        if lo is None and hi is None:
            lo, hi = self.minimum, self.maximum
        if self.kind == "choice":
            return "one of " + ", ".join(self.allowed())
        if lo is not None and hi is not None:
            return f"{_num_text(lo)}–{_num_text(hi)}"
        if lo is not None:
            return f"≥ {_num_text(lo)}"
        if hi is not None:
            return f"≤ {_num_text(hi)}"
        return ""

    def help(self, editor=False, flag=False):
        """The doc line with the bounds: 'Points per mini-batch (1–1,000,000)'."""
        b = self.bounds_text(*self.editor_range()) if editor else \
            self.bounds_text(*self.flag_range()) if flag else self.bounds_text()
        if editor and self.editor_why and self.editor_range()[1] != self.maximum:
            b += f": {self.editor_why}"        # why the window offers less than a file holds
        return f"{self.doc} ({b})" if b else self.doc

    def check(self, value, name=None):
        """``value`` if this field allows it (ints from whole floats), else AnnStudioError
        with one sentence: '<name> must be at most 4096, got 5000'."""
        name = name or self.label
        if value is None:
            if self.nullable:
                return None
            raise AnnStudioError(f"{name} must be given, got nothing")
        if self.items and isinstance(value, (list, tuple)):
            if self.max_items is not None and len(value) > self.max_items:
                raise AnnStudioError(f"{name} has {len(value)} entries; at most "
                                     f"{self.max_items} are allowed")
            # each entry named by its number: "units of hidden layer 2 must be …"
            numbered = self.kind == "int"
            return [self._check_one(v, f"{name} {i + 1}" if numbered else name)
                    for i, v in enumerate(value)]
        if self.items:
            raise AnnStudioError(f"{name} must be a list, got {value!r}")
        return self._check_one(value, name)

    def check_item(self, value, name=None):
        """One entry of a list field (or the value of a plain one)."""
        return self._check_one(value, name or self.label)

    def _check_one(self, value, name):
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise AnnStudioError(f"{name} must be true or false, got {value!r}")
            return value
        if self.kind in ("text", "choice"):
            if not isinstance(value, str):
                raise AnnStudioError(f"{name} must be text, got {value!r}")
            if len(value) > self.max_len:
                raise AnnStudioError(f"{name} is {len(value):,} characters long; at most "
                                     f"{self.max_len:,} are allowed")
            allowed = self.allowed()
            if allowed is not None and value not in allowed:
                raise AnnStudioError(f"unknown {name} {value!r}; choose one of "
                                     f"{', '.join(allowed)}")
            return value
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            what = "a whole number" if self.kind == "int" else "a number"
            raise AnnStudioError(f"{name} must be {what}, got {value!r}")
        if not math.isfinite(value):
            raise AnnStudioError(f"{name} must be a finite number, got {value!r}")
        if self.kind == "int":
            if value != int(value):
                raise AnnStudioError(f"{name} must be a whole number, got {value!r}")
            value = int(value)
        else:
            value = float(value)
        self.check_bounds(value, name)
        return value

    def check_bounds(self, value, name=None, lo=None, hi=None):
        name = name or self.label
        lo = self.minimum if lo is None else lo
        hi = self.maximum if hi is None else hi
        if lo is not None and value < lo:
            raise AnnStudioError(f"{name} must be at least {_num_text(lo, False)}, got {value!r}")
        if hi is not None and value > hi:
            raise AnnStudioError(f"{name} must be at most {_num_text(hi, False)}, got {value!r}")


def _num_text(v, grouped=True):
    """0.9, 4096, 1,000,000 (help texts group digits; messages quote plain numbers, as the
    file loader and `check_positive_int` do)."""
    if isinstance(v, float) and not v.is_integer():
        return f"{v:g}"
    v = int(v)
    return f"{v:,}" if grouped and abs(v) >= 10_000 else str(v)


F = Field
FIELDS = (
    # ---- dataset
    F("dataset.name", "choice", "dataset", "A generator, a shipped set, a preset, a CSV "
      "file or drawn points", choices=_dataset_names, flag="--dataset"),
    # a file may count 1 drawn point; a generator needs MIN_POINTS (the flag and the
    # editor set a generator's n)
    F("dataset.n", "int", "n (number of points)", QT_TRANSLATE_NOOP("schema", "Points to generate"),
      1, MAX_POINTS, flag="--samples", flag_minimum=MIN_POINTS,
      editor_minimum=MIN_POINTS, editor_maximum=GUI_MAX_POINTS,
      editor_why=QT_TRANSLATE_NOOP("schema", "the live views redraw every point")),
    F("dataset.noise", "float", "noise", QT_TRANSLATE_NOOP("schema", "Standard deviation of the Gaussian "
                                          "noise added to each point"), 0.0, None, flag="--noise", editor_maximum=GUI_MAX_NOISE,
      editor_why=QT_TRANSLATE_NOOP("schema", "beyond this the generator's shape is lost in the "
                                 "noise")),
    F("dataset.seed", "int", "seed", QT_TRANSLATE_NOOP("schema", "Random seed: the same seed gives "
                                                 "the same points"),
      0, MAX_SEED, flag="--seed"),
    F("dataset.test_fraction", "float", "test fraction", QT_TRANSLATE_NOOP("schema", "Share of the points held "
                                                  "out for testing"), 0.0, MAX_TEST_FRACTION, flag="--test-fraction"),
    F("dataset.classes", "int", "classes", QT_TRANSLATE_NOOP("schema", "Number of classes of blobs and "
                                                "spirals"),
      MIN_CLASSES, MAX_CLASSES, flag="--classes"),
    F("dataset.features", "choice", "derived feature", "Derived inputs computed from x1, x2",
      choices=lambda: DERIVED_FEATURES, items=True, max_items=len(DERIVED_FEATURES),
      flag="--features"),
    F("dataset.path", "text", "CSV path", "The CSV file the data was read from",
      nullable=True, max_len=4096),
    F("dataset.drop_missing", "bool", "drop missing", "CSV: drop the rows with empty cells "
      "(else refuse them)", flag="--drop-missing"),
    F("dataset.standardize", "bool", "standardize", "Feed the network x̃ = (x − mean)/std "
      "per feature, fitted on the training split (null: on for CSV and shipped data)",
      nullable=True, flag="--standardize"),
    F("dataset.standardize_targets", "bool", "standardize targets", "Regression: the "
      "network learns ỹ = (y − mean)/std of the training targets and predicts "
      "ŷ = z·std + mean; losses stay in y's units (null: on for CSV and shipped data)",
      nullable=True),
    # ---- network
    F("network.hidden", "int", "units of hidden layer", QT_TRANSLATE_NOOP("schema", "Neurons in this layer"),
      1, MAX_UNITS, items=True, max_items=MAX_LAYERS, flag="--layers",
      editor_maximum=GUI_MAX_UNITS, editor_why=QT_TRANSLATE_NOOP("schema", "the layer views draw one map per "
                                 "neuron")),
    F("network.activations", "choice", "activation", "Hidden activation φ",
      choices=_hidden_activations, items=True, max_items=MAX_LAYERS, flag="--activation"),
    F("network.output", "choice", "output activation", "Output layer (auto: from the "
      "task)", choices=_outputs, flag="--output"),
    F("network.init", "choice", "initialisation", "How W starts (biases start at 0)",
      choices=_inits, flag="--init"),
    F("network.seed", "int", "network seed", QT_TRANSLATE_NOOP("schema", "Random seed of the "
                                                  "initial weights: same seed, same start"), 0, MAX_SEED, flag="--seed"),
    # ---- optimizer (its hyperparameters: core.optimizers)
    F("optimizer.name", "choice", "optimizer", "The update rule", choices=_optimizers,
      flag="--optimizer"),
    # ---- training
    F("training.batch_size", "int", "batch size", QT_TRANSLATE_NOOP("schema", "Points per mini-batch: "
                                                 "one optimizer step each"), 1, MAX_POINTS, flag="--batch-size"),
    F("training.epochs", "int", "epochs", QT_TRANSLATE_NOOP("schema", "Epochs to train"),
      0, MAX_EPOCHS, flag="--epochs", editor_minimum=1, flag_minimum=1,
      editor_why="0 is the 'until stopped' box; headless training needs an end"),
    F("training.shuffle", "bool", "shuffle", "A new order of the points each epoch"),
    F("training.seed", "int", "training seed", "Random seed of the batch order",
      0, MAX_SEED, flag="--seed", editor=False),
    F("training.engine", "choice", "engine", "Where training runs",
      choices=lambda: ENGINES, flag="--engine"),
    F("training.device", "text", "device", "cpu, cuda or mps (torch engine)", max_len=64,
      flag="--device"),
    F("training.dtype", "choice", "dtype", "Number format of the computation",
      choices=lambda: DTYPES, flag="--dtype"),
    # ---- the experiment itself
    F("note", "text", "note", "Free text shown with the experiment"),
)
del F

BY_PATH = {f.path: f for f in FIELDS}


def field(path) -> Field:
    """The field at ``path`` ("training.batch_size")."""
    return BY_PATH[path]


def section_fields(section):
    return [f for f in FIELDS if f.section == section]


def spec_of(experiment, f):
    """The dataclass holding ``f`` in ``experiment``: its section's, or the experiment."""
    return experiment if f.section is None else SECTION_OF[f.section](experiment)


# the sections of an `Experiment` (schema sits below core.experiment: no import of it)
SECTION_OF = {"dataset": lambda e: e.dataset, "network": lambda e: e.network,
              "optimizer": lambda e: e.optimizer, "training": lambda e: e.training}


def get(experiment, f):
    return f.read(spec_of(experiment, f))


def check_section(spec, section):
    """Check each field of ``section`` on its dataclass ``spec``, in place."""
    for f in section_fields(section):
        f.check_on(spec)
