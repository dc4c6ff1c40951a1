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


class Text(str):
    """A sentence made from a marked template and its values: the English sentence itself
    (``str``: what the command line, files and tests read), keeping ``template`` and
    ``values`` so the GUI can show ``translate(context, template).format(**values)``.

    ``Text(QT_TRANSLATE_NOOP("inspect", "unit {j} of {layer}"), j=0, layer=LayerRef(2))``;
    a value may itself be a Text or a `LayerRef` (rendered in the reader's language and
    numbering); other values are shown as they are (numbers already formatted)."""

    context = "inspect"

    def __new__(cls, template="", **values):
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self


class LayerRef:
    """A layer by its lecture number: "layer 2" in English; the GUI writes it in the
    reader's language, or as PyTorch's ``fc1`` in that numbering."""

    def __init__(self, i, capital=False):
        self.i = int(i)
        self.capital = capital      # at the start of a sentence: "Layer 2's weights"

    def __str__(self):
        return f"{'Layer' if self.capital else 'layer'} {self.i}"

    def __format__(self, spec):
        return format(str(self), spec)
