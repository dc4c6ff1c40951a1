"""The training toolbar's widgets never overlap: when Run ▶ grows to its widest text (a
lesson's "Run ▶ (+50 epochs)" in a longer language), the buttons after it move at once."""
from PySide6.QtWidgets import QWidget

from tests.gui import i18n_walk
from tests.gui.conftest import small_moons


def overlapping(toolbar):
    """Pairs of the toolbar's visible widgets whose rectangles intersect."""
    ws = [w for w in toolbar.findChildren(QWidget)
          if w.isVisible() and w.parentWidget() is toolbar and w.width() > 0]
    return [(a.objectName() or type(a).__name__, b.objectName() or type(b).__name__)
            for i, a in enumerate(ws) for b in ws[i + 1:] if a.geometry().intersects(b.geometry())]


def test_run_grows_and_the_toolbar_makes_room(qapp, qtbot, make_window):
    undo = i18n_walk.install_language(qapp, "es")
    try:
        w = make_window(small_moons())
        toolbar = w.run_width.button.parentWidget()
        before = w.run_width.button.width()
        assert overlapping(toolbar) == []
        w.files.lesson_actions[i18n_walk.first_lesson()].trigger()
        qtbot.waitUntil(lambda: w.lesson_dock.isVisible(), timeout=5000)
        qtbot.wait(30)                 # the toolbar's posted relayout
        assert w.run_width.button.width() > before    # it grew ("Ejecutar ▶ (+50 épocas)")
        assert overlapping(toolbar) == []
    finally:
        undo()
