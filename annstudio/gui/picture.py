"""Pictures of widgets written like every other save: checked first, then atomically.

`target_problem` is asked before anything is drawn (``annstudio --screenshot``, a view run
alone with ``--screenshot``): a picture may replace a picture or a new name, never the file
it draws, a file of another kind (without ``force``) or anything but a regular file — a
FIFO would block the write forever. `save` encodes the image in memory and hands the bytes
to `io.atomic.write_bytes` (temporary file, then rename): a failed write leaves the old file.
"""
from __future__ import annotations

import os

from annstudio.core.errors import AnnStudioError
from annstudio.io import atomic

# file name ending → the Qt image format written
FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP"}


def image_format(path):
    """The Qt format for ``path``'s ending, or None when it names no format we write."""
    return FORMATS.get(os.path.splitext(os.fspath(path))[1].lower())


def target_problem(path, force=False, inputs=()):
    """Why a picture must not be written to ``path`` (one sentence), or None.

    ``inputs``: the files the picture shows (never replaced, ``force`` or not); ``force``
    lets a regular file that is not a picture be replaced."""
    path = os.fspath(path)
    if not path.strip():
        return "the picture needs a file name (got an empty one)"
    for source in inputs:
        if source is not None and atomic.same_file(path, source):
            source = os.fspath(source)
            what = "is" if source == path else f"is another name of {source},"
            return (f"{path} {what} the file the picture shows; choose another name "
                    "for the picture")
    try:
        atomic.target(path)     # a folder, a FIFO, a device, a socket or a missing folder
    except AnnStudioError as err:
        return str(err)
    if image_format(path) is None:
        return (f"a picture is written as PNG, JPEG or BMP: give a name ending in "
                f"{', '.join(FORMATS)}, not {path!r}")
    found = atomic.kind_of(path)
    if found not in (None, atomic.IMAGE) and not force:
        return (f"{path} already exists and is {found}, not an image; choose another name, "
                "or add --force to replace it")
    return None


def save(image, path):
    """Write the QImage ``image`` to ``path`` atomically in the format of its ending.

    Raises `AnnStudioError` (nothing written) when it cannot."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    fmt = image_format(path)
    if fmt is None:
        raise AnnStudioError(target_problem(path, force=True) or f"cannot write {path}")
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buf, fmt)
    buf.close()
    if not ok or data.isEmpty():
        raise AnnStudioError(f"could not encode the picture as {fmt}")
    atomic.write_bytes(path, bytes(data.data()))
