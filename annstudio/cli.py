"""The ``annstudio`` command: the app by default, plus train / export / bench.

    annstudio                       open the app (annstudio FILE.annstudio opens a file,
                                    annstudio NAME.challenge a new run for a challenge)
    annstudio train [FILE] [...]    train headless, print per-epoch losses (or --json)
    annstudio race [FILE] --racer "sgd lr=0.015" --racer "adam lr=0.01" [...] [--json]
    annstudio landscape FILE [--directions random|pca] [--resolution 31] [-o map.png] [--json]
    annstudio animate FILE -o run.gif [--fps 10]   a saved timeline as an animated GIF
    annstudio export torch FILE -o train.py [--force] [--distributed]
    annstudio bench [--quick]
    annstudio lessons [--check]     list the lessons; --check runs their goals headless
    annstudio challenge new FILE -o NAME.challenge --title T [--lock dataset,output
        --max-params 500 --max-epochs 300 --optimizers adam,sgd --hold-out 0.3]
                                    writes NAME.challenge (students) and NAME.key (teacher)
    annstudio challenge show NAME.challenge [--save START.annstudio]
    annstudio handin RUN.annstudio --challenge NAME.challenge --name NAME -o FOLDER
        (or --to HOST:PORT --code CODE: to the teacher's computer)
    annstudio class collect FOLDER_OR_ZIP --key NAME.key [--csv table.csv] [--json]
    annstudio class serve NAME.key --folder FOLDER [--bind ADDRESS] [--port 8765] [--code C]
    annstudio --screenshot OUT.png [--preset NAME | FILE] [--train-epochs N]
    annstudio --self-test
    annstudio --version

The window speaks the language chosen in View ▸ Language (else the system's); for one
run: ANNSTUDIO_LANG=de annstudio (en, de, es, fr, zh_CN). The command line, files and
exported code are the same in every language.

Every error a user can make prints one line on stderr and exits non-zero.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
import warnings

import annstudio
from annstudio.core.errors import AnnStudioError
from annstudio.core.training import loss_line
from annstudio.usage import EXIT_USAGE, OneLineParser

EXIT_ERROR = 1
EXIT_DIVERGED = 3

# Optimizer hyperparameters as flags, named as in the API (torch's names).
HYPER_FLAGS = {
    "momentum": float, "dampening": float, "nesterov": "bool", "weight_decay": float,
    "eta": float, "lr_decay": float, "initial_accumulator_value": float, "eps": float,
    "alpha": float, "centered": "bool", "gamma": float, "betas": str, "amsgrad": "bool",
}


def _bool(text):
    t = str(text).strip().lower()
    if t in ("1", "true", "yes", "on"):
        return True
    if t in ("0", "false", "no", "off"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _flag_type(path, lower=False):
    """An argparse type for the experiment field at ``path``: the value, with the field's
    bounds and choices (`core.schema`) and the same one sentence as validation."""
    from annstudio.core import schema
    f = schema.field(path)

    def parse_one(text, name):
        if f.kind in ("int", "float"):
            t = text.strip()
            try:
                # whole numbers as ints: a seed near 2⁶³ is not exact in a float
                v = int(t) if f.kind == "int" and t.lstrip("+-").isdigit() else float(t)
            except ValueError:
                what = "a whole number" if f.kind == "int" else "a number"
                raise AnnStudioError(f"{name} must be {what}, got {text!r}") from None
            if f.kind == "int" and isinstance(v, float) and v.is_integer():
                v = int(v)
            v = f.check_item(v, name)
            f.check_bounds(v, name, *f.flag_range())
            return v
        return f.check_item(text.strip().lower() if lower else text, name)

    def parse(text):
        try:
            if not f.items:
                return parse_one(text, f.label)
            if text.strip() in ("", "none", "-"):
                return []
            parts = [t.strip() for t in text.split(",")]
            if f.max_items is not None and len(parts) > f.max_items:
                raise AnnStudioError(f"{f.label} has {len(parts)} entries; at most "
                                     f"{f.max_items} are allowed")
            numbered = f.kind in ("int", "float")
            return [parse_one(t, f"{f.label} {i + 1}" if numbered else f.label)
                    for i, t in enumerate(parts) if t or numbered]
        except AnnStudioError as err:
            raise argparse.ArgumentTypeError(str(err)) from None
    parse.__name__ = f.label    # argparse names the type in some messages
    return parse


def _one_activation(text):
    """--activation: one hidden activation, used for every hidden layer (one name, not a
    list: "relu,tanh" or "" is refused, never cut to its first entry)."""
    from annstudio.core import schema
    try:
        return schema.field("network.activations").check_item(text.strip().lower())
    except AnnStudioError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _dataset_flag(text):
    """--dataset: a .csv file, or a name the schema knows (any case)."""
    if text.strip().lower().endswith(".csv"):
        return text
    return _flag_type("dataset.name", lower=True)(text)


def _flag(group, path, *names, **kw):
    """Add the flag of the experiment field at ``path``: type, bounds and help from the
    schema (a ``help`` given here replaces the schema's doc line, not its bounds)."""
    import dataclasses

    from annstudio.core import schema
    f = schema.field(path)
    if "help" in kw:
        f = dataclasses.replace(f, doc=kw.pop("help"))
    text = f.help(flag=True)
    group.add_argument(*(names or (f.flag,)), type=kw.pop("type", _flag_type(path)),
                       help=text, **kw)


def train_parser():
    p = OneLineParser(prog="annstudio train",
                description="Train an experiment headless and print its per-epoch losses.")
    p.add_argument("file", nargs="?", help="an .annstudio experiment file (flags override it)")
    d = p.add_argument_group("data")
    _flag(d, "dataset.name", "--dataset", type=_dataset_flag,
          help="a .csv file, or a generator, shipped set or preset")
    _flag(d, "dataset.n", "--samples", "-n")
    _flag(d, "dataset.noise")
    _flag(d, "dataset.classes")
    _flag(d, "dataset.test_fraction")
    _flag(d, "dataset.features", help="comma-separated, e.g. x1^2,x1x2")
    d.add_argument("--label-column", help="CSV: the label/target column (default: the last)")
    _flag(d, "dataset.seed", help="seed for data, initial weights and batch order")
    d.add_argument("--standardize", action=argparse.BooleanOptionalAction, default=None,
                   help="feed the network x̃ = (x − mean)/std per feature, fitted on the "
                   "training split (default: on for CSV and shipped sets, off for generators)")
    d.add_argument("--drop-missing", action="store_true",
                   help="CSV: drop the rows with empty cells (default: refuse, listing them)")
    n = p.add_argument_group("network")
    _flag(n, "network.hidden", help="hidden layer sizes, e.g. 20,40,20")
    _flag(n, "network.activations", "--activation", type=_one_activation,
          help="one for every hidden layer")
    _flag(n, "network.output")
    _flag(n, "network.init")
    o = p.add_argument_group("optimizer")
    _flag(o, "optimizer.name")
    o.add_argument("--lr", type=float, help="learning rate")
    for name, kind in HYPER_FLAGS.items():
        o.add_argument("--" + name.replace("_", "-"), dest="hp_" + name,
                       type=_bool if kind == "bool" else kind, metavar="VALUE")
    t = p.add_argument_group("training")
    _flag(t, "training.batch_size")
    _flag(t, "training.epochs")
    _flag(t, "training.engine")
    _flag(t, "training.device")
    _flag(t, "training.dtype")
    p.add_argument("--save", metavar="OUT.annstudio", help="write the trained experiment")
    p.add_argument("--timeline", action="store_true",
                   help="record a bounded timeline of the run and save it with --save")
    p.add_argument("--from-step", type=int, metavar="K",
                   help="go back to step K of FILE's recorded timeline and train on from there "
                        "(with the flags' settings: a branch)")
    p.add_argument("--force", action="store_true",
                   help="let --save replace a file that is not an experiment")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    return p


def _experiment_from_args(a):
    """The experiment of FILE (if any) with every given flag applied on top."""
    from annstudio.core.experiment import Experiment
    loaded = None
    if a.file:
        from annstudio.io import experiment_file
        loaded = experiment_file.load(a.file)
        exp = loaded.experiment
    else:
        exp = Experiment()
    ds, net, opt, tr = exp.dataset, exp.network, exp.optimizer, exp.training
    data_changed = False
    if a.dataset is not None:
        data_changed = True
        if a.dataset.lower().endswith(".csv"):
            ds.name, ds.path = "csv", a.dataset
        else:
            ds.name = a.dataset
    for flag, attr in (("samples", "n"), ("noise", "noise"), ("classes", "classes"),
                       ("test_fraction", "test_fraction"), ("seed", "seed"),
                       ("label_column", "label_column")):
        v = vars(a)[flag]                 # argparse's namespace, by flag name
        if v is not None:
            setattr(ds, attr, v)
            data_changed = True
    if a.features is not None:
        ds.features = a.features
        data_changed = True
    if a.standardize is not None:
        ds.standardize = a.standardize
    if a.drop_missing:
        ds.drop_missing = True
        data_changed = True
    if a.seed is not None:
        net.seed = tr.seed = a.seed
    if a.layers is not None:
        act = a.activation or (net.activations[0] if net.activations else "relu")
        net.hidden = a.layers
        net.activations = [act] * len(a.layers)
    elif a.activation is not None:
        net.activations = [a.activation] * len(net.hidden)
    if a.output is not None:
        net.output = a.output
    if a.init is not None:
        net.init = a.init
    if a.optimizer is not None and a.optimizer != opt.name:
        opt.name = a.optimizer
        lr = opt.params.get("lr")
        opt.params = {} if lr is None else {"lr": lr}
    if a.lr is not None:
        opt.params["lr"] = a.lr
    for name in HYPER_FLAGS:
        v = vars(a)["hp_" + name]
        if v is not None:
            opt.params[name] = v
    if a.batch_size is not None:
        tr.batch_size = a.batch_size
    if a.epochs is not None:
        tr.epochs = a.epochs
    if a.engine is not None:
        tr.engine = a.engine
    if a.device is not None:
        tr.device = a.device
    if a.dtype is not None:
        tr.dtype = a.dtype
    if tr.engine == "numpy" and tr.dtype == "float32":
        raise AnnStudioError("the NumPy engine computes in float64; use --engine torch for float32")
    if tr.epochs == 0:
        raise AnnStudioError("epochs must be at least 1 for headless training")
    return exp, loaded, data_changed


def _build_data(exp):
    """The data of ``exp``'s spec: CSV, shipped or generated (`io.csvdata.from_spec`)."""
    from annstudio.io.csvdata import MissingValues, from_spec
    try:
        return from_spec(exp.dataset)
    except MissingValues as err:
        raise AnnStudioError(f"{err} (--drop-missing drops them)") from None


def _derived(data, features):
    """Derived inputs for data read from a file (CSV, drawn points): any 2-feature data."""
    if not features:
        return data
    from annstudio.core import datasets
    return datasets.with_features(data, features)


def _same_network(a, data_changed):
    """Whether FILE's saved weights still fit: same data and no network flag given."""
    return not data_changed and a.layers is None and a.activation is None \
        and a.output is None and a.init is None


def _fit_standardizer(exp, data, loaded):
    """The standardizer of ``data``: new points get the mean and scale of their training
    split; the file's own points keep the ones saved with them."""
    if loaded is None or data is not loaded.data or exp.dataset.mean is None:
        exp.fit_standardizer(data)
    return exp.standardizer(data)


def _train_data(a, exp, loaded, data_changed):
    """The file's own points (CSV or drawn) when no data flag changes them, with derived
    features when only --features is given; else the points of the experiment's spec."""
    features_only = a.features is not None and a.dataset is None and all(
        vars(a)[f] is None for f in ("samples", "noise", "classes", "test_fraction", "seed",
                                         "label_column"))
    if loaded is not None and loaded.data is not None and (not data_changed or features_only):
        data = loaded.data
        if features_only:
            data = _derived(data, exp.dataset.features)
        return data
    return _build_data(exp)


def _train_engine(exp, net, data):
    """The engine of the experiment's training settings, its compiled path ready if it
    loads in time."""
    from annstudio import engines
    tr = exp.training
    engine = engines.create(tr.engine, net, exp.network_data(data), exp.optimizer.name,
                            exp.optimizer.params,
                            batch_size=tr.batch_size, shuffle=tr.shuffle, seed=tr.seed,
                            device=tr.device, dtype=tr.dtype)
    if engine.path_note is not None and engine.path_note.startswith("preparing"):
        # the compiled fast path loads from numba's disk cache in about a second: wait for
        # that; a first-ever compile (5–20 s) finishes in the background, NumPy path meanwhile
        from annstudio.engines import fast
        fast.start(wait=True, timeout=3.0)
    return engine


def _resume_saved_run(engine, loaded, exp, data):
    """Carry on exactly where the saved run stopped: weights, optimizer state, position;
    the flags' hyperparameters win over the file's."""
    state = loaded.engine_state(data)
    saved_opt = (state.get("optimizer") or {}).get("name")
    if saved_opt not in (None, exp.optimizer.name):
        state["optimizer"] = None   # another optimizer chosen on the command line: start it fresh
    if state.get("optimizer") is None:
        state.pop("optimizer")
    engine.import_state(state)
    engine.set_hyperparameters(**exp.optimizer.params)


def _print_train_header(data, net, exp, engine):
    print(f"{data.name}: {len(data.X_train)} training / {len(data.X_test)} test points; "
          f"network {'→'.join(map(str, net.sizes))} ({net.parameter_count} parameters); "
          f"{exp.optimizer.name} {_hp_text(exp.optimizer.params)}; engine {engine.name} "
          f"({engine.device}, {engine.dtype}"
          + (f", {engine.path} path" if engine.path is not None else "") + ")", flush=True)


def _print_train_result(a, history, first_epoch, seconds, engine, data, standardizer):
    """The run's summary: one JSON object (--json) or one "done:" line."""
    if a.json:
        print(json.dumps({
            "train_loss": history.train_loss, "test_loss": history.test_loss,
            "accuracy": history.accuracy, "test_accuracy": history.test_accuracy,
            "metric": "r2" if data.task == "regression" else "accuracy",
            "seconds": seconds, "engine": engine.name, "device": engine.device,
            "dtype": engine.dtype, "path": engine.path,
            "epochs": len(history) - first_epoch,
            "diverged": history.diverged, "standardized": standardizer is not None,
            **_metrics_json(engine, data, standardizer)}))
    elif history.epochs:
        last = history.epochs[-1]
        print(f"done: {len(history) - first_epoch} epochs in {seconds:.2f} s; final train loss "
              f"{last.train_loss:.4f}" + ("" if last.test_loss is None else
                                          f", test loss {last.test_loss:.4f}"))


def cmd_train(argv):
    a = train_parser().parse_args(argv)
    if a.save is not None:
        _check_save_path(a.save, a.force)
    exp, loaded, data_changed = _experiment_from_args(a)
    exp.validate()
    data = _train_data(a, exp, loaded, data_changed)
    net = exp.build_network(data)
    standardizer = _fit_standardizer(exp, data, loaded)
    engine = _train_engine(exp, net, data)
    if loaded is not None and loaded.weights is not None and _same_network(a, data_changed):
        _resume_saved_run(engine, loaded, exp, data)
    if a.from_step is not None:
        _go_to_step(a, loaded, engine, exp)
    recorder = _record_timeline(engine, loaded if a.from_step is not None else None,
                                a.from_step) if a.timeline else None
    verbose = not (a.json or a.quiet)
    if verbose:
        _print_train_header(data, net, exp, engine)
    tr = exp.training
    first_epoch = engine.epoch
    last_epoch = first_epoch + tr.epochs

    def show(rec):
        if verbose:
            print(f"epoch {rec.epoch:4d}/{last_epoch}  {loss_line(rec)}", flush=True)

    t0 = time.perf_counter()
    history = engine.train(tr.epochs, callback=show)
    seconds = time.perf_counter() - t0
    if a.save:
        from annstudio.io import experiment_file
        experiment_file.save_engine(a.save, exp, engine, data=data,
                                    timeline=recorder.freeze() if recorder else None)
    _print_train_result(a, history, first_epoch, seconds, engine, data, standardizer)
    engine.close()
    if history.diverged:
        print(f"annstudio: {history.diverged}", file=sys.stderr)
        return EXIT_DIVERGED
    return 0


def _metrics_json(engine, data, standardizer):
    """confusion_train/test, precision_*, recall_*, accuracy_* and class_names, or
    r2_*/mae_* (regression) of the final weights (`core.metrics`)."""
    return _network_metrics_json(engine.network(), data, standardizer,
                                 engine.data.y_standardizer)


def _network_metrics_json(net, data, standardizer, target=None):
    import numpy as np

    from annstudio.core import metrics
    with np.errstate(all="ignore"):
        return metrics.to_json(metrics.report(net, data, standardizer, target))


def _check_save_path(path, force):
    """Refuse a --save target before training, not after: an empty name, or an existing
    file of another kind (a script, a CSV) that the save would destroy."""
    from annstudio.io import atomic
    if not path.strip():
        raise AnnStudioError("--save needs a file name (got an empty one)")
    atomic.target(path)   # a folder, a device, a FIFO or a missing folder: say so now
    other = atomic.other_kind(path, atomic.EXPERIMENT)
    if other and not force:
        raise AnnStudioError(f"{path} already exists and is {other}, not an ANN Studio "
                             "experiment; choose another name, or add --force to replace it")


def _hp_text(params):
    return ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in params.items())


def _metric_text(v, task):
    return f"{v:.3f}" if task == "regression" else f"{100 * v:.1f}%"


def cmd_export(argv):
    usage = "annstudio export torch FILE.annstudio -o train.py [--force] [--distributed]"
    if argv[:1] in (["-h"], ["--help"]):
        print(f"usage: {usage}")
        return 0
    if not argv:        # a usage error: one line on stderr, like every other command's
        print(f"annstudio export: error: say what to export: {usage}", file=sys.stderr)
        return EXIT_USAGE
    if argv[0] != "torch":
        raise AnnStudioError(f"unknown export format {argv[0]!r}; annstudio export torch FILE -o train.py")
    from annstudio.io.export_torch import main_export
    return main_export(argv[1:])


def cmd_bench(argv):
    from annstudio import bench
    return bench.main(argv)


# ----- race, timeline (--from-step, --timeline), landscape -----
def _go_to_step(a, loaded, engine, exp):
    """Put the engine's run at step K of the file's timeline, then apply the flags."""
    from annstudio.core import optimizers
    if loaded is None or loaded.timeline is None:
        raise AnnStudioError("--from-step needs an experiment file with a recorded timeline "
                             "(train --timeline --save FILE)")
    if engine.name != "numpy":
        raise AnnStudioError("--from-step replays the run on the NumPy engine; "
                             "leave out --engine torch")
    tl = loaded.timeline
    trainer = engine.trainer
    new_name = exp.optimizer.name
    # replay with the recorded optimizer (its settings come with each checkpoint) …
    trainer.optimizer = optimizers.create(tl.checkpoint_before(a.from_step)
                                          .snapshot["optimizer"]["name"])
    tl.restore(trainer, a.from_step)
    # … then the branch's settings: another optimizer starts fresh from these weights
    if new_name != trainer.optimizer.name:
        trainer.optimizer = optimizers.create(new_name, **exp.optimizer.params)
    else:
        trainer.set(**exp.optimizer.params)


def _record_timeline(engine, loaded=None, from_step=None):
    """A timeline that records every step the engine takes (NumPy engine only)."""
    from annstudio.core import timeline
    if engine.name != "numpy":
        raise AnnStudioError("--timeline records the NumPy engine's run; leave out --engine torch")
    trainer = engine.trainer
    if loaded is not None and loaded.timeline is not None:
        tl = loaded.timeline.truncated(from_step)     # the branch keeps its shared past
        tl.record(trainer)
    else:
        tl = timeline.Timeline.start(trainer)
    step = engine.step

    def recording_step():
        r = step()
        tl.record(trainer)
        return r

    engine.step = recording_step      # Engine.train calls self.step(): every step is seen
    return tl


def _history_json(history, first_epoch, seconds, engine_name, task):
    """A run's figures with the keys of `train --json`."""
    return {"train_loss": history.train_loss, "test_loss": history.test_loss,
            "accuracy": history.accuracy, "test_accuracy": history.test_accuracy,
            "metric": "r2" if task == "regression" else "accuracy",
            "seconds": seconds, "engine": engine_name, "device": "cpu", "dtype": "float64",
            "path": "numpy",     # racers are core Trainers: the NumPy engine's NumPy path
            "epochs": len(history) - first_epoch, "diverged": history.diverged}


def race_parser():
    p = train_parser()
    p.prog = "annstudio race"
    p.description = ("Train several optimizer settings from the same initial weights on the "
                     "same batch order and compare them.")
    p.add_argument("--racer", action="append", default=[], metavar='"NAME k=v …"',
                   help='one racer, e.g. "lecture_momentum lr=0.04 eta=0.7" (2 to 6 of them)')
    return p


def _check_race_flags(a, max_racers):
    """Refuse what a race cannot take: too few or too many racers, optimizer flags (set per
    racer), and the solo-run flags --save, --from-step and --timeline."""
    if not 1 <= len(a.racer) <= max_racers:
        raise AnnStudioError(f"give 1 to {max_racers} racers with --racer \"NAME k=v …\", "
                             f"got {len(a.racer)}")
    given = [f for f in ["optimizer", "lr"] + ["hp_" + n for n in HYPER_FLAGS]
             if vars(a)[f] is not None]
    if given:
        raise AnnStudioError(f"--{given[0].removeprefix('hp_').replace('_', '-')} is set per "
                             f"racer in a race: --racer \"adam lr=0.01\"")
    for flag in ("save", "from_step", "timeline"):
        if vars(a)[flag]:
            raise AnnStudioError(f"--{flag.replace('_', '-')} is not available in a race")


def _race_trainers(settings, exp, net, net_data, loaded, same_network):
    """One trainer per racer, each built exactly as `train` builds a solo run, all from the
    same initial weights (FILE's saved ones when they fit)."""
    from annstudio import engines
    tr = exp.training
    trainers = []
    for name, params in settings:
        eng = engines.create("numpy", net.copy(), net_data, name, params, batch_size=tr.batch_size,
                             shuffle=tr.shuffle, seed=tr.seed)
        if loaded is not None and loaded.weights is not None and same_network:
            state = loaded.engine_state()
            state.pop("optimizer")          # every racer starts its optimizer fresh
            eng.import_state(state)
        trainers.append(eng.trainer)
    return trainers


def _print_race_json(r, order, first_epoch, seconds, data, standardizer, net_data):
    print(json.dumps({
        "racers": [{"settings": {"optimizer": x.optimizer, **x.hyperparameters},
                    "label": x.label, "initial_loss": x.initial_loss,
                    "history": {**_history_json(x.history, first_epoch, x.seconds,
                                                "numpy", data.task),
                                "standardized": standardizer is not None,
                                **_network_metrics_json(x.trainer.net, data, standardizer,
                                                        net_data.y_standardizer)}}
                   for x in r.racers],
        "finishing_order": order, "seconds": seconds,
        "steps": sum(x.trainer.step_count for x in r.racers)}))


def _print_finishing_order(r, order, task):
    print("finishing order (lowest final training loss first):")
    for rank, i in enumerate(order, 1):
        x = r.racers[i]
        h = x.history
        if x.diverged:
            print(f"  {rank}. {x.label:<40} diverged")
            continue
        last = h.epochs[-1]
        test = "" if last.test_loss is None else f"  test loss {last.test_loss:.4f}"
        acc = "" if last.test_metric is None else \
            f"  test {'R²' if task == 'regression' else 'accuracy'} " \
            f"{_metric_text(last.test_metric, task)}"
        print(f"  {rank}. {x.label:<40} train loss {last.train_loss:.4f}{test}{acc}")


def cmd_race(argv):
    from annstudio.core import race
    a = race_parser().parse_args(argv)
    _check_race_flags(a, race.MAX_RACERS)
    settings = [race.parse_racer(t) for t in a.racer]
    exp, loaded, data_changed = _experiment_from_args(a)
    exp.validate()
    tr = exp.training
    if tr.engine != "numpy":
        raise AnnStudioError("the race runs on the NumPy engine; leave out --engine")
    data = loaded.data if loaded is not None and loaded.data is not None and not data_changed \
        else _build_data(exp)
    net = exp.build_network(data)
    standardizer = _fit_standardizer(exp, data, loaded)
    net_data = exp.network_data(data)       # standardised when the experiment says so
    trainers = _race_trainers(settings, exp, net, net_data, loaded,
                              _same_network(a, data_changed))
    r = race.Race.from_trainers(trainers, settings)
    first_epoch = trainers[0].epoch
    verbose = not (a.json or a.quiet)
    if verbose:
        print(f"{data.name}: {len(data.X_train)} training / {len(data.X_test)} test points; "
              f"network {'→'.join(map(str, net.sizes))}; {len(settings)} racers from the same "
              f"weights (loss {r.racers[0].initial_loss:.4f}) on the same batches", flush=True)

    def show(race_):
        if verbose:
            e = max(x.trainer.epoch for x in race_.racers)
            losses = "  ".join(f"{x.history.train_loss[-1]:.4f}" if x.history.epochs else "-"
                               for x in race_.racers)
            print(f"epoch {e:4d}/{first_epoch + tr.epochs}  train loss  {losses}", flush=True)

    t0 = time.perf_counter()
    r.train(tr.epochs, callback=show)
    seconds = time.perf_counter() - t0
    order = r.finishing_order()
    if a.json:
        _print_race_json(r, order, first_epoch, seconds, data, standardizer, net_data)
    else:
        _print_finishing_order(r, order, data.task)
    return 0


def landscape_parser():
    p = OneLineParser(prog="annstudio landscape",
                      description="Draw the training loss over a plane through the saved "
                                  "weights, with the recorded path of the run.")
    p.add_argument("file", help="an .annstudio experiment file with weights")
    p.add_argument("--directions", choices=["random", "pca"], default="random",
                   help="random filter-normalised directions (Li et al. 2018) or the first two "
                        "principal components of the recorded path (needs a timeline)")
    p.add_argument("--resolution", type=int, default=31, help="grid points per side (3–401)")
    p.add_argument("--extent", type=float, help="half-width of the plane in direction units")
    p.add_argument("--seed", type=_flag_type("dataset.seed"), default=0,
                   help="seed of the random directions")
    p.add_argument("-o", "--output", metavar="MAP.png", help="write the map as a PNG picture")
    p.add_argument("--json", action="store_true", help="print the grid of losses as JSON")
    return p


def cmd_landscape(argv):
    import numpy as np

    from annstudio.core import landscape
    from annstudio.io import experiment_file
    a = landscape_parser().parse_args(argv)
    if a.output and not a.output.lower().endswith(".png"):
        raise AnnStudioError(f"the map is written as PNG: give a name ending in .png, "
                             f"not {a.output!r}")
    loaded = experiment_file.load(a.file)
    if loaded.weights is None:
        raise AnnStudioError(f"{a.file} holds no trained weights; train and save it first "
                             "(annstudio train --save FILE)")
    data = loaded.data if loaded.data is not None else _build_data(loaded.experiment)
    net = loaded.network(data)
    path = steps = None
    if loaded.timeline is not None:
        path, steps = loaded.timeline.trajectory()
        if not np.array_equal(path[-1], net.theta):
            path, steps = np.vstack([path, net.theta]), steps + [loaded.timeline.steps]
    elif a.directions == "pca":
        raise AnnStudioError("PCA directions need the run's recorded path: save the run with "
                             "annstudio train --timeline --save FILE, or use --directions random")
    t0 = time.perf_counter()
    data = loaded.experiment.network_data(data)    # the data as the network was trained on it
    L = landscape.compute(net, data.X_train, data.y_train, directions=a.directions,
                          resolution=a.resolution, extent=a.extent, trajectory=path,
                          trajectory_steps=steps, seed=a.seed)
    seconds = time.perf_counter() - t0
    if a.output:
        _write_png(a.output, landscape.image(L, scale=max(2, 512 // a.resolution)))
    finite = np.isfinite(L.loss)
    off_path = 0 if L.path is None else int(np.sum(~np.isfinite(L.path).all(axis=1)))
    if a.json:
        d = L.to_dict()
        d.update(d1=L.d1.tolist(), d2=L.d2.tolist(), seconds=seconds,
                 resolution=a.resolution, nonfinite_points=int(finite.size - finite.sum()),
                 path_points_not_drawn=off_path)
        print(json.dumps(_finite_or_null(d), allow_nan=False))
        return 0
    # a diverged run: the map draws what is finite and the line says what is not
    def loss_text(x):
        return f"{x:.4f}" if abs(x) < 1e6 else f"{x:.4g}"
    here = f"loss here {loss_text(L.origin_loss)}" if np.isfinite(L.origin_loss) else \
        "the loss at the saved weights is not a finite number (the run diverged)"
    if finite.all():
        rest = f", lowest on the map {loss_text(float(L.loss.min()))}"
    elif finite.any():
        rest = (f", lowest on the map {loss_text(float(L.loss[finite].min()))}; "
                f"{finite.size - finite.sum()}"
                f" of {finite.size} points have no finite loss (grey on the map)")
    else:
        rest = "; no point of the map has a finite loss"
    if off_path:
        rest += f"; {off_path} of {len(L.path)} points of the path are not finite and not drawn"
    print(f"loss landscape ({a.directions} directions, {a.resolution}×{a.resolution}, "
          f"±{L.alphas[-1]:.3g}) in {seconds:.2f} s: {here}{rest}"
          + (f"; wrote {a.output}" if a.output else ""))
    return 0


def _finite_or_null(v):
    """``v`` with every inf and nan as None: JSON has no such numbers (null says "none")."""
    if isinstance(v, float):
        return v if v - v == 0 else None
    if isinstance(v, dict):
        return {k: _finite_or_null(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_finite_or_null(x) for x in v]
    return v


def _write_png(path, rgb):
    """RGB uint8 (H, W, 3) → PNG through Qt's encoder (no display needed), atomically."""
    import numpy as np
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from annstudio.io import atomic
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise AnnStudioError("could not encode the map as PNG")
    buf.close()
    atomic.write_bytes(path, bytes(ba.data()))


def animate_parser():
    p = OneLineParser(prog="annstudio animate",
                      description="Write a saved run's recorded timeline as an animated GIF "
                                  "for slides: per checkpoint the decision boundary and the loss "
                                  "curve up to that step (as the Timeline window exports it).")
    p.add_argument("file", help="an .annstudio file saved with a timeline "
                                "(annstudio train --timeline --save FILE)")
    p.add_argument("-o", "--output", metavar="RUN.gif", required=True,
                   help="the animated GIF to write")
    p.add_argument("--fps", type=int, default=10, help="frames per second (1–50)")
    return p


def cmd_animate(argv):
    import os

    from annstudio.core import race as core_race
    from annstudio.io import atomic, experiment_file
    a = animate_parser().parse_args(argv)
    if not a.output.lower().endswith(".gif"):
        raise AnnStudioError(f"the animation is written as GIF: give a name ending in .gif, "
                             f"not {a.output!r}")
    if not 1 <= a.fps <= 50:
        raise AnnStudioError(f"--fps must be 1 to 50, not {a.fps}")
    loaded = experiment_file.load(a.file)
    if loaded.timeline is None:
        raise AnnStudioError(f"{a.file} holds no recorded timeline; record one with "
                             "annstudio train --timeline --save FILE")
    atomic.target(a.output)             # a folder, FIFO or device is refused before rendering
    from annstudio.gui.views.timeline_export import PILLOW_MISSING, pillow
    if pillow() is None:
        raise AnnStudioError(PILLOW_MISSING)
    exp = loaded.experiment
    data = loaded.data if loaded.data is not None else _build_data(exp)
    net = loaded.network(data)
    data = exp.network_data(data)       # the data as the network was trained on it
    os.environ["QT_QPA_PLATFORM"] = "offscreen"     # frames are painted, never shown
    import annstudio.gui  # noqa: F401  (binds pyqtgraph to PySide6)
    from PySide6.QtCore import QEventLoop, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from annstudio.gui.views.timeline import TimelineView

    def quiet(mode, context, text):     # the offscreen platform's chatter is not the user's
        if "propagateSizeHints" not in text:
            sys.stderr.write(text + "\n")
    qInstallMessageHandler(quiet)
    from annstudio.gui.views.timeline_export import AnimationExport
    app = QApplication.instance() or QApplication(["annstudio"])  # noqa: F841
    view = TimelineView()
    try:
        view.resize(1366, 768)
        view.show()
        view.set_run(net, data, loaded.timeline,
                     core_race.label(exp.optimizer.name, exp.optimizer.params),
                     exp.training.batch_size, exp.training.seed)
        export = AnimationExport(view, a.output, a.fps)
        loop, result = QEventLoop(), {}
        export.finished.connect(lambda path, n: (result.update(n=n), loop.quit()))
        export.failed.connect(lambda text: (result.update(error=text), loop.quit()))
        export.start()
        loop.exec()
    finally:
        view.close()
        view.deleteLater()
    if "error" in result:
        raise AnnStudioError(result["error"])
    size = os.path.getsize(a.output)
    print(f"wrote {a.output}: {result['n']} frames (of {len(loaded.timeline.checkpoints)} "
          f"checkpoints) at {a.fps} frames/s, {size / 2 ** 20:.1f} MB")
    return 0


def cmd_lessons(argv):
    """``annstudio lessons [--check] [NAME…]``: list the lessons, or train every lesson's
    reference solutions headless and print each goal as met or not (exit 0 only if all are)."""
    from annstudio.io import lessons
    return lessons.main(argv, prog="annstudio lessons")


# --------------------------------------------------------------------------- the classroom
def _names_list(text):
    return [t.strip().lower() for t in text.split(",") if t.strip()]


def _reason_flag(text):
    field, sep, reason = text.partition("=")
    if not sep or not field.strip() or not reason.strip():
        raise argparse.ArgumentTypeError(f"expected FIELD=REASON, got {text!r}")
    return field.strip().lower(), reason.strip()


def _positive_int(text):
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {v}")
    return v


def challenge_parser():
    from annstudio.core import classroom as rules
    p = OneLineParser(
        prog="annstudio challenge",
        description="new: turn an experiment into a challenge for the class. It writes two "
                    "files: NAME.challenge for the students (the given points, the task, the "
                    "locks and limits; no held-out point is in it or can be rebuilt from it) "
                    "and NAME.key beside it, the teacher's key with the held-out points "
                    "(never hand it out). show: print a challenge and, with --save, write its "
                    "starting experiment for `annstudio train`.")
    sub = p.add_subparsers(dest="action", metavar="new|show", parser_class=OneLineParser)
    sub.required = True
    n = sub.add_parser("new", help="make a challenge and its key from an experiment file")
    n.add_argument("file", help="the teacher's .annstudio experiment")
    n.add_argument("-o", "--output", required=True, metavar="NAME.challenge",
                   help="the students' file; the key is written beside it as NAME.key")
    n.add_argument("--key", metavar="NAME.key", help="write the key here instead")
    n.add_argument("--title", required=True, help="the challenge's title")
    n.add_argument("--task", default="", help="the task text shown to the students")
    n.add_argument("--lock", type=str, default="", metavar="FIELD,…",
                   help="fields students may not change: " + ", ".join(
                       [*rules.LOCKS, *rules.LOCK_ALIASES]))
    n.add_argument("--reason", type=_reason_flag, action="append", default=[],
                   metavar="FIELD=TEXT", help="the reason shown for a locked field "
                                              "(repeatable; each lock has a default)")
    n.add_argument("--max-params", type=_positive_int, help="the most parameters a network may have")
    n.add_argument("--max-epochs", type=_positive_int, help="the most epochs a run may train")
    n.add_argument("--optimizers", type=_names_list, metavar="NAME,…",
                   help="the optimizers allowed (default: all)")
    n.add_argument("--activations", type=_names_list, metavar="NAME,…",
                   help="the hidden activations allowed (default: all)")
    n.add_argument("--measure", choices=list(rules.MEASURES),
                   help="what ranks the hand-ins: held-out accuracy, loss or r2 (default: "
                        "accuracy, r2 for regression)")
    n.add_argument("--hold-out", type=float, default=0.3, metavar="SHARE",
                   help="the share of the points the key keeps back (above 0, at most 0.9; "
                        "default 0.3)")
    n.add_argument("--force", action="store_true", help="replace an existing challenge and key")
    s = sub.add_parser("show", help="print a challenge (task, locks, limits)")
    s.add_argument("file", help="a .challenge file")
    s.add_argument("--save", metavar="START.annstudio",
                   help="write its experiment with the given points, to train and hand in")
    return p


def cmd_challenge(argv):
    from annstudio.core import classroom as rules
    from annstudio.io import classroom, experiment_file
    a = challenge_parser().parse_args(argv)
    if a.action == "show":
        ch = classroom.load_challenge(a.file)
        for line in _challenge_lines(ch):
            print(line)
        if a.save:
            _check_save_path(a.save, False)
            classroom.save_start(ch, a.save)
            print(f"wrote {a.save}: train it (annstudio train {a.save} … --save RUN.annstudio) "
                  "and hand it in (annstudio handin RUN.annstudio --challenge "
                  f"{a.file} --name NAME -o FOLDER)")
        return 0
    loaded = experiment_file.load(a.file)
    limits = rules.Limits(a.max_params, a.max_epochs, a.optimizers, a.activations)
    ch, key, notes = classroom.make_challenge(
        loaded.experiment, loaded.data, title=a.title, task=a.task, locked=a.lock,
        reasons={k.replace("-", "_"): r for k, r in a.reason}, limits=limits, measure=a.measure, hold_out=a.hold_out)
    path, key_path = classroom.save_challenge(ch, key, a.output, a.key, force=a.force)
    print(f"wrote {path} for the students ({ch.data.n_train + ch.data.n_test} given points) "
          f"and {key_path}, the teacher's key ({ch.held_out_points} held-out points; keep it "
          "on this machine)")
    for note in notes:
        print(f"note: {note}")
    return 0


def _challenge_lines(ch):
    from annstudio.core import classroom as rules
    lim = ch.limits
    out = [ch.title, *(["", ch.task, ""] if ch.task else [])]
    out.append(f"ranked by: {rules.measure(ch.measure).label} on {ch.held_out_points} points "
               "you do not get")
    out.append(f"given: {ch.data.n_train} training and {ch.data.n_test} validation points")
    for k, r in ch.locked.items():
        out.append(f"locked: {rules.LOCKS[k].label} — {r}")
    for label, v in (("most parameters", lim.max_parameters), ("most epochs", lim.max_epochs),
                     ("optimizers", lim.optimizers and ", ".join(lim.optimizers)),
                     ("activations", lim.activations and ", ".join(lim.activations))):
        if v is not None:
            out.append(f"limit: {label} {v}")
    return out


def handin_parser():
    return OneLineParser(
        prog="annstudio handin",
        description="Hand in a trained run for a challenge: writes a new hand-in file "
                    "NAME-TIME.handin into the folder, or sends it to the teacher's computer "
                    "(--to, --code: `annstudio class serve` or Class ▸ Receive hand-ins) (an "
                    "earlier hand-in is never replaced; the latest counts). A run over a limit "
                    "or with a locked field changed is refused, with the reason, before "
                    "anything is written or sent.")


def cmd_handin(argv):
    from annstudio.io import classroom, experiment_file
    p = handin_parser()
    p.add_argument("file", help="the trained run (.annstudio, saved with its weights)")
    p.add_argument("--challenge", required=True, metavar="NAME.challenge")
    p.add_argument("--name", required=True, help="your name, as the teacher will see it")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("-o", "--output", metavar="FOLDER",
                    help="the folder to hand in to (a share, a USB stick, …)")
    to.add_argument("--to", metavar="HOST:PORT",
                    help="the teacher's computer, as its screen shows it (192.168.1.20:8765)")
    p.add_argument("--code", help="the class code on the teacher's screen (with --to)")
    p.add_argument("--predictions", metavar="ANSWERS.json",
                   help="your predict-then-check answers: a JSON list of {question, answer, "
                        "correct} (default: the ones saved in the run, if any)")
    a = p.parse_args(argv)
    if a.to and not a.code:
        p.error("--to needs the class code: --code CODE")
    ch = classroom.load_challenge(a.challenge)
    loaded = experiment_file.load(a.file)
    predictions = None
    if a.predictions:
        from annstudio.io import atomic
        try:
            predictions = json.loads(atomic.read_regular(a.predictions, 2 ** 20).decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise AnnStudioError(f"cannot read the predictions {a.predictions}: "
                                 f"{e.problem if isinstance(e, atomic.ReadRefused) else e}") from None
    if a.to:
        from annstudio.io import handin_client
        host, port = handin_client.parse_address(a.to)
        doc = classroom.handin_document(loaded, ch, a.name, predictions=predictions)
        stored = handin_client.send(doc, host, port, "".join(a.code.split()).upper())
        print(f"handed in to {host}:{port} as {stored}")
        return 0
    path = classroom.hand_in(loaded, ch, a.name, a.output, predictions=predictions)
    print(f"handed in: {path}")
    return 0


def class_parser():
    p = OneLineParser(prog="annstudio class",
                      description="collect: read every hand-in (*.handin) of a folder or a .zip, "
                                  "score each on the key's held-out points (a score a hand-in "
                                  "claims is ignored), flag what breaks the rules, rank the rest "
                                  "and tally the predict-then-check answers.")
    sub = p.add_subparsers(dest="action", metavar="collect|serve", parser_class=OneLineParser)
    sub.required = True
    c = sub.add_parser("collect", help="score and rank the hand-ins")
    c.add_argument("source", metavar="FOLDER_OR_ZIP")
    c.add_argument("--key", required=True, metavar="NAME.key", help="the teacher's key")
    c.add_argument("--csv", metavar="TABLE.csv", help="also write the table as CSV")
    c.add_argument("--tally-csv", metavar="TALLY.csv", help="also write the tally as CSV")
    c.add_argument("--json", action="store_true", help="print one JSON object instead")
    s = sub.add_parser("serve", help="receive hand-ins over the network until Ctrl+C")
    s.add_argument("key", metavar="NAME.key", help="the teacher's key")
    s.add_argument("--folder", required=True, help="the folder to store the hand-ins in")
    s.add_argument("--bind", metavar="ADDRESS", help="this computer's address to receive on "
                   "(default: its first network address; 127.0.0.1: this computer only)")
    s.add_argument("--port", type=int, default=None, metavar="PORT",
                   help="the port (default 8765; 0: any free one)")
    s.add_argument("--code", help="the class code (default: a new one)")
    return p


def cmd_class(argv):
    from annstudio.io import atomic, classroom
    a = class_parser().parse_args(argv)
    if a.action == "serve":
        return _serve(a)
    key = classroom.load_key(a.key)
    for out in (a.csv, a.tally_csv):
        if out:
            atomic.target(out)
    col = classroom.collect(a.source, key)
    if a.csv:
        atomic.write_text(a.csv, classroom.table_csv(col))
    if a.tally_csv:
        atomic.write_text(a.tally_csv, classroom.tally_csv(col))
    if a.json:
        print(json.dumps(classroom.to_json(col), ensure_ascii=False))
        return 0
    n = sum(r.refused is None for r in col.rows)
    print(f"{key.challenge.title}: {n} hand-in{'s' * (n != 1)}, "
          f"{sum(r.rank is not None for r in col.rows)} ranked by "
          f"{col.label} on {len(key.y)} held-out points")
    for line in classroom.table_text(col):
        print(line)
    tally = classroom.tally_text(col)
    if tally:
        print("\nwhat the class predicted:")
        for line in tally:
            print(line)
    for out in (a.csv, a.tally_csv):
        if out:
            print(f"wrote {out}")
    return 0


def _serve(a):
    """The hand-in server with no window (a QCoreApplication), until Ctrl+C or SIGTERM."""
    import os
    import signal
    from annstudio.io import classroom
    key = classroom.load_key(a.key)
    if not os.path.isdir(a.folder):
        raise AnnStudioError(f"the folder {a.folder} does not exist")
    from PySide6.QtCore import QCoreApplication, QTimer
    from annstudio.gui import handin_server
    app = QCoreApplication.instance() or QCoreApplication([])
    server = handin_server.HandinServer(a.folder, key.challenge.id, code=a.code)
    address = a.bind or handin_server.ipv4_addresses()[0]
    server.start(address, handin_server.DEFAULT_PORT if a.port is None else a.port)
    server.received.connect(lambda path: print(f"stored {os.path.basename(path)}", flush=True))
    server.refused.connect(lambda who, why: print(f"refused from {who}: {why}", flush=True))
    print(f"receiving hand-ins for {key.challenge.title!r} at {server.url} with the class code "
          f"{server.code} into {a.folder} (Ctrl+C stops)", flush=True)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    tick = QTimer()             # Python sees a signal only between bytecodes: wake up for it
    tick.timeout.connect(lambda: None)
    tick.start(200)
    try:
        app.exec()
    finally:
        tick.stop()
        server.stop()
    print(f"stopped: {server.n_received} received, {server.n_refused} refused", flush=True)
    return 0


COMMANDS = {"train": cmd_train, "export": cmd_export, "bench": cmd_bench, "lessons": cmd_lessons,
            "race": cmd_race, "landscape": cmd_landscape, "animate": cmd_animate,
            "challenge": cmd_challenge, "handin": cmd_handin, "class": cmd_class}


def _unknown_word(word):
    """Why ``word`` (the first argument) can open nothing, or None: an existing file opens
    in the app; a path-like word (an .annstudio name, a folder part) that does not exist is
    a missing file; any other word is a mistyped command — not a reason to open a window
    (in a script that window would hang)."""
    import os
    if os.path.exists(word):
        return None
    if word.lower().endswith((".annstudio", ".challenge", ".json")) or os.sep in word \
            or "/" in word:
        return f"error: cannot open {word}: no such file"
    return (f"unknown command {word!r}; the commands are {', '.join(COMMANDS)} "
            "(or give an .annstudio file to open)")


def main(argv=None):
    """Entry point of the ``annstudio`` command; returns the exit code."""
    multiprocessing.freeze_support()  # a frozen app re-runs itself for the engine process
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] in (["--version"], ["-V"]):
        print(f"annstudio {annstudio.__version__}")
        return 0
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    try:
        if argv and argv[0] in COMMANDS:
            # numpy's RuntimeWarnings (overflow on a CSV of ±1e308, a scale of 1e-320) are
            # not for the user: such numbers are checked and refused or named in one line
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                try:
                    return COMMANDS[argv[0]](argv[1:])
                except SystemExit as e:   # argparse: a refused flag (one line printed) or --help
                    return e.code if isinstance(e.code, int) else EXIT_USAGE
        if argv and not argv[0].startswith("-"):
            unknown = _unknown_word(argv[0])
            if unknown:
                print(f"annstudio: {unknown}", file=sys.stderr)
                return EXIT_USAGE if unknown.startswith("unknown command") else EXIT_ERROR
        from annstudio.gui.app import main as gui_main
        return gui_main(argv)
    except AnnStudioError as e:
        print(f"annstudio: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("annstudio: interrupted", file=sys.stderr)
        return 130
    except OSError as e:
        print(f"annstudio: error: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
