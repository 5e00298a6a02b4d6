"""Fixtures for the GUI tests: a main window on a fresh case file, in Dutch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sleutelapp.domain.model import Consent, Entry, Newcomer
from sleutelapp.gui import binding_guard
from tests.conftest import PASSPHRASE

binding_guard.apply()

# The offscreen platform says this once per shown top-level window; it is not our warning.
OFFSCREEN_NOISE = "propagateSizeHints"


@pytest.fixture
def dutch(qapp):
    from sleutelapp.gui import fonts, i18n

    fonts.register(qapp)
    i18n.install(qapp, "nl")
    yield
    i18n.install(qapp, "nl")


@pytest.fixture
def window_factory(qtbot, case_paths, dutch):
    """Make a MainWindow on the fixture's case file (locked until opened)."""
    from sleutelapp.gui.main_window import MainWindow
    from sleutelapp.gui.prefs import UiPrefs
    from sleutelapp.store.keyfile import KdfParams

    made = []

    def make(paths=case_paths, size=(1280, 800)):
        window = MainWindow(paths, UiPrefs(paths), kdf=KdfParams.fast_for_tests())
        window.startup_checks = False  # the retention question is the safety module's test
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.session.is_open:
            window.session.close()


@pytest.fixture
def window(window_factory, case_paths):
    """An unlocked main window on an empty case file."""
    from sleutelapp.store.case import Case

    made = window_factory()
    made.open_case(Case.open(case_paths, PASSPHRASE))
    return made


class Prompts:
    """Scripted answers for gui/prompts.py; records what was shown."""

    def __init__(self, monkeypatch):
        from sleutelapp.gui import prompts as seam
        from sleutelapp.gui.errors import error_text

        self.secrets: list[str | None] = []
        self.confirm = True
        self.path: str | None = None
        self.shown: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.choice: str | None = None  # the answer to a choose() question
        self.save_asks: list[tuple[str, object]] = []  # (title, suggested path) per question
        monkeypatch.setattr(seam, "save_path", self._save_path)
        monkeypatch.setattr(seam, "open_path", lambda *a: self.path)
        self.paths: list[str] = []  # the answer to open_paths (several files)
        monkeypatch.setattr(seam, "open_paths", lambda *a: list(self.paths))
        monkeypatch.setattr(seam, "ask_secret", lambda *a: self.secrets.pop(0))
        monkeypatch.setattr(seam, "confirm", self._confirm)
        monkeypatch.setattr(seam, "choose", self._choose)
        monkeypatch.setattr(seam, "inform", self._inform)
        monkeypatch.setattr(
            seam, "show_error", lambda parent, exc: self.errors.append(error_text(exc))
        )

    def _save_path(self, parent, title, suggested, file_filter):
        self.save_asks.append((title, suggested))
        return self.path

    def _confirm(self, parent, title, text, yes, *, detail=""):
        self.questions.append(f"{text}\n{yes}\n{detail}")
        return self.confirm

    def _choose(self, parent, title, text, options, *, back=""):
        self.questions.append(f"{title}\n{text}\n" + " / ".join(c for _code, c in options))
        return self.choice

    def _inform(self, parent, title, text, *, detail="", warning=False):
        self.shown.append(f"{text}\n{detail}")


@pytest.fixture
def prompts(monkeypatch, qtbot, dutch):
    """The safety and recovery dialogs' prompts, answered by the test."""
    return Prompts(monkeypatch)


def add_people(case, count: int = 3) -> list[Newcomer]:
    """A few newcomers with a contact, a planned appointment and a consent each."""
    today = date.today()
    people = []
    for i in range(count):
        n = case.newcomers.add(
            Newcomer(name=f"Persoon {i}", route="z", termijn_start=today - timedelta(days=900))
        )
        case.entries.add(
            Entry(
                newcomer_id=n.id,
                kind="contact",
                date=today,
                type="phone",
                text=f"gebeld over stage {i}",
            )
        )
        case.entries.add(
            Entry(
                newcomer_id=n.id,
                kind="appointment",
                type="school",
                date=today + timedelta(days=3),
                time="10:00",
            )
        )
        case.consents.add(Consent(newcomer_id=n.id, purpose="reporting", given_on=today))
        people.append(n)
    return people
