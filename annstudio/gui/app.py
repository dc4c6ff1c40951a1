"""The GUI entry: ``annstudio [FILE] [--screenshot OUT.png] [--preset NAME]
[--train-epochs N] [--self-test] [--size WxH]``.

``main(argv)`` owns the QApplication and the window and tears both down before it
returns: Qt objects left to interpreter shutdown crash at exit (DESIGN.md, Conventions).
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time


def _parser():
    p = argparse.ArgumentParser(prog="annstudio", description="ANN Studio: watch neural "
                                "networks learn.")
    p.add_argument("file", nargs="?", help="an experiment file to open")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="open the window offscreen, save a picture of it, exit")
    p.add_argument("--preset", default=None, help="a ready-made experiment (default "
                   "lecture_moons), e.g. for --screenshot")
    p.add_argument("--train-epochs", type=int, default=0, metavar="N",
                   help="train N epochs before the screenshot")
    p.add_argument("--force", action="store_true",
                   help="let --screenshot replace an existing file that is not an image")
    p.add_argument("--self-test", action="store_true",
                   help="offscreen smoke test: train a few epochs with each engine")
    p.add_argument("--size", default=None, metavar="WxH", help="window size, e.g. 1366x768")
    p.add_argument("--dark", action="store_true", help="dark theme (screenshots)")
    return p


MAX_SIZE = 8192   # per side: an 8K screen; 100000×100000 made Qt print ~12,000 warnings


def _size(text):
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"annstudio: --size must look like 1366x768, got {text!r}") from None
    if not (300 <= w <= MAX_SIZE and 200 <= h <= MAX_SIZE):
        raise SystemExit(f"annstudio: --size must be between 300x200 and {MAX_SIZE}x{MAX_SIZE}, "
                         f"got {text!r}")
    return w, h


def _report_startup(app, window, t_launch):
    """For the start-up benchmark (tests/benchmarks/bench_gui.py): once the event loop
    runs with the window shown (it answers clicks from then on), print the seconds since
    ``t_launch`` (the launcher's ``time.time()``) and quit."""
    from PySide6.QtCore import QTimer

    def report():
        print(f"annstudio: window interactive after {time.time() - t_launch:.3f} s "
              f"(visible: {window.isVisible()})", flush=True)
        window.close_guards.clear()
        window.close()
        app.quit()
    QTimer.singleShot(0, report)


def main(argv=None):
    """Run the app (or a screenshot / self-test); returns the exit code.

    parse → check the environment and the arguments → build the app and the window →
    run (or take the screenshot / self-test) → tear both down (``_run``)."""
    multiprocessing.freeze_support()
    args = _parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    headless = bool(args.screenshot or args.self_test)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = _check_environment() or _check_arguments(args, headless)
    if problem:
        return problem
    from annstudio.gui import engine_process
    # the engine process loads NumPy, numba and its kernels while the window is built
    engine_process.start_early()
    try:
        return _run(args, headless, _size(args.size) if args.size else None)
    finally:
        engine_process.discard_early()      # only if no window took it


def _check_environment():
    """1 (after one line on stderr) when Qt cannot start here, else None."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        # Qt aborts inside QApplication() when it has no display or lacks a library:
        # ask first, and say in one line what is missing
        from annstudio.gui.qt_check import qt_start_problem
        problem = qt_start_problem()
        if problem:
            print(f"annstudio: {problem}", file=sys.stderr)
            return 1
    try:
        import annstudio.gui  # noqa: F401  (pyqtgraph binds PySide6)
        from PySide6.QtWidgets import QApplication  # noqa: F401
    except ImportError as err:     # e.g. libGL.so.1 or libEGL.so.1 missing
        print(f"annstudio: Qt cannot start: {err}; on Debian/Ubuntu: sudo apt install "
              "libgl1 libegl1 libfontconfig1 libxkbcommon0", file=sys.stderr)
        return 1
    return None


def _check_arguments(args, headless):
    """The exit code (after one line on stderr) for a bad preset, epoch count or file, else
    None; a bad --size exits from ``_size``."""
    from annstudio.gui.presets import PRESETS

    if args.preset is not None and args.preset not in PRESETS:
        print(f"annstudio: unknown preset {args.preset!r}; choose one of "
              f"{', '.join(sorted(PRESETS))}", file=sys.stderr)
        return 2
    from annstudio.core import schema
    epochs = schema.field("training.epochs")
    if not 0 <= args.train_epochs <= epochs.maximum:
        print(f"annstudio: --train-epochs must be 0 to {epochs.maximum:,}, got "
              f"{args.train_epochs:,}", file=sys.stderr)
        return 2
    if args.size:
        _size(args.size)        # a malformed size exits here with one line, before the file
    if args.screenshot is not None:
        # before anything is drawn: never the file it draws, a file of another kind, or a
        # FIFO or device (writing to a FIFO blocks until someone reads it)
        from annstudio.gui.picture import target_problem
        problem = target_problem(args.screenshot, args.force, inputs=[args.file])
        if problem:
            print(f"annstudio: error: {problem}", file=sys.stderr)
            return 1
    if headless and args.file is not None:
        # a picture or a self-test of the wrong content is worse than none: check the
        # file before Qt starts (one line, and no platform-plugin chatter before it)
        from annstudio.core.errors import AnnStudioError
        from annstudio.io import experiment_file
        from annstudio.engines import device_problem
        try:
            tr = experiment_file.load(args.file).experiment.training
            # what `train` says of an engine that cannot run here, at once (the engine
            # process would only say it after the picture's wait for its first snapshot)
            problem = device_problem(tr.engine, tr.device)
            if problem:
                raise AnnStudioError(problem)
        except AnnStudioError as e:
            print(f"annstudio: error: {e}", file=sys.stderr)
            return 1
    return None


def _run(args, headless, size):
    """Build the app and the window, run it (or the screenshot / self-test), tear both down."""
    from PySide6.QtWidgets import QApplication

    previous_handler = _quiet_offscreen_chatter() if headless else False
    owns_app = QApplication.instance() is None
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "annstudio"])
    app.setApplicationName("ANN Studio")
    app.setOrganizationName("ANN Studio")
    _set_icon(app)
    window = None
    try:
        settings = _settings(headless)
        _install_language(app, settings, headless)
        window, weights = _build_window(args, headless, settings)
        _arrange_window(window, weights, args, headless, size)
        if args.file is not None:
            code = _open_file(window, args.file, headless)
            if code is not None:
                return code
        window.show()
        if os.environ.get("ANNSTUDIO_STARTUP_REPORT"):
            _report_startup(app, window, float(os.environ["ANNSTUDIO_STARTUP_REPORT"]))
        if args.self_test:
            return _self_test(window)
        if args.screenshot:
            return _screenshot(window, args.screenshot, args.train_epochs)
        return app.exec()
    finally:
        if window is not None:
            _close_window(app, window, headless)
            del window
        app.processEvents()
        from annstudio.gui.i18n import uninstall_language
        uninstall_language(app)
        if owns_app:
            app.shutdown()
        del app
        if previous_handler is not False:
            from PySide6.QtCore import qInstallMessageHandler
            qInstallMessageHandler(previous_handler)


def _quiet_offscreen_chatter():
    """Drop the offscreen platform's "does not support propagateSizeHints()" lines: they
    are not the user's, and an error must stay the one line on stderr. Returns the handler
    it replaced."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, text):
        if "propagateSizeHints" not in text:
            sys.stderr.write(text + "\n")
    return qInstallMessageHandler(handler)


def _settings(headless):
    """The window's settings: the user's, or (headless) fresh ones of their own:
    screenshots and self-tests must not depend on (or change) the user's settings."""
    from annstudio.gui.settings import make_settings
    if not headless:
        return make_settings()
    import tempfile
    tmp = tempfile.mkdtemp(prefix="annstudio-")
    return make_settings(os.path.join(tmp, "settings.ini"))


def _install_language(app, settings, headless):
    """The language of the window (View ▸ Language, ``ANNSTUDIO_LANG``), before any widget
    is built. Pictures and self-tests speak English unless ``ANNSTUDIO_LANG`` says
    otherwise: a slide or a check must not change with the machine it is made on."""
    from annstudio.gui.i18n import chosen_language, install_language
    install_language(app, chosen_language(settings, system=not headless))


def _build_window(args, headless, settings):
    """(the main window, the preset's weights or None): the preset's experiment (pictures
    and self-tests: lecture_moons by default) unless a file alone was asked for; a plain
    start leaves the choice to the window (the last session's experiment, else the first
    run)."""
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.presets import PRESETS
    exp = data = weights = None
    if args.preset is not None or (args.file is None and headless):
        exp, data, weights = PRESETS[args.preset or "lecture_moons"]()
    return MainWindow(experiment=exp, data=data, settings=settings), weights


def _arrange_window(window, weights, args, headless, size):
    """The preset's weights, then size (--size, else 1366×768 for pictures), dock layout,
    theme and (a person's window) the start panel."""
    if weights is not None:
        window.set_weights(weights)
    if size:
        window.resize(*size)
    elif headless:
        window.resize(1366, 768)
    if headless:   # no saved layout here: choose it for the picture's size
        window.default_dock_layout(split=window.height() >= 900)
    if args.dark:
        window.appearance.set_dark(True)
    if not headless:               # pictures and self-tests show the window without it
        window.start_panel.show_at_start()


def _open_file(window, path, headless):
    """Open the FILE argument; the exit code where a headless run must stop, else None."""
    if window.open_file_handler is None:
        print(f"annstudio: cannot open {path}: opening experiment files is not "
              "available in this build (annstudio.gui.files is missing)",
              file=sys.stderr)
        if headless:
            return 1
    elif window.open_file_handler(path) is False and headless:
        # a picture or a self-test of the wrong content is worse than none
        print(f"annstudio: error: {window.last_error[1] if window.last_error else path}",
              file=sys.stderr)
        return 1
    return None


def _close_window(app, window, headless):
    """Close the window without asking (headless) and let Qt delete it."""
    if headless:
        window.close_guards.clear()
    window.close()
    window.shutdown()
    window.deleteLater()
    app.processEvents()


def train_epochs(window, epochs, timeout=120.0):
    """Train ``epochs`` more epochs through the worker and wait for the views to show them.

    Returns None, or the reason it failed."""
    from annstudio.gui.worker import wait_for
    s = window.session
    errors = [s.engine_start_failure] if s.engine_start_failure else []
    s.engineError.connect(errors.append)
    s.diverged.connect(errors.append)
    s.crashed.connect(errors.append)
    # an engine that cannot start or refuses the experiment says so now, not after 60 s
    if not wait_for(lambda: errors or s.snapshots_received > 0, timeout=60):
        return "the engine process did not answer within 60 s"
    if errors:
        return errors[0]
    if epochs <= 0:
        return None
    start = len(s.record.history.epochs)
    s.set_speed(None)               # scripted (screenshots, self-test): nobody is watching
    s.run_epochs(epochs)
    done = wait_for(lambda: errors or (len(s.record.history.epochs) >= start + epochs
                                       and not s.engine_running), timeout=timeout)
    if errors:
        return errors[0]
    if not done:
        return f"training {epochs} epochs took longer than {timeout:.0f} s"
    # let the frame timer draw the final snapshot
    wait_for(lambda: window.views.epochs_drawn >= start + epochs, timeout=5)
    return None


def _screenshot(window, path, epochs):
    from annstudio.gui.worker import wait_for
    why = train_epochs(window, epochs)
    if why:
        print(f"annstudio: screenshot: {why}", file=sys.stderr)
        return 1
    from annstudio.core.errors import AnnStudioError
    from annstudio.gui.picture import save
    wait_for(lambda: False, timeout=0.3)      # a few frames for layouts to settle
    img = window.grab().toImage()
    try:
        save(img, path)
    except AnnStudioError as err:
        print(f"annstudio: error: {err}", file=sys.stderr)
        return 1
    print(f"saved {path} ({img.width()}×{img.height()})")
    return 0


def _self_test(window):
    """Train 3 epochs with each engine through the window; for the NumPy engine also say
    which path it trains on: the compiled one (and how many seconds after the process
    started its first snapshot came from it) or the NumPy path and why."""
    from PySide6.QtCore import QTimer

    from annstudio.engines.torch_support import torch_unavailable_reason
    from annstudio.gui.worker import wait_for
    t0 = time.monotonic()
    engines = ["numpy"] + (["torch"] if torch_unavailable_reason() is None else [])
    report = []
    compiled_at = []

    def watch_path():     # the first snapshot the window shows from the compiled path
        snap = window.session.snapshot
        if not compiled_at and snap and snap.engine_path == "compiled":
            compiled_at.append(seconds_since_start())
    watcher = QTimer()
    watcher.timeout.connect(watch_path)
    watcher.start(10)
    for engine in engines:
        if engine != window.session.engine_name:
            window.training_panel.engine_combo.setCurrentIndex(
                window.training_panel.engine_combo.findData(engine))
            if not wait_for(lambda: window.session.engine_name == engine or window.last_error,
                            timeout=90):
                print(f"self-test failed: the {engine} engine did not start", file=sys.stderr)
                return 1
            if window.session.engine_name != engine:
                print(f"self-test failed: {engine}: {window.last_error[1]}", file=sys.stderr)
                return 1
        why = train_epochs(window, 3)
        if why:
            print(f"self-test failed: {engine}: {why}", file=sys.stderr)
            return 1
        h = window.history
        loss = h.train_loss[-1]
        if not (loss == loss) or h.train_loss[-1] >= h.train_loss[0] * 1.5:
            print(f"self-test failed: {engine}: the loss did not behave ({h.train_loss})",
                  file=sys.stderr)
            return 1
        line = f"{engine}: {len(h)} epochs, train loss {loss:.4f}"
        if engine == "numpy":
            line += _path_report(window, compiled_at, watch_path)
        report.append(line)
    watcher.stop()
    skipped = "" if len(engines) > 1 else f"; torch skipped: {torch_unavailable_reason()}"
    print(f"self-test ok ({time.monotonic() - t0:.1f} s): " + "; ".join(report) + skipped)
    return 0


def _path_report(window, compiled_at, watch_path):
    """", compiled path (from 1.4 s after start)" (", kernels for x86-64-v3" before the
    bracket where the frozen app chose a CPU target) or ", NumPy path (why)". While the
    kernels are still being prepared (a first compile), waits for them up to 60 s."""
    from annstudio.gui.worker import wait_for

    def note():
        snap = window.session.snapshot
        return (snap.engine_path_note if snap else None) or ""
    def settled():
        watch_path()        # the snapshot on screen now, not at the watcher's next tick
        return compiled_at or not note().startswith("preparing")
    wait_for(settled, timeout=60)
    if compiled_at:
        target = note().partition(", kernels for ")[2].rstrip(")")
        return (f", compiled path (from {compiled_at[0]:.1f} s after start"
                + (f", kernels for {target})" if target else ")"))
    return f", NumPy path ({note() or 'no path reported'})"


_IMPORTED = time.monotonic()


def seconds_since_start():
    """Seconds since this process started (Linux: the kernel's start time; elsewhere since
    this module was imported, a fraction of a second later)."""
    try:
        with open("/proc/self/stat") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED


def _set_icon(app):
    """The app's icon (window title bars, task bars) from the bundled SVG."""
    from pathlib import Path

    from PySide6.QtGui import QIcon
    icons = Path(__file__).resolve().parent.parent / "assets" / "icons"
    icon = QIcon()
    for png in sorted(icons.glob("annstudio-*.png")) or sorted(icons.glob("*.png")):
        icon.addFile(str(png))
    if icon.isNull() and (icons / "annstudio.svg").exists():
        icon = QIcon(str(icons / "annstudio.svg"))
    if not icon.isNull():
        app.setWindowIcon(icon)


if __name__ == "__main__":
    sys.exit(main())
