"""Reading and writing the settings declared in domain/settings.py."""

from __future__ import annotations

from sleutelapp.domain.settings import SETTINGS


class SettingsStore:
    def __init__(self, case):
        self._case = case

    def get(self, key: str):
        setting = SETTINGS[key]
        row = self._case.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return setting.parse(row[0] if row else None)

    def all(self) -> dict:
        stored = dict(self._case.query("SELECT key, value FROM settings"))
        return {key: s.parse(stored.get(key)) for key, s in SETTINGS.items()}

    def set(self, key: str, value) -> None:
        setting = SETTINGS[key]  # KeyError for undeclared settings: a bug
        parsed = setting.parse(str(value))
        with self._case.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(parsed)),
            )
            self._case.audit.record("update", "settings", key)

    def update(self, values: dict) -> None:
        with self._case.transaction():
            for key, value in values.items():
                self.set(key, value)
