"""The Timeline window's "Export animation…": the recorded run as an animated GIF for
slides. Frame i is the network at recorded checkpoint i — its decision boundary with the
data points, and the loss curve up to that step with a marker on it — exactly what the
view shows when its slider is there (the frame is a grab of the view's own plots).

Frames are rendered one per event-loop turn (a zero-interval QTimer), so the window stays
responsive and the progress dialog's Cancel works; Pillow encodes the GIF (no hand-written
encoder) in a worker thread as the frames arrive (its palette and compression work is the
slow part), and the file is written through `annstudio.io.atomic` (regular files only).
Frames wider than `MAX_WIDTH` pixels are scaled down (a slide needs no more).

A run with more than `MAX_FRAMES` checkpoints is subsampled evenly (first and last kept).
MP4 is not offered: every well-kept MP4 encoder for Python ships an ffmpeg binary of tens
of MB, too much for the installers' size limit.
"""
from __future__ import annotations

import io
import queue
import threading

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QProgressDialog

from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import num, translate

MAX_FRAMES = 200          # 20 s at 10 frames/s; more frames only make the file larger
MAX_WIDTH = 960           # pixels: the GIF keeps every frame in memory while it encodes
_END, _CANCEL = "end", "cancel"
FPS_DEFAULT = 10
# shown translated (context "AnimationExport")
PILLOW_MISSING = QT_TRANSLATE_NOOP("AnimationExport", "exporting an animation needs the Pillow "
                                   "package: install it with “pip install Pillow” (it comes with "
                                   "ANN Studio's installers)")


def pillow():
    """The PIL.Image module, or None where Pillow is not installed."""
    try:
        from PIL import Image
    except ImportError:
        return None
    return Image


def frame_indices(n, max_frames=MAX_FRAMES):
    """Which of n checkpoints become frames: all of them, or ``max_frames`` spread evenly
    (the first and the last always among them)."""
    if n <= max_frames:
        return list(range(n))
    return sorted(set(np.linspace(0, n - 1, max_frames).round().astype(int).tolist()))


def frame_duration_ms(fps):
    """How long each frame shows: 1000 / fps milliseconds (GIF stores hundredths of a
    second, so 10 fps is exactly 100 ms)."""
    return int(round(1000 / fps))


def qimage_to_pil(img: QImage):
    """A QImage as an RGB PIL image (the pixels copied)."""
    Image = pillow()
    img = img.convertToFormat(QImage.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    raw = np.frombuffer(img.constBits(), np.uint8, count=bpl * h).reshape(h, bpl)
    return Image.fromarray(raw[:, :3 * w].reshape(h, w, 3).copy(), "RGB")


class _Canceled(Exception):
    pass


class AnimationExport(QObject):
    """Renders ``view``'s checkpoints into a GIF at ``path``; ``finished(path, n_frames)``
    when it is written, ``failed(text)`` on an error, ``canceled()`` on Cancel. The view's
    slider, curve and title are put back as they were in every case."""

    finished = Signal(str, int)
    failed = Signal(str)
    canceled = Signal()

    def __init__(self, view, path, fps=FPS_DEFAULT):
        super().__init__(view)
        self.view, self.path, self.fps = view, path, int(fps)
        self.indices = frame_indices(len(view.timeline.checkpoints))
        self.n_frames = 0
        self._k = 0
        self._queue = queue.Queue()
        self._thread = None
        self._discard = False         # canceled while the encoder was writing
        self._result = None           # bytes, or the exception the encoder raised
        self._saved_index = view.slider.value()
        self._saved_title = translate("TimelineView", "the network at this step")
        # one more than the frames: the dialog stays up while the GIF is written
        self.progress = QProgressDialog(translate("AnimationExport", "Rendering the animation…"),
                                        translate("AnimationExport", "Cancel"), 0,
                                        len(self.indices) + 1, view)
        self.progress.setWindowTitle(translate("AnimationExport", "Export animation"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(0)       # one frame per event-loop turn
        self.timer.timeout.connect(self._next)
        self.poll = QTimer(self)
        self.poll.setInterval(30)       # is the encoder done?
        self.poll.timeout.connect(self._poll)

    @property
    def running(self):
        return self.timer.isActive() or self._thread is not None

    def _encoder(self):
        """The worker thread: Pillow encodes the frames as the queue delivers them."""
        def rest():
            while True:
                item = self._queue.get()
                if item is _CANCEL:
                    raise _Canceled
                if item is _END:
                    return
                yield item
        try:
            first = self._queue.get()
            if first is _CANCEL:
                raise _Canceled
            buf = io.BytesIO()
            first.save(buf, format="GIF", save_all=True, append_images=rest(),
                       duration=frame_duration_ms(self.fps), loop=0)
            self._result = buf.getvalue()
        except _Canceled:
            self._result = None
        except Exception as e:      # reported to the user in one sentence by _poll
            self._result = e

    def start(self):
        v = self.view
        # the whole run's x range stays fixed while the curve grows frame by frame
        v.curve_plot.setXRange(0, max(v.timeline.steps, 1), padding=0.02)
        y = np.asarray(v.timeline.history.step_loss, float)
        y = y[np.isfinite(y)]
        if len(y):
            v.curve_plot.setYRange(float(y.min()), float(y.max()), padding=0.05)
        v.curve_plot.getPlotItem().vb.disableAutoRange()
        self.progress.setValue(0)
        self._thread = threading.Thread(target=self._encoder, name="gif-encoder", daemon=True)
        self._thread.start()
        self.timer.start()

    def _next(self):
        v = self.view
        if self._k >= len(self.indices):
            self.timer.stop()
            self._queue.put(_END)
            self.progress.setLabelText(translate("AnimationExport", "Writing the GIF…"))
            self.poll.start()
            return
        i = self.indices[self._k]
        c = v.timeline.checkpoints[i]
        v.slider.setValue(i)        # the view draws the network at this checkpoint
        v.show_curve_until(c.step)
        # the frame is a picture of the view: its title in the view's language, as the rest
        v.boundary_plot.setTitle(translate("AnimationExport", "step {step} of {steps}").format(
            step=num(c.step, ","), steps=num(v.timeline.steps, ",")))
        img = v.plots_widget.grab().toImage()
        if img.width() > MAX_WIDTH:
            img = img.scaledToWidth(MAX_WIDTH, Qt.SmoothTransformation)
        self._queue.put(qimage_to_pil(img))
        self._k += 1
        self.n_frames = self._k
        self.progress.setValue(self._k)

    def _poll(self):
        from annstudio.io import atomic
        if self._thread.is_alive():
            return
        self.poll.stop()
        self._thread.join()
        self._thread = None
        result, self._result = self._result, None
        self._restore()
        if self._discard:
            self.canceled.emit()
            return
        if isinstance(result, Exception):
            self.failed.emit(translate("AnimationExport", "could not write the animation: "
                                       "{reason}").format(reason=result))
            return
        try:
            atomic.write_bytes(self.path, result)
        except AnnStudioError as e:
            self.failed.emit(str(e))
            return
        self.finished.emit(self.path, self.n_frames)

    def cancel(self):
        """Stop rendering; the encoder thread ends at its next frame, nothing is written."""
        if not self.running or self._discard:
            return
        if not self.timer.isActive():       # the encoder is writing: let it end, unsaved
            self._discard = True
            return
        self.timer.stop()
        if self._thread is not None:
            self._queue.put(_CANCEL)
            self._thread.join()
            self._thread = None
        self._result = None
        self._restore()
        self.canceled.emit()

    def _restore(self):
        v = self.view
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        v.boundary_plot.setTitle(self._saved_title)
        v.show_curve_until(None)
        v.curve_plot.getPlotItem().vb.enableAutoRange()
        v.slider.setValue(self._saved_index)
