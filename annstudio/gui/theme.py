"""Colours and fonts, light, dark and high contrast; one place so every view agrees.

Class colours follow TensorFlow Playground (orange = class 0 / negative, blue = class 1 /
positive); the classes after them were picked (greedily, from Paul Tol's and Okabe & Ito's
colour-blind-safe sets) to stay apart for the common colour-vision deficiencies: simulated
for protanopia, deuteranopia and tritanopia (Machado et al. 2009), any two of the first six
differ by ΔE₀₀ ≥ 12, any two of all ten by ΔE₀₀ ≥ 8 (tests/gui/test_colours.py).
Every theme's text has a WCAG contrast of at least 4.5 : 1 with its background.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CLASS_COLORS = [(245, 147, 34), (8, 119, 189),        # Playground's orange and blue
                (120, 70, 20), (136, 204, 238), (238, 51, 119), (68, 170, 153),
                (170, 51, 119), (221, 204, 119), (34, 136, 51), (227, 119, 194)]
NEG = (245, 147, 34)
POS = (8, 119, 189)


@dataclass
class Theme:
    name: str
    bg: tuple
    fg: tuple
    panel: tuple
    grid: tuple
    mid: tuple          # the boundary colour at p = 1/2 and an activation of 0
    test_pen: tuple
    # the outline of the data points: it must stand out from both class regions (dark
    # regions in the dark theme, so a light outline there; WCAG contrast ≥ 3 checked)
    point_edge: tuple = (255, 255, 255)

    @property
    def dark(self):
        return self.name == "dark"

    @property
    def palette(self):
        """The Qt palette's colours over Fusion's, role → RGB (`apply_palette`)."""
        return PALETTES[self.name]


LIGHT = Theme("light", bg=(255, 255, 255), fg=(30, 30, 30), panel=(246, 246, 246),
              grid=(200, 200, 200), mid=(250, 250, 250), test_pen=(20, 20, 20))
DARK = Theme("dark", bg=(30, 32, 36), fg=(225, 225, 225), panel=(42, 44, 48),
             grid=(80, 80, 80), mid=(40, 42, 46), test_pen=(240, 240, 240),
             point_edge=(235, 235, 235))
# View ▸ High contrast: black on white, strong grid and outlines (a washed-out projector)
HIGH_CONTRAST = Theme("contrast", bg=(255, 255, 255), fg=(0, 0, 0), panel=(255, 255, 255),
                      grid=(90, 90, 90), mid=(255, 255, 255), test_pen=(0, 0, 0),
                      point_edge=(0, 0, 0))
# View ▸ Presentation mode: lines this many times thicker (points: `data_view`)
PRESENTATION_LINE_SCALE = 2.0
THEMES = {"light": LIGHT, "dark": DARK, "contrast": HIGH_CONTRAST}

# The palettes `apply_palette` sets over Fusion's standard one, by role name
# (QPalette.ColorRole). Fusion's light highlight (48, 140, 198) gives white text 3.7 : 1
# and its placeholder (black at half opacity) 4.0 : 1, below WCAG AA: darker ones. "Disabled" text is exempt from WCAG's 4.5 : 1 (a greyed
# control must look greyed), everything else is checked.
PALETTES = {
    "light": {"Highlight": (0, 99, 166), "HighlightedText": (255, 255, 255),
              "PlaceholderText": (105, 105, 105)},
    "dark": {"Window": (42, 44, 48), "WindowText": (225, 225, 225), "Base": (24, 26, 30),
             "AlternateBase": (36, 38, 42), "Text": (225, 225, 225), "Button": (52, 54, 58),
             "ButtonText": (225, 225, 225), "ToolTipBase": (50, 50, 55),
             "ToolTipText": (225, 225, 225), "Highlight": (8, 119, 189),
             "HighlightedText": (255, 255, 255), "PlaceholderText": (160, 160, 160),
             "Disabled": (120, 120, 120)},
    "contrast": {"Window": (255, 255, 255), "WindowText": (0, 0, 0), "Base": (255, 255, 255),
                 "AlternateBase": (235, 235, 235), "Text": (0, 0, 0),
                 "Button": (235, 235, 235), "ButtonText": (0, 0, 0),
                 "ToolTipBase": (255, 255, 220), "ToolTipText": (0, 0, 0),
                 "Highlight": (0, 60, 160), "HighlightedText": (255, 255, 255),
                 "PlaceholderText": (80, 80, 80), "Disabled": (110, 110, 110),
                 "Link": (0, 50, 170)},
}
# A quiet note's style (captions, hints): the palette's placeholder colour, which every
# theme keeps at ≥ 4.5 : 1 on its background (a fixed grey was 2.3 : 1 on the dark theme)
QUIET = "color: palette(placeholder-text);"
# (foreground role, background role) pairs a user reads text in
TEXT_ON = (("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
           ("ButtonText", "Button"), ("ToolTipText", "ToolTipBase"),
           ("HighlightedText", "Highlight"), ("PlaceholderText", "Base"))


def class_color(k):
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def _blend(a, b, t):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return a + (b - a) * t


def diverging_lut(theme, neg=NEG, pos=POS, strength=1.0, n=256):
    """A lookup table negative → mid → positive (uint8 RGBA, n × 4)."""
    t = np.linspace(-1, 1, n)[:, None]
    lo = _blend(theme.mid, neg, strength)
    hi = _blend(theme.mid, pos, strength)
    rgb = np.where(t < 0, _blend(theme.mid, lo, -t), _blend(theme.mid, hi, t))
    out = np.empty((n, 4), np.uint8)
    out[:, :3] = np.clip(rgb, 0, 255)
    out[:, 3] = 255
    return out


def boundary_lut(theme, discrete=False, n=256):
    """σ output p ∈ [0, 1] → colour: class 0 below 1/2, class 1 above, paler near 1/2."""
    if discrete:
        lut = np.empty((n, 4), np.uint8)
        lut[:n // 2, :3] = _blend(theme.mid, class_color(0), 0.45)
        lut[n // 2:, :3] = _blend(theme.mid, class_color(1), 0.45)
        lut[:, 3] = 255
        return lut
    return diverging_lut(theme, class_color(0), class_color(1), strength=0.6, n=n)


def sequential_lut(theme, n=256):
    """Values (regression targets and outputs): viridis-like, readable on light and dark."""
    stops = np.array([[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98],
                      [253, 231, 37]], float)
    x = np.linspace(0, 1, n)
    pos = np.linspace(0, 1, len(stops))
    out = np.empty((n, 4), np.uint8)
    for c in range(3):
        out[:, c] = np.interp(x, pos, stops[:, c])
    out[:, 3] = 255
    return out


def multiclass_rgb(theme, label, conf, n_classes, discrete=False):
    """argmax class and its softmax probability → an RGB image (h, w, 3) uint8.

    The colour is the class's, paler where the network is unsure (prob near 1/k)."""
    colors = np.array([class_color(k) for k in range(n_classes)], float)
    lab = np.clip(label.astype(np.int64), 0, n_classes - 1)
    if discrete:
        t = np.full(label.shape, 0.45)
    else:
        t = np.clip((conf - 1.0 / n_classes) / (1 - 1.0 / n_classes), 0, 1) * 0.7
    mid = np.asarray(theme.mid, float)
    rgb = mid + (colors[lab] - mid) * t[..., None]
    return np.clip(rgb, 0, 255).astype(np.uint8)


def luminance(rgb):
    """WCAG relative luminance of an sRGB colour (0 = black, 1 = white)."""
    c = np.asarray(rgb[:3], float) / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(lin @ [0.2126, 0.7152, 0.0722])


def contrast(a, b):
    """WCAG contrast ratio (L_light + 0.05) / (L_dark + 0.05): 1 (none) … 21."""
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def qcolor(rgb, alpha=255):
    from PySide6.QtGui import QColor
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), alpha)


def apply_palette(app, theme):
    """Fusion style with the theme's palette (`PALETTES`) for the whole application."""
    from PySide6.QtGui import QPalette
    app.setStyle("Fusion")
    pal = app.style().standardPalette()
    for role, rgb in theme.palette.items():
        if role != "Disabled":
            pal.setColor(QPalette.ColorRole[role], qcolor(rgb))   # the role by its name
    if "Disabled" in theme.palette:
        for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
            pal.setColor(QPalette.Disabled, role, qcolor(theme.palette["Disabled"]))
    app.setPalette(pal)
