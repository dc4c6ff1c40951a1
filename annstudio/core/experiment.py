"""An experiment = dataset spec + network spec + optimizer spec + training settings.

Pure data (JSON-able dicts via ``to_dict``/``from_dict``). Panels edit it, engines build
from it, experiment files store it. Each field's type, bounds and choices are declared once,
in `core.schema`; ``validate()`` checks them (and what relates fields to each other) and
raises `AnnStudioError` with one clear sentence.
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field

from annstudio.core import datasets, schema
# DatasetSpec is the experiment's dataset section; `core.datasets` builds from it
from annstudio.core.datasets import TASK_LOSS, TASK_OUTPUT, DatasetSpec  # noqa: F401
from annstudio.core.errors import AnnStudioError
from annstudio.core.schema import MAX_UNITS  # noqa: F401  (re-exported: the io layer's name)


@dataclass
class NetworkSpec:
    """Hidden layer sizes input→output, one activation per hidden layer."""
    hidden: list = field(default_factory=lambda: [20, 40, 20])
    activations: list = field(default_factory=lambda: ["relu", "relu", "relu"])
    output: str = "auto"           # auto (from the task) | sigmoid | softmax | identity
    init: str = "lecture"
    seed: int = 0

    def validate(self):
        schema.check_section(self, "network")
        if len(self.activations) != len(self.hidden):
            raise AnnStudioError(
                f"{len(self.hidden)} hidden layers but {len(self.activations)} activations")


@dataclass
class OptimizerSpec:
    name: str = "sgd"
    params: dict = field(default_factory=lambda: {"lr": 0.015})

    def validate(self):
        from annstudio.core import optimizers
        schema.field("optimizer.name").check(self.name)
        optimizers.create(self.name, **self.params)   # the hyperparameters' own rules


@dataclass
class TrainingSpec:
    batch_size: int = 10
    epochs: int = 50               # 0 = until stopped (GUI)
    shuffle: bool = True
    seed: int = 0
    engine: str = "numpy"          # numpy | torch | auto
    device: str = "cpu"
    dtype: str = "float64"

    def validate(self):
        schema.check_section(self, "training")


@dataclass
class Experiment:
    dataset: DatasetSpec = field(default_factory=DatasetSpec)
    network: NetworkSpec = field(default_factory=NetworkSpec)
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    training: TrainingSpec = field(default_factory=TrainingSpec)
    note: str = ""

    def validate(self):
        schema.check_section(self.dataset, "dataset")
        schema.field("note").check(self.note)
        self.dataset.validate_standardizer()
        self.network.validate()
        self.optimizer.validate()
        self.training.validate()
        # before anything is allocated: a lower bound (2 inputs, 1 output) of the network
        # and data this experiment asks for; `build_network` checks the exact sizes
        d_in = 2 + len(self.dataset.features or [])
        self.check_memory([d_in, *self.network.hidden, 1], self.dataset.n)
        return self

    def check_memory(self, sizes, n_points):
        """Refuse a network or a dataset that would not fit in memory (`core.memory`)."""
        from annstudio.core import memory
        n = n_points if isinstance(n_points, int) and n_points > 0 else 0
        memory.check("this network", memory.network_bytes(
            sizes, self.training.batch_size, n, self.optimizer.name))
        memory.check("this dataset", memory.dataset_bytes(n, sizes[0]))

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, d):
        try:
            return cls(dataset=DatasetSpec(**d.get("dataset", {})),
                       network=NetworkSpec(**d.get("network", {})),
                       optimizer=OptimizerSpec(**d.get("optimizer", {})),
                       training=TrainingSpec(**d.get("training", {})),
                       note=str(d.get("note", "")))
        except TypeError as e:
            raise AnnStudioError(f"experiment has an unknown or missing field: {e}") from None

    def copy(self):
        return copy.deepcopy(self)

    def build_data(self):
        """Make the dataset this experiment describes."""
        return datasets.from_spec(self.dataset)

    def standardizer(self, data=None):
        """The `Standardizer` the network's inputs go through, or None (standardisation off).

        The stored mean/scale when they fit ``data``'s features, else fitted on
        ``data.X_train`` (the training split only)."""
        spec = self.dataset
        if not spec.standardizes():
            return None
        from annstudio.core.standardize import Standardizer
        if spec.mean is not None and (data is None or len(spec.mean) == data.n_features):
            return Standardizer(spec.mean, spec.scale)
        if data is None:
            return None
        return Standardizer.fit(data.X_train)

    def target_standardizer(self, data=None):
        """The one-column `Standardizer` of regression targets, ỹ = (y − μ_y)/s_y, or None
        (off, or ``data`` is not regression). The stored target mean/scale, else fitted on
        ``data.y_train`` (the training split only)."""
        spec = self.dataset
        if not spec.standardizes_targets() or (data is not None and data.task != "regression"):
            return None
        from annstudio.core.standardize import Standardizer
        if spec.target_mean is not None:
            return Standardizer([spec.target_mean], [spec.target_scale])
        if data is None:
            return None
        return Standardizer.fit(data.y_train.reshape(-1, 1))

    def fit_standardizer(self, data):
        """Fit mean and scale on ``data``'s training points (and, for regression, its
        targets) and store them in the spec (cleared where standardisation is off);
        returns the inputs' `Standardizer` or None."""
        from annstudio.core.standardize import Standardizer
        spec = self.dataset
        spec.target_mean = spec.target_scale = None
        if spec.standardizes_targets() and data.task == "regression":
            ty = Standardizer.fit(data.y_train.reshape(-1, 1))
            spec.target_mean, spec.target_scale = float(ty.mean[0]), float(ty.scale[0])
        if not spec.standardizes():
            spec.mean = spec.scale = None
            return None
        st = Standardizer.fit(data.X_train)
        spec.mean, spec.scale = st.to_dict()["mean"], st.to_dict()["scale"]
        return st

    def network_data(self, data):
        """``data`` as the network sees it: inputs (and regression targets) standardised
        when this experiment says so (a copy; ``data`` keeps the user's units), else
        ``data`` itself."""
        st = self.standardizer(data)
        out = data if st is None else st.apply(data)
        ty = self.target_standardizer(data)
        return out if ty is None else ty.apply_targets(out)

    def build_network(self, data):
        """A fresh network for ``data`` with this experiment's spec and seed."""
        from annstudio.core.network import Network
        net_spec = self.network
        net_spec.validate()
        output = TASK_OUTPUT[data.task] if net_spec.output == "auto" else net_spec.output
        sizes = [data.n_features, *net_spec.hidden, data.n_outputs]
        self.check_memory(sizes, len(data.X_train))
        return Network.create(sizes, hidden=list(net_spec.activations), output=output,
                              init=net_spec.init, seed=net_spec.seed)


def lecture_moons():
    """The lecture run: moons 500 with noise 0.1, all 500 for training (no test split),
    2→20→40→20→1 ReLU/σ, batch 10, SGD lr 0.015, 50 epochs."""
    return Experiment(dataset=DatasetSpec("moons", n=500, noise=0.1, seed=0, test_fraction=0.0))
