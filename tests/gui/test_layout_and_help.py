"""Issue 10, layout and help: what a student sees at 1024×600, 1366×768 and 1920×1080 with
larger fonts on and off, in both themes; the network diagram; Help pages; the engine
switch. Every test drives the real window: View/Help menu actions, window resizes, the
engine box — and then measures what is on screen.
"""
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                               QMessageBox, QScrollArea, QSlider, QTabBar, QWidget)

from tests.gui.conftest import import_csv, large_scale_csv, small_moons


# ----------------------------------------------------------------- helpers
def menu_action(window, menu, text):
    """The action of ``menu`` (File, View, Help, …) whose label starts with ``text``, as a
    user finds it in the menu bar (under the walker's pseudo-translation too: ⟦…⟧ ignored)."""
    def plain(label):
        return label.replace("&", "").replace("⟦", "").replace("⟧", "")
    for top in window.menuBar().actions():
        if plain(top.text()) == menu:
            for a in top.menu().actions():
                if plain(a.text()).startswith(text):
                    return a
    raise AssertionError(f"no {menu} ▸ {text} in the menu bar")


def eventually(qtbot, check, timeout=5000):
    """Resizes and font changes lay out through posted events: retry ``check`` (a function
    that asserts) until it passes, then run it once more for a plain assertion message."""
    try:
        qtbot.waitUntil(check, timeout=timeout)
    finally:
        check()


def visible_dock_width(window):
    return max(d.width() for d in window.docks.values() if d.isVisible()
               and not d.visibleRegion().isEmpty())


def assert_shows_whole_text(label):
    """The label's whole text is visible: on one line, or wrapped, but never cut."""
    r = label.contentsRect()
    text = label.text()
    if "<" in text:                       # rich text: lay it out as QLabel does
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(r.width())
        need_w, need_h = doc.idealWidth(), doc.size().height()
    else:
        flags = Qt.TextWordWrap if label.wordWrap() else 0
        b = label.fontMetrics().boundingRect(QRect(0, 0, r.width(), 100000), flags, text)
        need_w, need_h = b.width(), b.height()
    assert need_w <= r.width() + 1, f"{text!r} is {need_w} px wide in {r.width()} px"
    assert need_h <= r.height() + 1, f"{text!r} needs {need_h} px of height, has {r.height()}"


def assert_apart(a, b):
    """Two widgets of one window do not overlap on screen."""
    ra = QRect(a.mapToGlobal(a.rect().topLeft()), a.size())
    rb = QRect(b.mapToGlobal(b.rect().topLeft()), b.size())
    assert not ra.intersects(rb), f"{a!r} {ra} overlaps {b!r} {rb}"


def set_checked(window, menu, text, on):
    a = menu_action(window, menu, text)
    if a.isChecked() != on:
        a.trigger()
    assert a.isChecked() == on


def train_one_epoch(window, qtbot):
    n = len(window.history)
    menu_action(window, "Train", "Step epoch").trigger()
    qtbot.waitUntil(lambda: len(window.history) > n and "loss" in window.curves.summary.text(),
                    timeout=30000)


# ----------------------------------------------------------------- 7: layout
def test_larger_fonts_off_returns_the_dock_to_its_width(make_window, qtbot):
    """Larger fonts on, dark theme on (a style change while large), larger fonts off: the
    panels come back to their normal width and their fields are not cut by the dock."""
    w = make_window()
    before = visible_dock_width(w)
    set_checked(w, "View", "Larger fonts", True)
    qtbot.waitUntil(lambda: visible_dock_width(w) > before + 40, timeout=5000)
    set_checked(w, "View", "Dark theme", True)
    set_checked(w, "View", "Larger fonts", False)

    def check():
        assert abs(visible_dock_width(w) - before) <= 4
        assert w.width() == 1366                       # and the window did not grow
        for dock in w.docks.values():
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                scroll = dock.widget()
                panel = scroll.widget()
                # the panel fits its dock: nothing cut at the right edge
                assert panel.minimumSizeHint().width() <= scroll.viewport().width()
                assert panel.width() <= scroll.viewport().width()
    eventually(qtbot, check)


@pytest.mark.parametrize("large", [False, True], ids=["normal-fonts", "larger-fonts"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_titles_and_legends_are_whole_at_1024x600(make_window, qtbot, large, dark):
    w = make_window(small_moons())
    w.resize(1024, 600)
    set_checked(w, "View", "Dark theme", dark)
    set_checked(w, "View", "Larger fonts", large)
    train_one_epoch(w, qtbot)

    def check():
        assert w.width() == 1024, "the window grew past the screen"
        title = w.data_view.title
        assert title.text().startswith("Decision boundary")
        if not large:      # there is room for it on one line
            assert title.fontMetrics().horizontalAdvance(title.text()) <= \
                title.contentsRect().width()
        assert_shows_whole_text(title)
        summary = w.curves.summary
        assert "test" in summary.text() and "loss" in summary.text()
        assert_shows_whole_text(summary)
        # neither the title nor the train/test legend sits under the check boxes
        for box in (w.data_view.discrete_box, w.data_view.test_box):
            assert_apart(title, box)
        for box in (w.curves.step_box, w.curves.log_box):
            assert_apart(summary, box)
        # the panels stay inside their dock
        for dock in w.docks.values():
            if dock.isVisible() and not dock.visibleRegion().isEmpty():
                assert dock.widget().widget().minimumSizeHint().width() <= \
                    dock.widget().viewport().width()
    eventually(qtbot, check)


def click_dock_tab(window, qtbot, title):
    """Bring a tabbed dock to the front as a user does: click its tab under the docks."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i).replace("&", "") == title and bar.isVisible():
                qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {title!r} under the docks")


def assert_inside_window(window, widget):
    r = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    assert widget.isVisible(), f"{widget!r} is hidden"
    assert window.rect().contains(r), f"{widget!r} at {r} is outside the window {window.rect()}"


CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider)


def assert_dock_reachable(window, dock):
    """Every control of ``dock`` can be scrolled into sight inside the window."""
    assert not dock.visibleRegion().isEmpty(), f"{dock.windowTitle()} is behind another"
    assert_inside_window(window, dock)
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea), f"{dock.windowTitle()} does not scroll"
    panel = scroll.widget()
    if panel.sizeHint().height() > scroll.viewport().height():
        assert scroll.verticalScrollBar().isVisible()
        assert scroll.verticalScrollBar().maximum() > 0
    view = QRect(scroll.viewport().mapTo(window, QPoint(0, 0)), scroll.viewport().size())
    controls = [c for c in panel.findChildren(QWidget) if isinstance(c, CONTROLS)
                and c.isVisibleTo(panel) and not isinstance(c.parent(), CONTROLS)]
    assert controls
    for c in controls:
        scroll.ensureWidgetVisible(c, 0, 0)      # where Tab or the wheel takes the user
        r = QRect(c.mapTo(window, QPoint(0, 0)), c.size())
        assert view.contains(r) and window.rect().contains(r), \
            f"{dock.windowTitle()}: {c!r} at {r} is outside its dock's view {view}"


@pytest.mark.parametrize("large", [False, True], ids=["normal-fonts", "larger-fonts"])
def test_a_first_start_on_a_1024x600_screen_fits_it(make_window, qtbot, monkeypatch, large):
    """Fresh settings on a 1024×600 screen: the window opens inside the screen's free area
    (it opened at 1366×768, a quarter of it off screen) and, with larger fonts too, Run, the
    status bar, both plots, the bottom tabs and every control of each dock are reachable."""
    from annstudio.gui import screen
    area = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(area))
    w = make_window(size=None)
    if large:
        set_checked(w, "View", "Larger fonts", True)

    def fits():
        assert area.contains(w.frameGeometry()), f"the frame {w.frameGeometry()} is off {area}"
        # it uses the room it has: no smaller than the screen needs
        assert w.frameGeometry().width() >= 0.95 * area.width()
        assert w.frameGeometry().height() >= 0.9 * area.height()
    eventually(qtbot, fits)
    run = w.toolbar.widgetForAction(w.actions["run"])
    for widget in (run, w.statusBar(), w.curves, w.view_tabs, w.data_view):
        assert_inside_window(w, widget)
    for dock in w.docks.values():
        click_dock_tab(w, qtbot, dock.windowTitle())
        eventually(qtbot, lambda: assert_dock_reachable(w, dock))
    menu_action(w, "Help", "Where to start").trigger()
    eventually(qtbot, lambda: assert_dock_reachable(w, w.start_panel))
    eventually(qtbot, fits)


@pytest.mark.parametrize("large", [False, True], ids=["normal-fonts", "larger-fonts"])
def test_neuron_map_note_is_whole_with_four_features(make_window, qtbot, monkeypatch,
                                                     tmp_path, large):
    """A 4-feature CSV at 1024×600: the Layers tab's neuron-map panel says in whole words why
    it draws no map (it read "…ds inputs on a plane (1–2 featu…")."""
    w = make_window(small_moons(), size=(1024, 600))
    set_checked(w, "View", "Larger fonts", large)
    import_csv(w, qtbot, monkeypatch, large_scale_csv(tmp_path / "four.csv"))
    tabs = w.view_tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.LeftButton,
                     pos=tabs.tabRect(w.view_tabs.indexOf(w.layer_view)).center())
    note = w.layer_view.maps.note
    qtbot.waitUntil(lambda: note.isVisible() and "4" in note.text(), timeout=10000)
    assert "1 or 2 input features" in note.text()
    eventually(qtbot, lambda: assert_shows_whole_text(note))
    eventually(qtbot, lambda: assert_inside(w.layer_view.maps, note))


def assert_inside(outer, widget):
    r = QRect(widget.mapTo(outer, QPoint(0, 0)), widget.size())
    assert outer.rect().contains(r), f"{widget!r} at {r} is outside {outer.rect()}"


def test_one_line_header_when_there_is_room(make_window, qtbot):
    """At 1920×1080 the title and its boxes share one line (no space wasted)."""
    w = make_window()
    w.resize(1920, 1080)
    title, box = w.data_view.title, w.data_view.test_box

    def check():
        assert w.data_view.header.one_line()
        assert abs(title.mapToGlobal(title.rect().center()).y()
                   - box.mapToGlobal(box.rect().center()).y()) < title.height()
    eventually(qtbot, check)


# ----------------------------------------------------------------- 8: dark points
def _luminance(rgb):
    c = np.asarray(rgb[:3], float) / 255
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


def _contrast(a, b):
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_theme_point_outline_contrasts_with_both_regions(make_window, qtbot):
    w = make_window()
    set_checked(w, "View", "Dark theme", True)
    view = w.data_view
    qtbot.waitUntil(lambda: view.image.lut is not None and view.image.image is not None,
                    timeout=10000)
    for discrete in (False, True):
        if view.discrete_box.isChecked() != discrete:
            qtbot.mouseClick(view.discrete_box, Qt.LeftButton)
        qtbot.waitUntil(lambda: view.discrete == discrete, timeout=5000)
        lut = np.asarray(view.image.lut)
        regions = [tuple(lut[0][:3]), tuple(lut[-1][:3])]      # p = 0 (class 0), p = 1
        # blue points sit on the blue region: the fill alone does not show them
        assert _contrast(regions[1], (8, 119, 189)) < 2.5
        pens = view.train_scatter.data["pen"]
        colours = {pen.color().getRgb()[:3] for pen in pens if pen is not None} or \
            {view.train_scatter.opts["pen"].color().getRgb()[:3]}
        for c in colours:
            for region in regions:
                assert _contrast(c, region) >= 3.0, (c, region, _contrast(c, region))


# ----------------------------------------------------------------- 9 and space: diagram
def _diagram_texts(w):
    g = w.diagram.geometry()
    return g, [(r, t) for r, t in g.texts]


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768), (1920, 1080)])
def test_pytorch_order_labels_do_not_overlap_and_stay_inside(make_window, qtbot, size):
    w = make_window()
    w.resize(*size)
    set_checked(w, "View", "PyTorch layer order", True)
    qtbot.waitUntil(lambda: w.diagram.width() > 0.2 * size[0], timeout=5000)

    def check():
        g, texts = _diagram_texts(w)
        names = [t for _, t in texts if t.startswith("fc")]
        assert names and names[0].startswith("fc1") and len(names) == len(w.diagram.sizes) - 1
        fm = w.diagram.fontMetrics()
        inside = w.diagram.rect()
        for i, (r, t) in enumerate(texts):
            assert fm.horizontalAdvance(t) <= r.width() + 0.5, f"{t!r} is cut"
            assert inside.contains(r.toAlignedRect()), f"{t!r} at {r} leaves the view {inside}"
            for r2, t2 in texts[i + 1:]:
                assert not r.intersects(r2), f"{t!r} {r} overlaps {t2!r} {r2}"
        # the neurons keep clear of the labels too
        for x, ys, in zip(g.xs, g.ys):
            for y in ys[:-1]:
                for r, t in texts:
                    if not t.startswith("+"):
                        assert not r.contains(x, y), f"{t!r} covers a neuron"
    eventually(qtbot, check)


def test_diagram_shows_more_neurons_in_a_taller_window(make_window, qtbot):
    w = make_window()                         # the lecture's 2→20→40→20→1, 1366×768
    small = len(w.diagram.geometry().shown[2])
    h0 = w.diagram.height()
    w.resize(1920, 1080)
    qtbot.waitUntil(lambda: w.diagram.height() > h0 + 50, timeout=5000)
    big = len(w.diagram.geometry().shown[2])
    assert 7 <= small < big <= 40, (small, big)


# ----------------------------------------------------------------- Help
def _shown_box(window, title):
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()
             and b.windowTitle() == title]
    assert boxes, f"no {title!r} window"
    return boxes[-1]


def _plain(html):
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_keyboard_shortcuts_page_lists_every_shortcut(make_window, qtbot):
    w = make_window()
    menu_action(w, "Help", "Keyboard shortcuts").trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() and b.windowTitle() == "Keyboard shortcuts"
                                for b in w.findChildren(QMessageBox)), timeout=5000)
    text = _plain(_shown_box(w, "Keyboard shortcuts").text())
    lines = [ln.strip() for ln in text.splitlines()]
    rows = set(zip(lines, lines[1:]))          # the table reads: action, then its keys
    with_keys = [a for a in w.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 8
    for a in with_keys:
        label = a.text().replace("&", "").rstrip("…").strip()
        keys = a.shortcut().toString(QKeySequence.NativeText)
        assert any(r[0] == label and keys in r[1].split(" or ") for r in rows), \
            f"{label} [{keys}] missing"
    # spot checks against what the File and Train menus say
    assert ("Open", QKeySequence(QKeySequence.Open).toString(QKeySequence.NativeText)) in rows
    assert ("Run ▶", "Space") in rows and ("Step epoch", "Shift+S") in rows
    # a shortcut added later (as another part of the app might) shows up next time
    extra = QAction("Zoom the plots", w)
    extra.setShortcut(QKeySequence("Ctrl+Shift+F12"))
    w.addAction(extra)
    menu_action(w, "Help", "Keyboard shortcuts").trigger()
    qtbot.waitUntil(lambda: "Zoom the plots" in _plain(
        _shown_box(w, "Keyboard shortcuts").text()), timeout=5000)


def test_getting_started_page_names_the_real_keys(make_window, qtbot):
    w = make_window()
    help_menu = [a for a in w.menuBar().actions() if a.text().replace("&", "") == "Help"][0]
    titles = [a.text().replace("&", "") for a in help_menu.menu().actions() if a.text()]
    assert titles[:3] == ["Getting started", "Notation", "Keyboard shortcuts"]
    w.actions["run"].setShortcut(QKeySequence("F5"))     # the page follows the actions
    menu_action(w, "Help", "Getting started").trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() and b.windowTitle() == "Getting started"
                                for b in w.findChildren(QMessageBox)), timeout=5000)
    text = _plain(_shown_box(w, "Getting started").text())
    assert "Run ▶ (F5)" in text
    assert "Step epoch (Shift+S)" in text
    for panel in ("Dataset", "Network", "Training"):
        assert panel in text


# ----------------------------------------------------------------- engine switch
def test_switching_to_pytorch_shows_progress_then_says_why_it_is_slower(make_real_window, qtbot):
    from annstudio.engines import auto
    from annstudio.engines.torch_support import torch_unavailable_reason
    reason = torch_unavailable_reason()
    if reason:
        pytest.skip(reason)
    w = make_real_window()                                   # 2→20→40→20→1, batch 10
    combo = w.training_panel.engine_combo
    label = w.status_labels["engine"]
    seen = []
    t0 = time.monotonic()
    w.status.switch_timer.timeout.connect(lambda: seen.append(
        (w.engine_busy.isVisible(), label.text())))
    t0 = time.monotonic()
    with qtbot.waitSignal(w.session.client.configured, timeout=90000,
                          check_params_cb=lambda info: info["engine"] == "torch") as sig:
        combo.setCurrentIndex(combo.findData("torch"))
        # at once: a busy bar and what is happening
        assert w.engine_busy.isVisible()
        assert w.engine_busy.minimum() == w.engine_busy.maximum() == 0
        assert label.text().startswith("loading PyTorch…")
    if time.monotonic() - t0 > 0.6:       # long enough for the 4-a-second updates
        assert seen
    assert all(busy for busy, _ in seen)
    assert all(t.startswith("loading PyTorch… ") and t.endswith(" s") for _, t in seen)
    assert not w.engine_busy.isVisible()
    # the lecture net is far below the crossover: the label says PyTorch is slower here,
    # the tooltip says why, with the numbers of the auto rule
    F = 10 * (2 * 20 + 20 * 40 + 40 * 20 + 20 * 1)
    net = w.network()
    assert auto.choose(net, 10) == "numpy"
    assert "slower than NumPy" in label.text()
    tip = label.toolTip()
    assert f"{F:,}" in tip and "'auto' would pick NumPy" in tip
    dtype = sig.args[0].get("dtype", "float32")
    assert f"{auto.CROSSOVER_FLOPS['float64' if dtype == 'float64' else 'float32']:,.0f}" in tip
