"""View ▸ Language: the language the window speaks from its next start.

One checkable action per language of `i18n.LANGUAGES`, each named in its own words, and
"System default" (the system's language), in one exclusive group. Choosing one stores it
in the settings (``language``; none for the system default) and says, without blocking
the window, that ANN Studio speaks it when started again: in the new language's words
where its catalogue has them. The window is not rebuilt in place: every panel would have
to set its texts again, and a half-translated window is worse than a restart.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox

from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui import i18n
from annstudio.gui.i18n import translate

SYSTEM = "system"
# said in the language chosen, so marked here and translated with its catalogue
RESTART_TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
RESTART_TEXT = QT_TRANSLATE_NOOP("LanguageMenu",
                                 "ANN Studio will speak {language} when you start it again.")


class LanguageMenu(QObject):
    """The submenu ``menu`` gets; ``actions`` (key → QAction) gains ``language_<code>`` and
    ``language_system``; ``settings`` keeps the choice; ``parent`` owns the message."""

    def __init__(self, menu, settings, parent, actions):
        super().__init__(parent)
        self.settings, self.parent_widget = settings, parent
        self.box = None                      # the last "when you start it again" message
        self.menu = menu.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setToolTipsVisible(True)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions = {}
        system = self._add(SYSTEM, translate("LanguageMenu", "System default"),
                           translate("LanguageMenu", "The language of this computer, where "
                                     "ANN Studio speaks it; else English"))
        self.menu.addSeparator()
        for code, name in i18n.LANGUAGES.items():
            self._add(code, name, translate("LanguageMenu", "ANN Studio in {language}, from "
                                            "its next start").format(language=name))
        actions.update({f"language_{code}": a for code, a in self.actions.items()})
        (self.actions.get(i18n.stored_language(settings)) or system).setChecked(True)
        self.group.triggered.connect(self._chosen)

    def _add(self, code, text, tip):
        a = QAction(text, self.menu)
        a.setCheckable(True)
        a.setData(code)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        self.group.addAction(a)
        self.menu.addAction(a)
        self.actions[code] = a
        return a

    def _chosen(self, action):
        code = action.data()
        if code == SYSTEM:
            self.settings.remove(i18n.SETTINGS_KEY)
        else:
            self.settings.setValue(i18n.SETTINGS_KEY, code)
        self.settings.sync()
        self.say_restart(i18n.chosen_language(self.settings, environ={}))

    def say_restart(self, code):
        """The non-modal message that language ``code`` takes effect at the next start."""
        title, text = words_in(code, RESTART_TITLE), words_in(code, RESTART_TEXT)
        if self.box is not None:         # one message: the latest choice
            self.box.close()
            self.box.deleteLater()
        self.box = QMessageBox(QMessageBox.Information, title,
                               text.format(language=i18n.LANGUAGES[code]),
                               QMessageBox.Ok, self.parent_widget)
        self.box.setTextFormat(Qt.PlainText)
        self.box.setWindowModality(Qt.NonModal)
        self.box.show()


def words_in(code, text):
    """``text`` (of this menu) in language ``code`` where its catalogue has it, else in the
    window's."""
    translator = i18n.translator_for(code)
    said = translator.translate("LanguageMenu", text) if translator is not None else ""
    return said or translate("LanguageMenu", text)


def install(services, view_menu):
    """View ▸ Language in ``view_menu``, from ``services`` (`gui.services.Services`: the
    settings, the actions and the message parent); returns the `LanguageMenu`."""
    return LanguageMenu(view_menu, services.settings, services.parent, services.actions)
