"""The first engine process starts before the window is built (`gui.engine_process`):
the window adopts it instead of starting a second; one nobody takes is ended."""
from annstudio.gui import engine_process
from tests.gui.conftest import small_moons


def test_the_window_adopts_the_process_started_early(make_real_window, qtbot):
    engine_process.start_early()
    engine_process.start_early()              # once: a second call starts nothing
    early_pid = engine_process.waiting().pid
    w = make_real_window(small_moons())
    qtbot.waitUntil(lambda: w.session.client.pid is not None, timeout=10000)
    assert w.session.client.pid == early_pid
    assert engine_process.waiting() is None
    # and it is a working engine: it trains
    w.session.toggle_run()
    qtbot.waitUntil(lambda: len(w.session.record.history.epochs) >= 1, timeout=60000)


def test_an_early_process_nobody_took_is_ended():
    engine_process.start_early()
    proc = engine_process.waiting()
    assert proc.is_alive()
    engine_process.discard_early()
    assert not proc.is_alive() and engine_process.take_early() is None
    engine_process.discard_early()            # nothing waiting: nothing to do
