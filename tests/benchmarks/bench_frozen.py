"""Start-up of the frozen app (issue 16, goal 5: the PyInstaller bundle's window is visible
and interactive in < 2 s), beside `python -m annstudio` from source, and the bundle's size.

    python packaging/build.py --bundle-only            # builds dist/annstudio (once)
    python tests/benchmarks/bench_frozen.py [BUNDLE] [--runs 5]

Both are timed the same way as bench_gui.py's start-up: the launcher writes its
``time.time()`` into ANNSTUDIO_STARTUP_REPORT and the app prints the seconds until its
event loop runs with the window shown (gui/app.py `_report_startup`), offscreen unless a
display is set. Frozen and source launches alternate, so on a shared machine both meet the
same load; each gets a fresh settings file (a first start, as in a classroom). Prints the
median and every run, the bundle's size beside its 200 MB limit, and the load average.
Figures are printed, not asserted.
"""
from __future__ import annotations

import argparse
import os
import re
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "annstudio",
                    help="the one-folder bundle (default dist/annstudio)")
    ap.add_argument("--runs", type=int, default=5)
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
    print(f"bundle size {size / MB:.1f} MB unpacked [limit 200 MB: "
          f"{'within' if size <= 200 * MB else 'OVER'}]", flush=True)
    la = [x for x in loads if x is not None]
    if la:
        print(f"load average during the runs {min(la):.1f}–{max(la):.1f} "
              f"on {os.cpu_count()} CPUs", flush=True)
    return 0 if frozen else 1


if __name__ == "__main__":
    sys.exit(main())
