"""`annstudio class serve` and `annstudio handin --to`, each in its own process, as a
teacher and students type them: a hand-in stored, a wrong code and a run over the limits
refused with one line, the server stopped by Ctrl+C (SIGINT) with its tally."""
import os
import re
import signal
import subprocess
import sys

from tests.cli.test_classroom_cli import REPO, annstudio, one_line_error
from tests.gui.test_classroom_windows import small_challenge


def test_serve_and_hand_in_over_the_network(tmp_path):
    ch_path, key_path, _ = small_challenge(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cfg = {"cwd": tmp_path, "config": tmp_path / "config"}
    runs = {}
    for name, layers, epochs in (("ada", "8", "2"), ("bob", "30,30", "2")):
        r = annstudio("train", "moons-start.annstudio", "--layers", layers, "--epochs", epochs,
                      "--save", f"{name}.annstudio", "-q", **cfg)
        assert r.returncode == 0, r.stderr
        runs[name] = f"{name}.annstudio"
    env = dict(os.environ, PYTHONPATH=REPO, QT_QPA_PLATFORM="offscreen",
               ANNSTUDIO_CONFIG_DIR=str(tmp_path / "config"))
    server = subprocess.Popen(
        [sys.executable, "-m", "annstudio", "class", "serve", str(key_path), "--folder",
         str(inbox), "--bind", "127.0.0.1", "--port", "0", "--code", "k7p3qx"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline()
        m = re.search(r"at http://127\.0\.0\.1:(\d+) with the class code K7P3QX", first)
        assert m, (first, server.stderr.read() if server.poll() is not None else "")
        to = f"127.0.0.1:{m.group(1)}"
        r = annstudio("handin", runs["ada"], "--challenge", ch_path, "--name", "Ada", "--to",
                      to, "--code", "K7P3QX", **cfg)
        assert r.returncode == 0, r.stderr
        stored = r.stdout.strip().rsplit(" as ", 1)[1]
        assert r.stdout.startswith(f"handed in to {to} as Ada-") and \
            os.listdir(inbox) == [stored]
        assert server.stdout.readline() == f"stored {stored}\n"
        one_line_error(annstudio("handin", runs["ada"], "--challenge", ch_path, "--name", "Ada",
                                 "--to", to, "--code", "WRONG7", **cfg),
                       "the teacher's computer refused the hand-in: the class code is wrong")
        assert server.stdout.readline().startswith("refused from 127.0.0.1: the class code")
        # over the limits: refused on the student's side, nothing sent
        one_line_error(annstudio("handin", runs["bob"], "--challenge", ch_path, "--name", "Bob",
                                 "--to", to, "--code", "K7P3QX", **cfg),
                       "the hand-in is refused: the network has")
        one_line_error(annstudio("handin", runs["ada"], "--challenge", ch_path, "--name", "Ada",
                                 "--to", to, **cfg), "--to needs the class code")
        one_line_error(annstudio("handin", runs["ada"], "--challenge", ch_path, "--name", "Ada",
                                 "--to", "not an address!", "--code", "X", **cfg),
                       "is not an address such as 192.168.1.20:8765")
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
        assert server.returncode == 0, err
        assert out.strip().splitlines()[-1] == "stopped: 1 received, 1 refused"
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    # the server is gone: the student is told in one line, nothing was handed in
    one_line_error(annstudio("handin", runs["ada"], "--challenge", ch_path, "--name", "Ada",
                             "--to", to, "--code", "K7P3QX", **cfg),
                   f"cannot reach the teacher's computer at {to}")
    assert len(os.listdir(inbox)) == 1


def test_serve_refuses_a_busy_port_and_a_missing_folder(tmp_path):
    import socket
    _, key_path, _ = small_challenge(tmp_path)
    cfg = {"cwd": tmp_path, "config": tmp_path / "config"}
    one_line_error(annstudio("class", "serve", key_path, "--folder", "nowhere", "--bind",
                             "127.0.0.1", **cfg), "the folder nowhere does not exist")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        one_line_error(annstudio("class", "serve", key_path, "--folder", ".", "--bind",
                                 "127.0.0.1", "--port", port, **cfg),
                       f"port {port} on 127.0.0.1 is already in use")
