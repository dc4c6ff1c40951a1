"""Never lose work: an autosave survives a kill -9 and is offered back."""
import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from annstudio.core.experiment import Experiment
from annstudio.io import experiment_file as ef

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CHILD = textwrap.dedent("""
    import sys, time
    from annstudio.core.experiment import Experiment
    from annstudio.engines.factory import from_experiment
    from annstudio.io import experiment_file as ef
    exp = Experiment()
    exp.dataset.n = 80
    exp.note = "unsaved work"
    eng = from_experiment(exp)
    eng.train(2)
    ef.write_recovery(sys.argv[1], exp, original_path="/somewhere/work.annstudio",
                      weights=eng.net, history=eng.history)
    print(" ".join(repr(float(x)) for x in eng.net.theta[:5]), flush=True)
    time.sleep(600)   # 'still running' until killed
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX kill -9")
def test_autosave_survives_kill_9_and_is_offered_back(tmp_path):
    folder = tmp_path / "recovery"
    env = dict(os.environ, PYTHONPATH=REPO)
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE,
                            text=True, env=env)
    try:
        line = proc.stdout.readline()
        assert line, "the child wrote no autosave"
        # while the child lives, its autosave is not a crash leftover
        assert ef.find_recoveries(folder) == []
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    found = ef.find_recoveries(folder)
    assert len(found) == 1
    rec = found[0]
    assert rec.pid == proc.pid and rec.original_path == "/somewhere/work.annstudio"
    loaded = ef.load(rec.path)
    assert loaded.note == "unsaved work" and len(loaded.history) == 2
    theta = loaded.network().theta[:5]
    assert np.array_equal(theta, np.array([float(x) for x in line.split()]))
    ef.discard_recovery(rec.path)
    assert ef.find_recoveries(folder) == []


def test_own_recovery_file_is_not_offered_and_is_discardable(tmp_path):
    path = ef.write_recovery(tmp_path, Experiment())
    assert os.path.basename(path) == f"recovery-{os.getpid()}.annstudio"
    assert ef.find_recoveries(tmp_path) == []
    ef.discard_recovery(path)
    ef.discard_recovery(path)   # already gone: fine
    assert os.listdir(tmp_path) == []


def test_broken_recovery_file_is_offered_and_load_says_why(tmp_path):
    p = tmp_path / "recovery-999999999.annstudio"   # no such pid
    p.write_bytes(b"{ half written")
    found = ef.find_recoveries(tmp_path)
    assert [r.path for r in found] == [str(p)]
    with pytest.raises(ef.LoadError, match="not valid JSON"):
        ef.load(found[0].path)


def test_other_files_in_the_folder_are_ignored(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "recovery-abc.annstudio.tmp").write_text("x")
    assert ef.find_recoveries(tmp_path) == []
    assert ef.find_recoveries(tmp_path / "missing") == []
