"""Help → Over Sleutelapp: the version, and the licences of the bundled fonts and libraries.

The version comes from pyproject through `sleutelapp.__version__` (package metadata, which
build.spec bundles too). Every runtime dependency of pyproject has a row in COMPONENTS (a
test checks that), and the full licence texts can be read offline in the dialog: the LGPL
asks that Qt's licence travels with the app. It also names the translations no native
speaker has reviewed yet (`Language.reviewed`) and invites improvements.
"""

from __future__ import annotations

import contextlib
import html
import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sleutelapp.gui.screen_fit import fit_to_screen

APP_LICENCE = "EUPL-1.2"


@dataclass(frozen=True)
class Component:
    """A bundled part: what it is, which distributions carry it, and its licence."""

    name: str
    distributions: tuple[str, ...]
    licence: str
    # Extra licence text shipped under resources/ (path parts), when the wheel has none.
    licence_text: tuple[str, ...] = ()


COMPONENTS = (
    Component(
        "Qt 6 / PySide6",
        ("PySide6-Essentials", "PySide6-Pdf", "PySide6-Addons", "shiboken6"),
        "LGPL-3.0",
        ("licenses", "LGPL-3.0.txt"),
    ),
    Component("SQLCipher (sqlcipher3)", ("sqlcipher3",), "BSD (SQLCipher), zlib (sqlcipher3)"),
    Component("sqlite-utils", ("sqlite-utils",), "Apache-2.0"),
    Component("cryptography + OpenSSL", ("cryptography",), "Apache-2.0 / BSD"),
    Component("ReportLab", ("reportlab",), "BSD"),
    Component("HarfBuzz (uharfbuzz)", ("uharfbuzz",), "MIT (HarfBuzz), Apache-2.0 (uharfbuzz)"),
    Component("python-bidi", ("python-bidi",), "LGPL-3.0-or-later", ("licenses", "LGPL-3.0.txt")),
    Component("pypdf", ("pypdf",), "BSD-3-Clause"),
    Component("platformdirs", ("platformdirs",), "MIT"),
    Component("icalendar", ("icalendar",), "BSD-2-Clause"),
    Component("jsonschema", ("jsonschema",), "MIT"),
    Component("Python", (), "PSF-2.0", ("licenses", "Python.txt")),
)

FONTS = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Arabic UI", "Noto Sans Ethiopic")
FONT_LICENCE = "SIL Open Font License 1.1"


def unreviewed_note() -> str:
    """Which shipped translations no native speaker has reviewed yet, each by its own name,
    and an invitation to report improvements; empty when all are reviewed."""
    from sleutelapp.language import LANGUAGES

    names = [lang.name for lang in LANGUAGES if not lang.reviewed]
    if not names:
        return ""
    # Each name is isolated (FSI … PDI), so a right-to-left name keeps its place in the list.
    listed = ", ".join(f"\u2068{name}\u2069" for name in names)
    return QCoreApplication.translate(
        "AboutDialog",
        "These translations were made by machine and no native speaker has checked them "
        "yet: {0}. If you see a wrong or unclear word, please tell the people who gave you "
        "Sleutelapp, so the translation can be improved.",
    ).format(listed)


def version_of(distribution: str) -> str:
    """Installed (or bundled) version of a distribution, "–" when its metadata is absent."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


def component_version(component: Component) -> str:
    if component.name == "Python":
        return platform.python_version()
    if component.name.startswith("Qt"):
        from PySide6.QtCore import qVersion

        return qVersion()
    return version_of(component.distributions[0])


def licence_texts() -> list[tuple[str, str]]:
    """(title, full text) of every licence that ships with the app, fonts first."""
    from sleutelapp.paths import resource

    texts = []

    def add(title: str, *parts: str) -> None:
        with contextlib.suppress(FileNotFoundError, UnicodeDecodeError):
            texts.append((title, resource(*parts).read_text(encoding="utf-8")))

    translate = QCoreApplication.translate
    add(translate("AboutDialog", "Noto fonts: {0}").format(FONT_LICENCE), "fonts", "OFL.txt")
    for component in COMPONENTS:
        if component.licence_text:
            add(f"{component.name}: {component.licence}", *component.licence_text)
        for distribution in component.distributions:
            texts.extend(_wheel_licences(component.name, distribution))
    add(
        translate("AboutDialog", "GNU GPL 3.0 (referred to by the LGPL 3.0)"),
        "licenses",
        "GPL-3.0.txt",
    )
    return texts


def _wheel_licences(name: str, distribution: str) -> list[tuple[str, str]]:
    """The licence files a wheel declares in its metadata (License-File)."""
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    found = []
    for filename in dist.metadata.get_all("License-File") or []:
        text = dist.read_text(f"licenses/{filename}") or dist.read_text(filename)
        if text:
            found.append((f"{name}: {filename}", text))
    return found


def system_summary() -> str:
    """One line for a helpdesk: app, Qt and Python versions and the OS (no personal data)."""
    from PySide6.QtCore import qVersion

    from sleutelapp import __version__

    return (
        f"Sleutelapp {__version__}, Qt {qVersion()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


class AboutDialog(QDialog):
    """Version and licences; read-only, needs no open case."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from sleutelapp import __version__
        from sleutelapp.gui.app_icon import app_icon

        self.setWindowTitle(self.tr("About Sleutelapp"))
        self.setWindowIcon(app_icon())
        self.resize(660, 600)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(icon)
        self.intro = QLabel(
            "<h2>Sleutelapp</h2><p>"
            + html.escape(self.tr("Version {0}").format(__version__))
            + "</p><p>"
            + html.escape(
                self.tr(
                    "The case notebook of a key person in civic integration. Everything "
                    "stays encrypted on this computer; Sleutelapp does not use the internet."
                )
            )
            + "</p><p>"
            + html.escape(
                self.tr("Free software under the European Union Public Licence ({0}).").format(
                    APP_LICENCE
                )
            )
            + "</p>"
        )
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.intro, 1)
        layout.addLayout(header)
        self.translations = QLabel(unreviewed_note())
        self.translations.setObjectName("translationsLabel")
        self.translations.setWordWrap(True)
        self.translations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.translations.setVisible(bool(self.translations.text()))
        layout.addWidget(self.translations)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._components_tab(), self.tr("Components"))
        self.tabs.addTab(self._texts_tab(), self.tr("Licence texts"))
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = buttons.addButton(
            self.tr("Copy version details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(system_summary())
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Tab in the order the buttons are shown (the copy button sits left of Sluiten).
        QWidget.setTabOrder(self.copy_button, buttons.button(QDialogButtonBox.StandardButton.Close))
        fit_to_screen(self)

    def _components_tab(self) -> QWidget:
        rows = [(c.name, component_version(c), c.licence) for c in COMPONENTS]
        rows.append((self.tr("Fonts {0}").format(", ".join(FONTS)), "", FONT_LICENCE))
        cells = "".join(
            f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td></tr>"
            for name, version, licence in rows
        )
        heading = "".join(
            f"<th align='left'>{title}</th>"
            for title in (
                self.tr("Component"),
                self.tr("Version"),
                self.tr("Licence"),
            )
        )
        self.components = QTextBrowser()
        self.components.setOpenLinks(False)
        self.components.setAccessibleName(self.tr("Components"))
        self.components.setHtml(
            "<p>"
            + html.escape(
                self.tr(
                    "Sleutelapp contains these parts made by others. The full licence "
                    "texts are under ‘Licence texts’."
                )
            )
            + "</p>"
            f"<table cellspacing='0' cellpadding='4'><tr>{heading}</tr>"
            f"{cells}</table>"
        )
        return self.components

    def _texts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.text_choice = QComboBox()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Licence text"))
        self.text_choice.setAccessibleName(self.tr("Choose a licence"))
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._texts = licence_texts()
        for title, _text in self._texts:
            self.text_choice.addItem(title)
        self.text_choice.currentIndexChanged.connect(self._show_text)
        layout.addWidget(self.text_choice)
        layout.addWidget(self.text_view, 1)
        self._show_text(0)
        return page

    def _show_text(self, index: int) -> None:
        if 0 <= index < len(self._texts):
            self.text_view.setPlainText(self._texts[index][1])


def open_about_dialog(parent: QWidget | None) -> None:
    """Show the About dialog (modal) until the user closes it."""
    AboutDialog(parent).exec()
