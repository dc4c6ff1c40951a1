"""Where the window keeps its layout and last choices (QSettings), with a version.

Tests (and portable installs) point ``ANNSTUDIO_SETTINGS`` at an INI file so the user's
own settings are never touched.

Settings carry ``version`` and migrate (Orange's ``settings_version`` + ``migrate_settings``):
`make_settings` brings settings written by an older ANN Studio forward, one step per version
(`MIGRATIONS`), and stores the new version, before the window reads them.

Versions:
  1  everything written until settings had migrations: ``window/…``, ``view/…`` (booleans),
     ``files/recent``, ``files/recovery_dir`` and ``last/experiment`` (the JSON of
     ``Experiment.to_dict()``).
  2  ``last/experiment`` of a session before standardisation (commit 055fd81) has no
     ``dataset.standardize``: that run fed the network raw inputs, so the step writes
     ``false`` — as experiment files version 1 → 2 do (without it, shipped data would come
     back standardised and the run would change under the student).
"""
from __future__ import annotations

import json
import os

ORGANIZATION = "ANN Studio"
APPLICATION = "annstudio"
SETTINGS_VERSION = 2
VERSION_KEY = "version"
ENV = "ANNSTUDIO_SETTINGS"


def make_settings(path=None):
    """The QSettings (INI), migrated to `SETTINGS_VERSION`."""
    from PySide6.QtCore import QSettings
    path = path or os.environ.get(ENV)
    if path:
        settings = QSettings(str(path), QSettings.IniFormat)
    else:
        settings = QSettings(QSettings.IniFormat, QSettings.UserScope, ORGANIZATION,
                             APPLICATION)
    migrate_settings(settings, stored_version(settings))
    return settings


def stored_version(settings):
    """The version the settings were written with: 1 for settings without a readable
    version (version 1 wrote it, but a hand-edited file may not), the current one for
    empty (new) settings."""
    if not settings.allKeys():
        return SETTINGS_VERSION
    try:
        return int(settings.value(VERSION_KEY, 1))
    except (TypeError, ValueError):
        return 1


def _v1_to_v2(settings):
    """Version 1 → 2: a pre-standardisation last experiment keeps raw inputs."""
    text = settings.value("last/experiment")
    if not text:
        return
    try:
        d = json.loads(str(text))
    except ValueError:
        return               # damaged: the window starts from the lecture run (as before)
    dataset = d.get("dataset") if isinstance(d, dict) else None
    if isinstance(dataset, dict) and "standardize" not in dataset:
        dataset["standardize"] = False
        settings.setValue("last/experiment", json.dumps(d))


MIGRATIONS = {1: _v1_to_v2}     # version n → n + 1


def migrate_settings(settings, from_version):
    """Bring ``settings`` (written by version ``from_version``) to `SETTINGS_VERSION` in
    place and store the new version; returns it. Settings from a newer ANN Studio are left
    as they are (this one reads the keys it knows)."""
    v = max(int(from_version), 1)
    if v > SETTINGS_VERSION:
        return v
    while v < SETTINGS_VERSION:
        MIGRATIONS[v](settings)
        v += 1
    settings.setValue(VERSION_KEY, SETTINGS_VERSION)
    settings.sync()
    return v


def get_bool(settings, key, default=False):
    v = settings.value(key, default)
    if isinstance(v, str):
        return v.lower() in ("1", "true", "yes")
    return bool(v)


def last_experiment(settings):
    """The experiment of the last session (generated or shipped data only), or None."""
    from annstudio.core.errors import AnnStudioError
    from annstudio.core.experiment import DatasetSpec, Experiment
    text = settings.value("last/experiment")
    if not text:
        return None
    try:
        exp = Experiment.from_dict(json.loads(str(text))).validate()
    except (AnnStudioError, ValueError, TypeError, AttributeError):
        return None   # an old or damaged entry: start from the lecture run
    if exp.dataset.name in ("points", "csv"):
        exp.dataset = DatasetSpec()
    return exp
