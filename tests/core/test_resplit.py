"""`datasets.resplit`: the points of a split dataset split again give the very split that
making (or reading) them with the new fraction and seed gives."""
import numpy as np
from hypothesis import given, settings, strategies as st

from annstudio.core import datasets


@settings(deadline=None, max_examples=60)
@given(n=st.integers(2, 80), f0=st.floats(0, 0.9), s0=st.integers(0, 10_000),
       f1=st.floats(0, 0.9), s1=st.integers(0, 10_000), task=st.sampled_from(
           ["binary", "multiclass", "regression"]))
def test_resplit_equals_splitting_the_original_rows(n, f0, s0, f1, s1, task):
    rng = np.random.default_rng(n)
    X = rng.normal(size=(n, 3))
    y = {"binary": rng.integers(0, 2, n), "multiclass": rng.integers(0, 4, n),
         "regression": rng.normal(size=n)}[task].astype(float)
    if task == "multiclass":
        y[0] = 3.0
    before = datasets.from_arrays(X, y, task=task, test_fraction=f0, seed=s0)
    after = datasets.resplit(before, f1, s1, was=(f0, s0))
    want = datasets.from_arrays(X, y, task=task, test_fraction=f1, seed=s1)
    for a in ("X_train", "y_train", "X_test", "y_test"):
        assert np.array_equal(getattr(after, a), getattr(want, a))
    assert after.task == want.task and after.n_classes == want.n_classes


def test_resplit_refuses_a_split_it_did_not_make():
    import pytest
    from annstudio.core.errors import AnnStudioError
    d = datasets.from_arrays(np.arange(10.0), np.arange(10) % 2, test_fraction=0.2)
    with pytest.raises(AnnStudioError, match="cannot come from a test fraction of 0.5"):
        datasets.resplit(d, 0.3, 1, was=(0.5, 0))
