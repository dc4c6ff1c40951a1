"""The "Lecture presets" button: load the lecture's ¬XOR-by-hand network (§2) or the lecture
moons (§4) into the app, or, for the standalone inspector, into the inspector itself.

`preset_network_and_data(name)` builds a preset's (Network, Dataset) from the catalogue
(`io.catalogue`, `core.experiment.lecture_moons`). `LecturePresets` is a mixin of
`InspectorWidget`: its ``load_preset`` calls the app's ``load_preset`` hook when there is
one and follows the app's new network (``set_live``, ``_replace_network``), else
``set_source``.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton

from annstudio.core import inspect as ins
from annstudio.core.errors import AnnStudioError
from annstudio.core.i18n import QT_TRANSLATE_NOOP
from annstudio.gui.i18n import translate

PRESET_TITLES = {"not_xor": QT_TRANSLATE_NOOP("LecturePresets", "¬XOR by hand (lecture §2)"),
                 "lecture_moons": QT_TRANSLATE_NOOP("LecturePresets", "Lecture moons (§4)")}


class LecturePresets:
    """The Lecture presets button and what it loads (a mixin of `InspectorWidget`)."""

    def _build_preset_button(self):
        """The "Lecture presets" tool button and its menu (``preset_actions``)."""
        self.preset_button = QToolButton()
        self.preset_button.setText(translate("LecturePresets", "Lecture presets"))
        self.preset_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.preset_button)
        self.preset_actions = {}
        for key, title in PRESET_TITLES.items():
            a = menu.addAction(translate("LecturePresets", title))
            a.triggered.connect(lambda _=False, k=key: self.load_preset(k))
            self.preset_actions[key] = a
        self.preset_button.setMenu(menu)
        return self.preset_button

    def load_preset(self, name):
        """Load a lecture preset (¬XOR by hand, lecture moons) into the app or into itself."""
        try:
            if self._load_preset is not None:
                self._load_preset(name)
                self.set_live(True)
                self.live_check.setChecked(True)
                self._pending = self._get_net()
                self._replace_network(self._pending.copy(), new_data=True)
                self._pending = None
            else:
                net, data = preset_network_and_data(name)
                self.set_source(lambda n=net: n, data)
        except AnnStudioError as e:
            self.show_message(str(e))


def not_xor_dataset():
    """The four ¬XOR points in the lecture's order (`io.catalogue.not_xor_dataset`)."""
    from annstudio.io.catalogue import not_xor_dataset as points
    return points()


def preset_network_and_data(name):
    """(Network, Dataset) of a lecture preset, for the standalone inspector."""
    if name == "not_xor":
        return ins.not_xor_network(), not_xor_dataset()
    if name == "lecture_moons":
        from annstudio.core.experiment import lecture_moons
        exp = lecture_moons()
        data = exp.build_data()
        return exp.build_network(data), data
    raise AnnStudioError(f"unknown preset {name!r}; choose one of {', '.join(PRESET_TITLES)}")
