"""Why an engine runs as fast as it does: the rule of `engines.auto`, said in words.

Per training step both engines do the same matrix products; PyTorch adds a fixed cost per
step (autograd bookkeeping and dispatch). So on the CPU it only pays off once one step's
work, F = batch × Σ d_in·d_out multiply-adds, reaches `auto.CROSSOVER_FLOPS`.
"""
from __future__ import annotations

from types import SimpleNamespace

from annstudio.engines import auto

NAMES = {"numpy": "NumPy", "torch": "PyTorch"}


def slower_than_numpy(sizes, batch_size, engine, device="cpu", dtype=None):
    """True where the auto rule says NumPy is the faster engine but PyTorch runs."""
    F = auto.step_flops(SimpleNamespace(sizes=list(sizes)), batch_size)
    key = "float64" if dtype == "float64" else "float32"
    return engine == "torch" and device in (None, "cpu") and F < auto.CROSSOVER_FLOPS[key]


def engine_reason(sizes, batch_size, engine, device="cpu", dtype=None, chosen="auto"):
    """One or two sentences: what runs, and (on the CPU) whether NumPy or PyTorch is the
    faster one for this network by the auto rule. ``chosen`` is the user's setting."""
    net = SimpleNamespace(sizes=list(sizes))
    F = auto.step_flops(net, batch_size)
    key = "float64" if dtype == "float64" else "float32"
    threshold = auto.CROSSOVER_FLOPS[key]
    name = NAMES.get(engine, engine)
    if device not in (None, "cpu"):
        return f"{name} on {device}: only PyTorch runs on a GPU."
    work = (f"one step is F = batch × Σ d_in·d_out = {F:,} multiply-adds "
            f"(PyTorch {key} pays off from about {threshold:,.0f})")
    if slower_than_numpy(sizes, batch_size, engine, device, dtype):
        return (f"PyTorch on the CPU runs slower than NumPy on a network this small: {work}, "
                "so its fixed cost per step outweighs the work. Engine 'auto' would pick "
                "NumPy here.")
    if engine == "torch":
        return f"PyTorch on the CPU: {work}; large enough for PyTorch to be the faster engine."
    if chosen == "auto":
        return f"Engine 'auto' picked NumPy: {work}."
    return f"NumPy on the CPU: {work}."
