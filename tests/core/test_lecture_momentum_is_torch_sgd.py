"""`core.optimizers` says: the lecture's momentum is torch SGD with momentum = dampening =
1 − η, with no scaling, except that torch starts its buffer at ∇₁ rather than η∇₁."""
import numpy as np
import pytest

from annstudio.core import optimizers


@pytest.mark.parametrize("alpha, eta", [(0.04, 0.7), (0.1, 0.3), (0.5, 0.95)])
def test_lecture_momentum_is_torch_sgd_once_the_first_buffer_agrees(alpha, eta):
    rng = np.random.default_rng(0)
    grads = [rng.normal(size=(3, 2)) for _ in range(8)]
    lec, sgd = [np.zeros((3, 2))], [np.zeros((3, 2))]
    a = optimizers.create("lecture_momentum", lr=alpha, eta=eta)
    b = optimizers.create("sgd", lr=alpha, momentum=1 - eta, dampening=1 - eta)
    for t, g in enumerate(grads):
        a.step(lec, [g])
        # torch's first buffer is the first gradient itself: hand it η∇₁ and the rest agree
        b.step(sgd, [eta * g if t == 0 else g])
        np.testing.assert_allclose(lec[0], sgd[0], rtol=1e-12, atol=1e-15)
    # fed the same ∇₁, the first steps differ by the factor η only: −α∇₁ against −αη∇₁
    p, q = [np.zeros((3, 2))], [np.zeros((3, 2))]
    optimizers.create("sgd", lr=alpha, momentum=1 - eta, dampening=1 - eta).step(p, [grads[0]])
    optimizers.create("lecture_momentum", lr=alpha, eta=eta).step(q, [grads[0]])
    np.testing.assert_allclose(p[0], -alpha * grads[0], rtol=1e-12)
    np.testing.assert_allclose(q[0], -alpha * eta * grads[0], rtol=1e-12)
