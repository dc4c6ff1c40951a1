"""Predict, then check: the inspector's questions on the next value, and their grading.

Pure NumPy (no Qt). On each page of the step-through (`inspect.stages`) the student is asked
for the value the page is about to reveal — a u, a z, the loss, ∂L/∂z_0, an entry of the
Jacobian ∇φ, of ∂L/∂u, of ∂L/∂W, the weight after one SGD step — types a number (or, for a
quick question, picks its sign), and gets it graded with the worked formula.

Tolerance (`close_enough`): an answer ``a`` to a true value ``t`` is right when

    |a − t| ≤ max(ABS_TOL, REL_TOL·|t|),   REL_TOL = 1 %,  ABS_TOL = 10⁻³,

so a value rounded to three significant digits passes, and so does an answer near zero
written to three decimals (0.001 for 0.0004). A sign answer is right when it names the
sign of ``t``, with "zero" for |t| ≤ ZERO_TOL (a ReLU's h(u) is exactly 0 or 1).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from annstudio.core.errors import AnnStudioError
from annstudio.core.inspect import explain, fmt, fmt_factor, parse_number

REL_TOL = 0.01
ABS_TOL = 1e-3
ZERO_TOL = 1e-12
SIGNS = ("negative", "zero", "positive")


# --------------------------------------------------------------------------- grading
def close_enough(answer, truth):
    """|a − t| ≤ max(ABS_TOL, REL_TOL·|t|) (see the module docstring). The edge counts as
    right: 1.01 for 1 is 1 % off, though 1.01 − 1.0 is 0.010000000000000009 in binary."""
    tol = max(ABS_TOL, REL_TOL * abs(float(truth)))
    return abs(float(answer) - float(truth)) <= tol * (1 + 1e-9)


def sign_of(t):
    """"negative", "zero" or "positive"."""
    t = float(t)
    if abs(t) <= ZERO_TOL:
        return "zero"
    return "positive" if t > 0 else "negative"


def parse_answer(text):
    """The number a student typed (real minus sign, decimal comma accepted), or
    AnnStudioError with one sentence saying what to type instead."""
    t = str(text).strip()
    if not t:
        raise AnnStudioError("type your prediction first, e.g. 0.62 or −1.5")
    try:
        return parse_number(t)
    except AnnStudioError:
        raise AnnStudioError(f"{t!r} is not a number you can predict: type a finite number "
                             "such as 0.62 or −1.5") from None


@dataclass(frozen=True)
class Grade:
    valid: bool            # False: the answer could not be read (nothing is scored)
    correct: bool
    message: str           # one sentence for the student
    answer: object = None  # the parsed number or the sign chosen
    truth: float = math.nan


def grade_number(text, truth, label="the value", digits=4):
    """Grade a typed number against ``truth``; garbage, NaN or ∞ give ``valid=False``."""
    try:
        a = parse_answer(text)
    except AnnStudioError as e:
        return Grade(False, False, str(e), None, float(truth))
    t = float(truth)
    if close_enough(a, t):
        return Grade(True, True, f"correct: {label} = {fmt(t, digits)} (you said {fmt(a, digits)})",
                     a, t)
    return Grade(True, False, f"not quite: you said {fmt(a, digits)}, the true value is "
                              f"{label} = {fmt(t, digits)}", a, t)


def grade_sign(choice, truth, label="the value", digits=4):
    """Grade a sign answer ("negative" | "zero" | "positive") against ``truth``."""
    c = str(choice).strip().lower()
    t = float(truth)
    if c not in SIGNS:
        return Grade(False, False, f"pick negative, zero or positive (not {choice!r})", None, t)
    right = sign_of(t)
    if c == right:
        return Grade(True, True, f"correct: {label} is {right} ({fmt(t, digits)})", c, t)
    return Grade(True, False, f"not quite: you said {c}, but {label} is {right} "
                              f"({fmt(t, digits)})", c, t)


# --------------------------------------------------------------------------- questions
@dataclass(frozen=True)
class Question:
    name: str          # the lecture step whose entry is asked ("u_2", "∇φ_1", …) or "W_i+"
    idx: tuple         # entry of that step's value
    kind: str          # "number" | "sign"
    label: str         # the entry in the chosen numbering: "u_{2,0}", "W_2[0,0] after the step"
    prompt: str        # what to work out, with the formula in symbols (no numbers)
    truth: float
    hides: tuple = ()  # step names whose panels stay hidden until this is answered

    @property
    def key(self):
        return (self.name, self.idx)


def _entry(N, sym, i, idx):
    return N.entry(sym, i, idx)


def questions(steps, stage, numbering, lr=None):
    """The values a page asks for, in the order the page reveals them.

    forward i: u_{i,0} then z_{i−1,0}; loss: L; the loss's derivative: (∂L/∂z_0)_0;
    backward i: the sign of (∇φ_i)[0,0], (∂L/∂u_i)_0, ∂L/∂W_i[k,0] (k: the first input
    that is not 0, so the answer is not trivially 0) and, with ``lr``, that weight after one
    SGD step W − lr·∂L/∂W; passing the gradient on: (∂L/∂z_i)_0.
    """
    S = {s.name: s for s in steps}
    N = numbering
    i = stage.layer
    R = N.relabel
    out = []

    def q(name, idx, kind, label, prompt, hides=None):
        v = np.asarray(S[name].value, dtype=float)
        if not np.isfinite(v[tuple(idx)]):
            return                 # ∂L/∂z_0 = ∞ at a saturated σ: nothing to predict
        out.append(Question(name, tuple(idx), kind, label, prompt, float(v[tuple(idx)]),
                            tuple(hides if hides is not None else (name,))))

    if stage.kind == "forward":
        ul = _entry(N, "u", i, (0,))
        zl = _entry(N, "z", i - 1, (0,)) if i > 1 or N.lecture else f"{N.name('z', 0)}[0]"
        terms = " + ".join(f"{_entry(N, 'z', i, (k,))}·{_entry(N, 'W', i, (k, 0))}"
                           for k in range(min(np.size(S[f'z_{i}'].value), 3)))
        more = " + …" if np.size(S[f"z_{i}"].value) > 3 else ""
        q(f"u_{i}", (0,), "number", ul,
          f"{ul} = {terms}{more} + {_entry(N, 'b', i, (0,))}", (f"u_{i}", f"z_{i - 1}"))
        q(f"z_{i - 1}", (0,), "number", zl, f"{zl} = {R(f'φ_{i}')}({ul})")
    elif stage.kind == "loss":
        q("L", (), "number", "L", R(S["L"].formula))
    elif stage.kind == "backward" and i == 0:
        lab = f"(∂L/∂{N.name('z', 0)})_0"
        q("∂L/∂z_0", (0,), "number", lab, R(S["∂L/∂z_0"].formula))
    elif stage.kind == "backward":
        J = f"({R(f'∇φ_{i}')})[0,0]"
        q(f"∇φ_{i}", (0, 0), "sign", J, f"{J} = {R(f'φ_{i}')}'({_entry(N, 'u', i, (0,))})",
          (f"∇φ_{i}", f"∂g_{i}/∂W_{i}", f"∂L/∂u_{i}", f"∂L/∂b_{i}", f"fd:b_{i}",
           f"∂L/∂W_{i}", f"fd:W_{i}"))   # ∂g/∂W = zᵀ·(row of ∇φ) would show ∇φ
        du = f"{R(f'(∂L/∂u_{i})')}_0"
        q(f"∂L/∂u_{i}", (0,), "number", du,
          f"{du} = Σ_k {R(f'(∂L/∂z_{i - 1})')}_k {R(f'(∇φ_{i})')}[k,0]",
          (f"∂L/∂u_{i}", f"∂L/∂b_{i}", f"fd:b_{i}", f"∂L/∂W_{i}", f"fd:W_{i}"))
        z = np.asarray(S[f"z_{i}"].value, dtype=float)
        k = int(np.flatnonzero(z != 0)[0]) if np.any(z != 0) else 0
        g = R(f"∂L/∂W_{i}") + f"[{k},0]"
        q(f"∂L/∂W_{i}", (k, 0), "number", g,
          f"{g} = {_entry(N, 'z', i, (k,))}·{du}", (f"∂L/∂W_{i}", f"fd:W_{i}"))
        if lr is not None:
            W = float(S[f"W_{i}"].value[k, 0])
            grad = float(S[f"∂L/∂W_{i}"].value[k, 0])
            wl = _entry(N, "W", i, (k, 0))
            out.append(Question(f"W_{i}+", (k, 0), "number", f"{wl} after one SGD step",
                                f"{wl} − lr·{g} with lr = {fmt(lr, 6)}",
                                W - float(lr) * grad, ()))
    elif stage.kind == "backward_z":
        lab = f"{R(f'(∂L/∂z_{i})')}_0"
        q(f"∂L/∂z_{i}", (0,), "number", lab,
          f"{lab} = Σ_j {R(f'(∂L/∂z_{i - 1})')}_j {R(f'(∂g_{i}/∂z_{i})')}[j,0]")
    return out


def worked(steps, stage, question, numbering, digits=4, extra=None, lr=None):
    """The true value's worked formula with the numbers (lines), shown after grading."""
    if question.name.endswith("+"):          # the weight after one SGD step
        i = int(question.name[2:-1])
        S = {s.name: s for s in steps}
        k, j = question.idx
        W = float(S[f"W_{i}"].value[k, j])
        g = float(S[f"∂L/∂W_{i}"].value[k, j])
        wl = numbering.entry("W", i, (k, j))
        gl = numbering.relabel(f"∂L/∂W_{i}") + f"[{k},{j}]"
        return [f"{wl} − lr·{gl} = {fmt(W, digits)} − {fmt(lr, 6)}·{fmt_factor(g, digits)}"
                f" = {fmt(question.truth, digits)}"]
    lines, _ = explain(steps, stage, question.name, question.idx, numbering, digits,
                       dict(extra or {}, unit=question.idx[-1] if question.idx else 0))
    if stage.kind == "forward" and question.name.startswith("u_"):
        lines = lines[:2]          # the φ line would answer the next question, z = φ(u)
    return lines


@dataclass
class Score:
    """The walkthrough's score: each question counts once, at its first valid answer."""
    answers: dict = field(default_factory=dict)     # question key → correct

    def record(self, question, grade):
        if grade.valid and question.key not in self.answers:
            self.answers[question.key] = bool(grade.correct)

    def answered(self, question):
        return question.key in self.answers

    @property
    def correct(self):
        return sum(self.answers.values())

    @property
    def total(self):
        return len(self.answers)

    def text(self):
        return f"{self.correct} / {self.total} correct"

    def clear(self):
        self.answers.clear()
