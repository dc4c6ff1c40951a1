"""When training has diverged: one rule for the NumPy trainer, the PyTorch engine, the CLI
and the window.

Training has diverged when, at some step,

- the mini-batch loss L, a gradient or a weight is not finite (inf or NaN), or
- L > LOSS_BLOWUP · L_ref, with L_ref = max(L(θ_start), 0.1) the loss on the whole
  training set at the weights the run started from, or
- max |θ| > WEIGHT_BLOWUP.

The finite cases matter: with SGD at lr = 50 on the lecture's moons the batch loss goes
0.69 → 87 → 96,366 in three steps while the weights reach 1.7·10⁶, and the mean loss
then wanders between 2 and 12 for hundreds of epochs without ever overflowing; Adam at
lr = 100 jumps to 5.6·10⁹ at step 3. Both are caught at step 3 by this rule.

What is kept: the weights θ at which the last *healthy* mini-batch loss was measured
(L ≤ HEALTHY · L_ref), taken before the optimizer step of every healthy step. The last
finite weights are no use: at the step that overflows they are already ~10⁶. A batch of
10 can look healthy by luck (Adam at lr = 100: a batch loss of 0.2 at weights whose loss
on the whole set is 1.9·10⁹), so on divergence the engine measures the whole-set loss at
that checkpoint and, if it is not healthy, falls back to θ at the last epoch end whose
whole-set loss was (at worst the weights the run started from). Either way the weights
handed back have a measured, moderate loss.
"""
from __future__ import annotations

import math

LOSS_BLOWUP = 1000.0      # a mini-batch loss this many times the starting loss
WEIGHT_BLOWUP = 1e6       # or a weight this large
HEALTHY = 10.0            # weights whose batch loss is within 10× the start are a checkpoint
REFERENCE_FLOOR = 0.1     # a run resumed near zero loss may still wobble up to 0.1·1000


class DivergenceRule:
    """The rule above for one run; engines call it at every step.

    ``start(L_ref)`` when the run (or hand-set weights) begins; then per step
    ``loss_problem(L)``, ``gradient_problem(sum ∂L/∂θ)``, ``weight_problem(max |θ|)``
    return the cause as text (or None), and ``healthy(L)`` says whether the weights at
    which L was measured are worth keeping.
    """

    def __init__(self):
        self.reference = None

    @property
    def started(self):
        return self.reference is not None

    def start(self, reference_loss):
        L = float(reference_loss)
        self.reference = max(L, REFERENCE_FLOOR) if math.isfinite(L) else math.inf

    def restart(self):
        """New weights (set by hand, loaded, reset): measure L_ref again at the next step."""
        self.reference = None

    def loss_problem(self, L):
        if not math.isfinite(L):
            return f"the loss became {L}"
        if L > LOSS_BLOWUP * self.reference:
            return (f"the mini-batch loss jumped to {L:.3g}, "
                    f"{L / self.reference:,.0f}× its starting value {self.reference:.3g}")
        return None

    @staticmethod
    def gradient_problem(g_sum):
        return None if math.isfinite(g_sum) else "a gradient became inf/NaN"

    @staticmethod
    def weight_problem(max_abs):
        if not math.isfinite(max_abs):
            return "a weight became inf/NaN"
        if max_abs > WEIGHT_BLOWUP:
            return f"a weight grew to {max_abs:.3g}, beyond 10⁶"
        return None

    def healthy(self, L):
        return math.isfinite(L) and L <= HEALTHY * self.reference

    @staticmethod
    def message(what, step, epoch, lr):
        """The one line every front end shows (CLI stderr, window status and dialog)."""
        return (f"training diverged: {what} at step {step} (epoch {epoch}); the weights "
                f"from before the blow-up are kept — the steps are too large, try a "
                f"smaller learning rate (now {lr:g})")
