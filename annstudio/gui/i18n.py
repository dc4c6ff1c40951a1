"""Translation and locale for the GUI: every user-visible string goes through
``translate(context, text)`` (Qt's ``QCoreApplication.translate``, which pyside6-lupdate
finds by name), and every number shown goes through `num` so it follows the user's
locale (a decimal comma in German and French).

Conventions (docs/translating.md):
- ``translate("TrainingPanel", "Learning rate")``: the context is the class the text is
  in (the module's stem outside a class); the text is a plain literal, never an f-string.
- Values go in afterwards: ``translate("Status", "epoch {epoch}").format(epoch=e)``.
- Formulas and the lecture's symbols (u, z, W, b, φ, ∂Q/∂W) are not translated.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def num(x: float, spec: str = "g") -> str:
    """``format(x, spec)`` in the user's locale: its decimal point and group separator."""
    text = format(x, spec)
    locale = QLocale()
    return text.translate(str.maketrans({".": locale.decimalPoint(),
                                         ",": locale.groupSeparator()}))
