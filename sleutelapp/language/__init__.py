"""One translation system for every text a person sees: GUI, command line, errors and PDFs.

Source texts are English. Each shipped language has one catalogue,
`resources/translations/sleutelapp_<code>.ts` (Qt Linguist's format, so translators use
Linguist or any editor). The core reads it here without Qt; the GUI installs a QTranslator
that asks the same `Catalogue` (see `sleutelapp/gui/i18n.py`). docs/architecture.md says why.
"""

from sleutelapp.language.catalogue import QT_TRANSLATE_NOOP, Catalogue, catalogue
from sleutelapp.language.languages import DEFAULT, LANGUAGES, Language, language

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "Catalogue",
    "Language",
    "catalogue",
    "language",
]
