"""Small editors that refuse bad values and say why, in place.

`NumberEdit` is a line edit for one number: while the text is not a valid value it turns
red, shows the reason as its tooltip and in the panel's message line, and emits nothing;
a valid value emits ``valueChanged``. The reason is one sentence naming the value, built
by the same checks the core uses (`check_positive_int`, `check_float`).
"""
from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from annstudio.core.errors import AnnStudioError, check_float, check_positive_int
from annstudio.gui.i18n import num, parse_number, translate


def fmt_number(v):
    """Short, exact enough, in the user's locale: 0.015 (0,015 in German), 1e-08, 500."""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    return num(v, ".6g")


class NumberEdit(QLineEdit):
    valueChanged = Signal(object)
    validityChanged = Signal(str)     # "" when valid, else the reason

    def __init__(self, name, value, kind="float", minimum=None, maximum=None,
                 min_inclusive=True, max_inclusive=True, parent=None, check=None, live=True):
        super().__init__(parent)
        self.live = live    # emit while typing (lr) or only on Enter / leaving (sizes)
        self.name = name
        self.kind = kind
        self.minimum, self.maximum = minimum, maximum
        self.min_inclusive, self.max_inclusive = min_inclusive, max_inclusive
        self.extra_check = check
        self.field = None     # the schema field it edits (`for_field`)
        self.error = ""
        self._value = value
        self.setText(fmt_number(value))
        self.setAccessibleName(sentence(name))     # a screen reader's name; the tip describes
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setMinimumWidth(56)
        self.textEdited.connect(self._on_edit)
        self.editingFinished.connect(self._on_finished)

    def parse(self, text):
        """The value ``text`` stands for, or AnnStudioError saying why not (quoting the text
        as typed: "got 0", not "got 0.0")."""
        text = text.strip()
        if text == "":
            raise AnnStudioError(translate("NumberEdit", "{name} is empty; enter a number")
                                 .format(name=self.name))
        not_a_number = translate("NumberEdit", "{name} must be a whole number, got {text}") \
            if self.kind == "int" else \
            translate("NumberEdit", "{name} must be a number, got {text}")
        try:
            # a seed near 2⁶³ is not exact in a float: read whole numbers as ints
            f = int(text) if self.kind == "int" and text.lstrip("+-").isdigit() \
                else parse_number(text)
        except ValueError:
            raise AnnStudioError(not_a_number.format(name=self.name, text=repr(text))) from None
        try:
            if self.field is not None:
                # the schema's sentence ("batch size must be at least 1, got 0"), with the
                # range this editor offers
                whole = self.kind == "int" and math.isfinite(f) and f == int(f)
                v = self.field.check_item(int(f) if whole else f, self.name)
                self.field.check_bounds(v, self.name, self.minimum, self.maximum)
            elif self.kind == "int":
                if f != f or f in (float("inf"), float("-inf")):
                    raise AnnStudioError(translate(
                        "NumberEdit", "{name} must be a whole number, got {text}").format(
                            name=self.name, text=text))
                v = check_positive_int(self.name, int(f) if f == int(f) else f,
                                       self.minimum if self.minimum is not None else 0,
                                       self.maximum)
            else:
                v = check_float(self.name, f, minimum=self.minimum, maximum=self.maximum,
                                min_inclusive=self.min_inclusive,
                                max_inclusive=self.max_inclusive)
            if self.extra_check is not None:
                self.extra_check(v)
        except AnnStudioError as err:
            msg = str(err)
            for shown in {repr(f), repr(int(f)) if f == f and abs(f) < 1e18 and f == int(f) else None}:
                if shown and msg.endswith(f"got {shown}"):
                    msg = msg[: -len(shown)] + text
            raise AnnStudioError(msg) from None
        return v

    def value(self):
        return self._value

    def setValue(self, v):
        self._value = v
        self.setText(fmt_number(v))
        self._set_error("")

    def _set_error(self, msg):
        if msg == self.error:
            return
        self.error = msg
        self.setStyleSheet("QLineEdit { border: 2px solid #d62728; }" if msg else "")
        self.setToolTip(msg or self.property("help_tip") or "")
        self.validityChanged.emit(msg)

    def _on_edit(self, text, final=False):
        try:
            v = self.parse(text)
        except AnnStudioError as err:
            self._set_error(str(err))
            return False
        self._set_error("")
        if (self.live or final) and v != self._value:
            self._value = v
            self.valueChanged.emit(v)
        return True

    def _on_finished(self):
        # leaving a bad value: keep it visible (red) with its reason, so the student sees
        # what was refused; the last valid value stays in effect.
        self._on_edit(self.text(), final=True)

    def commit(self, text):
        """Type ``text`` and press Enter (programmatic edits, tests): True if accepted."""
        self.setText(str(text))
        return self._on_edit(self.text(), final=True)

    @classmethod
    def for_field(cls, path, value, live=False, name=None, parent=None):
        """The editor of the experiment field at ``path``: its kind, the range the window
        offers and a help text with those bounds, all from `core.schema`."""
        from annstudio.core import schema
        f = schema.field(path)
        lo, hi = f.editor_range()
        edit = cls(name or f.label, value, f.kind, lo, hi, parent=parent, live=live)
        edit.field = f
        edit.set_help(field_help(f))
        return edit

    def set_help(self, tip):
        self.setProperty("help_tip", tip)
        if not self.error:
            self.setToolTip(tip)


def _bound(v):
    """A bound as `core.schema` writes it in help texts (0.9, 4096, 1,000,000), in the
    user's locale."""
    if isinstance(v, float) and not v.is_integer():
        return num(v, "g")
    return num(int(v), ",") if abs(v) >= 10_000 else str(int(v))


def field_help(f):
    """The tooltip of a schema field's editor, translated: its doc line with the range the
    window offers, and why that range is narrower than a file's when it is
    ('Points to generate (4–100,000: the live views redraw every point)')."""
    lo, hi = f.editor_range()
    if lo is not None and hi is not None:
        b = f"{_bound(lo)}–{_bound(hi)}"
    elif lo is not None:
        b = f"≥ {_bound(lo)}"
    elif hi is not None:
        b = f"≤ {_bound(hi)}"
    else:
        b = ""
    if b and f.editor_why and hi != f.maximum:
        b = translate("schema", "{bounds}: {why}").format(
            bounds=b, why=translate("schema", f.editor_why))
    doc = translate("schema", f.doc)
    return translate("schema", "{doc} ({bounds})").format(doc=doc, bounds=b) if b else doc


def sentence(text):
    """``text`` as a sentence the window shows: its first letter a capital ("the engine
    process stopped" → "The engine process stopped"). The core's messages are lowercase
    clauses (the command line prints them after "annstudio: error: "); the window shows
    them alone. A leading file name, name in backticks or quotes, or number stays as it is."""
    text = str(text)
    stripped = text.lstrip()
    first = stripped.split(" ", 1)[0]
    if "." in first.rstrip(".,:;") or "/" in first or "\\" in first:
        return text                     # a file's name ("same.py is …") keeps its spelling
    if stripped[:1].islower():
        i = len(text) - len(stripped)
        return text[:i] + stripped[0].upper() + stripped[1:]
    return text


class MessageLine(QLabel):
    """The panel's in-place explanation of a refused value (hidden when all is well)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #d62728; }")
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hide()
        self._sources = {}

    def report(self, source, msg):
        if msg:
            self._sources[source] = msg
        else:
            self._sources.pop(source, None)
        text = next(reversed(self._sources.values()), "") if self._sources else ""
        self.setText(sentence(text))
        self.setVisible(bool(text))

    def clear_all(self):
        self._sources.clear()
        self.report(None, "")


def section_label(text):
    lab = QLabel(text)
    f = lab.font()
    f.setBold(True)
    lab.setFont(f)
    return lab


def legend_label():
    """A plot's legend as a line of rich text above it (inside the plot it covered points)."""
    label = QLabel()
    label.setTextFormat(Qt.RichText)
    label.setWordWrap(True)
    label.setContentsMargins(6, 0, 6, 0)
    return label


class FitTitle(QLabel):
    """A view's title: wraps rather than being cut, and tells its `HeaderBar` when its
    text changes (the bar may have to give it a line of its own)."""

    def __init__(self, text="", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setMinimumWidth(40)
        self.on_text = None

    def setText(self, text):
        super().setText(text)
        if self.on_text is not None:
            self.on_text()

    def ideal_width(self):
        """The width of the whole text on one line (rich text measured as rendered)."""
        text = self.text()
        if self.textFormat() == Qt.RichText or (self.textFormat() == Qt.AutoText
                                                and "<" in text):
            from PySide6.QtGui import QTextDocument
            doc = QTextDocument()
            doc.setDefaultFont(self.font())
            doc.setDocumentMargin(0)
            doc.setHtml(text)
            w = doc.idealWidth()
        else:
            w = self.fontMetrics().horizontalAdvance(text)
        return int(w) + 2 * self.margin() + 4


class HeaderBar(QWidget):
    """A view's header: the title and its controls on one line when the whole title fits
    beside them, otherwise the title on a line of its own above them (wrapped if even that
    is too narrow). At 1024×600 a title squeezed beside check boxes read "Decisi"."""

    def __init__(self, title, controls, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QBoxLayout, QHBoxLayout
        self.title = title
        title.on_text = self._fit
        self.box = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.box.setContentsMargins(6, 2, 6, 0)
        self.box.setSpacing(4)
        self.box.addWidget(title, 1)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addStretch(1)
        for c in controls:
            self.row.addWidget(c)
        self.box.addLayout(self.row)

    def one_line(self):
        return self.box.direction() == self.box.Direction.LeftToRight

    def _fit(self):
        m = self.box.contentsMargins()
        need = (self.title.ideal_width() + self.box.spacing() + self.row.sizeHint().width()
                + m.left() + m.right())
        d = self.box.Direction.LeftToRight if need <= self.width() else \
            self.box.Direction.TopToBottom
        if self.box.direction() != d:
            self.box.setDirection(d)
        # the title's wrapped height may have changed with its text or font: have the
        # parent layout ask again (else it keeps the old height for a while, cutting a line)
        self.box.invalidate()
        self.updateGeometry()

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._fit()

    def changeEvent(self, ev):
        super().changeEvent(ev)
        from PySide6.QtCore import QEvent
        if ev.type() == QEvent.FontChange:
            self._fit()


class ElidedLabel(QLabel):
    """One line that ends in "…" when it is too narrow (the whole text is its tooltip);
    unlike a plain QLabel it never makes the window wider than the screen."""

    def __init__(self, text="", parent=None):
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.setText(text)

    def setText(self, text):
        self.full_text = str(text)
        self.setToolTip(self.full_text)
        self._elide()

    def _elide(self):
        width = max(self.contentsRect().width(), 1)
        super().setText(self.fontMetrics().elidedText(self.full_text, Qt.ElideRight, width))

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._elide()

    def changeEvent(self, ev):
        super().changeEvent(ev)
        from PySide6.QtCore import QEvent
        if ev.type() == QEvent.FontChange:
            self._elide()
