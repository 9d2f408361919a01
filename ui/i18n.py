"""Languages: Mongolian by default, English available. Source strings are English; each language has a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import resources

LANGUAGES = ("mn", "en")
_installed: list[QTranslator] = []
_current = ["mn"]


def install_language(app: QCoreApplication, language: str = "mn") -> str:
    """Install the translator for ``language`` (replacing any previous one). Returns the language in force."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "mn"
    translator = QTranslator(app)
    if translator.load(str(resources.path("translations", f"caseapp_{language}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
    if language == "mn":
        QLocale.setDefault(QLocale(QLocale.Language.Mongolian, QLocale.Country.Mongolia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current[0] = language
    return language


def current_language() -> str:
    """The interface language installed last (what the error presenter renders the services' errors in)."""
    return _current[0]
