"""Files in the kernel's folders (/proc, /sys, /dev) are refused before anything is read:
/proc/kmsg looks like an empty regular file and then blocks (and each read takes messages
out of the system log), /proc/self/status is readable but is no data file either — one rule
for all of them, so nothing there is ever read, and nothing there is ever replaced."""
import os

import pytest

from annstudio.core.errors import AnnStudioError
from annstudio.io import atomic, csvdata
from annstudio.io import experiment_file as ef
from tests.security.test_reading import bounded

PROC = [p for p in ("/proc/kmsg", "/proc/self/status", "/proc/self/environ") if os.path.exists(p)]
pytestmark = pytest.mark.skipif(not PROC, reason="no /proc here")


@pytest.mark.parametrize("path", PROC)
def test_proc_files_are_refused_without_reading(path, tmp_path):
    with pytest.raises(ef.LoadError, match=f"cannot open {path}: it is in /proc, the system's "
                                           "own files, not a data file"):
        bounded(ef.load, path, seconds=10)
    link = tmp_path / "data.csv"          # through a link too: the real path decides
    link.symlink_to(path)
    with pytest.raises(csvdata.CsvError, match="cannot read data.csv: it is in /proc"):
        bounded(csvdata.load_csv, link, seconds=10)
    with pytest.raises(AnnStudioError, match="it is in /proc, the system's own files, not a "
                                             "place for saves"):
        atomic.target(path)


def test_the_file_system_decides_not_only_the_name(monkeypatch):
    """/proc bound under another name is still /proc: its st_dev is the one of /proc."""
    path = PROC[-1]
    monkeypatch.setattr(atomic.os.path, "realpath", lambda p: "/mnt/elsewhere/status")
    assert atomic.system_folder(path, os.stat(path)) == "/proc"
    assert atomic.system_folder(path, os.stat(__file__)) is None
