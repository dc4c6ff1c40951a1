"""The lesson panel in another language: a shipped lesson's texts, the panel's own words
and the goals appear translated (numbers with the locale's decimal comma), a teacher's own
lesson, whose texts no catalogue knows, appears as written. The catalogue here is the
German column of the lessons' translation source, so the test sees what a German student
will once the catalogues are compiled."""
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from annstudio.core.training import EpochRecord, History
from annstudio.gui.panels.lesson import LessonPanel
from annstudio.io import lessons

SRC = Path(lessons.__file__).resolve().parent.parent / "assets/translations/src/lessons.json"


class Catalogue(QTranslator):
    """A translator answering from the JSON source, like a compiled .qm would."""

    def __init__(self, lang):
        super().__init__()
        self.table = json.loads(SRC.read_text(encoding="utf-8"))
        self.lang = lang

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null string), as a .qm answers for a text it does not hold: Qt then
        # shows the source text ("" would be taken as the translation)
        return self.table.get(context, {}).get(source, {}).get(self.lang)

    def isEmpty(self):
        return False


@pytest.fixture
def german(qapp):
    tr = Catalogue("de")
    QCoreApplication.installTranslator(tr)
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.German, QLocale.Germany))
    yield tr
    QCoreApplication.removeTranslator(tr)
    QLocale.setDefault(old)


def history(losses):
    h = History()
    h.epochs = [EpochRecord(epoch=k + 1, train_loss=x, test_loss=None, train_metric=0.875,
                            test_metric=None) for k, x in enumerate(losses)]
    return h


def panel_for(qtbot, loaded, plan, hist):
    """The panel alone, reading the run ``hist`` (a list: replace its item to train on)."""
    hist = hist if isinstance(hist, list) else [hist]
    p = LessonPanel(lambda: (loaded.experiment, hist[0]), lambda *a, **k: None)
    qtbot.addWidget(p)
    p.resize(420, 640)
    p.open(loaded, plan)
    p.show()
    return p


def test_a_shipped_lesson_reads_in_german_with_decimal_commas(qtbot, german):
    loaded = lessons.load("moons_sgd")
    p = panel_for(qtbot, loaded, lessons.lesson_of(loaded), history([0.7] * 10))
    de = german.table["Lesson"]
    title, summary = lessons.ALL_TEXT["moons_sgd"]
    assert p.title.text() == de[title]["de"] == "Zwei Monde mit SGD (Vorlesung §4)"
    assert p.text.text() == de[summary]["de"]
    assert p.counter.text() == "Schritt 1 von 2 · Ausprobieren"
    assert p.next_button.text() == "Weiter ▶" and p.goals_box.title() == "Ziele"
    goals = [lab.text() for lab in p.goal_labels]
    assert goals[0] == "✓ Trainingsverlust > 0,66 in Epoche 10  (jetzt 0,7)"
    assert goals[2] == "○ Trainingsgenauigkeit < 91 % in Epoche 50  (jetzt —)"
    qtbot.mouseClick(p.next_button, Qt.LeftButton)            # the real Next button
    assert p.counter.text() == "Schritt 2 von 2 · Weitertrainieren"
    assert "Trainieren Sie weiter bis Epoche 150" in p.text.text()
    p.grab().save("/tmp/lesson_panel_de.png")


def test_a_question_its_choices_and_its_reveal_are_translated(qtbot, german):
    loaded = lessons.load("bigger_lr")
    run = [History()]                                        # nothing trained yet
    p = panel_for(qtbot, loaded, lessons.lesson_of(loaded), run)
    assert p.prompt.text() == ("Wo liegt der Verlust mit dem lr = 0,015 der Vorlesung "
                               "nach 20 Epochen?")
    assert [lab.text() for lab in p.choice_labels][1] == "Noch über 0,45: Er hat kaum begonnen"
    assert p.choice_buttons[1].accessibleName() == "Noch über 0,45: Er hat kaum begonnen"
    locked = []
    p.answerLocked.connect(lambda *a: locked.append(a))
    qtbot.mouseClick(p.choice_buttons[1], Qt.LeftButton)
    qtbot.mouseClick(p.lock_button, Qt.LeftButton)
    assert p.lock_button.text() == "Festgelegt: jetzt Start"
    # the record a teacher receives stays in the lesson's own words
    assert locked == [("With the lecture's lr = 0.015, where will the loss be after 20 "
                       "epochs?", "Still above 0.45: it has hardly started", True)]
    run[0] = history([0.59] * 20)                            # the step's 20 epochs ran
    qtbot.waitUntil(p.reveal.isVisible)                      # the panel's own poll
    assert "Richtig:" in p.reveal.text() and "In Epoche 20 liegt der Verlust bei etwa 0,59" in p.reveal.text()


def test_a_teachers_own_lesson_is_shown_as_written(qtbot, german):
    loaded = lessons.load("moons_sgd")
    own = lessons.parse_plan({"version": 2, "name": "mine", "title": "Meine Lektion",
                              "summary": "Ein eigener Text.",
                              "steps": [{"title": "Schritt eins", "text": "Drücke Start.",
                                         "hint": "Ein eigener Tipp."}]})
    p = panel_for(qtbot, loaded, own, History())
    assert p.title.text() == "Meine Lektion"
    assert p.text.text() == "Drücke Start."
    assert p.counter.text() == "Schritt 1 von 1 · Schritt eins"
    qtbot.mouseClick(p.hint_button, Qt.LeftButton)
    assert p.hint.text() == "Tipp: Ein eigener Tipp."
