"""The frozen app's figures: its start-up (issue 16, goal 5: the PyInstaller bundle's
window is visible and interactive in < 2 s) beside `python -m annstudio` from source, the
path its NumPy engine trains on and how soon after a first start (issue 25: the compiled
path within 2 s, no numba cache in the user's folders), its own `annstudio bench --quick`,
side by side with TensorFlow Playground's engine against the bundle's (when node is
present: bench_playground.py --ours) and the lecture ratios with their paths, and the
bundle's and the installers' sizes.

    python packaging/build.py                          # builds dist/ (once)
    python tests/benchmarks/bench_frozen.py [BUNDLE] [--runs 5] [--no-bench]

Both are timed the same way as bench_gui.py's start-up: the launcher writes its
``time.time()`` into ANNSTUDIO_STARTUP_REPORT and the app prints the seconds until its
event loop runs with the window shown (gui/app.py `_report_startup`), offscreen unless a
display is set. Frozen and source launches alternate, so on a shared machine both meet the
same load; each gets a fresh settings file (a first start, as in a classroom). The path
comes from the bundle's `--self-test` in a fresh copy of the bundle with an empty home
folder (a first run), then again in the same place (a later run). Prints the median and
every run, the sizes beside their limits (450 MB unpacked, 200 MB per installer), and the
load average. Figures are printed, not asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


def load_average() -> float | None:
    """The 1-minute load average (a shared machine slows every figure alike)."""
    try:
        with open("/proc/loadavg") as fh:
            return float(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def launch(cmd, extra_env=None) -> float | None:
    """Seconds from launch to an interactive window (None: it did not say)."""
    env = dict(os.environ, **(extra_env or {}))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ANNSTUDIO_SETTINGS"] = os.path.join(tempfile.mkdtemp(), "settings.ini")
    env["ANNSTUDIO_STARTUP_REPORT"] = repr(time.time())
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    m = re.search(r"window interactive after ([0-9.]+) s", r.stdout)
    if not m:
        print(f"  {cmd[0]}: no start-up report (exit {r.returncode}): "
              f"{(r.stderr or r.stdout).strip().splitlines()[-1:]}", flush=True)
        return None
    return float(m.group(1))


def clean_env(home: Path) -> dict:
    """The frozen app as a student starts it: no development variables, this home folder."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "NUMBA_", "VIRTUAL_ENV", "PYQTGRAPH"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen")
    return env


def self_test_path(exe: Path, home: Path) -> tuple[str, float]:
    """(what the self-test says of the NumPy engine's path, the run's wall seconds)."""
    t0 = time.perf_counter()
    r = subprocess.run([str(exe), "--self-test"], env=clean_env(home), capture_output=True,
                       text=True, timeout=300, cwd=home)
    wall = time.perf_counter() - t0
    m = re.search(r"numpy: [^;]*?, ((?:compiled|NumPy) path \([^)]*\)?)", r.stdout)
    if r.returncode != 0 or not m:
        return (f"self-test failed (exit {r.returncode}): "
                f"{(r.stderr or r.stdout).strip().splitlines()[-1:]}"), wall
    return m.group(1), wall


def first_and_later_run(bundle: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copy, home = Path(tmp) / "app", Path(tmp) / "home"
        shutil.copytree(bundle, copy, symlinks=True)   # nothing compiled next to it yet
        home.mkdir()
        exe = copy / bundle_exe(bundle).name
        for label in ("first run (no numba cache in the user's folders)", "later run"):
            path, wall = self_test_path(exe, home)
            m = re.search(r"from ([0-9.]+) s after start", path)
            goal = ("" if m is None else
                    f" [goal ≤ 2 s: {'met' if float(m.group(1)) <= 2 else 'NOT met'}]")
            print(f"frozen --self-test, {label}: NumPy engine on the {path}{goal}; "
                  f"the self-test took {wall:.1f} s", flush=True)


def bundle_exe(bundle: Path) -> Path:
    return bundle / ("annstudio-cli.exe" if os.name == "nt" else "annstudio")


def frozen_bench(bundle: Path) -> str:
    """The bundle's own `annstudio bench --quick` (its NumPy engine, its path): printed,
    and returned."""
    with tempfile.TemporaryDirectory() as home:
        r = subprocess.run([str(bundle_exe(bundle)), "bench", "--quick"],
                           env=clean_env(Path(home)), capture_output=True, text=True,
                           timeout=600, cwd=home)
    print("frozen `annstudio bench --quick`:" + ("" if r.returncode == 0 else
                                               f" (exit {r.returncode})"), flush=True)
    for line in (r.stdout or r.stderr).rstrip().splitlines():
        print("  " + line, flush=True)
    return r.stdout or ""


LECTURE_GOAL = re.compile(r"API ([\d,]+)×, (\w+) path; engine ([\d,]+)×, (\w+) path")


def frozen_playground(bundle: Path, seconds: float, rounds: int):
    """({network: figures}, None) of TensorFlow Playground's engine against the frozen
    app's (bench_playground.py --ours, interleaved rounds), or (None, why not)."""
    from annstudio.bench import playground_ratios
    with tempfile.TemporaryDirectory() as home:
        env = dict(clean_env(Path(home)), PYTHONPATH=str(ROOT))   # the script's own imports
        return playground_ratios(seconds, rounds, ours=bundle_exe(bundle).resolve(), env=env,
                                 cwd=home)


def side_by_side(bundle: Path, bench_out: str, seconds: float, rounds: int) -> None:
    """issue 25's figures for the frozen app in one table: Playground's engine against the
    bundle's, and the lecture ratios of its own bench through the API and the engine."""
    from annstudio.bench import playground_goal, playground_rows, print_table
    nets, why = frozen_playground(bundle, seconds, rounds)
    rows = playground_rows(nets)
    m = LECTURE_GOAL.search(bench_out)
    if m:
        rows += [["Lecture run vs the lecture's code, through the Python API", f"{m[1]}×", m[2]],
                 ["Lecture run vs the lecture's code, through the engine", f"{m[3]}×", m[4]]]
    print_table(f"Side by side, the frozen app · load average {load_average() or 0:.1f}",
                ["against", "ours ×", "path"], rows)
    playground_goal(nets, why, ", frozen app")


def installer_sizes(bundle: Path) -> list[str]:
    info = bundle.parent / "build-info-numpy.json"
    if not info.exists():
        return []
    artifacts = json.loads(info.read_text()).get("artifacts", {})
    return [f"{kind} {Path(a['path']).stat().st_size / MB:.1f} MB [limit 200 MB: "
            f"{'within' if Path(a['path']).stat().st_size <= 200 * MB else 'OVER'}]"
            for kind, a in artifacts.items() if Path(a["path"]).exists()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "annstudio",
                    help="the one-folder bundle (default dist/annstudio)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-bench", action="store_true",
                    help="leave out the bundle's own `annstudio bench --quick` and the "
                         "Playground comparison")
    ap.add_argument("--seconds", type=float, default=2.0,
                    help="timed seconds per Playground run (default 2)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved Playground rounds, best kept (default 3)")
    a = ap.parse_args(argv)
    exe = a.bundle / ("annstudio.exe" if os.name == "nt" else "annstudio")
    if not exe.exists():
        print(f"no bundle at {a.bundle}: build it with `python packaging/build.py "
              "--bundle-only` (or pass its folder)", file=sys.stderr)
        return 1
    source = [sys.executable, "-m", "annstudio"]
    src_env = {"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    launch([str(exe)])                       # the first launch reads the bundle from disk
    frozen, unfrozen, loads = [], [], []
    for _ in range(a.runs):
        loads.append(load_average())
        t = launch([str(exe)])
        if t is not None:
            frozen.append(t)
        t = launch(source, src_env)
        if t is not None:
            unfrozen.append(t)
    size = tree_bytes(a.bundle)
    fmt = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    if frozen:
        med = statistics.median(frozen)
        print(f"frozen app ({a.bundle}) to an interactive window: median {med:.2f} s of "
              f"{len(frozen)} runs ({fmt(frozen)}) [goal < 2 s: "
              f"{'met' if med < 2 else 'NOT met'}]", flush=True)
    if unfrozen:
        print(f"`python -m annstudio` from source, alternating with it: median "
              f"{statistics.median(unfrozen):.2f} s ({fmt(unfrozen)}) [goal < 1.5 s]",
              flush=True)
    first_and_later_run(a.bundle)
    if not a.no_bench:
        side_by_side(a.bundle, frozen_bench(a.bundle), a.seconds, a.rounds)
    print(f"bundle size {size / MB:.1f} MB unpacked [limit 450 MB: "
          f"{'within' if size <= 450 * MB else 'OVER'}]"
          + "".join(f"; {s}" for s in installer_sizes(a.bundle)), flush=True)
    la = [x for x in loads if x is not None]
    if la:
        print(f"load average during the runs {min(la):.1f}–{max(la):.1f} "
              f"on {os.cpu_count()} CPUs", flush=True)
    return 0 if frozen else 1


if __name__ == "__main__":
    sys.exit(main())
