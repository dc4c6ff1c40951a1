"""The inspector's sentences from `core` (`core.i18n.Text`: a marked template and its
values) in the reader's language and numbering, its numbers with the locale's decimal sign.

The template is translated in the context it was marked with; each value is rendered
first (a `LayerRef` as "Schicht 2" or PyTorch's "fc1", a nested Text in turn, a number
written by `core.inspect.fmt` with the locale's decimal sign), then the whole sentence is
relabelled for the numbering, as the English text was before.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from annstudio.core.i18n import LayerRef, Text
from annstudio.gui.i18n import translate

# one number as `core.inspect.fmt` writes it: −0.3775, 1.2e−05, 12
_NUMBER = re.compile(r"[−-]?\d+(?:\.\d+)?(?:e[−-]?\d+)?")


def local_number(text):
    """``text`` with the locale's decimal sign when it is a single number ("0,25" in
    German), else unchanged (a vector "(0.1, 0.2)" keeps its points: a comma would
    read as the separator)."""
    s = str(text)
    if _NUMBER.fullmatch(s):
        return s.replace(".", QLocale().decimalPoint())
    return s


def _value(v, N):
    if isinstance(v, LayerRef):
        if N is not None and not N.lecture:
            return f"fc{N.fc(v.i)}"
        if v.capital:
            return translate("inspect", "Layer {n}").format(n=v.i)
        return translate("inspect", "layer {n}").format(n=v.i)
    if isinstance(v, Text):
        return _render(v, N)
    return local_number(v)


def _render(text, N):
    if not isinstance(text, Text):
        return str(text)
    values = {k: _value(v, N) for k, v in text.values.items()}
    return translate(text.context, text.template).format(**values)


def render(text, numbering=None, relabel=True):
    """``text`` (a `Text` or a plain string) as the window shows it; ``relabel=False``
    for text already written in ``numbering`` (`core.inspect.explain`'s lines)."""
    out = _render(text, numbering)
    return numbering.relabel(out) if numbering is not None and relabel else out


def layer_name(i, numbering=None):
    """The lecture's layer ``i`` as the window names it: "Schicht 2", or "fc1"."""
    return _value(LayerRef(i), numbering)
