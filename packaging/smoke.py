"""Smoke checks of a frozen ANN Studio bundle, on any platform (CI runs this too).

    python packaging/smoke.py dist/annstudio            # Linux / Windows folder
    python packaging/smoke.py "dist/ANN Studio.app"     # macOS
    python packaging/smoke.py dist/annstudio --x11      # + real X window (Xvfb, xdotool)

Runs the bundle's own executable offscreen: `--version`, a short headless `train`,
`--self-test` and `--screenshot`, and checks each exits with code 0 and prints no crash
signs on stderr (a PySide6 + pyqtgraph app can segfault at exit: exit codes matter).
With --x11 (Linux, needs Xvfb and xdotool) it also opens the real window on a private X
server, times it (target < 3 s) and quits with Ctrl+Q, expecting exit code 0 and no
process of the bundle left behind. Prints one line per check and the wall times; exits
1 if any check fails.
"""
from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Signs of an unclean run. A segfault shows as a negative return code on POSIX (the
# "Segmentation fault" line comes from a shell), but keep the text in case of wrappers.
CRASH_SIGNS = ("Segmentation fault", "Fatal Python error", "QThread: Destroyed",
               "QThread", "Traceback (most recent call last)", "core dumped")
TRAIN_ARGS = ["train", "--dataset", "moons", "--samples", "200", "--layers", "8,8",
              "--optimizer", "sgd", "--lr", "0.05", "--batch-size", "10", "--epochs", "3",
              "--seed", "0", "--engine", "numpy", "--json"]


@dataclass
class Result:
    args: list
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def crash_signs(self) -> list[str]:
        return [s for s in CRASH_SIGNS if s in self.stderr]

    def clean(self) -> bool:
        return self.returncode == 0 and not self.crash_signs()

    def describe(self) -> str:
        tail = self.stderr.strip().splitlines()[-3:]
        return (f"exit code {self.returncode}, {self.seconds:.2f} s"
                + (f"; stderr: {' | '.join(tail)}" if tail else ""))


def version() -> str:
    text = (ROOT / "annstudio" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def executable(bundle: Path, console: bool = False) -> Path:
    """The app's executable inside a one-folder bundle or a macOS .app. On Windows,
    console=True gives the console twin annstudio-cli.exe (the windowed annstudio.exe
    has no stdout to read)."""
    bundle = Path(bundle).resolve()
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "annstudio"
    if os.name == "nt":
        cli = bundle / "annstudio-cli.exe"
        return cli if console and cli.exists() else bundle / "annstudio.exe"
    return bundle / "annstudio"


def run_app(exe: Path, args, timeout: float = 180, env: dict | None = None) -> Result:
    """Run the frozen app offscreen, isolated from any development environment."""
    full_env = {k: v for k, v in os.environ.items()
                if not k.startswith(("PYTHON", "PYQTGRAPH", "VIRTUAL_ENV", "NUMBA_"))}
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    full_env.update(env or {})
    with tempfile.TemporaryDirectory() as cwd:  # no ./annstudio sources to pick up
        t0 = time.perf_counter()
        p = subprocess.run([str(exe), *args], capture_output=True, text=True,
                           encoding="utf-8", errors="replace", timeout=timeout,
                           env=full_env, cwd=cwd)
        seconds = time.perf_counter() - t0
    return Result(list(args), p.returncode, p.stdout, p.stderr, seconds)


def png_size(path: Path) -> tuple[int, int]:
    data = Path(path).read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def check_version(bundle: Path):
    exe = executable(bundle, console=True)
    r = run_app(exe, ["--version"])
    ok = r.clean() and r.stdout.strip() == f"annstudio {version()}"
    return ok, f"{r.stdout.strip()!r}; {r.describe()}", r


def check_train(bundle: Path):
    exe = executable(bundle, console=True)
    r = run_app(exe, TRAIN_ARGS)
    try:
        out = json.loads(r.stdout)
        losses = out["train_loss"]
        ok = (r.clean() and out["engine"] == "numpy" and len(losses) == 3
              and all(math.isfinite(v) for v in losses))
        detail = f"train_loss {[round(v, 4) for v in losses]}; {r.describe()}"
    except (ValueError, KeyError, TypeError):
        ok, detail = False, f"no JSON result; {r.describe()}; stdout {r.stdout[:200]!r}"
    return ok, detail, r


def check_self_test(bundle: Path):
    exe = executable(bundle)
    r = run_app(exe, ["--self-test"])
    return r.clean(), r.describe(), r


def check_screenshot(bundle: Path):
    exe = executable(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "window.png"
        r = run_app(exe, ["--screenshot", str(png)])
        try:
            w, h = png_size(png)
            ok, size = r.clean() and w >= 400 and h >= 300, f"{w}x{h} PNG"
        except (OSError, ValueError) as e:
            ok, size = False, f"no screenshot ({e})"
    return ok, f"{size}; {r.describe()}", r


def _bundle_processes(exe: Path) -> list[int]:
    """PIDs of running processes of this bundle (the app and its engine child); Linux."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and Path(os.readlink(proc / "exe")) == exe.resolve():
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def start_xvfb():
    """A private X server: (process, DISPLAY), or None where Xvfb is not installed.
    -noreset: by default Xvfb resets when its last client leaves and refuses the next
    launch meanwhile (Qt then aborts: "could not connect to display")."""
    import shutil
    if shutil.which("Xvfb") is None:
        return None
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(w,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        number = f.readline().strip()  # Xvfb writes its display number once it is ready
    if not number:
        proc.kill()
        proc.wait()
        return None
    return proc, f":{number}"


def open_window_x11(exe: Path, display: str, timeout: float = 30) -> dict:
    """Launch the app on a real X server (the xcb plugin a desktop uses), time until its
    main window is mapped, then quit it the way a student does (Ctrl+Q) and collect the
    exit code. Returns {"open_s", "exit_code", "stderr", "leftover_pids"}."""
    def xdotool(*args):
        return subprocess.run(["xdotool", *args], capture_output=True, text=True,
                              env=dict(os.environ, DISPLAY=display), timeout=10).stdout.split()

    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "PYQTGRAPH", "VIRTUAL_ENV", "QT_"))}
        # A fresh user: no saved settings are read, none of the caller's are changed.
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_DATA_HOME=os.path.join(home, ".local", "share"),
                   XDG_CACHE_HOME=os.path.join(home, ".cache"))
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(exe)], cwd=home, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, errors="replace")
        window, open_s = None, None
        while time.perf_counter() - t0 < timeout and proc.poll() is None:
            found = xdotool("search", "--onlyvisible", "--name", "ANN Studio")
            if found:
                window, open_s = found[0], time.perf_counter() - t0
                break
            time.sleep(0.02)
        if window is not None:
            time.sleep(1.0)  # let it finish starting its engine process, as a user would
            xdotool("windowfocus", "--sync", window)
            xdotool("key", "--clearmodifiers", "ctrl+q")
        try:
            _, stderr = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
            stderr += "\n(smoke: the app did not quit within 30 s of Ctrl+Q; killed)"
        deadline = time.perf_counter() + 5  # its engine child may take a moment to go
        while _bundle_processes(exe) and time.perf_counter() < deadline:
            time.sleep(0.1)
        return {"open_s": open_s, "exit_code": proc.returncode, "stderr": stderr,
                "leftover_pids": _bundle_processes(exe)}


def check_window_x11(bundle: Path, runs: int = 3):
    """Window-open time on Xvfb (median of `runs` launches) and a clean Ctrl+Q exit."""
    exe = executable(bundle)
    import shutil
    if not sys.platform.startswith("linux") or shutil.which("xdotool") is None:
        return None, "skipped: needs Linux with Xvfb and xdotool", None
    server = start_xvfb()
    if server is None:
        return None, "skipped: Xvfb did not start", None
    xvfb, display = server
    try:
        results = [open_window_x11(exe, display) for _ in range(runs)]
    finally:
        xvfb.terminate()
        xvfb.wait()
    times = [r["open_s"] for r in results]
    problems = [f"run {i}: {p}" for i, r in enumerate(results, 1) for p in (
        ["no window"] if r["open_s"] is None else []) + (
        [f"exit code {r['exit_code']}: {r['stderr'].strip()[-300:]!r}"]
        if r["exit_code"] != 0 else []) + (
        [f"stderr shows {s!r}" for s in CRASH_SIGNS if s in r["stderr"]]) + (
        [f"processes left running: {r['leftover_pids']}"] if r["leftover_pids"] else [])]
    shown = [t for t in times if t is not None]
    median = sorted(shown)[len(shown) // 2] if shown else None
    detail = ("window open " + ", ".join("—" if t is None else f"{t:.2f} s" for t in times)
              + (f" (median {median:.2f} s)" if median is not None else ""))
    ok = not problems and median is not None and median < 3.0
    return ok, detail + ("; " + "; ".join(problems) if problems else ""), results


CHECKS = {"--version": check_version, "train (frozen NumPy engine)": check_train,
          "--self-test": check_self_test, "--screenshot (window open → PNG → exit)":
          check_screenshot}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    bundle = Path(argv[0])
    if not executable(bundle).exists():
        print(f"smoke: no executable at {executable(bundle)}", file=sys.stderr)
        return 1
    checks = dict(CHECKS)
    if "--x11" in argv[1:]:
        checks["X11 window opens < 3 s, Ctrl+Q exits cleanly"] = check_window_x11
    failed = passed = 0
    for name, check in checks.items():
        ok, detail, _ = check(bundle)
        failed += ok is False
        passed += ok is True
        mark = {True: "ok  ", False: "FAIL", None: "skip"}[ok]
        print(f"[smoke] {mark} {name}: {detail}", flush=True)
    print(f"[smoke] {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
