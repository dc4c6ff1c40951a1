"""The app sets its window icon from the bundled PNGs (title bars, task bars, docks)."""


def test_window_icon_comes_from_the_bundled_sizes(qapp):
    from annstudio.gui.app import _set_icon
    _set_icon(qapp)
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
