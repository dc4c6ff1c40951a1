"""Every view and panel runs alone (DESIGN.md; issue 13, part 6): ``python -m
annstudio.gui.views.X --screenshot PNG`` shows it with demo data in its own process, saves
what it drew and exits 0, with no thread or child process left behind
(`annstudio.gui.standalone`)."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ["data_view", "curves", "layers", "diagram", "metrics", "race", "landscape",
         "timeline"]
PANELS = ["dataset", "network", "training", "lesson"]


def run_python(args, tmp_path, timeout=240):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("ANNSTUDIO_SCREENSHOT", None)
    return subprocess.run([sys.executable, *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=timeout)


def drawn(png):
    """True when the image shows something: varied pixels, not one flat colour."""
    img = np.asarray(Image.open(png).convert("RGB"), dtype=float)
    colours = np.unique(img.reshape(-1, 3)[::7], axis=0)
    return img.shape[0] >= 200 and img.shape[1] >= 200 and img.std() > 8 \
        and len(colours) > 30


def check_run(module, tmp_path):
    png = tmp_path / f"{module.rpartition('.')[2]}.png"
    r = run_python(["-m", module, "--screenshot", str(png)], tmp_path)
    report = f"rc={r.returncode}\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}"
    assert r.returncode == 0, report
    for bad in ("Traceback", "QThread", "still running", "not ready"):
        assert bad not in r.stderr, report
    assert png.exists(), report
    assert drawn(png), f"{png} looks blank"
    return png


@pytest.mark.parametrize("name", VIEWS)
def test_every_view_runs_alone(tmp_path, name):
    png = check_run(f"annstudio.gui.views.{name}", tmp_path)
    if name == "landscape":
        # the map is computed in a child process: the screenshot waits for it (a colour
        # map spans many colours), and that process is gone when the command ends
        img = np.asarray(Image.open(png).convert("RGB"))
        assert len(np.unique(img[100:700, 80:700].reshape(-1, 3)[::5], axis=0)) > 40


@pytest.mark.parametrize("name", PANELS)
def test_every_panel_runs_alone(tmp_path, name):
    check_run(f"annstudio.gui.panels.{name}", tmp_path)


def test_the_blank_check_can_fail(tmp_path):
    Image.new("RGB", (800, 600), (240, 240, 240)).save(tmp_path / "blank.png")
    assert not drawn(tmp_path / "blank.png")
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (600, 800, 3), dtype=np.uint8)).save(
        tmp_path / "noise.png")
    assert drawn(tmp_path / "noise.png")


def test_a_leaked_thread_or_process_fails_the_run(tmp_path):
    """A widget whose work outlives it makes the standalone run exit non-zero, naming it."""
    code = textwrap.dedent("""
        import sys, threading
        from annstudio.gui import standalone

        def build():
            from PySide6.QtWidgets import QLabel
            ev = threading.Event()
            threading.Thread(target=ev.wait, args=(30,), name="left-behind",
                             daemon=True).start()
            return QLabel("hello")
        sys.exit(standalone.run(build, "leaky", argv=["--screenshot", "leak.png"]))
    """)
    r = run_python(["-c", code], tmp_path)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "left-behind" in r.stderr
    assert (tmp_path / "leak.png").exists()


def test_a_view_alone_saves_only_over_a_picture(tmp_path):
    """``--screenshot`` of a view run alone is a save like the app's (`gui.picture`): an
    experiment named as the picture is left whole, a FIFO refused at once (the write
    blocked for ever), and a picture is replaced."""
    exp = tmp_path / "work.png"
    exp.write_text('{"format": "annstudio", "version": 1}')
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    for target, says in ((exp, "is an ANN Studio experiment, not an image"),
                         (fifo, "it is a pipe (FIFO), not a regular file")):
        before = os.lstat(target)
        r = run_python(["-m", "annstudio.gui.panels.network", "--screenshot", str(target)],
                       tmp_path, timeout=60)
        assert r.returncode == 1 and says in r.stderr, r.stderr
        assert len(r.stderr.splitlines()) == 1, r.stderr
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino, after.st_size) == \
            (before.st_mode, before.st_ino, before.st_size)
    shot = tmp_path / "shot.png"
    Image.new("RGB", (10, 10)).save(shot)
    r = run_python(["-m", "annstudio.gui.panels.network", "--screenshot", str(shot)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert Image.open(shot).size[0] > 10
