"""A marker for text that the GUI shows translated, for modules that do not import Qt.

``QT_TRANSLATE_NOOP("Lesson", "Press Run")`` returns the text unchanged; pyside6-lupdate
finds the call by its name and puts the text in the translation files, and the GUI shows
``translate("Lesson", text)`` where it displays it. Text built at run time cannot be
found this way: mark a template (``"{n} points"``) and fill it after translating.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """The text itself: a mark for pyside6-lupdate, translated where it is shown."""
    return text
