"""The NumPy engine's compiled fast path for small networks (numba, in the default install).

`FastTrainer` is the core `Trainer` with one method replaced: `_batch_step` (forward,
backprop, divergence checks and the optimizer update of one mini-batch) runs as one
compiled call (`engines.fast_kernels`, numba) instead of ~30 small NumPy calls. Everything
else — batch order, history, per-epoch evaluation, the optimizer object and its state,
the divergence rule and what it keeps — is the Trainer's own, so a run may switch paths
between any two steps and export/import its state either way. Gradients and weights
agree with the NumPy path to ≤ 1e-12 (tests/engines/test_fast_path.py).

When it runs:
- numba installed: the default install has it wherever numba publishes wheels
  (pyproject.toml's markers); elsewhere the NumPy path runs and `status()` says why;
- every activation, loss and optimizer of the run has a kernel (all of the app's do);
- the network is small enough that loops beat BLAS (`SMALL_WORK`);
- the kernels are compiled. The first use ever compiles them (~5–20 s, in a background
  thread, training on the NumPy path meanwhile); numba caches them on disk, so later
  processes load them in well under a second.

`status()` says which of these holds, in one line the window and ``annstudio bench``
show. Only this module and `engines.fast_kernels` import numba, lazily.

`Network.fit` trains here too: the package registers `fit_trainer` with
`core.training.register_fast_trainer` (core imports no numba and no engine).
"""
from __future__ import annotations

import importlib
import importlib.util
import math
import os
import platform
import sys
import threading
import time

import numpy as np

from annstudio.core import divergence, optimizers
from annstudio.core.buffers import aligned_zeros
from annstudio.core.training import Trainer, batch_order

# Multiply-adds of one step (batch × Σ d_in·d_out) above which NumPy's BLAS takes over
# from the compiled loops. Measured here (2 CPUs), µs a step compiled / NumPy, Python's
# step included: lecture net batch 10 (16,600) 14.5 / 66; 2→64→64→1 batch 32 (137,216)
# 45 / 128; lecture net batch 100 (166,000) 82 / 149; 2→128→128→1 batch 32 (536,576)
# 143 / 360; 2→256→256→1 batch 10 (663,040) 195 / 358; 2→128→128→1 batch 128
# (2,146,304) 550 / 508; 2→256→256→1 batch 256 (16,973,824) 4,663 / 3,430. Set below
# the crossover: a machine with more cores gives BLAS more, the loops nothing.
SMALL_WORK = 600_000
INSTALL_HINT = ("the default install has it where numba publishes wheels: CPython 3.10–3.15 "
                "on Linux x86_64/aarch64, Windows and macOS")
# What the kernels cover, in the order of `fast_kernels`' codes (a test checks the two
# agree): everything the app offers today. Anything else runs on the NumPy path.
ACTIVATIONS = ("identity", "relu", "leaky_relu", "tanh", "sigmoid", "softmax")
LOSSES = ("bce", "ce", "mse")
OPTIMIZERS = ("sgd", "lecture_momentum", "adagrad", "rmsprop", "lecture_rmsprop", "adam")

_lock = threading.Lock()
_state = {"phase": "idle", "error": None, "seconds": None, "thread": None, "cache": None,
          "compiled": False, "target": None}
_kernels = None      # the fast_kernels module once compiled
disk_cache = True    # read by fast_kernels at import: numba's disk cache on or off
KERNELS = "annstudio.engines.fast_kernels"
SHIPPED_CACHE = "kernel-cache"   # the frozen app's compiled kernels, next to this module
# The CPU targets the frozen app ships kernels for (packaging/build.py compiles one set per
# target), best first, each with the LLVM features a CPU needs to run it. numba's cache
# loads only kernels compiled for the same target, and "generic" (SSE2) runs on every
# x86_64 CPU, but its kernels take ~1.5× as long per step on the lecture net as v2's or
# v3's (tests/benchmarks: 43–49k against 67–76k steps/s here). x86-64-v2: SSE4.2, POPCNT
# (Intel and AMD since 2009); x86-64-v3 adds AVX2 and FMA (Intel since 2013, AMD 2015).
X86_64_V2 = ("cx16", "sahf", "popcnt", "sse3", "sse4.1", "sse4.2", "ssse3")
X86_64_V3 = X86_64_V2 + ("avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe",
                         "xsave")
_X86_TARGETS = (("x86-64-v3", X86_64_V3), ("x86-64-v2", X86_64_V2))
FROZEN_TARGETS = {"x86_64": _X86_TARGETS, "amd64": _X86_TARGETS}   # amd64: Windows' name


def numba_installed():
    return importlib.util.find_spec("numba") is not None


def ready():
    """True when the kernels are compiled and callable in this process."""
    return _kernels is not None


def _compile():
    """Load the kernels from numba's disk cache, else compile them. A cache that does not
    load (a corrupted file, a folder nobody may write, another numba's files) is rebuilt,
    else left aside: numba itself stops at an unreadable file (its UnpicklingError or
    EOFError) and at a folder it cannot write ("no locator available")."""
    global _kernels
    t0 = time.perf_counter()
    first_error = None
    frozen = getattr(sys, "frozen", False)     # set by PyInstaller in the bundled app only
    if frozen:   # before numba is imported: the bundle's kernels are compiled for these
        os.environ.setdefault("NUMBA_CPU_NAME", frozen_target())
    for how in ("cache", "rebuilt", "none"):
        try:
            k = _import_kernels(cache=how != "none")
            if how == "cache" and frozen:
                _seed_cache(k)
            elif how == "rebuilt":
                _remove_cache(k)
            _warm_up(k)
            break
        except Exception as err:   # the next way, or the NumPy path: never the user's problem
            first_error = first_error or err
    else:
        with _lock:
            _state.update(phase="failed", error=_describe(first_error))
        return
    with _lock:
        _kernels = k
        _state.update(phase="ready", seconds=time.perf_counter() - t0, cache=how,
                      error=None if first_error is None else _describe(first_error),
                      compiled=k.compiled_not_loaded(),
                      target=os.environ.get("NUMBA_CPU_NAME") or None)


def frozen_target(machine=None, features=None):
    """The shipped target this CPU runs: the first of `FROZEN_TARGETS` whose features it
    has (``features``: LLVM's names of this CPU's features), else "generic"."""
    machine = (machine or platform.machine()).lower()
    targets = FROZEN_TARGETS.get(machine, ())
    if features is None and targets:
        try:
            import llvmlite.binding as ll     # numba's own view of this CPU
            features = {name for name, on in ll.get_host_cpu_features().items() if on}
        except Exception:                      # no reading of the CPU: the safe target
            features = set()
    for name, needs in targets:
        if set(needs) <= set(features):
            return name
    return "generic"


def _import_kernels(cache):
    """`fast_kernels`, imported afresh (new dispatchers) with numba's disk cache on or off."""
    global disk_cache
    disk_cache = cache
    sys.modules.pop(KERNELS, None)
    return importlib.import_module(KERNELS)


def _seed_cache(k):
    """Copy the kernels the frozen app ships (compiled at packaging time for a generic CPU
    of its architecture: packaging/build.py) where numba looks for them, so that a first
    start loads them in a second instead of compiling for ~20 s."""
    shipped = os.path.join(os.path.dirname(os.path.abspath(__file__)), SHIPPED_CACHE)
    if not os.path.isdir(shipped):
        return
    folder = k.cache_folder()
    for name in os.listdir(shipped):
        src, dst = os.path.join(shipped, name), os.path.join(folder, name)
        with open(src, "rb") as f:
            data = f.read()
        if os.path.exists(dst):
            with open(dst, "rb") as f:
                if f.read() == data:
                    continue
        tmp = f"{dst}.{os.getpid()}.tmp"   # another start may be copying too
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, dst)


def _remove_cache(k):
    """Delete these kernels' cache files (numba's .nbi index and .nbc code) so that the
    compile writes them anew; another module's files in the folder stay."""
    folder = k.cache_folder()
    for name in os.listdir(folder):
        if name.startswith("fast_kernels.") and name.endswith((".nbi", ".nbc")):
            os.remove(os.path.join(folder, name))


def _describe(err):
    """An exception as a short clause for the status line."""
    text = str(err)
    if "no locator available" in text:
        return "no folder for its disk cache can be written"
    text = text.splitlines()[0] if text else ""
    if len(text) > 120:
        text = text[:117] + "…"
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _warm_up(k):
    """Compile (or load from numba's disk cache) `train_step` on a 2→2→1 toy step."""
    layout = np.array([2, 2, 2, 1, k.RELU, k.SIGMOID], np.int64)
    theta = np.zeros(9)
    X = np.zeros((2, 2))
    T = np.zeros((2, 1))
    work = np.zeros(20)
    k.train_step(theta, np.zeros(9), layout, k.BCE, X, T, np.zeros(2, np.int64),
                 np.arange(2, dtype=np.int64), work, np.zeros(4), np.zeros(4), k.SGD,
                 np.array([0.1, 0, 0, 0, 0, 0.0]), np.zeros((1, 9)), np.zeros(9),
                 np.array([1.0, 1e3, 10.0, 1e6]), np.zeros(4))
    k.train_steps(theta, np.zeros(9), layout, k.BCE, X, T, np.zeros(2, np.int64),
                  np.arange(2, dtype=np.int64), 0, 1, 2, work, np.zeros(4), np.zeros(4),
                  k.SGD, np.array([0.1, 0, 0, 0, 0, 0.0]), np.zeros((1, 9)), np.zeros(9),
                  np.array([1.0, 1e3, 10.0, 1e6]), np.zeros(1), np.zeros(4))


def start(wait=False, timeout=None):
    """Start compiling in a background thread (once per process); ``wait``: until done.

    Returns `ready()`. Without numba nothing happens (the NumPy path is the only one)."""
    with _lock:
        if _state["phase"] == "idle" and numba_installed():
            _state["phase"] = "compiling"
            t = threading.Thread(target=_compile, name="annstudio-fast-compile", daemon=True)
            _state["thread"] = t
            t.start()
        thread = _state["thread"]
    if wait and thread is not None:
        thread.join(timeout)
    return ready()


def status():
    """(phase, one line): phase is "ready", "compiling", "failed", "missing" or "idle"."""
    with _lock:
        phase, err, secs = _state["phase"], _state["error"], _state["seconds"]
    if phase == "idle" and not numba_installed():
        phase = "missing"
    if phase == "ready":
        how, numba_version = _state["cache"], _kernels.NUMBA_VERSION
        if _state["target"]:           # a chosen CPU target (the frozen app's), not the host's
            numba_version += f", kernels for {_state['target']}"
        if how == "cache" and err is None and not _state["compiled"]:
            return phase, (f"compiled fast path ready (numba {numba_version}, "
                           f"{secs:.1f} s to load)")
        if how == "cache" and err is None:
            return phase, (f"compiled fast path ready (numba {numba_version}, compiled in "
                           f"{secs:.1f} s: its disk cache held no kernels for this CPU and "
                           f"numba yet; the next start loads them)")
        if how == "rebuilt":
            return phase, (f"compiled fast path ready (numba {numba_version}): its disk "
                           f"cache did not load ({err}), so it was compiled afresh in "
                           f"{secs:.1f} s and the cache rebuilt")
        return phase, (f"compiled fast path ready without a disk cache (numba "
                       f"{numba_version}, compiled in {secs:.1f} s): {err}")
    if phase == "compiling":
        return phase, ("preparing the compiled fast path (the first run on a machine "
                       "compiles it, ~5–20 s); NumPy path meanwhile")
    if phase == "failed":
        return phase, f"fast path failed to compile ({err}); NumPy path"
    if phase == "missing":
        return phase, f"NumPy path: numba is not installed ({INSTALL_HINT})"
    return phase, "fast path not started"


def unsupported_reason(net, loss, optimizer, batch_size):
    """Why this run cannot take the fast path (None: it can)."""
    for a in net.activations:
        if a not in ACTIVATIONS:
            return f"no fast kernel for activation {a!r}"
    if loss not in LOSSES:
        return f"no fast kernel for loss {loss!r}"
    if optimizer.name not in OPTIMIZERS or type(optimizer) is not optimizers.CLASSES.get(optimizer.name):
        return f"no fast kernel for optimizer {optimizer.name!r}"
    sizes = net.sizes
    work = batch_size * sum(d * e for d, e in zip(sizes[:-1], sizes[1:]))
    if work > SMALL_WORK:
        return (f"a wide step ({work:,} multiply-adds): NumPy's BLAS is faster than the "
                "compiled loops here")
    return None


def fit_trainer(net, X, y, **kwargs):
    """The trainer of `Network.fit` (registered with `core.training` by the package): the
    compiled one where numba is installed and the run has kernels. Unlike the window, it
    waits for the kernels before the first step (a disk-cache load, well under a second;
    the first run on a machine compiles, ~5–20 s), so that every step of every fit takes
    the same path and a fit repeats bit for bit. ``history.path`` says which path ran."""
    if not numba_installed():
        return Trainer(net, X, y, **kwargs)
    trainer = FastTrainer(net, X, y, **kwargs)
    if trainer.fast_reason is None:
        start(wait=True)
    return trainer


class FastTrainer(Trainer):
    """`Trainer` whose mini-batch step runs compiled once `ready()`; `path` says which ran."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        net = self.net
        sizes = net.sizes
        K = len(net.layers)
        # the kernels' codes are positions in these tuples (numba is not imported here:
        # building an engine must not wait for it)
        self._layout = np.array([K] + sizes + [ACTIVATIONS.index(a) if a in ACTIVATIONS
                                               else -1 for a in net.activations], np.int64)
        self._loss_code = LOSSES.index(self.loss) if self.loss in LOSSES else -1
        self.X = np.ascontiguousarray(self.X, dtype=np.float64)
        if self.loss == "ce":
            self._T = np.zeros((1, 1))
            self._labels = np.ascontiguousarray(self.t, dtype=np.int64)
        else:
            self._T = np.ascontiguousarray(self.t, dtype=np.float64)
            self._labels = np.zeros(1, np.int64)
        n = min(self.batch_size, self.X.shape[0])
        # cache-line aligned, as θ is (`core.buffers.aligned_zeros`: ~10 vs up to ~16 µs a
        # step on the lecture net, depending on where malloc put them)
        self._work = aligned_zeros(n * sizes[0] + 2 * n * sum(sizes[1:]))
        self._delta = aligned_zeros(n * max(sizes[1:]))
        self._delta2 = aligned_zeros(self._delta.size)
        self._rule = np.array([0.0, divergence.LOSS_BLOWUP, divergence.HEALTHY,
                               divergence.WEIGHT_BLOWUP])
        self._Ls = np.empty(self.steps_per_epoch)
        self._out = np.zeros(4)
        # the loss pass's targets as the kernels take them, and its buffers (kept between
        # epochs while small)
        self._pass_targets = {"train": (self._T, self._labels)}
        if self.X_test is not None:
            self.X_test = np.ascontiguousarray(self.X_test, dtype=np.float64)
            self._pass_targets["test"] = (
                (np.zeros((1, 1)), np.ascontiguousarray(self.t_test, dtype=np.int64))
                if self.loss == "ce" else
                (np.ascontiguousarray(self.t_test, dtype=np.float64), np.zeros(1, np.int64)))
        self._pass_buffers = {}
        self._out_pass = np.zeros(2)
        self._norms = np.zeros(K)
        self._opt_cache = None
        self.fast_reason = unsupported_reason(net, self.loss, self.optimizer, self.batch_size)

    @property
    def path(self):
        """The path the next step takes: "compiled" or "numpy"."""
        return "compiled" if self.fast_reason is None and _kernels is not None else "numpy"

    @property
    def path_note(self):
        """One line: which path runs and why."""
        if self.fast_reason is not None:
            return f"NumPy path: {self.fast_reason}"
        phase, line = status()
        if phase != "ready":
            return line
        target = _state["target"]      # the frozen app's: which of its shipped kernels run
        return "compiled fast path (numba" + (f", kernels for {target})" if target else ")")

    def step(self):
        # The compiled step raises no floating-point warnings: skip Trainer.step's
        # np.errstate (a few µs of a ~15 µs step); the first step measures L_ref in NumPy.
        if _kernels is not None and self.fast_reason is None and self.divergence.started:
            return self._step()
        return super().step()

    def _train_step(self):
        """In `Trainer.train`: the epoch's remaining batches in one compiled call where the
        optimizer's arguments stay the same from step to step (sgd, lecture_momentum): the
        same steps, checks and records as step by step, without ~10 µs of Python per step."""
        return self._to_epoch_end() if self._whole_epochs() else self.step()

    def _whole_epochs(self):
        if _kernels is None or self.fast_reason is not None or not self.divergence.started:
            return False
        opt = self.optimizer
        if opt.name == "lecture_momentum":
            return True
        return opt.name == "sgd" and (opt.hyperparameters["momentum"] == 0 or (
            opt.state is not None and len(opt.state) == 1
            and opt.state[0].get("momentum_buffer") is not None))

    def _to_epoch_end(self):
        """The rest of the current epoch in one `train_steps` call; replays the Trainer's
        bookkeeping step by step and returns the last step's `StepResult`."""
        k = _kernels
        if self.batch_index == 0 or self._order is None:
            self._order = batch_order(self.X.shape[0], self.epoch, self.seed, self.shuffle)
            self._batch_losses = []
        order = self._order
        if order.dtype != np.int64 or not order.flags.c_contiguous:
            order = self._order = np.ascontiguousarray(order, dtype=np.int64)
        code, hp, S, commit = self._kernel_args(k)
        rule = self.divergence
        self._rule[0] = rule.reference
        out, Ls = self._out, self._Ls
        first = self.batch_index
        done = k.train_steps(self.net.theta, self._grad, self._layout, self._loss_code, self.X,
                             self._T, self._labels, order, first, self.steps_per_epoch,
                             self.batch_size, self._work, self._delta, self._delta2, code, hp,
                             S, self._last_good, self._rule, Ls, out)
        taken = Ls[:done].tolist()
        L = taken[-1]
        why = rule.loss_problem(L) or rule.gradient_problem(float(out[1])) or \
            rule.weight_problem(float(out[2]))
        if why:        # the steps before the failing one passed every check
            self._book(taken[:-1])
            return self._diverged(L, why)
        return self._count_steps(taken)

    def _loss_and_metric(self, which):
        """The per-epoch loss pass compiled: u_k = z_k W_k in NumPy's BLAS, then u_k + b_k
        and φ_k in one call per layer, and L with accuracy/R² in one more (the same formulas
        as the NumPy path: equal to ≤ 1e-12)."""
        k = _kernels
        if k is None or self.fast_reason is not None:
            return super()._loss_and_metric(which)
        X = self.X if which == "train" else self.X_test
        T, labels = self._pass_targets[which]
        hidden, U, Z = self._buffers(which, X.shape[0])
        layout, K = self._layout, len(self.net.layers)
        z = X
        with np.errstate(over="ignore", invalid="ignore"):   # a diverging run overflows
            for i, layer in enumerate(self.net.layers):
                if i < K - 1:          # a hidden layer: z = φ(u) replaces u in place
                    n, e = X.shape[0], layer.W.shape[1]
                    u = hidden[i % 2][:n * e].reshape(n, e)
                    np.matmul(z, layer.W, out=u)
                    k.bias_phi_in_place(u, layer.b, layout[2 + K + i])
                    z = u
                else:
                    np.matmul(z, layer.W, out=U)
                    k.bias_phi(U, layer.b, layout[2 + K + i], Z)
        out = self._out_pass
        k.loss_and_metric(self._loss_code, U, Z, T, labels, out)
        return float(out[0]), float(out[1])

    def grad_norms(self):
        k = _kernels
        if k is None or self.fast_reason is not None:
            return super().grad_norms()
        k.weight_grad_norms(self._grad, self._layout, self._norms)
        return self._norms.tolist()

    def _buffers(self, which, n):
        """Two buffers of n × the widest hidden layer, used in turn by the hidden layers,
        and the output layer's u and z; kept while they are small (a large data set's are
        allocated per pass, as the NumPy path's are)."""
        bufs = self._pass_buffers.get(which)
        if bufs is not None:
            return bufs
        sizes = self.net.sizes
        wide = max(sizes[1:-1], default=1)
        bufs = ((np.empty(n * wide), np.empty(n * wide)),
                np.empty((n, sizes[-1])), np.empty((n, sizes[-1])))
        if n * wide <= 1 << 18:
            self._pass_buffers[which] = bufs
        return bufs

    def _kernel_args(self, k):
        """The optimizer's (code, hp, S, commit), cached while they stay valid."""
        opt = self.optimizer
        c = self._opt_cache
        if c is not None and c[0] is opt.hyperparameters and c[1] is opt.state:
            return c[2]
        args = _optimizer_args(k, opt, self.net)
        # sgd and lecture_momentum have no step counter: their arguments stay valid until
        # `set` (a new hyperparameter dict) or a new state list
        self._opt_cache = (opt.hyperparameters, opt.state, args) if args[3] is _nothing \
            else None
        return args

    def _batch_step(self, idx, rule):
        k = _kernels
        if k is None or self.fast_reason is not None:
            return super()._batch_step(idx, rule)
        code, hp, S, commit = self._kernel_args(k)
        self._rule[0] = rule.reference
        out = self._out
        k.train_step(self.net.theta, self._grad, self._layout, self._loss_code, self.X,
                     self._T, self._labels, idx, self._work, self._delta, self._delta2,
                     code, hp, S, self._last_good, self._rule, out)
        L = float(out[0])
        why = rule.loss_problem(L) or rule.gradient_problem(float(out[1]))
        if why:
            return L, why
        commit(S)                     # step counters, new buffers, per-tensor v
        return L, rule.weight_problem(float(out[2]))


def _optimizer_args(k, opt, net):
    """(code, hp array, state rows S, commit(S)) for the kernel, from the optimizer object:
    its state stays the source of truth (export, import, engine switches see it).
    ``commit`` runs after a step that updated θ (step counters, a new momentum buffer)."""
    hp = opt.hyperparameters
    name = opt.name
    theta = net.theta
    if name == "lecture_rmsprop":
        n_t = 2 * len(net.layers)
        if opt.state is None or len(opt.state) != n_t:
            opt.state = [opt.initial_state(None) for _ in range(n_t)]
        S = np.array([[s["v"] for s in opt.state]], dtype=np.float64)

        def commit(S):
            for s, v in zip(opt.state, S[0]):
                s["v"] = float(v)
        return k.LECTURE_RMSPROP, np.array([hp["lr"], hp["gamma"], hp["eps"]]), S, commit
    if opt.state is None or len(opt.state) != 1:
        opt.state = [opt.initial_state(theta)]
    s = opt.state[0]
    if name == "sgd":
        buf = s.get("momentum_buffer")
        first = buf is None and hp["momentum"] != 0
        if first:        # torch starts the buffer at the first gradient
            S = np.empty((1, theta.size))

            def commit(S):
                s["momentum_buffer"] = S[0]
        else:
            S = _NO_STATE if buf is None else _rows(s, ("momentum_buffer",))
            commit = _nothing
        return k.SGD, np.array([hp["lr"], hp["momentum"], hp["dampening"], hp["weight_decay"],
                                float(hp["nesterov"]), float(first)]), S, commit
    if name == "lecture_momentum":
        return (k.LECTURE_MOMENTUM, np.array([hp["lr"], hp["eta"]]),
                _rows(s, ("delta",)), _nothing)
    t = s["step"] + 1

    def count(S):
        s["step"] = t
    if name == "adagrad":
        clr = hp["lr"] / (1 + (t - 1) * hp["lr_decay"])
        return (k.ADAGRAD, np.array([clr, hp["weight_decay"], hp["eps"]]),
                _rows(s, ("sum",)), count)
    if name == "rmsprop":
        S = _rows(s, ("square_avg", "momentum_buffer", "grad_avg"))
        return k.RMSPROP, np.array([hp["lr"], hp["alpha"], hp["eps"], hp["weight_decay"],
                                    hp["momentum"], float(hp["centered"])]), S, count
    # adam: the bias corrections computed here as core.optimizers.Adam does
    b1, b2 = hp["betas"]
    keys = ("exp_avg", "exp_avg_sq")
    if hp["amsgrad"]:
        if "max_exp_avg_sq" not in s:
            s["max_exp_avg_sq"] = np.zeros_like(s["exp_avg"])
        keys += ("max_exp_avg_sq",)
    S = _rows(s, keys)
    return k.ADAM, np.array([hp["lr"] / (1 - b1 ** t), b1, b2, math.sqrt(1 - b2 ** t),
                             hp["eps"], hp["weight_decay"], float(hp["amsgrad"])]), S, count


def _rows(s, keys):
    """The state arrays ``s[key]`` as rows of one (len(keys), P) array the kernel updates
    in place: rebound once as views of it (the NumPy path updates views in place too)."""
    base = s[keys[0]].base
    if base is not None and base.ndim == 2 and base.shape[0] == len(keys) and \
            all(s[key].base is base for key in keys) and base.flags.c_contiguous:
        return base
    S = np.ascontiguousarray(np.stack([np.asarray(s[key], dtype=np.float64).reshape(-1)
                                       for key in keys]))
    for i, key in enumerate(keys):
        s[key] = S[i]
    return S


_NO_STATE = np.zeros((1, 1))     # SGD without momentum keeps no state


def _nothing(S):
    pass
