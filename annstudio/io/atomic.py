"""Atomic file writes: a save either replaces the old file completely or leaves it untouched.

The new content goes to a temporary file in the same folder (same file system, so the
final ``os.replace`` is one atomic rename), is flushed and fsync'ed, and only then
replaces the target. If anything fails — a read-only folder, a full disk — the temporary
file is removed, the old file is still there, and `AnnStudioError` says why in one sentence.
"""
from __future__ import annotations

import errno
import functools
import os
import stat
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
if hasattr(errno, "EDQUOT"):      # not on Windows
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def reason(exc: OSError) -> str:
    """A short human reason for an OSError (errno first, then the system's text)."""
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def _what(mode):
    for test, words in ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                        (stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                        (stat.S_ISDIR, "a folder")):
        if test(mode):
            return words
    return "not a regular file"


# The kernel's own file systems. Their "regular files" say 0 bytes whatever they hold, and
# reading may never end or take something away: /proc/kmsg blocks until the next kernel
# message and each read removes messages from the system log. No data file or save lives
# there, so a path into them is refused before anything is read (or written).
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")


@functools.lru_cache(maxsize=None)
def _device_of(folder):
    """The st_dev of the file system mounted at ``folder``, or None (no such folder, or a
    plain folder of the root file system, as in some containers)."""
    try:
        dev = os.stat(folder).st_dev
        return None if dev == os.stat("/").st_dev else dev
    except OSError:
        return None


def system_folder(path, st=None):
    """The kernel folder (/proc, /sys, /dev) that holds ``path``, or None. Found by the real
    path (links followed) and by the file system itself (``st``, the file's `os.stat`:
    /proc mounted a second time, or bound elsewhere, is still /proc)."""
    if os.name != "posix":
        return None
    real = os.path.realpath(path)
    for folder in SYSTEM_FOLDERS:
        if real == folder or real.startswith(folder + "/"):
            return folder
        if st is not None and st.st_dev == _device_of(folder):
            return folder
    return None


def target(path) -> str:
    """The file a save to ``path`` replaces: a symlink is followed (the link stays and
    its target gets the new content). Raises `AnnStudioError` when that is anything but
    a regular file or a new name in an existing folder — renaming over ``/dev/full`` or a
    FIFO would replace the device node itself."""
    path = os.fspath(path)
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise AnnStudioError(f"could not save {path}: {reason(e)}") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise AnnStudioError(f"could not save {path}: the path is a folder, not a file")
        raise AnnStudioError(f"could not save {path}: it is {_what(st.st_mode)}, not a regular "
                             "file; only regular files are replaced (nothing was written)")
    system = system_folder(real, st)
    if system is not None:
        raise AnnStudioError(f"could not save {path}: it is in {system}, the system's own "
                             "files, not a place for saves (nothing was written)")
    folder = os.path.dirname(real)
    if not os.path.isdir(folder):
        raise AnnStudioError(f"could not save {path}: the folder {folder} does not exist")
    return real


def write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder + fsync + rename).

    Only a regular file (or a new name) is replaced; through a symlink, its target is."""
    path = os.fspath(path)
    real = target(path)
    folder = os.path.dirname(real)
    name = os.path.basename(real)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            _copy_mode(real, tmp)
            os.replace(tmp, real)
            tmp = None
        finally:
            if tmp is not None:
                _remove_quietly(tmp)
        _fsync_folder(folder)
    except OSError as e:
        raise AnnStudioError(f"could not save {path}: {reason(e)}; "
                             "the previous file (if any) is unchanged") from None


# ----------------------------------------------------------------- kinds of file
EXPERIMENT, SCRIPT, OTHER = "an ANN Studio experiment", "a Python script", "another kind of file"
IMAGE = "an image"

# The first bytes of the picture formats (PNG, JPEG, GIF, TIFF; BMP and WebP below): a
# file is a picture by its content, whatever its name says
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a",
                     b"II*\x00", b"MM\x00*")


def is_image(head: bytes) -> bool:
    """True when ``head`` (a file's first bytes) starts like a picture file."""
    return (head.startswith(_IMAGE_SIGNATURES)
            or (head[:2] == b"BM" and head[6:10] == b"\0\0\0\0")     # BMP: reserved zeros
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"))


def kind_of(path):
    """What an existing file holds, by its content first: `EXPERIMENT` (JSON saying
    "annstudio"), `IMAGE` (a picture's signature), `SCRIPT` (a .py file, or text that
    starts like one), `OTHER`; None when there is no file or it is empty (nothing to lose)."""
    try:
        with open(target(path), "rb") as fh:
            head = fh.read(4096)
    except (AnnStudioError, OSError):
        return None
    if not head.strip():
        return None
    if is_image(head):
        return IMAGE
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{") and (b'"annstudio' in text or b'"format"' in text):
        return EXPERIMENT
    if os.path.splitext(os.fspath(path))[1].lower() in (".py", ".pyw") \
            or text.startswith((b'"""', b"#!", b"import ", b"from ")):
        return SCRIPT
    return OTHER


def other_kind(path, kind):
    """The kind of the file at ``path`` when it is not ``kind`` (a save would destroy
    something else, e.g. an experiment replaced by a script), else None."""
    found = kind_of(path)
    return found if found not in (None, kind) else None


def same_file(a, b):
    """True when paths ``a`` and ``b`` name the same existing file (links included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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


# ----------------------------------------------------------------- reading
class ReadRefused(AnnStudioError):
    """`read_regular` refused a path: ``problem`` completes "cannot read NAME: …"."""

    def __init__(self, problem):
        super().__init__(problem)
        self.problem = problem


def too_large(n_bytes, limit, kind="files"):
    """"it is 200.3 MB; files are at most 200 MB": the size with enough digits never to read as
    equal to the limit (in bytes when even 0.01 MB does not tell them apart)."""
    mb = 2 ** 20
    at_most = f"{limit / mb:,.{0 if limit % mb == 0 else 1}f} MB"
    for digits in (0, 1, 2):
        shown = f"{n_bytes / mb:,.{digits}f}"
        if float(shown.replace(",", "")) != limit / mb:
            return f"it is {shown} MB; {kind} are at most {at_most}"
    return f"it is {n_bytes:,} bytes; {kind} are at most {limit:,} bytes ({at_most})"


def _read_capped(fd, size, limit):
    """(buffer, bytes read) of at most ``limit`` + 1 bytes from ``fd`` (size ``size``)."""
    # one buffer filled in place (chunks joined at the end would double the peak)
    buf = bytearray(min(size, limit) + 1)
    view, total = memoryview(buf), 0
    while total < len(buf):
        # os.readv (POSIX only) reads into the buffer itself
        n = os.readv(fd, [view[total:]]) if hasattr(os, "readv") else _read_into(fd, view[total:])
        if n == 0:
            break
        total += n
    view.release()
    if total == len(buf):   # it grew while we read: read on, still capped
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            buf += chunk
            total += len(chunk)
    return buf, total


def _read_into(fd, view):
    data = os.read(fd, len(view))
    view[:len(data)] = data
    return len(data)


def read_regular(path, limit, kind="files"):
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Devices (``/dev/zero``, ``/dev/urandom``), FIFOs and sockets are refused at once —
    their size says 0, reading them never ends or blocks forever — and so is any file in
    the kernel's folders (`SYSTEM_FOLDERS`: /proc/kmsg looks like an empty regular file,
    then blocks). Even a regular file is read with a cap (it may grow while we read), and
    without blocking: a file that would wait for data is refused. The one place data
    files are read: experiment files, CSVs and recoveries all come through here.
    Raises `ReadRefused` or OSError. Returns bytes (a bytearray above 1 MB: a copy
    would double the peak memory).
    """
    path = os.fspath(path)
    # O_NONBLOCK: opening a FIFO with no writer would block here before fstat could refuse
    # it; kept for the read, where a disk file never waits and anything else must not.
    # O_NONBLOCK is POSIX only, O_BINARY Windows only: each is 0 where it does not exist.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadRefused(f"it is {_what(st.st_mode)}, not a regular file")
        system = system_folder(path, st)
        if system is not None:
            raise ReadRefused(f"it is in {system}, the system's own files, not a data file")
        if st.st_size > limit:
            raise ReadRefused(too_large(st.st_size, limit, kind))
        try:
            buf, total = _read_capped(fd, st.st_size, limit)
        except BlockingIOError:
            raise ReadRefused("it waits for data that may never come; it is not a data "
                              "file") from None
        if total > limit:
            raise ReadRefused(f"it is larger than {limit / 2 ** 20:g} MB; {kind} are at "
                              "most that")
        del buf[total:]
        return bytes(buf) if total < 1 << 20 else buf
    finally:
        os.close(fd)
