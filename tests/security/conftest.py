"""Helpers for the security tests: the real CLI in a subprocess, a small experiment file."""
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def annstudio(*args, cwd, timeout=240):
    """Run ``python -m annstudio ARGS`` from this checkout; returns the CompletedProcess."""
    env = dict(os.environ, PYTHONPATH=REPO, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=timeout)


def one_error_line(r):
    """The single stderr line of a failed command (asserts there is exactly one)."""
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert r.returncode != 0, r.stdout
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.fixture
def experiment_path(tmp_path):
    from annstudio.core.experiment import Experiment
    from annstudio.io import experiment_file as ef
    exp = Experiment()
    exp.dataset.n = 40
    exp.network.hidden, exp.network.activations = [3], ["tanh"]
    path = tmp_path / "X.annstudio"
    ef.save(path, exp)
    return path
