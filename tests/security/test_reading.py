"""Security 3: reading refuses devices, FIFOs and sockets at once, and caps the bytes.

Before: /dev/zero as a dataset path ate all memory, /dev/urandom never ended, a FIFO hung
forever (st_size is 0 for all of them, and the size check trusted it)."""
import json
import os
import threading

import pytest

from annstudio.core.errors import AnnStudioError
from annstudio.io import atomic, csvdata
from annstudio.io import experiment_file as ef
from tests.security.conftest import annstudio, one_error_line

DEVICES = [p for p in ("/dev/zero", "/dev/urandom") if os.path.exists(p)]


def bounded(fn, *args, seconds=20):
    """fn(*args) in a thread; fails the test (instead of hanging) when it does not return."""
    box = {}

    def run():
        try:
            box["value"] = fn(*args)
        except BaseException as e:   # noqa: BLE001 - handed back to the test
            box["error"] = e
    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"{fn.__name__}{args} still running after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.annstudio"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("device", DEVICES)
def test_devices_are_refused_at_once(device):
    with pytest.raises(ef.LoadError, match=f"cannot open {device}: it is a character device, "
                                           "not a regular file"):
        bounded(ef.load, device)
    with pytest.raises(csvdata.CsvError, match="it is a character device, not a regular file"):
        bounded(csvdata.load_csv, device)


def test_a_fifo_is_refused_without_blocking(fifo):
    with pytest.raises(ef.LoadError, match=r"it is a pipe \(FIFO\), not a regular file"):
        bounded(ef.load, fifo)
    with pytest.raises(csvdata.CsvError, match=r"it is a pipe \(FIFO\)"):
        bounded(csvdata.load_csv, fifo)
    assert ef.find_recoveries(fifo.parent) == []   # not a recovery-*.annstudio name
    rec = fifo.parent / "recovery-999999999.annstudio"
    os.mkfifo(rec)
    found = bounded(ef.find_recoveries, fifo.parent)   # offered (loading will say why), no hang
    assert [r.path for r in found] == [str(rec)]


@pytest.mark.parametrize("device", DEVICES[:1])
def test_an_experiment_pointing_at_a_device_fails_in_one_line(tmp_path, experiment_path, device):
    doc = json.loads(experiment_path.read_text())
    doc["experiment"]["dataset"].update(name="csv", path=device)
    bad = tmp_path / "bad.annstudio"
    bad.write_text(json.dumps(doc))
    with pytest.raises(AnnStudioError, match="character device"):
        bounded(lambda: ef.load(bad).dataset())
    line = one_error_line(annstudio("train", bad, "--epochs", 1, cwd=tmp_path, timeout=60))
    assert line == f"annstudio: error: cannot read {os.path.basename(device)}: it is a " \
                   "character device, not a regular file"


def test_the_size_limit_message_tells_the_sizes_apart(tmp_path):
    big = tmp_path / "big.annstudio"
    with open(big, "wb") as fh:          # sparse: costs no disk
        fh.truncate(210_000_000)
    line = one_error_line(annstudio("train", big, cwd=tmp_path, timeout=60))
    assert line == "annstudio: error: cannot open " + str(big) + ": it is 200.3 MB; experiment files are at most 200 MB"
    L = ef.MAX_FILE_BYTES
    assert atomic.too_large(L + 1, L) == "it is 209,715,201 bytes; files are at most 209,715,200 bytes (200 MB)"
    assert atomic.too_large(L + 2 ** 20 // 50, L) == "it is 200.02 MB; files are at most 200 MB"
    big_csv = tmp_path / "big.csv"
    with open(big_csv, "wb") as fh:
        fh.truncate(csvdata.MAX_BYTES + 1)
    with pytest.raises(csvdata.CsvError, match=r"cannot read big.csv: it is 209,715,201 bytes"):
        csvdata.load_csv(big_csv)


def test_a_growing_file_is_read_with_a_cap(tmp_path, monkeypatch):
    # a file whose size said small but which holds more: the read itself stops at the cap
    path = tmp_path / "grows.csv"
    path.write_bytes(b"1,2\n" * 100)
    real_fstat = os.fstat
    monkeypatch.setattr(atomic.os, "fstat", lambda fd: os.stat_result(
        real_fstat(fd)[:6] + (10,) + real_fstat(fd)[7:]))
    with pytest.raises(atomic.ReadRefused, match="it is larger than .* MB; files are at most that"):
        atomic.read_regular(path, 50)
