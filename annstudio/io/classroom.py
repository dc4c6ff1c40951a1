"""The classroom's three files: the challenge, the teacher's key and the hand-in.

Each is versioned JSON; the experiment inside is an experiment-file document
(`io.experiment_file`), checked by the same parser. Arrays are that module's base64 arrays.

``NAME.challenge`` (for the students)::

    {"format": "annstudio-challenge", "version": 1, "app": "0.1.0", "id": 32 hex digits,
     "title": str, "task": str, "measure": "accuracy" | "loss" | "r2",
     "locked": [{"field": "dataset", "reason": str}, …],       `core.classroom.LOCKS`
     "limits": {"max_parameters": int | null, "max_epochs": int | null,
                "optimizers": [name, …] | null, "activations": [name, …] | null},
     "held_out_points": int,                                    how many the key keeps
     "experiment": experiment document (no weights) whose "data" holds the given points}

The given points are the training part only: the key's held-out points are drawn with the
rest by a secret seed (generators) or a secret permutation (CSV, drawn points), so no
spec in the challenge can regenerate them. Its dataset is ``"points"``.

``NAME.key`` (the teacher's; never hand it out)::

    {"format": "annstudio-key", "version": 1, "app", "challenge": the challenge document,
     "held_out": {"feature_names": [base inputs], "X": array (m, d), "y": array (m,)},
     "source": the teacher's dataset spec, with its secret seed}

``STUDENT-TIME.handin`` (one per hand-in; a later one never replaces an earlier one)::

    {"format": "annstudio-handin", "version": 1, "app", "challenge": the challenge's id,
     "student": str, "student_token": 32 hex digits (one per user of a computer: tells a
     second hand-in of the same student from a namesake's), "handed_in_at":
     "YYYY-MM-DDTHH:MM:SSZ", "run": experiment document with data, weights and history,
     "predictions": [{"question": str, "answer": str, "correct": bool}, …]}

Every hand-in is untrusted: `collect` caps its size, checks it against this schema, and
turns any problem into one "refused: …" row while the others go on; scores are computed
here from the weights on the key's held-out points, never read from the file.
"""
from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
import math
import os
import re
import secrets
import stat
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field

import numpy as np

from annstudio.core import classroom as rules
from annstudio.core import datasets
from annstudio.core.errors import AnnStudioError
from annstudio.core.network import parameter_count
from annstudio.core.schema import MAX_SEED
from annstudio.io import atomic, experiment_file
from annstudio.io.experiment_file import LoadError, decode_array, encode_array

VERSION = 1
CHALLENGE_FORMAT, KEY_FORMAT, HANDIN_FORMAT = ("annstudio-challenge", "annstudio-key",
                                               "annstudio-handin")
CHALLENGE_EXT, KEY_EXT, HANDIN_EXT = ".challenge", ".key", ".handin"
MAX_CHALLENGE_BYTES = 50 * 2 ** 20
MAX_KEY_BYTES = 200 * 2 ** 20
MAX_HANDIN_BYTES = 5 * 2 ** 20          # the lecture's net with 300 epochs of history: ~0.2 MB
MAX_HANDINS = 5000                      # hand-ins read from one folder or .zip
MAX_ZIP_MEMBERS = 20_000
MAX_NAME = 100
MAX_TITLE = 200
MAX_TASK = 20_000
MAX_REASON = 500
MAX_ANSWERS = 1000
MAX_QUESTION = 2000
MAX_ANSWER = 500
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_TIME_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
_ID_RE = re.compile(r"[0-9a-f]{32}")


# =========================================================================== checks
def _fail(where, problem):
    raise LoadError(f"{where} {problem}" if where else problem, where)


def _obj(v, where, required=(), optional=()):
    if not isinstance(v, dict):
        _fail(where, "must be an object {…}")
    for k in required:
        if k not in v:
            _fail(f"{where}.{k}" if where else k, "is missing")
    for k in v:
        if k not in required and k not in optional:
            _fail(f"{where}.{str(k)[:40]}" if where else str(k)[:40],
                  "is not a known field (a typo, or a file from another program?)")
    return v


def _text(v, where, max_len, one_line=True, empty=True):
    """Text from a file, shown to people as text: no control or formatting characters
    (a terminal escape, or a right-to-left override that makes a name read as another)."""
    if not isinstance(v, str):
        _fail(where, "must be text")
    if len(v) > max_len:
        _fail(where, f"is {len(v):,} characters long; at most {max_len:,} are allowed")
    for c in v:
        if c in "\n\t" and not one_line:
            continue
        if unicodedata.category(c) in ("Cc", "Cf", "Cs"):
            _fail(where, f"contains the control character U+{ord(c):04X}")
    if not empty and not v.strip():
        _fail(where, "is empty")
    return v


def _whole(v, where, lo, hi):
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        _fail(where, f"must be a whole number from {lo:,} to {hi:,}")
    return v


def _header(doc, fmt, what):
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        _fail("", f"it is not {what} (it has no \"format\": \"{fmt}\" entry)")
    v = doc.get("version")
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        _fail("version", "must be a whole number ≥ 1")
    if v > VERSION:
        _fail("", f"it is version {v}, written by a newer ANN Studio; this version reads "
                  f"version {VERSION} — please update ANN Studio")
    if doc.get("app") is not None:
        _text(doc["app"], "app", 100)


def _parse_json(raw, what):
    if b"\x00" in raw[:4096]:
        _fail("", f"it is a binary file, not {what}")
    try:
        text = bytes(raw).decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail("", f"it is not UTF-8 text; {what} is JSON text")
    values = raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    if values > experiment_file.MAX_JSON_VALUES:
        _fail("", "it holds too many JSON values")

    def constant(name):
        raise LoadError(f"contains {name}, which is not a finite number")
    try:
        return json.loads(text, parse_constant=constant)
    except LoadError:
        raise
    except RecursionError:
        _fail("", "the JSON is nested too deeply")
    except ValueError as e:
        _fail("", f"it is not valid JSON: {e.msg if isinstance(e, json.JSONDecodeError) else e}")


def _read(path, limit, what):
    path = os.fspath(path)
    try:
        if os.path.isdir(path):
            raise AnnStudioError(f"cannot open {path}: it is a folder, not {what}")
        return atomic.read_regular(path, limit, what + "s")
    except atomic.ReadRefused as e:
        raise AnnStudioError(f"cannot open {path}: {e.problem}") from None
    except FileNotFoundError:
        raise AnnStudioError(f"cannot open {path}: no such file") from None
    except OSError as e:
        raise AnnStudioError(f"cannot open {path}: {atomic.reason(e)}") from None


def _dumps(doc):
    return json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def _app():
    from annstudio import __version__
    return __version__


# =========================================================================== challenge
@dataclass
class Challenge:
    """What the students get: the task, the given points, the locks and the limits."""
    id: str
    title: str
    task: str
    measure: str
    locked: dict                    # lock name → the reason shown to the student
    limits: rules.Limits
    experiment: object              # core.experiment.Experiment (dataset "points")
    data: object                    # core.datasets.Dataset: the given points
    held_out_points: int

    def document(self):
        return {"format": CHALLENGE_FORMAT, "version": VERSION, "app": _app(), "id": self.id,
                "title": self.title, "task": self.task, "measure": self.measure,
                "locked": [{"field": k, "reason": r} for k, r in self.locked.items()],
                "limits": self.limits.to_dict(), "held_out_points": self.held_out_points,
                "experiment": experiment_file.to_document(self.experiment, data=self.data)}

    def check(self, experiment, data, n_epochs):
        """One sentence per limit a run breaks and per locked field it changed."""
        sizes = [data.n_features, *experiment.network.hidden, data.n_outputs]
        out = self.limits.broken(parameter_count(sizes), n_epochs, experiment.optimizer.name,
                                 experiment.network.activations)
        mine = _plain(experiment.to_dict())
        given = _plain(self.experiment.to_dict())
        changed = rules.changed_locks(given, mine, self.locked)
        if "dataset" in self.locked and "dataset" not in changed:
            nb, nb_mine = base_columns(self.data), base_columns(data)
            if nb != nb_mine or not rules.same_points(self.data.X[:, :nb], self.data.y,
                                                      data.X[:, :nb], data.y):
                changed.append("dataset")
        if "epochs" in self.locked and "epochs" not in changed \
                and n_epochs != self.experiment.training.epochs:
            changed.append("epochs")            # the setting kept, but trained longer or less
        for name in changed:
            lk = rules.LOCKS[name]
            out.append(f"it changed {lk.label}, which is locked ({self.locked[name]})")
        if data.task != self.data.task or data.n_outputs != self.data.n_outputs:
            out.append(f"it is a {data.task} run with {data.n_outputs} output(s), but the "
                       f"challenge is a {self.data.task} task with {self.data.n_outputs}")
        base = self.data.feature_names[:base_columns(self.data)]
        if data.feature_names[:base_columns(data)] != base:
            out.append(f"its inputs are {', '.join(data.feature_names[:4])}"
                       f"{', …' if data.n_features > 4 else ''}, but the challenge's are "
                       f"{', '.join(base[:4])}{', …' if len(base) > 4 else ''}")
        return out


def _plain(d):
    """``d`` as plain JSON values (tuples as lists, NumPy numbers as numbers)."""
    return json.loads(json.dumps(d, default=lambda o: o.item() if isinstance(o, np.generic) else str(o)))


def base_columns(data):
    """How many of ``data``'s inputs are its own (not derived x1², x1x2, … features)."""
    names = list(data.feature_names)
    if len(names) > 2 and names[:2] == ["x1", "x2"] and \
            all(f in datasets.DERIVED_FEATURES for f in names[2:]):
        return 2
    return len(names)


@dataclass
class Key:
    """The teacher's key: the challenge and the held-out points (base inputs)."""
    challenge: Challenge
    X: np.ndarray
    y: np.ndarray
    feature_names: list
    source: dict = field(default_factory=dict)

    def document(self):
        return {"format": KEY_FORMAT, "version": VERSION, "app": _app(),
                "challenge": self.challenge.document(),
                "held_out": {"feature_names": list(self.feature_names),
                             "X": encode_array(self.X, "the held-out points"),
                             "y": encode_array(self.y, "the held-out labels")},
                "source": _plain(self.source)}


def _all_points(experiment, loaded_data):
    """(Dataset of every point with no test split and no derived inputs, source spec,
    public) for a new challenge: generators redrawn with a fresh secret seed (the file's
    seed may be a lesson's, known to everyone); the file's own points (drawn, CSV);
    ``public`` True for a shipped set, whose points ship with every copy of the app."""
    from annstudio.io import csvdata
    src = copy.deepcopy(experiment.dataset)
    src.features, src.test_fraction, src.mean, src.scale = [], 0.0, None, None
    src.target_mean = src.target_scale = None
    key = str(src.name).strip().lower()
    if key in datasets.PRESETS:
        preset = datasets.PRESETS[key]
        src.name, src.n, src.noise = preset["name"], preset["n"], preset["noise"]
        key = src.name
    if key in datasets.SHIPPED:
        return csvdata.from_spec(src), src, True
    if key in datasets.names():
        src.seed = secrets.randbelow(MAX_SEED)          # the secret that hides the held-out points
        return csvdata.from_spec(src), src, False
    if loaded_data is not None:
        d = loaded_data
        if base_columns(d) != d.n_features:
            d = datasets.with_features(d, [])
        return d.with_points(d.X, d.y), src, False
    return csvdata.from_spec(src), src, False


def make_challenge(experiment, data=None, *, title, task="", locked=(), reasons=None,
                   limits=None, measure=None, hold_out=0.3, rng=None):
    """(Challenge, Key, notes) from the teacher's experiment (and its stored points, for
    drawn or CSV data). ``hold_out`` of the points go to the key, drawn by a secret
    permutation; the rest are the given points, split again into training and validation
    by the experiment's test fraction. ``notes``: sentences for the teacher."""
    from annstudio.core.experiment import DatasetSpec
    rng = np.random.default_rng(secrets.randbits(128)) if rng is None else rng
    exp = experiment.copy()
    exp.validate()
    notes = []
    title = _checked(_text, title, "the title", MAX_TITLE, empty=False)
    task = _checked(_text, task, "the task text", MAX_TASK, one_line=False)
    limits = (limits or rules.Limits()).validate()
    locks = rules.lock_names(locked)
    reasons = dict(reasons or {})
    for k in reasons:
        if k not in locks:
            raise AnnStudioError(f"a reason is given for {k!r}, which is not locked")
    locked = {k: _checked(_text, reasons.get(k, rules.LOCKS[k].reason), f"the reason for {k}",
                          MAX_REASON, empty=False) for k in locks}
    if not isinstance(hold_out, (int, float)) or isinstance(hold_out, bool) \
            or not 0 < hold_out <= 0.9:
        raise AnnStudioError(f"the held-out share must be above 0 and at most 0.9, "
                             f"got {hold_out!r}")
    everything, source, public = _all_points(exp, data)
    if public:
        notes.append(f"The {everything.name} points ship with every copy of ANN Studio, so a "
                     "student could train on the held-out points too; for a graded challenge "
                     "use a generator or your own CSV.")
    n = len(everything)
    m = int(round(hold_out * n))
    if m < 1 or n - m < 2:
        raise AnnStudioError(f"{n} points cannot be split {1 - hold_out:.0%} / {hold_out:.0%}: "
                             "the key and the students each need points")
    order = rng.permutation(n)
    X, y = everything.X[order], everything.y[order]
    X_held, y_held, X_given, y_given = X[:m], y[:m], X[m:], y[m:]
    # the given points, split into training and the student's own validation points
    X_tr, y_tr, X_va, y_va = datasets.split(np.random.default_rng(0), X_given, y_given,
                                            exp.dataset.test_fraction)
    given = datasets.Dataset(X_tr, y_tr, X_va, y_va, everything.task, everything.n_classes,
                             list(everything.feature_names), everything.name, None,
                             everything.class_names)
    if exp.dataset.features:
        given = datasets.with_features(given, exp.dataset.features)
    old = exp.dataset
    exp.dataset = DatasetSpec(name="points", n=given.n_train + given.n_test, noise=old.noise,
                              seed=0, test_fraction=old.test_fraction, classes=old.classes,
                              features=list(old.features),
                              standardize=old.standardizes(),
                              standardize_targets=old.standardizes_targets())
    exp.fit_standardizer(given)
    m_name = measure or rules.default_measure(given.task)
    if given.task not in rules.measure(m_name).tasks:
        fits = [k for k, v in rules.MEASURES.items() if given.task in v.tasks]
        raise AnnStudioError(f"{rules.measure(m_name).label} cannot rank a {given.task} task; "
                             f"choose {' or '.join(fits)}")
    if limits.max_epochs is not None and exp.training.epochs > limits.max_epochs:
        notes.append(f"The experiment trains {exp.training.epochs} epochs, more than the "
                     f"limit of {limits.max_epochs}: students must train fewer.")
    challenge = Challenge(secrets.token_hex(16), title, task, m_name, locked, limits, exp,
                          given, m)
    # the starting point may break the limits (the task: make it smaller) unless the
    # fields that would fix it are locked
    fixes = {"parameters": ("layers",), "optimizer": ("optimizer",),
             "activations": ("activations",)}
    for what, sentence in limits.broken_items(_params(exp, given), 0, exp.optimizer.name,
                                              exp.network.activations):
        stuck = [k for k in fixes[what] if k in locked]
        if stuck:
            raise AnnStudioError(f"as given, {sentence}, but the challenge locks "
                                 f"{rules.LOCKS[stuck[0]].label}: no student could hand in")
        notes.append(f"As given, {sentence}: students must change that.")
    key = Key(challenge, X_held, y_held, list(everything.feature_names),
              {"dataset": _plain(dataclasses.asdict(source))})
    return challenge, key, notes


def _params(exp, data):
    return parameter_count([data.n_features, *exp.network.hidden, data.n_outputs])


def _checked(fn, v, name, *args, **kwargs):
    """A file check used on the teacher's own input: its message as one plain sentence."""
    try:
        return fn(v, name, *args, **kwargs)
    except LoadError as e:
        raise AnnStudioError(str(e)) from None


def key_path_for(challenge_path):
    """moons.challenge → moons.key (beside it)."""
    root, ext = os.path.splitext(os.fspath(challenge_path))
    return (root if ext.lower() == CHALLENGE_EXT else os.fspath(challenge_path)) + KEY_EXT


def save_challenge(challenge, key, path, key_path=None, force=False):
    """Write the challenge and its key (each atomically; both are checked by reading them
    back first). A key already there is kept unless ``force``: its held-out points are
    the only ones the hand-ins already made can be scored on."""
    path = os.fspath(path)
    key_path = key_path_for(path) if key_path is None else os.fspath(key_path)
    if os.path.abspath(key_path) == os.path.abspath(path):
        raise AnnStudioError("the challenge and the key need two different file names")
    for p in (path, key_path):
        if os.path.exists(p) and not force:
            raise AnnStudioError(f"{p} exists; choose another name or pass --force to "
                                 "replace it (hand-ins made for its challenge could no longer "
                                 "be scored)")
    text_c, text_k = _dumps(challenge.document()), _dumps(key.document())
    parse_challenge(text_c.encode("utf-8"))         # what we write must load
    parse_key(text_k.encode("utf-8"))
    atomic.write_text(key_path, text_k)
    atomic.write_text(path, text_c)
    return path, key_path


def _parse_challenge_doc(doc):
    _header(doc, CHALLENGE_FORMAT, "an ANN Studio challenge")
    _obj(doc, "", required=("format", "version", "id", "title", "task", "measure", "locked",
                            "limits", "held_out_points", "experiment"), optional=("app",))
    if not isinstance(doc["id"], str) or not _ID_RE.fullmatch(doc["id"]):
        _fail("id", "must be 32 hexadecimal digits")
    title = _text(doc["title"], "title", MAX_TITLE, empty=False)
    task = _text(doc["task"], "task", MAX_TASK, one_line=False)
    if doc["measure"] not in rules.MEASURES:
        _fail("measure", f"must be one of {', '.join(rules.MEASURES)}")
    locks = doc["locked"]
    if not isinstance(locks, list) or len(locks) > len(rules.LOCKS):
        _fail("locked", f"must be a list of at most {len(rules.LOCKS)} locks")
    locked = {}
    for i, lk in enumerate(locks):
        w = f"locked[{i}]"
        _obj(lk, w, required=("field", "reason"))
        if lk["field"] not in rules.LOCKS or lk["field"] in locked:
            _fail(w + ".field", f"must be one of {', '.join(rules.LOCKS)}, each once")
        locked[lk["field"]] = _text(lk["reason"], w + ".reason", MAX_REASON)
    lim = _obj(doc["limits"], "limits", required=("max_parameters", "max_epochs",
                                                  "optimizers", "activations"))
    limits = rules.Limits(**lim)
    try:
        limits.validate()
    except AnnStudioError as e:
        _fail("limits", f"are not valid: {e}")
    m = _whole(doc["held_out_points"], "held_out_points", 1, experiment_file.MAX_POINTS)
    exp_doc = _obj(doc["experiment"], "experiment",
                   required=("format", "version", "experiment", "data"),
                   optional=("app", "extra"))
    try:
        loaded = experiment_file.parse_document(exp_doc)
    except LoadError as e:
        _fail("", f"experiment: {e}")
    if loaded.experiment.dataset.name != "points":
        _fail("experiment.experiment.dataset.name", "must be \"points\": a challenge holds "
                                                    "its given points")
    if loaded.data.task not in rules.MEASURES[doc["measure"]].tasks:
        _fail("measure", f"cannot rank a {loaded.data.task} task")
    return Challenge(doc["id"], title, task, doc["measure"], locked, limits,
                     loaded.experiment, loaded.data, m)


def _parse(raw, name, fn, what):
    try:
        return fn(_parse_json(raw, what))
    except LoadError as e:
        raise LoadError(f"cannot open {name}: {e}", e.where) from None
    except MemoryError:
        raise LoadError(f"cannot open {name}: it is too large to load") from None


def parse_challenge(raw, name="the challenge"):
    return _parse(raw, name, _parse_challenge_doc, "an ANN Studio challenge")


def _parse_file(path, limit, what, fn):
    """Read and parse one classroom file (JSON), then check it with ``fn``."""
    name = os.path.basename(os.fspath(path))
    raw = _read(path, limit, what)
    try:
        doc = _parse_json(raw, "an ANN Studio " + what)
    except LoadError as e:
        raise LoadError(f"cannot open {name}: {e}", e.where) from None
    return doc, name, lambda: _parse(raw, name, fn, "an ANN Studio " + what)


def load_challenge(path):
    """Read a challenge file (a key is read as its challenge, for the teacher's own tests)."""
    doc, name, parse = _parse_file(path, MAX_KEY_BYTES, "challenge file", _parse_challenge_doc)
    if isinstance(doc, dict) and doc.get("format") == KEY_FORMAT:
        return load_key(path).challenge
    return parse()


def _parse_key_doc(doc):
    _header(doc, KEY_FORMAT, "an ANN Studio teacher's key")
    _obj(doc, "", required=("format", "version", "challenge", "held_out"),
         optional=("app", "source"))
    try:
        challenge = _parse_challenge_doc(doc["challenge"])
    except LoadError as e:
        _fail("challenge", f"is not valid: {e}")
    h = _obj(doc["held_out"], "held_out", required=("feature_names", "X", "y"))
    names = h["feature_names"]
    if not isinstance(names, list) or not 1 <= len(names) <= experiment_file.MAX_FEATURES:
        _fail("held_out.feature_names", "must be a list of feature names")
    names = [_text(s, f"held_out.feature_names[{i}]", 1000) for i, s in enumerate(names)]
    X = decode_array(h["X"], "held_out.X", (None, len(names)), ("<f8",))
    label = ("<f8",) if challenge.data.task == "regression" else ("<f8", "<i8")
    y = decode_array(h["y"], "held_out.y", (X.shape[0],), label)
    if X.shape[0] != challenge.held_out_points:
        _fail("held_out.X", f"has {X.shape[0]} points but the challenge says "
                            f"{challenge.held_out_points}")
    if names != challenge.data.feature_names[:base_columns(challenge.data)]:
        _fail("held_out.feature_names", "are not the challenge's inputs")
    src = doc.get("source") or {}
    if not isinstance(src, dict):
        _fail("source", "must be an object")
    return Key(challenge, X, y, names, src)


def parse_key(raw, name="the key"):
    return _parse(raw, name, _parse_key_doc, "an ANN Studio teacher's key")


def load_key(path):
    doc, name, parse = _parse_file(path, MAX_KEY_BYTES, "key file", _parse_key_doc)
    if isinstance(doc, dict) and doc.get("format") == CHALLENGE_FORMAT:
        raise AnnStudioError(f"cannot open {path}: it is the students' challenge, not the "
                             "teacher's key (the .key file beside it holds the held-out points)")
    return parse()


# =========================================================================== hand-in
@dataclass
class HandIn:
    """A parsed hand-in. ``weights`` as stored (their shapes and finiteness not yet
    checked against the declared network: `evaluate` flags them)."""
    challenge_id: str
    student: str
    token: str
    handed_in_at: str
    experiment: object
    data: object
    weights: list
    history: object
    progress: dict | None
    predictions: list

    @property
    def epochs(self):
        """Epochs trained, as the run's own record says."""
        n = len(self.history.epochs) if self.history is not None else 0
        return max(n, int((self.progress or {}).get("epoch", 0)))

    def loaded(self):
        """The run as an experiment file would load it (`experiment_file.Loaded`), to open
        in a window; no optimizer state (a hand-in carries none)."""
        return experiment_file.Loaded(self.experiment.copy(), self.data,
                                      [(W.copy(), b.copy()) for W, b in self.weights], None,
                                      self.history.copy() if self.history is not None else None,
                                      progress=dict(self.progress) if self.progress else None)


def _config_folder():
    base = os.environ.get("ANNSTUDIO_CONFIG_DIR")
    if base:
        return base
    if os.name == "nt":
        return os.path.join(os.environ.get("APPDATA", os.path.expanduser("~")), "ANN Studio")
    if os.uname().sysname == "Darwin":
        return os.path.expanduser("~/Library/Application Support/ANN Studio")
    return os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config")),
                        "annstudio")


def student_token():
    """This user's token (made once, kept in the settings folder): a second hand-in from
    here is the same student's, a namesake's from elsewhere is not. A fresh one when the
    folder cannot be written (the hand-in then counts as a new student's)."""
    path = os.path.join(_config_folder(), "student-token")
    try:
        raw = atomic.read_regular(path, 100).decode("ascii").strip()
        if _ID_RE.fullmatch(raw):
            return raw
    except (OSError, AnnStudioError, UnicodeDecodeError):
        pass
    token = secrets.token_hex(16)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        atomic.write_text(path, token + "\n")
    except (OSError, AnnStudioError):
        pass
    return token


def _answers(v, where="predictions"):
    if not isinstance(v, list) or len(v) > MAX_ANSWERS:
        _fail(where, f"must be a list of at most {MAX_ANSWERS} answers")
    out = []
    for i, a in enumerate(v):
        w = f"{where}[{i}]"
        if isinstance(a, rules.Answer):
            a = a.to_dict()
        _obj(a, w, required=("question", "answer", "correct"))
        if not isinstance(a["correct"], bool):
            _fail(w + ".correct", "must be true or false")
        out.append(rules.Answer(_text(a["question"], w + ".question", MAX_QUESTION, empty=False),
                                _text(a["answer"], w + ".answer", MAX_ANSWER),
                                a["correct"]))
    return out


def _safe_file_name(name):
    """Letters, digits, '-' and '_' of the student's name (the name itself is in the file)."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")[:40]
    return s or "student"


def _write_new(folder, stem, text):
    """Write ``text`` (str or UTF-8 bytes) atomically to a new file ``stem[-k].handin`` in
    ``folder``: never over an existing file, even one another student writes at the same
    moment (the final step is a hard link, which fails where the name exists; a rename would
    replace it)."""
    import tempfile
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    fd, tmp = tempfile.mkstemp(prefix=".handin.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        for k in range(1, 1000):
            path = os.path.join(folder, f"{stem}{'' if k == 1 else f'-{k}'}{HANDIN_EXT}")
            try:
                try:
                    os.link(tmp, path)
                except FileExistsError:
                    raise
                except (OSError, AttributeError):
                    # no hard links here (a FAT stick, some shares): reserve the name
                    # exclusively, then rename over our own empty reservation
                    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
                    os.replace(tmp, path)
                return path
            except FileExistsError:
                continue
        raise AnnStudioError(f"could not find a free file name for {stem} in {folder}")
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


class Refused(AnnStudioError):
    """A hand-in over a limit or with a locked field changed; ``reasons``: one sentence each."""

    def __init__(self, reasons):
        super().__init__("the hand-in is refused: " + "; ".join(reasons))
        self.reasons = list(reasons)


@dataclass
class Document:
    """A checked hand-in, ready to be written or sent: ``stem`` names its file (the
    student's name and the time), ``text`` is the JSON."""
    stem: str
    text: str

    @property
    def data(self):
        return self.text.encode("utf-8")


def handin_document(loaded, challenge, student, *, predictions=None, token=None, now=None):
    """The hand-in of the run ``loaded`` (`experiment_file.Loaded` with trained weights) as
    a checked `Document`; nothing is written or sent. A run over a limit or with a locked
    field changed is refused (`Refused`, naming every reason); a document over
    MAX_HANDIN_BYTES too."""
    student = _checked(_text, student, "the student's name", MAX_NAME, empty=False).strip()
    if loaded.weights is None:
        raise AnnStudioError("the run holds no trained weights; train it and save it first")
    data = loaded.data if loaded.data is not None else loaded.dataset()
    history = loaded.history
    if history is None or not history.epochs:
        raise AnnStudioError("the run holds no training history; train it and save it first")
    run = HandIn(challenge.id, student, token or student_token(), "", loaded.experiment, data,
                 loaded.weights, history, loaded.progress, [])
    problems = challenge.check(loaded.experiment, data, run.epochs)
    if problems:
        raise Refused(problems)
    if predictions is None:
        predictions = (loaded.extra or {}).get("predictions", [])
    answers = _checked(_answers, predictions, "predictions")
    now = time.time() if now is None else now
    stamp = time.strftime(TIME_FORMAT, time.gmtime(now))
    run_doc = experiment_file.to_document(loaded.experiment, data=data, weights=loaded.weights,
                                          history=history, progress=loaded.progress)
    doc = {"format": HANDIN_FORMAT, "version": VERSION, "app": _app(),
           "challenge": challenge.id, "student": student, "student_token": run.token,
           "handed_in_at": stamp, "run": run_doc,
           "predictions": [a.to_dict() for a in answers]}
    out = Document(f"{_safe_file_name(student)}-{stamp.replace(':', '')}", _dumps(doc))
    if len(out.data) > MAX_HANDIN_BYTES:
        raise Refused([atomic.too_large(len(out.data), MAX_HANDIN_BYTES, "hand-ins")
                       + " (train fewer epochs or a smaller network)"])
    parse_handin(out.data)         # what we write or send must load
    return out


def write_handin(document, folder):
    """Write ``document`` as a new file in ``folder`` (never over another); its path."""
    folder = os.fspath(folder)
    if not os.path.isdir(folder):
        raise AnnStudioError(f"the hand-in folder {folder} does not exist")
    return _write_new(folder, document.stem, document.text)


def hand_in(loaded, challenge, student, folder, *, predictions=None, token=None, now=None):
    """Write a new hand-in of the run ``loaded`` into ``folder``; returns its path. A run
    over a limit or with a locked field changed is refused (AnnStudioError naming every
    reason) before anything is written."""
    folder = os.fspath(folder)
    if not os.path.isdir(folder):
        raise AnnStudioError(f"the hand-in folder {folder} does not exist")
    doc = handin_document(loaded, challenge, student, predictions=predictions, token=token,
                          now=now)
    return write_handin(doc, folder)


def store_received(raw, challenge_id, folder):
    """Check the bytes of a hand-in received from a student (untrusted) and store them
    unchanged as a new file in ``folder``: (path, `HandIn`). A file that is no hand-in, is
    over MAX_HANDIN_BYTES or is for another challenge raises LoadError, one sentence."""
    if len(raw) > MAX_HANDIN_BYTES:
        raise LoadError(atomic.too_large(len(raw), MAX_HANDIN_BYTES, "hand-ins"))
    try:
        h = parse_handin(raw, "it")
    except LoadError as e:
        raise LoadError(str(e).removeprefix("cannot open it: "), e.where) from None
    if h.challenge_id != challenge_id:
        raise LoadError("it was handed in for another challenge")
    stem = f"{_safe_file_name(h.student)}-{h.handed_in_at.replace(':', '')}"
    return _write_new(os.fspath(folder), stem, raw), h


def _parse_handin_doc(doc):
    _header(doc, HANDIN_FORMAT, "an ANN Studio hand-in")
    _obj(doc, "", required=("format", "version", "challenge", "student", "student_token",
                            "handed_in_at", "run", "predictions"), optional=("app",))
    for k in ("challenge", "student_token"):
        if not isinstance(doc[k], str) or not _ID_RE.fullmatch(doc[k]):
            _fail(k, "must be 32 hexadecimal digits")
    student = _text(doc["student"], "student", MAX_NAME, empty=False)
    t = doc["handed_in_at"]
    if not isinstance(t, str) or not _TIME_RE.fullmatch(t):
        _fail("handed_in_at", "must be a time such as 2026-12-02T09:15:00Z")
    run = _obj(doc["run"], "run", required=("format", "version", "experiment", "data",
                                            "weights", "history"), optional=("app", "progress"))
    run = dict(run)
    stored = run.pop("weights")
    try:
        loaded = experiment_file.parse_document(run)
    except LoadError as e:
        _fail("", f"run: {e}")
    weights = _weights(stored)
    return HandIn(doc["challenge"], student, doc["student_token"], t, loaded.experiment,
                  loaded.data, weights, loaded.history, loaded.progress,
                  _answers(doc["predictions"]))


def _weights(v, where="run.weights"):
    """[(W, b)] as stored: arrays checked as arrays (type, size, base64), not yet against
    the network (a mismatch or a NaN is flagged by `evaluate`, not refused)."""
    from annstudio.core.schema import MAX_LAYERS
    if not isinstance(v, list) or not 1 <= len(v) <= MAX_LAYERS + 1:
        _fail(where, f"must be a list of 1 to {MAX_LAYERS + 1} layers")
    budget = None           # each array is capped here, and the whole file by MAX_HANDIN_BYTES
    out = []
    for k, layer in enumerate(v):
        w = f"{where}[{k}]"
        _obj(layer, w, required=("W", "b"))
        out.append((decode_array(layer["W"], w + ".W", (None, None), ("<f8",), budget, False),
                    decode_array(layer["b"], w + ".b", (None,), ("<f8",), budget, False)))
    return out


def parse_handin(raw, name="the hand-in"):
    return _parse(raw, name, _parse_handin_doc, "an ANN Studio hand-in")


def load_handin(path):
    raw = _read(path, MAX_HANDIN_BYTES, "hand-in")
    return parse_handin(raw, os.path.basename(os.fspath(path)))


# =========================================================================== collect
@dataclass
class Row:
    """One line of the class table. ``refused`` (a sentence) when the file could not be
    read as a hand-in for this key; ``flags`` keep a hand-in out of the ranking."""
    file: str
    student: str = ""
    label: str = ""                 # the name, numbered when two students share it
    handed_in_at: str = ""
    layers: str = ""
    parameters: int | None = None
    optimizer: str = ""
    lr: float | None = None
    epochs: int | None = None
    score: float | None = None
    rank: int | None = None
    flags: list = field(default_factory=list)
    refused: str | None = None
    superseded: bool = False
    answers: list = field(default_factory=list)
    token: str = ""
    # for the class view's plots and for opening the run; never written out (`to_dict`)
    handin: HandIn | None = field(default=None, repr=False, compare=False)
    network: object = field(default=None, repr=False, compare=False)  # Network, when built

    @property
    def train_loss(self):
        """The hand-in's training loss per epoch, as its history records it."""
        h = self.handin.history if self.handin is not None else None
        return [] if h is None else list(h.train_loss)

    @property
    def hidden_layers(self):
        return None if self.handin is None else len(self.handin.experiment.network.hidden)

    def to_dict(self):
        return {"file": self.file, "student": self.student, "label": self.label,
                "handed_in_at": self.handed_in_at, "layers": self.layers,
                "parameters": self.parameters, "optimizer": self.optimizer, "lr": self.lr,
                "epochs": self.epochs,
                "score": self.score if self.score is None or math.isfinite(self.score) else None,
                "rank": self.rank, "flags": list(self.flags), "refused": self.refused,
                "superseded": self.superseded}


@dataclass
class Collection:
    measure: str
    rows: list
    tally: list                     # core.classroom.QuestionTally, per question
    ignored: int = 0                # files in the folder or .zip that are not hand-ins

    @property
    def label(self):
        return rules.measure(self.measure).label


def _sources(source):
    """[(shown name, bytes or a refusal sentence)] of every .handin in a folder (and its
    subfolders) or a .zip, each read with the size cap; and how many other files there were."""
    source = os.fspath(source)
    out, ignored = [], 0
    if os.path.isdir(source):
        for root, dirs, files in os.walk(source):
            dirs.sort()
            for fname in sorted(files):
                path = os.path.join(root, fname)
                shown = os.path.relpath(path, source)
                if not fname.lower().endswith(HANDIN_EXT) or fname.startswith("."):
                    ignored += 1
                    continue
                if len(out) >= MAX_HANDINS:
                    out.append((shown, f"more than {MAX_HANDINS:,} hand-ins; this one and "
                                       "the rest were not read"))
                    return out, ignored
                if os.path.islink(path):
                    out.append((shown, "it is a link, not a hand-in file"))
                    continue
                try:
                    out.append((shown, atomic.read_regular(path, MAX_HANDIN_BYTES, "hand-ins")))
                except atomic.ReadRefused as e:
                    out.append((shown, e.problem))
                except OSError as e:
                    out.append((shown, atomic.reason(e)))
        return out, ignored
    if not os.path.exists(source):
        raise AnnStudioError(f"cannot open {source}: no such file or folder")
    try:
        st = os.stat(source)
        if not stat.S_ISREG(st.st_mode):
            raise AnnStudioError(f"cannot open {source}: it is neither a folder nor a .zip file")
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        raise AnnStudioError(f"cannot open {source}: it is neither a folder nor a .zip "
                             "file") from None
    with zf:
        members = zf.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise AnnStudioError(f"cannot open {source}: it holds {len(members):,} files; "
                                 f"at most {MAX_ZIP_MEMBERS:,} are read")
        for info in sorted(members, key=lambda i: i.filename):
            # never extracted: read in memory, so no member path can point outside
            shown = info.filename
            if info.is_dir():
                continue
            if not info.filename.lower().endswith(HANDIN_EXT):
                ignored += 1
                continue
            if len(out) >= MAX_HANDINS:
                out.append((shown, f"more than {MAX_HANDINS:,} hand-ins; this one and the "
                                   "rest were not read"))
                break
            if info.flag_bits & 0x1:
                out.append((shown, "it is encrypted"))
                continue
            if info.file_size > MAX_HANDIN_BYTES:
                out.append((shown, atomic.too_large(info.file_size, MAX_HANDIN_BYTES,
                                                    "hand-ins")))
                continue
            try:
                with zf.open(info) as fh:
                    raw = fh.read(MAX_HANDIN_BYTES + 1)   # the header's size may lie
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError,
                    RuntimeError) as e:
                out.append((shown, f"it cannot be unpacked ({str(e)[:80]})"))
                continue
            if len(raw) > MAX_HANDIN_BYTES:
                out.append((shown, f"it unpacks to more than {MAX_HANDIN_BYTES / 2 ** 20:g} "
                                   "MB; hand-ins are at most that"))
                continue
            out.append((shown, raw))
    return out, ignored


def shown(text, max_len=80):
    """Text from a file as one printable line (a file name from a .zip may hold anything)."""
    s = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in str(text))
    return s if len(s) <= max_len else s[:max_len - 1] + "…"


def evaluate(handin, key, row):
    """Fill ``row`` with the hand-in's network, its flags and the teacher's score on the
    key's held-out points."""
    from annstudio.core import optimizers
    from annstudio.core.network import Network
    exp, data = handin.experiment, handin.data
    ch = key.challenge
    sizes = [data.n_features, *exp.network.hidden, data.n_outputs]
    row.layers = "→".join(map(str, sizes))
    row.parameters = parameter_count(sizes)
    row.optimizer = exp.optimizer.name
    row.lr = optimizers.create(exp.optimizer.name, **exp.optimizer.params).hyperparameters.get("lr")
    row.epochs = handin.epochs
    row.flags += ch.check(exp, data, handin.epochs)
    shapes = [(d, e) for d, e in zip(sizes[:-1], sizes[1:])]
    got = [(W.shape, b.shape) for W, b in handin.weights]
    if len(got) != len(shapes) or any(g != ((d, e), (e,)) for g, (d, e) in zip(got, shapes)):
        k = next((i for i, (g, s) in enumerate(zip(got, shapes)) if g != (s, (s[1],))),
                 min(len(got), len(shapes)))
        need = f"{len(shapes)} layers" if len(got) != len(shapes) else \
            f"W {shapes[k][0]}×{shapes[k][1]} and b ({shapes[k][1]},) in layer {k}"
        have = f"{len(got)}" if len(got) != len(shapes) else \
            f"W {'×'.join(map(str, got[k][0]))} and b {got[k][1]}"
        row.flags.append(f"its weights do not fit its declared network {row.layers} "
                         f"(it needs {need}, the file has {have})")
        return row
    if not all(np.all(np.isfinite(W)) and np.all(np.isfinite(b)) for W, b in handin.weights):
        row.flags.append("its weights are not all finite numbers")
        return row
    from annstudio.core.activations import OUTPUT
    from annstudio.core.experiment import TASK_OUTPUT
    output = TASK_OUTPUT[data.task] if exp.network.output == "auto" else exp.network.output
    if output not in OUTPUT:
        row.flags.append(f"its output layer {output} is not known")
        return row
    net = Network.create(sizes, hidden=list(exp.network.activations), output=output, seed=0)
    net.set_weights(handin.weights)
    row.network = net
    try:
        row.score = rules.score(net, key.X, key.y, data.task, ch.measure,
                                exp.standardizer(data), exp.target_standardizer(data),
                                exp.dataset.features)
    except AnnStudioError as e:
        row.flags.append(f"it cannot be scored: {e}")
        return row
    if not math.isfinite(row.score):
        row.flags.append("its score on the held-out points is not a finite number")
    return row


def read_row(name, raw, key):
    """One hand-in's row, scored on ``key`` (not yet labelled or ranked: `rank_rows`).
    ``raw``: the file's bytes, or a sentence saying why it could not be read."""
    row = Row(shown(name, 200))
    if isinstance(raw, str):
        row.refused = raw
        return row
    try:
        h = parse_handin(raw, "it")
    except LoadError as e:
        row.refused = str(e).removeprefix("cannot open it: ")
        return row
    except Exception as e:     # one bad file never stops the others
        row.refused = f"it cannot be read ({type(e).__name__})"
        return row
    if h.challenge_id != key.challenge.id:
        row.refused = "it was handed in for another challenge"
        return row
    row.student, row.handed_in_at, row.token = h.student, h.handed_in_at, h.token
    row.answers, row.handin = h.predictions, h
    try:
        evaluate(h, key, row)
    except (AnnStudioError, ValueError, FloatingPointError) as e:
        row.flags.append(f"it cannot be scored: {e}")
    return row


def rank_rows(rows, key, ignored=0):
    """The `Collection` of rows from `read_row`: the latest hand-in per student counts,
    namesakes numbered, the rest ranked, the predictions tallied. ``rows`` are left as
    they are (the table's rows are copies), so a growing class is ranked again cheaply."""
    rows = [dataclasses.replace(r, flags=list(r.flags)) for r in rows]
    handins = [r for r in rows if r.refused is None]
    _label(handins)
    counted = [r for r in handins if not r.superseded]
    ranked = [r for r in counted if not r.flags]
    m = rules.measure(key.challenge.measure)
    for r, k in zip(ranked, rules.ranks([r.score for r in ranked], m.higher_is_better)):
        r.rank = k
    rows.sort(key=lambda r: (r.refused is not None, r.rank is None,
                             r.rank if r.rank is not None else 0, r.label.casefold(),
                             r.handed_in_at, r.file))
    return Collection(m.name, rows, rules.tally([r.answers for r in counted]), ignored)


def collect(source, key):
    """Read every hand-in of a folder or a .zip, score each on ``key``'s held-out points,
    flag what breaks the rules, rank the rest and tally the predictions (`Collection`)."""
    files, ignored = _sources(source)
    return rank_rows([read_row(name, raw, key) for name, raw in files], key, ignored)


class GrowingClass:
    """The class table of a folder that hand-ins keep arriving in (the hand-in server):
    each file is read and scored once, when it comes (`add_file`); refusals of hand-ins
    that never became files are rows too (`add_refused`); `collection()` ranks them all
    again. Equal to `collect` of the folder for the files (tests check it)."""

    MAX_REFUSED = 500               # refusal rows kept (a flood of bad requests is counted)

    def __init__(self, key, folder):
        self.key, self.folder = key, os.fspath(folder)
        files, self.ignored = _sources(self.folder)
        self.rows = [read_row(name, raw, key) for name, raw in files]
        self.refusals = 0

    def add_file(self, path):
        """Read, check and score the new file ``path`` of the folder."""
        name = os.path.relpath(os.fspath(path), self.folder)
        try:
            raw = atomic.read_regular(path, MAX_HANDIN_BYTES, "hand-ins")
        except atomic.ReadRefused as e:
            raw = e.problem
        except OSError as e:
            raw = atomic.reason(e)
        self.rows.append(read_row(name, raw, self.key))

    def add_refused(self, who, reason):
        """A hand-in refused before it became a file: a row "refused: …" named ``who``."""
        self.refusals += 1
        if self.refusals <= self.MAX_REFUSED:
            row = Row(shown(who, 200))
            row.refused = shown(reason, 300)
            self.rows.append(row)

    def collection(self):
        return rank_rows(self.rows, self.key, self.ignored)


def _label(rows):
    """Latest hand-in per student counts (same name, same token); namesakes are numbered."""
    by_name = {}
    for r in rows:
        by_name.setdefault(" ".join(r.student.split()).casefold(), []).append(r)
    for group in by_name.values():
        by_token = {}
        for r in sorted(group, key=lambda r: (r.handed_in_at, r.file)):
            by_token.setdefault(r.token, []).append(r)
        for mine in by_token.values():
            for r in mine[:-1]:
                r.superseded = True
                r.flags.insert(0, f"an earlier hand-in (the one of {mine[-1].handed_in_at} "
                                  "counts)")
        many = len(by_token) > 1
        for i, mine in enumerate(by_token.values(), 1):
            for r in mine:
                r.label = f"{shown(r.student, MAX_NAME)} ({i})" if many else shown(r.student,
                                                                                  MAX_NAME)


# =========================================================================== output
COLUMNS = ("rank", "name", "layers", "parameters", "optimizer", "lr", "epochs", "score",
           "flags", "handed_in_at", "file")


def _number(x, digits=4):
    if x is None:
        return ""
    if isinstance(x, float) and not math.isfinite(x):
        return "not finite"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


def table_text(col):
    """The class table as text lines (a refused file is one line)."""
    head = ["rank", "name", "layers", "params", "optimizer", "lr", "epochs", col.label, "flags"]
    body = []
    for r in col.rows:
        if r.refused is not None:
            continue
        body.append([_number(r.rank), r.label, r.layers, _number(r.parameters), r.optimizer,
                     "" if r.lr is None else f"{r.lr:g}", _number(r.epochs), _number(r.score),
                     "; ".join(shown(f, 300) for f in r.flags)])
    widths = [max([len(h)] + [len(b[i]) for b in body]) for i, h in enumerate(head[:-1])]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head[:-1], widths)) + "  flags"]
    for b in body:
        lines.append(("  ".join(c.ljust(w) for c, w in zip(b[:-1], widths)) + "  " + b[-1])
                     .rstrip())
    for r in col.rows:
        if r.refused is not None:
            lines.append(f"refused: {r.file}: {shown(r.refused, 300)}")
    return lines


def tally_text(col):
    lines = []
    for t in col.tally:
        lines.append(f"{shown(t.question, 200)}  ({t.right} of {t.total} right)")
        for answer, n in sorted(t.answers.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {n:3d} × {shown(answer, 100) or '(no answer)'}")
    return lines


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text):
    """Text from a file as a spreadsheet cell that is never a formula: a leading
    = + - @ tab or CR gets a ' in front (OWASP, CSV injection); the writer quotes it."""
    s = str(text)
    return "'" + s if s.startswith(_FORMULA_START) else s


def table_csv(col):
    """The class table as CSV text: numbers as numbers, every text cell quoted and escaped."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(COLUMNS[:7] + (col.measure,) + COLUMNS[8:])
    for r in col.rows:
        score = r.score if r.score is not None and math.isfinite(r.score) else ""
        flags = "; ".join(r.flags) if r.refused is None else "refused: " + r.refused
        w.writerow(["" if r.rank is None else r.rank, csv_cell(r.label), csv_cell(r.layers),
                    "" if r.parameters is None else r.parameters, csv_cell(r.optimizer),
                    "" if r.lr is None else float(r.lr), "" if r.epochs is None else r.epochs,
                    score, csv_cell(flags), csv_cell(r.handed_in_at), csv_cell(r.file)])
    return buf.getvalue()


def tally_csv(col):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["question", "answer", "students", "right", "of"])
    for t in col.tally:
        for answer, n in t.answers.items():
            w.writerow([csv_cell(t.question), csv_cell(answer), n, t.right, t.total])
    return buf.getvalue()


def to_json(col):
    return {"measure": col.measure, "rows": [r.to_dict() for r in col.rows],
            "tally": [{"question": t.question, "answers": dict(t.answers), "right": t.right,
                       "wrong": t.wrong} for t in col.tally],
            "ignored_files": col.ignored}


# =========================================================================== student's run
# A student's experiment file keeps the whole challenge document in its free "extra" (so
# that reopening the run restores the challenge's locks and limits). That field takes texts
# of at most `core.schema.MAX_TEXT` characters: a base64 array longer than `_PIECE` is kept
# as a list of pieces and joined again on reading.
_PIECE = 500_000


def _pieces(v):
    if isinstance(v, dict):
        if set(v) == {"dtype", "shape", "data"} and isinstance(v["data"], str) \
                and len(v["data"]) > _PIECE:
            d = v["data"]
            return {**v, "data": [d[i:i + _PIECE] for i in range(0, len(d), _PIECE)]}
        return {k: _pieces(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_pieces(x) for x in v]
    return v


def _joined(v):
    if isinstance(v, dict):
        if set(v) == {"dtype", "shape", "data"} and isinstance(v["data"], list) \
                and all(isinstance(x, str) for x in v["data"]):
            return {**v, "data": "".join(v["data"])}
        return {k: _joined(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_joined(x) for x in v]
    return v


def to_extra(challenge, predictions=()):
    """The "extra" of a student's experiment file: the challenge document (and the
    predict-then-check answers given so far, `core.classroom.Answer` or their dicts)."""
    out = {"challenge": _pieces(challenge.document())}
    answers = _checked(_answers, list(predictions), "predictions")
    if answers:
        out["predictions"] = [a.to_dict() for a in answers]
    return out


def student_run(extra):
    """(Challenge, [Answer]) kept in an experiment file's "extra" by `to_extra`, or None
    when it keeps no challenge (an older start file keeps only the id and title: no
    locks to show). A challenge there is checked like a challenge file (`LoadError`)."""
    doc = (extra or {}).get("challenge")
    if not isinstance(doc, dict) or "format" not in doc:
        return None
    try:
        challenge = _parse_challenge_doc(_joined(doc))
        answers = _answers((extra or {}).get("predictions", []))
    except LoadError as e:
        raise LoadError(f"the challenge kept in it is not valid: {e}", e.where) from None
    return challenge, answers


def load_as_run(path):
    """A challenge file opened as a student's run (`experiment_file.Loaded`, no weights):
    the challenge's experiment with its given points, the challenge in its "extra" — the
    same run `save_start` writes."""
    ch = load_challenge(path)
    return experiment_file.Loaded(ch.experiment.copy(), ch.data, extra=to_extra(ch))


def save_start(challenge, path):
    """The challenge's experiment with its given points as an ordinary experiment file
    (what a student opens, trains and hands in), the challenge kept in it (`to_extra`)."""
    return experiment_file.save(path, challenge.experiment, data=challenge.data,
                                extra=to_extra(challenge))
