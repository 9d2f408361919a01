"""Languages: Mongolian by default, English available. Source strings are English; each language has a .qm file.

Qt's own dialogs and menus (file and print dialogs, a text field's context menu, the tab bar's scroll buttons,
the role names a screen reader hears) have their Mongolian in ``qt_mn.qm``: Qt ships none.
"""

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
    for catalogue in (f"caseapp_{language}.qm", f"qt_{language}.qm"):
        path = resources.path("translations", catalogue)
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
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
