"""An engine process that cannot start (issue 21): it exits before its first message. The
worker used to restart it for ever, die with BrokenPipeError in its QThread and leave the
window and ``--screenshot`` waiting in silence. Now: one retry, then one clear message —
in the window, and for ``--screenshot`` one line on stderr and a non-zero exit."""
import os
import subprocess
import sys
import textwrap

from tests.gui.broken_engine import EXIT_CODE

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAYS = ("The engine process could not start: it exited before saying anything "
        f"(exit code {EXIT_CODE}), 2 times in a row")


def test_the_window_says_the_engine_could_not_start(qtbot, settings_path, monkeypatch, capfd):
    import annstudio.gui  # noqa: F401
    from annstudio.engines import host
    from annstudio.gui.main_window import MainWindow
    from annstudio.gui.worker import EngineClient
    from tests.gui.broken_engine import exit_at_once
    monkeypatch.setattr(host, "main", exit_at_once)     # the spawn target the worker starts
    w = MainWindow(client_factory=EngineClient)
    try:
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: w.error_box is not None and w.error_box.isVisible(),
                        timeout=30000)
        assert w.error_box.text() == SAYS
        assert w.last_error == ("Engine", SAYS)
        # the one message: not "stopped … restarted with the last weights", and no
        # watchdog box later (there is no process left to watch)
        assert w.session.client.start_failure == SAYS and w.session.client.pid is None
        assert w.engine_messages.hung_box is None
    finally:
        w.close_guards.clear()
        w.close()
        w.shutdown()
        w.deleteLater()
    assert "Traceback" not in capfd.readouterr().err


def test_screenshot_exits_at_once_when_the_engine_cannot_start(tmp_path):
    code = """
    import sys
    from annstudio.engines import host
    from tests.gui.broken_engine import exit_at_once
    host.main = exit_at_once
    from annstudio.gui.app import main
    sys.exit(main(["--screenshot", "shot.png"]))
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT,
               ANNSTUDIO_SETTINGS=str(tmp_path / "settings.ini"))
    # it waited 61 s before; a hang shows as TimeoutExpired
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=str(tmp_path),
                       env=env, capture_output=True, text=True, timeout=45)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"annstudio: screenshot: {SAYS}"]
    assert not (tmp_path / "shot.png").exists()
