"""Security 2: a save replaces regular files only, follows symlinks, and never destroys a
file of another kind (or the experiment being exported) unless asked."""
import os
import re
import socket
import stat

import pytest

from annstudio.core.errors import AnnStudioError
from annstudio.io import atomic
from annstudio.io import experiment_file as ef
from tests.security.conftest import annstudio, one_error_line


def _special_files(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    yield "a pipe (FIFO)", fifo
    sock_path = tmp_path / "sock"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(sock_path))
    try:
        yield "a socket", sock_path
    finally:
        s.close()
    if os.geteuid() == 0:   # a device node of our own (like /dev/null), never the real one
        dev = tmp_path / "null"
        os.mknod(dev, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        yield "a character device", dev


def test_non_regular_targets_are_refused_and_left_alone(tmp_path):
    seen = 0
    for words, path in _special_files(tmp_path):
        mode = os.lstat(path).st_mode
        with pytest.raises(AnnStudioError, match=re.escape(f"it is {words}, not a regular file")):
            atomic.write_text(path, "{}")
        assert os.lstat(path).st_mode == mode            # still the same node
        link = tmp_path / f"link-to-{path.name}"
        link.symlink_to(path)
        with pytest.raises(AnnStudioError, match="not a regular file"):
            atomic.write_text(link, "{}")
        assert os.lstat(path).st_mode == mode and link.is_symlink()
        seen += 1
    assert seen >= 2
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []


def test_saving_through_a_symlink_replaces_its_target(tmp_path, experiment_path):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "work.annstudio"
    real.write_text("old")
    link = tmp_path / "link.annstudio"
    link.symlink_to(real)
    ef.save(link, ef.load(experiment_path).experiment)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert ef.load(real).experiment.dataset.n == 40
    # a dangling link: the save creates its target
    real.unlink()
    atomic.write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_kind_of_tells_experiments_scripts_and_others(tmp_path, experiment_path):
    py = tmp_path / "a.py"
    py.write_text("print(1)\n")
    csv = tmp_path / "a.csv"
    csv.write_text("1,2\n")
    empty = tmp_path / "e.py"
    empty.write_text("")
    assert atomic.kind_of(experiment_path) == atomic.EXPERIMENT
    assert atomic.kind_of(py) == atomic.SCRIPT
    assert atomic.kind_of(csv) == atomic.OTHER
    assert atomic.kind_of(empty) is None and atomic.kind_of(tmp_path / "missing") is None
    # the content decides, not the name: an experiment saved as .py is still one
    disguised = tmp_path / "exp.py"
    disguised.write_bytes(experiment_path.read_bytes())
    assert atomic.kind_of(disguised) == atomic.EXPERIMENT


@pytest.mark.parametrize("how", ["same", "other path", "symlink", "force"])
def test_export_over_the_experiment_itself_is_refused(tmp_path, experiment_path, how):
    before = experiment_path.read_bytes()
    out = experiment_path
    if how == "other path":
        (tmp_path / "sub").mkdir()
        out = f"sub/../{experiment_path.name}"
    elif how == "symlink":
        out = tmp_path / "alias.py"
        out.symlink_to(experiment_path)
    args = ["export", "torch", experiment_path.name, "-o", out] + (["--force"] if how == "force" else [])
    r = annstudio(*args, cwd=tmp_path)
    assert "is the experiment being exported" in one_error_line(r)
    assert experiment_path.read_bytes() == before


def test_export_over_another_experiment_needs_force(tmp_path, experiment_path):
    other = tmp_path / "other.annstudio"
    other.write_bytes(experiment_path.read_bytes())
    r = annstudio("export", "torch", experiment_path, "-o", other, cwd=tmp_path)
    line = one_error_line(r)
    assert "is an ANN Studio experiment, not a Python script" in line and "--force" in line
    assert ef.load(other).experiment.dataset.n == 40
    r = annstudio("export", "torch", experiment_path, "-o", other, "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert other.read_text().startswith('"""Train an ANN Studio experiment')
    # a script (by content or by name) is replaced as before, without --force
    r = annstudio("export", "torch", experiment_path, "-o", other, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    mine = tmp_path / "mine.py"
    mine.write_text("print('my own changes')\n")
    r = annstudio("export", "torch", experiment_path, "-o", mine, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "class Net(nn.Module)" in mine.read_text()


def test_train_save_over_a_script_needs_force(tmp_path):
    script = tmp_path / "train.py"
    script.write_text("print('my script')\n")
    data = tmp_path / "data.csv"
    data.write_text("1,2\n")
    base = ["train", "--samples", 40, "--layers", 3, "--epochs", 1, "--quiet"]
    for target in (script, data):
        before = target.read_bytes()
        line = one_error_line(annstudio(*base, "--save", target, cwd=tmp_path))
        assert "not an ANN Studio experiment" in line and "--force" in line
        assert target.read_bytes() == before
    r = annstudio(*base, "--save", script, "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert ef.load(script).experiment.dataset.n == 40


def test_train_save_to_a_fifo_is_refused_before_training(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    r = annstudio("train", "--samples", 40, "--epochs", 1, "--save", fifo, cwd=tmp_path, timeout=60)
    assert "it is a pipe (FIFO), not a regular file" in one_error_line(r)
    assert "epoch" not in r.stdout and stat.S_ISFIFO(os.lstat(fifo).st_mode)
