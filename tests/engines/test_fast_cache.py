"""A disk cache of the compiled kernels that does not load never stops training.

numba itself raises on an unreadable cache file (UnpicklingError, EOFError, a decode
error) and at a folder it cannot write ("no locator available"); `engines.fast` then
compiles afresh and rebuilds the cache, else compiles without one, and `status()` says
so in one line. Each check runs a fresh process with NUMBA_CACHE_DIR in a temporary
folder (the kernels' cache files are fast_kernels.<kernel>-<line>.py<XY>.nbi, the index,
and .<n>.nbc, the machine code), trains the lecture's network on the compiled path and on
the NumPy path, and compares them to 1e-12. Each compiles the kernels (~20 s here).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    __import__("importlib.util").util.find_spec("numba") is None,
    reason="numba is not installed (it has no wheel for this Python or platform)")

# In the child: the kernels as engines.fast prepares them, then the lecture's network
# (2→20→40→20→1, SGD, batch 10) for 3 epochs on the compiled path and on the NumPy path.
CHILD = """
import json, numpy as np
from annstudio.core import datasets
from annstudio.core.network import Network
from annstudio.engines import fast
from annstudio.engines.numpy_engine import NumpyEngine
fast.start(wait=True)
phase, line = fast.status()
data = datasets.make("moons", n=200, noise=0.2, seed=0, test_fraction=0.0)
runs = [NumpyEngine(Network.create([2, 20, 40, 20, 1], seed=0), data, "sgd", {"lr": 0.015},
                    batch_size=10, fast=f) for f in (True, False)]
for e in runs:
    e.train(3)
print(json.dumps({"phase": phase, "status": line, "path": runs[0].path,
                  "numpy_path": runs[1].path,
                  "theta": float(np.abs(runs[0].net.theta - runs[1].net.theta).max()),
                  "loss": float(np.abs(np.subtract(runs[0].history.train_loss,
                                                   runs[1].history.train_loss)).max())}))
"""


def run_child(cache_dir, home=None, pythonpath=ROOT, cpu=None, frozen=False):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMBA_", "PYTHON"))}
    env.update(NUMBA_CACHE_DIR=str(cache_dir), PYTHONPATH=str(pythonpath),
               PYTHONDONTWRITEBYTECODE="1")
    if cpu is not None:
        env["NUMBA_CPU_NAME"] = cpu
    if home is not None:
        env.update(HOME=str(home), XDG_CACHE_HOME=str(Path(home) / ".cache"))
    # frozen: the child takes the frozen app's branch (engines.fast picks the CPU target)
    code = ("import sys; sys.frozen = True\n" if frozen else "") + CHILD
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=env, cwd=tempfile.gettempdir(), timeout=600)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "Error" not in r.stderr, r.stderr
    out = json.loads(r.stdout)
    # training works, on the compiled path, with the NumPy path's numbers
    assert out["path"] == "compiled" and out["numpy_path"] == "numpy", out
    assert out["theta"] <= 1e-12 and out["loss"] <= 1e-12, out
    # the status is one line, one sentence
    assert "\n" not in out["status"] and out["status"].count(". ") == 0, out["status"]
    return out


def kernel_files(cache_dir, suffix):
    return sorted(p for p in Path(cache_dir).rglob(f"fast_kernels.*{suffix}"))


def test_a_cache_for_another_cpu_or_a_corrupted_one_is_compiled_afresh(tmp_path):
    cache = tmp_path / "numba-cache"
    # a first run compiles and fills the cache, here for a generic CPU
    first = run_child(cache, cpu="generic")
    assert first["phase"] == "ready"
    assert "held no kernels for this CPU" in first["status"], first["status"]
    # this machine's own CPU is another CPU to that cache: numba compiles (a miss, no error)
    other = run_child(cache)
    assert "held no kernels for this CPU" in other["status"], other["status"]
    index, code = kernel_files(cache, ".nbi"), kernel_files(cache, ".nbc")
    assert index and code
    # garbage where numba reads: one kernel's index, every kernel's machine code
    index[0].write_bytes(b"\x80\x05not a pickle at all" * 10)
    for p in code:
        p.write_bytes(os.urandom(300))
    broken = run_child(cache)
    assert broken["phase"] == "ready"
    assert "its disk cache did not load" in broken["status"]
    assert "compiled afresh" in broken["status"] and "cache rebuilt" in broken["status"]
    again = run_child(cache)                 # the rebuilt cache loads
    assert again["status"].endswith("s to load)"), again["status"]


def test_no_writable_cache_folder_compiles_without_a_cache():
    """The cache folder read-only, and numba's other places too (the user's cache folder,
    the __pycache__ next to the sources): the kernels compile in memory. Root writes into
    read-only folders, so for root each place is a read-only file instead (nothing can be
    created under it either)."""
    tree = Path(tempfile.mkdtemp(prefix="annstudio-ro-"))
    places = [tree / "cache", tree / "home" / ".cache",
              tree / "annstudio" / "engines" / "__pycache__"]
    try:
        shutil.copytree(ROOT / "annstudio", tree / "annstudio",
                        ignore=shutil.ignore_patterns("__pycache__"))
        for p in places:
            p.parent.mkdir(parents=True, exist_ok=True)
            if os.geteuid() == 0:
                p.write_text("not a folder")
            else:
                p.mkdir()
        for p in [tree, *tree.rglob("*")]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        out = run_child(places[0], home=tree / "home", pythonpath=tree)
        assert out["phase"] == "ready"
        assert out["status"].startswith("compiled fast path ready without a disk cache")
        assert "no folder for its disk cache can be written" in out["status"]
        assert not list(tree.rglob("*.nbi"))
    finally:
        for p in [tree, *tree.rglob("*")]:
            p.chmod(0o755)
        shutil.rmtree(tree, ignore_errors=True)


@pytest.mark.parametrize("switch", ["1", "0"])
def test_the_engine_process_starts_loading_the_kernels_before_its_first_command(switch):
    """The NumPy engine is the default: its process starts the kernels' load (numba's import
    and disk cache) at once, overlapping the window's start, unless ANNSTUDIO_FAST=0."""
    code = """
import multiprocessing as mp, threading, time
from annstudio.engines import fast, host
mine, its = mp.Pipe()
threading.Thread(target=host.main, args=(its,), daemon=True).start()
end = time.monotonic() + 5
while fast.status()[0] == "idle" and time.monotonic() < end:
    time.sleep(0.01)
print(fast.status()[0])
"""
    env = dict(os.environ, ANNSTUDIO_FAST=switch, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == (["idle"] if switch == "0" else ["compiling"]), r.stdout


def test_the_frozen_app_compiles_and_loads_its_kernels_for_the_best_target_this_cpu_runs(
        tmp_path):
    """The frozen app does not compile for the host's exact CPU (its shipped cache must load
    on others) but for the best of the shipped targets this CPU runs: the status names it,
    the numbers equal the NumPy path's to 1e-12, and a second start loads them."""
    from annstudio.engines import fast
    target = fast.frozen_target()
    first = run_child(tmp_path, frozen=True)
    assert f"kernels for {target}" in first["status"], first["status"]
    again = run_child(tmp_path, frozen=True)
    assert again["status"].endswith("s to load)") and target in again["status"], again
