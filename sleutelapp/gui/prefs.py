"""Window geometry and what the window needs before unlocking (its language), kept apart
from the preferences inside the encrypted case file (conventions.md 7).

Holds no personal data: geometry, the language code and the last-used entry types.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiPrefs:
    def __init__(self, paths):
        self._settings = QSettings(str(paths.config / "window.ini"), QSettings.Format.IniFormat)

    def language(self) -> str:
        from sleutelapp.language import language

        return language(str(self._settings.value("language", "") or "")).code

    def set_language(self, language: str) -> None:
        self._settings.setValue("language", language)

    def last_type(self, kind: str) -> str | None:
        value = self._settings.value(f"last_type/{kind}")
        return str(value) if value else None

    def set_last_type(self, kind: str, type_code: str | None) -> None:
        if type_code:
            self._settings.setValue(f"last_type/{kind}", type_code)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{name}", value)

    def sync(self) -> None:
        self._settings.sync()
