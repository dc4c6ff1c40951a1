"""Issue 26 §3, colour: class colours and colour maps that stay apart for the common
colour-vision deficiencies, text contrast ≥ 4.5 : 1 (WCAG AA) in every theme, and View ▸
High contrast as a user turns it on.

The deficiencies are simulated with Machado, Oliveira & Fernandes (2009), severity 1, in
linear RGB; distances are CIEDE2000 (checked against Sharma, Wu & Dalal's test pairs).
"""
import itertools

import numpy as np
import pytest
from PySide6.QtGui import QPalette

from annstudio.gui import theme as th
from tests.gui.test_layout_and_help import menu_action, set_checked

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "typical": np.eye(3),
}


def _linear(rgb):
    c = np.asarray(rgb[:3], float) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(lin):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(lin, 0, 1)
    t = xyz / [0.95047, 1.0, 1.08883]
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def de2000(lab1, lab2):
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005)."""
    (L1, a1, b1), (L2, a2, b2) = lab1, lab2
    Cb = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    G = 0.5 * (1 - np.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)))
    a1p, a2p = (1 + G) * a1, (1 + G) * a2
    C1, C2 = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1 = np.degrees(np.arctan2(b1, a1p)) % 360 if C1 else 0.0
    h2 = np.degrees(np.arctan2(b2, a2p)) % 360 if C2 else 0.0
    dh = 0.0 if C1 * C2 == 0 else (h2 - h1 + 180) % 360 - 180
    dH = 2 * np.sqrt(C1 * C2) * np.sin(np.radians(dh / 2))
    Lb, Cbp = (L1 + L2) / 2, (C1 + C2) / 2
    if C1 * C2 == 0:
        hb = h1 + h2
    elif abs(h1 - h2) <= 180:
        hb = (h1 + h2) / 2
    else:
        hb = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    T = (1 - 0.17 * np.cos(np.radians(hb - 30)) + 0.24 * np.cos(np.radians(2 * hb))
         + 0.32 * np.cos(np.radians(3 * hb + 6)) - 0.20 * np.cos(np.radians(4 * hb - 63)))
    SL = 1 + 0.015 * (Lb - 50) ** 2 / np.sqrt(20 + (Lb - 50) ** 2)
    SC, SH = 1 + 0.045 * Cbp, 1 + 0.015 * Cbp * T
    RT = (-np.sin(np.radians(60 * np.exp(-((hb - 275) / 25) ** 2)))
          * 2 * np.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7)))
    dL, dC = L2 - L1, C2 - C1
    return float(np.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2
                         + RT * (dC / SC) * (dH / SH)))


def seen(rgb, vision):
    return _lab(np.asarray(MACHADO[vision]) @ _linear(rgb))


def closest_pair(colours, vision):
    return min((de2000(seen(a, vision), seen(b, vision)), i, j)
               for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2))


@pytest.mark.parametrize("lab1, lab2, expected", [
    # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17 and 25
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_the_colour_difference_is_ciede2000(lab1, lab2, expected):
    assert de2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("vision", list(MACHADO))
def test_class_colours_stay_apart_for_each_colour_vision(vision):
    """Two classes (most lessons): far apart; up to six: ΔE₀₀ ≥ 12; all ten (digits): ≥ 8.
    The old tab10-like cycle had its classes 1 and 3 at ΔE₀₀ 0.6 for protanopia."""
    colours = th.CLASS_COLORS
    assert len(colours) == 10
    assert closest_pair(colours[:2], vision)[0] >= 40
    assert closest_pair(colours[:6], vision)[0] >= 12, closest_pair(colours[:6], vision)
    assert closest_pair(colours, vision)[0] >= 8, closest_pair(colours, vision)


@pytest.mark.parametrize("vision", list(MACHADO))
@pytest.mark.parametrize("name", list(th.THEMES))
def test_diverging_maps_keep_both_ends_and_the_middle_apart(vision, name):
    """Weights and the boundary: negative, zero and positive must read as three things."""
    theme = th.THEMES[name]
    for lut in (th.diverging_lut(theme), th.boundary_lut(theme)):
        lo, mid, hi = lut[0], lut[len(lut) // 2], lut[-1]
        assert de2000(seen(lo, vision), seen(hi, vision)) >= 30
        assert de2000(seen(lo, vision), seen(mid, vision)) >= 15
        assert de2000(seen(hi, vision), seen(mid, vision)) >= 15


def _over(rgba, bg):
    """A translucent colour as it shows on ``bg`` (Fusion's placeholder is black at 50 %)."""
    alpha = rgba[3] / 255
    return tuple(alpha * np.asarray(rgba[:3], float) + (1 - alpha) * np.asarray(bg[:3], float))


@pytest.mark.parametrize("name", list(th.THEMES))
def test_text_contrast_is_wcag_aa_in_every_theme(qapp, name):
    """From the palette Qt actually holds after `apply_palette` (the light theme is Fusion's
    own), every text role on its background ≥ 4.5 : 1, and the plots' text too."""
    theme = th.THEMES[name]
    before = qapp.palette()
    try:
        th.apply_palette(qapp, theme)
        pal = qapp.palette()
        for fg, bg in th.TEXT_ON:
            b = pal.color(QPalette.Active, getattr(QPalette, bg)).getRgb()
            a = _over(pal.color(QPalette.Active, getattr(QPalette, fg)).getRgb(), b)
            assert th.contrast(a, b) >= 4.5, (name, fg, bg, a, b, th.contrast(a, b))
    finally:
        qapp.setPalette(before)
    assert th.contrast(theme.fg, theme.bg) >= 4.5
    # quiet notes use the placeholder colour (`theme.QUIET`)
    assert "placeholder-text" in th.QUIET
    assert th.contrast(theme.test_pen, theme.bg) >= 3.0      # a graphic: WCAG's 3 : 1


def test_high_contrast_from_the_view_menu(make_window, qtbot, settings_path):
    """View ▸ High contrast: black text on white in the panels and the plots; one theme at a
    time (Dark goes off); remembered by the next window; off again gives the light theme."""
    from PySide6.QtWidgets import QApplication
    w = make_window()
    # the light theme at start: its selection colour darkened for white text (AA)
    assert QApplication.instance().palette().color(QPalette.Highlight).getRgb()[:3] == \
        th.PALETTES["light"]["Highlight"]
    set_checked(w, "View", "High contrast", True)
    pal = QApplication.instance().palette()
    assert pal.color(QPalette.WindowText).getRgb()[:3] == (0, 0, 0)
    assert pal.color(QPalette.Base).getRgb()[:3] == (255, 255, 255)
    axis = w.data_view.plot.getAxis("bottom")
    assert axis.textPen().color().getRgb()[:3] == (0, 0, 0)
    set_checked(w, "View", "Dark theme", True)
    assert not menu_action(w, "View", "High contrast").isChecked()
    assert w.appearance.theme is th.DARK
    set_checked(w, "View", "High contrast", True)
    assert not menu_action(w, "View", "Dark theme").isChecked()
    w.shutdown()
    assert "high_contrast=true" in settings_path.read_text()
    w2 = make_window()
    assert menu_action(w2, "View", "High contrast").isChecked()
    assert w2.appearance.theme is th.HIGH_CONTRAST
    set_checked(w2, "View", "High contrast", False)
    assert w2.appearance.theme is th.LIGHT
    assert not menu_action(w2, "View", "Dark theme").isChecked()
    assert w2.data_view.plot.backgroundBrush().color().getRgb()[:3] == th.LIGHT.bg
