"""Why an engine runs as fast as it does: the rule of `engines.auto`, said in words.

Per training step both engines do the same matrix products; PyTorch adds a fixed cost per
step (autograd bookkeeping and dispatch). So on the CPU it only pays off once one step's
work, F = batch × Σ d_in·d_out multiply-adds, reaches `auto.CROSSOVER_FLOPS`.
"""
from __future__ import annotations

from types import SimpleNamespace

from annstudio.engines import auto
from annstudio.gui.i18n import num, translate

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
        return translate("engine_note", "{engine} on {device}: only PyTorch runs on a "
                                        "GPU.").format(engine=name, device=device)
    work = translate("engine_note", "one step is F = batch × Σ d_in·d_out = {flops} "
                                    "multiply-adds (PyTorch {dtype} pays off from about "
                                    "{threshold})").format(
        flops=num(F, ","), dtype=key, threshold=num(threshold, ",.0f"))
    if slower_than_numpy(sizes, batch_size, engine, device, dtype):
        return translate("engine_note", "PyTorch on the CPU runs slower than NumPy on a network "
                                        "this small: {work}, so its fixed cost per step "
                                        "outweighs the work. Engine 'auto' would pick NumPy "
                                        "here.").format(work=work)
    if engine == "torch":
        return translate("engine_note", "PyTorch on the CPU: {work}; large enough for PyTorch "
                                        "to be the faster engine.").format(work=work)
    if chosen == "auto":
        return translate("engine_note", "Engine 'auto' picked NumPy: {work}.").format(work=work)
    return translate("engine_note", "NumPy on the CPU: {work}.").format(work=work)
