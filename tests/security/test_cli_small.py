"""Reliability 8 and 9, Security 4 at the command line: each mistake is one line on
stderr and a non-zero exit (the real CLI in a subprocess)."""
import json

import pytest

from annstudio.cli import COMMANDS
from tests.security.conftest import annstudio, one_error_line


def test_screenshot_of_a_missing_file_fails(tmp_path):
    r = annstudio("--screenshot", tmp_path / "o.png", "missing.annstudio", cwd=tmp_path)
    assert one_error_line(r) == "annstudio: error: cannot open missing.annstudio: no such file"
    assert r.returncode == 1 and not (tmp_path / "o.png").exists()


def test_screenshot_of_a_broken_file_fails(tmp_path):
    bad = tmp_path / "bad.annstudio"
    bad.write_text('{"format": "annstudio", "version": 1}')
    r = annstudio("--screenshot", tmp_path / "o.png", bad, cwd=tmp_path, timeout=180)
    line = one_error_line(r)
    assert line == "annstudio: error: cannot open bad.annstudio: experiment is missing"
    assert not (tmp_path / "o.png").exists()


@pytest.mark.parametrize("argv,message,code", [
    (["frob"], "annstudio: unknown command 'frob'; the commands are "
                   + ", ".join(COMMANDS) + " (or give an .annstudio file to open)", 2),
    (["trian", "--epochs", "3"], "annstudio: unknown command 'trian'", 2),
    (["missing.annstudio"], "annstudio: error: cannot open missing.annstudio: no such file", 1),
    (["bench", "--frob"], "annstudio bench: error: unrecognized arguments: --frob (see --help)", 2),
    (["--size", "100000x100000", "--screenshot", "o.png"],
     "annstudio: --size must be between 300x200 and 8192x8192, got '100000x100000'", 1),
    (["--size", "big", "--screenshot", "o.png"], "annstudio: --size must look like 1366x768", 1),
    (["train", "--save", ""], "annstudio: error: --save needs a file name (got an empty one)", 1),
    (["train", "--save", "  "], "annstudio: error: --save needs a file name", 1),
    (["train", "--layers", ",".join(["4096"] * 100), "--epochs", "1"],
     "annstudio: error: this network needs 5", 1),
])
def test_mistakes_are_one_line(tmp_path, argv, message, code):
    r = annstudio(*argv, cwd=tmp_path, timeout=120)
    assert one_error_line(r).startswith(message)
    assert r.returncode == code
    assert not (tmp_path / "o.png").exists()


def test_an_existing_file_still_opens(tmp_path, experiment_path):
    r = annstudio("--screenshot", tmp_path / "shot.png", experiment_path.name, cwd=tmp_path,
                  timeout=180)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000


def test_a_damaged_batch_index_is_refused_not_a_zero_division(tmp_path):
    """Reliability 8: progress.batch_index = 10¹⁵ crashed training with ZeroDivisionError."""
    run = tmp_path / "run.annstudio"
    r = annstudio("train", "--samples", 40, "--layers", 3, "--epochs", 1, "--batch-size", 8,
                  "--save", run, "--quiet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads(run.read_text())
    assert doc["progress"]["batch_index"] == 0
    doc["progress"]["batch_index"] = 1e15
    run.write_text(json.dumps(doc))
    line = one_error_line(annstudio("train", run, "--epochs", 1, cwd=tmp_path))
    assert line == ("annstudio: error: cannot open run.annstudio: progress.batch_index must be "
                    "less than 4 (an epoch of 32 training points in batches of 8 has 4 batches), "
                    "got 1,000,000,000,000,000")
    # without the stored points the loader knows only the generator's n = 40 (5 batches);
    # the training part is 32 points (4 batches): refused against the data actually
    # built, before training
    del doc["data"]
    doc["progress"]["batch_index"] = 4
    run.write_text(json.dumps(doc))
    line = one_error_line(annstudio("train", run, "--epochs", 1, cwd=tmp_path))
    assert line == ("annstudio: error: progress.batch_index must be less than 4 (an epoch of "
                    "32 training points in batches of 8 has 4 batches), got 4")
    doc["progress"]["batch_index"] = 3          # a valid position still carries on
    run.write_text(json.dumps(doc))
    r = annstudio("train", run, "--epochs", 1, "--quiet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
