"""Atomic file writes: a save either replaces the old file completely or leaves it untouched.

The new content goes to a temporary file in the same folder (same file system, so the
final ``os.replace`` is one atomic rename), is flushed and fsync'ed, and only then
replaces the target. If anything fails — a read-only folder, a full disk — the temporary
file is removed, the old file is still there, and `AnnStudioError` says why in one sentence.
"""
from __future__ import annotations

import errno
import os
import tempfile

from annstudio.core.errors import AnnStudioError

_REASONS = {
    errno.EACCES: "permission denied (is the folder read-only?)",
    errno.EPERM: "permission denied (is the folder read-only?)",
    errno.EROFS: "the disk or folder is read-only",
    errno.ENOSPC: "the disk is full",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "the path is a folder, not a file",
    errno.ENAMETOOLONG: "the file name is too long",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def reason(exc: OSError) -> str:
    """A short human reason for an OSError (errno first, then the system's text)."""
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder + fsync + rename)."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    if os.path.isdir(path):
        raise AnnStudioError(f"could not save {path}: the path is a folder, not a file")
    if not os.path.isdir(folder):
        raise AnnStudioError(f"could not save {path}: the folder {folder} does not exist")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            _copy_mode(path, tmp)
            os.replace(tmp, path)
            tmp = None
        finally:
            if tmp is not None:
                _remove_quietly(tmp)
        _fsync_folder(folder)
    except OSError as e:
        raise AnnStudioError(f"could not save {path}: {reason(e)}; "
                             "the previous file (if any) is unchanged") from None


def write_text(path, text: str) -> None:
    """`write_bytes` of ``text`` encoded as UTF-8 (newlines as written)."""
    write_bytes(path, text.encode("utf-8"))


def _copy_mode(target, tmp):
    # mkstemp creates 0600; keep the old file's mode, or the usual 0666 & ~umask.
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def _fsync_folder(folder):
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path):
    try:
        os.remove(path)
    except OSError:
        pass
