"""``annstudio --screenshot OUT`` writes like every other save (issue 21): atomically, only
over a picture or a new name, never over the file it draws (whatever the link), never into
a FIFO or device (it blocked for ever), and the real CLI says why in one line at once."""
import os
import socket
import stat

import pytest

from annstudio.gui.picture import target_problem
from annstudio.io import atomic
from tests.security.conftest import annstudio, one_error_line

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def shot(*args, cwd, timeout=180):
    """``annstudio --screenshot ARGS…``; a refusal must come before any window (seconds)."""
    return annstudio("--screenshot", *args, cwd=cwd, timeout=timeout)


@pytest.mark.parametrize("how", ["same name", "other spelling", "symlink", "hard link",
                                 "force"])
def test_the_file_it_draws_is_never_replaced(tmp_path, experiment_path, how):
    before = experiment_path.read_bytes()
    out = experiment_path.name
    extra = []
    if how == "other spelling":
        (tmp_path / "sub").mkdir()
        out = f"sub/../{experiment_path.name}"
    elif how == "symlink":
        os.symlink(experiment_path, tmp_path / "shot.png")
        out = "shot.png"
    elif how == "hard link":
        os.link(experiment_path, tmp_path / "shot.png")
        out = "shot.png"
    elif how == "force":
        extra = ["--force"]
    r = shot(out, experiment_path.name, *extra, cwd=tmp_path, timeout=60)
    assert "the file the picture shows; choose another name" in one_error_line(r)
    assert r.returncode == 1
    assert experiment_path.read_bytes() == before
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []


def test_a_file_that_is_not_a_picture_needs_force(tmp_path, experiment_path):
    """The content decides (an experiment or notes named .png are not pictures); --force
    replaces it — through a symlink, its target elsewhere, and the link stays."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = elsewhere / "other.annstudio"
    other.write_bytes(experiment_path.read_bytes())
    notes = tmp_path / "notes.png"
    notes.write_text("my notes\n")
    (tmp_path / "link.png").symlink_to(other)
    for out, kind in (("notes.png", atomic.OTHER), ("link.png", atomic.EXPERIMENT)):
        before = (tmp_path / out).read_bytes()
        r = shot(out, "--preset", "not_xor", cwd=tmp_path, timeout=60)
        assert one_error_line(r) == (f"annstudio: error: {out} already exists and is {kind}, "
                                     "not an image; choose another name, or add --force to "
                                     "replace it")
        assert (tmp_path / out).read_bytes() == before
    r = shot("link.png", "--preset", "not_xor", "--size", "900x600", "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "link.png").is_symlink() and os.readlink(tmp_path / "link.png") == str(other)
    assert other.read_bytes().startswith(b"\x89PNG")
    assert notes.read_text() == "my notes\n"


def test_a_picture_is_replaced_atomically(tmp_path):
    """An existing picture is replaced by rename (a new inode: a reader of the old file
    never sees half a picture), with its permissions, and nothing else is left behind."""
    out = tmp_path / "shot.png"
    out.write_bytes(PNG)
    os.chmod(out, 0o640)
    inode = out.stat().st_ino
    r = shot(out.name, "--preset", "not_xor", "--size", "900x600", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"saved {out.name} (900×600)" in r.stdout
    assert out.stat().st_ino != inode and stat.S_IMODE(out.stat().st_mode) == 0o640
    from PySide6.QtGui import QImage
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (900, 600)
    assert sorted(os.listdir(tmp_path)) == ["shot.png"]


def _non_regular(tmp_path):
    """(what it is, path) for each kind of node a picture must not be written into."""
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    yield "a pipe (FIFO)", fifo
    link = tmp_path / "fifo-link.png"
    link.symlink_to(fifo)
    yield "a pipe (FIFO)", link
    folder = tmp_path / "folder.png"
    folder.mkdir()
    yield "a folder", folder
    sock_path = tmp_path / "sock.png"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(sock_path))
    try:
        yield "a socket", sock_path
    finally:
        s.close()
    if os.geteuid() == 0:   # a device node of our own (like /dev/null), never the real one
        dev = tmp_path / "null.png"
        os.mknod(dev, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        yield "a character device", dev


def test_fifos_devices_folders_and_sockets_are_refused_without_a_hang(tmp_path):
    """Writing the picture into a FIFO blocked until someone read it (no message, for
    ever): every node but a regular file is refused before the window opens."""
    seen = []
    for words, path in _non_regular(tmp_path):
        mode = os.lstat(path).st_mode
        # a hang shows as TimeoutExpired: the refusal needs no window, so seconds suffice
        r = shot(path.name, "--preset", "not_xor", cwd=tmp_path, timeout=60)
        line = one_error_line(r)
        assert line.startswith(f"annstudio: error: could not save {path.name}: ")
        assert words in line, line
        assert r.returncode == 1 and os.lstat(path).st_mode == mode
        seen.append(words)
    assert len(seen) >= 4


@pytest.mark.parametrize("name,message", [
    ("", "annstudio: error: the picture needs a file name (got an empty one)"),
    ("shot", "annstudio: error: a picture is written as PNG, JPEG or BMP: give a name ending "
             "in .png, .jpg, .jpeg, .bmp, not 'shot'"),
    ("missing/shot.png", "annstudio: error: could not save missing/shot.png: the folder"),
])
def test_names_that_cannot_be_a_picture_are_refused(tmp_path, name, message):
    r = shot(name, "--preset", "not_xor", cwd=tmp_path, timeout=60)
    assert one_error_line(r).startswith(message)
    assert os.listdir(tmp_path) == []


def test_train_epochs_has_the_schema_limit(tmp_path):
    from annstudio.core.schema import MAX_EPOCHS
    r = shot("shot.png", "--train-epochs", str(1_000_000_000), cwd=tmp_path, timeout=60)
    assert one_error_line(r) == (f"annstudio: --train-epochs must be 0 to {MAX_EPOCHS:,}, "
                                 "got 1,000,000,000")
    assert r.returncode == 2
    r = shot("shot.png", "--train-epochs", "-1", cwd=tmp_path, timeout=60)
    assert one_error_line(r).startswith("annstudio: --train-epochs must be 0 to ")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("engine,device", [("torch", "meta"), ("torch", "cuda:99"),
                                           ("numpy", "cuda:99"), ("auto", "meta"),
                                           ("torch", "cuda:x")])
def test_an_unknown_device_is_named_at_once_as_train_names_it(tmp_path, experiment_path,
                                                               engine, device):
    """The screenshot waited 61 s for the engine process and then blamed it; it says at
    once what `train` says of the same file (a wait shows as TimeoutExpired)."""
    from annstudio.core.experiment import Experiment
    from annstudio.io import experiment_file as ef
    exp = ef.load(experiment_path).experiment
    exp.training.engine, exp.training.device = engine, device
    ef.save(experiment_path, Experiment.from_dict(exp.to_dict()))
    said = one_error_line(annstudio("train", experiment_path.name, "--epochs", "1",
                                    cwd=tmp_path, timeout=60))
    r = shot("shot.png", experiment_path.name, cwd=tmp_path, timeout=45)
    assert one_error_line(r) == said
    assert r.returncode == 1 and not (tmp_path / "shot.png").exists()


def test_pictures_are_known_by_their_content(tmp_path):
    heads = {"png": PNG, "jpg": b"\xff\xd8\xff\xe0\0\x10JFIF", "gif": b"GIF89a\x01\0",
             "bmp": b"BM\x36\0\0\0\0\0\0\0\x36\0", "webp": b"RIFF\0\0\0\0WEBPVP8 ",
             "tif": b"II*\0\x08\0\0\0"}
    for name, head in heads.items():
        p = tmp_path / f"a.{name}"
        p.write_bytes(head)
        assert atomic.kind_of(p) == atomic.IMAGE, name
        assert target_problem(tmp_path / "a.png") is None
    # text that merely starts like a signature, or a name that says .png, is no picture
    for text in (b"BMI of the class\n", b"RIFF and WAVE\n", b"hello\n"):
        p = tmp_path / "b.png"
        p.write_bytes(text)
        assert atomic.kind_of(p) == atomic.OTHER, text
        assert "not an image" in target_problem(p)
        assert target_problem(p, force=True) is None
