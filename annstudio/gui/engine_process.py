"""The engine's child process: spawned with its two pipes, and the first one spawned early.

A first start spends ~1 s in the engine process before it trains on the compiled path
(Python, NumPy, numba and the kernels loaded from their cache) and ~1.5 s in the window's
own imports and build. `start_early` (called by `gui.app.main` before those imports)
spawns the first engine process at once, so the two overlap on a two-core machine instead
of following each other; the first `gui.worker.EngineClient` adopts it (`take_early`).
No Qt here: it runs before Qt is imported.
"""
from __future__ import annotations

import contextlib
import multiprocessing as mp
import os

BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_early: list = []


def spawn():
    """A new engine process (spawn context) running `engines.host.main`: (process, the
    command pipe's end we write, the message pipe's end we read)."""
    from annstudio.engines import host
    ctx = mp.get_context("spawn")
    cmd_r, cmd_w = ctx.Pipe(duplex=False)
    msg_r, msg_w = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=host.main, args=(cmd_r, msg_w), name="annstudio-engine",
                       daemon=True)
    with blas_threads_for_engine():
        proc.start()
    # our copies of the child's ends: closed, so the child's death reads as EOF here
    cmd_r.close()
    msg_w.close()
    return proc, cmd_w, msg_r


def start_early():
    """Spawn the first engine process now (once); the first client takes it."""
    if not _early:
        _early.append(spawn())


def waiting():
    """The early process no client has taken yet (None: none)."""
    return _early[0][0] if _early else None


def take_early():
    """The early process with its pipes (None: none waiting)."""
    return _early.pop() if _early else None


def discard_early():
    """End an early process that no client took (the app stopped before its window): its
    command pipe closed reads as EOF there, and it exits."""
    got = take_early()
    if got is None:
        return
    proc, cmd_w, msg_r = got
    cmd_w.close()
    proc.join(3.0)
    if proc.is_alive():
        proc.kill()
        proc.join(3.0)
    msg_r.close()


@contextlib.contextmanager
def blas_threads_for_engine():
    """Start the engine process with one BLAS thread (unless the user chose otherwise).

    Measured on the lecture run (2 cores): with OpenBLAS's default the engine process
    used 1.7 cores — its idle threads spin after each boundary-grid product — for the same
    steps/s as with one thread (1.05 cores), taking the second core from the GUI's drawing.
    The spawned child reads these variables when it imports NumPy.
    """
    saved = {k: os.environ.get(k) for k in BLAS_THREAD_VARS}
    for k in BLAS_THREAD_VARS:
        os.environ.setdefault(k, "1")
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
