"""The decision boundary fills the data view's plot at any shape of the view (issue 21: after
the docks were resized the coloured area stopped short of the axes)."""
import pytest

pytest.importorskip("pytestqt")

from annstudio.gui.views.data_view import DataView  # noqa: E402


def _covered(view):
    """(what the plot shows, what the boundary image covers), in data coordinates."""
    (x0, x1), (y0, y1) = view.vb.viewRange()
    r = view.image.mapRectToView(view.image.boundingRect())
    return (x0, x1, y0, y1), (r.left(), r.right(), r.top(), r.bottom())


@pytest.mark.parametrize("size", [(700, 640), (900, 420), (420, 900), (1200, 300), (500, 500)])
def test_boundary_image_reaches_the_axes(qtbot, size):
    from annstudio.gui import standalone
    net, data, _ = standalone.lecture_run()
    view = DataView()
    qtbot.addWidget(view)
    view.resize(600, 600)
    view.show()
    view.set_data(data)
    view.update_views(standalone.snapshot(net, data))
    view.resize(*size)                       # the docks beside it were resized

    def fills():
        (x0, x1, y0, y1), (ix0, ix1, iy0, iy1) = _covered(view)
        tol = 1e-3 * max(x1 - x0, y1 - y0)
        return ix0 <= x0 + tol and ix1 >= x1 - tol and iy0 <= y0 + tol and iy1 >= y1 - tol
    qtbot.waitUntil(fills, timeout=5000)
    # every point is still in sight, at the same scale on both axes
    (x0, x1, y0, y1), _ = _covered(view)
    X = data.X
    assert x0 <= X[:, 0].min() and X[:, 0].max() <= x1
    assert y0 <= X[:, 1].min() and X[:, 1].max() <= y1
    sx = (x1 - x0) / view.vb.width()
    sy = (y1 - y0) / view.vb.height()
    assert sx == pytest.approx(sy, rel=0.02)
    # and the plot uses the room it has: its shorter side fills the view's
    assert min(view.vb.width(), view.vb.height()) >= 0.6 * min(size) - 80
