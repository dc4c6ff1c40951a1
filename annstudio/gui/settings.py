"""Where the window keeps its layout and last choices (QSettings).

Tests (and portable installs) point ``ANNSTUDIO_SETTINGS`` at an INI file so the user's
own settings are never touched.
"""
from __future__ import annotations

import os

ORGANIZATION = "ANN Studio"
APPLICATION = "annstudio"
SETTINGS_VERSION = 1
ENV = "ANNSTUDIO_SETTINGS"


def make_settings(path=None):
    from PySide6.QtCore import QSettings
    path = path or os.environ.get(ENV)
    if path:
        return QSettings(str(path), QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION, APPLICATION)


def get_bool(settings, key, default=False):
    v = settings.value(key, default)
    if isinstance(v, str):
        return v.lower() in ("1", "true", "yes")
    return bool(v)
