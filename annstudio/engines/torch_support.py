"""Whether torch (and a device) can be used, without importing torch until needed."""
from __future__ import annotations

import importlib.util
import sys
import threading

from annstudio.core.errors import AnnStudioError

INSTALL_HINT = ("install it with: pip install torch==2.13.0 (CPU build; "
                "see pytorch.org for a CUDA build)")


def torch_installed():
    return importlib.util.find_spec("torch") is not None


class _PauseBetweenModules:
    """A `sys.meta_path` finder that finds nothing: it only lets ``pause()`` hold the
    importing thread between two modules (torch is ~900 of them)."""

    def __init__(self, thread, pause):
        self.thread, self.pause = thread, pause

    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is self.thread:
            self.pause()
        return None


def import_torch(pause=None):
    """Import torch and what the engine's first step needs (the engine host preloads it in
    a thread); None, or why it failed.

    Not only ``import torch``: building the first ``torch.optim`` optimizer imports
    ``torch._dynamo`` (2.4 s here, on top of torch's own 3–8 s), and the first backward
    pass loads autograd's kernels; one tiny step now takes both off the switch.

    ``pause()``, called before each module, may wait: a training loop beside the import
    shares the GIL with it (a NumPy run overlapping it made 61–74% of its steps/s), so the
    host holds the import while it trains. ``pause`` must return when the host itself
    wants torch (it would wait on a module this thread holds)."""
    finder = None
    if pause is not None:
        finder = _PauseBetweenModules(threading.current_thread(), pause)
        sys.meta_path.insert(0, finder)
    try:
        import torch
        w = torch.zeros(2, 1, requires_grad=True)
        opt = torch.optim.SGD([w], lr=0.1)
        (torch.ones(1, 2) @ w).sum().backward()
        opt.step()
    except Exception as err:   # a broken install: the switch to PyTorch will say why
        return f"{type(err).__name__}: {err}"
    finally:
        if finder is not None:
            sys.meta_path.remove(finder)
    return None


def torch_unavailable_reason():
    """None if the torch engine can run on the CPU, else a one-line reason."""
    if not torch_installed():
        return f"PyTorch is not installed; {INSTALL_HINT}"
    return None


def device_unavailable_reason(device):
    """None if ``device`` works (imports torch for cuda/mps), else a one-line reason."""
    if device in (None, "cpu"):
        return torch_unavailable_reason()
    kind, colon, index = str(device).partition(":")
    # the name first: an unknown one ("meta", "cuda:x") needs no torch import to refuse
    if not (device == "mps" or (kind == "cuda" and (not colon or index.isdigit()))):
        return f"unknown device {device!r}; choose cpu, cuda or mps"
    reason = torch_unavailable_reason()
    if reason:
        return reason
    import torch
    if kind == "cuda":
        if not torch.cuda.is_available():
            return ("CUDA is not available: no NVIDIA GPU or a CPU-only PyTorch build; "
                    "use --device cpu, or install a CUDA build of PyTorch on a GPU machine")
        count = torch.cuda.device_count()
        if colon and int(index) >= count:
            return (f"there is no CUDA device {device!r}: this machine has {count} "
                    f"(cuda:0{f' to cuda:{count - 1}' if count > 1 else ''})")
        return None
    if not torch.backends.mps.is_available():     # torch ≥ 2.1 (pyproject) has the module
        return "MPS (Apple GPU) is not available on this machine; use --device cpu"
    return None


def require_torch(device="cpu"):
    from annstudio.engines.base import EngineUnavailable
    reason = device_unavailable_reason(device)
    if reason:
        raise EngineUnavailable(reason)


__all__ = ["AnnStudioError", "torch_installed", "torch_unavailable_reason",
           "device_unavailable_reason", "require_torch"]
